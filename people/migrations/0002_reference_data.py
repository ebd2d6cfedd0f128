from django.db import migrations

from people.reference_data import load_reference_data


def load(apps, schema_editor):
    load_reference_data(
        apps.get_model("people", "AdministrativeUnit"),
        apps.get_model("people", "Organisation"),
        apps.get_model("people", "TargetGroup"),
    )


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
