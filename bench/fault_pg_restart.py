"""Fault test: PostgreSQL restarted in the middle of a mixed load.

    .venv/bin/python bench/fault_pg_restart.py [--seconds 45] [--restart-at 12]

Serves the demo with gunicorn (2 workers), runs the mixed load of bench/pages.py and
restarts the local PostgreSQL cluster part-way through. Passes (exit 0) when:
- requests during the restart fail cleanly (an error page or a refused connection,
  none hanging past the client's 30 s timeout);
- the site recovers by itself: no error in the last third of the run, gunicorn untouched;
- nothing is half-written: every quiz attempt has either all its answers stored and a
  score, or none and no score, and every submission answered with a redirect is stored.
Restarts the PostgreSQL cluster of this machine: run it where nothing else needs it.
"""

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pages  # noqa: E402 - sets the environment of the benchmark database


def restart_postgres() -> tuple[float, float]:
    version = sorted(os.listdir("/etc/postgresql"))[0]
    started = time.monotonic()
    subprocess.run(
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart", "-m", "fast"],
        check=True,
    )
    for _ in range(60):
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode == 0:
            break
        time.sleep(0.5)
    return started, time.monotonic()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=45)
    parser.add_argument("--restart-at", type=float, default=12)
    parser.add_argument("--pool", type=int, default=600)
    args = parser.parse_args()

    pages.recreate_database()
    import django

    django.setup()
    data = pages.prepare(args.pool)
    server = pages.start_gunicorn()
    restart = {}
    try:
        begun = time.monotonic()

        def restart_later():
            time.sleep(args.restart_at)
            restart["window"] = restart_postgres()

        restarter = threading.Thread(target=restart_later)
        restarter.start()
        load = pages.mixed_load(data, args.seconds, 4)
        restarter.join()
    finally:
        server.terminate()
        server.wait(timeout=30)

    from django.db import connections

    connections.close_all()
    failures = check(load, restart, begun, data, args)
    pages.drop_database()
    return 1 if failures else 0


def check(load, restart, begun, data, args) -> list[str]:
    from django.db.models import Count

    from courses.models import QuizAttempt

    failures = []
    down_from, down_until = (moment - begun for moment in restart["window"])
    statuses = {}
    for _offset, _path, status, _latency in load.timeline:
        statuses[status] = statuses.get(status, 0) + 1
    slowest = max(latency for *_rest, latency in load.timeline)
    print(f"PostgreSQL restarted from {down_from:.1f} s to {down_until:.1f} s of the run.")
    print(
        f"{len(load.timeline)} requests; by status: {dict(sorted(statuses.items()))} "
        "(0 = connection refused or reset); "
        f"slowest {slowest:.1f} s"
    )
    failed_at = [
        offset for offset, _path, status, _lat in load.timeline if status == 0 or status >= 500
    ]
    if failed_at:
        print(f"Failed requests between {min(failed_at):.1f} s and {max(failed_at):.1f} s.")
    if slowest >= 30:
        failures.append("a request hung until the client gave up")
    tail = args.seconds * 2 / 3
    late = [offset for offset in failed_at if offset > max(tail, down_until + 5)]
    if late:
        failures.append(f"{len(late)} requests failed after the database was back")
    if not any(offset > down_until for offset, *_rest in load.timeline):
        failures.append("no request was made after the restart")

    pool = [attempt.pk for _session, attempt in data["submitters"]]
    rows = QuizAttempt.objects.filter(pk__in=pool).annotate(answers=Count("responses"))
    half = [a.pk for a in rows if (a.submitted_at is None) != (a.answers == 0)]
    partial = [a.pk for a in rows if a.answers not in (0, len(a.layout))]
    redirected = {
        int(path.split("/")[3])
        for _offset, path, status, _lat in load.timeline
        if path.startswith("/quizzes/attempts/") and status == 302
    }
    submitted = set(rows.filter(submitted_at__isnull=False).values_list("pk", flat=True))
    lost = redirected - submitted
    print(
        f"Quiz submissions answered 302: {len(redirected)}; stored: {len(submitted)}; "
        f"half-written attempts: {len(half) + len(partial)}"
    )
    if half or partial:
        failures.append(f"half-written attempts: {sorted(set(half) | set(partial))[:10]}")
    if lost:
        failures.append(f"submissions confirmed but not stored: {sorted(lost)[:10]}")
    print(
        "FAULT TEST FAILED: " + "; ".join(failures)
        if failures
        else "Fault test passed: clean failures during the restart, recovery without "
        "restarting gunicorn, nothing half-written or lost."
    )
    return failures


if __name__ == "__main__":
    sys.exit(main())
