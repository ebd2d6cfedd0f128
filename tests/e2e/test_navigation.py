import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PHONE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_walk_home_track_course_lesson_next_lesson_at_phone_width(
    page: Page, live_site, screenshots_dir
):
    page.set_viewport_size(PHONE)
    log_in(page, live_site.url, "hocvien@example.org")  # lessons need an enrolled learner
    page.goto(live_site.url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    tracks = page.locator("section", has=page.locator("#tracks-heading"))
    expect(tracks.locator(".card")).to_have_count(6)
    # The demo's two upcoming in-person trainings are listed too.
    trainings = page.locator("section", has=page.locator("#trainings-heading"))
    expect(trainings.locator(".card")).to_have_count(2)
    page.screenshot(path=screenshots_dir / "01-home-phone.png", full_page=True)

    page.get_by_role("link", name="Hỗ trợ khẩn cấp khi có bạo lực xảy ra").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Hỗ trợ khẩn cấp khi có bạo lực xảy ra"
    )
    expect(page.get_by_role("heading", name="Dành cho ai")).to_be_visible()
    page.screenshot(path=screenshots_dir / "02-track-phone.png", full_page=True)

    page.locator(".card__title a").first.click()
    course_title = page.get_by_role("heading", level=1).inner_text()
    lessons = page.locator(".lesson-list a")
    expect(lessons).to_have_count(3)
    first_lesson = lessons.first.inner_text()
    page.screenshot(path=screenshots_dir / "03-course-phone.png", full_page=True)

    lessons.first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(first_lesson)
    expect(page.locator(".eyebrow")).to_have_text("Bài 1/3")
    breadcrumbs = page.get_by_role("navigation", name="Đường dẫn điều hướng")
    expect(breadcrumbs.get_by_role("link", name=course_title)).to_be_visible()
    page.screenshot(path=screenshots_dir / "04-lesson-phone.png", full_page=True)

    page.locator("a[rel=next]").click()
    expect(page.locator(".eyebrow")).to_have_text("Bài 2/3")
    expect(page.locator("a[rel=prev]")).to_contain_text(first_lesson)
    page.screenshot(path=screenshots_dir / "05-next-lesson-phone.png", full_page=True)

    # The page fits the phone: nothing wider than the viewport.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"]


def test_content_note_stays_closed_until_opened(page: Page, live_site):
    from courses.models import LessonPage

    page.set_viewport_size(PHONE)
    log_in(page, live_site.url, "so@example.org")  # an editor reads every lesson
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().order_by("path")
        if any(block.block_type == "content_note" for block in lesson.body)
    )
    page.goto(live_site.url + lesson.url)
    note = page.locator("details.content-note").first
    body = note.locator(".content-note__body")
    expect(body).to_be_hidden()
    note.locator("summary").click()
    expect(body).to_be_visible()


def test_quick_exit_button_leaves_and_replaces_history(page: Page, live_site):
    exit_url = "https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt"
    # No network here: answer the neutral site locally so the navigation can be observed.
    page.route(
        re.compile(r"https://www\.google\.com/.*"),
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>neutral</title>neutral"
        ),
    )
    page.goto(live_site.url + "/")
    page.goto(live_site.url + "/chuong-trinh-dao-tao/")
    page.get_by_role("link", name="Thoát nhanh").click()
    page.wait_for_url(exit_url)
    page.go_back()
    # The exit replaced the track page in history: going back skips it.
    assert "/chuong-trinh-dao-tao/" not in page.url


def test_quick_exit_by_pressing_shift_three_times(page: Page, live_site):
    page.route(
        re.compile(r"https://www\.google\.com/.*"),
        lambda route: route.fulfill(status=200, content_type="text/html", body="neutral"),
    )
    page.goto(live_site.url + "/")
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(re.compile(r"https://www\.google\.com/"))


def test_language_switch_shows_the_interface_in_english(page: Page, live_site):
    page.goto(live_site.url + "/")
    expect(page.get_by_role("link", name="Thoát nhanh")).to_be_visible()
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("link", name="Exit this page")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "en"
