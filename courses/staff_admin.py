"""Admin → Roles and tracks: department officers give accounts their roles and assign
trainers to tracks. Writes go through `courses.services.staff_access_set`."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import selectors, services
from courses.models import TrackPage
from people import roles
from people.models import AdministrativeUnit, User
from people.selectors import is_department_officer

PAGE_SIZE = 50


class UnitChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, unit):
        return f"{unit.name} ({unit.code})"


class StaffAccessForm(forms.Form):
    """What a department officer sets for one account: its roles, for a trainer the
    tracks whose courses they write, and for a district officer the units they see."""

    roles = forms.MultipleChoiceField(
        label=gettext_lazy("Roles"),
        choices=list(roles.ROLE_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "Trainers write courses of their tracks and run trainings; department officers "
            "approve content and see every report; district officers see the reports, "
            "learners and trainings of the units chosen below."
        ),
    )
    tracks = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Tracks (trainers only)"),
        queryset=TrackPage.objects.order_by("path"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "The trainer may write and submit courses and lessons under these tracks."
        ),
    )

    units = UnitChoiceField(
        label=gettext_lazy("Units (district officers only)"),
        queryset=AdministrativeUnit.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "The district officer sees the reports, learners and in-person trainings of these "
            "units only, whatever their own profile says."
        ),
    )

    def __init__(self, *args, account, editor, **kwargs):
        super().__init__(*args, **kwargs)
        self.account = account
        self.editor = editor
        # Units in force, and any the account already has (closed since), so that saving
        # the form does not silently drop them. Not limited to districts: after the 2025
        # reform an officer's units are communes.
        self.fields["units"].queryset = (
            AdministrativeUnit.objects.exclude(level=AdministrativeUnit.Level.PROVINCE)
            .filter(
                Q(valid_until__isnull=True)
                | Q(valid_until__gte=timezone.localdate())
                | Q(officer_assignments__user=account)
            )
            .distinct()
            .order_by("level", "code")
        )

    def clean(self):
        cleaned = super().clean()
        chosen = set(cleaned.get("roles", []))
        if cleaned.get("tracks") and roles.TRAINER not in chosen:
            self.add_error("tracks", _("Only trainers are assigned to tracks: tick Trainer too."))
        # The units are part of the district-officer role: required with it, refused
        # without it (an officer's profile district no longer stands in for them).
        if roles.DISTRICT_OFFICER in chosen and not cleaned.get("units"):
            self.add_error(
                "units", _("Choose at least one administrative unit this district officer sees.")
            )
        if cleaned.get("units") and roles.DISTRICT_OFFICER not in chosen:
            self.add_error(
                "units",
                _("Only district officers are given units: tick District officer too."),
            )
        if self.account.pk == self.editor.pk and roles.DEPARTMENT_OFFICER not in chosen:
            self.add_error("roles", _("You cannot take away your own department role."))
        return cleaned


def _require_department(request):
    if not is_department_officer(request.user):
        raise PermissionDenied


def staff_index(request):
    _require_department(request)
    query = request.GET.get("q", "").strip()
    role = request.GET.get("role", "")
    if role not in roles.ROLE_LABELS:
        role = ""
    page = Paginator(selectors.staff_accounts(query=query, role=role), PAGE_SIZE).get_page(
        request.GET.get("p")
    )
    rows = [
        {
            "account": account,
            "roles": [
                roles.ROLE_LABELS[g.name]
                for g in account.groups.all()
                if g.name in roles.ROLE_LABELS
            ],
            "tracks": [
                g.track_team.track for g in account.groups.all() if hasattr(g, "track_team")
            ],
            "units": [row.unit for row in account.officer_units.all()],
        }
        for account in page
    ]
    return TemplateResponse(
        request,
        "courses/admin/staff_index.html",
        {
            "page_obj": page,
            "rows": rows,
            "query": query,
            "role": role,
            "role_choices": list(roles.ROLE_LABELS.items()),
        },
    )


def staff_edit(request, user_id: int):
    _require_department(request)
    account = get_object_or_404(User.objects.select_related("person__district"), pk=user_id)
    if account.is_superuser:
        raise PermissionDenied
    initial = {
        "roles": [
            name
            for name in account.groups.values_list("name", flat=True)
            if name in roles.ROLE_LABELS
        ],
        "tracks": list(selectors.trainer_tracks(account)),
        "units": list(
            AdministrativeUnit.objects.filter(officer_assignments__user=account).order_by("code")
        ),
    }
    form = StaffAccessForm(
        request.POST or None, initial=initial, account=account, editor=request.user
    )
    if request.method == "POST" and form.is_valid():
        services.staff_access_set(
            user=account,
            role_names=form.cleaned_data["roles"],
            tracks=form.cleaned_data["tracks"],
            units=form.cleaned_data["units"],
            changed_by=request.user,
        )
        messages.success(
            request, _("Roles and tracks of %(email)s were saved.") % {"email": account.email}
        )
        return redirect("staff_index")
    return TemplateResponse(
        request, "courses/admin/staff_edit.html", {"account": account, "form": form}
    )
