"""Demo in-person trainings (section III.3.b formats) with attendees, registers, paper test
scores, evaluations and certificates, so the reports have something to count.

Only loaded with the demo accounts: these people are invented and must never reach a
production database.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Huỳnh", "Võ", "Phan", "Đạo", "Katơr"]
FAMILY_NAMES += ["Chamaléa", "Pinăng", "Thành", "Quảng", "Bùi", "Trương"]
FEMALE = [("Thị", "Hằng"), ("Thị", "Lan"), ("Thị Ngọc", "Mai"), ("Thị", "Thảo"), ("Thị", "Nga")]
FEMALE += [("Thị Thu", "Hà"), ("Thị", "Xuân"), ("Thị", "Ượng"), ("Thị Mỹ", "Duyên")]
MALE = [("Văn", "Hùng"), ("Văn", "Ượng"), ("Hữu", "Phước"), ("Minh", "Tuấn"), ("Văn", "Đức")]
MALE += [("Quốc", "Bảo"), ("Văn", "Sang"), ("Đình", "Lộc")]


@dataclass(frozen=True)
class DemoTraining:
    format: str
    title: str
    track_slug: str
    district_code: str
    venue: str
    days_ago: int  # first day, counted back from today (negative: upcoming)
    length: int
    hours: str
    attendees: int
    pass_mark: int | None = None


DEMO_TRAININGS = [
    DemoTraining(
        "tap_huan",
        "Tập huấn kiến thức chung về phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "kien-thuc-chung",
        "584",
        "Hội trường UBND huyện Bác Ái",
        120,
        2,
        "12",
        24,
        pass_mark=70,
    ),
    DemoTraining(
        "tap_huan",
        "Tập huấn kỹ năng hỗ trợ khẩn cấp cho cộng tác viên cơ sở",
        "ho-tro-khan-cap",
        "587",
        "Nhà văn hóa thị trấn Phước Dân",
        75,
        1,
        "6",
        18,
        pass_mark=60,
    ),
    DemoTraining(
        "hoi_thao",
        "Hội thảo điều phối, kết nối dịch vụ và chuyển tuyến",
        "dieu-phoi-chuyen-tuyen",
        "582",
        "Hội trường Sở Lao động - Thương binh và Xã hội",
        40,
        1,
        "4",
        20,
    ),
    DemoTraining(
        "doi_thoai",
        "Đối thoại chính sách về phòng ngừa bạo lực trên cơ sở giới tại cộng đồng",
        "trien-khai-mo-hinh",
        "589",
        "Nhà văn hóa xã Phước Nam",
        25,
        1,
        "3",
        15,
    ),
    DemoTraining(
        "noi_chuyen",
        "Nói chuyện chuyên đề: nam giới tiên phong phòng ngừa bạo lực",
        "lam-viec-voi-nguoi-gay-bao-luc",
        "586",
        "Trường THCS Nguyễn Trãi, huyện Ninh Hải",
        10,
        1,
        "2",
        12,
    ),
    DemoTraining(
        "tap_huan",
        "Tập huấn tư vấn, tham vấn và quản lý ca",
        "tu-van-quan-ly-ca",
        "585",
        "Trung tâm Văn hóa - Thể thao huyện Ninh Sơn",
        -12,
        3,
        "18",
        0,
        pass_mark=70,
    ),
    DemoTraining(
        "toa_dam",
        "Tọa đàm về địa chỉ tin cậy - nhà tạm lánh tại cộng đồng",
        "trien-khai-mo-hinh",
        "588",
        "Nhà văn hóa xã Công Hải",
        -30,
        1,
        "3",
        0,
    ),
]


def _person_fields(number: int, district, organisations, groups) -> dict:
    female = number % 3 != 2
    middle, given = (FEMALE if female else MALE)[number % (len(FEMALE) if female else len(MALE))]
    family = FAMILY_NAMES[(number * 7) % len(FAMILY_NAMES)]
    return {
        "full_name": f"{family} {middle} {given}",
        "sex": "female" if female else "male",
        "birth_year": 1965 + (number * 11) % 38,
        "district": district,
        "organisation": organisations[number % len(organisations)],
        "target_group": groups[number % len(groups)],
        "phone": f"09{number:08d}",
    }


def ensure_demo_trainings(trainer) -> int:
    """Create the demo trainings once; returns how many were created."""
    from certificates.services import issue_certificate
    from courses.models import AttendanceRecord, Attendee, TrackPage, Training
    from courses.training_selectors import qualifying_attendees
    from courses.training_services import evaluation_submit
    from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

    if Training.objects.exists():
        return 0
    today = timezone.localdate()
    organisations = list(Organisation.objects.order_by("sort_order")[:8])
    groups = list(TargetGroup.objects.all())
    number = 0
    for spec in DEMO_TRAININGS:
        track = TrackPage.objects.filter(slug=spec.track_slug).first()
        if track is None:
            continue
        district = AdministrativeUnit.objects.get(code=spec.district_code)
        starts_on = today - timedelta(days=spec.days_ago)
        training = Training.objects.create(
            format=spec.format,
            title=spec.title,
            track=track,
            organiser=Organisation.objects.order_by("sort_order").first(),
            district=district,
            venue=spec.venue,
            starts_on=starts_on,
            ends_on=starts_on + timedelta(days=spec.length - 1),
            hours=Decimal(spec.hours),
            capacity=max(spec.attendees, 30),
            pass_mark=spec.pass_mark,
            created_by=trainer,
        )
        training.trainers.add(trainer)
        training.target_groups.set(groups[:2])
        for position in range(spec.attendees):
            number += 1
            person = Person.objects.create(
                **_person_fields(number, district, organisations, groups)
            )
            scored = spec.pass_mark is not None
            attendee = Attendee.objects.create(
                training=training,
                person=person,
                source=Attendee.Source.IMPORT,
                pre_score=Decimal(40 + (number * 13) % 35) if scored else None,
                post_score=Decimal(55 + (number * 17) % 45) if scored else None,
            )
            absent_once = position % 9 == 8  # a few miss a day and get no certificate
            AttendanceRecord.objects.bulk_create(
                AttendanceRecord(
                    attendee=attendee,
                    day=day,
                    status=AttendanceRecord.Status.ABSENT
                    if absent_once and index == 0
                    else AttendanceRecord.Status.PRESENT,
                )
                for index, day in enumerate(training.days)
            )
        if training.ends_on < today:
            issued_at = timezone.make_aware(datetime.combine(training.ends_on, time(16, 0)))
            for attendee in qualifying_attendees(training).select_related("person"):
                issue_certificate(attendee.person, training, now=issued_at, notify=False)
            for index in range(spec.attendees // 2):
                evaluation_submit(
                    training=training,
                    ratings={
                        "content": 3 + index % 3,
                        "trainers": 4 + index % 2,
                        "organisation": 3 + (index + 1) % 3,
                        "usefulness": 4 + index % 2,
                    },
                    comment="Nội dung thiết thực, mong có thêm tình huống thực tế."
                    if index % 4 == 0
                    else "",
                )
    return Training.objects.count()
