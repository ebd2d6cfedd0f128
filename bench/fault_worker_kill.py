"""Fault test: a background worker killed (SIGKILL) in the middle of a bulk issue.

    .venv/bin/python bench/fault_worker_kill.py [--people 150]

On a throw-away PostgreSQL database, with the production task queue (django-tasks-db):
queues "issue everyone's certificate" for a course, starts `manage.py db_worker`, kills
it a third of the way through, then runs `manage.py recover_certificate_jobs` and a new
worker. Passes (exit 0) when, after the kill, every certificate issued so far is whole
(its serial counted, its "issued" event written) and the job shows as running; and, at
the end, the job is done, every eligible person holds exactly one certificate, serial
numbers run 1…N without gaps or repeats, and every certificate's PDF renders.
"""

import argparse
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages  # noqa: E402 - the benchmark database and settings

pages.DB_NAME = "lms_bench_fault"
pages.ADMIN_URL, pages.BENCH_URL = pages.database_urls()
os.environ["DATABASE_URL"] = pages.BENCH_URL
os.environ["BENCH_TASKS"] = "database"  # the production queue, served by db_worker

ROOT = pages.ROOT


def worker(*extra) -> subprocess.Popen:
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/python"),
            "manage.py",
            "db_worker",
            "--backend",
            "background",
            "--queue-name",
            "default",
            "--no-reload",
            "--interval",
            "0.2",
            *extra,
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        stdout=subprocess.DEVNULL,
    )


def integrity(course) -> list[str]:
    from django.db.models import Count, Max

    from certificates.models import Certificate, CertificateEvent, SerialCounter

    problems = []
    certificates = Certificate.objects.filter(course=course)
    numbers = sorted(certificates.values_list("number", flat=True))
    if numbers != list(range(1, len(numbers) + 1)):
        problems.append(f"serial numbers are not 1…{len(numbers)} without gaps")
    counter = SerialCounter.objects.aggregate(last=Max("last_number"))["last"] or 0
    if counter != len(numbers):
        problems.append(f"the serial counter says {counter}, {len(numbers)} certificates exist")
    unevented = certificates.annotate(
        issued=Count("events", filter=models_q(CertificateEvent.Action.ISSUED))
    ).exclude(issued=1)
    if unevented.exists():
        problems.append(f"{unevented.count()} certificates without exactly one 'issued' event")
    doubles = certificates.values("person").annotate(n=Count("pk")).filter(n__gt=1).count()
    if doubles:
        problems.append(f"{doubles} people hold two certificates")
    return problems


def models_q(action):
    from django.db.models import Q

    return Q(events__action=action)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=150)
    args = parser.parse_args()

    pages.recreate_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections, transaction
    from django.utils import timezone

    from certificates.models import Certificate, CertificateJob
    from certificates.pdf import certificate_pdf
    from certificates.services import job_start
    from courses import services as course_services
    from courses.models import CoursePage, Enrolment
    from people import roles
    from tests.factories import make_learner, make_staff

    call_command("migrate", verbosity=0)
    call_command("seed_demo", "--no-accounts", verbosity=0, stdout=io.StringIO())
    course = CoursePage.objects.live().first()
    for n in range(args.people):
        person = make_learner(f"xong{n}@example.org", full_name=f"Người học {n}").person
        enrolment = course_services.enrolment_create(person=person, course=course)
        Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=timezone.now())
    department = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    with transaction.atomic():
        job = job_start(kind=CertificateJob.Kind.ISSUE, subject=course, user=department)
    connections.close_all()

    failures = []
    first = worker()
    target = args.people // 3
    deadline = time.monotonic() + 120
    while Certificate.objects.filter(course=course).count() < target:
        if time.monotonic() > deadline or first.poll() is not None:
            failures.append("the worker did not get a third of the way")
            break
        time.sleep(0.05)
    first.send_signal(signal.SIGKILL)
    first.wait()
    issued = Certificate.objects.filter(course=course).count()
    job.refresh_from_db()
    print(f"Worker killed after {issued} of {args.people} certificates; job is '{job.status}'.")
    failures += [f"after the kill: {p}" for p in integrity(course)]
    if job.status != CertificateJob.Status.RUNNING:
        failures.append(f"the job should still show as running, it shows {job.status}")

    output = subprocess.run(
        [
            str(ROOT / ".venv/bin/python"),
            "manage.py",
            "recover_certificate_jobs",
            "--stale-minutes",
            "0",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"recover_certificate_jobs: {output}")
    second = worker("--batch")
    second.wait(timeout=300)
    job.refresh_from_db()
    final = Certificate.objects.filter(course=course)
    print(
        f"After a second worker: job '{job.status}' (try {job.tries}), "
        f"{final.count()} certificates for {args.people} people."
    )
    if job.status != CertificateJob.Status.DONE:
        failures.append(f"the job ended '{job.status}', not done")
    if final.count() != args.people:
        failures.append(f"{final.count()} certificates for {args.people} people")
    failures += [f"at the end: {p}" for p in integrity(course)]
    started = time.monotonic()
    unrendered = 0
    for certificate in final.select_related("person"):
        try:
            if not certificate_pdf(certificate).startswith(b"%PDF"):
                unrendered += 1
        except Exception:  # noqa: BLE001 - any failure is a certificate without a PDF
            unrendered += 1
    print(
        f"Rendered {final.count()} PDFs in {time.monotonic() - started:.1f} s; {unrendered} failed."
    )
    if unrendered:
        failures.append(f"{unrendered} certificates without a PDF")

    connections.close_all()
    pages.drop_database()
    print(
        "FAULT TEST FAILED: " + "; ".join(failures)
        if failures
        else "Fault test passed: nothing half-done, nothing doubled, the job finished."
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
