"""Benchmark: the pages people use, under gunicorn with 2 workers on PostgreSQL.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/pages.py [--seconds 10] [--concurrency 4] [--mixed-seconds 300]

In a new database (`lms_bench_pages`, dropped afterwards) with the demo content and
Redis (db 14) as the cache, it prints for each page: requests per second, p50 and p95,
and the ratio of its p50 to two floors measured in the same run (a bare Django view,
and a plain Wagtail page with one rich-text field in the site's layout); the queries
each page issues with the demo data and again with 100,000 people / 500,000 records;
then runs a mixed load (browse, learn, take quizzes, download certificates) for
`--mixed-seconds` and counts errors. Exits 1 when a target is missed.
The load only goes to 127.0.0.1 and stops at a time limit and a request count.
"""

import argparse
import itertools
import os
import random
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from pages_data import (  # noqa: E402 - bench/ is put on sys.path just above
    PORT,
    drop_database,
    prepare,
    recreate_database,
)


def answers(attempt) -> dict:
    """Every question answered with its first listed option (as a learner would)."""
    return {f"q_{question_id}": option_ids[0] for question_id, option_ids in attempt.layout}


# ---------------------------------------------------------------------------
# Queries per page (in process, the same database)


def query_counts(data: dict) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from courses import services

    def count(user, path, form=None):
        client = Client(HTTP_HOST="127.0.0.1")
        if user is not None:
            client.force_login(user)
        client.get(path) if form is None else None  # warm the caches a real visit warms
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path) if form is None else client.post(path, form)
        assert response.status_code in (200, 302), (path, response.status_code)
        return len(queries)

    taker = data["taker_user"]
    attempt = services.quiz_attempt_start(quiz=data["quiz_obj"], person=taker.person)
    submit = f"/quizzes/attempts/{attempt.pk}/submit/"
    return {
        "anonymous lesson page": count(None, data["public_lesson"]),
        "enrolled lesson page": count(data["learner_user"], data["enrolled_lesson"]),
        "course page": count(data["learner_user"], data["course"]),
        "/me/": count(data["learner_user"], "/me/"),
        "quiz page (30 questions)": count(taker, data["quiz"]),
        "quiz submit (30 questions)": count(taker, submit, answers(attempt)),
        "dashboard": count(data["department_user"], "/reports/"),
        "anonymous lesson, not cached": count(None, data["public_lesson"] + "?uncached=1"),
        "plain Wagtail page (floor)": count(None, data["plain"] + "?uncached=1"),
    }


# ---------------------------------------------------------------------------
# Load


def start_gunicorn() -> subprocess.Popen:
    process = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{PORT}",
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            "-",
            "--log-level",
            "warning",
            "lms.wsgi",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=2) as r:
                if r.status == 200:
                    return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    sys.exit("gunicorn did not start")


def page_loads(data: dict, seconds: float, concurrency: int) -> list:
    from load import Request, run

    def repeat(request):
        return lambda: request

    pool = iter(data["submitters"])

    def next_submit():
        item = next(pool, None)
        if item is None:
            return None
        session, attempt = item
        return Request(
            f"/quizzes/attempts/{attempt.pk}/submit/",
            cookies={"sessionid": session},
            form=answers(attempt),
            expect=(302,),
        )

    learner = {"sessionid": data["learner"]}
    plan = [
        ("bare Django view (floor)", repeat(Request("/bench/floor/"))),
        # A query string bypasses the page cache: the floor is rendered every time.
        ("plain Wagtail page (floor)", repeat(Request(data["plain"] + "?uncached=1"))),
        ("anonymous lesson page", repeat(Request(data["public_lesson"]))),
        (
            "anonymous lesson, not cached",
            repeat(Request(data["public_lesson"] + "?uncached=1")),
        ),
        ("enrolled lesson page", repeat(Request(data["enrolled_lesson"], cookies=learner))),
        ("course page", repeat(Request(data["course"], cookies=learner))),
        ("/me/", repeat(Request("/me/", cookies=learner))),
        (
            "quiz page (30 questions)",
            repeat(Request(data["quiz"], cookies={"sessionid": data["taker"]})),
        ),
        ("quiz submit (30 questions)", next_submit),
        ("dashboard", repeat(Request("/reports/", cookies={"sessionid": data["department"]}))),
    ]
    results = []
    for label, next_request in plan:
        run(label, next_request, port=PORT, seconds=1, concurrency=1, limit=5)  # warm up
        results.append(
            run(
                label,
                next_request,
                port=PORT,
                seconds=seconds,
                concurrency=concurrency,
                limit=100_000,
            )
        )
    return results


