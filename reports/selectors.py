"""The one place report figures come from (DESIGN.md, counting rules).

- A trainee is a distinct `Person`: counted once per cell, once per track, once in a
  total, however many certificates they hold.
- A certificate counts in the year and the district of issue (stored on the certificate),
  so a later move does not rewrite history. Revoked certificates count nowhere.
- Trained (not yet certified) people: online, those who completed a course in the period,
  in the district of their profile; in person, those present or late at a training that
  ended in the period, in the district where the training was held.

The dashboard, the CSV, the XLSX and the PDF all call `dashboard()`; every function here
runs a fixed number of aggregate queries whatever the amount of data.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import (
    Avg,
    Case,
    CharField,
    Count,
    F,
    IntegerField,
    Max,
    Min,
    Q,
    Value,
    When,
)
from django.db.models.functions import ExtractMonth
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from courses.models import Attendee, Enrolment, Quiz, QuizAttempt, TrackPage, Training
from courses.training_models import attended
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup
from reports.figures import one_decimal, share
from reports.models import CapacityGoal

ONLINE = Q(training__isnull=True)
IN_PERSON = Q(training__isnull=False)
UNKNOWN = "unknown"

# Age in the report's year, in bands: (key, label, youngest, oldest).
AGE_BANDS = [
    ("under_30", _("under 30"), None, 29),
    ("30_39", _("30–39"), 30, 39),
    ("40_49", _("40–49"), 40, 49),
    ("50_59", _("50–59"), 50, 59),
    ("60_plus", _("60 and over"), 60, None),
]


@dataclass(frozen=True)
class ReportScope:
    """A report's year, an optional date range inside it, and the units it covers: none
    for the whole province, else one or more (a department officer's choice, or the units
    of a local officer's role)."""

    year: int
    units: tuple[AdministrativeUnit, ...] = ()
    start: date | None = None
    end: date | None = None

    def __post_init__(self):
        # A tuple in code order, whatever was passed: rows and labels come out the same.
        object.__setattr__(self, "units", tuple(sorted(self.units, key=lambda unit: unit.code)))

    @property
    def is_province(self) -> bool:
        return not self.units

    @property
    def first_day(self) -> date:
        return max(self.start, date(self.year, 1, 1)) if self.start else date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        year_end = date(self.year, 12, 31)
        return min(self.end, year_end) if self.end else year_end

    @property
    def days(self) -> tuple[date, date]:
        return self.first_day, self.last_day


def in_scope(queryset, scope: ReportScope, unit_field: str):
    """`queryset` limited to the scope's units through `unit_field` (all for the province)."""
    if scope.is_province:
        return queryset
    return queryset.filter(**{f"{unit_field}__in": scope.units})


def scope_goal(scope: ReportScope, by_unit: dict):
    """The goal of the whole scope from goals keyed by unit id (None: the province's). For
    several units it is their sum, and only when every unit has one: a sum over some of
    them would make the share reached look better than it is."""
    if scope.is_province:
        return by_unit.get(None)
    targets = [by_unit.get(unit.pk) for unit in scope.units]
    return None if None in targets else sum(targets)


def certificates(scope: ReportScope):
    """Valid certificates issued in the scope: the base of every certified figure."""
    issued = Certificate.objects.valid().filter(issued_on__range=scope.days)
    return in_scope(issued, scope, "district")


def certified_people(scope: ReportScope) -> dict:
    """Distinct certified people, online and in person, women and men (one query)."""
    people = Count("person", distinct=True)
    return certificates(scope).aggregate(
        total=people,
        online=Count("person", distinct=True, filter=ONLINE),
        in_person=Count("person", distinct=True, filter=IN_PERSON),
        women=Count("person", distinct=True, filter=Q(holder_sex="female")),
        men=Count("person", distinct=True, filter=Q(holder_sex="male")),
        other_sex=Count("person", distinct=True, filter=Q(holder_sex="other")),
        sex_not_stated=Count("person", distinct=True, filter=Q(holder_sex="")),
        certificates=Count("pk"),
        course_certificates=Count("pk", filter=ONLINE),
        training_certificates=Count("pk", filter=IN_PERSON),
    )


def _completions(scope: ReportScope):
    completed = Enrolment.objects.filter(completed_at__date__range=scope.days)
    return in_scope(completed, scope, "person__district")


def _attendances(scope: ReportScope):
    present = Attendee.objects.filter(attended("records__"), training__ends_on__range=scope.days)
    return in_scope(present, scope, "training__district")


def trained_people(scope: ReportScope) -> dict:
    """Distinct people trained: completed an online course or attended in person (3 queries)."""
    online = _completions(scope).values("person_id")
    in_person = _attendances(scope).values("person_id")
    return {
        "total": Person.objects.filter(Q(pk__in=online) | Q(pk__in=in_person)).count(),
        "online": Person.objects.filter(pk__in=online).count(),
        "in_person": Person.objects.filter(pk__in=in_person).count(),
    }


def trainings_held(scope: ReportScope) -> int:
    """In-person trainings that ended in the scope, up to today."""
    last = min(scope.last_day, timezone.localdate())
    held = Training.objects.filter(ends_on__range=(scope.first_day, last))
    return in_scope(held, scope, "district").count()


def knowledge_gain(scope: ReportScope) -> dict:
    """Average gain from pre-test to post-test, in points, online and on paper (2 queries).

    Online: the first pre-test of a course against the best post-test of the same course
    submitted in the scope. On paper: attendees with both scores of trainings that ended in
    the scope.
    """
    # One pass over the attempts, grouped by person and course (no per-row subquery).
    pairs = (
        QuizAttempt.objects.filter(submitted_at__isnull=False)
        .values("person_id", "quiz__course_id")
        .annotate(
            first_pre=Min("score", filter=Q(kind=Quiz.Kind.PRE_TEST, number=1)),
            best_post=Max(
                "score",
                filter=Q(kind=Quiz.Kind.POST_TEST, submitted_at__date__range=scope.days),
            ),
        )
        .filter(first_pre__isnull=False, best_post__isnull=False)
    )
    pairs = in_scope(pairs, scope, "person__district")
    online = pairs.aggregate(people=Count("*"), gain=Avg(F("best_post") - F("first_pre")))
    paper_scores = Attendee.objects.filter(
        training__ends_on__range=scope.days, pre_score__isnull=False, post_score__isnull=False
    )
    paper_scores = in_scope(paper_scores, scope, "training__district")
    paper = paper_scores.aggregate(people=Count("pk"), gain=Avg(F("post_score") - F("pre_score")))
    people = online["people"] + paper["people"]
    average = None
    if people:
        total = Decimal(online["gain"] or 0) * online["people"]
        total += Decimal(paper["gain"] or 0) * paper["people"]
        average = one_decimal(total / people)
    return {"people": people, "average": average, "online": online, "paper": paper}


def _districts(scope: ReportScope, present_ids: set) -> list:
    """The table's rows: one per unit of the scope, or every district of the province."""
    if not scope.is_province:
        return list(scope.units)
    units = AdministrativeUnit.objects.districts().filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=scope.first_day) | Q(pk__in=present_ids)
    )
    return list(units.order_by("code"))


