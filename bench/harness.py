"""Shared set-up of the benchmarks: Django with test settings and a throw-away database.

SQLite in a temporary directory by default; with BENCH_DATABASE_URL, a new database
`test_<name>` on that PostgreSQL server, dropped when the benchmark ends.
"""

import atexit
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["LMS_VAR_DIR"] = tempfile.mkdtemp(prefix="lms-bench-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.test")
    if os.environ.get("BENCH_DATABASE_URL"):
        os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
    import django

    django.setup()


def fresh_database() -> None:
    """Create and migrate a new database, load the demo content without accounts."""
    from django.core.management import call_command
    from django.db import connection

    original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    atexit.register(connection.creation.destroy_test_db, original_name, verbosity=0)
    call_command("seed_demo", "--no-accounts", verbosity=0)
