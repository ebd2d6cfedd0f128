"""Security headers on every response; no inline script anywhere on the site."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


@pytest.mark.parametrize("url", ["/", "/certificates/verify/", "/accounts/login/", "/trainings/"])
def test_site_pages_forbid_inline_and_foreign_scripts(client, site_tree, url):
    response = client.get(url)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["Permissions-Policy"].startswith("camera=()")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_the_admin_allows_wagtails_inline_scripts_but_no_other_origin(client, db):
    response = client.get("/admin/login/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"] and policy["connect-src"] == ["'self'"]
    assert "*" not in response["Content-Security-Policy"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_https_gets_hsts_and_frames_are_denied(client, db, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.X_FRAME_OPTIONS = "DENY"
    response = client.get("/certificates/verify/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    assert response["X-Frame-Options"] == "DENY"


def test_production_settings_keep_cookies_secure():
    # A fresh interpreter: the settings module reads the environment when imported.
    script = (
        "import json, lms.settings.production as p; print(json.dumps([p.SESSION_COOKIE_SECURE,"
        " p.CSRF_COOKIE_SECURE, p.SESSION_COOKIE_HTTPONLY, p.SECURE_SSL_REDIRECT,"
        " p.SECURE_HSTS_SECONDS, p.X_FRAME_OPTIONS]))"
    )
    env = {**os.environ, "SECRET_KEY": "k" * 64, "ALLOWED_HOSTS": "example.org"}
    output = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(output) == [True, True, True, True, 31536000, "DENY"]


def test_no_template_of_the_site_carries_an_inline_script():
    inline = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I)
    handlers = re.compile(r"<[a-z][^>{]*\son[a-z]+\s*=", re.I)
    offenders = []
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if inline.search(text) or handlers.search(text):
            offenders.append(str(path))
    assert not offenders
