"""Trainers are assigned to tracks through one group per track, which holds the Wagtail
page permissions on that track; the department holds page permissions on the root page;
every page goes through the "Duyệt nội dung" review workflow before it is published."""

import django.db.models.deletion
from django.db import migrations, models

from people import roles


def assign_page_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    TrackPage = apps.get_model("courses", "TrackPage")
    TrackTeam = apps.get_model("courses", "TrackTeam")

    for track in TrackPage.objects.all():
        group, _ = Group.objects.get_or_create(name=roles.track_team_name(track.title, track.pk))
        TrackTeam.objects.create(track=track, group=group)
        group.user_set.add(*track.trainers.all())
        for codename in roles.TRACK_TEAM_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=track.pk, permission=roles.page_permission(Permission, codename)
            )

    # Trainers used to hold page permissions on the whole site (from the demo seed).
    trainer, _ = Group.objects.get_or_create(name=roles.TRAINER)
    GroupPagePermission.objects.filter(group=trainer).delete()

    roles.ensure_department_review(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("courses", "0004_trainings"),
        ("people", "0005_quiz_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="TrackTeam",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "group",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="track_team",
                        to="auth.group",
                        verbose_name="group",
                    ),
                ),
                (
                    "track",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="team",
                        to="courses.trackpage",
                        verbose_name="track",
                    ),
                ),
            ],
            options={
                "verbose_name": "track team",
                "verbose_name_plural": "track teams",
            },
        ),
        migrations.RunPython(assign_page_permissions, migrations.RunPython.noop),
        migrations.RemoveField(model_name="trackpage", name="trainers"),
    ]
