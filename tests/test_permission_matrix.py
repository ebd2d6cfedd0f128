"""Who may do what: one test per cell of the role × action matrix below.

Each cell performs the action through the real views (the Wagtail admin for pages,
snippets and certificates, the site's /trainings/manage/ pages for trainings) and checks
both the answer and the database: an allowed action answers as the view does on success
and leaves its trace; a refused one is answered with a refusal and changes nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from certificates.models import Certificate
from certificates.services import issue_certificate
from courses.models import (
    CoursePage,
    Question,
    QuestionOption,
    Quiz,
    TrackPage,
    Training,
)
from courses.services import enrolment_create, trainer_tracks_set
from people import roles
from people.models import AdministrativeUnit, Organisation
from reports.models import AnnualNarrative, CapacityGoal, ReportIssuer
from tests.factories import add_content, build_site, make_learner

pytestmark = pytest.mark.django_db

# Y allowed, N refused, — not applicable (the comment says why). Every object acted on
# belongs to track A: "trainer" looks after track A, "other_trainer" after track B only.
# "district" is the local officer the department gave the training's district (587) on
# the roles page, though their own profile says 584; "other_district" the officer given
# 584, though their profile says 587: the unit comes from the role, never from a profile
# the officer can edit. Pages: edit saves a draft,
# submit starts the review workflow, publish publishes. Certificates: create is issuing
# by hand, delete is revoking.
MATRIX = """
                     learner trainer other_trainer department district other_district
