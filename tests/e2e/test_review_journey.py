"""Content review in the Wagtail admin: a trainer drafts a lesson and submits it; the department
officer asks for a change, the trainer fixes it and resubmits, the department approves, and the
lesson is live for learners."""

import re

import pytest
from playwright.sync_api import Page, expect

from people import roles
from tests.e2e.conftest import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
TRAINER = "giangvien@example.org"
OFFICER = "so@example.org"
LEARNER = "hocvien@example.org"
# A course in the demo trainer's track "ho-tro-khan-cap"; the demo learner is enrolled in it.
COURSE = "ung-pho-ban-dau-khi-co-bao-luc"

TITLE = "Ghi chép ca tiếp nhận và giữ hồ sơ an toàn (E2E)"
SUMMARY = "Ghi những gì cần cho hỗ trợ, không để lộ thông tin của nạn nhân."
DRAFT_TEXT = "Ghi họ tên, địa chỉ và số điện thoại của nạn nhân vào sổ tiếp nhận chung của xã."
COMMENT = "Không ghi địa chỉ, số điện thoại của nạn nhân vào sổ chung; hướng dẫn lưu hồ sơ riêng."
FIXED_TEXT = "Sổ chung chỉ ghi mã hồ sơ; thông tin liên lạc của nạn nhân cất trong tủ có khóa."

# Admin labels: msgstr in wagtail_locale/vi/LC_MESSAGES/django.po and djangojs.po, and the
# project's own catalogue for the lesson blocks.
ADD_CHILD_PAGE = "Thêm trang con"  # "Add child page"
INSERT_BLOCK = "Chèn khối"  # "Insert a block"
TEXT_BLOCK = "Văn bản"  # ParagraphBlock's "Text"
MORE_ACTIONS = "Thao tác khác"  # "More actions"
SUBMIT = f"Gửi duyệt theo {roles.REVIEW_WORKFLOW}"  # "Submit to %(workflow_name)s"
RESUBMIT = f"Gửi duyệt lại ở bước {roles.REVIEW_TASK}"  # "Resubmit to %(task_name)s"
AWAITING_REVIEW = "Đang chờ bạn duyệt"  # "Awaiting your review"
ROW_ACTIONS = "Thao tác"  # "Actions"
REQUEST_CHANGES = "Yêu cầu chỉnh sửa"  # "Request changes"
APPROVE = "Phê duyệt"  # "Approve"
COMMENT_LABEL = "Góp ý"  # "Comment"
TOGGLE_STATUS = "Ẩn/hiện trạng thái"  # "Toggle status"
VIEW_DETAILS = "Xem chi tiết"  # "View details"


def signed_in(new_context, base: str, email: str) -> Page:
    """A browser of its own for each person, so both can stay logged in."""
    page = new_context(viewport=DESKTOP).new_page()
    log_in(page, base, email)
    return page


def write_paragraph(page: Page, text: str) -> None:
    """Replace the text of the lesson's first paragraph block in the Draftail editor."""
    page.locator("#body-root [role=textbox]").first.click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type(text)
    # Draftail copies the editor into the block's hidden input shortly after typing.
    expect(page.locator('input[name="body-0-value"]')).to_have_value(re.compile(re.escape(text)))


def submit_from_footer(page: Page, label: str) -> None:
    footer = page.locator("footer")
    footer.get_by_role("button", name=MORE_ACTIONS).click()
    footer.get_by_role("button", name=label, exact=True).click()


def review_row(page: Page, base: str):
    """The lesson's row in the dashboard's "awaiting your review" panel."""
    page.goto(base + "/admin/")
    panel = page.locator("#awaiting-review-section")
    return panel.locator("tr").filter(has=page.get_by_role("link", name=TITLE, exact=True))


