"""The learner's own pages under /me/: profile, my data, deleting the account."""

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from people.forms import ProfileForm
from people.models import DataExport
from people.selectors import personal_data
from people.services import account_erase, export_record, person_for_user


def _safe_next(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    person = person_for_user(user=request.user)
    form = ProfileForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect(_safe_next(request, "/me/"))
    return render(request, "people/profile.html", {"form": form, "next": _safe_next(request, "")})


@login_required
def my_data(request):
    return render(request, "people/my_data.html", {})


@login_required
def my_data_json(request):
    person = person_for_user(user=request.user)
    export_record(request, DataExport.Kind.OWN_DATA, person.full_name)
    data = {
        "exported_at": timezone.now().isoformat(),
        "note": _("Everything this platform holds about you."),
        **personal_data(person),
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    stamp = timezone.localdate().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="du-lieu-cua-toi-{stamp}.json"'
    return response


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=gettext_lazy("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        account_erase(user=request.user)
        logout(request)
        messages.success(request, _("Your account and personal details have been deleted."))
        return redirect("/")
    return render(request, "people/delete_account.html", {"form": form})
