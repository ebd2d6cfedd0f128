"""Writes about people: linking accounts to persons, profiles, erasure."""

import re

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from lms.search import fold
from people import roles
from people.models import OfficerUnit, Person, User

ERASED_FIELDS = {"full_name": "", "position": "", "phone": "", "email": ""}


def normalise_phone(phone: str) -> str:
    """Digits only, with +84 / 84 turned into the leading 0 people write, so a phone typed
    at sign-up matches the same phone on a sign-in sheet."""
    digits = re.sub(r"\D", "", phone or "")
    if digits.startswith("84") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return digits


@transaction.atomic
def person_for_user(*, user: User, profile: dict | None = None) -> Person:
    """The person behind an account, created on first use.

    Someone recorded at an in-person training with the same email, or the same phone and
    name (and no account yet), is the same person: the account is linked to that record
    so counts never double.
    """
    person = Person.objects.select_for_update().filter(user=user).first()
    unlinked = Person.objects.select_for_update().filter(user__isnull=True, erased_at__isnull=True)
    if person is None and user.email:
        person = unlinked.filter(email__iexact=user.email).order_by("pk").first()
    if person is None and profile and profile.get("phone") and profile.get("full_name"):
        # A phone can be shared in a family: the name must match too.
        name = fold(profile["full_name"])
        person = next(
            (p for p in unlinked.filter(phone=profile["phone"]) if fold(p.full_name) == name),
            None,
        )
    if person is None:
        person = Person(email=user.email)
    person.user = user
    for field, value in (profile or {}).items():
        setattr(person, field, value)
    if not person.email:
        person.email = user.email
    person.save()
    return person


@transaction.atomic
def account_erase(*, user: User) -> Person | None:
    """Delete the account and the person's identifying fields.

    What stays: sex, year of birth, district, organisation and target group (the
    dimensions of the aggregate reports), and learning records and certificates, which
    carry their own snapshot of the name. Counts therefore do not change.
    """
    person = Person.objects.select_for_update().filter(user=user).first()
    if person is not None:
        for field, value in ERASED_FIELDS.items():
            setattr(person, field, value)
        person.user = None
        person.erased_at = timezone.now()
        person.save()
    user.delete()
    return person


ROLE_NAMES = tuple(roles.ROLE_LABELS)


def roles_set(*, user: User, role_names) -> None:
    """Make the platform roles of `user` exactly `role_names`; other groups are kept."""
    wanted = set(role_names)
    unknown = wanted - set(ROLE_NAMES)
    if unknown:
        raise ValueError(f"Unknown roles: {sorted(unknown)}")
    groups = {group.name: group for group in Group.objects.filter(name__in=ROLE_NAMES)}
    user.groups.remove(*(groups[name] for name in ROLE_NAMES if name not in wanted))
    user.groups.add(*(groups[name] for name in wanted))
    user.__dict__.pop("_role_names", None)


def officer_units_set(*, user: User, units) -> None:
    """Make the units `user` may see as a local officer exactly `units` (see OfficerUnit).
    Callers log the change: `courses.services.staff_access_set` does, for the roles page."""
    wanted = {unit.pk for unit in units}
    OfficerUnit.objects.filter(user=user).exclude(unit_id__in=wanted).delete()
    OfficerUnit.objects.bulk_create(
        [OfficerUnit(user=user, unit_id=pk) for pk in sorted(wanted)], ignore_conflicts=True
    )
    user.__dict__.pop("_officer_units", None)


def export_record(request, kind: str, subject: str) -> None:
    """Write the audit row for a download of personal data or a report."""
    from lms.ratelimit import client_address
    from people.models import DataExport

    user = request.user if request.user.is_authenticated else None
    DataExport.objects.create(
        user=user,
        user_email=user.email if user else "",
        kind=kind,
        subject=str(subject)[:255],
        address=client_address(request) or None,
    )
