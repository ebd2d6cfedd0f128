"""Admin → Roles and tracks: department officers give accounts their roles and assign
trainers to tracks. Writes go through `courses.services.staff_access_set`."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import selectors, services
from courses.models import TrackPage
from people import roles
from people.models import User
from people.selectors import is_department_officer, person_of

PAGE_SIZE = 50


class StaffAccessForm(forms.Form):
    """What a department officer sets for one account: its roles and, for a trainer, the
    tracks whose courses they write."""

    roles = forms.MultipleChoiceField(
        label=gettext_lazy("Roles"),
        choices=list(roles.ROLE_LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=gettext_lazy(
            "Trainers write courses of their tracks and run trainings; department officers "
            "approve content and see every report; district officers see their district's "
            "reports."
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

    def __init__(self, *args, account, editor, **kwargs):
        super().__init__(*args, **kwargs)
        self.account = account
        self.editor = editor

    def clean(self):
        cleaned = super().clean()
        chosen = set(cleaned.get("roles", []))
        if cleaned.get("tracks") and roles.TRAINER not in chosen:
            self.add_error("tracks", _("Only trainers are assigned to tracks: tick Trainer too."))
        if roles.DISTRICT_OFFICER in chosen:
            person = person_of(self.account)
            if person is None or person.district_id is None:
                self.add_error(
                    "roles",
                    _("A district officer sees their profile's district: fill it in first."),
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
    }
    form = StaffAccessForm(
        request.POST or None, initial=initial, account=account, editor=request.user
    )
    if request.method == "POST" and form.is_valid():
        services.staff_access_set(
            user=account,
            role_names=form.cleaned_data["roles"],
            tracks=form.cleaned_data["tracks"],
            changed_by=request.user,
        )
        messages.success(
            request, _("Roles and tracks of %(email)s were saved.") % {"email": account.email}
        )
        return redirect("staff_index")
    return TemplateResponse(
        request, "courses/admin/staff_edit.html", {"account": account, "form": form}
    )
