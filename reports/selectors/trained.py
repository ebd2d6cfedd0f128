"""People trained (not only certified): who completed an online course, or attended an
in-person training (present or late, a self check-in once confirmed), in the period.

A trained person is counted once, in the place of their latest event of the period: the
place frozen on the completion (where they were then) or the training's own place. When
both fall on the same day the in-person training counts. Online and in person are split by
that same latest event, so the split and the units add up to the total.
"""

from django.db.models import (
    Case,
    CharField,
    Count,
    DateField,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import TruncDate
from django.utils import timezone

from courses.models import Attendee, Enrolment, Training
from courses.training_models import attended
from people.models import Person
from reports.selectors.scope import ReportScope, in_scope

ONLINE, IN_PERSON = "online", "in_person"


def completions(scope: ReportScope):
    start, end = scope.moments
    return Enrolment.objects.filter(completed_at__gte=start, completed_at__lt=end)


def attendances(scope: ReportScope):
    return Attendee.objects.filter(attended("records__"), training__ends_on__range=scope.days)


def _trained_people(scope: ReportScope):
    """Each trained person with the place and channel of their latest event."""
    online = completions(scope).filter(person=OuterRef("pk")).order_by("-completed_at", "-pk")
    present = (
        attendances(scope)
        .filter(person=OuterRef("pk"))
        .order_by("-training__ends_on", "-training_id")
    )
    last_online = TruncDate("completed_at")
    people = Person.objects.filter(
        Q(pk__in=completions(scope).values("person_id"))
        | Q(pk__in=attendances(scope).values("person_id"))
    ).annotate(
        online_day=Subquery(
            online.annotate(day=last_online).values("day")[:1], output_field=DateField()
        ),
        online_place=Subquery(online.values("completed_place_id")[:1]),
        present_day=Subquery(present.values("training__ends_on")[:1]),
        present_place=Subquery(present.values("training__district_id")[:1]),
    )
    latest_online = Q(present_day__isnull=True) | Q(online_day__gt=F("present_day"))
    return people.annotate(
        channel=Case(
            When(latest_online, then=Value(ONLINE)),
            default=Value(IN_PERSON),
            output_field=CharField(),
        ),
        place=Case(When(latest_online, then=F("online_place")), default=F("present_place")),
    )


def trained_people(scope: ReportScope) -> dict:
    """Trained people of the scope, online and in person, and per place (one query)."""
    by_place: dict = {}
    for row in (
        _trained_people(scope).values("place", "channel").annotate(people=Count("pk")).order_by()
    ):
        cell = by_place.setdefault(row["place"], {"total": 0, ONLINE: 0, IN_PERSON: 0})
        cell[row["channel"]] += row["people"]
        cell["total"] += row["people"]
    wanted = None if scope.is_province else {unit.pk for unit in scope.units}
    totals = {"total": 0, ONLINE: 0, IN_PERSON: 0}
    for place, cell in by_place.items():
        if wanted is None or place in wanted:
            for key in totals:
                totals[key] += cell[key]
    return {**totals, "by_place": by_place}


def trainings_held(scope: ReportScope) -> int:
    """In-person trainings of the scope's units that ended in the period, up to today."""
    last = min(scope.last_day, timezone.localdate())
    held = Training.objects.filter(ends_on__range=(scope.first_day, last))
    return in_scope(held, scope, "district").count()
