from django.db import migrations

from people import reference_data as ref


def load(apps, schema_editor):
    Unit = apps.get_model("people", "AdministrativeUnit")
    Organisation = apps.get_model("people", "Organisation")
    TargetGroup = apps.get_model("people", "TargetGroup")

    province, _ = Unit.objects.get_or_create(
        code=ref.PROVINCE[0],
        defaults={"name": ref.PROVINCE[1], "level": "province", "valid_from": ref.UNITS_VALID_FROM},
    )
    for code, name in ref.DISTRICTS:
        Unit.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "level": "district",
                "parent": province,
                "valid_from": ref.UNITS_VALID_FROM,
            },
        )
    for order, (name, short_name, kind) in enumerate(ref.ORGANISATIONS, start=1):
        Organisation.objects.get_or_create(
            name=name, defaults={"short_name": short_name, "kind": kind, "sort_order": order}
        )
    for order, (code, name, description) in enumerate(ref.TARGET_GROUPS, start=1):
        TargetGroup.objects.get_or_create(
            code=code, defaults={"name": name, "description": description, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
