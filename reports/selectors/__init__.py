"""The one place report figures come from (DESIGN.md, counting rules; the rules in full:
docs/decisions/0006-counting.md).

- A trainee is a distinct `Person`. Certified people count once, by the facts frozen on
  their latest certificate of the period (`certified`); trained people once, in the place
  of their latest completion or attendance of the period (`trained`). So every breakdown
  sums to its total and units add up to the province.
- Every counted event carries the facts of when it happened (certificates, completions,
  attempts; an attendance the place of its training): a later move never rewrites a period
  already reported. Revoked certificates count nowhere.
- Knowledge gain is one rule for the dashboard and a course's results page (`gain`).

The dashboard, the CSV, the XLSX, the PDF and the Word file all call `dashboard()`; every
function runs a fixed number of aggregate queries whatever the amount of data.
"""

from django.utils.translation import gettext_lazy as _

from reports.selectors.certified import (
    AGE_BANDS,
    UNKNOWN,
    by_age_band,
    by_month,
    by_sex,
    certificate_rows,
    certified_people,
    counting_certificates,
    issued_in_scope,
)
from reports.selectors.gain import knowledge_gain
from reports.selectors.scope import ReportScope, in_scope, scope_goal
from reports.selectors.tables import (
    by_organisation,
    by_target_group,
    goal_rows,
    unit_track_table,
)
from reports.selectors.trained import trained_people, trainings_held

__all__ = [
    "AGE_BANDS",
    "UNKNOWN",
    "ReportScope",
    "by_age_band",
    "by_month",
    "by_organisation",
    "by_sex",
    "by_target_group",
    "certificate_rows",
    "certified_people",
    "counting_certificates",
    "dashboard",
    "goal_rows",
    "in_scope",
    "issued_in_scope",
    "knowledge_gain",
    "scope_goal",
    "trained_people",
    "trainings_held",
    "unit_track_table",
]

# Said under each table, on the screen and in every export: how it adds up.
NOTES = {
    "certified": _(
        "Each person counts once, with the place, organisation, group, sex and age frozen on "
        "their latest certificate of the period; so every breakdown adds up to the total. "
        "Revoked certificates count nowhere."
    ),
    "table": _(
        "The rows add up to the total: a person counts once, in the place of their latest "
        "certificate of the period. A person certified in several tracks counts once in "
        "each track's column (in the place of their latest certificate of that track)."
    ),
    "trained": _(
        "Trained: completed an online course, or attended an in-person training (present or "
        "late; a self check-in once the trainer confirmed it). Each person counts once, in "
        "the place and the way (online or in person) of their latest such event."
    ),
    "gain": _(
        "People with both tests: each counts once. A person's gain is the mean over their "
        "courses and trainings of the post-test score (best in the period) less the first "
        "pre-test score, in points out of 100."
    ),
    "goals": _(
        "Every goal of the year, also those nobody has reached yet; the share is rounded "
        "half up. Goals apply to periods inside their year."
    ),
    "months": _(
        "People: by the month of their latest certificate of the period (the months add "
        "up to the total). Certificates: every one issued in the month."
    ),
}


def dashboard(scope: ReportScope) -> dict:
    """Every figure of the dashboard and the exports, for one scope."""
    certified = certified_people(scope)
    trained = trained_people(scope)
    table = unit_track_table(scope, trained["by_place"])
    return {
        "scope": scope,
        "certified": certified,
        "trained": trained,
        "trainings_held": trainings_held(scope),
        "knowledge_gain": knowledge_gain(scope),
        "table": table,
        "goals": goal_rows(scope, table),
        "organisations": by_organisation(scope),
        "target_groups": by_target_group(scope),
        "sexes": by_sex(certified),
        "age_bands": by_age_band(scope),
        "months": by_month(scope),
        "goal": table["totals"]["total"],
        "notes": NOTES,
    }
