from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses import scoring


class CourseScopedForm(WagtailAdminModelForm):
    """Offers only the courses the editor may author (trainers: their tracks' courses)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "course" in self.fields:
            from courses.selectors import authored_courses

            self.fields["course"].queryset = authored_courses(for_user).order_by("path")


class QuestionAdminForm(CourseScopedForm):
    """Checks the options as a whole when a question is saved in the admin."""

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("options")
        if formset is None or not formset.is_valid():
            return cleaned
        options = [
            (form.cleaned_data.get("text", ""), form.cleaned_data.get("is_correct", False))
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        problem = scoring.options_problem(cleaned.get("kind", ""), options)
        if problem:
            raise ValidationError(problem)
        return cleaned


class QuizAdminForm(CourseScopedForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "fixed_questions" in self.fields:
            # Only the quiz's own bank; a new quiz shows the banks of the editor's courses.
            questions = self.fields["fixed_questions"].queryset.filter(
                course__in=self.fields["course"].queryset
            )
            if self.instance.course_id:
                questions = questions.filter(course_id=self.instance.course_id)
            self.fields["fixed_questions"].queryset = questions

    def clean(self):
        cleaned = super().clean()
        selection = cleaned.get("selection")
        if selection == "tags" and not cleaned.get("tags", "").strip():
            self.add_error("tags", _("Name the tags to draw questions from."))
        if selection == "fixed" and not cleaned.get("fixed_questions"):
            self.add_error("fixed_questions", _("Choose the questions of the fixed list."))
        return cleaned
