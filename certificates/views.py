"""Public and holder-facing certificate pages: the PDF, and verification by code."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from certificates import selectors, services
from certificates.models import Certificate, CertificateJob
from certificates.pdf import certificate_pdf
from certificates.texts import normalise_code
from common.ratelimit import over_limit
from courses import training_selectors
from courses.models import Training
from people.models import DataExport
from people.selectors import person_of
from people.services import export_record


@login_required
@never_cache
def certificate_download(request, serial: str):
    certificate = get_object_or_404(Certificate, serial=serial)
    if not selectors.may_open_certificate(request.user, certificate):
        raise PermissionDenied(_("This certificate belongs to someone else."))
    holder = person_of(request.user)
    if holder is None or holder.pk != certificate.person_id:  # staff opening someone's
        export_record(request, DataExport.Kind.CERTIFICATE, certificate.serial)
    response = HttpResponse(certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{certificate.serial}.pdf"'
    return response


@require_GET
def verify(request):
    typed = request.GET.get("code", "").strip()
    if not typed:
        return render(request, "certificates/verify.html", {})
    code = normalise_code(typed)
    if code is None:  # cannot be a code: answer without a lookup
        context = {"certificate": None, "typed": typed, "looked_up": True}
        return render(request, "certificates/verify.html", context, status=404)
    return redirect("certificate_verify_code", code=code)


@require_GET
@never_cache
def verify_code(request, code: str):
    limit, window = settings.CERTIFICATE_VERIFY_RATE
    if over_limit(request, "certificate-verify", limit=limit, window=window):
        response = render(request, "certificates/verify.html", {"rate_limited": True}, status=429)
        response["Retry-After"] = str(window)
        return response
    certificate = selectors.certificate_by_code(normalise_code(code))
    context = {"certificate": certificate, "typed": code, "looked_up": True}
    return render(request, "certificates/verify.html", context, status=200 if certificate else 404)


@login_required
@require_POST
def training_job(request, training_id: int, kind: str):
    """From a training's staff page: issue certificates to everyone who qualifies, or
    build the ZIP of their PDFs; the starter follows the job's progress."""
    training = get_object_or_404(Training, pk=training_id)
    if not training_selectors.may_edit_training(request.user, training):
        raise PermissionDenied
    if kind not in CertificateJob.Kind.values:
        raise Http404
    job = services.job_start(kind=kind, subject=training, user=request.user)
    return redirect("certificate_job", pk=job.pk)


@login_required
@never_cache
def job_detail(request, pk: int):
    job = get_object_or_404(CertificateJob.objects.select_related("training", "course"), pk=pk)
    if not selectors.may_use_job(request.user, job):
        raise PermissionDenied
    return render(request, "certificates/job.html", {"job": job})


@login_required
def job_download(request, pk: int):
    job = get_object_or_404(CertificateJob.objects.select_related("training", "course"), pk=pk)
    if not selectors.may_use_job(request.user, job):  # asked again: roles change
        raise PermissionDenied
    if job.kind != CertificateJob.Kind.ZIP or not job.result:
        raise Http404
    export_record(request, DataExport.Kind.CERTIFICATES_ZIP, job.course_title)
    return FileResponse(
        job.result.open("rb"), as_attachment=True, filename=f"giay-chung-nhan-{job.pk}.zip"
    )
