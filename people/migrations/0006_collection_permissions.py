"""Trainers and department officers may upload and choose images and documents: Wagtail
checks these per collection, so model permissions alone left them unable to."""

from django.db import migrations

from people import roles


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_collection_permissions(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0005_quiz_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
