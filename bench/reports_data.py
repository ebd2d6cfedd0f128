"""Report-sized data for benchmarks: people, enrolments, quiz attempts, certificates and
in-person trainings, written straight into the current database with bulk inserts.

    from reports_data import generate
    generate(people=100_000, records=500_000, year=2026, seed=1)

On a migrated database with the demo content (`fresh_database()` in harness.py).
Certificates are built with every snapshot field filled, not through `issue_certificate`
(too slow at this size), keeping its rules: one valid certificate per person and course or
training, unique serials and codes, serial counters ending at the last number used.
`records` counts enrolments, attempts and certificates; trainings' attendees come on top.
"""

import bisect
import random
import time
from datetime import date, datetime, timedelta
from decimal import Decimal

import reports_reference as reference  # bench/ is on sys.path
from reports_reference import TZ, Certificates, Reference, own_timestamps, poisson_cdf

BATCH = 5000
CHUNK = 5000  # people generated, with everything they did, per round of inserts

# Per enrolment: how often each thing happens (also used to size the run).
P_COMPLETE = 0.72
P_PRE = 0.92
P_FAILED_FIRST = 0.12  # completed after failing the post-test once
P_FAILED_ONLY = 0.30  # not completed, failed the post-test
P_REVOKED = 0.03
P_REISSUED = 0.35  # of the revoked: a new valid certificate replaced it
ROWS_PER_ENROLMENT = (
    1
    + P_PRE
    + P_COMPLETE * (1 + P_FAILED_FIRST)
    + (1 - P_COMPLETE) * P_FAILED_ONLY
    + P_COMPLETE * (1 + P_REVOKED * P_REISSUED)
)
ATTENDEES = (15, 40)
P_QUALIFIES = 0.85


