import shutil
from pathlib import Path

import pytest

from tests.conftest import ensure_base_data

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    chromium = shutil.which("chromium")
    # A missing browser is a failure, never a skip: CI must run these tests.
    assert chromium, "Chromium is not installed: run `make browser` (apt-get install chromium)"
    return {**browser_type_launch_args, "executable_path": chromium, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "vi-VN", "timezone_id": "Asia/Ho_Chi_Minh"}


@pytest.fixture
def screenshots_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def live_site(transactional_db, live_server):
    """The demo site served by a live server (the browser tests' database is flushed after)."""
    from django.apps import apps

    from demo.seed import seed_demo
    from people import roles

    ensure_base_data()
    seed_demo()
    roles.ensure_department_review(apps)  # the migration's workflow, gone with the flush
    return live_server


def log_in(page, base_url: str, email: str, password: str | None = None) -> None:
    from demo.seed import DEMO_PASSWORD

    page.goto(base_url + "/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password or DEMO_PASSWORD)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url("**/me/")
