from django import template

from people.selectors import is_department_officer, is_trainer

register = template.Library()


@register.simple_tag
def may_edit_pages(user) -> bool:
    """Whether to show Wagtail's editing bar: learners never need it, and checking
    Wagtail's permissions costs two queries on every page they read."""
    return user.is_authenticated and (is_department_officer(user) or is_trainer(user))
