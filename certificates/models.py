"""Certificates: templates, issued certificates (frozen at issue time), their audit log,
serial counters and background jobs."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import PreviewableMixin

from certificates.storage import private_storage  # noqa: F401 - migrations name it here
from certificates.texts import PLACEHOLDERS, placeholder_names
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup


class CertificateTemplate(PreviewableMixin, models.Model):
    """How certificates look and what they say; the department edits it in the admin."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for every certificate. Only one template is the default."),
    )
    governing_body = models.CharField(
        _("governing body"),
        max_length=200,
        blank=True,
        help_text=_("First line of the header, for example ỦY BAN NHÂN DÂN TỈNH NINH THUẬN."),
    )
    issuing_body = models.CharField(
        _("issuing body"),
        max_length=200,
        help_text=_("The body that issues the certificate, in capitals, as on its seal."),
    )
    title = models.CharField(_("title"), max_length=100, default="GIẤY CHỨNG NHẬN")
    body = models.TextField(
        _("body text"),
        help_text=_(
            "Printed under the holder's name. Separate paragraphs with an empty line. "
            "Placeholders: {ho_ten}, {khoa_hoc}, {nhom_noi_dung}, {so_gio}, {dia_ban}, "
            "{ngay_cap}, {so_hieu}."
        ),
    )
    place_name = models.CharField(
        _("place name"),
        max_length=100,
        help_text=_("Printed before the date, as in “Ninh Thuận, ngày 05 tháng 01 năm 2027”."),
    )
    signatory_title = models.TextField(
        _("signatory's title"),
        help_text=_("One line each, for example “KT. GIÁM ĐỐC” and “PHÓ GIÁM ĐỐC”."),
    )
    signatory_name = models.CharField(_("signatory's name"), max_length=100)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    seal = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("seal image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    background = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A light A4 landscape image behind the text; a printed border otherwise."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("is_default")]),
        MultiFieldPanel(
            [FieldPanel("governing_body"), FieldPanel("issuing_body"), FieldPanel("logo")],
            heading=_("Header"),
        ),
        MultiFieldPanel([FieldPanel("title"), FieldPanel("body")], heading=_("Text")),
        MultiFieldPanel(
            [
                FieldPanel("place_name"),
                FieldPanel("signatory_title"),
                FieldPanel("signatory_name"),
                FieldRowPanel([FieldPanel("signature"), FieldPanel("seal")]),
            ],
            heading=_("Signature"),
        ),
        FieldPanel("background"),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_template"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.is_default:  # the new default replaces the old one
            CertificateTemplate.objects.filter(is_default=True).exclude(pk=self.pk).update(
                is_default=False
            )
        super().save(*args, **kwargs)

    def clean(self):
        try:
            unknown = placeholder_names(self.body) - set(PLACEHOLDERS)
        except ValueError:
            raise ValidationError(
                {"body": _("A brace is not closed: write placeholders as {ho_ten}.")}
            ) from None
        if unknown:
            raise ValidationError(
                {
                    "body": _("Unknown placeholders: %(names)s. Use only: %(known)s.")
                    % {
                        "names": ", ".join(sorted(f"{{{name}}}" for name in unknown)),
                        "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
                    }
                }
            )

    # Wagtail's preview panel shows the PDF with sample data, also for unsaved edits.
    preview_modes = [("", _("PDF with sample data"))]

    def serve_preview(self, request, mode_name):
        from certificates.pdf import template_preview_response

        return template_preview_response(self)


class CertificateQuerySet(models.QuerySet):
    def valid(self):
        return self.filter(revoked_at__isnull=True)

    def revoked(self):
        return self.filter(revoked_at__isnull=False)


class Certificate(models.Model):
    """One certificate, with everything it certifies copied in at issue time so that later
    edits to the person, the course or the template never rewrite it."""

    class Source(models.TextChoices):
        COURSE = "course", _("Online course completed")
        TRAINING = "training", _("In-person training")
        MANUAL = "manual", _("Issued by the department")

    serial = models.CharField(_("serial number"), max_length=20, unique=True)
    year = models.PositiveSmallIntegerField(_("year"))
    number = models.PositiveIntegerField(_("number in the year"))
    code = models.CharField(_("verification code"), max_length=16, unique=True)

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    training = models.ForeignKey(
        "courses.Training",
        verbose_name=_("in-person training"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    track = models.ForeignKey(
        "courses.TrackPage",
        verbose_name=_("track"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    source = models.CharField(_("issued for"), max_length=10, choices=Source.choices)

    # The holder as they were at issue time (reports count by these).
    holder_name = models.CharField(_("holder's name"), max_length=200)
    holder_sex = models.CharField(_("sex"), max_length=10, choices=Person.Sex.choices, blank=True)
    holder_birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True)
    district = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("district"),
        null=True,
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    district_name = models.CharField(_("district name"), max_length=120, blank=True)
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), null=True, on_delete=models.PROTECT
    )
    target_group = models.ForeignKey(
        TargetGroup, verbose_name=_("target group"), null=True, on_delete=models.PROTECT
    )

    # What was certified and by whom, as printed.
    course_title = models.CharField(_("course"), max_length=255)
    track_title = models.CharField(_("track"), max_length=255, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1, null=True)
    issued_at = models.DateTimeField(_("issued at"))
    issued_on = models.DateField(_("issue date"))
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    governing_body = models.CharField(max_length=200, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=200)
    title = models.CharField(max_length=100)
    body = models.TextField()
    place_name = models.CharField(max_length=100)
    signatory_title = models.TextField(_("signatory's title"))
    signatory_name = models.CharField(_("signatory"), max_length=100)
    # The images as they were at issue time: a later signatory's signature or a new seal
    # must not appear on certificates signed before.
    signature = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    seal = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    background = models.ForeignKey(
        "wagtailimages.Image", null=True, on_delete=models.SET_NULL, related_name="+"
    )

    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "-pk"]
        permissions = [
            ("issue_certificate", _("Can issue certificates by hand and in bulk")),
            ("revoke_certificate", _("Can revoke certificates")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "course"],
                condition=Q(revoked_at__isnull=True, course__isnull=False),
                name="one_valid_certificate_per_course",
            ),
            models.UniqueConstraint(
                fields=["person", "training"],
                condition=Q(revoked_at__isnull=True, training__isnull=False),
                name="one_valid_certificate_per_training",
            ),
            models.UniqueConstraint(fields=["year", "number"], name="certificate_serial_unique"),
        ]
        indexes = [models.Index(fields=["issued_on", "district"], name="cert_issued_district")]

    def __str__(self):
        return self.serial

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i : i + 4] for i in range(0, len(self.code), 4))


class CertificateEvent(models.Model):
    """The audit log: every issue and revocation, who did it, when and why."""

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        REVOKED = "revoked", _("Revoked")

    certificate = models.ForeignKey(
        Certificate, on_delete=models.PROTECT, related_name="events", verbose_name=_("certificate")
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_name = models.CharField(
        _("by"), max_length=150, help_text=_("Kept when the account is deleted.")
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.certificate} {self.get_action_display()}"


# Serial counters and background jobs live in their own module, to keep this one about
# templates, certificates and their log.
from certificates.job_models import CertificateJob, SerialCounter  # noqa: E402, F401
