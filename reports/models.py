"""Capacity goals: how many distinct people the department means to certify."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from people.models import AdministrativeUnit, TargetGroup


class CapacityGoal(models.Model):
    """A year's target of distinct certified people: for the province, or narrowed to a
    district, a track and/or a target group."""

    year = models.PositiveSmallIntegerField(_("year"))
    district = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"level": AdministrativeUnit.Level.DISTRICT},
        help_text=_("Empty: the whole province."),
    )
    track = models.ForeignKey(
        "courses.TrackPage",
        verbose_name=_("track"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Empty: all tracks together."),
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Empty: every group."),
    )
    target = models.PositiveIntegerField(_("people to certify"))
    notes = models.CharField(_("source or notes"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("target")]),
        FieldRowPanel([FieldPanel("district"), FieldPanel("track"), FieldPanel("target_group")]),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("capacity goal")
        verbose_name_plural = _("capacity goals")
        ordering = ["-year", "district__code", "pk"]

    def __str__(self):
        parts = [str(self.year), str(self.district or _("province"))]
        if self.track_id:
            parts.append(str(self.track))
        if self.target_group_id:
            parts.append(str(self.target_group))
        return " · ".join(parts) + f": {self.target}"

    def clean(self):
        duplicate = CapacityGoal.objects.filter(
            year=self.year,
            district=self.district,
            track=self.track,
            target_group=self.target_group,
        ).exclude(pk=self.pk)
        if self.year and duplicate.exists():
            raise ValidationError(_("A goal for this year, district, track and group exists."))
