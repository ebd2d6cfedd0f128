"""Certificate pages in the Wagtail admin: lists, revocation, issuing by hand and in bulk,
ZIP files (the progress of a job is followed on the site's /certificates/jobs/ page)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from certificates import selectors, services
from certificates.models import Certificate, CertificateJob
from certificates.pdf import certificate_pdf
from courses.models import CoursePage, Enrolment
from people.models import DataExport
from people.services import export_record

PAGE_SIZE = 50


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=gettext_lazy("Kept in the audit log; the holder sees that it was revoked."),
    )


class ManualIssueForm(forms.Form):
    enrolment = forms.ModelChoiceField(
        label=gettext_lazy("Learner"), queryset=Enrolment.objects.none()
    )
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        help_text=gettext_lazy("Why the certificate is issued without the online completion."),
    )

    def __init__(self, *args, course, **kwargs):
        super().__init__(*args, **kwargs)
        holds = Certificate.objects.valid().filter(course=course).values("person_id")
        self.fields["enrolment"].queryset = (
            Enrolment.objects.filter(course=course)
            .exclude(person_id__in=holds)
            .select_related("person")
            .order_by("person__full_name")
        )
        self.fields["enrolment"].label_from_instance = lambda enrolment: str(enrolment.person)


class CertificateFilterForm(forms.Form):
    """The list's filters, read from the address: a hand-edited or stale value (a course
    that is not a number, NUL characters, an unknown status) is dropped, not a 500."""

    q = forms.CharField(required=False, max_length=200)
    course = forms.IntegerField(required=False, min_value=1, max_value=2**31 - 1)
    status = forms.ChoiceField(required=False, choices=[("", ""), ("valid", ""), ("revoked", "")])

    def value(self, name: str, default):
        """The field's cleaned value, or `default` when it is empty or not valid."""
        self.is_valid()
        return self.cleaned_data.get(name) or default


def _require(request, permission: str):
    if not request.user.has_perm(permission):
        raise PermissionDenied


def _course_for_manager(request, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage, pk=course_id)
    if not selectors.may_manage_course_certificates(request.user, course):
        raise PermissionDenied
    return course


def certificate_index(request):
    _require(request, "certificates.view_certificate")
    filters = CertificateFilterForm(request.GET)
    query, course_id = filters.value("q", ""), filters.value("course", None)
    status = filters.value("status", "")
    certificates = selectors.certificate_list(
        request.user, query=query, course_id=course_id, status=status
    )
    page = Paginator(certificates, PAGE_SIZE).get_page(request.GET.get("p"))
    courses = CoursePage.objects.order_by("path").only("pk", "title")
    return TemplateResponse(
        request,
        "certificates/admin/index.html",
        {
            "page_obj": page,
            "query": query,
            "status": status,
            "course_id": str(course_id or ""),
            "courses": courses,
        },
    )


def _certificate_for_viewer(request, pk: int) -> Certificate:
    certificate = get_object_or_404(Certificate.objects.select_related("person"), pk=pk)
    if not request.user.has_perm(
        "certificates.view_certificate"
    ) or not selectors.may_open_certificate(request.user, certificate):
        raise PermissionDenied
    return certificate


def _detail(request, certificate, form, status=200):
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "events": certificate.events.all(),
            "form": form,
            "may_revoke": request.user.has_perm("certificates.revoke_certificate")
            and not certificate.is_revoked,
        },
        status=status,
    )


def certificate_detail(request, pk: int):
    return _detail(request, _certificate_for_viewer(request, pk), RevokeForm())


def certificate_admin_pdf(request, pk: int):
    certificate = _certificate_for_viewer(request, pk)
    export_record(request, DataExport.Kind.CERTIFICATE, certificate.serial)
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{certificate.serial}.pdf"'
    return response


@require_POST
def certificate_revoke(request, pk: int):
    _require(request, "certificates.revoke_certificate")
    certificate = get_object_or_404(Certificate, pk=pk)
    form = RevokeForm(request.POST)
    if form.is_valid():
        try:
            services.revoke_certificate(
                certificate, by=request.user, reason=form.cleaned_data["reason"]
            )
        except services.CertificateRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request, _("Certificate %(serial)s is revoked.") % {"serial": certificate.serial}
            )
        return redirect("certificate_admin_detail", pk=pk)
    return _detail(request, certificate, form, status=400)


def course_certificates(request, course_id: int):
    course = _course_for_manager(request, course_id)
    may_issue = request.user.has_perm("certificates.issue_certificate")
    manual_form = ManualIssueForm(course=course) if may_issue else None
    if request.method == "POST":
        if not may_issue:
            raise PermissionDenied
        manual_form = ManualIssueForm(request.POST, course=course)
        if manual_form.is_valid():
            enrolment = manual_form.cleaned_data["enrolment"]
            try:
                certificate = services.issue_certificate(
                    enrolment.person,
                    course,
                    source=Certificate.Source.MANUAL,
                    issued_by=request.user,
                    reason=manual_form.cleaned_data["reason"],
                )
            except services.CertificateRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(
                    request,
                    _("Certificate %(serial)s issued to %(name)s.")
                    % {"serial": certificate.serial, "name": certificate.holder_name},
                )
                return redirect("certificate_admin_course", course_id=course.pk)
    eligible = selectors.eligible_without_certificate(course)
    return TemplateResponse(
        request,
        "certificates/admin/course.html",
        {
            "course": course,
            "counts": selectors.course_certificate_counts(course),
            "eligible": eligible[:PAGE_SIZE],
            "eligible_count": eligible.count(),
            "may_issue": may_issue,
            "manual_form": manual_form,
            "jobs": selectors.jobs_of(request.user, course)[:5],
        },
        status=400 if manual_form is not None and manual_form.errors else 200,
    )


@require_POST
def course_job_start(request, course_id: int, kind: str):
    course = _course_for_manager(request, course_id)
    if kind not in CertificateJob.Kind.values:
        raise Http404
    if kind == CertificateJob.Kind.ISSUE:
        _require(request, "certificates.issue_certificate")
    job = services.job_start(kind=kind, subject=course, user=request.user)
    return redirect("certificate_job", pk=job.pk)
