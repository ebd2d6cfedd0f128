"""Access and its audit trail: the units a local officer may see, and who downloaded what.
Imported by `people.models`."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from people.models import AdministrativeUnit, User


class OfficerUnit(models.Model):
    """An administrative unit whose reports, learners and trainings an account may see as
    a local officer (role "Cán bộ UBND huyện"). Part of the role: set by the department on
    the roles page (`people.services.officer_units_set`, called by
    `courses.services.staff_access_set`, whose Wagtail log entry says who set it and when),
    never taken from the officer's profile, which they can edit themselves. An account may
    have several units, of any level (districts until the 2025 reform, communes after).
    """

    user = models.ForeignKey(
        User, verbose_name=_("account"), on_delete=models.CASCADE, related_name="officer_units"
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        # A unit someone is responsible for is closed (valid_until), never deleted.
        on_delete=models.PROTECT,
        related_name="officer_assignments",
    )

    class Meta:
        verbose_name = _("unit of a local officer")
        verbose_name_plural = _("units of local officers")
        ordering = ["user", "unit__code"]
        constraints = [
            models.UniqueConstraint(fields=["user", "unit"], name="officer_unit_once"),
        ]

    def __str__(self):
        return f"{self.user} · {self.unit}"


class DataExport(models.Model):
    """Who downloaded personal data or a report, and when: the audit trail a department
    must be able to show. Written by `people.services.export_record`."""

    class Kind(models.TextChoices):
        OWN_DATA = "own_data", _("Own data (JSON)")
        LEARNERS = "learners", _("Course learners (CSV)")
        RESULTS = "results", _("Quiz results (CSV)")
        ATTENDEES = "attendees", _("Training attendees (CSV)")
        SIGN_IN_SHEET = "sign_in_sheet", _("Sign-in sheet (PDF)")
        CERTIFICATE = "certificate", _("Someone else's certificate (PDF)")
        CERTIFICATES_ZIP = "certificates_zip", _("Certificates (ZIP)")
        REPORT = "report", _("Report")

    user = models.ForeignKey(
        User, verbose_name=_("account"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    user_email = models.CharField(
        _("account email"), max_length=254, help_text=_("Kept when the account is deleted.")
    )
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    subject = models.CharField(_("of what"), max_length=255)
    address = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    class Meta:
        verbose_name = _("data download")
        verbose_name_plural = _("data downloads")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.user_email} · {self.get_kind_display()} · {self.subject}"
