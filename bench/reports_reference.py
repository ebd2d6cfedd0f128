"""What the report benchmark's generator builds on: the demo's reference lists read once,
certificates with every snapshot field filled, timestamps kept as given, a Poisson table."""

import math
import random
from contextlib import contextmanager
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # as certificates.texts
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ", "Ngô"]
FAMILY += ["Dương", "Trương", "Hồ", "Đạo", "Thành", "Quảng", "Lưu", "Katơr", "Chamaléa", "Pinăng"]
FEMALE = ["Thị Hằng", "Thị Lan", "Thị Ngọc Mai", "Thị Thảo", "Thị Nga", "Thị Thu Hà", "Thị Xuân"]
FEMALE += ["Thị Mỹ Duyên", "Thị Hạnh", "Thị Kim Liên", "Thị Hồng Nhung", "Thị Ượng"]
MALE = ["Văn Hùng", "Văn Ượng", "Hữu Phước", "Minh Tuấn", "Văn Đức", "Quốc Bảo", "Văn Sang"]
MALE += ["Đình Lộc", "Công Danh", "Thanh Tùng", "Ngọc Sơn"]
SEXES = {"female": 58, "male": 41, "other": 1}
FORMATS = ["tap_huan"] * 5 + ["hoi_thao", "hoi_nghi", "toa_dam", "doi_thoai", "noi_chuyen"]
TRACK_WEIGHTS = [30, 20, 16, 13, 12, 9]
DISTRICT_WEIGHTS = {"582": 30, "587": 17, "586": 13, "585": 12, "589": 10, "588": 9, "584": 9}


@contextmanager
def own_timestamps(*models):
    """Let bulk_create keep the given created/updated times instead of "now"."""
    fields = [
        field
        for model in models
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def poisson_cdf(mean: float, top: int) -> list[float]:
    cdf, total = [], 0.0
    for k in range(top + 1):
        total += math.exp(-mean) * mean**k / math.factorial(k)
        cdf.append(total)
    cdf[-1] = 1.0
    return cdf


class Reference:
    """What the demo content provides, loaded once."""

    def __init__(self):
        from courses.models import CoursePage, Quiz, TrackPage
        from people.models import AdministrativeUnit, Organisation, TargetGroup

        units = {unit.code: unit for unit in AdministrativeUnit.objects.districts()}
        self.district_codes = [code for code in DISTRICT_WEIGHTS if code in units]
        self.districts = [units[code] for code in self.district_codes]
        self.district_weights = [DISTRICT_WEIGHTS[code] for code in self.district_codes]
        self.organisations = list(Organisation.objects.order_by("sort_order"))
        self.groups = list(TargetGroup.objects.order_by("sort_order"))
        self.tracks = list(TrackPage.objects.live().order_by("path"))
        courses = list(CoursePage.objects.live().order_by("path"))
        self.track_of = {}
        for course in courses:
            for track in self.tracks:
                if course.path.startswith(track.path):
                    self.track_of[course.pk] = track
        self.courses = [course for course in courses if course.pk in self.track_of]
        if not (self.districts and self.courses and self.organisations and self.groups):
            raise SystemExit("Load the demo content first (fresh_database() in harness.py).")
        order = {track.pk: n for n, track in enumerate(self.tracks)}
        self.course_weights = [
            TRACK_WEIGHTS[order[self.track_of[c.pk].pk] % len(TRACK_WEIGHTS)] for c in self.courses
        ]
        self.pre, self.post = {}, {}
        for quiz in Quiz.objects.filter(course__in=self.courses).order_by("-pk"):
            if quiz.kind == Quiz.Kind.PRE_TEST:
                self.pre[quiz.course_id] = quiz
            elif quiz.kind == Quiz.Kind.POST_TEST:
                self.post[quiz.course_id] = quiz


class Certificates:
    """Serial numbers per year, unique codes and the fixed printed texts."""

    def __init__(self, rng: random.Random):
        from certificates.models import SerialCounter
        from certificates.services import DEFAULT_TEMPLATE

        self.rng = rng
        # Continue after any certificate already issued (the demo's, in bench/pages.py).
        self.last_number: dict[int, int] = dict(
            SerialCounter.objects.values_list("year", "last_number")
        )
        self.codes: set[str] = set()
        self.template = DEFAULT_TEMPLATE

    def new(self, person: tuple, subject_title: str, track, hours, issued_at, **fields):
        from certificates.models import Certificate

        issued_on = issued_at.astimezone(TZ).date()
        year = issued_on.year
        number = self.last_number.get(year, 0) + 1
        self.last_number[year] = number
        code = "".join(self.rng.choices(CODE_ALPHABET, k=16))
        while code in self.codes:
            code = "".join(self.rng.choices(CODE_ALPHABET, k=16))
        self.codes.add(code)
        pk, name, sex, birth_year, district, organisation_id, target_group_id = person
        template = self.template
        return Certificate(
            serial=f"GCN-{year}-{number:06d}",
            year=year,
            number=number,
            code=code,
            person_id=pk,
            track=track,
            holder_name=name,
            holder_sex=sex,
            holder_birth_year=birth_year,
            district=district,
            district_name=district.name,
            organisation_id=organisation_id,
            target_group_id=target_group_id,
            course_title=subject_title,
            track_title=track.title if track else "",
            hours=hours,
            issued_at=issued_at,
            issued_on=issued_on,
            governing_body=template["governing_body"],
            issuing_body=template["issuing_body"],
            title=template["title"],
            body=f"Đã hoàn thành “{subject_title}”.",
            place_name=template["place_name"],
            signatory_title=template["signatory_title"],
            signatory_name=template["signatory_name"],
            **fields,
        )