def _goals(scope: ReportScope) -> dict:
    """Goals of the year without a target group, keyed by (district id, track id)."""
    goals = in_scope(
        CapacityGoal.objects.filter(year=scope.year, target_group__isnull=True), scope, "district"
    )
    return {(goal.district_id, goal.track_id): goal.target for goal in goals}


def _cell(people: int, goal) -> dict:
    return {"people": people, "goal": goal, "share": share(people, goal)}


def district_track_table(scope: ReportScope, certified_total: int | None = None) -> dict:
    """Distinct certified people per district × track, with row and column totals (each
    counts a person once) and the goals and share reached (6 queries)."""
    issued = certificates(scope)
    people = Count("person", distinct=True)
    cells = {
        (row["district_id"], row["track_id"]): row["people"]
        for row in issued.values("district_id", "track_id").annotate(people=people)
    }
    by_district = {
        row["district_id"]: row["people"]
        for row in issued.values("district_id").annotate(people=people)
    }
    by_track = {
        row["track_id"]: row["people"] for row in issued.values("track_id").annotate(people=people)
    }
    goals = _goals(scope)
    tracks = list(TrackPage.objects.live().order_by("path").only("pk", "title"))
    track_ids = [track.pk for track in tracks]
    columns = [{"id": track.pk, "title": track.title} for track in tracks]
    if any(track_id not in track_ids for track_id in by_track):
        columns.append({"id": None, "title": str(_("Other or removed tracks"))})
    rows = []
    for unit in _districts(scope, set(by_district)):
        rows.append(_table_row(unit.pk, unit.name, columns, cells, by_district, goals, track_ids))
    if None in by_district and scope.is_province:
        rows.append(
            _table_row(
                None, str(_("District unknown")), columns, cells, by_district, goals, track_ids
            )
        )
    province = scope.is_province
    if len(scope.units) == 1:
        total_people = by_district.get(scope.units[0].pk, 0)
    else:  # a person certified in two units is one person of the scope
        total_people = _distinct_total(issued) if certified_total is None else certified_total
    total_goal = scope_goal(
        scope, {unit_id: target for (unit_id, track), target in goals.items() if track is None}
    )
    totals = {
        "tracks": [
            _cell(
                _column_people(column["id"], by_track, track_ids),
                goals.get((None, column["id"])) if province and column["id"] else None,
            )
            for column in columns
        ],
        "total": _cell(total_people, total_goal),
    }
    return {"columns": columns, "rows": rows, "totals": totals}


