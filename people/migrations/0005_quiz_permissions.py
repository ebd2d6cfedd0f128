from django.db import migrations

from people import roles

QUIZ_AUTHORING = [
    f"courses.{action}_{model}"
    for model in ("question", "quiz")
    for action in ("add", "change", "delete", "view")
]


def grant(apps, schema_editor):
    roles.grant_in_migration(
        apps, {roles.TRAINER: QUIZ_AUTHORING, roles.DEPARTMENT_OFFICER: QUIZ_AUTHORING}
    )


class Migration(migrations.Migration):
    dependencies = [("people", "0004_person_erased_at"), ("courses", "0003_question_questionoption_questiontag_question_tags_and_more")]
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
