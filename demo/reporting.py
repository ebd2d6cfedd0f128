"""Invented online learners with enrolments, pre- and post-tests and certificates spread over
the last months, so the reports dashboard has a realistic picture to show after `make run`.

Only loaded with the demo accounts: these people are invented and must never reach a
production database. Rows are written in bulk (dates set afterwards, since the timestamp
fields fill themselves in on insert); certificates go through `issue_certificate` so their
serials, codes and snapshots are made the one way real ones are.
"""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from certificates.services import issue_certificate
from courses.models import (
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Quiz,
    QuizAttempt,
    TrackPage,
)
from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

EMAIL_DOMAIN = "hocvien.example.org"
LEARNERS = 260
SAME_TRACK_TWICE = 8  # people certified for both courses of one track (they count once)
SEED = 2023
TZ = ZoneInfo("Asia/Ho_Chi_Minh")

# Uneven on purpose: the provincial city trains most, the mountain districts least.
DISTRICT_WEIGHTS = {"582": 30, "587": 17, "586": 13, "585": 12, "589": 10, "588": 9, "584": 9}
# Family names of the Kinh, Cham and Raglai communities, and how common each community is
# among the learners of a district (Bác Ái is mostly Raglai; Ninh Phước and Thuận Nam have
# large Cham communities).
KINH = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Ngô"]
KINH += ["Dương", "Trương", "Hồ", "Lương", "Mai"]
CHAM = ["Đạo", "Thành", "Quảng", "Lưu", "Thiên", "Phú", "Đàng", "Bá", "Hán", "Châu", "Thông"]
RAGLAI = ["Katơr", "Chamaléa", "Pinăng", "Mấu", "Cao", "Bo Bo"]
COMMUNITIES = {  # district: (Kinh, Cham, Raglai)
    "582": (80, 15, 5),
    "584": (30, 10, 60),
    "585": (72, 5, 23),
    "586": (85, 10, 5),
    "587": (60, 36, 4),
    "588": (55, 15, 30),
    "589": (50, 35, 15),
}
FEMALE = [("Thị", "Hằng"), ("Thị", "Lan"), ("Thị Ngọc", "Mai"), ("Thị", "Thảo"), ("Thị", "Nga")]
FEMALE += [("Thị Thu", "Hà"), ("Thị", "Xuân"), ("Thị Mỹ", "Duyên"), ("Thị", "Hạnh")]
FEMALE += [("Thị Kim", "Liên"), ("Thị Hồng", "Nhung"), ("Thị Bích", "Ngọc"), ("Thị", "Sương")]
FEMALE += [("Thị Thanh", "Tâm"), ("Ngọc", "Ánh"), ("Thị", "Yến"), ("Thị", "Ượng")]
MALE = [("Văn", "Hùng"), ("Văn", "Ượng"), ("Hữu", "Phước"), ("Minh", "Tuấn"), ("Văn", "Đức")]
MALE += [("Quốc", "Bảo"), ("Văn", "Sang"), ("Đình", "Lộc"), ("Công", "Danh"), ("Thanh", "Tùng")]
MALE += [("Văn", "Tới"), ("Ngọc", "Sơn"), ("Văn", "Bình")]

TARGET_GROUP_WEIGHTS = {
    "can-bo-binh-dang-gioi": 22,
    "can-bo-cong-tac-vien-mo-hinh": 35,
    "nguoi-cung-cap-dich-vu": 30,
    "nguoi-bi-bao-luc": 7,
    "nguoi-gay-bao-luc": 6,
}
# By short name, then by kind for organisations added later. Provincial agencies count a
# quarter as much outside the provincial city.
ORGANISATION_WEIGHTS = {
    "UBND huyện/thành phố": 30,
    "Hội LHPN tỉnh": 18,
    "Cơ sở y tế": 12,
    "Trường học": 12,
    "Công an tỉnh": 5,
    "Tỉnh đoàn": 5,
    "Ủy ban MTTQ tỉnh": 4,
    "Hội Nông dân tỉnh": 4,
    "LĐLĐ tỉnh": 4,
    "Doanh nghiệp": 6,
    "Khác": 7,
}
ORGANISATION_KIND_WEIGHTS = {"provincial_agency": 3, "mass_organisation": 4}
POSITIONS = {
    "provincial_agency": ["Chuyên viên", "Phó trưởng phòng"],
    "district_committee": ["Công chức văn hóa - xã hội", "Cán bộ Phòng Lao động - TB&XH"],
    "mass_organisation": ["Chủ tịch Hội Phụ nữ xã", "Cán bộ Hội", "Bí thư Đoàn xã"],
    "enterprise": ["Cán bộ công đoàn cơ sở", "Nhân viên nhân sự"],
    "school": ["Giáo viên", "Tư vấn tâm lý học đường"],
    "health_facility": ["Y sĩ", "Điều dưỡng", "Bác sĩ"],
    "other": ["Cộng tác viên", "Trưởng thôn", ""],
}
TRACK_WEIGHTS = [30, 20, 16, 13, 12, 9]  # by track order: general knowledge is taken most
COURSES_PER_PERSON = {1: 55, 2: 33, 3: 12}
PRE_SCORES = {30: 15, 40: 25, 50: 30, 60: 20, 70: 10}  # ten questions: scores step by ten
PASSING_SCORES = {70: 20, 80: 35, 90: 30, 100: 15}


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _month_start(day: date, back: int) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


