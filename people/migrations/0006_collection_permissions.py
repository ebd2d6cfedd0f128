"""Trainers and department officers may upload and choose images and documents: Wagtail
checks these per collection, so model permissions alone left them unable to."""

from django.db import migrations

from people import roles


def grant(apps, schema_editor):
    roles.create_permissions_now(apps)
    roles.ensure_collection_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_quiz_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
