"""Small page trees and people for tests, built through the same calls editors make."""

from dataclasses import dataclass, field

from django.apps import apps as django_apps

from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from courses.models import CoursePage, LessonPage, TrackIndexPage, TrackPage
from lms.models import HomePage
from people import roles


def publish_child(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@dataclass
class SiteTree:
    home: HomePage
    index: TrackIndexPage
    tracks: list = field(default_factory=list)
    courses: list = field(default_factory=list)
    lessons: list = field(default_factory=list)


def build_site(tracks: int = 1, courses: int = 1, lessons: int = 3) -> SiteTree:
    """A home page made the default site's root, with the given numbers of pages under it."""
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
    roles.ensure_department_review(django_apps)  # gone after a browser test's flush
    home = HomePage.objects.first() or publish_child(
        root, HomePage(title="Trang chủ", slug="trang-chu")
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    index = publish_child(home, TrackIndexPage(title="Chương trình đào tạo", slug="chuong-trinh"))
    tree = SiteTree(home=home, index=index)
    add_content(tree, tracks=tracks, courses=courses, lessons=lessons)
    return tree


def add_content(tree: SiteTree, tracks: int, courses: int, lessons: int) -> SiteTree:
    start = len(tree.tracks)
    for t in range(start, start + tracks):
        track = publish_child(
            tree.index,
            TrackPage(
                title=f"Nhóm nội dung {t + 1}",
                slug=f"nhom-{t + 1}",
                summary="Tóm tắt nhóm nội dung.",
                audience="<p>Cán bộ, cộng tác viên.</p>",
            ),
        )
        tree.tracks.append(track)
        for c in range(courses):
            course = publish_child(
                track,
                CoursePage(
                    title=f"Khóa học {t + 1}.{c + 1}",
                    slug=f"khoa-{t + 1}-{c + 1}",
                    summary="Tóm tắt khóa học.",
                ),
            )
            tree.courses.append(course)
            for n in range(lessons):
                tree.lessons.append(
                    publish_child(
                        course,
                        LessonPage(
                            title=f"Bài {t + 1}.{c + 1}.{n + 1}",
                            slug=f"bai-{n + 1}",
                            body=[
                                (
                                    "paragraph",
                                    RichText("<p>Nội dung bài học về bạo lực gia đình.</p>"),
                                )
                            ],
                        ),
                    )
                )
    return tree


def make_learner(
    email="hv@example.org",
    *,
    district="587",
    target_group=None,
    password="Mat-khau-2026!",
    complete=True,
    **fields,
):
    """A user with a linked person, profile complete unless asked otherwise."""
    from people.models import AdministrativeUnit, Organisation, Person, TargetGroup, User

    user = User.objects.create_user(username=email.split("@")[0], email=email, password=password)
    profile = {"full_name": fields.pop("full_name", "Nguyễn Thị Hằng"), "email": email}
    if complete:
        profile.update(
            sex="female",
            birth_year=1990,
            district=AdministrativeUnit.objects.get(code=district),
            organisation=Organisation.objects.order_by("sort_order").first(),
            target_group=TargetGroup.objects.get(code=target_group)
            if target_group
            else TargetGroup.objects.order_by("sort_order").first(),
        )
    profile.update(fields)
    Person.objects.create(user=user, **profile)
    return user


def make_staff(email, role, *, district="587", tracks=(), units=None):
    """An account with a complete profile and `role` (a group name); a trainer is
    assigned `tracks`; a district officer sees `units` (codes; by default the district of
    their profile, given to them as the department does on the roles page). Wagtail's
    admin needs no is_staff: the groups' permissions do."""
    from django.contrib.auth.models import Group

    from courses.services import trainer_tracks_set

    user = make_learner(email, full_name=email.split("@")[0], district=district)
    user.groups.add(Group.objects.get(name=role))
    if tracks:
        trainer_tracks_set(user=user, tracks=tracks)
    if role == roles.DISTRICT_OFFICER:
        officer_units_given(user, *(units if units is not None else [district]))
    return user


def officer_units_given(user, *codes):
    """The department gives `user` these units as a district officer."""
    from people.models import AdministrativeUnit
    from people.services import officer_units_set

    officer_units_set(user=user, units=AdministrativeUnit.objects.filter(code__in=codes))


def make_quiz(course, *, questions=10, kind="post", **options):
    """A quiz over a fresh bank: question n has options 'đúng n' (correct) and 'sai n'."""
    from courses.models import Question, QuestionOption, Quiz

    for n in range(questions):
        question = Question.objects.create(course=course, kind="single", text=f"Câu hỏi {n + 1}?")
        QuestionOption.objects.create(
            question=question, text=f"đúng {n + 1}", is_correct=True, sort_order=0
        )
        QuestionOption.objects.create(
            question=question, text=f"sai {n + 1}", is_correct=False, sort_order=1
        )
    settings = {"title": f"Kiểm tra {kind}", "kind": kind, "question_count": questions}
    settings.update(options)
    return Quiz.objects.create(course=course, **settings)


def answers_for(attempt, *, correct=True):
    """POST data answering every question of an attempt right (or wrong)."""
    from courses.models import QuestionOption

    options = QuestionOption.objects.filter(question_id__in=attempt.question_ids)
    data = {}
    for option in options:
        if option.is_correct == correct:
            data[f"q_{option.question_id}"] = str(option.pk)
    return data


def damaged_xlsx(first_row: list, sheet_xml: bytes) -> bytes:
    """A real .xlsx (a valid ZIP with every part) whose first worksheet is `sheet_xml`:
    openpyxl opens it, and fails only once its rows are read."""
    import io
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(first_row)
    good = io.BytesIO()
    book.save(good)
    source = zipfile.ZipFile(good)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            part = sheet_xml if name == "xl/worksheets/sheet1.xml" else source.read(name)
            archive.writestr(name, part)
    return out.getvalue()


# Broken in the ways files from other programs or cut-off downloads are.
DAMAGED_SHEETS = [
    b"<worksheet><sheetData><row><c",  # cut off
    b"not xml at all",
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="x"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<sheetData><row r="1"><c r="ZZZZZ1"><v>1</v></c></row></sheetData></worksheet>',
]
