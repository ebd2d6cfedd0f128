"""Settings for `make bench`: production behaviour (DEBUG off, compressed static files,
Redis cache, JSON logs off) on a throw-away PostgreSQL database, plus the floor pages."""

import os

from lms.settings.base import *  # noqa: F403
from lms.settings.base import INSTALLED_APPS

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [*INSTALLED_APPS, "bench.floor"]
ROOT_URLCONF = "bench.urls"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The measured pages, not the rate limits, are under test.
CERTIFICATE_VERIFY_RATE = (10**9, 60)
QUIZ_SUBMITS_PER_MINUTE = 10**9
ACCOUNT_RATE_LIMITS = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8765")
SECRET_KEY = os.environ.get("SECRET_KEY", "bench-only-" + "k" * 60)
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# The fault tests use the production task queue (served by `manage.py db_worker`).
if os.environ.get("BENCH_TASKS") == "database":
    from lms.settings.base import TASKS

    TASKS = {
        **TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
