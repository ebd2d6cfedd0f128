"""What a report covers: a period (any valid range of days) and a set of units."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from people.models import AdministrativeUnit


@dataclass(frozen=True)
class ReportScope:
    """A report's period and the units it covers: none for the whole province, else one
    or more (a department officer's choice, or the units of a local officer's role).

    The period is the calendar `year`, or the days from `start` to `end` when given (any
    valid range, across New Year too). Goals are set per calendar year, so they apply only
    to a period inside the year they are for (`goals_year`)."""

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
        return self.start or date(self.year, 1, 1)

    @property
    def last_day(self) -> date:
        return self.end or date(self.year, 12, 31)

    @property
    def days(self) -> tuple[date, date]:
        return self.first_day, self.last_day

    @property
    def moments(self) -> tuple[datetime, datetime]:
        """[start, end) in local time, for timestamps: a range an index serves, where
        `__date__range` would cast every row to a date first."""
        zone = timezone.get_current_timezone()
        return (
            datetime.combine(self.first_day, time.min, tzinfo=zone),
            datetime.combine(self.last_day + timedelta(days=1), time.min, tzinfo=zone),
        )

    @property
    def goals_year(self) -> int | None:
        """The year whose goals the figures are measured against, or None when the period
        runs over more than one year."""
        first, last = self.days
        return self.year if first.year == last.year == self.year else None

    @property
    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        year, month = self.first_day.year, self.first_day.month
        found = []
        while (year, month) <= (self.last_day.year, self.last_day.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found


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


FIRST_YEAR = 2023  # the plan starts in 2023


def _day(text: str):
    """(date or None, whether the text was something other than a date)."""
    if not text:
        return None, False
    try:
        return date.fromisoformat(text), False
    except ValueError:
        return None, True


def period_from(year_text: str, start_text: str, end_text: str, *, today: date):
    """(year, start, end, problem) from a report's query. Any valid range of days is a
    period (across New Year too; one day given means the rest, or the start, of its year);
    otherwise the calendar year, and `problem` says why in words for the reader."""
    from django.utils.translation import gettext as _

    try:
        year = int(year_text) if year_text else today.year
    except ValueError:
        year = today.year
    year = min(max(year, FIRST_YEAR), today.year + 1)
    start, bad_start = _day(start_text)
    end, bad_end = _day(end_text)
    if bad_start or bad_end:
        return year, None, None, _("A date of the period is not a date: the whole year is shown.")
    if start and end and end < start:
        return (
            year,
            None,
            None,
            _(
                "The period ends (%(end)s) before it starts (%(start)s): "
                "the whole year %(year)s is shown."
            )
            % {"end": end.strftime("%d/%m/%Y"), "start": start.strftime("%d/%m/%Y"), "year": year},
        )
    if start and not end:
        end = date(start.year, 12, 31)
    if end and not start:
        start = date(end.year, 1, 1)
    if start:
        year = start.year
    return year, start, end, None
