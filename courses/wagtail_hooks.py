"""Question banks and quizzes in the Wagtail admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import admin_views
from courses.models import Question, Quiz


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = Question
        fields = ["course", "kind"]


class QuestionViewSet(SnippetViewSet):
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


class QuizViewSet(SnippetViewSet):
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
