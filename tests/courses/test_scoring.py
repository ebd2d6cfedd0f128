"""Property tests of the pure scoring functions (no database)."""

import random
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from courses.scoring import MULTIPLE, SINGLE, TRUE_FALSE, QuestionKey, options_problem, quiz_score


@st.composite
def question_keys(draw, start_id=1):
    kind = draw(st.sampled_from([SINGLE, MULTIPLE, TRUE_FALSE]))
    size = 2 if kind == TRUE_FALSE else draw(st.integers(min_value=2, max_value=6))
    option_ids = list(range(start_id * 10, start_id * 10 + size))
    if kind == MULTIPLE:
        correct = draw(st.sets(st.sampled_from(option_ids), min_size=1, max_size=size))
    else:
        correct = {draw(st.sampled_from(option_ids))}
    return QuestionKey(start_id, kind, frozenset(option_ids), frozenset(correct))


@st.composite
def quizzes(draw):
    count = draw(st.integers(min_value=1, max_value=30))
    keys = [draw(question_keys(start_id=n + 1)) for n in range(count)]
    responses = {
        key.id: draw(st.sets(st.sampled_from(sorted(key.option_ids)), max_size=len(key.option_ids)))
        for key in keys
        if draw(st.booleans())
    }
    return keys, responses


@given(quizzes(), st.booleans())
def test_scores_stay_between_0_and_100(quiz, partial):
    keys, responses = quiz
    result = quiz_score(keys, responses, partial_credit=partial)
    assert Decimal(0) <= result.score <= Decimal(100)
    assert all(Decimal(0) <= credit <= Decimal(1) for credit in result.credits.values())


@given(quizzes(), st.booleans())
def test_a_fully_correct_response_scores_100(quiz, partial):
    keys, _responses = quiz
    correct = {key.id: set(key.correct_ids) for key in keys}
    assert quiz_score(keys, correct, partial_credit=partial, pass_mark=100).score == 100


@given(quizzes(), st.booleans(), st.randoms())
def test_option_and_question_order_do_not_change_the_score(quiz, partial, rnd: random.Random):
    keys, responses = quiz
    shuffled_keys = list(keys)
    rnd.shuffle(shuffled_keys)
    shuffled_responses = {}
    for question_id, chosen in reversed(list(responses.items())):
        chosen = list(chosen)
        rnd.shuffle(chosen)
        shuffled_responses[question_id] = chosen
    original = quiz_score(keys, responses, partial_credit=partial)
    again = quiz_score(shuffled_keys, shuffled_responses, partial_credit=partial)
    assert again.score == original.score


@given(quizzes())
def test_an_empty_response_scores_0(quiz):
    keys, _responses = quiz
    assert quiz_score(keys, {}, partial_credit=True).score == 0


def test_partial_credit_for_multiple_choice():
    key = QuestionKey(1, MULTIPLE, frozenset({1, 2, 3, 4}), frozenset({1, 2}))
    assert quiz_score([key], {1: {1}}, partial_credit=True).score == Decimal("50.00")
    assert quiz_score([key], {1: {1}}, partial_credit=False).score == 0
    assert quiz_score([key], {1: {1, 3}}, partial_credit=True).score == 0
    assert quiz_score([key], {1: {1, 2, 3, 4}}, partial_credit=True).score == 0


def test_options_of_another_question_earn_nothing():
    key = QuestionKey(1, SINGLE, frozenset({1, 2}), frozenset({1}))
    assert quiz_score([key], {1: {99}}).score == 0


def test_pass_mark_decides_passed():
    keys = [
        QuestionKey(n, SINGLE, frozenset({n * 10, n * 10 + 1}), frozenset({n * 10}))
        for n in range(4)
    ]
    responses = {0: {0}, 1: {10}, 2: {20}, 3: {31}}
    assert quiz_score(keys, responses, pass_mark=75).passed
    assert not quiz_score(keys, responses, pass_mark=80).passed


def test_option_rules():
    assert options_problem(SINGLE, [("A", True)]) is not None
    assert options_problem(SINGLE, [("A", True), ("B", True)]) is not None
    assert options_problem(SINGLE, [("A", False), ("B", False)]) is not None
    assert options_problem(TRUE_FALSE, [("Đúng", True), ("Sai", False)]) is None
    assert options_problem(MULTIPLE, [("A", True), ("B", True), ("C", False)]) is None
    assert options_problem(MULTIPLE, [("A", True), ("a", False)]) is not None
