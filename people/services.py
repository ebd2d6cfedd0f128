"""Writes about people: accounts and their persons, linking on proof, merging, erasure."""

from collections.abc import Callable

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people import identity, roles
from people.models import DataExport, OfficerUnit, Person, PersonLinkRequest, User

ERASED_FIELDS = {"full_name": "", "name_key": "", "position": "", "phone": "", "email": ""}
# Details a merge copies from the person merged away when the kept person lacks them.
MERGE_FILL_FIELDS = (
    "sex",
    "birth_year",
    "district",
    "organisation",
    "target_group",
    "position",
    "phone",
    "email",
)

# Apps that keep records of a person register `step(source, target)` here: a merge moves
# the records of `source` to `target` without `people` importing those apps.
PERSON_MERGE_STEPS: list[Callable[[Person, Person], None]] = []
# And `step(person)` to remove what they keep about a person who erases their account.
ERASURE_STEPS: list[Callable[[Person], None]] = []


BOTH_HAVE_ACCOUNTS = _(
    "Both records have an account: they cannot be merged. Ask the person which account "
    "to keep and delete the other one first."
)


class PersonRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@transaction.atomic
def person_for_user(*, user: User, profile: dict | None = None) -> Person:
    """The account's own person, created on first use; `profile` (sign-up) fills it in.

    It is never linked here to someone recorded before (at a training, from a sheet):
    that needs proof, see `link_on_verified_email` and `link_requests_open`.
    """
    person = Person.objects.select_for_update().filter(user=user).first()
    if person is None:
        person = Person(user=user, email=user.email)
    for field, value in (profile or {}).items():
        setattr(person, field, value)
    if not person.email:
        person.email = user.email
    person.save()
    return person


def _unlinked_candidates(person: Person):
    """Stored persons without an account who might be `person` (one query)."""
    query = identity.candidates_filter([identity.Facts.of(person)])
    return (
        Person.objects.filter(query, user__isnull=True, erased_at__isnull=True)
        .exclude(pk=person.pk)
        .order_by("pk")
    )


# Levels at which an account is shown to the department as maybe someone recorded before.
LINK_REQUEST_LEVELS = (identity.Level.EMAIL, identity.Level.PHONE, identity.Level.NAME)


def link_requests_open(*, person: Person) -> list[PersonLinkRequest]:
    """After sign-up or a profile change: ask the department about recorded persons who may
    be the account's person (same email, or phone, and name; or same name, year and
    district). Nothing is linked until someone confirms, or, for an email match, until the
    email is verified (`link_on_verified_email`, which then settles the request)."""
    if person.user_id is None:
        return []
    opened = []
    for candidate in _unlinked_candidates(person):
        level = identity.compare(identity.Facts.of(person), identity.Facts.of(candidate))
        if level not in LINK_REQUEST_LEVELS:
            continue
        request, created = PersonLinkRequest.objects.get_or_create(
            account_person=person, record=candidate, defaults={"evidence": level.value}
        )
        if created:
            opened.append(request)
    return opened


@transaction.atomic
def link_on_verified_email(*, user: User, email: str) -> Person | None:
    """The account's email is verified: the one person recorded with that email and the
    same name is the account's owner; their records are merged into one person.

    Returns the person the account now has, or None when nothing was linked (no such
    record, or several: those go to the department as link requests).
    """
    email = identity.normalise_email(email)
    person = person_for_user(user=user)
    if email != person.email and email != identity.normalise_email(user.email):
        return None
    facts = identity.Facts(**{**identity.Facts.of(person).__dict__, "email": email})
    candidates = list(
        Person.objects.filter(email=email, user__isnull=True, erased_at__isnull=True)
        .exclude(pk=person.pk)
        .select_for_update()
    )
    found = identity.identify(facts, candidates)
    if found.outcome == identity.Outcome.SAME and found.level == identity.Level.EMAIL:
        return person_merge(source=person, target=found.person)
    link_requests_open(person=person)
    return None


@transaction.atomic
def link_request_decide(*, link: PersonLinkRequest, same: bool, by: User) -> Person:
    """A department officer's answer: the same person (merge them) or not. A rejection is
    kept so the pair is not asked about again; a confirmation is in the merge's log entry."""
    link = PersonLinkRequest.objects.select_for_update().get(pk=link.pk)
    if link.status != PersonLinkRequest.Status.PENDING:
        raise PersonRefused(PersonLinkRequest.Status(link.status).label)
    if not same:
        link.status = PersonLinkRequest.Status.REJECTED
        link.decided_at, link.decided_by = timezone.now(), by
        link.save(update_fields=["status", "decided_at", "decided_by"])
        return link.account_person
    return person_merge(source=link.account_person, target=link.record, by=by)


@transaction.atomic
def person_merge(*, source: Person, target: Person, by: User | None = None) -> Person:
    """Make two records of one person one: `source`'s learning, attendance and
    certificates move to `target` (each app's registered step), its account too, and the
    details `target` lacks are taken from `source`. `source` is then deleted.

    Counted events keep the facts frozen on them, so no report of the past changes.
    """
    from wagtail.log_actions import log

    source = Person.objects.select_for_update().get(pk=source.pk)
    target = Person.objects.select_for_update().get(pk=target.pk)
    if source.pk == target.pk:
        return target
    if source.user_id and target.user_id:
        raise PersonRefused(BOTH_HAVE_ACCOUNTS)
    for step in PERSON_MERGE_STEPS:
        step(source, target)
    for name in MERGE_FILL_FIELDS:
        attname = Person._meta.get_field(name).attname
        if getattr(target, attname) in (None, "") and getattr(source, attname) not in (None, ""):
            setattr(target, attname, getattr(source, attname))
    user = source.user
    source_summary = {"name": source.full_name, "id": source.pk}
    source.delete()
    if user is not None:
        target.user = user
    target.save()
    log(
        instance=target,
        action="lms.person_merged",
        user=by,
        data={"merged": source_summary, "into": {"name": target.full_name, "id": target.pk}},
    )
    return target


@transaction.atomic
def account_erase(*, user: User) -> Person | None:
    """Delete the account and the person's identifying fields.

    What stays: sex, year of birth, district, organisation and target group (the
    dimensions of the aggregate reports), and learning records and certificates, which
    carry their own snapshot of the name. Counts therefore do not change. The download
    log keeps that a download happened, not who the learner was.
    """
    person = Person.objects.select_for_update().filter(user=user).first()
    if person is not None:
        for step in ERASURE_STEPS:
            step(person)
        for field, value in ERASED_FIELDS.items():
            setattr(person, field, value)
        person.user = None
        person.erased_at = timezone.now()
        person.save()
    pseudonym = f"tài khoản đã xóa #{user.pk}"
    DataExport.objects.filter(user=user).update(user_email=pseudonym)
    DataExport.objects.filter(user=user, kind=DataExport.Kind.OWN_DATA).update(subject="")
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
    from common.ratelimit import client_address

    user = request.user if request.user.is_authenticated else None
    DataExport.objects.create(
        user=user,
        user_email=user.email if user else "",
        kind=kind,
        subject=str(subject)[:255],
        address=client_address(request) or None,
    )
