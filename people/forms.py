from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import SignupForm as AllauthSignupForm

from people import identity
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup
from people.services import link_requests_open, person_for_user

OLDEST_BIRTH_YEAR = 1920
YOUNGEST_AGE = 15


class ProfileCleaning:
    """Field checks shared by the profile form and the sign-up form."""

    def clean_full_name(self):
        name = identity.normalise_name(self.cleaned_data["full_name"])
        if len(name) < 2:
            raise forms.ValidationError(_("Enter your full name."))
        return name

    def clean_birth_year(self):
        year = self.cleaned_data["birth_year"]
        this_year = timezone.localdate().year
        if year > this_year:
            raise forms.ValidationError(_("The year of birth cannot be in the future."))
        if year < OLDEST_BIRTH_YEAR or year > this_year - YOUNGEST_AGE:
            raise forms.ValidationError(
                _("Enter a year of birth between %(first)s and %(last)s.")
                % {"first": OLDEST_BIRTH_YEAR, "last": this_year - YOUNGEST_AGE}
            )
        return year

    def clean_phone(self):
        try:
            return identity.parse_phone(self.cleaned_data["phone"])
        except identity.InvalidPhone:
            raise forms.ValidationError(
                _("Enter a phone number of Viet Nam, for example 0912 345 678.")
            ) from None


class ProfileForm(ProfileCleaning, forms.ModelForm):
    """The profile every learner gives: what the programme's reports are counted by."""

    class Meta:
        model = Person
        fields = [
            "full_name",
            "sex",
            "birth_year",
            "district",
            "organisation",
            "target_group",
            "position",
            "phone",
        ]
        help_texts = {
            "full_name": _("As it should appear on your certificates, with diacritics."),
            "district": _("The district where you work."),
            "phone": _("Optional. Used only to match your in-person attendance records."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in Person.PROFILE_FIELDS:
            self.fields[name].required = True
        self.fields["sex"].choices = [("", "---------"), *Person.Sex.choices]
        self.fields["district"].queryset = AdministrativeUnit.objects.districts().active()
        self.fields["organisation"].queryset = Organisation.objects.filter(is_active=True)
        self.fields["target_group"].queryset = TargetGroup.objects.all()
        self.fields["birth_year"].widget = forms.NumberInput(attrs={"inputmode": "numeric"})
        self.fields["phone"].widget = forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"})
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        if self.instance.phone and not self.is_bound:
            self.initial["phone"] = identity.display_phone(self.instance.phone)

    def save(self, commit=True):
        person = super().save(commit)
        if commit:
            # A phone or name that matches someone recorded at a training goes to the
            # department to confirm; nothing is linked on the learner's word alone.
            link_requests_open(person=person)
        return person


class SignupForm(ProfileCleaning, AllauthSignupForm):
    """allauth's sign-up (email and password) plus the profile, saved together."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields.update(ProfileForm().fields)
        # Consent must be given explicitly (Decree 13/2023: silence is not consent).
        self.fields["privacy_consent"] = forms.BooleanField(
            label=_(
                "I have read the personal data notice and agree that my profile and learning "
                "records are processed for this training programme."
            ),
            required=True,
            error_messages={"required": _("Tick this box to agree before signing up.")},
        )

    def save(self, request):
        user = super().save(request)
        profile = {name: self.cleaned_data[name] for name in ProfileForm.Meta.fields}
        person = person_for_user(user=user, profile=profile)
        # Someone recorded before with the same email is linked once the email is
        # verified (people.receivers); other likely matches wait for the department.
        link_requests_open(person=person)
        return user
