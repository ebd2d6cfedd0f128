import re
import unicodedata
from io import BytesIO
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.e2e.conftest import PHONE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

HOLDER = "Đặng Văn Ượng"
LEARNER = "dang.van.uong@example.org"
OTHER_LEARNER = "nguoi.hoc.khac@example.org"
PASSWORD = "Mat-khau-2026!"
QUIZ_TITLE = "Bài kiểm tra cấp giấy chứng nhận"
SERIAL = re.compile(r"^GCN-\d{4}-\d{5}$")
DOWNLOAD_PDF = re.compile(r"^\s*Tải PDF\s*$")
VALID = re.compile(r"^\s*Hợp lệ\s*$")
REVOKED = re.compile(r"^\s*Đã thu hồi\s*$")


@pytest.fixture
def certificate_course(live_site):
    """A course of two lessons and a ten-question post-test in the demo programme; the
    learner is enrolled and has read every lesson, so only the post-test is left."""
    from django.db import transaction

    from courses.models import TrackIndexPage
    from courses.services import enrolment_create, lesson_complete
    from lms.models import HomePage
    from tests.factories import SiteTree, add_content, make_learner, make_quiz

    tree = SiteTree(home=HomePage.objects.first(), index=TrackIndexPage.objects.first())
    add_content(tree, tracks=1, courses=1, lessons=2)
    course = tree.courses[0]
    make_quiz(course, title=QUIZ_TITLE)
    learner = make_learner(LEARNER, full_name=HOLDER, password=PASSWORD)
    make_learner(OTHER_LEARNER, full_name="Lê Thị Lan", password=PASSWORD)
    enrolment = enrolment_create(person=learner.person, course=course)
    with transaction.atomic():
        for lesson in tree.lessons:
            lesson_complete(enrolment=enrolment, lesson=lesson)
    return course


def answer_correctly(page: Page) -> None:
    """Tick, in every question, the option reading 'đúng N' (see tests.factories.make_quiz)."""
    questions = page.locator("fieldset.question")
    for question in questions.all():
        question.locator("label.option").filter(has_text=re.compile(r"^\s*đúng \d+\s*$")).locator(
            "input"
        ).check()


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def test_post_test_pass_issues_certificate_to_download_verify_and_revoke(
    page: Page, new_context, live_site, certificate_course, screenshots_dir
):
    from django.utils import timezone

    from certificates.models import Certificate
    from certificates.services import revoke_certificate
    from people.models import User

    base = live_site.url
    course_path = urlparse(certificate_course.get_url()).path
    # Every lesson is read, but the post-test is not passed: no certificate yet.
    assert not Certificate.objects.filter(person__user__email=LEARNER).exists()

    # 1. Take the post-test and pass it.
    page.set_viewport_size(PHONE)
    log_in(page, base, LEARNER, PASSWORD)
    page.goto(base + course_path)
    page.get_by_role("link", name=QUIZ_TITLE).click()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.locator("fieldset.question")).to_have_count(10)
    answer_correctly(page)
    expect(page.locator("[data-answered]")).to_have_text("10")
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result__score")).to_contain_text("Điểm: 100%")

    # 2. Completing the course issued the certificate; /me/ lists it.
    certificate = Certificate.objects.get(person__user__email=LEARNER)
    assert SERIAL.match(certificate.serial), certificate.serial
    assert certificate.holder_name == HOLDER
    assert certificate.revoked_at is None
    pdf_path = f"/certificates/{certificate.serial}.pdf"
    verify_path = f"/certificates/verify/{certificate.code}/"

    page.goto(base + "/me/")
    section = page.locator("section", has=page.locator("#certificates-heading"))
    expect(section).to_be_visible()
    card = section.locator(".card").filter(has_text=certificate.serial)
    expect(card).to_have_count(1)
    expect(card).to_contain_text(certificate_course.title)
    pdf_link = card.get_by_role("link", name=DOWNLOAD_PDF)
    expect(pdf_link).to_have_attribute("href", pdf_path)
    assert pdf_link.get_attribute("download") is not None
    verify_link = card.locator(f'a[href="{verify_path}"]')
    expect(verify_link).to_have_count(1)
    page.screenshot(path=screenshots_dir / "30-certificates-me-phone.png", full_page=True)

    # 3. The PDF downloads, and carries the holder's name and the serial.
    with page.expect_download() as download_info:
        pdf_link.click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename == f"{certificate.serial}.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert HOLDER in text, text
    assert certificate.serial in text, text

    # 4. The verification page says the certificate is valid.
    verify_link.click()
    page.wait_for_url(f"**{verify_path}")
    verdict = page.locator(".verdict.verdict--valid")
    expect(verdict).to_be_visible()
    expect(verdict.get_by_role("heading")).to_have_text(VALID)
    expect(verdict.get_by_text(HOLDER, exact=True)).to_be_visible()
    expect(page.locator(".verdict--revoked")).to_have_count(0)
    page.screenshot(path=screenshots_dir / "31-certificate-valid-phone.png", full_page=True)

    # 5. Once revoked, the same page says so, with the date of revocation.
    officer = User.objects.get(email="so@example.org")
    revoked = revoke_certificate(certificate, by=officer, reason="Cấp nhầm")
    revoked_on = timezone.localtime(revoked.revoked_at).strftime("%d/%m/%Y")
    page.reload()
    verdict = page.locator(".verdict.verdict--revoked")
    expect(verdict).to_be_visible()
    expect(verdict.get_by_role("heading")).to_have_text(REVOKED)
    expect(verdict).to_contain_text(revoked_on)
    expect(verdict.get_by_text(HOLDER, exact=True)).to_be_visible()
    expect(page.locator(".verdict--valid")).to_have_count(0)
    page.screenshot(path=screenshots_dir / "32-certificate-revoked-phone.png", full_page=True)

    # 6. Another learner, in a browser context of their own, may not open the PDF.
    other_context = new_context(viewport=PHONE)
    other_page = other_context.new_page()
    log_in(other_page, base, OTHER_LEARNER, PASSWORD)
    response = other_page.request.get(base + pdf_path)
    assert response.status == 403
    # ... while the holder still can (the revoked PDF carries a banner).
    assert page.request.get(base + pdf_path).status == 200
