"""Benchmark: certificate PDF rendering and bulk issuing in the background.

    .venv/bin/python bench/certificates.py [--people 500] [--renders 30]

Runs against a fresh SQLite database in a temporary directory, or a new database on the
PostgreSQL server of BENCH_DATABASE_URL that is dropped afterwards. Prints:
- the median (and first) time to render one certificate PDF;
- the time to issue N certificates with the bulk job, run in-process (immediate backend);
- the time for `manage.py db_worker --batch` to run the same job from the database queue.
"""

import argparse
import statistics
import time

from harness import fresh_database, setup_django  # bench/ is on sys.path

setup_django()

from django.core.management import call_command  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

IMMEDIATE = {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
DATABASE_QUEUE = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}


def make_people(course, count: int, tag: str):
    from courses.models import Enrolment
    from people.models import AdministrativeUnit, Organisation, Person, TargetGroup

    districts = list(AdministrativeUnit.objects.districts())
    organisation = Organisation.objects.first()
    group = TargetGroup.objects.first()
    people = Person.objects.bulk_create(
        Person(
            full_name=f"Nguyễn Thị Ượng {tag}{n}",
            sex="female",
            birth_year=1985,
            district=districts[n % len(districts)],
            organisation=organisation,
            target_group=group,
        )
        for n in range(count)
    )
    now = timezone.now()
    Enrolment.objects.bulk_create(
        Enrolment(person=p, course=course, course_title=course.title, completed_at=now)
        for p in people
    )
    return people


def bench_render(course, renders: int):
    from certificates.pdf import certificate_pdf
    from certificates.services import issue_certificate

    person = make_people(course, 1, "render")[0]
    certificate = issue_certificate(person, course, notify=False)
    start = time.perf_counter()
    certificate_pdf(certificate)
    first = time.perf_counter() - start
    times = []
    for _ in range(renders):
        start = time.perf_counter()
        data = certificate_pdf(certificate)
        times.append(time.perf_counter() - start)
    print(
        f"render one certificate PDF: median {statistics.median(times) * 1000:.0f} ms "
        f"over {renders} renders (first {first * 1000:.0f} ms, {len(data) // 1024} KB)"
    )


def start_job(course):
    from certificates.services import job_start
    from people.models import User

    user, _ = User.objects.get_or_create(username="bench", email="bench@example.org")
    return job_start(kind="issue", subject=course, user=user)


def bench_issue(course, count: int):
    from certificates.models import Certificate

    make_people(course, count, "a")
    with override_settings(TASKS={"default": IMMEDIATE, "background": IMMEDIATE}):
        start = time.perf_counter()
        job = start_job(course)
        elapsed = time.perf_counter() - start
    job.refresh_from_db()
    assert job.status == "done" and job.done == count, (job.status, job.done)
    print(
        f"issue {count} certificates, job run in-process: {elapsed:.2f} s "
        f"({elapsed / count * 1000:.1f} ms each, emails queued and sent in-process)"
    )

    other = course.get_next_siblings().live().first().specific
    make_people(other, count, "b")
    with override_settings(TASKS={"default": IMMEDIATE, "background": DATABASE_QUEUE}):
        job = start_job(other)
        start = time.perf_counter()
        call_command("db_worker", "--batch", "--backend", "background", "--no-reload", verbosity=0)
        elapsed = time.perf_counter() - start
    job.refresh_from_db()
    assert job.status == "done" and job.done == count, (job.status, job.done)
    issued = Certificate.objects.filter(course=other).count()
    print(
        f"issue {issued} certificates through the database queue (db_worker --batch, "
        f"including the {issued} email tasks): {elapsed:.2f} s"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=500)
    parser.add_argument("--renders", type=int, default=30)
    args = parser.parse_args()
    from django.db import connection

    fresh_database()
    from courses.models import CoursePage

    course = CoursePage.objects.live().order_by("path").first()
    print(f"database: {connection.vendor}")
    bench_render(course, args.renders)
    bench_issue(course, args.people)


if __name__ == "__main__":
    main()