def mixed_load(data: dict, seconds: float, concurrency: int):
    """Browse, learn, take quizzes and download certificates at once."""
    from load import Request, run

    rng = random.Random(7)
    pool = itertools.cycle([None])
    submitters = iter(data["submitters"][len(data["submitters"]) // 2 :])
    learner = {"sessionid": data["learner"]}
    browsing = [
        "/",
        "/chuong-trinh-dao-tao/",
        data["course"],
        data["public_lesson"],
        "/trainings/",
        "/certificates/verify/",
    ]

    def next_request():
        next(pool)
        roll = rng.random()
        if roll < 0.40:
            return Request(rng.choice(browsing))
        if roll < 0.60:
            return Request(data["enrolled_lesson"], cookies=learner)
        if roll < 0.70:
            return Request("/me/", cookies=learner)
        if roll < 0.85:
            item = next(submitters, None)
            if item is not None:
                session, attempt = item
                return Request(
                    f"/quizzes/attempts/{attempt.pk}/submit/",
                    cookies={"sessionid": session},
                    form=answers(attempt),
                    expect=(302,),
                )
            return Request(data["quiz"], cookies={"sessionid": data["taker"]})
        if data["certificate"]:
            return Request(data["certificate"], cookies=learner)
        return Request("/", cookies=learner)

    return run(
        "mixed load", next_request, port=PORT, seconds=seconds, concurrency=concurrency, limit=10**7
    )


# ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--mixed-seconds", type=float, default=300)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--pool", type=int, default=1500, help="learners with an open quiz")
    args = parser.parse_args()

    recreate_database()
    try:
        import django

        django.setup()
        started = time.monotonic()
        data = prepare(args.pool)
        print(
            f"Prepared the demo and {args.pool} open quiz attempts "
            f"in {time.monotonic() - started:.0f} s.\n"
        )
        small = query_counts(data)
        server = start_gunicorn()
        try:
            results = page_loads(data, args.seconds, args.concurrency)
            from reports_data import generate

            started = time.monotonic()
            generate(people=args.people, records=args.records, year=2026)
            print(
                f"Generated {args.people:,} people / {args.records:,} records "
                f"in {time.monotonic() - started:.0f} s.\n"
            )
            large = query_counts(data)
            from load import Request, run

            large_dashboard = run(
                "dashboard (large)",
                lambda: Request("/reports/?year=2026", cookies={"sessionid": data["department"]}),
                port=PORT,
                seconds=args.seconds,
                concurrency=1,
                limit=50,
            )
            mixed = mixed_load(data, args.mixed_seconds, args.concurrency)
        finally:
            server.terminate()
            server.wait(timeout=30)
        return report(results, small, large, large_dashboard, mixed, args)
    finally:
        from django.db import connections

        connections.close_all()
        drop_database()


def report(results, small, large, large_dashboard, mixed, args) -> int:
    by_label = {result.label: result for result in results}
    bare = by_label["bare Django view (floor)"].p50
    plain = by_label["plain Wagtail page (floor)"].p50
    print(
        f"Pages: gunicorn 2 workers, PostgreSQL, {args.concurrency} concurrent clients, "
        f"{args.seconds:.0f} s each (demo data)"
    )
    print(
        f"{'page':30} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'÷ bare':>7} {'÷ plain':>8} "
        f"{'errors':>6} {'queries':>8} {'(large)':>8}"
    )
    for result in results:
        print(
            f"{result.label:30} {result.rps:7.1f} {result.p50:8.1f} {result.p95:8.1f} "
            f"{result.p50 / bare:7.1f} {result.p50 / plain:8.2f} {len(result.errors):6d} "
            f"{small.get(result.label, ''):>8} {large.get(result.label, ''):>8}"
        )
    big = f"dashboard, {args.people:,} people"
    print(
        f"{big:30} {large_dashboard.rps:7.1f} {large_dashboard.p50:8.1f} {large_dashboard.p95:8.1f}"
    )
    print(
        f"\nMixed load for {mixed.seconds:.0f} s: {mixed.count} requests "
        f"({mixed.rps:.1f}/s), p50 {mixed.p50:.0f} ms, p95 {mixed.p95:.0f} ms, "
        f"{len(mixed.errors)} errors"
    )
    for error in mixed.errors[:10]:
        print("  ", error)

    targets = [
        ("anonymous lesson ≤ 2 × plain page", by_label["anonymous lesson page"].p50 / plain, 2.0),
        ("enrolled lesson ≤ 3 × plain page", by_label["enrolled lesson page"].p50 / plain, 3.0),
        ("quiz submit ≤ 15 queries", large["quiz submit (30 questions)"], 15),
        (f"dashboard < 1 s at {args.people:,} people (p50, s)", large_dashboard.p50 / 1000, 1.0),
        ("errors in the mixed load", len(mixed.errors), 0),
    ]
    print("\nTargets")
    missed = 0
    for name, value, limit in targets:
        ok = value <= limit
        missed += not ok
        print(f"  {'met   ' if ok else 'MISSED'} {name}: {value:.2f} (target {limit})")
    errors = sum(len(result.errors) for result in results)
    if errors:
        print(f"  MISSED {errors} errors in the page runs")
    return 1 if missed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
