"""Bookkeeping around certificates: serial counters and background jobs. Imported by
`certificates.models`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from certificates.storage import private_storage


class SerialCounter(models.Model):
    """The last serial number given in a year; locked while a certificate is issued, so
    numbers are sequential and a rolled-back issue gives its number back."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class CertificateJob(models.Model):
    """Bulk work run in the background, with the progress its starter watches."""

    class Kind(models.TextChoices):
        ISSUE = "issue", _("Issue certificates")
        ZIP = "zip", _("ZIP of PDFs")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    training = models.ForeignKey(
        "courses.Training",
        verbose_name=_("in-person training"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_title = models.CharField(_("course"), max_length=255)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    total = models.PositiveIntegerField(_("to do"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # A running job writes this as it goes; a job whose worker died stops writing it, and
    # `manage.py recover_certificate_jobs` queues it again (issuing is idempotent).
    heartbeat_at = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    tries = models.PositiveSmallIntegerField(_("tries"), default=1)
    result = models.FileField(_("file"), storage=private_storage, blank=True)
    message = models.TextField(_("result"), blank=True)

    class Meta:
        verbose_name = _("certificate job")
        verbose_name_plural = _("certificate jobs")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.course_title}"

    @property
    def percent(self) -> int:
        return 100 if not self.total else int(100 * self.done / self.total)

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)