tracks.view          N       Y       N             Y          N        N
tracks.create        N       N       N             Y          N        N
tracks.edit          N       Y       N             Y          N        N
tracks.submit        N       Y       N             Y          N        N
tracks.publish       N       N       N             Y          N        N
tracks.delete        N       N       N             Y          N        N
courses.view         N       Y       N             Y          N        N
courses.create       N       Y       N             Y          N        N
courses.edit         N       Y       N             Y          N        N
courses.submit       N       Y       N             Y          N        N
courses.publish      N       N       N             Y          N        N
courses.delete       N       N       N             Y          N        N
lessons.view         N       Y       N             Y          N        N
lessons.create       N       Y       N             Y          N        N
lessons.edit         N       Y       N             Y          N        N
lessons.submit       N       Y       N             Y          N        N
lessons.publish      N       N       N             Y          N        N
lessons.delete       N       N       N             Y          N        N
questions.view       N       Y       N             Y          N        N
questions.create     N       Y       N             Y          N        N
questions.edit       N       Y       N             Y          N        N
questions.submit     —       —       —             —          —        —  # snippets: no workflow
questions.publish    —       —       —             —          —        —  # snippets: no workflow
questions.delete     N       Y       N             Y          N        N
quizzes.view         N       Y       N             Y          N        N
quizzes.create       N       Y       N             Y          N        N
quizzes.edit         N       Y       N             Y          N        N
quizzes.submit       —       —       —             —          —        —  # snippets: no workflow
quizzes.publish      —       —       —             —          —        —  # snippets: no workflow
quizzes.delete       N       Y       N             Y          N        N
trainings.view       N       Y       N             Y          Y        N
trainings.create     N       Y       N             Y          N        N
trainings.edit       N       Y       N             Y          N        N
trainings.submit     —       —       —             —          —        —  # records, not content
trainings.publish    —       —       —             —          —        —  # listed once saved
trainings.delete     N       Y       N             Y          N        N
certificates.view    N       Y       N             Y          N        N
certificates.create  N       N       N             Y          N        N
certificates.edit    —       —       —             —          —        —  # never changed: revoked
certificates.submit  —       —       —             —          —        —  # issued, not reviewed
certificates.publish —       —       —             —          —        —  # issued, not reviewed
certificates.delete  N       N       N             Y          N        N
goals.view           N       N       N             Y          N        N
goals.create         N       N       N             Y          N        N
goals.edit           N       N       N             Y          N        N
goals.submit         —       —       —             —          —        —  # snippets: no workflow
goals.publish        —       —       —             —          —        —  # snippets: no workflow
goals.delete         N       N       N             Y          N        N
issuers.view         N       N       N             Y          N        N
issuers.create       N       N       N             Y          N        N
issuers.edit         N       N       N             Y          N        N
issuers.submit       —       —       —             —          —        —  # snippets: no workflow
issuers.publish      —       —       —             —          —        —  # snippets: no workflow
issuers.delete       N       N       N             N          N        N  # closed by a date
texts.view           N       N       N             Y          Y        N
texts.create         —       —       —             —          —        —  # made on first save
texts.edit           N       N       N             Y          N        N
texts.submit         —       —       —             —          —        —  # not reviewed
texts.publish        —       —       —             —          —        —  # printed as kept
texts.delete         —       —       —             —          —        —  # kept with history
"""

# Cells where the code answers otherwise than the matrix: (role, resource, action) -> why.
DISAGREEMENTS: dict[tuple[str, str, str], str] = {}


def parse(table: str) -> dict[tuple[str, str], dict[str, str]]:
    lines = [line.split("#")[0].split() for line in table.strip().splitlines()]
    header, rows = lines[0], lines[1:]
    return {tuple(row[0].split(".")): dict(zip(header, row[1:], strict=True)) for row in rows}


def cells():
    for (resource, action), answers in parse(MATRIX).items():
        for role, expected in answers.items():
            if expected == "—":
                continue
            reason = DISAGREEMENTS.get((role, resource, action))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(
                role, resource, action, expected, id=f"{role}-{resource}-{action}", marks=marks
            )


# People ---------------------------------------------------------------------------------


@pytest.fixture
def world(db):
    """Track A with a course and a lesson, and an empty track B."""
    tree = build_site(tracks=1, courses=1, lessons=1)
    add_content(tree, tracks=1, courses=0, lessons=0)
    return tree


def person_in(email, *groups, is_staff=False, district="587"):
    user = make_learner(email, full_name=email.split("@")[0], district=district)
    user.groups.add(*Group.objects.filter(name__in=groups))
    if is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    return user


def make_user(role, world):
    if role == "learner":
        return person_in("hocvien@example.org", roles.LEARNER)
    if role == "department":
        return person_in("so@example.org", roles.DEPARTMENT_OFFICER)
    if role in ("district", "other_district"):
        from people.services import officer_units_set

        given, profile = ("587", "584") if role == "district" else ("584", "587")
        user = person_in(f"{role}@example.org", roles.DISTRICT_OFFICER, district=profile)
        officer_units_set(user=user, units=[AdministrativeUnit.objects.get(code=given)])
        return user
    track = {"trainer": world.tracks[0], "other_trainer": world.tracks[1]}[role]
    user = person_in(f"{role}@example.org", roles.TRAINER, is_staff=True)
    trainer_tracks_set(user=user, tracks=[track])
    return user


# Answers --------------------------------------------------------------------------------


def redirects(response, url) -> bool:
    return response.status_code == 302 and response["Location"] == url


def refused(response) -> bool:
    """The admin refuses with 403, a redirect to its dashboard or to its login (no admin
    access at all); the site's staff pages with 403, or 404 for what one may not see."""
    location = response.get("Location", "") if response.status_code == 302 else ""
    return (
        response.status_code in (403, 404)
        or location == "/admin/"
        or location.startswith("/admin/login/")
    )


def form_refused(response, field) -> bool:
    """A form re-shown because the object is outside the editor's choices."""
    form = response.context and response.context.get("form")
    return response.status_code == 200 and bool(form) and field in form.errors


@dataclass
class Outcome:
    response: object
    allowed: bool  # answered as the view answers on success
    refused: bool  # answered with a refusal
    done: bool  # the database (or the page shown) has the action's effect

    def __str__(self):
        location = self.response.get("Location", "")
        return f"{self.response.status_code} {location} done={self.done}"


# Pages ----------------------------------------------------------------------------------

