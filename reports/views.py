"""The reports: dashboard and its CSV, XLSX and PDF exports, all from `selectors.dashboard`.

Department officers see the province (and may narrow it to a district); district officers
see the units the department gave their role (and may narrow it to one of those), whatever
the query string says and whatever their own profile says; nobody else sees reports.
"""

import tempfile
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from people import selectors as people_selectors
from people.models import AdministrativeUnit, DataExport
from people.services import export_record
from reports import annual, exports, selectors, services, word
from reports import sections as report_tables
from reports.charts import bar_chart
from reports.forms import AnnualTextForm
from reports.selectors.scope import FIRST_YEAR, period_from

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def report_scope(request, year: int | None = None) -> selectors.ReportScope:
    """The scope a request may see; refuses anyone who is not a report reader. `year`
    (from the path) replaces ?year=; out of the years reports cover it is not found."""
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
    this_year = timezone.localdate().year
    if year is not None:
        if not FIRST_YEAR <= year <= this_year + 1:
            raise Http404
        return selectors.ReportScope(year=year, units=units)
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
        "place": report_tables.place_label(scope),
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
        "annual_query": _annual_query(scope),
        "annual_warnings": annual.report_warnings(_whole_year(scope)),
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


def _whole_year(scope) -> selectors.ReportScope:
    """The annual report covers its whole year, whatever months the dashboard shows."""
    return selectors.ReportScope(year=scope.year, units=scope.units)


def _annual_query(scope) -> str:
    query = {"year": scope.year}
    if len(scope.units) == 1:
        query["district"] = scope.units[0].code
    return urlencode(query)


def _annual_document(request, extension: str):
    scope = _whole_year(report_scope(request))
    export_record(request, DataExport.Kind.REPORT, _filename(scope, extension))
    # A Vietnamese document whatever the reader's language, labels the selectors make too.
    with translation.override("vi"):
        return scope, annual.build(selectors.dashboard(scope))


@login_required
def export_pdf(request):
    scope, document = _annual_document(request, "pdf")
    response = HttpResponse(annual.render_pdf(document).pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{_filename(scope, "pdf")}"'
    return response


@login_required
def export_docx(request):
    scope, document = _annual_document(request, "docx")
    out = tempfile.TemporaryFile()  # noqa: SIM115 - FileResponse closes it
    word.render_docx(document, out)
    out.seek(0)
    return FileResponse(
        out, as_attachment=True, filename=_filename(scope, "docx"), content_type=DOCX
    )


def _history(narrative) -> list[dict]:
    """Who changed the text, when and what (newest first), from Wagtail's log."""
    if narrative is None:
        return []
    from wagtail.models import ModelLogEntry

    labels = {name: annual.SECTION_TITLES.get(name) for name in services.PRINTED_FIELDS}
    labels["document_number"] = _("Document number")
    entries = ModelLogEntry.objects.for_instance(narrative).select_related("user__person")
    return [
        {
            "entry": entry,
            "who": (entry.user.get_full_name() or entry.user.email) if entry.user else "",
            "changes": [
                {**change, "label": labels.get(change["field"], change["field"])}
                for change in entry.data.get("changes", [])
            ],
            "kept": [annual.SECTION_TITLES[key] for key in entry.data.get("kept", [])],
        }
        for entry in entries.order_by("-timestamp", "-pk")
    ]


def _regenerate(request, scope, data) -> None:
    """New drafts from today's figures; one section's edited text replaced only when asked."""
    use_draft = request.POST.get("use_draft", "")
    replace = (use_draft,) if use_draft in annual.GENERATED else ()
    result = services.narrative_regenerate(
        scope=scope, data=data, user=request.user, replace=replace
    )
    if replace:
        messages.success(
            request,
            _("The draft from today's figures replaced the text of %(section)s.")
            % {"section": annual.SECTION_TITLES[use_draft]},
        )
    elif result["kept"]:
        kept = ", ".join(str(annual.SECTION_TITLES[key]) for key in result["kept"])
        messages.warning(
            request,
            _(
                "New drafts made. Your edited text of %(sections)s is kept; the new "
                "draft is shown beside it."
            )
            % {"sections": kept},
        )
    else:
        messages.success(request, _("New drafts made from today's figures."))


def _text_sections(form, narrative, texts: dict, live: dict) -> list[dict]:
    """Each section of the text page: its field, what is printed and the live draft."""
    return [
        {
            "key": key,
            "number": number,
            "title": annual.SECTION_TITLES[key],
            "field": form[key],
            "text": texts[key],
            "generated": key in annual.GENERATED,
            "edited": annual.is_edited(narrative, key),
            "draft": live.get(key, ""),
            "draft_differs": annual.is_edited(narrative, key)
            and annual.normalised(texts[key]) != annual.normalised(live.get(key, "")),
        }
        for number, key in zip(annual.ROMAN, annual.SECTIONS, strict=False)
    ]


@login_required
def annual_text(request, year: int):
    """The annual report's text for a year and scope: department officers write it, the
    local officers of the scope read it."""
    scope = report_scope(request, year=year)
    may_edit = people_selectors.is_department_officer(request.user) and annual.has_text(scope)
    here = f"{reverse('reports_annual', args=[scope.year])}?{_annual_query(scope)}"
    if request.method == "POST" and not may_edit:
        raise PermissionDenied
    with translation.override("vi"):  # the drafts are the document's Vietnamese text
        data = selectors.dashboard(scope)
    form = None
    if request.method == "POST":
        wanted = request.POST.get("use_draft", "") in annual.GENERATED
        if wanted or request.POST.get("action") == "regenerate":
            _regenerate(request, scope, data)
            return redirect(here)
        form = AnnualTextForm(request.POST)
        if form.is_valid():
            services.narrative_save(
                scope=scope, data=data, values=form.cleaned_data, user=request.user
            )
            messages.success(request, _("The annual report's text is saved."))
            return redirect(here)
    narrative = annual.narrative_for(scope)
    live = annual.drafts(data)
    texts = annual.section_texts(narrative, live)
    if form is None:
        number = narrative.document_number if narrative else None
        form = AnnualTextForm(initial={**texts, "document_number": number})
    day = annual.issue_date()
    issuer = annual.issuer_for(scope, day)
    context = {
        "scope": scope,
        "place": report_tables.place_label(scope),
        "form": form,
        "sections": _text_sections(form, narrative, texts, live),
        "may_edit": may_edit,
        "has_text": annual.has_text(scope),
        "narrative": narrative,
        "issuer": issuer if issuer is not None and issuer.pk else None,
        "is_extract": issuer is None,
        "warnings": annual.warnings(scope, issuer, narrative, live, day),
        "history": _history(narrative),
        "query": _annual_query(scope),
        "years": range(timezone.localdate().year + 1, FIRST_YEAR - 1, -1),
    }
    return render(request, "reports/annual.html", context)
