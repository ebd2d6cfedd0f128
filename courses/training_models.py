"""In-person trainings (section III.3.b of the plan): sessions, attendees, daily attendance,
sign-in sheet imports and anonymous evaluations. Imported by `courses.models`."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

SCORE_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


class Training(models.Model):
    """One in-person event: a training course, workshop, dialogue, talk or study visit."""

    class Format(models.TextChoices):
        TRAINING = "tap_huan", _("Training course (tập huấn)")
        CONFERENCE = "hoi_nghi", _("Conference (hội nghị)")
        WORKSHOP = "hoi_thao", _("Workshop (hội thảo)")
        ROUND_TABLE = "toa_dam", _("Round table (tọa đàm)")
        POLICY_DIALOGUE = "doi_thoai", _("Policy dialogue (đối thoại chính sách)")
        TALK = "noi_chuyen", _("Thematic talk (nói chuyện chuyên đề)")
        STUDY_VISIT = "tham_quan", _("Study visit (tham quan học tập)")

    class ScoreScale(models.IntegerChoices):
        """How the paper tests are marked. Scores are stored out of 100 whatever the scale
        (`courses.paper_scores`)."""

        TEN = 10, _("Out of 10 (for example 6,5)")
        HUNDRED = 100, _("Out of 100 (for example 65)")

    format = models.CharField(
        _("format"),
        max_length=12,
        choices=Format.choices,
        help_text=_("The formats of the plan, section III.3.b."),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        help_text=_("As it will read on the invitation and on certificates."),
    )
    track = models.ForeignKey(
        "courses.TrackPage",
        verbose_name=_("track"),
        on_delete=models.PROTECT,
        related_name="trainings",
        help_text=_("The training track it belongs to; reports count attendees by track."),
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course it delivers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="trainings",
        help_text=_(
            "If it teaches an online course in person, that course: paper test scores "
            "then count toward its knowledge gain."
        ),
    )
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organising agency"),
        on_delete=models.PROTECT,
        related_name="trainings",
        help_text=_("The agency that organises and answers for it."),
    )
    district = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="trainings",
        limit_choices_to={"level": AdministrativeUnit.Level.DISTRICT},
        help_text=_("Where it takes place; district officers see their district's trainings."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=255,
        help_text=_("Hall, building and commune, as attendees need to find it."),
    )
    starts_on = models.DateField(
        _("first day"),
        help_text=_("Date as dd/mm/yyyy."),
    )
    ends_on = models.DateField(
        _("last day"),
        help_text=_("The same as the first day for a one-day event."),
    )
    hours = models.DecimalField(
        _("hours"),
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(0)],
        help_text=_("Total training time, printed on certificates."),
    )
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="trainings",
        help_text=_(
            "Accounts that run it: they may edit it, take attendance and issue certificates."
        ),
    )
    target_groups = models.ManyToManyField(
        TargetGroup,
        verbose_name=_("target groups"),
        blank=True,
        related_name="trainings",
        help_text=_("Who it is meant for; shown on the public page."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("How many people the venue holds; leave empty if there is no limit."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("post-test pass mark (%)"),
        null=True,
        blank=True,
        validators=SCORE_VALIDATORS,
        help_text=_("Leave empty when attendance alone earns the certificate."),
    )
    score_scale = models.PositiveSmallIntegerField(
        _("paper test scale"),
        choices=ScoreScale.choices,
        default=ScoreScale.HUNDRED,
        help_text=_(
            "How the paper pre- and post-tests are marked. The sign-in sheet and the register "
            "take scores on this scale and store them out of 100, like the pass mark in per cent "
            "(6,5 out of 10 is stored as 65). Changing it does not change scores already "
            "recorded."
        ),
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        help_text=_("Anything else attendees should know, such as what to bring."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("in-person training")
        verbose_name_plural = _("in-person trainings")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="training_dates_ordered"
            )
        ]
        indexes = [models.Index(fields=["district", "starts_on"], name="training_district_start")]

    def __str__(self):
        return self.title

    def clean(self):
        if self.starts_on and self.ends_on:
            if self.ends_on < self.starts_on:
                raise ValidationError({"ends_on": _("The last day is before the first day.")})
            if (self.ends_on - self.starts_on).days > 30:
                raise ValidationError({"ends_on": _("A training lasts at most 31 days.")})
        if self.course_id and self.track_id and not self.course.path.startswith(self.track.path):
            raise ValidationError({"course": _("The course is not part of the chosen track.")})

    @property
    def days(self) -> list:
        return [
            self.starts_on + timedelta(days=n)
            for n in range((self.ends_on - self.starts_on).days + 1)
        ]


class Attendee(models.Model):
    """A person on a training's list, with their paper test scores."""

    class Source(models.TextChoices):
        IMPORT = "import", _("Sign-in sheet")
        MANUAL = "manual", _("Added by the trainer")
        CHECK_IN = "check_in", _("Self check-in")

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="attendees")
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="attendances"
    )
    pre_score = models.DecimalField(
        _("pre-test score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=SCORE_VALIDATORS,
    )
    post_score = models.DecimalField(
        _("post-test score"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=SCORE_VALIDATORS,
    )
    source = models.CharField(_("added by"), max_length=10, choices=Source.choices)
    added_at = models.DateTimeField(_("added"), auto_now_add=True)
    # The attendee's facts when put on the list; the place is the training's own.
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation at the training"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group at the training"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendee")
        verbose_name_plural = _("attendees")
        ordering = ["person__full_name", "pk"]
        constraints = [models.UniqueConstraint(fields=["training", "person"], name="attendee_once")]

    def __str__(self):
        return str(self.person)


class AttendanceRecord(models.Model):
    """Whether an attendee was there on one day of the training."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Present")
        LATE = "late", _("Late")
        EXCUSED = "excused", _("Excused")
        ABSENT = "absent", _("Absent")

    class Source(models.TextChoices):
        REGISTER = "register", _("Trainer's register")
        SHEET = "sheet", _("Sign-in sheet")
        CHECK_IN = "check_in", _("Self check-in, not yet confirmed")

    ATTENDED = (Status.PRESENT, Status.LATE)

    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE, related_name="records")
    day = models.DateField(_("day"))
    status = models.CharField(_("attendance"), max_length=10, choices=Status.choices)
    source = models.CharField(
        _("recorded by"),
        max_length=10,
        choices=Source.choices,
        default=Source.REGISTER,
        help_text=_(
            "A self check-in counts once the trainer confirms it by saving the day's register."
        ),
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now=True)

    class Meta:
        verbose_name = _("attendance record")
        verbose_name_plural = _("attendance records")
        constraints = [
            models.UniqueConstraint(fields=["attendee", "day"], name="attendance_once_a_day")
        ]

    def __str__(self):
        return f"{self.attendee} {self.day:%d/%m/%Y} {self.status}"

    @property
    def is_unconfirmed_check_in(self) -> bool:
        return self.source == self.Source.CHECK_IN


COUNTED_SOURCES = (AttendanceRecord.Source.REGISTER, AttendanceRecord.Source.SHEET)


def attended(prefix: str = "") -> Q:
    """The one definition of "was there that day", for filters on AttendanceRecord (or
    through a relation: `attended("records__")`): present or late, and, for a self
    check-in, confirmed by the trainer."""
    # Positive conditions only: a negated one through a relation would be read by Django
    # as "no record of the attendee", not "this record".
    return Q(
        **{
            f"{prefix}status__in": AttendanceRecord.ATTENDED,
            f"{prefix}source__in": (
                AttendanceRecord.Source.REGISTER,
                AttendanceRecord.Source.SHEET,
            ),
        }
    )


class CheckIn(models.Model):
    """One self check-in: which device checked in whom, on which day. One device checks in
    one person a day (a phone passed round cannot fill the list)."""

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="check_ins")
    day = models.DateField(_("day"))
    device = models.CharField(_("device"), max_length=64, help_text=_("A random device id."))
    attendee = models.ForeignKey(Attendee, on_delete=models.CASCADE, related_name="check_ins")
    at = models.DateTimeField(_("checked in"), auto_now_add=True)

    class Meta:
        verbose_name = _("self check-in")
        verbose_name_plural = _("self check-ins")
        constraints = [
            models.UniqueConstraint(
                fields=["training", "day", "device"], name="one_check_in_per_device_a_day"
            )
        ]

    def __str__(self):
        return f"{self.attendee} {self.day:%d/%m/%Y}"


class AttendeeImport(models.Model):
    """A sign-in sheet read and checked, waiting for the trainer to confirm it."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Waiting for confirmation")
        APPLIED = "applied", _("Saved")

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=255)
    score_scale = models.PositiveSmallIntegerField(
        _("paper test scale"),
        choices=Training.ScoreScale.choices,
        default=Training.ScoreScale.HUNDRED,
        help_text=_("The training's scale the sheet's scores were read on."),
    )
    rows = models.JSONField(_("rows"), default=list)
    problems = models.JSONField(_("problems"), default=list)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PREVIEW
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    applied_at = models.DateTimeField(_("saved"), null=True, blank=True)
    summary = models.JSONField(
        _("what was saved"),
        default=dict,
        blank=True,
        help_text=_("Counts kept once the sheet is saved and its rows are dropped."),
    )

    class Meta:
        verbose_name = _("sign-in sheet import")
        verbose_name_plural = _("sign-in sheet imports")
        ordering = ["-created_at"]

    def __str__(self):
        return self.file_name


class TrainingEvaluation(models.Model):
    """One anonymous end-of-training evaluation: no person, no account, no address."""

    RATING_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]

    training = models.ForeignKey(Training, on_delete=models.CASCADE, related_name="evaluations")
    content = models.PositiveSmallIntegerField(_("content"), validators=RATING_VALIDATORS)
    trainers = models.PositiveSmallIntegerField(_("trainers"), validators=RATING_VALIDATORS)
    organisation = models.PositiveSmallIntegerField(_("organisation"), validators=RATING_VALIDATORS)
    usefulness = models.PositiveSmallIntegerField(
        _("usefulness for your work"), validators=RATING_VALIDATORS
    )
    comment = models.TextField(_("comments"), blank=True, max_length=2000)
    submitted_on = models.DateField(_("submitted"), auto_now_add=True)

    class Meta:
        verbose_name = _("training evaluation")
        verbose_name_plural = _("training evaluations")

    def __str__(self):
        return f"{self.training} #{self.pk}"
