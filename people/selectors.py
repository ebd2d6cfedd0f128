"""Who someone is on the platform, and what the platform holds about them."""

from collections.abc import Callable

from people import roles
from people.models import AdministrativeUnit, Person, User


def has_role(user: User, role: str) -> bool:
    if not user.is_authenticated:
        return False
    cache = getattr(user, "_role_names", None)
    if cache is None:
        cache = user._role_names = set(user.groups.values_list("name", flat=True))
    return role in cache


def is_department_officer(user: User) -> bool:
    return user.is_authenticated and (user.is_superuser or has_role(user, roles.DEPARTMENT_OFFICER))


def is_district_officer(user: User) -> bool:
    return has_role(user, roles.DISTRICT_OFFICER) and not is_department_officer(user)


def is_trainer(user: User) -> bool:
    return has_role(user, roles.TRAINER)


def person_of(user: User) -> Person | None:
    if not user.is_authenticated:
        return None
    try:
        return user.person
    except Person.DoesNotExist:
        return None


def officer_units(user: User) -> tuple[AdministrativeUnit, ...]:
    """The administrative units `user` may see as a local officer, by code; empty for
    anyone who is not one (department officers and superusers see everything anyway).

    They are part of the role, set by the department (`OfficerUnit`), never the district
    of the officer's own profile: the officer can change that. Read once per request user.
    """
    if not is_district_officer(user):
        return ()
    cached = getattr(user, "_officer_units", None)
    if cached is None:
        cached = user._officer_units = tuple(
            AdministrativeUnit.objects.filter(officer_assignments__user=user).order_by("code")
        )
    return cached


# Apps that hold personal data register a function person -> {section: data}; the export
# then covers them without `people` importing the apps that depend on it.
PERSONAL_DATA_SECTIONS: list[Callable[[Person], dict]] = []


def personal_data(person: Person) -> dict:
    """Everything the platform holds about one person, ready for JSON."""
    user = person.user
    data = {
        "account": None
        if user is None
        else {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "full_name": person.full_name,
            "sex": person.get_sex_display() if person.sex else "",
            "birth_year": person.birth_year,
            "district": str(person.district) if person.district_id else None,
            "organisation": str(person.organisation) if person.organisation_id else None,
            "target_group": str(person.target_group) if person.target_group_id else None,
            "position": person.position,
            "phone": person.phone,
            "email": person.email,
            "created_at": person.created_at.isoformat(),
        },
    }
    for section in PERSONAL_DATA_SECTIONS:
        data.update(section(person))
    return data