NEW_TITLE = "Tiêu đề đã sửa"


@dataclass
class PageTarget:
    page: Page
    parent: Page  # where "create" adds a page of the same type


@pytest.fixture
def tracks_target(world):
    return PageTarget(world.tracks[0], world.index)


@pytest.fixture
def courses_target(world):
    return PageTarget(world.courses[0], world.tracks[0])


@pytest.fixture
def lessons_target(world):
    return PageTarget(world.lessons[0], world.courses[0])


def page_form(model, title, slug, **extra):
    fields = {"title": title, "slug": slug, "comments": inline_formset([])}
    if model is TrackPage:
        fields |= {
            "summary": "Tóm tắt.",
            "audience": rich_text("<p>Cán bộ.</p>"),
            "objectives": streamfield([]),
        }
    elif model is CoursePage:
        fields |= {
            "summary": "Tóm tắt.",
            "description": rich_text("<p>Mô tả.</p>"),
            "objectives": streamfield([]),
            "estimated_hours": "2.0",
        }
    else:
        fields |= {"summary": "", "body": streamfield([("paragraph", rich_text("<p>Bài.</p>"))])}
    return nested_form_data(fields) | extra


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def explore_url(page):
    return reverse("wagtailadmin_explore", args=[page.get_parent().pk])


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def page_view(client, target):
    response = client.get(edit_url(target.page))
    shown = response.status_code == 200 and target.page.title in response.content.decode()
    return Outcome(response, response.status_code == 200, refused(response), shown)


def page_create(client, target):
    model = type(target.page)
    meta = model._meta
    url = reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, target.parent.pk]
    )
    response = client.post(url, page_form(model, "Trang mới", "trang-moi"))
    new = model.objects.child_of(target.parent).filter(slug="trang-moi").first()
    allowed = new is not None and redirects(response, edit_url(new))
    return Outcome(response, allowed, refused(response), new is not None)


def page_post(client, target, **action):
    page = target.page
    return client.post(edit_url(page), page_form(type(page), NEW_TITLE, page.slug, **action))


def page_edit(client, target):
    page = target.page
    before = page.revisions.count()
    response = page_post(client, target)
    latest = Page.objects.get(pk=page.pk).get_latest_revision()
    drafted = page.revisions.count() > before and latest.content["title"] == NEW_TITLE
    allowed = redirects(response, edit_url(page)) and live_title(page) == page.title
    return Outcome(response, allowed, refused(response), drafted)


def page_submit(client, target):
    response = page_post(client, target, **{"action-submit": "Gửi duyệt"})
    in_review = (
        WorkflowState.objects.for_instance(target.page)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .exists()
    )
    return Outcome(
        response, redirects(response, explore_url(target.page)), refused(response), in_review
    )


def page_publish(client, target):
    response = page_post(client, target, **{"action-publish": "Xuất bản"})
    published = live_title(target.page) == NEW_TITLE
    # Without the permission Wagtail ignores "publish" and keeps the changes as a draft.
    kept_as_draft = redirects(response, edit_url(target.page))
    return Outcome(
        response,
        redirects(response, explore_url(target.page)),
        refused(response) or kept_as_draft,
        published,
    )


def page_delete(client, target):
    page = target.page
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    gone = not Page.objects.filter(pk=page.pk).exists()
    return Outcome(response, redirects(response, explore_url(page)), refused(response), gone)


# Snippets: question banks, quizzes, capacity goals -------------------------------------


@dataclass
class SnippetTarget:
    obj: object
    create_data: dict
    edit_data: dict
    edited: Callable  # obj (fresh from the database) -> whether the edit was saved
    created: Callable  # () -> whether the new object exists

    @property
    def base(self):
        meta = type(self.obj)._meta
        return f"/admin/snippets/{meta.app_label}/{meta.model_name}/"


