"""Paper test scores of in-person trainings: the one reader of a score as a trainer writes
it, used by the sign-in sheet import and the trainer's register.

A training marks its paper tests out of 10 or out of 100 (`Training.score_scale`). Scores
are always *stored* out of 100 (`Attendee.pre_score`, `post_score`), as the pass mark in %
and the knowledge-gain reports read them: 6,5 on a 10-point training is stored as 65.
"7,5", "7.5" and "75%" are read (a percentage is out of 100 on either scale); the stored
value has 2 decimals, rounded half up. Pure: no database.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils import formats
from django.utils.translation import gettext_lazy as _

SCALES = (10, 100)
HUNDRED = Decimal(100)
_CENT = Decimal("0.01")
# Digits with at most one decimal comma or point; no exponents, no thousands separators.
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")
# Sheets whose every score is at most 10, with at least this many scores, look out of 10.
LOOKS_OUT_OF_10_MIN_SCORES = 3


class ScoreError(ValueError):
    """A score that cannot be read: `kind` says why, `message` says it to the trainer."""

    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"

    def __init__(self, kind: str, written: str, scale: int, *, value=None, percent=False):
        super().__init__(f"{kind}: {written!r} on a scale of {scale}")
        self.kind, self.written, self.scale = kind, written, scale
        self.value, self.percent = value, percent  # the number read, when it is one

    @property
    def maximum(self) -> str:
        """The top of the range the value was read on: "10", "100" or "100%"."""
        return "100%" if self.percent else str(self.scale)

    @property
    def looks_out_of_100(self) -> bool:
        """More than 10 but within 100 on a 10-point training: the sheet may be out of 100."""
        if self.kind != self.OUT_OF_RANGE or self.percent or self.scale != 10:
            return False
        return 10 < self.value <= 100

    @property
    def message(self) -> str:
        if self.kind == self.NOT_A_NUMBER:
            return _("“%(value)s” is not a number.") % {"value": self.written}
        message = _("“%(value)s” is not a score from 0 to %(max)s.") % {
            "value": self.written,
            "max": self.maximum,
        }
        if self.looks_out_of_100:
            message = f"{message} {SET_SCALE_TO_100}"
        return message


SET_SCALE_TO_100 = _(
    "This training's tests are marked out of 10; if the scores are out of 100, set the "
    "training's scale to 100."
)


@dataclass(frozen=True)
class PaperScore:
    written: str  # as the trainer wrote it: "6,5"
    scale: int  # the training's scale it was read on: 10
    stored: Decimal  # out of 100, 2 decimals: Decimal("65.00")
    percent: bool = False  # written as a percentage ("75%")

    @property
    def description(self) -> str:
        """What was done, for the preview: "6,5/10 → 65"; "75% → 75"."""
        return describe(self.written, self.stored, self.scale, percent=self.percent)


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def parse(text, scale: int) -> PaperScore | None:
    """The score written as `text` on a training marked out of `scale`; None for an empty
    box; ScoreError for what is not a number or not within the scale."""
    if scale not in SCALES:
        raise ValueError(f"unknown score scale {scale!r}")
    written = " ".join(str(text or "").split())
    if not written:
        return None
    compact = written.replace(" ", "")
    percent = compact.endswith("%")
    number = compact.removesuffix("%")
    if not _NUMBER.fullmatch(number):
        raise ScoreError(ScoreError.NOT_A_NUMBER, written, scale)
    value = _number(number)
    top = HUNDRED if percent else Decimal(scale)
    if not 0 <= value <= top:
        raise ScoreError(ScoreError.OUT_OF_RANGE, written, scale, value=value, percent=percent)
    stored = (value * HUNDRED / top).quantize(_CENT, rounding=ROUND_HALF_UP)
    return PaperScore(written=written, scale=scale, stored=stored, percent=percent)


def _trimmed(value: Decimal) -> Decimal:
    """65.00 -> 65, 6.550 -> 6.55 (never 1E+2, as Decimal.normalize would give)."""
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def on_scale(stored: Decimal, scale: int) -> Decimal:
    """A stored score (out of 100) on the training's scale: 65 -> 6.5 out of 10. Exact: a
    stored value has 2 decimals, so out of 10 it has at most 3."""
    return _trimmed(Decimal(stored) * scale / HUNDRED)


def number(value: Decimal, places: int | None = None) -> str:
    """A number as the interface language writes it, without trailing zeros: "6,5" in
    Vietnamese, "6.5" in English; rounded half up to `places` when given."""
    value = Decimal(value)
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return formats.number_format(_trimmed(value))


def shown(stored: Decimal | None, scale: int) -> str:
    """A stored score as the trainer writes it on the training's scale ("" for none):
    what the register shows, and reads back to the same stored value."""
    return "" if stored is None else number(on_scale(stored, scale))


def describe(written: str, stored, scale: int, *, percent: bool = False) -> str:
    """ "6,5/10 → 65": as written, on which scale, and as stored out of 100."""
    where = written if percent else f"{written}/{scale}"
    return f"{where} → {number(Decimal(stored))}"


def look_out_of_10(stored_scores) -> bool:
    """Scores of a 100-point sheet that look like scores out of 10: every one at most 10,
    and enough of them to tell."""
    scores = [Decimal(score) for score in stored_scores]
    return len(scores) >= LOOKS_OUT_OF_10_MIN_SCORES and max(scores) <= 10
