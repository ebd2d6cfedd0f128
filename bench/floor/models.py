"""The floors the pages are measured against (bench settings only, never in the site)."""

from wagtail.fields import RichTextField
from wagtail.models import Page


class PlainPage(Page):
    """A plain Wagtail page with one rich-text field, in the site's own layout."""

    body = RichTextField(blank=True)
    template = "bench/plain_page.html"
    parent_page_types = ["lms.HomePage"]

    class Meta:
        app_label = "floor"
