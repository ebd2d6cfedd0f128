"""Forms of the in-person training pages."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses import training_selectors
from courses.models import CoursePage, Training
from people import roles
from people.models import AdministrativeUnit, Organisation, User

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_SHEET_BYTES = 10 * 1024 * 1024


class TrainingForm(forms.ModelForm):
    class Meta:
        model = Training
        fields = [
            "format",
            "title",
            "track",
            "course",
            "organiser",
            "district",
            "venue",
            "starts_on",
            "ends_on",
            "hours",
            "trainers",
            "target_groups",
            "capacity",
            "pass_mark",
            "score_scale",
            "notes",
        ]
        widgets = {
            "starts_on": DATE_WIDGET,
            "ends_on": DATE_WIDGET,
            "trainers": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # A trainer runs and certifies trainings of their own tracks only: certificates
        # count in the track's figures.
        tracks = training_selectors.training_tracks(user)
        self.fields["track"].queryset = tracks
        course_in_tracks = Q(pk__in=[])
        for track in tracks:
            course_in_tracks |= Q(path__startswith=track.path)
        self.fields["course"].queryset = (
            CoursePage.objects.live().filter(course_in_tracks).order_by("path")
        )
        self.fields["organiser"].queryset = Organisation.objects.filter(is_active=True)
        self.fields["district"].queryset = AdministrativeUnit.objects.districts().active()
        self.fields["trainers"].queryset = User.objects.filter(
            groups__name=roles.TRAINER, is_active=True
        ).order_by("person__full_name", "email")
        self.fields["trainers"].label_from_instance = lambda user: (
            getattr(getattr(user, "person", None), "full_name", "") or user.email
        )
        if self.is_bound and "score_scale" not in self.data:
            # Posted without it (a page or script from before it existed): the training
            # keeps its scale, out of 100 for a new one.
            self.data = self.data.copy()
            self.data["score_scale"] = str(self.instance.score_scale)


class SheetUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Sign-in sheet (.xlsx or .csv)"),
        help_text=_("Columns in any order, with Vietnamese or English headers."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_SHEET_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError(_("Upload an .xlsx or .csv file."))
        return upload


class CheckInForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    phone = forms.CharField(
        label=_("Phone"),
        max_length=20,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )


RATING_CHOICES = [(n, str(n)) for n in range(1, 6)]


class EvaluationForm(forms.Form):
    content = forms.TypedChoiceField(
        label=_("The content"), choices=RATING_CHOICES, coerce=int, widget=forms.RadioSelect
    )
    trainers = forms.TypedChoiceField(
        label=_("The trainers"), choices=RATING_CHOICES, coerce=int, widget=forms.RadioSelect
    )
    organisation = forms.TypedChoiceField(
        label=_("The organisation"), choices=RATING_CHOICES, coerce=int, widget=forms.RadioSelect
    )
    usefulness = forms.TypedChoiceField(
        label=_("Usefulness for your work"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comments and suggestions"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Do not write names or anything that identifies you or others."),
    )
