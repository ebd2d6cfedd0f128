"""Bar charts drawn on the server as inline SVG: no script, no CDN. The page always shows
the same numbers in a table beside the chart."""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 250
BAR_AREA = 300
VALUE_WIDTH = 60


def bar_chart(items: list[tuple[str, int]]) -> SafeString:
    """Horizontal bars for (label, value) pairs, scaled to the largest value."""
    if not items:
        return SafeString("")
    largest = max(value for _label, value in items) or 1
    height = len(items) * (BAR_HEIGHT + GAP)
    width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH
    bars = format_html_join(
        "",
        '<g transform="translate(0,{})"><text x="{}" y="{}" text-anchor="end" class="chart__label">'
        '{}</text><rect x="{}" y="0" width="{}" height="{}" class="chart__bar"></rect>'
        '<text x="{}" y="{}" class="chart__value">{}</text></g>',
        (
            (
                index * (BAR_HEIGHT + GAP),
                LABEL_WIDTH - 8,
                BAR_HEIGHT - 6,
                label,
                LABEL_WIDTH,
                round(BAR_AREA * value / largest),
                BAR_HEIGHT,
                LABEL_WIDTH + round(BAR_AREA * value / largest) + 6,
                BAR_HEIGHT - 6,
                value,
            )
            for index, (label, value) in enumerate(items)
        ),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-hidden="true" '
        'preserveAspectRatio="xMinYMin meet">{}</svg>',
        width,
        height,
        bars,
    )