def question_data(course, text, question=None):
    if question is None:
        rows = [{"text": "Đúng", "is_correct": "on"}, {"text": "Sai"}]
    else:
        rows = [
            {"id": str(o.pk), "text": o.text, **({"is_correct": "on"} if o.is_correct else {})}
            for o in question.options.order_by("sort_order")
        ]
    data = {"course": course.pk, "kind": "single", "text": text, "explanation": "", "tags": ""}
    initial = len(rows) if question else 0
    return nested_form_data({**data, "options": inline_formset(rows, initial=initial)})


@pytest.fixture
def questions_target(world):
    course = world.courses[0]
    question = Question.objects.create(course=course, kind="single", text="Câu hỏi cũ?")
    QuestionOption.objects.create(question=question, text="Đúng", is_correct=True, sort_order=0)
    QuestionOption.objects.create(question=question, text="Sai", is_correct=False, sort_order=1)
    return SnippetTarget(
        question,
        question_data(course, "Câu hỏi mới?"),
        question_data(course, "Câu hỏi đã sửa?", question),
        edited=lambda q: q.text == "Câu hỏi đã sửa?",
        created=lambda: Question.objects.filter(course=course, text="Câu hỏi mới?").exists(),
    )


def quiz_data(course, title):
    return {
        "course": course.pk,
        "title": title,
        "kind": "practice",
        "selection": "random",
        "question_count": "5",
        "tags": "",
        "shuffle_questions": "on",
        "shuffle_options": "on",
        "pass_mark": "70",
        "max_attempts": "0",
        "time_limit_minutes": "",
        "review": "pass",
    }


@pytest.fixture
def quizzes_target(world):
    course = world.courses[0]
    quiz = Quiz.objects.create(course=course, title="Luyện tập", kind="practice")
    return SnippetTarget(
        quiz,
        quiz_data(course, "Bài kiểm tra mới"),
        quiz_data(course, "Bài đã sửa"),
        edited=lambda q: q.title == "Bài đã sửa",
        created=lambda: Quiz.objects.filter(course=course, title="Bài kiểm tra mới").exists(),
    )


def goal_data(year, target):
    blank = {"district": "", "track": "", "target_group": ""}
    return {"year": str(year), "target": str(target), "notes": "Kế hoạch năm", **blank}


@pytest.fixture
def goals_target(db):
    goal = CapacityGoal.objects.create(year=2026, target=300)
    return SnippetTarget(
        goal,
        goal_data(2027, 500),
        goal_data(2026, 750),
        edited=lambda g: g.target == 750,
        created=lambda: CapacityGoal.objects.filter(year=2027, target=500).exists(),
    )


def issuer_data(valid_from, signer):
    return {
        "unit": str(AdministrativeUnit.objects.get(code="587").pk),
        "valid_from": valid_from,
        "valid_until": "",
        "governing_body": "UBND TỈNH KHÁNH HÒA",
        "issuing_body": "UBND XÃ NINH PHƯỚC",
        "place_name": "Ninh Phước",
        "document_symbol": "BC-UBND",
        "addressee": "",
        "signer_authority": "CHỦ TỊCH",
        "signer_name": signer,
        "recipients": "",
        "archive": "",
        "notes": "",
    }


@pytest.fixture
def issuers_target(db):
    issuer = ReportIssuer.objects.create(
        unit=AdministrativeUnit.objects.get(code="587"),
        valid_from="2025-07-01",
        valid_until="2025-12-31",
        governing_body="UBND TỈNH KHÁNH HÒA",
        place_name="Ninh Phước",
    )
    return SnippetTarget(
        issuer,
        issuer_data("2026-01-01", "Đạo Văn Mới"),
        {**issuer_data("2025-07-01", "Đạo Văn Sửa"), "valid_until": "2025-12-31"},
        edited=lambda i: i.signer_name == "Đạo Văn Sửa",
        created=lambda: ReportIssuer.objects.filter(signer_name="Đạo Văn Mới").exists(),
    )


def snippet_view(client, target):
    listing = client.get(target.base)
    edit = f"{target.base}edit/{target.obj.pk}/"
    response = client.get(edit)
    listed = listing.status_code == 200 and edit in listing.content.decode()
    allowed = response.status_code == 200 and listing.status_code == 200
    return Outcome(response, allowed, refused(response), listed)


