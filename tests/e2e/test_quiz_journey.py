import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import PHONE, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

COURSE = "/chuong-trinh-dao-tao/ho-tro-khan-cap/ung-pho-ban-dau-khi-co-bao-luc/"


def answer(page: Page, *, correct: bool) -> None:
    """Tick, for every question on the page, an option that is right (or wrong)."""
    from courses.models import QuestionOption, QuizAttempt

    attempt = QuizAttempt.objects.filter(submitted_at=None).latest("pk")
    options = QuestionOption.objects.filter(question_id__in=attempt.question_ids)
    for option in options:
        if option.is_correct == correct:
            page.locator(f'input[value="{option.pk}"]').check()


def test_pretest_lessons_fail_posttest_retake_pass_and_complete(
    page: Page, live_site, screenshots_dir
):
    page.set_viewport_size(PHONE)
    log_in(page, live_site.url, "hocvien@example.org")
    page.goto(live_site.url + COURSE)

    page.get_by_role("link", name="Kiểm tra đầu vào").click()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(page.locator("fieldset.question")).to_have_count(10)
    answer(page, correct=False)
    expect(page.locator("[data-answered]")).to_have_text("10")
    page.screenshot(path=screenshots_dir / "20-quiz-phone.png", full_page=True)
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result__score")).to_contain_text("Điểm: 0%")

    # Lessons 2 and 3 (the demo learner has done lesson 1).
    page.goto(live_site.url + COURSE + "resume/")
    page.get_by_role("button", name="Đánh dấu đã học xong bài này").click()
    page.get_by_role("button", name="Đánh dấu đã học xong bài này").click()
    page.goto(live_site.url + COURSE)
    expect(page.locator(".status--done")).to_have_count(0)  # not complete without the post-test

    page.get_by_role("link", name="Kiểm tra cuối khóa").click()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    answer(page, correct=False)
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result")).to_contain_text("Chưa đạt")
    expect(page.get_by_text("đáp án đúng", exact=True)).to_have_count(
        0
    )  # review only after passing
    page.screenshot(path=screenshots_dir / "21-quiz-failed-phone.png", full_page=True)

    page.get_by_role("link", name="Quay lại bài kiểm tra").click()
    page.get_by_role("button", name="Làm lại bài kiểm tra").click()
    answer(page, correct=True)
    page.get_by_role("button", name="Nộp bài").click()
    expect(page.locator(".result__score")).to_contain_text("Điểm: 100%")
    expect(page.get_by_text("đáp án đúng", exact=True).first).to_be_visible()
    page.screenshot(path=screenshots_dir / "22-quiz-passed-phone.png", full_page=True)

    page.goto(live_site.url + COURSE)
    expect(page.locator(".status--done")).to_contain_text("Hoàn thành ngày")
    page.goto(live_site.url + "/me/")
    expect(page.locator("#completed-heading + .card")).to_contain_text(
        "Ứng phó ban đầu khi có bạo lực"
    )
