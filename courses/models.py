"""Learning content as Wagtail pages: track index -> track -> course -> lesson."""

from decimal import Decimal

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PreviewableMixin
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from common.blocks import RICH_TEXT_FEATURES, LessonStreamBlock
from common.search import folded_text
from courses import scoring
from courses.forms import QuestionAdminForm, QuizAdminForm
from courses.panels import CourseChecklistPanel, ReadingTimePanel
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

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

    def route(self, request, path_components):
        """Find track, course and lesson with one query each, instead of Wagtail's two per
        level (the child, then its specific object): lesson pages are the most read.

        Anything else (a slug that is no page, routes of a course or lesson such as
        `quiz/3/`) ends in the page's own `route`, exactly as Wagtail would do it."""
        page, remaining = self, list(path_components)
        for model in (TrackPage, CoursePage, LessonPage):
            if not remaining:
                break
            child = model.objects.filter(
                url_path=f"{page.url_path}{remaining[0]}/", depth=page.depth + 1
            ).first()
            if child is None:
                break
            child._cached_parent_obj = page  # treebeard's get_parent() then needs no query
            page, remaining = child, remaining[1:]
        if page is self:
            return super().route(request, path_components)
        return page.route(request, remaining)

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


class TrackTeam(models.Model):
    """The trainers of a track: a group holding Wagtail page permissions on the track.

    Wagtail grants page permissions to groups, so each track gets its own group; being in
    it is what "assigned to the track" means everywhere (authoring, learner lists,
    certificates). Department officers assign trainers at Admin → Roles and tracks.
    """

    track = models.OneToOneField(
        TrackPage, verbose_name=_("track"), on_delete=models.CASCADE, related_name="team"
    )
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="track_team"
    )

    class Meta:
        verbose_name = _("track team")
        verbose_name_plural = _("track teams")

    def __str__(self):
        return self.group.name


class CoursePage(RoutablePageMixin, Page):
    """A course of a track: a sequence of lessons.

    Its routes (enrol, resume, learners) are served by `courses.views`.
    """

    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown in course lists.")
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the course covers and how it is organised; shown on the course page."),
    )
    objectives = StreamField(
        OBJECTIVES_BLOCK,
        verbose_name=_("objectives"),
        blank=True,
        help_text=_("What a learner can do after the course, one objective per item."),
    )
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
        CourseChecklistPanel(heading=_("What the course still needs")),
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

    @property
    def preview_modes(self):
        return [
            ("enrolled", _("As an enrolled learner")),
            ("visitor", _("As a learner before enrolling")),
        ]

    @property
    def default_preview_mode(self):
        return "enrolled"

    def serve_preview(self, request, mode_name):
        from courses.views import course_page

        return course_page(request, self, preview_as=mode_name or "enrolled")

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

    @path("quiz/<int:quiz_id>/")
    def quiz_view(self, request, quiz_id):
        from courses.quiz_views import quiz_page

        return quiz_page(request, self, quiz_id)

    @path("quiz/<int:quiz_id>/start/")
    def quiz_start_view(self, request, quiz_id):
        from courses.quiz_views import quiz_start

        return quiz_start(request, self, quiz_id)

    @path("quiz/<int:quiz_id>/attempt/<int:attempt_id>/submit/")
    def quiz_submit_view(self, request, quiz_id, attempt_id):
        from courses.quiz_views import quiz_submit

        return quiz_submit(request, self, quiz_id, attempt_id)

    @path("quiz/<int:quiz_id>/attempt/<int:attempt_id>/")
    def quiz_result_view(self, request, quiz_id, attempt_id):
        from courses.quiz_views import quiz_result

        return quiz_result(request, self, quiz_id, attempt_id)

    @path("results/")
    def results_view(self, request):
        from courses.quiz_views import course_results

        return course_results(request, self)

    @path("results/csv/")
    def results_csv_view(self, request):
        from courses.quiz_views import course_results_csv

        return course_results_csv(request, self)

    @path("learners/csv/")
    def learners_csv_view(self, request):
        from courses.views import course_learners_csv

        return course_learners_csv(request, self)


