"""Certificate PDFs: the certificate template rendered by `common.pdf`, images inlined."""

import base64
import io
import logging
import unicodedata
from decimal import Decimal
from functools import cache

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone

import segno
from PIL import Image, ImageDraw

from certificates.models import Certificate, CertificateTemplate
from common.pdf import render_html, render_template, vietnamese_date_line

logger = logging.getLogger(__name__)

BORDER_PIXELS = (877, 620)  # A4 landscape at 75 dpi


def verification_url(code: str) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("certificate_verify_code", args=[code])


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").png_data_uri(scale=6, border=2)


def _png_data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


@cache
def default_border() -> str:
    """A double frame in the colours of official certificates, drawn once per process.

    Drawn at 75 dpi: the frame is axis-aligned lines, and the smaller image halves the
    time xhtml2pdf spends on it in every render (about 100 ms to 57 ms a certificate).
    """
    width, height = BORDER_PIXELS
    image = Image.new("RGB", BORDER_PIXELS, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([18, 18, width - 19, height - 19], outline=(138, 28, 28), width=7)
    draw.rectangle([33, 33, width - 34, height - 34], outline=(184, 134, 11), width=2)
    return _png_data_uri(image)


def image_data_uri(image, spec: str) -> str | None:
    """A Wagtail image inlined as PNG (works with any storage and the resource policy)."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(f"{spec}|format-png")
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        logger.exception("Certificate image %s could not be read", image.pk)
        return None
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def certificate_html(certificate: Certificate, *, images=None, specimen=False) -> str:
    """The certificate as HTML for xhtml2pdf; `images` is what carries the signature, seal,
    logo and background: the certificate itself (frozen at issue) or a template (preview)."""
    images = images if images is not None else certificate
    nfc = lambda text: unicodedata.normalize("NFC", text or "")  # noqa: E731
    url = verification_url(certificate.code)
    context = {
        "background": image_data_uri(images.background, "fill-1170x827")
        if images.background_id
        else default_border(),
        "logo": image_data_uri(images.logo, "max-240x240"),
        "signature": image_data_uri(images.signature, "max-400x200"),
        "seal": image_data_uri(images.seal, "max-300x300"),
        "certificate": certificate,
        "holder_name": nfc(certificate.holder_name),
        "paragraphs": [nfc(p).strip() for p in certificate.body.split("\n\n") if p.strip()],
        "signatory_lines": [nfc(line) for line in certificate.signatory_title.splitlines()],
        "date_line": vietnamese_date_line(nfc(certificate.place_name), certificate.issued_on),
        "issued_on": certificate.issued_on.strftime("%d/%m/%Y"),
        "revoked_on": timezone.localdate(certificate.revoked_at).strftime("%d/%m/%Y")
        if certificate.revoked_at
        else "",
        "verification_url": url,
        "qr": qr_data_uri(url),
        "specimen": specimen,
    }
    return render_template("certificates/certificate_pdf.html", context)


def certificate_pdf(certificate: Certificate) -> bytes:
    return render_html(certificate_html(certificate)).pdf


def sample_certificate(template: CertificateTemplate) -> Certificate:
    """An unsaved certificate with sample data, for the template preview."""
    from certificates.texts import format_hours, render_body

    today = timezone.localdate()
    values = {
        "ho_ten": "Nguyễn Thị Hằng",
        "khoa_hoc": "Nhận diện bạo lực trên cơ sở giới",
        "nhom_noi_dung": "Kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "so_gio": format_hours(Decimal("4")),
        "dia_ban": "Ninh Phước",
        "ngay_cap": today.strftime("%d/%m/%Y"),
        "so_hieu": f"GCN-{today.year}-00000",
    }
    try:
        body = render_body(template.body, values)
    except (KeyError, ValueError, IndexError):
        body = template.body  # the edit form explains the error; show the raw text meanwhile
    return Certificate(
        serial=values["so_hieu"],
        code="MAUXEMTRUOC23456",
        holder_name=values["ho_ten"],
        course_title=values["khoa_hoc"],
        track_title=values["nhom_noi_dung"],
        issued_on=today,
        issued_at=timezone.now(),
        governing_body=template.governing_body,
        issuing_body=template.issuing_body,
        title=template.title,
        body=body,
        place_name=template.place_name,
        signatory_title=template.signatory_title,
        signatory_name=template.signatory_name,
    )


def template_preview_response(template: CertificateTemplate) -> HttpResponse:
    html = certificate_html(sample_certificate(template), images=template, specimen=True)
    response = HttpResponse(render_html(html).pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="mau-giay-chung-nhan.pdf"'
    return response
