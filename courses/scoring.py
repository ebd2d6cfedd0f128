"""Scoring of quiz attempts: pure functions, no database, no request.

A score is a percentage of the questions answered correctly. With partial credit, a
multiple-choice question earns the share of its correct options that were picked, less
the share of wrong picks, never below zero; without it, only the exact set earns credit.
Single-choice and true/false questions earn 1 or 0.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"


@dataclass(frozen=True)
class QuestionKey:
    """What scoring needs to know of a question: its options and which are correct."""

    id: int
    kind: str
    option_ids: frozenset
    correct_ids: frozenset


@dataclass(frozen=True)
class QuizResult:
    score: Decimal  # 0.00 … 100.00
    credits: dict  # question id -> Decimal credit 0 … 1
    passed: bool


def question_credit(key: QuestionKey, selected: frozenset, *, partial_credit: bool) -> Decimal:
    selected = frozenset(selected) & key.option_ids
    if key.kind != MULTIPLE or not partial_credit:
        return Decimal(1) if selected == key.correct_ids else Decimal(0)
    hits = len(selected & key.correct_ids)
    wrong = len(selected - key.correct_ids)
    wrong_options = len(key.option_ids - key.correct_ids) or 1
    credit = Decimal(hits) / len(key.correct_ids) - Decimal(wrong) / wrong_options
    return max(Decimal(0), min(Decimal(1), credit))


def quiz_score(
    keys: list[QuestionKey],
    responses: dict,
    *,
    partial_credit: bool = False,
    pass_mark: int = 0,
) -> QuizResult:
    """Score `responses` ({question id: set of option ids}) against `keys`."""
    credits = {
        key.id: question_credit(
            key, frozenset(responses.get(key.id, ())), partial_credit=partial_credit
        )
        for key in keys
    }
    if not keys:
        score = Decimal(0)
    else:
        score = (Decimal(100) * sum(credits.values()) / len(keys)).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    return QuizResult(score=score, credits=credits, passed=score >= pass_mark)


def options_problem(kind: str, options: list[tuple[str, bool]]) -> str | None:
    """Why a question's options are not acceptable, or None. Used by the admin and import."""
    from django.utils.translation import gettext as _

    texts = [text.strip() for text, _correct in options if text.strip()]
    correct = sum(1 for text, is_correct in options if text.strip() and is_correct)
    if len(texts) < 2:
        return _("A question needs at least two options.")
    if len({text.casefold() for text in texts}) != len(texts):
        return _("Two options have the same text.")
    if correct == 0:
        return _("Mark at least one option as correct.")
    if kind in (SINGLE, TRUE_FALSE) and correct != 1:
        return _("A single-choice or true/false question has exactly one correct option.")
    if kind == TRUE_FALSE and len(texts) != 2:
        return _("A true/false question has exactly two options.")
    if kind == MULTIPLE and correct == len(texts):
        return _("A multiple-choice question needs at least one wrong option.")
    return None