def snippet_create(client, target):
    response = client.post(f"{target.base}add/", target.create_data)
    return Outcome(
        response,
        redirects(response, target.base),
        refused(response) or form_refused(response, "course"),
        target.created(),
    )


def snippet_edit(client, target):
    response = client.post(f"{target.base}edit/{target.obj.pk}/", target.edit_data)
    obj = type(target.obj).objects.get(pk=target.obj.pk)
    return Outcome(
        response, redirects(response, target.base), refused(response), target.edited(obj)
    )


def snippet_delete(client, target):
    response = client.post(f"{target.base}delete/{target.obj.pk}/")
    gone = not type(target.obj).objects.filter(pk=target.obj.pk).exists()
    return Outcome(response, redirects(response, target.base), refused(response), gone)


# The annual report's text of unit 587 --------------------------------------------------

TEXT = "Xã còn thiếu cán bộ đầu mối."


@pytest.fixture
def texts_target(db):
    return AnnualNarrative.objects.create(
        year=timezone.localdate().year, unit=AdministrativeUnit.objects.get(code="587"),
        difficulties=TEXT,
    )  # fmt: skip


def _text_url(narrative):
    return f"/reports/annual/{narrative.year}/?district=587"


def text_view(client, narrative):
    response = client.get(_text_url(narrative))
    page = response.content.decode() if response.status_code == 200 else ""
    return shown_or_refused(response, TEXT in page)


def text_edit(client, narrative):
    response = client.post(_text_url(narrative), {"action": "save", "difficulties": "Đã sửa."})
    narrative.refresh_from_db()
    allowed = response.status_code == 302
    return Outcome(response, allowed, refused(response), narrative.difficulties == "Đã sửa.")


# Trainings ------------------------------------------------------------------------------


def training_data(track, title):
    today = timezone.localdate()
    return {
        "format": "tap_huan",
        "title": title,
        "track": track.pk,
        "organiser": Organisation.objects.filter(is_active=True).order_by("sort_order")[0].pk,
        "district": AdministrativeUnit.objects.get(code="587").pk,
        "venue": "Hội trường UBND",
        "starts_on": today.isoformat(),
        "ends_on": (today + timedelta(days=1)).isoformat(),
        "hours": "8",
    }


@pytest.fixture
def trainings_target(world):
    """A training of track A in district 587, entered by the department, nobody on it."""
    author = person_in("so-tao@example.org", roles.DEPARTMENT_OFFICER)
    today = timezone.localdate()
    return Training.objects.create(
        format="tap_huan",
        title="Tập huấn của Sở",
        track=world.tracks[0],
        organiser=Organisation.objects.filter(is_active=True).order_by("sort_order")[0],
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on=today,
        ends_on=today + timedelta(days=1),
        hours=Decimal("8"),
        created_by=author,
    )


def manage_url(training):
    return f"/trainings/{training.pk}/manage/"


def training_view(client, training):
    response = client.get(manage_url(training))
    shown = response.status_code == 200 and training.title in response.content.decode()
    return Outcome(response, response.status_code == 200, refused(response), shown)


def training_create(client, training):
    response = client.post("/trainings/manage/new/", training_data(training.track, "Tập huấn mới"))
    new = Training.objects.filter(title="Tập huấn mới").first()
    allowed = new is not None and redirects(response, manage_url(new))
    # Another track's trainer is offered only their own tracks: the form refuses track A.
    return Outcome(
        response, allowed, refused(response) or form_refused(response, "track"), new is not None
    )


def training_edit(client, training):
    data = training_data(training.track, "Tập huấn đổi tên")
    response = client.post(f"{manage_url(training)}edit/", data)
    training.refresh_from_db()
    renamed = training.title == "Tập huấn đổi tên"
    return Outcome(response, redirects(response, manage_url(training)), refused(response), renamed)


