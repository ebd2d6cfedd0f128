from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm

from courses import scoring


class QuestionAdminForm(WagtailAdminModelForm):
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


class QuizAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        selection = cleaned.get("selection")
        if selection == "tags" and not cleaned.get("tags", "").strip():
            self.add_error("tags", _("Name the tags to draw questions from."))
        if selection == "fixed" and not cleaned.get("fixed_questions"):
            self.add_error("fixed_questions", _("Choose the questions of the fixed list."))
        return cleaned
