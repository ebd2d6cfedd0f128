"""Learning content as Wagtail pages: track index -> track -> course -> lesson."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from lms.blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from lms.search import folded_text
from people import roles
from people.models import Person, TargetGroup

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
    trainers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainers"),
        blank=True,
        related_name="assigned_tracks",
        limit_choices_to={"groups__name": roles.TRAINER},
        help_text=_("Trainers who look after this track's courses and see their learners."),
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
    settings_panels = Page.settings_panels + [
        FieldPanel("trainers", widget=forms.CheckboxSelectMultiple),
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


class CoursePage(RoutablePageMixin, Page):
    """A course of a track: a sequence of lessons.

    Its routes (enrol, resume, learners) are served by `courses.views`.
    """

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
    is_public = models.BooleanField(
        _("public awareness material"),
        default=False,
        help_text=_(
            "Anyone may read the lessons without an account, and nothing is recorded. "
            "Use it for material meant for the community."
        ),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        verbose_name=_("open to"),
        blank=True,
        help_text=_("Leave empty to open the course to everyone; otherwise only these groups."),
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
        MultiFieldPanel(
            [
                FieldPanel("is_public"),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who may take the course"),
        ),
    ]
    parent_page_types = ["courses.TrackPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.description)

    @path("")
    def course_view(self, request):
        from courses.views import course_page

        return course_page(request, self)

    @path("enrol/")
    def enrol_view(self, request):
        from courses.views import enrol

        return enrol(request, self)

    @path("resume/")
    def resume_view(self, request):
        from courses.views import resume

        return resume(request, self)

    @path("learners/")
    def learners_view(self, request):
        from courses.views import course_learners

        return course_learners(request, self)

    @path("learners/csv/")
    def learners_csv_view(self, request):
        from courses.views import course_learners_csv

        return course_learners_csv(request, self)


class LessonPage(RoutablePageMixin, Page):
    """One lesson: the content a learner reads in one sitting.

    Lessons of a course need enrolment unless the course is public (`courses.views`).
    """

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

    @path("")
    def lesson_view(self, request):
        from courses.views import lesson_page

        return lesson_page(request, self)

    @path("complete/")
    def complete_view(self, request):
        from courses.views import lesson_complete

        return lesson_complete(request, self)


class Enrolment(models.Model):
    """A person taking a course online. Kept when the course page is deleted."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="enrolments"
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="enrolments",
    )
    course_title = models.CharField(_("course title at enrolment"), max_length=255)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "course"],
                condition=Q(course__isnull=False),
                name="enrolment_once_per_course",
            ),
        ]
        indexes = [models.Index(fields=["course", "last_activity_at"], name="enrolment_activity")]

    def __str__(self):
        return f"{self.person} – {self.course_title}"


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="completions")
    lesson = models.ForeignKey(
        LessonPage, null=True, on_delete=models.SET_NULL, related_name="completions"
    )
    lesson_title = models.CharField(_("lesson title"), max_length=255)
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        constraints = [
            models.UniqueConstraint(
                fields=["enrolment", "lesson"],
                condition=Q(lesson__isnull=False),
                name="lesson_completed_once",
            ),
        ]

    def __str__(self):
        return self.lesson_title
