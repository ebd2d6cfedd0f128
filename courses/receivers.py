"""Keeps each track's trainer group in step with the track page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from courses.models import TrackPage, TrackTeam


@receiver(post_save, sender=TrackPage)
def track_saved(sender, instance: TrackPage, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    from courses.services import track_team_ensure

    # Saving a draft writes only bookkeeping fields; the title in memory is the draft's,
    # so the group keeps the published name until the new one is approved.
    title_saved = update_fields is None or "title" in update_fields
    track_team_ensure(instance, rename=title_saved)


@receiver(post_delete, sender=TrackTeam)
def track_team_deleted(sender, instance: TrackTeam, **kwargs):
    # The group only exists for the track; without it, it would keep orphan permissions.
    from django.contrib.auth.models import Group

    Group.objects.filter(pk=instance.group_id).delete()
