"""The reports: dashboard and its CSV, XLSX and PDF exports, all from `selectors.dashboard`.

Department officers see the province (and may narrow it to a district); district officers
see the units the department gave their role (and may narrow it to one of those), whatever
the query string says and whatever their own profile says; nobody else sees reports.
"""

import tempfile

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from people import selectors as people_selectors
from people.models import AdministrativeUnit, DataExport
from people.services import export_record
from reports import exports, selectors
from reports.charts import bar_chart
from reports.selectors.scope import FIRST_YEAR, period_from

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def report_scope(request) -> selectors.ReportScope:
    """The scope a request may see; refuses anyone who is not a report reader."""
    user = request.user
    code = request.GET.get("district", "")
    if people_selectors.is_department_officer(user):
        units = tuple(AdministrativeUnit.objects.districts().filter(code=code)[:1]) if code else ()
    elif people_selectors.is_district_officer(user):
        units = people_selectors.officer_units(user)
        if not units:
            raise PermissionDenied(_("No unit has been assigned to you yet: ask the department."))
        # One of their own units narrows the report; any other code is ignored, so the
        # scope never grows beyond the role.
        units = tuple(unit for unit in units if unit.code == code) or units
    else:
        raise PermissionDenied
    year, start, end, problem = period_from(
        request.GET.get("year", ""),
        request.GET.get("start", ""),
        request.GET.get("end", ""),
        today=timezone.localdate(),
    )
    request.report_period_problem = problem
    return selectors.ReportScope(year=year, units=units, start=start, end=end)


def _filename(scope, extension: str) -> str:
    place = "-".join(unit.code for unit in scope.units) or "toan-tinh"
    first, last = scope.days
    if (first, last) == (first.replace(month=1, day=1), first.replace(month=12, day=31)):
        period = str(scope.year)
    else:
        period = f"{first:%Y%m%d}-{last:%Y%m%d}"
    return f"bao-cao-dao-tao-{period}-{place}.{extension}"


@login_required
def dashboard(request):
    scope = report_scope(request)
    data = selectors.dashboard(scope)
    rows = data["table"]["rows"]
    if people_selectors.is_department_officer(request.user):
        choices = AdministrativeUnit.objects.districts().order_by("code")
    else:  # a local officer chooses among their own units, when they have several
        choices = people_selectors.officer_units(request.user)
    context = {
        "data": data,
        "scope": scope,
        "place": exports.place_label(scope),
        "query": request.GET.urlencode(),
        "years": range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1),
        "may_choose_district": people_selectors.is_department_officer(request.user)
        or len(choices) > 1,
        "whole_scope_label": _("Whole province")
        if people_selectors.is_department_officer(request.user)
        else _("All my units"),
        "districts": choices,
        "chosen_code": scope.units[0].code if len(scope.units) == 1 else "",
        "district_chart": bar_chart([(row["name"], row["total"]["people"]) for row in rows]),
        "month_chart": bar_chart(
            [(f"{month['month']:02d}/{month['year']}", month["people"]) for month in data["months"]]
        ),
        "period_problem": request.report_period_problem,
    }
    return render(request, "reports/dashboard.html", context)


@login_required
def export_csv(request):
    scope = report_scope(request)
    export_record(request, DataExport.Kind.REPORT, _filename(scope, "csv"))
    response = HttpResponse(
        exports.csv_export(selectors.dashboard(scope)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(scope, "csv")}"'
    return response


@login_required
def export_xlsx(request):
    scope = report_scope(request)
    export_record(request, DataExport.Kind.REPORT, _filename(scope, "xlsx"))
    # Written to a temporary file in constant memory (the certificate list can be long).
    out = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    exports.xlsx_export(scope, out)
    out.seek(0)
    return FileResponse(
        out, as_attachment=True, filename=_filename(scope, "xlsx"), content_type=XLSX
    )


@login_required
def export_pdf(request):
    scope = report_scope(request)
    export_record(request, DataExport.Kind.REPORT, _filename(scope, "pdf"))
    response = HttpResponse(
        exports.pdf_export(selectors.dashboard(scope)), content_type="application/pdf"
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(scope, "pdf")}"'
    return response
