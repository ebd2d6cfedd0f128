"""Builds the demo site: page tree, tracks, courses, lessons, settings and demo accounts.

Every step looks for what it would create and leaves existing objects alone, so running
it again is quick and never overwrites what editors have changed.
"""

import importlib
import json
import pkgutil
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Page, Site

from courses.models import (
    CoursePage,
    LessonPage,
    Question,
    QuestionOption,
    Quiz,
    TrackIndexPage,
    TrackPage,
)
from demo import questions as question_modules
from demo import tracks as track_modules
from demo.annual import ensure_demo_annual_report
from demo.goals import ensure_demo_goals
from demo.privacy import PRIVACY_PAGE
from demo.reporting import ensure_demo_online_learners
from demo.trainings import ensure_demo_trainings
from lms.models import ContentPage, HomePage, SafetySettings
from people import roles
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup, User
from people.services import officer_units_set

HOME = {
    "title": "Nâng cao năng lực phòng ngừa và ứng phó với bạo lực trên cơ sở giới",
    "slug": "trang-chu",
    "intro": (
        "Khóa học trực tuyến và tập huấn trực tiếp cho cán bộ, cộng tác viên và người cung cấp "
        "dịch vụ trong tỉnh, theo Kế hoạch thực hiện Chương trình phòng ngừa và ứng phó với bạo "
        "lực trên cơ sở giới năm 2023."
    ),
    "body": (
        "<p>Kế hoạch của Ủy ban nhân dân tỉnh yêu cầu đào tạo, bồi dưỡng nâng cao năng lực cho "
        "đội ngũ cán bộ, nhân viên, cộng tác viên phụ trách lĩnh vực liên quan đến bạo lực "
        "trên cơ sở giới. Trang này tập hợp các học phần theo từng nhóm nội dung, bài kiểm tra "
        "đầu vào và đầu ra, giấy chứng nhận có mã xác minh và số liệu người được đào tạo theo "
        "từng huyện.</p>"
        "<p>Nếu bạn hoặc người thân đang gặp nguy hiểm, hãy gọi <b>113</b> (Công an) hoặc "
        "<b>115</b> (Cấp cứu). Các số điện thoại hỗ trợ khác ở cuối trang.</p>"
    ),
}
TRACK_INDEX = {
    "title": "Chương trình đào tạo",
    "slug": "chuong-trinh-dao-tao",
    "intro": (
        "<p>Sáu nhóm nội dung theo mục III.3 của Kế hoạch: từ kiến thức chung đến kỹ năng "
        "chuyên sâu cho người cung cấp dịch vụ.</p>"
    ),
}
HOTLINES = [
    ("Công an", "113", "Khi có nguy hiểm trước mắt"),
    ("Cấp cứu", "115", "Khi cần cấp cứu y tế"),
    ("Tổng đài quốc gia bảo vệ trẻ em", "111", "Miễn phí, 24/7"),
    (
        "Ngôi nhà Bình yên",
        "1900 969 680",
        "Tổng đài 24/7 hỗ trợ người bị bạo lực trên cơ sở giới, bạo lực gia đình",
    ),
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    full_name: str
    sex: str
    role: str
    district_code: str


DEMO_PASSWORD = "demo-Ninh-Thuan-2023"  # noqa: S105 - published demo credentials, dev only
DEMO_ACCOUNTS = [
    DemoAccount(
        "hocvien@example.org", DEMO_PASSWORD, "Nguyễn Thị Hằng", "female", roles.LEARNER, "587"
    ),
    DemoAccount(
        "giangvien@example.org", DEMO_PASSWORD, "Trần Văn Minh", "male", roles.TRAINER, "582"
    ),
    DemoAccount(
        "so@example.org",
        DEMO_PASSWORD,
        "Lê Thị Thu Hà",
        "female",
        roles.DEPARTMENT_OFFICER,
        "582",
    ),
    DemoAccount(
        "huyen@example.org", DEMO_PASSWORD, "Đặng Văn Ượng", "male", roles.DISTRICT_OFFICER, "584"
    ),
]


def load_track_data() -> list[dict]:
    modules = [
        importlib.import_module(f"{track_modules.__name__}.{info.name}")
        for info in pkgutil.iter_modules(track_modules.__path__)
    ]
    return sorted((module.TRACK for module in modules), key=lambda track: track["number"])


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _add(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _objectives(items: list[str]) -> str:
    return json.dumps([{"type": "objective", "value": item} for item in items])


def ensure_home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = _add(
            root,
            HomePage(
                title=HOME["title"], slug=HOME["slug"], intro=HOME["intro"], body=HOME["body"]
            ),
        )
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=HOME["title"],
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site.site_name or HOME["title"]
        site.save()
        # The "Welcome to Wagtail" page that a fresh install starts with.
        if old_root.depth == 2 and old_root.specific_class is Page:
            old_root.delete()
    return home


def _ensure(parent: Page, model, **fields) -> tuple[Page, int]:
    """The child of `parent` with the given slug, created and published if missing."""
    page = _child(parent, model, fields["slug"])
    if page is not None:
        return page, 0
    return _add(parent, model(**fields)), 1


def ensure_tracks(home: HomePage) -> int:
    """Create the track index and every track, course and lesson that is missing."""
    index, created = _ensure(home, TrackIndexPage, **TRACK_INDEX)
    for data in load_track_data():
        track, added = _ensure(
            index,
            TrackPage,
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            audience=data["audience"],
            objectives=_objectives(data["objectives"]),
        )
        created += added
        for course_data in data["courses"]:
            course, added = _ensure(
                track,
                CoursePage,
                title=course_data["title"],
                slug=course_data["slug"],
                summary=course_data["summary"],
                description=course_data["description"],
                objectives=_objectives(course_data["objectives"]),
                estimated_hours=Decimal(course_data["estimated_hours"]),
            )
            created += added
            for lesson_data in course_data["lessons"]:
                _lesson, added = _ensure(
                    course,
                    LessonPage,
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    summary=lesson_data["summary"],
                    body=json.dumps(lesson_data["body"]),
                )
                created += added
    return created


DEMO_QUIZZES = [
    {
        "title": "Kiểm tra đầu vào",
        "kind": Quiz.Kind.PRE_TEST,
        "question_count": 10,
        "pass_mark": 0,
        "review": Quiz.Review.NEVER,
    },
    {
        "title": "Kiểm tra cuối khóa",
        "kind": Quiz.Kind.POST_TEST,
        "question_count": 10,
        "pass_mark": 70,
        "max_attempts": 3,
        "review": Quiz.Review.AFTER_PASS,
    },
]


def load_question_banks() -> dict[str, list[dict]]:
    banks: dict[str, list[dict]] = {}
    for info in pkgutil.iter_modules(question_modules.__path__):
        module = importlib.import_module(f"{question_modules.__name__}.{info.name}")
        banks.update(module.QUESTIONS)
    return banks


def ensure_quizzes() -> int:
    """Each demo course gets its question bank, a pre-test and a post-test (if missing)."""
    created = 0
    banks = load_question_banks()
    for course in CoursePage.objects.filter(slug__in=banks):
        if not Question.objects.filter(course=course).exists():
            for data in banks[course.slug]:
                question = Question.objects.create(
                    course=course,
                    kind=data["kind"],
                    text=data["text"],
                    explanation=data["explanation"],
                )
                question.tags.add(*data["tags"])
                question.save()  # cluster tags are written on save
                QuestionOption.objects.bulk_create(
                    QuestionOption(question=question, text=text, is_correct=correct, sort_order=n)
                    for n, (text, correct) in enumerate(data["options"])
                )
                created += 1
        for quiz in DEMO_QUIZZES:
            if not Quiz.objects.filter(course=course, kind=quiz["kind"]).exists():
                Quiz.objects.create(course=course, **quiz)
    return created


def ensure_privacy_page(home: HomePage) -> int:
    _page, created = _ensure(
        home,
        ContentPage,
        title=PRIVACY_PAGE["title"],
        slug=PRIVACY_PAGE["slug"],
        summary=PRIVACY_PAGE["summary"],
        body=json.dumps(PRIVACY_PAGE["body"]),
    )
    return created


def ensure_settings(site: Site) -> None:
    safety = SafetySettings.for_site(site)
    if not safety.hotlines:
        safety.hotlines = json.dumps(
            [
                {"type": "hotline", "value": {"name": name, "number": number, "description": desc}}
                for name, number, desc in HOTLINES
            ]
        )
        safety.save()


def ensure_demo_accounts() -> list[DemoAccount]:
    districts = {unit.code: unit for unit in AdministrativeUnit.objects.districts()}
    organisation = Organisation.objects.order_by("sort_order").first()
    target_group = TargetGroup.objects.order_by("sort_order").first()
    # Demo accounts seeded by earlier versions had staff status, which opened the Django
    # admin; the Wagtail admin needs none. A superuser made by hand keeps it.
    User.objects.filter(
        email__in=[account.email for account in DEMO_ACCOUNTS], is_staff=True, is_superuser=False
    ).update(is_staff=False)
    for number, account in enumerate(DEMO_ACCOUNTS):
        user = User.objects.filter(email=account.email).first()
        if user is None:
            user = User.objects.create_user(
                username=account.email.split("@")[0],
                email=account.email,
                password=account.password,
            )
            user.groups.add(Group.objects.get(name=account.role))
            Person.objects.create(
                user=user,
                full_name=account.full_name,
                sex=account.sex,
                birth_year=1980 + 3 * number,
                email=account.email,
                district=districts.get(account.district_code),
                organisation=organisation,
                target_group=target_group,
            )
            if account.role == roles.DISTRICT_OFFICER:
                # What the officer sees is part of the role, as the department sets it on
                # the roles page; their profile's district above does not decide it.
                officer_units_set(user=user, units=[districts[account.district_code]])
    return DEMO_ACCOUNTS


DEMO_TRAINER_TRACKS = ["ho-tro-khan-cap", "dieu-phoi-chuyen-tuyen"]
DEMO_LEARNER_COURSE = "ung-pho-ban-dau-khi-co-bao-luc"


def ensure_demo_learning() -> None:
    """The demo trainer looks after two tracks; the demo learner is part-way into a course."""
    from courses import services

    trainer = User.objects.get(email="giangvien@example.org")
    services.trainer_tracks_set(
        user=trainer, tracks=TrackPage.objects.filter(slug__in=DEMO_TRAINER_TRACKS)
    )
    learner = User.objects.get(email="hocvien@example.org").person
    if learner.enrolments.exists():
        return
    course = CoursePage.objects.filter(slug=DEMO_LEARNER_COURSE).first()
    if course is not None:
        enrolment = services.enrolment_create(person=learner, course=course)
        first_lesson = LessonPage.objects.child_of(course).live().order_by("path").first()
        services.lesson_complete(enrolment=enrolment, lesson=first_lesson)
    finished = CoursePage.objects.live().order_by("path").first()
    if finished is not None and finished != course:
        _complete_course(learner, finished)


def _complete_course(person: Person, course: CoursePage) -> None:
    """Every lesson read and the post-test passed, so the demo shows a certificate."""
    from courses import services

    enrolment = services.enrolment_create(person=person, course=course)
    for lesson in LessonPage.objects.child_of(course).live().order_by("path"):
        services.lesson_complete(enrolment=enrolment, lesson=lesson)
    post_test = Quiz.objects.filter(course=course, kind=Quiz.Kind.POST_TEST).first()
    if post_test is not None:
        attempt = services.quiz_attempt_start(quiz=post_test, person=person)
        questions = Question.objects.filter(pk__in=attempt.question_ids).prefetch_related("options")
        answers = {
            question.pk: [option.pk for option in question.options.all() if option.is_correct]
            for question in questions
        }
        services.quiz_attempt_submit(attempt=attempt, answers=answers)


@transaction.atomic
def seed_demo(*, with_accounts: bool = True) -> dict:
    home = ensure_home()
    created = ensure_tracks(home) + ensure_privacy_page(home)
    ensure_quizzes()
    ensure_settings(Site.objects.get(is_default_site=True))
    accounts = []
    if with_accounts:
        accounts = ensure_demo_accounts()
        # Invented people (never with --no-accounts): trainings, online learners, goals.
        ensure_demo_trainings(User.objects.get(email="giangvien@example.org"))
        ensure_demo_online_learners()
        ensure_demo_goals()
        ensure_demo_annual_report()
        ensure_demo_learning()
    return {"pages_created": created, "accounts": accounts}
