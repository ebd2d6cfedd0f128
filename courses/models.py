"""Learning content as Wagtail pages: track index -> track -> course -> lesson."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from lms.search import folded_text

OBJECTIVES_BLOCK = [("objective", blocks.CharBlock(label=_("Objective"), max_length=300))]


class TrackIndexPage(Page):
    """Lists the programme's training tracks (plan, section III.3)."""

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.TrackPage"]
    max_count = 1

    class Meta:
        verbose_name = _("track index")

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import track_list

        context = super().get_context(request, *args, **kwargs)
        context["tracks"] = track_list()
        return context


class TrackPage(Page):
    """A training track: who it is for, what it teaches, and its courses."""

    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in track lists.")
    )
    audience = RichTextField(
        _("who it is for"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The groups of the plan this track trains and what they need it for."),
    )
    objectives = StreamField(
        OBJECTIVES_BLOCK,
        verbose_name=_("objectives"),
        blank=True,
        help_text=_("What a learner can do after the track, one objective per item."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("search_folded"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("audience"),
        FieldPanel("objectives"),
    ]
    parent_page_types = ["courses.TrackIndexPage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("track")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.audience)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_list_for_track

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_list_for_track(self)
        return context


class CoursePage(Page):
    """A course of a track: a sequence of lessons."""

    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in course lists.")
    )
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    objectives = StreamField(OBJECTIVES_BLOCK, verbose_name=_("objectives"), blank=True)
    estimated_hours = models.DecimalField(
        _("estimated hours"),
        max_digits=5,
        decimal_places=1,
        default=Decimal("1.0"),
        validators=[MinValueValidator(Decimal("0.5"))],
        help_text=_("Study time a learner needs for the whole course, in hours."),
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("search_folded"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("objectives"),
        FieldPanel("estimated_hours"),
    ]
    parent_page_types = ["courses.TrackPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.description)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_list_for_course

        context = super().get_context(request, *args, **kwargs)
        context["track"] = self.get_parent()
        context["lessons"] = lesson_list_for_course(self)
        return context


class LessonPage(Page):
    """One lesson: the content a learner reads in one sitting."""

    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("search_folded"),
    ]
    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.body)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(self))
        return context
