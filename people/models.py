"""People and places: accounts, persons (with or without an account), units, organisations."""

import contextlib

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from people import identity


class User(AbstractUser):
    """A login account. What the programme knows about the person lives on `Person`."""

    email = models.EmailField(_("email address"), unique=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def get_full_name(self):
        """The person's name, so the admin, its review panels and its emails show
        "Trần Văn Minh" rather than a username (sign-up fills only `Person.full_name`)."""
        name = super().get_full_name()
        if name:
            return name
        try:
            return self.person.full_name
        except ObjectDoesNotExist:
            return ""


class AdministrativeUnitQuerySet(models.QuerySet):
    def active_on(self, day):
        return self.filter(
            Q(valid_from__lte=day), Q(valid_until__isnull=True) | Q(valid_until__gte=day)
        )

    def active(self):
        return self.active_on(timezone.localdate())

    def districts(self):
        return self.filter(level=AdministrativeUnit.Level.DISTRICT)


class AdministrativeUnit(index.Indexed, models.Model):
    """A province, district or commune with its official (GSO) code.

    Units are never deleted when they are merged or retired: `valid_until` closes them, so
    records that point at them keep their history.
    """

    class Level(models.TextChoices):
        PROVINCE = "province", _("Province")
        DISTRICT = "district", _("District / city")
        COMMUNE = "commune", _("Commune / ward")

    name = models.CharField(_("name"), max_length=120)
    code = models.CharField(
        _("official code"),
        max_length=10,
        unique=True,
        help_text=_("Code in the national list of administrative units (for example 582)."),
    )
    level = models.CharField(_("level"), max_length=10, choices=Level.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("belongs to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField(_("in force from"))
    valid_until = models.DateField(
        _("in force until"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the unit exists; set it when it is merged or dissolved."),
    )

    objects = AdministrativeUnitQuerySet.as_manager()

    search_fields = [index.SearchField("name"), index.FilterField("level")]

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["level", "code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="adminunit_period_ordered",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_active(self) -> bool:
        today = timezone.localdate()
        return self.valid_from <= today and (self.valid_until is None or self.valid_until >= today)


class Organisation(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        PROVINCIAL_AGENCY = "provincial_agency", _("Provincial department or agency")
        DISTRICT_COMMITTEE = "district_committee", _("District People's Committee")
        MASS_ORGANISATION = "mass_organisation", _("Mass organisation")
        ENTERPRISE = "enterprise", _("Enterprise")
        SCHOOL = "school", _("School")
        HEALTH_FACILITY = "health_facility", _("Health facility")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    district = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        limit_choices_to={"level": AdministrativeUnit.Level.DISTRICT},
        help_text=_("For bodies of one district only; leave empty for provincial bodies."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=100)
    is_active = models.BooleanField(_("active"), default=True)

    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.short_name or self.name


class TargetGroup(models.Model):
    """A group the plan trains (section III.3.a), used in profiles, courses and reports."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order in lists"), default=100)

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Person(models.Model):
    """Someone the programme trains. An account is optional: many attendees never log in."""

    class Sex(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")

    user = models.OneToOneField(
        User,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    full_name = models.CharField(_("full name"), max_length=200)
    # The folded name (no diacritics, lower case) people are matched and searched by;
    # kept by save() from full_name (people.identity.name_key).
    name_key = models.CharField(_("name for matching"), max_length=200, blank=True, editable=False)
    sex = models.CharField(_("sex"), max_length=10, choices=Sex.choices, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    district = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        limit_choices_to={"level": AdministrativeUnit.Level.DISTRICT},
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    phone = models.CharField(
        _("phone"), max_length=20, blank=True, help_text=_("Stored as +84…; shown as 0912 345 678.")
    )
    email = models.EmailField(_("email"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    erased_at = models.DateTimeField(
        _("identifying data erased"),
        null=True,
        blank=True,
        help_text=_("Set when the person asked to delete their account."),
    )

    PROFILE_FIELDS = ("full_name", "sex", "birth_year", "district", "organisation", "target_group")

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name", "pk"]
        indexes = [
            models.Index(fields=["email"], name="person_email_idx"),
            models.Index(fields=["phone"], name="person_phone_idx"),
            models.Index(fields=["name_key"], name="person_name_key_idx"),
        ]

    def __str__(self):
        return self.full_name or gettext("(erased)")

    def save(self, *args, **kwargs):
        self.normalise()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "full_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "name_key"}
        super().save(*args, **kwargs)

    def normalise(self) -> None:
        """Bring name, email and phone into their one stored form (people.identity). Called
        by save(); call it yourself before bulk_create, which does not call save()."""
        self.full_name = identity.normalise_name(self.full_name)
        self.name_key = identity.name_key(self.full_name)
        self.email = identity.normalise_email(self.email)
        # Forms and imports refuse unparseable phones; an old one stays as it was.
        with contextlib.suppress(identity.InvalidPhone):
            self.phone = identity.parse_phone(self.phone)

    @property
    def display_phone(self) -> str:
        return identity.display_phone(self.phone)

    @property
    def masked_phone(self) -> str:
        """For lists other people see (a sign-in sheet passed round a room)."""
        return identity.mask_phone(self.phone)

    @property
    def is_profile_complete(self) -> bool:
        """Everything the reports count by is filled in."""
        return all(
            getattr(self, self._meta.get_field(name).attname) not in (None, "")
            for name in self.PROFILE_FIELDS
        )


class PersonLinkRequest(models.Model):
    """An account that may belong to someone already recorded (at a training, by a sheet),
    waiting for a department officer to confirm or reject it. Accounts are linked to an
    existing person only on proof: a verified email (done at once) or this confirmation.
    Written by `people.services.link_requests_open`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed: the same person")
        REJECTED = "rejected", _("Rejected: different people")

    account_person = models.ForeignKey(
        Person,
        verbose_name=_("person of the account"),
        on_delete=models.CASCADE,
        related_name="link_requests",
    )
    record = models.ForeignKey(
        Person,
        verbose_name=_("person already recorded"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    evidence = models.CharField(
        _("what agrees"),
        max_length=10,
        choices=[
            (identity.Level.EMAIL.value, _("same email and name")),
            (identity.Level.PHONE.value, _("same phone and name")),
            (identity.Level.NAME.value, _("same name, year of birth and district")),
            (identity.Level.SHARED.value, _("same email or phone, another name")),
        ],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("found"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        User,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("account link request")
        verbose_name_plural = _("account link requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["account_person", "record"], name="link_request_once_per_pair"
            ),
            models.CheckConstraint(
                condition=~Q(account_person=models.F("record")), name="link_request_two_people"
            ),
        ]

    def __str__(self):
        return f"{self.account_person} → {self.record}"


# Who may see which units, and who downloaded what: access and its audit trail.
from people.access_models import DataExport, OfficerUnit  # noqa: E402, F401
