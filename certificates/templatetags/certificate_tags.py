from django import template

from certificates.models import Certificate
from certificates.selectors import certificates_of_person

register = template.Library()


@register.inclusion_tag("certificates/includes/my_certificates.html")
def my_certificates(person):
    """The certificates section of /me/ (kept here so `courses` needs no certificates code)."""
    return {"certificates": list(certificates_of_person(person))}


@register.simple_tag
def training_certificate_count(training) -> int:
    """Valid certificates issued for an in-person training (for its staff page)."""
    return Certificate.objects.valid().filter(training=training).count()