def _months(today: date) -> tuple[list[tuple[date, date]], list[float]]:
    """The current month and the eleven before it (twelve before it in December, so the
    previous year is always there), with how likely a completion falls in each."""
    spans, weights = [], []
    yesterday = today - timedelta(days=1)
    for back in range(12 if today.month < 12 else 13):
        first = _month_start(today, back)
        last = min(_month_start(today, back - 1) - timedelta(days=1), yesterday)
        if last < first:
            continue
        share = ((last - first).days + 1) / 30
        ramp = 1.0 - 0.04 * back  # the programme gathers pace
        tet = 0.5 if first.month == 2 else 1.0  # Lunar New Year holidays
        spans.append((first, last))
        weights.append(share * ramp * tet)
    return spans, weights


def _moment(rng: random.Random, day: date) -> datetime:
    hour = rng.choice([8, 9, 10, 11, 14, 15, 16, 19, 20, 21])
    return datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=TZ)


@dataclass
class _Learning:
    """What one person did in one course, before anything is saved."""

    person_index: int
    course: object
    enrolled_at: datetime
    completed_at: datetime | None = None
    lessons: list = field(default_factory=list)  # (lesson, completed at)
    attempts: list = field(default_factory=list)  # (quiz, number, started, submitted, score)


class _Planner:
    def __init__(self, rng, today, lessons, quizzes):
        self.rng = rng
        self.until = datetime.combine(today, time(0), tzinfo=TZ)  # nothing happens today
        self.spans, self.weights = _months(today)
        self.lessons = lessons
        self.quizzes = quizzes

    def day(self, *, older_half=False) -> date:
        spans = self.spans[len(self.spans) // 2 :] if older_half else self.spans
        weights = self.weights[len(self.spans) // 2 :] if older_half else self.weights
        first, last = self.rng.choices(spans, weights=weights)[0]
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def completed(self, index: int, course, finished: datetime) -> _Learning:
        rng = self.rng
        enrolled = finished - timedelta(days=rng.randint(2, 45), minutes=rng.randrange(600))
        learning = _Learning(index, course, enrolled, completed_at=finished)
        moment = self._pre_test(learning, enrolled, taken=rng.random() < 0.95)
        lessons = self.lessons.get(course.pk, [])
        step = (finished - moment) / (len(lessons) + 2)
        for position, lesson in enumerate(lessons, start=1):
            learning.lessons.append((lesson, moment + step * position))
        post = self.quizzes.get((course.pk, Quiz.Kind.POST_TEST))
        if post is not None:
            number = 1
            if rng.random() < 0.12:  # failed once, passed on the second attempt
                failed_at = finished - step * rng.uniform(0.3, 0.9)
                learning.attempts.append(self._attempt(post, 1, failed_at, 60))
                number = 2
            score = _pick(rng, PASSING_SCORES)
            learning.attempts.append(self._attempt(post, number, finished, score))
        return learning

    def unfinished(self, index: int, course) -> _Learning:
        rng = self.rng
        enrolled = _moment(rng, self.day())
        learning = _Learning(index, course, enrolled)
        moment = self._pre_test(learning, enrolled, taken=rng.random() < 0.85)
        lessons = self.lessons.get(course.pk, [])
        post = self.quizzes.get((course.pk, Quiz.Kind.POST_TEST))
        # Without a post-test, reading every lesson completes the course: stop one short.
        most = len(lessons) if post is not None else max(len(lessons) - 1, 0)
        done = lessons[: rng.randint(0, most)]
        for lesson in done:
            moment = min(moment + timedelta(hours=rng.randint(1, 72)), self.until)
            learning.lessons.append((lesson, moment))
        if post is not None and len(done) == len(lessons) and rng.random() < 0.5:
            failed_at = min(moment + timedelta(hours=rng.randint(1, 48)), self.until)
            learning.attempts.append(self._attempt(post, 1, failed_at, 60))
        return learning

    def _pre_test(self, learning: _Learning, enrolled: datetime, *, taken: bool) -> datetime:
        pre = self.quizzes.get((learning.course.pk, Quiz.Kind.PRE_TEST))
        if pre is None or not taken:
            return enrolled
        submitted = enrolled + timedelta(minutes=self.rng.randint(12, 40))
        learning.attempts.append(self._attempt(pre, 1, submitted, _pick(self.rng, PRE_SCORES)))
        return submitted

    def _attempt(self, quiz, number, submitted, score):
        started = submitted - timedelta(minutes=self.rng.randint(6, 18), seconds=17)
        return (quiz, number, started, submitted, score)


def _reference():
    districts = {unit.code: unit for unit in AdministrativeUnit.objects.districts()}
    organisations = list(Organisation.objects.filter(is_active=True).order_by("sort_order"))
    groups = {group.code: group for group in TargetGroup.objects.all()}
    tracks = list(TrackPage.objects.live().order_by("path"))
    courses = list(CoursePage.objects.live().order_by("path"))
    courses_by_track = [
        [course for course in courses if course.path.startswith(track.path)] for track in tracks
    ]
    lessons: dict[int, list] = {}
    by_path = {course.path: course.pk for course in courses}
    for lesson in LessonPage.objects.live().order_by("path"):
        course_id = by_path.get(lesson.path[: -LessonPage.steplen])
        if course_id is not None:
            lessons.setdefault(course_id, []).append(lesson)
    quizzes = {
        (quiz.course_id, quiz.kind): quiz
        for quiz in Quiz.objects.filter(
            course__in=courses, kind__in=[Quiz.Kind.PRE_TEST, Quiz.Kind.POST_TEST]
        ).order_by("-pk")  # the oldest quiz of a kind wins
    }
    return districts, organisations, groups, [c for c in courses_by_track if c], lessons, quizzes


def _person(number: int, rng: random.Random, districts, organisations, groups):
    codes = [code for code in DISTRICT_WEIGHTS if code in districts]
    code = rng.choices(codes, weights=[DISTRICT_WEIGHTS[c] for c in codes])[0]
    community = rng.choices([KINH, CHAM, RAGLAI], weights=COMMUNITIES[code])[0]
    female = rng.random() < 0.6
    middle, given = rng.choice(FEMALE if female else MALE)
    organisation = rng.choices(
        organisations,
        weights=[
            ORGANISATION_WEIGHTS.get(org.short_name, ORGANISATION_KIND_WEIGHTS.get(org.kind, 3))
            * (0.25 if org.kind == "provincial_agency" and code != "582" else 1)
            for org in organisations
        ],
    )[0]
    group_codes = [code for code in TARGET_GROUP_WEIGHTS if code in groups] or list(groups)
    group = groups[_pick(rng, {c: TARGET_GROUP_WEIGHTS.get(c, 10) for c in group_codes})]
    return Person(
        full_name=f"{rng.choice(community)} {middle} {given}",
        sex=Person.Sex.FEMALE if female else Person.Sex.MALE,
        birth_year=rng.randint(1962, 2004),
        district=districts[code],
        organisation=organisation,
        target_group=group,
        position=rng.choice(POSITIONS.get(organisation.kind, [""])),
        phone=f"038{number:07d}",
        email=f"hv{number:04d}@{EMAIL_DOMAIN}",
    )


def ensure_demo_online_learners() -> int:
    """Create the invented online learners once; returns how many people were created."""
    if Person.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").exists():
        return 0
    districts, organisations, groups, tracks, lessons, quizzes = _reference()
    if not (districts and organisations and groups and tracks):
        return 0
    rng = random.Random(SEED)
    planner = _Planner(rng, datetime.now(TZ).date(), lessons, quizzes)
    people = [
        _person(number, rng, districts, organisations, groups) for number in range(1, LEARNERS + 1)
    ]
    plans: list[_Learning] = []
    twice = set(rng.sample(range(LEARNERS), SAME_TRACK_TWICE))
    for index in range(LEARNERS):
        if index in twice:  # both courses of one track, some weeks apart
            pair = rng.choice([courses for courses in tracks if len(courses) > 1] or tracks)
            first = _moment(rng, planner.day(older_half=True))
            second = min(first + timedelta(days=rng.randint(20, 90)), planner.until)
            second -= timedelta(hours=rng.randint(4, 30))
            for course, finished in zip(pair[:2], [first, second], strict=False):
                plans.append(planner.completed(index, course, finished))
            continue
        count = min(_pick(rng, COURSES_PER_PERSON), len(tracks))
        chosen = set()
        while len(chosen) < count:  # different tracks: most people count once per track
            chosen.add(rng.choices(range(len(tracks)), weights=TRACK_WEIGHTS[: len(tracks)])[0])
        for track in sorted(chosen):
            course = rng.choice(tracks[track])
            if rng.random() < 0.78:
                plans.append(planner.completed(index, course, _moment(rng, planner.day())))
            else:
                plans.append(planner.unfinished(index, course))

    for person in people:
        person.normalise()  # bulk_create does not call save()
    Person.objects.bulk_create(people)
    enrolments = Enrolment.objects.bulk_create(
        _enrolment(people[plan.person_index], plan) for plan in plans
    )
    completions, attempts = [], []
    for plan, enrolment in zip(plans, enrolments, strict=True):
        moments = [plan.enrolled_at] + [at for _lesson, at in plan.lessons]
        moments += [attempt[3] for attempt in plan.attempts]
        enrolment.enrolled_at = plan.enrolled_at
        enrolment.last_activity_at = max(moments)
        for lesson, at in plan.lessons:
            completions.append(
                LessonCompletion(
                    enrolment=enrolment, lesson=lesson, lesson_title=lesson.title, completed_at=at
                )
            )
        for quiz, number, started, submitted, score in plan.attempts:
            attempts.append(
                QuizAttempt(
                    quiz=quiz,
                    person=enrolment.person,
                    number=number,
                    kind=quiz.kind,
                    layout=[],
                    started_at=started,
                    submitted_at=submitted,
                    score=score,
                    passed=score >= quiz.pass_mark,
                    place_id=enrolment.person.district_id,
                )
            )
        person = enrolment.person
        person.created_at = min(person.created_at, plan.enrolled_at - timedelta(hours=1))

    # The timestamps that fill themselves in on insert get their planned values afterwards.
    Enrolment.objects.bulk_update(enrolments, ["enrolled_at", "last_activity_at"])
    _bulk_create_dated(LessonCompletion, completions, "completed_at")
    _bulk_create_dated(QuizAttempt, attempts, "started_at")
    Person.objects.bulk_update(people, ["created_at"])

    # In date order, so these certificates' serials follow their issue dates (the demo
    # trainings' certificates, issued just before, hold the first numbers of their year).
    finished = sorted(
        (plan for plan in plans if plan.completed_at is not None),
        key=lambda plan: (plan.completed_at, plan.person_index),
    )
    for plan in finished:
        issue_certificate(
            people[plan.person_index], plan.course, now=plan.completed_at, notify=False
        )
    return len(people)


def _enrolment(person: Person, plan) -> Enrolment:
    """As completion_refresh records it: a completion keeps the learner's facts then."""
    done = plan.completed_at is not None
    return Enrolment(
        person=person,
        course=plan.course,
        course_title=plan.course.title,
        completed_at=plan.completed_at,
        completed_place_id=person.district_id if done else None,
        completed_organisation_id=person.organisation_id if done else None,
        completed_target_group_id=person.target_group_id if done else None,
    )


def _bulk_create_dated(model, objects: list, field_name: str) -> None:
    planned = [getattr(obj, field_name) for obj in objects]
    created = model.objects.bulk_create(objects)
    for obj, value in zip(created, planned, strict=True):
        setattr(obj, field_name, value)
    model.objects.bulk_update(created, [field_name])