class _Generator:
    def __init__(self, people: int, records: int, year: int, seed: int):
        self.rng = random.Random(seed)
        self.ref = Reference()
        self.certs = Certificates(self.rng)
        self.first_day = date(year - 1, 1, 1)
        self.span_days = (date(year, 12, 31) - self.first_day).days + 1
        self.people = people
        self.trainings = min(300, max(3, people // 300))
        training_certificates = self.trainings * sum(ATTENDEES) / 2 * P_QUALIFIES
        self.enrolments = max(0, round((records - training_certificates) / ROWS_PER_ENROLMENT))
        self.enrolment_cdf = poisson_cdf(self.enrolments / people, len(self.ref.courses))
        self.persons: list[tuple] = []  # (pk, name, sex, birth year, district, org id, group id)
        self.counts: dict[str, int] = {}

    def moment(self, day: date | None = None) -> datetime:
        rng = self.rng
        if day is None:
            day = self.first_day + timedelta(days=rng.randrange(self.span_days))
        return datetime(
            day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), tzinfo=TZ
        )

    def count(self, name: str, rows: list) -> None:
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    # -- people and online learning ---------------------------------------------------

    def person(self):
        from people.models import Person

        rng, ref = self.rng, self.ref
        sex = rng.choices(list(reference.SEXES), weights=list(reference.SEXES.values()))[0]
        given = rng.choice(reference.FEMALE if sex == "female" else reference.MALE)
        district = rng.choices(ref.districts, weights=ref.district_weights)[0]
        created = self.moment(self.first_day - timedelta(days=rng.randint(1, 200)))
        return Person(
            full_name=f"{rng.choice(reference.FAMILY)} {given}",
            sex=sex,
            birth_year=None if rng.random() < 0.01 else rng.randint(1960, 2006),
            district=district,
            organisation=rng.choice(ref.organisations),
            target_group=None if rng.random() < 0.01 else rng.choice(ref.groups),
            created_at=created,
            updated_at=created,
        )

    def chunk(self, size: int) -> None:
        from certificates.models import Certificate
        from courses.models import Enrolment, QuizAttempt
        from people.models import Person

        rng, ref = self.rng, self.ref
        people = [self.person() for _ in range(size)]
        for person in people:
            person.normalise()  # bulk_create does not call save()
        people = Person.objects.bulk_create(people, batch_size=BATCH)
        self.count("Person", people)
        enrolments, attempts, certificates = [], [], []
        for person in people:
            snapshot = (
                person.pk,
                person.full_name,
                person.sex,
                person.birth_year,
                person.district,
                person.organisation_id,
                person.target_group_id,
            )
            self.persons.append(snapshot)
            wanted = bisect.bisect_left(self.enrolment_cdf, rng.random())
            chosen = set()
            while len(chosen) < wanted:
                chosen.add(rng.choices(range(len(ref.courses)), weights=ref.course_weights)[0])
            for index in sorted(chosen):
                course = ref.courses[index]
                self.learning(snapshot, course, enrolments, attempts, certificates)
        Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
        QuizAttempt.objects.bulk_create(attempts, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        self.count("Enrolment", enrolments)
        self.count("QuizAttempt", attempts)
        self.count("Certificate (course)", certificates)

    def learning(self, person: tuple, course, enrolments, attempts, certificates) -> None:
        """One enrolment, its tests and, when completed, its certificate(s)."""
        from courses.models import Enrolment

        rng = self.rng
        completed = rng.random() < P_COMPLETE
        finished = self.moment() if completed else None
        enrolled = (finished or self.moment()) - timedelta(days=rng.randint(1, 60))
        last = finished or enrolled + timedelta(days=rng.randint(0, 20))
        attempts += self._attempts(person, course, enrolled, finished, last)
        enrolments.append(
            Enrolment(
                person_id=person[0],
                course=course,
                course_title=course.title,
                enrolled_at=enrolled,
                last_activity_at=last,
                completed_at=finished,
                completed_place_id=person[4].pk if completed else None,
                completed_organisation_id=person[5] if completed else None,
                completed_target_group_id=person[6] if completed else None,
            )
        )
        if completed:
            certificates += self._course_certificates(person, course, finished)

    def _attempts(self, person, course, enrolled, finished, last) -> list:
        from courses.models import QuizAttempt

        rng, found = self.rng, []

        def attempt(quiz, number, submitted, score):
            found.append(
                QuizAttempt(
                    quiz=quiz,
                    person_id=person[0],
                    number=number,
                    kind=quiz.kind,
                    layout=[],
                    started_at=submitted - timedelta(minutes=rng.randint(5, 25)),
                    submitted_at=submitted,
                    score=Decimal(score),
                    passed=score >= quiz.pass_mark,
                    place_id=person[4].pk,
                )
            )

        pre, post = self.ref.pre.get(course.pk), self.ref.post.get(course.pk)
        if pre is not None and rng.random() < P_PRE:
            attempt(pre, 1, enrolled + timedelta(minutes=30), 10 * rng.randint(2, 7))
        if post is not None and finished is not None:
            number = 1
            if rng.random() < P_FAILED_FIRST:
                attempt(post, 1, finished - timedelta(days=1), rng.randint(3, 6) * 10)
                number = 2
            attempt(post, number, finished, max(10 * rng.randint(6, 10), post.pass_mark))
        elif post is not None and rng.random() < P_FAILED_ONLY:
            attempt(post, 1, last, min(10 * rng.randint(3, 6), max(post.pass_mark - 10, 0)))
        return found

    def _course_certificates(self, person, course, finished) -> list:
        from certificates.models import Certificate

        track = self.ref.track_of[course.pk]

        def certificate(issued_at, **fields):
            return self.certs.new(
                person,
                course.title,
                track,
                course.estimated_hours,
                issued_at,
                course=course,
                source=Certificate.Source.COURSE,
                **fields,
            )

        if self.rng.random() >= P_REVOKED:
            return [certificate(finished)]
        revoked = finished + timedelta(days=self.rng.randint(1, 30))
        issued = [
            certificate(finished, revoked_at=revoked, revocation_reason="Cấp nhầm thông tin.")
        ]
        if self.rng.random() < P_REISSUED:
            issued.append(certificate(revoked + timedelta(hours=2)))
        return issued

    # -- in-person trainings ------------------------------------------------------------

    def in_person(self) -> None:
        """Trainings over the year, mostly attended by people of their district, with the
        register and the certificates of those who qualify."""
        from certificates.models import Certificate
        from courses.models import AttendanceRecord, Attendee, Training

        trainings = Training.objects.bulk_create(self._trainings(), batch_size=BATCH)
        attendees, chosen = self._attendees(trainings)
        attendees = Attendee.objects.bulk_create(attendees, batch_size=BATCH)
        records, certificates = self._registers(trainings, attendees, chosen)
        AttendanceRecord.objects.bulk_create(records, batch_size=BATCH)
        Certificate.objects.bulk_create(certificates, batch_size=BATCH)
        self.count("Training", trainings)
        self.count("Attendee", attendees)
        self.count("AttendanceRecord", records)
        self.count("Certificate (training)", certificates)

    def _trainings(self) -> list:
        from courses.models import Training

        rng, ref = self.rng, self.ref
        trainings = []
        for number in range(self.trainings):
            track = rng.choices(ref.tracks, weights=reference.TRACK_WEIGHTS[: len(ref.tracks)])[0]
            courses = [c for c in ref.courses if ref.track_of[c.pk] == track]
            district = rng.choices(ref.districts, weights=ref.district_weights)[0]
            starts_on = self.first_day + timedelta(days=rng.randrange(self.span_days - 3))
            length = rng.choice([1, 1, 1, 2, 2, 3])
            created = self.moment(starts_on - timedelta(days=20))
            trainings.append(
                Training(
                    format=rng.choice(reference.FORMATS),
                    title=f"Tập huấn {track.title} số {number + 1}",
                    track=track,
                    course=rng.choice(courses) if courses and rng.random() < 0.6 else None,
                    organiser=rng.choice(ref.organisations[:10]),
                    district=district,
                    venue=f"Hội trường {district.name}",
                    starts_on=starts_on,
                    ends_on=starts_on + timedelta(days=length - 1),
                    hours=Decimal(4 * length),
                    capacity=40,
                    pass_mark=rng.choice([None, 60, 70]),
                    created_at=created,
                    updated_at=created,
                )
            )
        return trainings

    def _attendees(self, trainings) -> tuple[list, list]:
        from courses.models import Attendee

        rng = self.rng
        by_district: dict[int, list[int]] = {}
        for index, person in enumerate(self.persons):
            by_district.setdefault(person[4].pk, []).append(index)
        attendees, chosen = [], []
        for training in trainings:
            local = by_district.get(training.district_id, [])
            size = min(rng.randint(*ATTENDEES), len(self.persons))
            picked = set()
            while len(picked) < size:  # mostly people of the district it is held in
                if local and rng.random() < 0.8:
                    picked.add(rng.choice(local))
                else:
                    picked.add(rng.randrange(len(self.persons)))
            scored = training.pass_mark is not None
            for index in sorted(picked):
                person = self.persons[index]
                attendees.append(
                    Attendee(
                        training=training,
                        person_id=person[0],
                        pre_score=Decimal(rng.randint(20, 70)) if scored else None,
                        post_score=Decimal(rng.randint(50, 100)) if scored else None,
                        source=Attendee.Source.IMPORT,
                        added_at=self.moment(training.starts_on),
                        organisation_id=person[5],
                        target_group_id=person[6],
                    )
                )
                chosen.append(index)
        return attendees, chosen

    def _registers(self, trainings, attendees, chosen) -> tuple[list, list]:
        from certificates.models import Certificate
        from courses.models import AttendanceRecord

        rng, status_of = self.rng, AttendanceRecord.Status
        records, certificates = [], []
        by_id = {training.pk: training for training in trainings}
        for attendee, index in zip(attendees, chosen, strict=True):
            training = by_id[attendee.training_id]
            qualifies = rng.random() < P_QUALIFIES
            days = training.days
            missed = -1 if qualifies else rng.randrange(len(days))
            for n, day in enumerate(days):
                status = status_of.ABSENT if n == missed else status_of.PRESENT
                if status == status_of.PRESENT and rng.random() < 0.05:
                    status = status_of.LATE
                records.append(
                    AttendanceRecord(
                        attendee=attendee, day=day, status=status, recorded_at=self.moment(day)
                    )
                )
            if training.pass_mark is not None:
                qualifies = qualifies and attendee.post_score >= training.pass_mark
            if qualifies:
                certificates.append(
                    self.certs.new(
                        self.persons[index],
                        training.title,
                        training.track,
                        training.hours,
                        self.moment(training.ends_on),
                        training=training,
                        source=Certificate.Source.TRAINING,
                    )
                )
        return records, certificates

    def serial_counters(self) -> None:
        from certificates.models import SerialCounter

        for year, last in self.certs.last_number.items():
            SerialCounter.objects.update_or_create(year=year, defaults={"last_number": last})


def generate(people: int = 100_000, records: int = 500_000, year: int = 2026, seed: int = 1):
    """Fill the current database; returns the number of rows written per model."""
    from django.db import connection, transaction

    from certificates.models import Certificate
    from courses.models import AttendanceRecord, Attendee, Enrolment, QuizAttempt, Training
    from people.models import Person

    started = time.perf_counter()
    generator = _Generator(people, records, year, seed)
    print(
        f"generating {people} people, about {records} records "
        f"({generator.enrolments} enrolments, {generator.trainings} trainings) "
        f"for {year - 1}–{year} on {connection.vendor}",
        flush=True,
    )
    timestamped = (Person, Enrolment, QuizAttempt, Training, Attendee, AttendanceRecord)
    with own_timestamps(*timestamped):
        for start in range(0, people, CHUNK):
            with transaction.atomic():
                generator.chunk(min(CHUNK, people - start))
            done = generator.counts
            print(
                f"  {min(start + CHUNK, people):>7} people, {done.get('Enrolment', 0):>7} "
                f"enrolments, {done.get('QuizAttempt', 0):>7} attempts, "
                f"{done.get('Certificate (course)', 0):>7} certificates "
                f"({time.perf_counter() - started:.1f} s)",
                flush=True,
            )
        with transaction.atomic():
            generator.in_person()
            generator.serial_counters()
    counts = generator.counts
    records_written = sum(
        counts.get(name, 0)
        for name in ("Enrolment", "QuizAttempt", "Certificate (course)", "Certificate (training)")
    )
    revoked = Certificate.objects.revoked().count()
    print(
        "  "
        + ", ".join(f"{name} {count}" for name, count in counts.items())
        + f"; {revoked} certificates revoked",
        flush=True,
    )
    print(
        f"generated {records_written} records (enrolments, attempts, certificates) "
        f"in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    return counts