def training_delete(client, training):
    response = client.post(f"{manage_url(training)}delete/")
    gone = not Training.objects.filter(pk=training.pk).exists()
    allowed = redirects(response, "/trainings/manage/")
    return Outcome(response, allowed, refused(response), gone)


# Certificates ---------------------------------------------------------------------------


@dataclass
class CertificateTarget:
    certificate: Certificate
    candidate: object  # an enrolment without a certificate, for issuing by hand


@pytest.fixture
def certificates_target(world):
    course = world.courses[0]
    holder = make_learner("hang@example.org", full_name="Nguyễn Thị Hằng").person
    enrolment_create(person=holder, course=course)
    candidate = make_learner("lan@example.org", full_name="Trần Thị Lan").person
    return CertificateTarget(
        issue_certificate(holder, course), enrolment_create(person=candidate, course=course)
    )


def certificate_view(client, target):
    certificate = target.certificate
    response = client.get(f"/admin/certificates/{certificate.pk}/")
    shown = response.status_code == 200 and certificate.serial in response.content.decode()
    return Outcome(response, response.status_code == 200, refused(response), shown)


def certificate_create(client, target):
    enrolment = target.candidate
    url = f"/admin/certificates/course/{enrolment.course_id}/"
    response = client.post(url, {"enrolment": enrolment.pk, "reason": "Học trực tiếp"})
    issued = Certificate.objects.filter(
        person=enrolment.person, course_id=enrolment.course_id
    ).exists()
    return Outcome(response, redirects(response, url), refused(response), issued)


def certificate_revoke(client, target):
    certificate = target.certificate
    url = f"/admin/certificates/{certificate.pk}/"
    response = client.post(f"{url}revoke/", {"reason": "Cấp nhầm người"})
    certificate.refresh_from_db()
    revoked = certificate.revoked_at is not None
    return Outcome(response, redirects(response, url), refused(response), revoked)


# The cells ------------------------------------------------------------------------------

PAGE_ACTIONS = {
    "view": page_view,
    "create": page_create,
    "edit": page_edit,
    "submit": page_submit,
    "publish": page_publish,
    "delete": page_delete,
}
SNIPPET_ACTIONS = {
    "view": snippet_view,
    "create": snippet_create,
    "edit": snippet_edit,
    "delete": snippet_delete,
}
ACTIONS = {
    "tracks": PAGE_ACTIONS,
    "courses": PAGE_ACTIONS,
    "lessons": PAGE_ACTIONS,
    "questions": SNIPPET_ACTIONS,
    "quizzes": SNIPPET_ACTIONS,
    "goals": SNIPPET_ACTIONS,
    "issuers": SNIPPET_ACTIONS,
    "texts": {"view": text_view, "edit": text_edit},
    "trainings": {
        "view": training_view,
        "create": training_create,
        "edit": training_edit,
        "delete": training_delete,
    },
    "certificates": {
        "view": certificate_view,
        "create": certificate_create,
        "delete": certificate_revoke,
    },
}


def test_every_applicable_cell_has_an_action():
    for (resource, action), answers in parse(MATRIX).items():
        applicable = set(answers.values()) != {"—"}
        assert (action in ACTIONS[resource]) is applicable, (resource, action)
        assert set(answers) == {
            "learner",
            "trainer",
            "other_trainer",
            "department",
            "district",
            "other_district",
        }
        assert set(answers.values()) <= {"Y", "N", "—"}


@pytest.mark.parametrize(("role", "resource", "action", "expected"), list(cells()))
def test_permission(client, world, request, role, resource, action, expected):
    user = make_user(role, world)
    target = request.getfixturevalue(f"{resource}_target")
    client.force_login(user)

    outcome = ACTIONS[resource][action](client, target)

    if expected == "Y":
        assert outcome.allowed and outcome.done, f"expected allowed, got {outcome}"
    else:
        assert outcome.refused and not outcome.done, f"expected refused, got {outcome}"


