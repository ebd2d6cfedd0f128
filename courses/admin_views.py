"""Admin pages to move a course's question bank in and out as XLSX."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import CoursePage
from courses.question_bank import (
    BankImportError,
    question_bank_export,
    question_bank_import,
    question_bank_template,
)
from courses.selectors import authored_courses, may_author_course

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class BankImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Excel file (.xlsx)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError(_("Upload an .xlsx file."))
        return upload


def _xlsx(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _require(request, permission: str):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _authored_course(request, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage, pk=course_id)
    if not may_author_course(request.user, course):
        raise PermissionDenied
    return course


def bank_index(request):
    _require(request, "courses.view_question")
    courses = authored_courses(request.user).order_by("path").only("id", "title", "path", "depth")
    return TemplateResponse(request, "courses/admin/bank_index.html", {"courses": courses})


def bank_template(request):
    _require(request, "courses.view_question")
    return _xlsx(question_bank_template(), "mau-ngan-hang-cau-hoi.xlsx")


def bank_export(request, course_id: int):
    _require(request, "courses.view_question")
    course = _authored_course(request, course_id)
    return _xlsx(question_bank_export(course=course), f"cau-hoi-{course.slug}.xlsx")


def bank_import(request, course_id: int):
    _require(request, "courses.add_question")
    course = _authored_course(request, course_id)
    form = BankImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            count = question_bank_import(course=course, data=form.cleaned_data["file"].read())
        except BankImportError as error:
            problems = error.problems
        else:
            messages.success(
                request, _("%(count)s questions were added to the bank.") % {"count": count}
            )
            return redirect("question_bank_index")
    return TemplateResponse(
        request,
        "courses/admin/bank_import.html",
        {"course": course, "form": form, "problems": problems},
    )
