#!/usr/bin/env python3
"""Restore drill: restore a backup into a fresh database and prove nothing was lost.

    .venv/bin/python scripts/restore_drill.py DUMP FILES_TAR

DUMP and FILES_TAR come from scripts/backup.sh. The dump is restored into a new
database next to DATABASE_URL's (dropped afterwards unless --keep); then the row count
of every table and the list of files (with sizes) are compared with the live database
and MEDIA_ROOT/PRIVATE_ROOT. Exits 1 when anything differs, so it can run from cron or
CI. Run it right after a backup, while nobody writes, for the counts to be comparable.
"""

import argparse
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def table_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        return {
            table: connection.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


def files_under(root: Path) -> dict[str, int]:
    if not root.exists():
        return {}
    return {
        str(path.relative_to(root.parent)): path.stat().st_size
        for path in root.rglob("*")
        if path.is_file()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump")
    parser.add_argument("files")
    parser.add_argument("--keep", action="store_true", help="keep the restored database")
    args = parser.parse_args()

    source = os.environ["DATABASE_URL"]
    var = Path(os.environ.get("LMS_VAR_DIR", "var"))
    roots = [
        Path(os.environ.get("MEDIA_ROOT", var / "media")),
        Path(os.environ.get("PRIVATE_ROOT", var / "private")),
    ]
    drill = f"restore_drill_{os.getpid()}"
    admin = with_database(source, "postgres")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(drill)))
    restored = with_database(source, drill)
    problems = []
    try:
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                f"--dbname={restored}",
                args.dump,
            ],
            check=True,
        )
        live, back = table_counts(source), table_counts(restored)
        print(f"{'table':45} {'live':>10} {'restored':>10}")
        for table in sorted(set(live) | set(back)):
            mark = "" if live.get(table) == back.get(table) else "  <-- differs"
            if mark:
                problems.append(table)
            if mark or live.get(table):
                print(f"{table:45} {live.get(table, '-'):>10} {back.get(table, '-'):>10}{mark}")
        with tempfile.TemporaryDirectory() as unpacked, tarfile.open(args.files) as archive:
            archive.extractall(unpacked, filter="data")
            for root in roots:
                expected = files_under(root)
                got = files_under(Path(unpacked) / root.name)
                if expected != got:
                    problems.append(f"files under {root}")
                print(f"files under {root}: live {len(expected)}, restored {len(got)}")
    finally:
        if not args.keep:
            with psycopg.connect(admin, autocommit=True) as connection:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(drill))
                )
    total = sum(live.values())
    if problems:
        print(f"RESTORE DRILL FAILED: {', '.join(problems)}")
        return 1
    print(f"Restore drill passed: {len(live)} tables, {total} rows, every count equal.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