class LessonPage(RoutablePageMixin, Page):
    """One lesson: the content a learner reads in one sitting.

    Lessons of a course need enrolment unless the course is public (`courses.views`).
    """

    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence on what the lesson teaches; shown in the course's lesson list."),
    )
    body = StreamField(
        LessonStreamBlock(),
        verbose_name=_("content"),
        help_text=_(
            "Short paragraphs read best on a phone. Add case scenarios, checklists and "
            "call-outs; put distressing details behind a content note."
        ),
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time (minutes)"), default=0, editable=False
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("search_folded"),
    ]
    content_panels = Page.content_panels + [
        ReadingTimePanel(heading=_("Estimated reading time")),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def search_folded(self) -> str:
        return folded_text(self.title, self.summary, self.body)

    def save(self, *args, **kwargs):
        from courses.authoring import reading_minutes

        self.reading_minutes = reading_minutes(self.body)
        return super().save(*args, **kwargs)

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
    # The learner's facts when they completed the course: reports count the completion
    # there, so a later move or change of job never rewrites a year already reported.
    completed_place = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("place at completion"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    completed_organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation at completion"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    completed_target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group at completion"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

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


# ---------------------------------------------------------------------------
# Quizzes: question bank per course, quizzes drawn from it, attempts and responses.


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(ClusterableModel):
    """A question of a course's bank. Options are edited inline."""

    class Kind(models.TextChoices):
        SINGLE = scoring.SINGLE, _("Single choice")
        MULTIPLE = scoring.MULTIPLE, _("Multiple choice")
        TRUE_FALSE = scoring.TRUE_FALSE, _("True / false")

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="questions",
        help_text=_("The course whose question bank holds this question."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=12,
        choices=Kind.choices,
        default=Kind.SINGLE,
        help_text=_(
            "Single choice: one correct option. Multiple choice: one or more. "
            "True / false: two options."
        ),
    )
    text = models.TextField(
        _("question"),
        help_text=_("Ask one thing, in plain words; avoid double negatives."),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Shown when the learner reviews the attempt: why the answer is right."),
    )
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("For example the lesson the question comes from; quizzes can draw by tag."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    base_form_class = QuestionAdminForm
    panels = [
        FieldPanel("course"),
        FieldPanel("kind"),
        FieldPanel("text"),
        InlinePanel("options", label=_("Options"), min_num=2),
        FieldPanel("explanation"),
        FieldPanel("tags"),
    ]

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["course", "pk"]

    def __str__(self):
        return self.text[:80]

    def key(self) -> scoring.QuestionKey:
        """Needs `options` prefetched to stay at one query for a whole quiz."""
        options = list(self.options.all())
        return scoring.QuestionKey(
            id=self.pk,
            kind=self.kind,
            option_ids=frozenset(option.pk for option in options),
            correct_ids=frozenset(option.pk for option in options if option.is_correct),
        )


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(
        _("option"), max_length=500, help_text=_("One answer the learner can choose.")
    )
    is_correct = models.BooleanField(
        _("correct"),
        default=False,
        help_text=_("Tick every correct option; single-choice questions have exactly one."),
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text


class Quiz(PreviewableMixin, ClusterableModel):
    """A test attached to a course: which questions, how scored, what the learner sees.

    Its Wagtail preview lets an author take it as a learner would; nothing is stored.
    """

    class Kind(models.TextChoices):
        PRE_TEST = "pre", _("Pre-test")
        POST_TEST = "post", _("Post-test")
        PRACTICE = "practice", _("Practice")

    class Selection(models.TextChoices):
        RANDOM = "random", _("At random from the whole bank")
        TAGS = "tags", _("At random from questions with the chosen tags")
        FIXED = "fixed", _("A fixed list of questions")

    class Review(models.TextChoices):
        AFTER_EACH = "each", _("Show correct answers after each attempt")
        AFTER_PASS = "pass", _("Only after passing or after the last attempt")
        NEVER = "never", _("Never show correct answers")

    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="quizzes",
        help_text=_("The course the quiz belongs to; it draws from that course's question bank."),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("As learners see it, for example “Kiểm tra cuối khóa”."),
    )
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=Kind.choices,
        help_text=_(
            "Pre-test before the lessons (measures the starting point), post-test after "
            "them (passing it completes the course), or practice."
        ),
    )
    selection = models.CharField(
        _("questions"),
        max_length=10,
        choices=Selection.choices,
        default=Selection.RANDOM,
        help_text=_("How each attempt picks its questions."),
    )
    question_count = models.PositiveSmallIntegerField(
        _("number of questions"),
        default=10,
        help_text=_("How many questions each attempt draws (ignored for a fixed list)."),
    )
    tags = models.CharField(
        _("draw from tags"),
        max_length=300,
        blank=True,
        help_text=_("Comma-separated tags, when questions are drawn by tag."),
    )
    fixed_questions = ParentalManyToManyField(
        Question,
        verbose_name=_("fixed questions"),
        blank=True,
        related_name="+",
        help_text=_("Used only when the questions are a fixed list."),
    )
    shuffle_questions = models.BooleanField(
        _("shuffle questions"),
        default=True,
        help_text=_("Each learner gets the questions in a different order."),
    )
    shuffle_options = models.BooleanField(
        _("shuffle options"),
        default=True,
        help_text=_("Each learner gets the options of a question in a different order."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MaxValueValidator(100)],
        help_text=_("The share of the points needed to pass, from 0 to 100."),
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"),
        default=3,
        help_text=_(
            "0 means unlimited (not advised: each attempt's score tells a little about the "
            "answers). A pre-test is always taken once."
        ),
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Empty: no time limit.")
    )
    review = models.CharField(
        _("review"),
        max_length=10,
        choices=Review.choices,
        default=Review.AFTER_PASS,
        help_text=_("When learners may see the correct answers and explanations."),
    )
    partial_credit = models.BooleanField(
        _("partial credit for multiple choice"),
        default=False,
        help_text=_(
            "A multiple-choice answer earns the share of correct options picked, less the "
            "share of wrong picks; otherwise only the exact set of correct options counts."
        ),
    )

    base_form_class = QuizAdminForm
    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("selection"),
                FieldPanel("question_count"),
                FieldPanel("tags"),
                FieldPanel("fixed_questions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
            ],
            heading=_("Questions"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("review"),
                FieldPanel("partial_credit"),
            ],
            heading=_("Rules"),
        ),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["course", "kind", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(pass_mark__lte=100), name="quiz_pass_mark_max_100"),
        ]

    def __str__(self):
        return self.title

    @property
    def attempt_limit(self) -> int:
        """Attempts a learner may make (0: unlimited). A pre-test is taken once: it
        measures what the learner knew before, and retaking it with its score shown would
        reveal the answers of the bank the post-test draws from."""
        return 1 if self.kind == self.Kind.PRE_TEST else self.max_attempts

    def tag_list(self) -> list[str]:
        return [tag.strip() for tag in self.tags.split(",") if tag.strip()]

    @property
    def preview_modes(self):
        return [("", _("As a learner"))]

    def get_preview_template(self, request, mode_name):
        return (
            "courses/quiz_take.html" if self.course_id else "courses/admin/quiz_preview_empty.html"
        )

    def get_preview_context(self, request, mode_name):
        from courses.quiz_views import preview_context

        return preview_context(request, self)


