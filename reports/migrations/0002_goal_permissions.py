from django.db import migrations

from people import roles

# As they stood when this migration was written.
DEPARTMENT = [f"reports.{action}_capacitygoal" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    roles.grant_in_migration(apps, {roles.DEPARTMENT_OFFICER: DEPARTMENT})


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("certificates", "0002_default_template_and_permissions"),
    ]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
