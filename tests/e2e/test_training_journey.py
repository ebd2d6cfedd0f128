import re
import unicodedata
import uuid
import zipfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import Workbook
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "Mat-khau-2026!"
TITLE = "Tập huấn kỹ năng hỗ trợ nạn nhân bạo lực gia đình (E2E)"
HOLDER = "Đặng Văn Ượng"
HEADERS = ["Họ và tên", "Giới tính", "Năm sinh", "Huyện", "Cơ quan", "Có mặt"]
ROWS = [
    (HOLDER, "Nam", 1985, "Ninh Phước", "", "có"),
    ("Nguyễn Thị Hằng", "Nữ", 1990, "Bác Ái", "", "có"),
    ("Phạm Thị Thu Thủy", "Nữ", 1978, "Ninh Phước", "", "có"),
    ("Trần Quốc Việt", "Nam", 1992, "Ninh Sơn", "", "có"),
    ("Lê Thị Ánh Tuyết", "Nữ", 1988, "Bác Ái", "", "không"),
]
NAMES = [row[0] for row in ROWS]
ATTENDED = [row[0] for row in ROWS if row[-1] == "có"]
BAD_ROWS = [
    ("Võ Minh Khôi", "Nam", 1995, "Ninh Phước", "", "có"),  # spreadsheet row 2
    ("Hoàng Thị Mai", "Nữ", 1993, "Hà Nội", "", "có"),  # row 3: not a district here
]
SERIAL_PDF = re.compile(r"^GCN-\d{4}-\d{5}\.pdf$")
ROW_3 = re.compile(r"(Dòng|Row|Hàng)\s+3\b")


def write_sheet(path: Path, rows) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Danh sách"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() for page in reader.pages))


def wait_until_done(page: Page, attempts: int = 10) -> None:
    """The job page refreshes itself while the job runs; reload until it says done."""
    status = page.locator("[data-job-status]")
    for _attempt in range(attempts):
        expect(status).to_have_count(1)
        if status.get_attribute("data-job-status") == "done":
            return
        assert status.get_attribute("data-job-status") != "failed", page.content()
        page.wait_for_timeout(1000)
        page.reload()
    expect(page.locator('[data-job-status="done"]')).to_have_count(1)


def upload(page: Page, base: str, training_id: int, sheet: Path) -> None:
    page.goto(base + f"/trainings/{training_id}/manage/")
    page.locator(f'main a[href="/trainings/{training_id}/manage/import/"]').click()
    page.wait_for_url(f"**/trainings/{training_id}/manage/import/")
    page.locator("main input[type=file]").set_input_files(sheet)
    page.locator("main form[enctype='multipart/form-data'] button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/trainings/{training_id}/manage/import/\d+/$"))


