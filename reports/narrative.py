"""The annual report's text and who issues it: the sections the department writes, the
drafts made from the figures, the issuer record valid on the day, and what is missing
(docs/decisions/0007-annual-report.md). `reports.annual` builds the document from these."""

from datetime import date

from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports.models import AnnualNarrative, ReportIssuer
from reports.sections import place_label

GENERATED = ("implementation", "results")
WRITTEN = ("difficulties", "proposals")
SECTIONS = GENERATED + WRITTEN
SECTION_TITLES = {
    "implementation": gettext_lazy("Implementation"),
    "results": gettext_lazy("Results against goals"),
    "difficulties": gettext_lazy("Difficulties and obstacles"),
    "proposals": gettext_lazy("Proposals and recommendations"),
}


def report_warnings(scope, data: dict | None = None, day: date | None = None) -> list[str]:
    """The warnings of `scope`'s annual report, for the dashboard and the text page."""
    day = day or issue_date()
    live = drafts(data) if data is not None else None
    return warnings(scope, issuer_for(scope, day), narrative_for(scope), live, day)


def issue_date() -> date:
    """The report's date: the day it is printed (the office dates the copy it signs)."""
    return timezone.localdate()


# Which records a report uses -----------------------------------------------------------


def single_unit(scope):
    return scope.units[0] if len(scope.units) == 1 else None


def has_text(scope) -> bool:
    """Whether the scope keeps a text of its own: the province, or one unit."""
    return scope.is_province or single_unit(scope) is not None


def issuer_for(scope, day: date) -> ReportIssuer | None:
    """The record valid on `day` that issues this scope's report; None for an extract.

    The province's report falls back to no record (all dotted) rather than to an extract,
    so a missing record shows as a warning, never as a silently different document."""
    if scope.is_province:
        unit = None
    elif (unit := single_unit(scope)) is None:
        return None
    issuer = ReportIssuer.objects.valid_on(day).filter(unit=unit).order_by("-valid_from").first()
    if issuer is None and scope.is_province:
        return ReportIssuer(governing_body="", place_name="")
    return issuer


def narrative_for(scope) -> AnnualNarrative | None:
    """The stored text of the scope's year (None when nothing was saved yet)."""
    if not has_text(scope):
        return None
    return (
        AnnualNarrative.objects.filter(year=scope.year, unit=single_unit(scope))
        .select_related("updated_by")
        .first()
    )


# Drafts and the text a report prints ---------------------------------------------------


def normalised(text: str) -> str:
    return " ".join((text or "").split())


