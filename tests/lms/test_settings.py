import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    # The test run allows async-unsafe ORM calls for Playwright; a deployment never does.
    skip = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_a_real_secret_key():
    result = run_manage(
        "check", DJANGO_SETTINGS_MODULE="lms.settings.production", SECRET_KEY="short"
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_check_deploy_passes_with_production_settings(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="lms.settings.production",
        SECRET_KEY="x7Lq-" + "k2P9vR4mZ8wT1nB6cY3hJ5dF0gS" * 2,
        ALLOWED_HOSTS="daotao.example.gov.vn",
        LMS_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def setting_in_process(expression: str, **env) -> str:
    """The value of a settings expression in a fresh process with the given environment."""
    skip = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(env, DJANGO_SETTINGS_MODULE="lms.settings.dev")
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({}, "django.db.backends.sqlite3"),
        ({"DATABASE_URL": "postgres://u:p@db.example:5432/lms"}, "django.db.backends.postgresql"),
    ],
)
def test_database_url_switches_the_database(env, engine):
    assert setting_in_process("settings.DATABASES['default']['ENGINE']", **env) == engine


def test_redis_url_switches_the_cache_to_djangos_redis_backend():
    backend = setting_in_process(
        "settings.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/3"
    )
    assert backend == "common.cache.ResilientRedisCache"  # Django's, surviving a Redis outage
    assert setting_in_process("settings.CACHES['default']['BACKEND']").endswith("LocMemCache")
