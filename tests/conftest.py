import os

from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from people import roles
from people.models import AdministrativeUnit, Organisation, TargetGroup
from people.reference_data import load_reference_data

# Property tests: the default profile explores 100 examples a property; CI's keeps 40 of
# them, derandomised (the same examples every run, so a red CI is reproducible) and with
# no per-example deadline (a loaded CI machine is slower, not wrong).
hypothesis_settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Playwright's sync API runs an event loop in the test thread; the ORM refuses to run
# there unless told that this is deliberate.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def ensure_base_data():
    """Restore what migrations load (locale, reference lists, role groups, certificate template).

    Browser tests run in transactions that end with a flush, which empties those tables.
    """
    from django.conf import settings

    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Collection, Locale

    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    load_reference_data(AdministrativeUnit, Organisation, TargetGroup)
    roles.ensure_groups(Group, Permission)
    roles.ensure_collection_permissions(django_apps)
    from certificates.models import CertificateTemplate
    from certificates.services import DEFAULT_TEMPLATE

    if not CertificateTemplate.objects.exists():
        CertificateTemplate.objects.create(name="Mẫu mặc định", is_default=True, **DEFAULT_TEMPLATE)
    import importlib

    from reports.models import ReportIssuer

    if not ReportIssuer.objects.exists():  # seeded by a migration
        issuers = importlib.import_module("reports.migrations.0004_seed_issuers").ISSUERS
        for values in issuers:
            ReportIssuer.objects.create(**values)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        ensure_base_data()


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    cache.clear()


def _flushes_database(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


def pytest_collection_modifyitems(items):
    # Transactional tests (browser, concurrency) flush the database when they end: run
    # them after everything else, browser tests last.
    items.sort(
        key=lambda item: (_flushes_database(item), item.get_closest_marker("e2e") is not None)
    )


@pytest.fixture
def site_tree(db):
    from tests.factories import build_site

    return build_site()


@pytest.fixture
def demo_site(db):
    from demo.seed import seed_demo

    seed_demo()
    # A reused test database may come from a run whose browser tests flushed it, taking
    # the department's page permissions (made by a migration) with it.
    roles.ensure_department_review(django_apps)


@pytest.fixture
def reader(client, site_tree):
    """A test client logged in as a learner enrolled in every course of `site_tree`."""
    from courses.services import enrolment_create
    from tests.factories import make_learner

    user = make_learner("reader@example.org")
    for course in site_tree.courses:
        enrolment_create(person=user.person, course=course)
    client.force_login(user)
    return client
