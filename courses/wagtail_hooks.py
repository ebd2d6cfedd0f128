"""Question banks and quizzes in the Wagtail admin, limited to the courses an editor
may author; the admin menu entries of the learning side."""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import admin_views, authoring, quiz_views, staff_admin, training_selectors
from courses.models import Question, Quiz
from courses.selectors import authored_courses, may_author_course
from people.admin_views import DepartmentMenuItem
from people.selectors import is_trainer


class CourseScopedPolicy(ModelPermissionPolicy):
    """Model permissions, and on top of them the course: a trainer may touch only the
    question banks and quizzes of their tracks' courses (bulk actions ask this too)."""

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and may_author_course(user, instance.course)

    def instances_user_has_any_permission_for(self, user, actions):
        return (
            super()
            .instances_user_has_any_permission_for(user, actions)
            .filter(course__in=authored_courses(user).values("pk"))
        )


register_permission_policy(Question, CourseScopedPolicy(Question))
register_permission_policy(Quiz, CourseScopedPolicy(Quiz))


def _authored(queryset, user):
    return queryset.filter(course__in=authored_courses(user).values("pk"))


class CourseScopedChooseView(ChooseView):
    def get_object_list(self):
        return _authored(super().get_object_list(), self.request.user)


class CourseScopedChooseResultsView(ChooseResultsView):
    def get_object_list(self):
        return _authored(super().get_object_list(), self.request.user)


class CourseScopedChosenView(SnippetChosenView):
    def get_object(self, pk):
        return _authored(self.model_class.objects.all(), self.request.user).get(pk=pk)


class CourseScopedChosenMultipleView(SnippetChosenMultipleView):
    def get_objects(self, pks):
        return _authored(super().get_objects(pks), self.request.user)


class CourseScopedChooserViewSet(SnippetChooserViewSet):
    """The chooser modal (used wherever a question or quiz is picked), its search results
    and the "chosen" answers list and return only objects of the editor's courses."""

    choose_view_class = CourseScopedChooseView
    choose_results_view_class = CourseScopedChooseResultsView
    chosen_view_class = CourseScopedChosenView
    chosen_multiple_view_class = CourseScopedChosenMultipleView


class CourseScopedViewSet(SnippetViewSet):
    """Every view addressing one object (edit, delete, copy, history, usage, preview…)
    refuses objects of other courses, and the listing and the chooser show only the
    editor's courses."""

    chooser_viewset_class = CourseScopedChooserViewSet

    def get_queryset(self, request):
        return _authored(self.model.objects.all(), request.user)

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            if "<str:pk>" in str(pattern.pattern) or "<int:pk>" in str(pattern.pattern):
                pattern.callback = self._scoped(pattern.callback)
        return patterns

    def _scoped(self, view):
        model = self.model

        @wraps(view)
        def scoped_view(request, *args, **kwargs):
            instance = get_object_or_404(model, pk=unquote(str(kwargs["pk"])))
            if not may_author_course(request.user, instance.course):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return scoped_view


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = Question
        fields = ["course", "kind"]


class QuestionViewSet(CourseScopedViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["text", "course", "kind"]
    search_fields = ["text"]
    filterset_class = QuestionFilterSet
    ordering = ["course", "pk"]


class QuizFilterSet(WagtailFilterSet):
    class Meta:
        model = Quiz
        fields = ["course", "kind"]


class QuizViewSet(CourseScopedViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quizzes")
    list_display = ["title", "course", "kind", "pass_mark", "max_attempts"]
    filterset_class = QuizFilterSet


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = _("Question banks")
    menu_icon = "help"
    menu_order = 210
    items = (QuestionViewSet, QuizViewSet)


register_snippet(QuestionBankGroup)


@hooks.register("register_admin_urls")
def question_bank_urls():
    return [
        path("question-bank/", admin_views.bank_index, name="question_bank_index"),
        path(
            "question-bank/template.xlsx",
            admin_views.bank_template,
            name="question_bank_template",
        ),
        path(
            "question-bank/<int:course_id>/export.xlsx",
            admin_views.bank_export,
            name="question_bank_export",
        ),
        path(
            "question-bank/<int:course_id>/import/",
            admin_views.bank_import,
            name="question_bank_import",
        ),
    ]


@hooks.register("register_admin_menu_item")
def question_bank_menu_item():
    return MenuItem(
        _("Import / export questions"),
        reverse("question_bank_index"),
        icon_name="download",
        order=211,
    )


class TrainingsMenuItem(MenuItem):
    def is_shown(self, request):
        return training_selectors.training_scope(request.user) is not None


@hooks.register("register_admin_menu_item")
def trainings_menu_item():
    # The training pages live on the site (they are used on phones in the training room).
    return TrainingsMenuItem(
        _("In-person trainings"), reverse("training_manage_list"), icon_name="group", order=220
    )


@hooks.register("register_admin_menu_item")
def staff_menu_item():
    return DepartmentMenuItem(
        _("Roles and tracks"), reverse("staff_index"), icon_name="user", order=260
    )


@hooks.register("register_admin_urls")
def staff_urls():
    return [
        path("roles/", staff_admin.staff_index, name="staff_index"),
        path("roles/<int:user_id>/", staff_admin.staff_edit, name="staff_edit"),
    ]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("lms.access_changed", _("Change roles"), _("Roles and tracks changed"))


class TrainerDashboardPanel(Component):
    """The trainer's start page: drafts not yet submitted, enrolments, recent results.
    (Pages already in review are in Wagtail's own "in a workflow" panel above it.)"""

    name = "trainer_dashboard"
    template_name = "courses/admin/trainer_dashboard_panel.html"
    order = 205

    def __init__(self, overview):
        self.overview = overview

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        context.update(self.overview)
        return context


@hooks.register("construct_homepage_panels")
def trainer_dashboard_panel(request, panels):
    if is_trainer(request.user):
        panels.append(TrainerDashboardPanel(authoring.trainer_dashboard(request.user)))


@hooks.register("register_admin_urls")
def quiz_preview_urls():
    return [path("quiz-preview/score/", quiz_views.quiz_preview_score, name="quiz_preview_score")]
