"""The site shell: home page, plain content pages and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from common.blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from common.search import folded_text


class HomePage(Page):
    """The front page: the training tracks, a word on the programme, the hotlines."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(_("about the programme"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.TrackIndexPage", "lms.ContentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import track_list
        from courses.training_selectors import upcoming_trainings

        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = track_list()
        context["trainings"] = upcoming_trainings(limit=6)
        return context


class ContentPage(Page):
    """A plain page: public awareness material, the privacy notice, about the programme."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"), blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("search_folded"),
    ]
    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]

    parent_page_types = ["lms.HomePage", "lms.ContentPage"]
    subpage_types = ["lms.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.body)


class HotlineBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    number = blocks.CharBlock(label=_("Number"), max_length=30)
    description = blocks.CharBlock(label=_("Description"), max_length=200, required=False)

    class Meta:
        icon = "mail"
        label = _("Hotline")
        description = _("A telephone line where someone in danger gets help; shown on every page.")
        preview_value = {
            "name": "Tổng đài quốc gia bảo vệ trẻ em",
            "number": "111",
            "description": "Miễn phí, 24 giờ mỗi ngày",
        }
        preview_template = "blocks/previews/hotline.html"


@register_setting(icon="warning")
class SafetySettings(BaseSiteSetting):
    """Hotlines in the footer and where the quick-exit button leads."""

    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt",
        help_text=_("A neutral site the quick-exit button opens at once, such as a weather page."),
    )
    hotlines = StreamField(
        [("hotline", HotlineBlock())],
        verbose_name=_("hotlines"),
        blank=True,
        help_text=_("Shown in the footer of every page. Check each number before publishing."),
    )

    panels = [FieldPanel("quick_exit_url"), FieldPanel("hotlines")]

    class Meta:
        verbose_name = _("safety and hotlines")