class QuizAttempt(models.Model):
    """One sitting of a quiz. Its questions and option order are fixed when it starts."""

    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="quiz_attempts")
    number = models.PositiveSmallIntegerField(_("attempt"))
    kind = models.CharField(_("kind"), max_length=10, choices=Quiz.Kind.choices)
    layout = models.JSONField(
        _("questions and option order"), help_text="[[question id, [option ids]], …]"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    expired = models.BooleanField(_("time ran out"), default=False)
    score = models.DecimalField(_("score"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    # Where the learner was when the attempt was submitted (knowledge gain counts it there).
    place = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("place when submitted"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["quiz", "person", "number"]
        constraints = [
            # The attempt limit holds under races: a number is taken once per person and quiz,
            # and a person has at most one unfinished attempt of a quiz.
            models.UniqueConstraint(
                fields=["quiz", "person", "number"], name="attempt_number_once"
            ),
            models.UniqueConstraint(
                fields=["quiz", "person"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt",
            ),
        ]

    def __str__(self):
        return f"{self.quiz} – {self.person} #{self.number}"

    @property
    def question_ids(self) -> list[int]:
        return [question_id for question_id, _options in self.layout]


class QuizResponse(models.Model):
    """The options a learner chose for one question, with the key as it was then."""

    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="responses")
    question = models.ForeignKey(Question, null=True, on_delete=models.SET_NULL, related_name="+")
    selected_option_ids = models.JSONField(default=list)
    correct_option_ids = models.JSONField(default=list)
    option_ids = models.JSONField(default=list)
    kind = models.CharField(max_length=12, choices=Question.Kind.choices)
    credit = models.DecimalField(max_digits=5, decimal_places=4)

    class Meta:
        verbose_name = _("quiz response")
        verbose_name_plural = _("quiz responses")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question"], name="one_response_per_question"
            )
        ]

    def __str__(self):
        return f"{self.attempt_id}:{self.question_id}"

    def key(self) -> scoring.QuestionKey:
        """The question's key at the time of the attempt, to re-score from stored data."""
        return scoring.QuestionKey(
            id=self.question_id or -self.pk,
            kind=self.kind,
            option_ids=frozenset(self.option_ids),
            correct_ids=frozenset(self.correct_option_ids),
        )


# In-person trainings live in their own module to keep this one about pages and quizzes.
from courses.training_models import (  # noqa: E402, F401
    AttendanceRecord,
    Attendee,
    AttendeeImport,
    CheckIn,
    Training,
    TrainingEvaluation,
)
