import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PHONE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

EMAIL = "uong.dang@example.org"
PASSWORD = "Uong-hoc-BLG-2026"
COURSE = "/chuong-trinh-dao-tao/ho-tro-khan-cap/ung-pho-ban-dau-khi-co-bao-luc/"


def progress_value(page: Page) -> int:
    return int(page.locator(".progress progress").first.get_attribute("value"))


def test_learner_signs_up_enrols_learns_resumes_and_downloads_data(
    page: Page, live_site, screenshots_dir
):
    from people.models import AdministrativeUnit, Organisation, TargetGroup

    page.set_viewport_size(PHONE)
    page.goto(live_site.url + "/accounts/signup/")
    page.fill("#id_email", EMAIL)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_full_name", "Đặng Văn Ượng")
    page.select_option("#id_sex", "male")
    page.fill("#id_birth_year", "1987")
    page.select_option("#id_district", str(AdministrativeUnit.objects.get(code="584").pk))
    page.select_option(
        "#id_organisation", str(Organisation.objects.get(short_name="Công an tỉnh").pk)
    )
    page.select_option(
        "#id_target_group", str(TargetGroup.objects.get(code="nguoi-cung-cap-dich-vu").pk)
    )
    page.fill("#id_position", "Cán bộ công an xã")
    page.check("#id_privacy_consent")
    page.screenshot(path=screenshots_dir / "10-signup-phone.png", full_page=True)
    page.get_by_role("button", name="Đăng ký").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Trang của tôi")

    page.goto(live_site.url + COURSE)
    page.get_by_role("button", name="Đăng ký học khóa này").click()
    expect(page.locator(".eyebrow")).to_have_text("Bài 1/3")
    assert progress_value(page) == 0
    page.get_by_role("button", name="Đánh dấu đã học xong bài này").click()
    expect(page.locator(".eyebrow")).to_have_text("Bài 2/3")
    assert progress_value(page) == 1
    page.screenshot(path=screenshots_dir / "11-lesson-progress-phone.png", full_page=True)

    page.goto(live_site.url + COURSE)
    assert progress_value(page) == 1
    page.screenshot(path=screenshots_dir / "12-course-progress-phone.png", full_page=True)

    # Log out and in again: "continue" opens the first unfinished lesson.
    page.locator("form.inline-form button").click()
    log_in(page, live_site.url, EMAIL, PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Trang của tôi")
    page.screenshot(path=screenshots_dir / "13-my-learning-phone.png", full_page=True)
    page.get_by_role("link", name="Học tiếp").click()
    expect(page.locator(".eyebrow")).to_have_text("Bài 2/3")

    page.get_by_role("link", name="Trang của tôi").first.click()
    page.get_by_role("link", name="Dữ liệu của tôi").first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải về (JSON)").click()
    data = json.loads(Path(download_info.value.path()).read_text(encoding="utf-8"))
    assert data["profile"]["full_name"] == "Đặng Văn Ượng"
    assert data["enrolments"][0]["completed_lessons"][0]["lesson"]
