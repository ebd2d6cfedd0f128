"""The PDF a holder takes home: Vietnamese text intact, fonts embedded, QR to the check page."""

import io
import os
import shutil
import subprocess
import unicodedata

from django.utils import timezone

import pytest
import segno
from PIL import Image, ImageChops
from pypdf import PdfReader
from pypdf.generic import ContentStream

from certificates.models import CertificateTemplate
from certificates.pdf import (
    certificate_html,
    certificate_pdf,
    template_preview_response,
    verification_url,
)
from certificates.services import issue_certificate, revoke_certificate
from common.pdf import render_html
from tests.factories import make_learner

FACES = {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic", "NotoSerif-BoldItalic"}


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def fonts_drawing_text(data: bytes) -> dict[str, bool]:
    """Base font name -> embedded?, for every font the page actually draws text with."""
    reader = PdfReader(io.BytesIO(data))
    used = {}
    for page in reader.pages:
        resources = page["/Resources"]["/Font"]
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = operands[0]
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current is not None:
                font = resources[current].get_object()
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0].get_object() if descendants else font).get(
                    "/FontDescriptor"
                )
                embedded = bool(
                    descriptor
                    and any(
                        key in descriptor.get_object()
                        for key in ("/FontFile", "/FontFile2", "/FontFile3")
                    )
                )
                name = str(font["/BaseFont"]).lstrip("/").split("+")[-1]
                used[name] = embedded
    return used


@pytest.fixture
def ượng(course):
    return make_learner("uong@example.org", full_name="Đặng Văn Ượng", district="589")


@pytest.mark.parametrize("name", ["Nguyễn Thị Hằng", "Đặng Văn Ượng"])
def test_pdf_text_has_the_holder_name_serial_and_date(course, name):
    person = make_learner("x@example.org", full_name=name).person
    certificate = issue_certificate(person, course)

    rendered = render_html(certificate_html(certificate))

    assert rendered.warnings == 0, "xhtml2pdf fell back to a font or dropped an image"
    assert rendered.pdf.startswith(b"%PDF")
    text = pdf_text(rendered.pdf)
    assert name in text
    assert certificate.serial in text
    assert certificate.issued_on.strftime("%d/%m/%Y") in text
    assert certificate.display_code in text
    assert "GIẤY CHỨNG NHẬN" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "■" not in text


def test_every_font_that_draws_text_is_an_embedded_noto_face(course, holder):
    data = certificate_pdf(issue_certificate(holder.person, course))
    used = fonts_drawing_text(data)
    assert set(used) == FACES, used
    assert all(used.values()), used


def test_pdf_is_a4_landscape(course, holder):
    page = PdfReader(io.BytesIO(certificate_pdf(issue_certificate(holder.person, course)))).pages
    assert len(page) == 1
    width, height = float(page[0].mediabox.width), float(page[0].mediabox.height)
    assert (round(width), round(height)) == (842, 595)


def _qr_image_in(data: bytes) -> Image.Image:
    page = PdfReader(io.BytesIO(data)).pages[0]
    squares = [image.image for image in page.images if image.image.width == image.image.height]
    assert len(squares) == 1, "expected exactly one square image: the QR code"
    return squares[0]


def test_qr_code_holds_the_absolute_verification_url(course, holder, settings, tmp_path):
    settings.WAGTAILADMIN_BASE_URL = "https://daotao.example.gov.vn"
    certificate = issue_certificate(holder.person, course)
    url = verification_url(certificate.code)
    assert url == f"https://daotao.example.gov.vn/certificates/verify/{certificate.code}/"

    embedded = _qr_image_in(certificate_pdf(certificate)).convert("L")
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    expected = Image.open(io.BytesIO(buffer.getvalue())).convert("L")
    assert embedded.size == expected.size
    assert ImageChops.difference(embedded, expected).getbbox() is None

    zbarimg = shutil.which("zbarimg")
    assert zbarimg or not os.environ.get("CI"), "CI must install zbar-tools"
    if zbarimg:  # decode it like a phone would (CI installs zbar-tools)
        path = tmp_path / "qr.png"
        embedded.resize((embedded.width * 2, embedded.height * 2)).save(path)
        decoded = subprocess.run(  # noqa: S603 - fixed arguments
            [zbarimg, "--quiet", "--raw", str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()
        assert decoded == url


def test_revoked_pdf_says_so(course, holder, department_user):
    certificate = issue_certificate(holder.person, course)
    revoke_certificate(certificate, by=department_user, reason="Cấp nhầm")
    certificate.refresh_from_db()
    text = pdf_text(certificate_pdf(certificate))
    assert "ĐÃ THU HỒI" in text
    assert timezone.localtime(certificate.revoked_at).strftime("%d/%m/%Y") in text


def test_template_preview_uses_sample_data(db):
    template = CertificateTemplate.objects.get(is_default=True)
    template.issuing_body = "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NINH THUẬN"
    response = template_preview_response(template)
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "Nguyễn Thị Hằng" in text
    assert "TỈNH NINH THUẬN" in text
    assert "XEM TRƯỚC" in text


def test_template_images_are_inlined(course, holder):
    from wagtail.images.models import Image as WagtailImage
    from wagtail.images.tests.utils import get_test_image_file

    seal = WagtailImage.objects.create(title="Dấu", file=get_test_image_file(size=(300, 300)))
    signature = WagtailImage.objects.create(title="Chữ ký", file=get_test_image_file())
    template = CertificateTemplate.objects.get(is_default=True)
    template.seal, template.signature = seal, signature
    template.save()
    certificate = issue_certificate(holder.person, course)

    rendered = render_html(certificate_html(certificate))

    assert rendered.warnings == 0
    assert len(PdfReader(io.BytesIO(rendered.pdf)).pages[0].images) >= 3  # QR, seal, signature

    # A new signatory's signature does not appear on certificates signed before.
    template.signature = WagtailImage.objects.create(title="Chữ ký mới", file=get_test_image_file())
    template.save()
    certificate.refresh_from_db()
    assert certificate.signature == signature
