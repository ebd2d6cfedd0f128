"""Writes about people: linking accounts to persons, profiles, erasure."""

from django.db import transaction
from django.utils import timezone

from people.models import Person, User

ERASED_FIELDS = {"full_name": "", "position": "", "phone": "", "email": ""}


@transaction.atomic
def person_for_user(*, user: User, profile: dict | None = None) -> Person:
    """The person behind an account, created on first use.

    Someone recorded at an in-person training with the same email (and no account yet)
    is the same person: the account is linked to that record so counts never double.
    """
    person = Person.objects.select_for_update().filter(user=user).first()
    if person is None and user.email:
        person = (
            Person.objects.select_for_update()
            .filter(user__isnull=True, erased_at__isnull=True, email__iexact=user.email)
            .order_by("pk")
            .first()
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
