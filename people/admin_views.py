"""Admin → Settings → Data downloads: the department reads who downloaded what."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.admin.menu import MenuItem

from people.models import DataExport
from people.selectors import is_department_officer

PAGE_SIZE = 50


class DepartmentMenuItem(MenuItem):
    """An admin menu entry only department officers see."""

    def is_shown(self, request):
        return is_department_officer(request.user)


def data_exports(request):
    if not is_department_officer(request.user):
        raise PermissionDenied
    kind = request.GET.get("kind", "")
    query = request.GET.get("q", "").strip()
    rows = DataExport.objects.order_by("-at", "-pk")
    if kind in DataExport.Kind.values:
        rows = rows.filter(kind=kind)
    if query:
        rows = rows.filter(user_email__icontains=query)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "people/admin/data_exports.html",
        {"page_obj": page, "kind": kind, "query": query, "kinds": DataExport.Kind.choices},
    )


def link_requests(request):
    """Accounts that may belong to someone recorded before: the department compares the
    facts and answers "the same person" (the records are merged) or "not"."""
    from django.contrib import messages
    from django.shortcuts import get_object_or_404, redirect
    from django.utils.translation import gettext as _

    from people.models import PersonLinkRequest
    from people.services import PersonRefused, link_request_decide

    if not is_department_officer(request.user):
        raise PermissionDenied
    if request.method == "POST":
        link = get_object_or_404(PersonLinkRequest, pk=request.POST.get("request"))
        same = request.POST.get("answer") == "same"
        try:
            kept = link_request_decide(link=link, same=same, by=request.user)
        except PersonRefused as refusal:
            messages.error(request, refusal.message)
        else:
            if same:
                messages.success(
                    request, _("%(name)s: the records are now one person.") % {"name": kept}
                )
            else:
                messages.success(request, _("Kept apart: they are different people."))
        return redirect("person_link_requests")
    pending = PersonLinkRequest.objects.filter(
        status=PersonLinkRequest.Status.PENDING
    ).select_related(
        "account_person__user",
        "account_person__district",
        "record__district",
    )
    page = Paginator(pending, PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(request, "people/admin/link_requests.html", {"page_obj": page})
