from django import template

from people.selectors import is_department_officer, is_district_officer

register = template.Library()


@register.simple_tag
def may_see_reports(user) -> bool:
    return is_department_officer(user) or is_district_officer(user)
