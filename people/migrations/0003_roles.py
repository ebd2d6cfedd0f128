from django.contrib.auth.management import create_permissions
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
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    roles.ensure_groups(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"), PERMISSIONS
    )

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
