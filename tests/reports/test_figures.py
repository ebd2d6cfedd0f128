"""How report figures are rounded and written (issue 15, finding 2): official figures round
half up, and a percentage stays a number in every export."""

from decimal import Decimal

import pytest

from common.figures import Percent, one_decimal, share


@pytest.mark.parametrize(
    ("people", "goal", "expected"),
    [(5, 8, 63), (1, 8, 13), (3, 8, 38), (1, 3, 33), (2, 3, 67), (0, 5, 0), (7, 7, 100)],
)
def test_shares_round_half_up(people, goal, expected):
    assert share(people, goal) == expected


def test_no_goal_has_no_share():
    assert share(4, None) is None and share(4, 0) is None


def test_one_decimal_rounds_half_up():
    assert one_decimal(Decimal("28.85")) == Decimal("28.9")
    assert one_decimal(Decimal("18.25")) == Decimal("18.3")
    assert one_decimal(Decimal("-0.05")) == Decimal("-0.1")


def test_a_percent_is_a_number_written_with_a_sign():
    value = Percent(63)
    assert value == 63 and isinstance(value, int)
    assert str(value) == "63%"
    assert value.fraction == Decimal("0.63")
