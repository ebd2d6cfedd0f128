from django import template

from people.selectors import is_department_officer, is_district_officer

register = template.Library()


@register.simple_tag
def may_see_reports(user) -> bool:
    return is_department_officer(user) or is_district_officer(user)


@register.filter
def mm_to_pt(value) -> str:
    """Millimetres as points, for xhtml2pdf attributes that take only points (hr width)."""
    return f"{float(value) * 72 / 25.4:.1f}"


@register.filter
def index(values, position):
    return values[position]
