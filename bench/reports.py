"""Benchmark: the reports dashboard and the XLSX export on report-sized data.

    .venv/bin/python bench/reports.py [--people 100000] [--records 500000] [--generate-only]

Meant for PostgreSQL: with BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_bench
it works in a new database `test_lms_bench`, dropped afterwards. Runs on SQLite too, best
with smaller numbers. Fills the database with `reports_data.generate()`, then
prints, for the whole province and for one district (Ninh Phước, 587):
- `reports.selectors.dashboard(scope)`: median of the timed runs, the first (cold) run, its
  query count and slowest queries; the result is serialised to JSON so nothing stays lazy;
- `reports.exports.xlsx_export(scope, out)`: median time, query count, file size, and the
  peak Python memory of one more run traced with tracemalloc (it should stream rows, not
  hold them all).
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc

from harness import fresh_database, setup_django  # bench/ is on sys.path

setup_django()

from reports_data import generate  # noqa: E402


def _report_api():
    """The reports interface, imported only when it is needed."""
    try:
        from reports.exports import xlsx_export
        from reports.selectors import ReportScope, dashboard
    except ImportError as error:
        sys.exit(
            f"The reports app does not provide the benchmarked interface yet ({error}).\n"
            "Expected: reports.selectors.ReportScope, reports.selectors.dashboard(scope) "
            "and reports.exports.xlsx_export(scope, out). "
            "Run with --generate-only to time the data generation alone."
        )
    return ReportScope, dashboard, xlsx_export


def _timed(function, runs: int):
    """First run with its queries counted, then `runs` timed runs; returns the figures."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        start = time.perf_counter()
        result = function()
        first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return result, first, statistics.median(times), captured.captured_queries


def bench_dashboard(label: str, scope, dashboard, runs: int, slowest: int) -> None:
    def run():
        return json.dumps(dashboard(scope), default=str)

    data, first, median, queries = _timed(run, runs)
    print(
        f"dashboard, {label}: median {median * 1000:.0f} ms over {runs} runs "
        f"(first {first * 1000:.0f} ms, {len(queries)} queries, {len(data) // 1024} KB as JSON)",
        flush=True,
    )
    for query in sorted(queries, key=lambda query: -float(query["time"]))[:slowest]:
        sql = " ".join(query["sql"].split())
        print(f"    {float(query['time']) * 1000:6.0f} ms  {sql[:110]}…", flush=True)


def bench_xlsx(label: str, scope, xlsx_export, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="lms-bench-xlsx-") as folder:
        path = os.path.join(folder, "report.xlsx")

        def run():
            with open(path, "wb") as out:
                xlsx_export(scope, out)

        _, first, median, queries = _timed(run, runs)
        size = os.path.getsize(path)
        tracemalloc.start()
        tracemalloc.reset_peak()
        start = time.perf_counter()
        run()
        traced = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    print(
        f"xlsx export, {label}: median {median:.2f} s over {runs} runs (first {first:.2f} s, "
        f"{len(queries)} queries), {size / 1024:.0f} KB; peak Python memory {peak / 2**20:.1f} MB "
        f"(tracemalloc, that run {traced:.2f} s)",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=500_000)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slowest", type=int, default=3, help="Dashboard queries to show.")
    parser.add_argument(
        "--generate-only", action="store_true", help="Time the data generation alone."
    )
    args = parser.parse_args()
    from django.db import connection

    if not args.generate_only:
        _report_api()  # fail before spending minutes on data
    start = time.perf_counter()
    fresh_database()
    print(
        f"database: {connection.vendor}, migrated with demo content in "
        f"{time.perf_counter() - start:.1f} s",
        flush=True,
    )
    generate(people=args.people, records=args.records, year=args.year, seed=args.seed)
    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # as autovacuum would have done on a live database
    print(f"ANALYZE: {time.perf_counter() - start:.1f} s", flush=True)
    if args.generate_only:
        return

    from people.models import AdministrativeUnit

    ReportScope, dashboard, xlsx_export = _report_api()
    district = AdministrativeUnit.objects.get(code="587")
    scopes = [
        ("province", ReportScope(year=args.year)),
        (
            f"district {district.code} {district.name}",
            ReportScope(year=args.year, units=(district,)),
        ),
    ]
    for label, scope in scopes:
        bench_dashboard(label, scope, dashboard, args.runs, args.slowest)
    for label, scope in scopes:
        bench_xlsx(label, scope, xlsx_export, args.runs)


if __name__ == "__main__":
    main()
