"""The content review workflow "Duyệt nội dung": trainers submit, the department approves
or asks for changes, and nothing reaches learners before approval."""

from datetime import timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Workflow, WorkflowState

import pytest

from courses.models import LessonPage
from courses.services import trainer_tracks_set
from people import roles
from tests.factories import make_staff


@pytest.fixture
def trainer(site_tree):
    user = make_staff("gv@example.org", roles.TRAINER)
    trainer_tracks_set(user=user, tracks=[site_tree.tracks[0]])
    return user


@pytest.fixture
def department(site_tree):
    return make_staff("so@example.org", roles.DEPARTMENT_OFFICER)


def review_workflow():
    return Workflow.objects.get(name=roles.REVIEW_WORKFLOW)


def test_every_page_is_under_the_review_workflow_of_the_department(site_tree):
    lesson = LessonPage.objects.first()
    workflow = lesson.get_workflow()
    assert workflow.name == roles.REVIEW_WORKFLOW
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [roles.DEPARTMENT_OFFICER]


def test_a_trainer_cannot_publish_only_submit(client, site_tree, trainer):
    lesson = LessonPage.objects.first()
    permissions = lesson.permissions_for_user(trainer)
    assert permissions.can_edit() and permissions.can_submit_for_moderation()
    assert not permissions.can_publish()


def test_submitted_changes_reach_learners_only_after_approval(
    client, site_tree, trainer, department
):
    lesson = LessonPage.objects.child_of(site_tree.courses[0]).first()
    live_title = lesson.title
    client.force_login(trainer)
    workflow = review_workflow()
    lesson.title = "Tiêu đề mới cần duyệt"
    revision = lesson.save_revision(user=trainer)
    workflow.start(lesson, trainer)
    lesson.refresh_from_db()
    assert lesson.title == live_title  # the live page is unchanged
    state = WorkflowState.objects.get(
        object_id=str(lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )

    # The department is told there is something to review.
    assert any("so@example.org" in message.to for message in mail.outbox)
    mail.outbox.clear()

    # Asking for changes with a comment tells the trainer, with the comment.
    client.force_login(department)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[lesson.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": "Xin bổ sung số đường dây nóng 111."},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    lesson.refresh_from_db()
    assert lesson.title == live_title
    to_trainer = [message for message in mail.outbox if "gv@example.org" in message.to]
    assert to_trainer and "Xin bổ sung số đường dây nóng 111." in to_trainer[0].body

    # The trainer fixes and resubmits; the department approves; now it is live.
    lesson.title = "Tiêu đề đã sửa"
    lesson.save_revision(user=trainer)
    state.resume(trainer)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[lesson.pk, "approve", state.current_task_state.pk],
        ),
        {},
    )
    assert response.status_code in (200, 302)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Tiêu đề đã sửa"
    assert revision.pk != lesson.live_revision_id


def test_approved_changes_with_a_go_live_date_wait_for_it(client, site_tree, trainer, department):
    lesson = LessonPage.objects.child_of(site_tree.courses[0]).first()
    live_title = lesson.title
    lesson.title = "Bản cập nhật theo lịch"
    lesson.go_live_at = timezone.now() + timedelta(days=1)
    revision = lesson.save_revision(user=trainer)
    state = review_workflow().start(lesson, trainer)

    client.force_login(department)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[lesson.pk, "approve", state.current_task_state.pk],
        ),
        {},
    )
    revision.refresh_from_db()
    lesson.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert lesson.title == live_title  # approved, but not before its date

    day_after = timezone.now() + timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=day_after):
        call_command("publish_scheduled")  # what cron runs every few minutes
    lesson.refresh_from_db()
    assert lesson.title == "Bản cập nhật theo lịch"


def test_a_trainer_of_another_track_cannot_submit_there(client, site_tree, department):
    from tests.factories import add_content

    add_content(site_tree, tracks=1, courses=1, lessons=1)
    other = make_staff("khac@example.org", roles.TRAINER)
    trainer_tracks_set(user=other, tracks=[site_tree.tracks[1]])
    lesson = LessonPage.objects.child_of(site_tree.courses[0]).first()
    assert not lesson.permissions_for_user(other).can_edit()
    client.force_login(other)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 302 and response.url == "/admin/"
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {"title": "Đổi trộm", "action-submit": "1"},
    )
    assert response.status_code == 302 and response.url == "/admin/"
    assert not WorkflowState.objects.filter(object_id=str(lesson.pk)).exists()


def test_review_emails_show_names_and_comments_as_typed(site_tree):
    """Wagtail's plain-text notifications: a greeting, a reviewer's name and a comment
    with quotes or ampersands arrive as typed, not as &quot; and &amp;."""
    from django.test import Client

    trainer = make_staff("hang'ut@example.org", roles.TRAINER)
    trainer_tracks_set(user=trainer, tracks=[site_tree.tracks[0]])
    department = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    department.person.full_name = 'Lê "Thu" Hà & Co'
    department.person.save()
    lesson = LessonPage.objects.child_of(site_tree.courses[0]).first()
    lesson.title = "Ứng phó & hỗ trợ"
    lesson.save_revision(user=trainer)
    review_workflow().start(lesson, trainer)
    state = WorkflowState.objects.get(
        object_id=str(lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    mail.outbox.clear()

    client = Client()
    client.force_login(department)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[lesson.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": 'Thêm số "111" & số 113.'},
    )
    [message] = [m for m in mail.outbox if trainer.email in m.to]
    assert "hang'ut" in message.body  # the greeting
    assert 'Lê "Thu" Hà & Co' in message.body
    assert 'Thêm số "111" & số 113.' in message.body
    assert "&amp;" not in message.body and "&quot;" not in message.body
    assert "&#x27;" not in message.body
