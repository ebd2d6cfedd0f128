"""Certified people, counted by one rule (docs/decisions/0006-counting.md).

A certified person is a distinct person holding a valid certificate issued in the period.
Each of them has one *counting certificate*: their latest valid certificate of the period
(by time of issue). The place, organisation, group, sex and age of a certified person are
the facts frozen on that certificate, so every breakdown sums to the total and the
reports of the units add up to the province. Per track the same rule applies to the
certificates of that track.
"""

from django.db.models import Case, CharField, Count, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import ExtractMonth, ExtractYear, RowNumber
from django.utils.translation import gettext_lazy as _

from certificates.models import Certificate
from people.models import Person
from reports.selectors.scope import ReportScope, in_scope

ONLINE = Q(training__isnull=True)
IN_PERSON = Q(training__isnull=False)
UNKNOWN = "unknown"

# Age in the year of the period's last day, in bands: (key, label, youngest, oldest).
AGE_BANDS = [
    ("under_30", _("under 30"), None, 29),
    ("30_39", _("30–39"), 30, 39),
    ("40_49", _("40–49"), 40, 49),
    ("50_59", _("50–59"), 50, 59),
    ("60_plus", _("60 and over"), 60, None),
]


def issued(scope: ReportScope):
    """Valid certificates issued in the period, in the whole province."""
    return Certificate.objects.valid().filter(issued_on__range=scope.days)


def issued_in_scope(scope: ReportScope):
    """Valid certificates issued in the period in the scope's units (each certificate)."""
    return in_scope(issued(scope), scope, "district")


def counting_certificates(scope: ReportScope, *, per_track: bool = False):
    """One certificate per certified person (per person and track with `per_track`): the
    latest of the period, chosen in the whole province and then kept when it lies in the
    scope, so a person certified in two units counts in the later one only."""
    partition = [F("person_id"), F("track_id")] if per_track else [F("person_id")]
    ranked = issued(scope).annotate(
        rank=Window(
            RowNumber(), partition_by=partition, order_by=[F("issued_at").desc(), F("pk").desc()]
        )
    )
    latest = Certificate.objects.filter(pk__in=ranked.filter(rank=1).values("pk"))
    return in_scope(latest, scope, "district")


def certified_people(scope: ReportScope) -> dict:
    """Certified people by the counting rule, and the certificates issued (2 queries)."""
    people = counting_certificates(scope).aggregate(
        total=Count("pk"),
        online=Count("pk", filter=ONLINE),
        in_person=Count("pk", filter=IN_PERSON),
        women=Count("pk", filter=Q(holder_sex="female")),
        men=Count("pk", filter=Q(holder_sex="male")),
        other_sex=Count("pk", filter=Q(holder_sex="other")),
        sex_not_stated=Count("pk", filter=Q(holder_sex="")),
    )
    counts = issued_in_scope(scope).aggregate(
        certificates=Count("pk"),
        course_certificates=Count("pk", filter=ONLINE),
        training_certificates=Count("pk", filter=IN_PERSON),
    )
    return {**people, **counts}


def grouped(scope: ReportScope, field: str) -> dict:
    """Certified people per value of a frozen fact of their counting certificate."""
    rows = counting_certificates(scope).values(field).annotate(people=Count("pk")).order_by()
    return {row[field]: row["people"] for row in rows}


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
    year = scope.last_day.year
    whens = [When(holder_birth_year__isnull=True, then=Value(UNKNOWN))]
    for key, _label, youngest, oldest in AGE_BANDS:
        born = {}
        if youngest is not None:
            born["holder_birth_year__lte"] = year - youngest
        if oldest is not None:
            born["holder_birth_year__gte"] = year - oldest
        whens.append(When(then=Value(key), **born))
    rows = {
        row["band"]: row["people"]
        for row in counting_certificates(scope)
        .annotate(band=Case(*whens, default=Value(UNKNOWN), output_field=CharField()))
        .values("band")
        .annotate(people=Count("pk"))
        .order_by()
    }
    bands = [(key, str(label)) for key, label, _y, _o in AGE_BANDS]
    bands.append((UNKNOWN, str(_("Not stated"))))
    return [
        {"key": key, "name": label, "people": rows.get(key, 0)}
        for key, label in bands
        if key != UNKNOWN or rows.get(key)
    ]


def by_month(scope: ReportScope) -> list[dict]:
    """Per month of the period: people whose counting certificate was issued that month
    (the months add up to the total) and every certificate issued that month."""

    def per_month(queryset, counted):
        return {
            (row["y"], row["m"]): row["n"]
            for row in queryset.annotate(
                y=ExtractYear("issued_on", output_field=IntegerField()),
                m=ExtractMonth("issued_on", output_field=IntegerField()),
            )
            .values("y", "m")
            .annotate(n=counted)
            .order_by()
        }

    people = per_month(counting_certificates(scope), Count("pk"))
    certificates = per_month(issued_in_scope(scope), Count("pk"))
    return [
        {
            "year": year,
            "month": month,
            "people": people.get((year, month), 0),
            "certificates": certificates.get((year, month), 0),
        }
        for year, month in scope.months
    ]


def certificate_rows(scope: ReportScope):
    """Every valid certificate issued in the scope, for the detailed list (streamed), with
    a stable key of its holder so distinct people can be checked in a spreadsheet."""
    return (
        issued_in_scope(scope)
        .order_by("issued_on", "serial")
        .values_list(
            "serial",
            "person_id",
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
