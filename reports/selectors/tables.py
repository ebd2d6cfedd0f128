"""The tables of the report: certified people by unit and track with their goals, the
people trained per unit, and the breakdowns by organisation and target group."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from common.figures import share
from courses.models import TrackPage
from people.models import AdministrativeUnit, Organisation, TargetGroup
from reports.models import CapacityGoal
from reports.selectors.certified import counting_certificates, grouped
from reports.selectors.scope import ReportScope, in_scope, scope_goal


def cell(people: int, goal) -> dict:
    return {"people": people, "goal": goal, "share": share(people, goal)}


def goals(scope: ReportScope) -> dict:
    """The year's goals without a target group, keyed by (unit id, track id); none when the
    period runs over more than one year."""
    if scope.goals_year is None:
        return {}
    found = CapacityGoal.objects.filter(year=scope.goals_year, target_group__isnull=True)
    if not scope.is_province:
        found = found.filter(district__in=scope.units)
    return {(goal.district_id, goal.track_id): goal.target for goal in found}


def _units(scope: ReportScope, present_ids: set) -> list:
    """The rows: one per unit of the scope, or every district of the province in force in
    the period (and any other that has people or a goal)."""
    if not scope.is_province:
        return list(scope.units)
    units = AdministrativeUnit.objects.districts().filter(
        Q(valid_from__lte=scope.last_day)
        & (Q(valid_until__isnull=True) | Q(valid_until__gte=scope.first_day))
        | Q(pk__in=present_ids)
    )
    return list(units.order_by("code"))


def _columns(by_track: dict) -> tuple[list, list]:
    tracks = list(TrackPage.objects.live().order_by("path").only("pk", "title"))
    track_ids = [track.pk for track in tracks]
    columns = [{"id": track.pk, "title": track.title} for track in tracks]
    if any(track_id not in track_ids for track_id in by_track):
        columns.append({"id": None, "title": str(_("Other or removed tracks"))})
    return columns, track_ids


def unit_track_table(scope: ReportScope, trained_by_place: dict) -> dict:
    """Certified people per unit × track (each person once per track, in the place of their
    latest certificate of the track), per unit (once, by the counting certificate), the
    goals and shares of each, and the people trained per unit (4 queries)."""
    per_track = counting_certificates(scope, per_track=True)
    cells = {
        (row["district_id"], row["track_id"]): row["people"]
        for row in per_track.values("district_id", "track_id")
        .annotate(people=Count("pk"))
        .order_by()
    }
    by_unit = grouped(scope, "district_id")
    by_track: dict = {}
    for (_unit, track), people in cells.items():
        by_track[track] = by_track.get(track, 0) + people
    targets = goals(scope)
    columns, track_ids = _columns(by_track)
    present = set(by_unit) | {unit for unit, _track in targets} - {None}
    rows = [
        _row(unit.pk, unit.name, columns, track_ids, cells, by_unit, targets, trained_by_place)
        for unit in _units(scope, present)
    ]
    if scope.is_province and (None in by_unit or None in trained_by_place):
        # People without a known place: counted, but no goal was set for them.
        rows.append(
            _row(
                None,
                str(_("Place unknown")),
                columns,
                track_ids,
                cells,
                by_unit,
                {},
                trained_by_place,
            )
        )
    unit_goals = {unit: target for (unit, track), target in targets.items() if track is None}
    track_goals = {track: target for (unit, track), target in targets.items() if unit is None}
    totals = {
        "tracks": [
            cell(
                _column_people(column["id"], by_track, track_ids),
                track_goals.get(column["id"]) if scope.is_province and column["id"] else None,
            )
            for column in columns
        ],
        "total": cell(sum(by_unit.values()), scope_goal(scope, unit_goals)),
    }
    return {"columns": columns, "rows": rows, "totals": totals}


def _column_people(track_id, by_track, track_ids) -> int:
    if track_id is not None:
        return by_track.get(track_id, 0)
    return sum(people for key, people in by_track.items() if key not in track_ids)


def _row(unit_id, name, columns, track_ids, cells, by_unit, targets, trained) -> dict:
    row_cells = []
    for column in columns:
        if column["id"] is None:
            people = sum(
                count
                for (unit, track), count in cells.items()
                if unit == unit_id and track not in track_ids
            )
        else:
            people = cells.get((unit_id, column["id"]), 0)
        row_cells.append(cell(people, targets.get((unit_id, column["id"]))))
    empty = {"total": 0, "online": 0, "in_person": 0}
    return {
        "district_id": unit_id,
        "name": name,
        "cells": row_cells,
        "total": cell(by_unit.get(unit_id, 0), targets.get((unit_id, None))),
        "trained": trained.get(unit_id, empty),
    }


def goal_rows(scope: ReportScope, table: dict) -> list[dict]:
    """Every goal of the year with the people counted against it, also those with nobody
    yet: the province's, each unit's, each track's and each unit × track's."""
    rows = []
    columns = table["columns"]
    if table["totals"]["total"]["goal"] is not None:
        rows.append({"place": None, "track": None, **table["totals"]["total"]})
    for column, total in zip(columns, table["totals"]["tracks"], strict=True):
        if total["goal"] is not None:
            rows.append({"place": None, "track": column["title"], **total})
    for row in table["rows"]:
        if row["total"]["goal"] is not None:
            rows.append({"place": row["name"], "track": None, **row["total"]})
        for column, item in zip(columns, row["cells"], strict=True):
            if item["goal"] is not None:
                rows.append({"place": row["name"], "track": column["title"], **item})
    return rows


def _named(counts: dict, names: dict) -> list[dict]:
    result = [
        {"key": key, "name": names.get(key, str(_("Not stated"))), "people": people}
        for key, people in counts.items()
    ]
    return sorted(result, key=lambda item: (-item["people"], item["name"]))


def by_organisation(scope: ReportScope) -> list[dict]:
    names = dict(Organisation.objects.values_list("pk", "name"))
    return _named(grouped(scope, "organisation_id"), names)


def by_target_group(scope: ReportScope) -> list[dict]:
    """People per target group, with every group that has a goal (also at 0 people)."""
    counts = grouped(scope, "target_group_id")
    names = {group.pk: group.name for group in TargetGroup.objects.all()}
    group_goals: dict = {}
    if scope.goals_year is not None:
        found = CapacityGoal.objects.filter(
            year=scope.goals_year, target_group__isnull=False, track__isnull=True
        )
        found = (
            found.filter(district__isnull=True)
            if scope.is_province
            else in_scope(found, scope, "district")
        )
        for goal in found:
            group_goals.setdefault(goal.target_group_id, {})[goal.district_id] = goal.target
    targets = {group: scope_goal(scope, by_unit) for group, by_unit in group_goals.items()}
    for group, target in targets.items():
        if target is not None:
            counts.setdefault(group, 0)
    result = _named(counts, names)
    for item in result:
        item["goal"] = targets.get(item["key"])
        item["share"] = share(item["people"], item["goal"])
    return result