def test_trainer_lesson_goes_through_department_review_and_goes_live(
    page: Page, new_context, live_site, screenshots_dir, mailoutbox
):
    from wagtail.models import TaskState, WorkflowState

    from courses.models import CoursePage, LessonPage
    from demo.seed import DEMO_TRAINER_TRACKS

    base = live_site.url
    course = CoursePage.objects.get(slug=COURSE)
    assert course.get_parent().slug in DEMO_TRAINER_TRACKS
    trainer = signed_in(new_context, base, TRAINER)
    officer = signed_in(new_context, base, OFFICER)
    visitor = page  # never logs in
    visitor.set_viewport_size(DESKTOP)

    # 1. The trainer opens the course in the page explorer and adds a lesson to it.
    trainer.goto(base + f"/admin/pages/{course.pk}/")
    trainer.get_by_role("link", name=ADD_CHILD_PAGE).click()
    trainer.wait_for_url("**/admin/pages/add/courses/lessonpage/*/")
    trainer.fill("#id_title", TITLE)
    trainer.fill("#id_summary", SUMMARY)
    trainer.locator("#body-root").get_by_role("button", name=INSERT_BLOCK).first.click()
    trainer.get_by_role("option", name=TEXT_BLOCK, exact=True).click()
    write_paragraph(trainer, DRAFT_TEXT)
    trainer.screenshot(path=screenshots_dir / "50-review-new-lesson.png", full_page=True)

    # 2. ... and submits it to the department's review, not publishing it.
    submit_from_footer(trainer, SUBMIT)
    trainer.wait_for_url(f"**/admin/pages/{course.pk}/")
    expect(trainer.locator(".messages")).to_contain_text(TITLE)
    lesson = LessonPage.objects.get(title=TITLE)
    assert lesson.get_parent().pk == course.pk
    assert not lesson.live
    assert lesson.owner.email == TRAINER
    assert DRAFT_TEXT in str(lesson.get_latest_revision().as_object().body)
    state = lesson.current_workflow_state
    assert state.workflow.name == roles.REVIEW_WORKFLOW
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == roles.REVIEW_TASK
    url = base + lesson.url
    # The department's reviewers are told by email.
    assert any(OFFICER in message.to and TITLE in message.body for message in mailoutbox), [
        (message.to, message.subject) for message in mailoutbox
    ]

    # Nobody outside the admin can read it yet.
    response = visitor.goto(url)
    assert response.status == 404
    expect(visitor.locator("body")).not_to_contain_text(DRAFT_TEXT)
    visitor.goto(base + course.url)
    expect(visitor.locator("main")).not_to_contain_text(TITLE)

    # 3. The department officer finds it on the admin dashboard and asks for a change.
    row = review_row(officer, base)
    expect(officer.get_by_role("heading", name=AWAITING_REVIEW)).to_be_visible()
    expect(row).to_have_count(1)
    officer.screenshot(path=screenshots_dir / "51-review-department-dashboard.png", full_page=True)
    row.get_by_role("button", name=ROW_ACTIONS, exact=True).click()
    row.get_by_role("button", name=REQUEST_CHANGES, exact=True).click()
    modal = officer.locator(".modal-dialog")
    expect(modal.get_by_role("heading", name=REQUEST_CHANGES)).to_be_visible()
    modal.get_by_label(COMMENT_LABEL).fill(COMMENT)
    officer.screenshot(path=screenshots_dir / "52-review-request-changes.png")
    modal.get_by_role("button", name=REQUEST_CHANGES, exact=True).click()
    expect(modal).to_have_count(0)  # back on the dashboard, reloaded
    expect(row).to_have_count(0)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = state.current_task_state
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == COMMENT
    assert task_state.finished_by.email == OFFICER
    lesson.refresh_from_db()
    assert not lesson.live
    to_trainer = [message for message in mailoutbox if TRAINER in message.to]
    assert any(COMMENT in message.body for message in to_trainer), [
        (message.to, message.subject) for message in mailoutbox
    ]

    # 4. The trainer reads the comment on the lesson, fixes the text and resubmits.
    trainer.goto(base + f"/admin/pages/{lesson.pk}/edit/")
    trainer.get_by_role("button", name=TOGGLE_STATUS).click()
    trainer.get_by_role("button", name=VIEW_DETAILS).click()
    status = trainer.locator("#workflow-status-dialog")
    expect(status).to_be_visible()
    expect(status).to_contain_text(COMMENT)
    trainer.screenshot(path=screenshots_dir / "53-review-trainer-reads-comment.png")
    trainer.keyboard.press("Escape")
    expect(status).to_be_hidden()
    write_paragraph(trainer, FIXED_TEXT)
    submit_from_footer(trainer, RESUBMIT)
    trainer.wait_for_url(f"**/admin/pages/{course.pk}/")
    expect(trainer.locator(".messages")).to_contain_text(TITLE)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    lesson.refresh_from_db()
    assert not lesson.live
    assert FIXED_TEXT in str(lesson.get_latest_revision().as_object().body)

    # 5. The department officer approves the new version from the dashboard.
    row = review_row(officer, base)
    expect(row).to_have_count(1)
    row.get_by_role("button", name=ROW_ACTIONS, exact=True).click()
    row.get_by_role("button", name=APPROVE, exact=True).click()
    expect(row).to_have_count(0)

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    lesson.refresh_from_db()
    assert lesson.live
    assert not lesson.has_unpublished_changes
    live_body = str(lesson.live_revision.as_object().body)
    assert FIXED_TEXT in live_body
    assert DRAFT_TEXT not in live_body
    assert FIXED_TEXT in str(lesson.body)

    # 6. An enrolled learner finds the lesson in the course and reads the fixed text.
    learner = signed_in(new_context, base, LEARNER)
    learner.goto(base + course.url)
    learner.locator("main").get_by_role("link", name=TITLE).click()
    expect(learner).to_have_url(url)
    main = learner.locator("main")
    expect(main.get_by_role("heading", name=TITLE)).to_be_visible()
    expect(main).to_contain_text(FIXED_TEXT)
    expect(main).not_to_contain_text(DRAFT_TEXT)
    learner.screenshot(path=screenshots_dir / "54-review-lesson-live.png", full_page=True)
