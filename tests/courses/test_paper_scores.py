"""The one reader of paper test scores (issue 15, finding 8): the sign-in sheet and the
trainer's register take a score on the training's scale (10 or 100) and store it out of
100, rounded half up to 2 decimals."""

from decimal import Decimal

from django.utils import translation

import pytest

from courses import paper_scores
from courses.paper_scores import ScoreError


@pytest.mark.parametrize(
    ("text", "scale", "stored"),
    [
        ("7,5", 10, "75"),
        ("7.5", 10, "75"),
        (" 6,5 ", 10, "65"),
        ("10", 10, "100"),
        ("0", 10, "0"),
        ("6,555", 10, "65.55"),
        ("75%", 10, "75"),  # a percentage is out of 100 on any scale
        ("7,5", 100, "7.5"),
        ("7.5", 100, "7.5"),
        ("75%", 100, "75"),
        ("75 %", 100, "75"),
        ("100", 100, "100"),
        ("2.675", 100, "2.68"),  # half up, not to even and not through a float
        ("2,665", 100, "2.67"),
        ("0,125", 10, "1.25"),
        ("0,0125", 10, "0.13"),
    ],
)
def test_a_score_is_stored_out_of_100_rounded_half_up(text, scale, stored):
    score = paper_scores.parse(text, scale)
    assert score.stored == Decimal(stored)
    assert score.stored.as_tuple().exponent == -2  # always 2 decimals, as the field keeps
    assert score.written == text.strip()
    assert score.scale == scale


def test_an_empty_box_is_no_score():
    assert paper_scores.parse("", 10) is None
    assert paper_scores.parse("   ", 100) is None
    assert paper_scores.parse(None, 100) is None


@pytest.mark.parametrize("text", ["bảy", "7,5 điểm", "NaN", "Infinity", "1e2", "7,5,1", "%"])
def test_what_is_not_a_number_is_refused(text):
    with pytest.raises(ScoreError) as error:
        paper_scores.parse(text, 10)
    assert error.value.kind == ScoreError.NOT_A_NUMBER
    with translation.override("vi"):
        assert str(error.value.message) == f"“{text}” không phải là số."


@pytest.mark.parametrize(
    ("text", "scale", "bound"),
    [("-1", 10, "10"), ("10,01", 10, "10"), ("101", 100, "100"), ("120%", 10, "100%")],
)
def test_out_of_range_is_refused_naming_the_scale(text, scale, bound):
    with pytest.raises(ScoreError) as error:
        paper_scores.parse(text, scale)
    assert error.value.kind == ScoreError.OUT_OF_RANGE
    with translation.override("vi"):
        assert f"từ 0 đến {bound}" in str(error.value.message)
    with translation.override("en"):
        assert f"from 0 to {bound}" in str(error.value.message)


def test_a_score_out_of_100_on_a_10_point_training_says_which_scale_to_set():
    with pytest.raises(ScoreError) as error:
        paper_scores.parse("85", 10)
    assert error.value.looks_out_of_100
    with translation.override("vi"):
        message = str(error.value.message)
    assert "“85”" in message and "từ 0 đến 10" in message and "thang 100" in message
    with pytest.raises(ScoreError) as error:
        paper_scores.parse("8 5", 10)  # spaces inside, as a typo may leave them
    assert error.value.looks_out_of_100
    with pytest.raises(ScoreError) as error:
        paper_scores.parse("185", 10)
    assert not error.value.looks_out_of_100
    with pytest.raises(ScoreError) as error:
        paper_scores.parse("101", 100)
    assert not error.value.looks_out_of_100


def test_the_score_says_what_was_done():
    with translation.override("vi"):
        assert paper_scores.parse("6,5", 10).description == "6,5/10 → 65"
        assert paper_scores.parse("8.25", 10).description == "8.25/10 → 82,5"
        assert paper_scores.parse("75%", 10).description == "75% → 75"
        assert paper_scores.parse("7,5", 100).description == "7,5/100 → 7,5"
    with translation.override("en"):
        assert paper_scores.parse("6,5", 10).description == "6,5/10 → 65"


@pytest.mark.parametrize(
    ("stored", "scale", "shown_vi", "shown_en"),
    [
        ("65.00", 10, "6,5", "6.5"),
        ("75", 10, "7,5", "7.5"),
        ("65.55", 10, "6,555", "6.555"),
        ("100.00", 10, "10", "10"),
        ("100.00", 100, "100", "100"),
        ("45.50", 100, "45,5", "45.5"),
        ("0.00", 10, "0", "0"),
    ],
)
def test_a_stored_score_is_shown_on_the_scale_and_reads_back_the_same(
    stored, scale, shown_vi, shown_en
):
    with translation.override("vi"):
        assert paper_scores.shown(Decimal(stored), scale) == shown_vi
    with translation.override("en"):
        assert paper_scores.shown(Decimal(stored), scale) == shown_en
    assert paper_scores.parse(shown_vi, scale).stored == Decimal(stored)
    assert paper_scores.parse(shown_en, scale).stored == Decimal(stored)
    assert paper_scores.shown(None, scale) == ""


def test_scores_that_look_out_of_10():
    looks = paper_scores.look_out_of_10
    assert looks([Decimal("6.5"), Decimal("8.5"), Decimal("9")])
    assert looks([Decimal(n) for n in ("5.5", "8", "10", "0")])
    assert not looks([Decimal("6.5"), Decimal("8.5")])  # too few to tell
    assert not looks([Decimal("6.5"), Decimal("8.5"), Decimal("65")])
    assert not looks([])
