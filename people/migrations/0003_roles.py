from django.db import migrations

from people import roles

# The role groups as first created (later migrations add permissions for later models).
PERMISSIONS = {
    roles.LEARNER: [],
    roles.TRAINER: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
    ],
    roles.DEPARTMENT_OFFICER: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
        *[
            f"people.{action}_{model}"
            for model in ("administrativeunit", "organisation", "targetgroup")
            for action in ("add", "change", "view")
        ],
        "lms.change_safetysettings",
    ],
    roles.DISTRICT_OFFICER: [],
}


def create_groups(apps, schema_editor):
    roles.grant_in_migration(apps, PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_reference_data"),
        ("lms", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
