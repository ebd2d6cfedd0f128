import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The role group's name when this migration was written (people/roles.py DISTRICT_OFFICER).
DISTRICT_OFFICER = "Cán bộ UBND huyện"


def units_from_profiles(apps, schema_editor):
    """Until now a district officer saw the district of their own profile. So that today's
    deployments keep working, each existing district officer is given, as the unit of their
    role, the district their profile says at migration time. From here on the profile has
    no say: the department changes the units on the roles page."""
    OfficerUnit = apps.get_model("people", "OfficerUnit")
    Person = apps.get_model("people", "Person")
    officers = Person.objects.filter(
        user__groups__name=DISTRICT_OFFICER, district__isnull=False
    ).values_list("user_id", "district_id")
    OfficerUnit.objects.bulk_create(
        [OfficerUnit(user_id=user_id, unit_id=unit_id) for user_id, unit_id in officers.distinct()],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0007_data_exports"),
    ]

    operations = [
        migrations.CreateModel(
            name="OfficerUnit",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "unit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="officer_assignments",
                        to="people.administrativeunit",
                        verbose_name="administrative unit",
                    ),
                ),
                (
                    "user",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="officer_units",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="account",
                    ),
                ),
            ],
            options={
                "verbose_name": "unit of a local officer",
                "verbose_name_plural": "units of local officers",
                "ordering": ["user", "unit__code"],
                "constraints": [
                    models.UniqueConstraint(fields=("user", "unit"), name="officer_unit_once")
                ],
            },
        ),
        # Going back drops the table, and the units with it: nothing to undo here.
        migrations.RunPython(units_from_profiles, migrations.RunPython.noop),
    ]
