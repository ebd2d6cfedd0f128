"""The annual report's text, as the department writes it."""

from django import forms
from django.utils.translation import gettext_lazy as _

from reports.annual import SECTION_TITLES


def _text(key: str) -> forms.CharField:
    return forms.CharField(
        label=SECTION_TITLES[key],
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("One paragraph per line."),
    )


class AnnualTextForm(forms.Form):
    implementation = _text("implementation")
    results = _text("results")
    difficulties = _text("difficulties")
    proposals = _text("proposals")
    document_number = forms.IntegerField(
        label=_("Document number"),
        required=False,
        min_value=1,
        max_value=99999,
        help_text=_("Given by the office's register; empty leaves room to write it by hand."),
    )