def test_trainer_creates_training_imports_sheet_issues_and_zips_certificates(
    page: Page, live_site, screenshots_dir, tmp_path
):
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from certificates.models import Certificate
    from courses.models import Attendee, Training
    from people import roles
    from people.models import AdministrativeUnit
    from tests.factories import make_learner

    base = live_site.url
    email = f"giang.vien.{uuid.uuid4().hex[:8]}@example.org"
    trainer = make_learner(email, full_name="Trương Thị Giảng", password=PASSWORD)
    trainer.groups.add(Group.objects.get(name=roles.TRAINER))
    # Trainers run trainings of the tracks the department assigned to them.
    from courses.models import TrackPage
    from courses.services import trainer_tracks_set

    trainer_tracks_set(user=trainer, tracks=TrackPage.objects.live()[:1])
    today = timezone.localdate()
    starts_on, ends_on = today - timedelta(days=10), today - timedelta(days=9)
    district = AdministrativeUnit.objects.get(code="587")

    # 1. The trainer logs in and opens the form for a new training.
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, base, email, PASSWORD)
    page.goto(base + "/trainings/manage/")
    page.locator('main a[href="/trainings/manage/new/"]').click()
    page.wait_for_url("**/trainings/manage/new/")

    # 2. It is filled in (a two-day training course that is over) and saved.
    page.select_option("#id_format", "tap_huan")
    page.fill("#id_title", TITLE)
    track = page.locator("#id_track option:not([value=''])").first.get_attribute("value")
    page.select_option("#id_track", track)
    organiser = page.locator("#id_organiser option:not([value=''])").first.get_attribute("value")
    page.select_option("#id_organiser", organiser)
    page.select_option("#id_district", str(district.pk))
    page.fill("#id_venue", "Hội trường UBND huyện Ninh Phước")
    page.fill("#id_starts_on", starts_on.isoformat())
    page.fill("#id_ends_on", ends_on.isoformat())
    page.fill("#id_hours", "8")
    expect(page.locator("#id_pass_mark")).to_have_value("")
    page.screenshot(path=screenshots_dir / "40-training-form.png", full_page=True)
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(re.compile(r"/trainings/\d+/manage/$"))
    training_id = int(re.search(r"/trainings/(\d+)/manage/$", page.url).group(1))
    training = Training.objects.get(pk=training_id)
    assert training.title == TITLE
    assert training.created_by_id == trainer.pk
    assert (training.starts_on, training.ends_on) == (starts_on, ends_on)
    assert training.district_id == district.pk
    assert training.pass_mark is None
    expect(page.locator("main h1")).to_have_text(TITLE)

    # 3-4. The sign-in sheet is uploaded, checked in the preview, then confirmed.
    sheet = write_sheet(tmp_path / "danh-sach-diem-danh.xlsx", ROWS)
    upload(page, base, training_id, sheet)
    expect(page.locator("main .form-errors")).to_have_count(0)
    table = page.locator("main table.data-table tbody")
    expect(table.locator("tr")).to_have_count(len(ROWS))
    for name in NAMES:
        expect(table.get_by_text(name, exact=True)).to_be_visible()
    page.screenshot(path=screenshots_dir / "41-sheet-preview.png", full_page=True)
    assert Attendee.objects.filter(training_id=training_id).count() == 0  # nothing saved yet
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(f"**/trainings/{training_id}/manage/")
    attendees = page.locator('section[aria-labelledby="attendees-heading"] table tbody')
    expect(attendees.locator("tr")).to_have_count(len(ROWS))
    for name in NAMES:
        expect(attendees.get_by_text(name, exact=True)).to_be_visible()
    assert Attendee.objects.filter(training_id=training_id).count() == len(ROWS)

    # 5. A sheet with an unknown district is refused whole: the problem is named, there is
    # nothing to confirm, and nobody is added.
    bad_sheet = write_sheet(tmp_path / "danh-sach-loi.xlsx", BAD_ROWS)
    upload(page, base, training_id, bad_sheet)
    problems = page.locator("main .form-errors")
    expect(problems).to_be_visible()
    expect(problems).to_contain_text(ROW_3)
    expect(problems).to_contain_text("Hoàng Thị Mai")
    expect(problems).to_contain_text("Hà Nội")
    expect(problems).not_to_contain_text("Võ Minh Khôi")
    expect(page.locator("main form[method=post] button")).to_have_count(0)
    page.screenshot(path=screenshots_dir / "42-sheet-problems.png", full_page=True)
    assert Attendee.objects.filter(training_id=training_id).count() == len(ROWS)

    # 6. Certificates are issued to the four who attended every day.
    page.goto(base + f"/trainings/{training_id}/manage/")
    page.screenshot(path=screenshots_dir / "43-training-manage.png", full_page=True)
    page.locator(
        f'main form[action="/certificates/training/{training_id}/issue/"] button[type=submit]'
    ).click()
    page.wait_for_url(re.compile(r"/certificates/jobs/\d+/$"))
    wait_until_done(page)
    certificates = Certificate.objects.filter(training_id=training_id)
    assert certificates.count() == len(ATTENDED)
    assert certificates.valid().count() == len(ATTENDED)
    assert sorted(certificates.values_list("holder_name", flat=True)) == sorted(ATTENDED)
    holder_serial = certificates.get(holder_name=HOLDER).serial

    # 7. The ZIP of their PDFs is built and downloaded.
    page.goto(base + f"/trainings/{training_id}/manage/")
    page.locator(
        f'main form[action="/certificates/training/{training_id}/zip/"] button[type=submit]'
    ).click()
    page.wait_for_url(re.compile(r"/certificates/jobs/\d+/$"))
    wait_until_done(page)
    page.screenshot(path=screenshots_dir / "44-certificate-zip-job.png", full_page=True)
    with page.expect_download() as download_info:
        page.locator('main a[href$="/download/"]').click()
    download = download_info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".zip")
    with zipfile.ZipFile(download.path()) as archive:
        names = archive.namelist()
        assert len(names) == len(ATTENDED), names
        assert all(SERIAL_PDF.match(name) for name in names), names
        pdfs = {name: archive.read(name) for name in names}
    assert all(data.startswith(b"%PDF") for data in pdfs.values())
    assert f"{holder_serial}.pdf" in pdfs
    text = pdf_text(pdfs[f"{holder_serial}.pdf"])
    assert HOLDER in text, text
    assert holder_serial in text, text