# What a local officer reads: reports, learner lists, results, attendee lists ------------

# The same people, the same answers. Every record read belongs to district 587: a learner
# of track A's course who lives there, completed it, holds its certificate and took its
# quiz, and attends the training held there. A reader who may see
# it gets it; one who may not is refused, or is shown their own scope without any of it
# (the report page answers every officer with their own units, whatever is asked).
SCOPE_MATRIX = """
                     learner trainer other_trainer department district other_district
reports.view         N       N       N             Y          Y        N
learners.view        N       Y       N             Y          Y        N
results.view         N       Y       N             Y          Y        N
attendees.view       N       Y       N             Y          Y        N
"""

SCOPE_LEARNER = "Lò Thị Gái"


@dataclass
class ScopeTarget:
    course: CoursePage
    training: Training


@pytest.fixture
def scope_target(world, trainings_target):
    from courses import services
    from tests.factories import make_quiz

    course = world.courses[0]
    quiz = make_quiz(course, questions=1)
    learner = make_learner("gai@example.org", full_name=SCOPE_LEARNER, district="587").person
    enrolment = enrolment_create(person=learner, course=course)
    services.lesson_complete(enrolment=enrolment, lesson=world.lessons[0])
    attempt = services.quiz_attempt_start(quiz=quiz, person=learner)
    services.quiz_attempt_submit(attempt=attempt, answers={})
    if not Certificate.objects.filter(person=learner).exists():
        issue_certificate(learner, course)
    from courses import training_services

    training_services.attendee_add(training=trainings_target, person=learner, source="manual")
    return ScopeTarget(course, trainings_target)


def shown_or_refused(response, shown: bool) -> Outcome:
    ok = response.status_code == 200
    return Outcome(response, ok, refused(response) or (ok and not shown), ok and shown)


def report_view(client, target):
    response = client.get("/reports/", {"district": "587"})
    page = response.content.decode() if response.status_code == 200 else ""
    district = AdministrativeUnit.objects.get(code="587").name
    shown = 'data-figure="certified">1<' in page and f'data-district="{district}"' in page
    return shown_or_refused(response, shown)


def learners_view(client, target):
    response = client.get(target.course.url + "learners/csv/", {"district": "587"})
    return shown_or_refused(response, SCOPE_LEARNER in response.content.decode("utf-8-sig"))


def results_view(client, target):
    response = client.get(target.course.url + "results/csv/", {"district": "587"})
    return shown_or_refused(response, SCOPE_LEARNER in response.content.decode("utf-8-sig"))


def attendees_view(client, target):
    response = client.get(f"/trainings/{target.training.pk}/manage/attendees.csv")
    return shown_or_refused(response, SCOPE_LEARNER in response.content.decode("utf-8-sig"))


SCOPE_ACTIONS = {
    ("reports", "view"): report_view,
    ("learners", "view"): learners_view,
    ("results", "view"): results_view,
    ("attendees", "view"): attendees_view,
}


def scope_cells():
    for (resource, action), answers in parse(SCOPE_MATRIX).items():
        for role, expected in answers.items():
            yield pytest.param(role, resource, action, expected, id=f"{role}-{resource}-{action}")


def test_scope_matrix_has_the_same_readers_and_an_action_per_row():
    header = set(parse(MATRIX)[("tracks", "view")])
    for key, answers in parse(SCOPE_MATRIX).items():
        assert set(answers) == header, key
        assert key in SCOPE_ACTIONS, key
        assert set(answers.values()) <= {"Y", "N"}


@pytest.mark.parametrize(("role", "resource", "action", "expected"), list(scope_cells()))
def test_scope(client, world, scope_target, role, resource, action, expected):
    user = make_user(role, world)
    client.force_login(user)

    outcome = SCOPE_ACTIONS[(resource, action)](client, scope_target)

    if expected == "Y":
        assert outcome.allowed and outcome.done, f"expected shown, got {outcome}"
    else:
        assert outcome.refused and not outcome.done, f"expected refused, got {outcome}"