def paragraphs(text: str) -> list[str]:
    """A section's paragraphs: one per line typed, empty lines dropped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def drafts(data: dict) -> dict[str, str]:
    """The generated first drafts of the two first sections, in Vietnamese, from the
    figures of `data` (one paragraph per line)."""
    with translation.override("vi"):
        return {
            "implementation": "\n".join(implementation_sentences(data)),
            "results": "\n".join(
                [*summary(data), _("Detailed figures are in the annex to this report.")]
            ),
        }


def implementation_sentences(data: dict) -> list[str]:
    scope, certified, trained = data["scope"], data["certified"], data["trained"]
    tracks = [str(column["title"]) for column in data["table"]["columns"]]
    sentences = []
    if tracks:
        values = {
            "year": scope.year,
            "place": place_label(scope),
            "count": len(tracks),
            "tracks": "; ".join(tracks),
        }
        if scope.is_province:
            sentence = _(
                "In %(year)s, training across the province covered %(count)s tracks: %(tracks)s."
            )
        else:
            sentence = _("In %(year)s, training in %(place)s covered %(count)s tracks: %(tracks)s.")
        sentences.append(sentence % values)
    sentences.append(
        _(
            "%(trainings)s in-person trainings were held and %(courses)s online courses were "
            "completed with a certificate; %(trained)s people were trained (%(online)s "
            "online, %(in_person)s in person)."
        )
        % {
            "trainings": data["trainings_held"],
            "courses": certified["course_certificates"],
            "trained": trained["total"],
            "online": trained["online"],
            "in_person": trained["in_person"],
        }
    )
    busiest = max(data["months"], key=lambda month: month["people"], default=None)
    if busiest and busiest["people"]:
        sentences.append(
            _("Most certificates were issued in %(month)s (%(people)s people).")
            % {"month": f"{busiest['month']:02d}/{scope.year}", "people": busiest["people"]}
        )
    return sentences


def is_edited(narrative: AnnualNarrative | None, key: str) -> bool:
    """Whether a generated section holds text the department changed from its draft."""
    if narrative is None or key not in GENERATED:
        return False
    text = getattr(narrative, key)
    return bool(text.strip()) and normalised(text) != normalised(getattr(narrative, f"{key}_draft"))


def section_texts(narrative: AnnualNarrative | None, live: dict[str, str]) -> dict[str, str]:
    """The text each section prints: edited text as written, an untouched draft as made
    from today's figures (so it never disagrees with the tables), the other two as
    written (empty: dotted lines)."""
    texts = {}
    for key in SECTIONS:
        if key in GENERATED:
            texts[key] = getattr(narrative, key) if is_edited(narrative, key) else live[key]
        else:
            texts[key] = getattr(narrative, key) if narrative else ""
    return texts


def warnings(scope, issuer, narrative, live: dict[str, str] | None, day: date) -> list[str]:
    """What the report cannot print as it should, for the report pages (never printed).
    Without `live` drafts (a dashboard narrowed to some months) text is not compared."""
    found = []
    if issuer is not None:
        if issuer.pk is None:
            found.append(
                _(
                    "No report issuer is valid on %(day)s: add one in the admin (Report "
                    "issuers). The header and signature are printed as dotted lines."
                )
                % {"day": day.strftime("%d/%m/%Y")}
            )
        elif missing := issuer.missing():
            found.append(
                _(
                    "Not set in the report issuer valid on %(day)s: %(fields)s. The report "
                    "prints dotted lines there, to fill in by hand; set them in the admin "
                    "(Report issuers)."
                )
                % {"day": day.strftime("%d/%m/%Y"), "fields": ", ".join(missing)}
            )
    empty = [
        str(SECTION_TITLES[key])
        for key in WRITTEN
        if not (narrative and getattr(narrative, key).strip())
    ]
    if has_text(scope) and empty:
        found.append(
            _("Not written yet: %(sections)s. The report prints dotted lines there.")
            % {"sections": ", ".join(empty)}
        )
    stale = [
        str(SECTION_TITLES[key])
        for key in GENERATED
        if live is not None
        and is_edited(narrative, key)
        and normalised(getattr(narrative, f"{key}_draft")) != normalised(live[key])
    ]
    if stale:
        found.append(
            _(
                "The figures have changed since the draft of %(sections)s was made, and the "
                "text there was edited: compare it with the new draft."
            )
            % {"sections": ", ".join(stale)}
        )
    return found


def summary(data: dict) -> list[str]:
    """A few sentences on results against goals, for the annual report (a share is a
    Percent and prints its own "%")."""
    sentences = [_certified_sentence(data)]
    goal = data["goal"]
    if goal["goal"]:
        sentences.append(
            _("Against the goal of %(goal)s people, %(share)s was reached.")
            % {"goal": goal["goal"], "share": goal["share"]}
        )
    sentences += _goal_sentences(data)
    gain = data["knowledge_gain"]
    if gain["average"] is not None:
        sentences.append(
            _(
                "Between the pre-test and the post-test, scores rose by %(gain)s points on "
                "average (%(people)s people with both tests)."
            )
            % {"gain": number_format(gain["average"], 1), "people": gain["people"]}
        )
    # The trainings held are told in section I (implementation), not repeated here.
    return sentences


def _certified_sentence(data: dict) -> str:
    certified = data["certified"]
    return _(
        "%(place)s: %(people)s people were certified (%(online)s online, %(in_person)s in "
        "person; %(women)s women and %(men)s men), and %(trained)s people were trained."
    ) % {
        "place": place_label(data["scope"]),
        "people": certified["total"],
        "online": certified["online"],
        "in_person": certified["in_person"],
        "women": certified["women"],
        "men": certified["men"],
        "trained": data["trained"]["total"],
    }


def _goal_sentences(data: dict) -> list[str]:
    """The best and worst unit against its goal, and each target group's goal."""
    sentences = []
    with_goals = [row for row in data["table"]["rows"] if row["total"]["goal"]]
    if len(with_goals) > 1:
        best = max(with_goals, key=lambda row: row["total"]["share"])
        worst = min(with_goals, key=lambda row: row["total"]["share"])
        sentences.append(
            _(
                "The highest share of the goal was reached in %(best)s (%(best_share)s), the "
                "lowest in %(worst)s (%(worst_share)s)."
            )
            % {
                "best": best["name"],
                "best_share": best["total"]["share"],
                "worst": worst["name"],
                "worst_share": worst["total"]["share"],
            }
        )
    groups = [
        _("%(group)s: %(people)s of %(goal)s people (%(share)s)")
        % {
            "group": item["name"],
            "people": item["people"],
            "goal": item["goal"],
            "share": item["share"],
        }
        for item in data["target_groups"]
        if item.get("goal")
    ]
    if groups:
        sentences.append(
            _("By target group against its goal: %(groups)s.") % {"groups": "; ".join(groups)}
        )
    return sentences
