"""Capacity goals, who issues the annual report, and the report's text."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
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


def _lines(text: str) -> list[str]:
    """The non-empty lines of a multi-line field, stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class ReportIssuerQuerySet(models.QuerySet):
    def valid_on(self, day):
        return self.filter(
            models.Q(valid_from__lte=day),
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=day),
        )


class ReportIssuer(models.Model):
    """Who issues the annual report, for a period: the header, number, place, signature
    and recipients of the document (Decree 30/2020). The report takes the record valid on
    the day it is printed. Data, not code: the lead department changed in 2025 and its
    name is the department's to enter."""

    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="report_issuers",
        help_text=_(
            "Empty: the province's report, issued by the lead department. A unit: the "
            "report of that unit alone, issued under its own name; without such a record "
            "a unit's report is printed as an extract of figures, not as a document."
        ),
    )
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(
        _("valid until"), null=True, blank=True, help_text=_("Empty: still valid.")
    )
    governing_body = models.TextField(
        _("governing body"),
        help_text=_(
            "Printed in capitals, not bold, one line per line typed; Decree 30 writes its "
            "common words short: UBND TỈNH KHÁNH HÒA."
        ),
    )
    issuing_body = models.TextField(
        _("issuing body of the report"),
        blank=True,
        help_text=_(
            "The department that issues the report, in capitals and bold, one line per "
            "line typed (break a long name where your office does). Empty: the report "
            "prints a dotted line to fill in by hand and the report pages warn."
        ),
    )
    place_name = models.CharField(
        _("place name for the date line"),
        max_length=80,
        help_text=_("As in “Khánh Hòa, ngày 05 tháng 12 năm 2026”."),
    )
    document_symbol = models.CharField(
        _("document symbol"),
        max_length=40,
        blank=True,
        help_text=_(
            "After the number: BC-SYT prints “Số: …/BC-SYT”. The number is given by the "
            "office, on the annual report's page or by hand."
        ),
    )
    addressee = models.CharField(
        _("addressed to"),
        max_length=200,
        blank=True,
        help_text=_(
            "“Kính gửi:” of a report to a higher body, for example Ủy ban nhân dân tỉnh "
            "Khánh Hòa; “Nơi nhận:” then starts with “Như trên”."
        ),
    )
    signer_authority = models.TextField(
        _("signer's authority"),
        blank=True,
        help_text=_("One line per line, in capitals: KT. GIÁM ĐỐC, then PHÓ GIÁM ĐỐC."),
    )
    signer_name = models.CharField(
        _("signer's name"),
        max_length=120,
        blank=True,
        help_text=_("Without academic titles. Empty: a dotted line to fill in by hand."),
    )
    recipients = models.TextField(
        _("recipients"),
        blank=True,
        help_text=_(
            "One recipient per line, without the dash and the semicolon: the report adds "
            "them, and the archive line last."
        ),
    )
    archive = models.CharField(
        _("archive"),
        max_length=60,
        blank=True,
        help_text=_("The drafting unit after “Lưu: VT,”, for example BTXH."),
    )
    notes = models.CharField(_("source or notes"), max_length=255, blank=True)

    objects = ReportIssuerQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("unit"),
        FieldPanel("governing_body"),
        FieldPanel("issuing_body"),
        FieldRowPanel([FieldPanel("place_name"), FieldPanel("document_symbol")]),
        FieldPanel("addressee"),
        FieldPanel("signer_authority"),
        FieldPanel("signer_name"),
        FieldPanel("recipients"),
        FieldPanel("archive"),
        FieldPanel("notes"),
    ]

    class Meta:
        verbose_name = _("report issuer")
        verbose_name_plural = _("report issuers")
        ordering = ["unit__code", "-valid_from"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_until__isnull=True)
                | models.Q(valid_until__gte=models.F("valid_from")),
                name="reportissuer_period_ordered",
            ),
        ]

    def __str__(self):
        name = " ".join(_lines(self.issuing_body)) or str(_("issuing body not set"))
        until = self.valid_until.strftime("%d/%m/%Y") if self.valid_until else "…"
        return f"{name} ({self.valid_from:%d/%m/%Y} – {until})"

    @property
    def governing_lines(self) -> list[str]:
        return [line.upper() for line in _lines(self.governing_body)]

    @property
    def issuing_lines(self) -> list[str]:
        return [line.upper() for line in _lines(self.issuing_body)]

    @property
    def authority_lines(self) -> list[str]:
        return [line.upper() for line in _lines(self.signer_authority)]

    @property
    def recipient_lines(self) -> list[str]:
        return [line.strip(" -–;.") for line in _lines(self.recipients)]

    def missing(self) -> list[str]:
        """What the report cannot print and leaves dotted for the office to fill."""
        fields = ("issuing_body", "document_symbol", "signer_authority", "signer_name")
        return [
            str(capfirst(self._meta.get_field(name).verbose_name))
            for name in fields
            if not str(getattr(self, name)).strip()
        ]

    def clean(self):
        from reports import layout

        errors = {}
        for name, bold in (("governing_body", False), ("issuing_body", True)):
            for line in _lines(getattr(self, name)):
                width = layout.agency_line_width(line, bold=bold)
                if width > layout.AGENCY_LINE_MAX:
                    errors[name] = _(
                        "“%(line)s” is too long for one line of the header (%(width)s mm, "
                        "at most %(most)s mm): write common words short, as Decree 30 does "
                        "(UBND for Ủy ban nhân dân), or break it into two lines."
                    ) % {
                        "line": line.upper(),
                        "width": round(width),
                        "most": layout.AGENCY_LINE_MAX,
                    }
                    break
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The end of the period is before its start.")
        if self.valid_from and "valid_until" not in errors:
            overlapping = ReportIssuer.objects.filter(unit=self.unit).exclude(pk=self.pk)
            overlapping = overlapping.filter(
                models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=self.valid_from)
            )
            if self.valid_until:
                overlapping = overlapping.filter(valid_from__lte=self.valid_until)
            other = overlapping.first()
            if other is not None:
                errors["valid_from"] = _(
                    "This period overlaps the record “%(other)s”: end that one first."
                ) % {"other": other}
        if errors:
            raise ValidationError(errors)


class AnnualNarrative(models.Model):
    """The text of a year's annual report, for the province (no unit) or for one unit:
    what the department writes around the figures.

    The first two sections start from a draft made from the figures. `<section>_draft`
    is the draft the text was last based on, so the page can tell edited text from an
    untouched draft, and a new draft never replaces edited text without being asked."""

    year = models.PositiveSmallIntegerField(_("year"))
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="annual_narratives",
        help_text=_("Empty: the province."),
    )
    implementation = models.TextField(_("implementation"), blank=True)
    implementation_draft = models.TextField(_("draft of the implementation"), blank=True)
    results = models.TextField(_("results against goals"), blank=True)
    results_draft = models.TextField(_("draft of the results"), blank=True)
    difficulties = models.TextField(_("difficulties and obstacles"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    document_number = models.PositiveIntegerField(
        _("document number"),
        null=True,
        blank=True,
        help_text=_("Given by the office; empty leaves room to write it by hand."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("annual report text")
        verbose_name_plural = _("annual report texts")
        ordering = ["-year", "unit__code"]
        constraints = [
            models.UniqueConstraint(fields=["year", "unit"], name="annualnarrative_year_unit"),
            models.UniqueConstraint(
                fields=["year"],
                condition=models.Q(unit__isnull=True),
                name="annualnarrative_year_province",
            ),
        ]

    def __str__(self):
        return f"{self.year} · {self.unit or _('province')}"
