"""Writing the annual report's text: saving what the department wrote, making a new draft
from the figures, and the history of who changed what (Wagtail's log, on the text)."""

import unicodedata

from django.db import transaction

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from people.models import User
from reports import annual
from reports.models import AnnualNarrative

SAVED = "lms.annual_text_changed"
REGENERATED = "lms.annual_draft_regenerated"
PRINTED_FIELDS = (*annual.SECTIONS, "document_number")


def _locked(scope) -> AnnualNarrative:
    unit = annual.single_unit(scope)
    narrative, _created = AnnualNarrative.objects.get_or_create(year=scope.year, unit=unit)
    return AnnualNarrative.objects.select_for_update().get(pk=narrative.pk)


def _printed(narrative: AnnualNarrative, live: dict) -> dict:
    """What the report prints from `narrative`: the texts and the document number."""
    printed = annual.section_texts(narrative, live)
    printed["document_number"] = narrative.document_number
    return printed


def _changes(before: dict, after: dict) -> list[dict]:
    return [
        {"field": name, "before": before[name], "after": after[name]}
        for name in PRINTED_FIELDS
        if before[name] != after[name]
    ]


def _log(narrative, action: str, user: User | None, changes: list[dict], **extra) -> None:
    from wagtail.log_actions import log

    log(instance=narrative, action=action, user=user, data={"changes": changes, **extra})


def _text(value: str) -> str:
    """Text from a form, NFC (as the PDF needs), Windows line ends made one, no trailing
    spaces, no control characters (pasted ones; neither file could hold them)."""
    value = unicodedata.normalize("NFC", ILLEGAL_CHARACTERS_RE.sub("", value or ""))
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n"))


@transaction.atomic
def narrative_save(*, scope, data: dict, values: dict, user: User) -> AnnualNarrative:
    """Save the department's text for `scope`'s year (values: the four sections and the
    document number) and log what changed in what the report prints.

    A generated section left as its draft (or emptied) stays a draft, which keeps
    following the figures; a section written over becomes edited text, kept as written."""
    narrative = _locked(scope)
    live = annual.drafts(data)
    before = _printed(narrative, live)
    for key in annual.GENERATED:
        text = _text(values.get(key, ""))
        if not text.strip() or annual.normalised(text) == annual.normalised(live[key]):
            text = draft = live[key]
        elif annual.is_edited(narrative, key):
            draft = getattr(narrative, f"{key}_draft")
        else:  # written over the draft the page showed
            draft = live[key]
        setattr(narrative, key, text)
        setattr(narrative, f"{key}_draft", draft)
    for key in annual.WRITTEN:
        setattr(narrative, key, _text(values.get(key, "")).strip())
    narrative.document_number = values.get("document_number") or None
    changes = _changes(before, _printed(narrative, live))
    if changes:
        narrative.updated_by = user
    narrative.full_clean()
    narrative.save()
    if changes:
        _log(narrative, SAVED, user, changes)
    return narrative


@transaction.atomic
def narrative_regenerate(
    *, scope, data: dict, user: User, replace: tuple[str, ...] = ()
) -> dict[str, list[str]]:
    """Make the drafts again from today's figures. A section nobody edited takes the new
    draft; an edited one keeps its text and only the draft beside it is new, unless it is
    named in `replace` (the department chose that draft over their text).

    Returns {"replaced": [...], "kept": [...]} section keys."""
    narrative = _locked(scope)
    live = annual.drafts(data)
    before = _printed(narrative, live)
    kept = []
    for key in annual.GENERATED:
        if annual.is_edited(narrative, key) and key not in replace:
            kept.append(key)
        else:
            setattr(narrative, key, live[key])
        setattr(narrative, f"{key}_draft", live[key])
    changes = _changes(before, _printed(narrative, live))
    replaced = [key for key in annual.GENERATED if key not in kept]
    narrative.updated_by = user
    narrative.save()
    _log(narrative, REGENERATED, user, changes, replaced=replaced, kept=kept)
    return {"replaced": replaced, "kept": kept}
