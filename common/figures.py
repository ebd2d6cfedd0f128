"""How report figures are rounded and written: official figures round half up (62,5 % is
63 %), never half to even as Python's round() and Decimal's default do."""

from decimal import ROUND_HALF_UP, Decimal


class Percent(int):
    """A whole percentage. It is an int (templates and tests compare it as one), prints as
    "63%" in CSV, PDF and Word, and goes into a workbook as the number 0.63 with a % format
    (`fraction`), so a spreadsheet can still add it up."""

    def __str__(self):
        return f"{int(self)}%"

    @property
    def fraction(self) -> Decimal:
        return Decimal(int(self)) / 100


def share(people: int, goal: int | None) -> Percent | None:
    """Percentage of a goal reached, rounded half up, or None without a goal."""
    if not goal:
        return None
    exact = Decimal(100 * people) / Decimal(goal)
    return Percent(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def one_decimal(value) -> Decimal | None:
    """A figure to one decimal place, half up (knowledge gain in points)."""
    if value is None:
        return None
    return Decimal(value).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