def _distinct_total(issued) -> int:
    return issued.aggregate(people=Count("person", distinct=True))["people"]


def _column_people(track_id, by_track, track_ids) -> int:
    if track_id is not None:
        return by_track.get(track_id, 0)
    return sum(people for key, people in by_track.items() if key not in track_ids)


def _table_row(district_id, name, columns, cells, by_district, goals, track_ids) -> dict:
    row_cells = []
    for column in columns:
        if column["id"] is None:
            people = sum(
                count
                for (district, track), count in cells.items()
                if district == district_id and track not in track_ids
            )
        else:
            people = cells.get((district_id, column["id"]), 0)
        row_cells.append(_cell(people, goals.get((district_id, column["id"]))))
    total = _cell(by_district.get(district_id, 0), goals.get((district_id, None)))
    return {"district_id": district_id, "name": name, "cells": row_cells, "total": total}


def _named_counts(rows, names: dict, key: str) -> list[dict]:
    result = [
        {
            "key": row[key],
            "name": names.get(row[key], str(_("Not stated"))),
            "people": row["people"],
        }
        for row in rows
    ]
    return sorted(result, key=lambda item: (-item["people"], item["name"]))


def by_organisation(scope: ReportScope) -> list[dict]:
    rows = (
        certificates(scope)
        .values("organisation_id")
        .annotate(people=Count("person", distinct=True))
    )
    names = dict(Organisation.objects.values_list("pk", "name"))
    return _named_counts(rows, names, "organisation_id")


