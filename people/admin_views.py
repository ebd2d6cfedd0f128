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
