from django.contrib.auth.management import create_permissions
from django.db import migrations

from people import roles

QUIZ_AUTHORING = [
    f"courses.{action}_{model}"
    for model in ("question", "quiz")
    for action in ("add", "change", "delete", "view")
]


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles.ensure_groups(
        apps.get_model("auth", "Group"),
        apps.get_model("auth", "Permission"),
        {roles.TRAINER: QUIZ_AUTHORING, roles.DEPARTMENT_OFFICER: QUIZ_AUTHORING},
    )


class Migration(migrations.Migration):
    dependencies = [("people", "0004_person_erased_at"), ("courses", "0003_question_questionoption_questiontag_question_tags_and_more")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