def by_target_group(scope: ReportScope) -> list[dict]:
    rows = (
        certificates(scope)
        .values("target_group_id")
        .annotate(people=Count("person", distinct=True))
    )
    groups = {group.pk: group.name for group in TargetGroup.objects.all()}
    group_goals = CapacityGoal.objects.filter(
        year=scope.year, target_group__isnull=False, track__isnull=True
    )
    if scope.is_province:
        group_goals = group_goals.filter(district__isnull=True)
    by_group: dict = {}
    for goal in in_scope(group_goals, scope, "district"):
        by_group.setdefault(goal.target_group_id, {})[goal.district_id] = goal.target
    goals = {group: scope_goal(scope, by_unit) for group, by_unit in by_group.items()}
    result = _named_counts(rows, groups, "target_group_id")
    for item in result:
        item["goal"] = goals.get(item["key"])
        item["share"] = share(item["people"], item["goal"])
    return result


def by_sex(certified: dict) -> list[dict]:
    """From `certified_people`, which counts them already (no query)."""
    rows = [
        {"key": "female", "name": str(Person.Sex.FEMALE.label), "people": certified["women"]},
        {"key": "male", "name": str(Person.Sex.MALE.label), "people": certified["men"]},
        {"key": "other", "name": str(Person.Sex.OTHER.label), "people": certified["other_sex"]},
        {"key": UNKNOWN, "name": str(_("Not stated")), "people": certified["sex_not_stated"]},
    ]
    return [row for row in rows if row["people"] or row["key"] in ("female", "male")]


def by_age_band(scope: ReportScope) -> list[dict]:
    whens = [When(holder_birth_year__isnull=True, then=Value(UNKNOWN))]
    for key, _label, youngest, oldest in AGE_BANDS:
        born = {}
        if youngest is not None:
            born["holder_birth_year__lte"] = scope.year - youngest
        if oldest is not None:
            born["holder_birth_year__gte"] = scope.year - oldest
        whens.append(When(then=Value(key), **born))
    rows = {
        row["band"]: row["people"]
        for row in certificates(scope)
        .annotate(band=Case(*whens, default=Value(UNKNOWN), output_field=CharField()))
        .values("band")
        .annotate(people=Count("person", distinct=True))
    }
    bands = [(key, str(label)) for key, label, _y, _o in AGE_BANDS]
    bands.append((UNKNOWN, str(_("Not stated"))))
    return [
        {"key": key, "name": label, "people": rows.get(key, 0)}
        for key, label in bands
        if key != UNKNOWN or rows.get(key)
    ]


def by_month(scope: ReportScope) -> list[dict]:
    """Certified people and certificates per month of issue (a person certified in two
    months counts in each month)."""
    rows = {
        row["month"]: row
        for row in certificates(scope)
        .annotate(month=ExtractMonth("issued_on", output_field=IntegerField()))
        .values("month")
        .annotate(people=Count("person", distinct=True), certificates=Count("pk"))
    }
    months = range(scope.first_day.month, scope.last_day.month + 1)
    return [
        {
            "month": month,
            "people": rows.get(month, {}).get("people", 0),
            "certificates": rows.get(month, {}).get("certificates", 0),
        }
        for month in months
    ]


def dashboard(scope: ReportScope) -> dict:
    """Every figure of the dashboard and the exports, for one scope."""
    certified = certified_people(scope)
    table = district_track_table(scope, certified["total"])
    return {
        "scope": scope,
        "certified": certified,
        "trained": trained_people(scope),
        "trainings_held": trainings_held(scope),
        "knowledge_gain": knowledge_gain(scope),
        "table": table,
        "organisations": by_organisation(scope),
        "target_groups": by_target_group(scope),
        "sexes": by_sex(certified),
        "age_bands": by_age_band(scope),
        "months": by_month(scope),
        "goal": table["totals"]["total"],
    }


def certificate_rows(scope: ReportScope):
    """Every valid certificate of the scope, for the detailed list (streamed, not loaded)."""
    return (
        certificates(scope)
        .order_by("issued_on", "serial")
        .values_list(
            "serial",
            "holder_name",
            "holder_sex",
            "holder_birth_year",
            "district_name",
            "organisation__name",
            "target_group__name",
            "track_title",
            "course_title",
            "training_id",
            "issued_on",
        )
    )
