"""Secrets in URLs (email confirmation and password reset keys, certificate codes, check-in
tokens) never reach a log line: gunicorn's access and error logs, nginx's access log and
Django's own log lines."""

import io
import json
import logging
import re
import runpy
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from django.conf import settings

import pytest

from common.log_redaction import RedactSecrets, redact

CHECK_IN = "eyJ0IjoxMiwiZCI6IjIwMjYtMDMtMDkifQ:1v2Xyz:Qm9uZ3NlY3JldHRva2Vu"
SECRET_URLS = [
    ("/accounts/confirm-email/MTI:1v2Xyz:AbCdEf_ghIJ/", "/accounts/confirm-email/[redacted]/"),
    (
        "/accounts/password/reset/key/2s-c8f9a1-7b2e4d6f8a0c1e3b/",
        "/accounts/password/reset/key/[redacted]/",
    ),
    ("/accounts/password/reset/key/2s-set-password/", "/accounts/password/reset/key/[redacted]/"),
    (
        "/admin/password_reset/confirm/Mg/c8f9a1-7b2e4d6f8a/",
        "/admin/password_reset/confirm/[redacted]/",
    ),
    ("/certificates/verify/ABCDEFGHJKLMNPQR/", "/certificates/verify/[redacted]/"),
    ("/certificates/verify/?code=ABCD-EFGH-JKLM-NPQR", "/certificates/verify/?code=[redacted]"),
    (f"/trainings/check-in/{CHECK_IN}/", "/trainings/check-in/[redacted]/"),
    (
        f"/accounts/login/?next=%2Ftrainings%2Fcheck-in%2F{CHECK_IN.replace(':', '%3A')}%2F",
        "/accounts/login/?next=%2Ftrainings%2Fcheck-in%2F[redacted]%2F",
    ),
    (
        f"GET /trainings/check-in/{CHECK_IN}/?lang=vi HTTP/1.1",
        "GET /trainings/check-in/[redacted]/?lang=vi HTTP/1.1",
    ),
    (
        "Not Found: /certificates/verify/ZZZZZZZZZZZZZZZZ/",
        "Not Found: /certificates/verify/[redacted]/",
    ),
]
ORDINARY = [
    "/",
    "/certificates/verify/",
    "/accounts/password/reset/key/done/",
    "/accounts/confirm-email/",
    "/trainings/12/",
    "/trainings/12/manage/attendees.csv",
    "/certificates/NT-2026-000123.pdf",
    "/chuong-trinh-dao-tao/nhom-1/khoa-1/?q=b%E1%BA%A1o+l%E1%BB%B1c",
    "/reports/export.xlsx?year=2026&district=587",
]


@pytest.mark.parametrize(("url", "logged"), SECRET_URLS)
def test_each_kind_of_secret_link_is_redacted(url, logged):
    assert redact(url) == logged


@pytest.mark.parametrize("url", ORDINARY)
def test_ordinary_paths_pass_unchanged(url):
    assert redact(url) == url


# gunicorn ------------------------------------------------------------------------------

GUNICORN_CONF = Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"


def gunicorn_config():
    """deploy/gunicorn.conf.py loaded the way gunicorn loads it (every name it sets that
    is a gunicorn setting)."""
    from gunicorn.config import Config

    config = Config()
    for name, value in runpy.run_path(str(GUNICORN_CONF)).items():
        if name in config.settings:
            config.set(name, value)
    return config


def access_line(config, capsys, environ) -> dict:
    logger = config.logger_class(config)
    response = SimpleNamespace(status="404 Not Found", sent=120, headers=[])
    request = SimpleNamespace(headers=[("REFERER", environ.get("HTTP_REFERER", "-"))])
    logger.access(response, request, environ, timedelta(milliseconds=12))
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_gunicorn_uses_the_redacting_logger(capsys):
    from common.gunicorn_logging import RedactingLogger

    config = gunicorn_config()
    assert config.logger_class is RedactingLogger
    line = access_line(
        config,
        capsys,
        {
            "REQUEST_METHOD": "GET",
            "RAW_URI": f"/trainings/check-in/{CHECK_IN}/",
            "PATH_INFO": f"/trainings/check-in/{CHECK_IN}/",
            "QUERY_STRING": "",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "HTTP_USER_AGENT": 'Mozilla/5.0 "quoted" \\ \n", "forged": "',
        },
    )
    assert line["path"] == "/trainings/check-in/[redacted]/"
    assert CHECK_IN not in json.dumps(line)
    # Escaped, so the line stays one JSON object and no field can be forged.
    assert line["agent"] == 'Mozilla/5.0 "quoted" \\ \n", "forged": "'
    assert "forged" not in line
    assert line["status"] == 404


def test_gunicorn_access_line_of_an_ordinary_page_is_unchanged(capsys):
    line = access_line(
        gunicorn_config(),
        capsys,
        {
            "REQUEST_METHOD": "GET",
            "RAW_URI": "/trainings/12/",
            "PATH_INFO": "/trainings/12/",
            "QUERY_STRING": "",
            "SERVER_PROTOCOL": "HTTP/1.1",
        },
    )
    assert (line["method"], line["path"]) == ("GET", "/trainings/12/")


def test_gunicorn_error_log_lines_are_redacted(capsys):
    logger = gunicorn_config().logger_class(gunicorn_config())
    logger.error("Error handling request %s", f"/trainings/check-in/{CHECK_IN}/")
    err = capsys.readouterr().err
    assert "/trainings/check-in/[redacted]/" in err and CHECK_IN not in err


# Django ------------------------------------------------------------------------------


def test_django_log_lines_are_redacted_by_the_console_handler():
    handler_config = settings.LOGGING["handlers"]["console"]
    filters = [settings.LOGGING["filters"][name]["()"] for name in handler_config["filters"]]
    assert "common.log_redaction.RedactSecrets" in filters
    assert settings.LOGGING["loggers"]["django.server"]["handlers"] == ["console"]
    # No handler on the way up from Django's loggers writes without the filter.
    for name in ("django.request", "django.server", "django.security", "courses"):
        logger = logging.getLogger(name)
        while logger is not None:
            for handler in logger.handlers:
                if type(handler).__module__.startswith("_pytest"):
                    continue  # caplog's
                assert any(isinstance(f, RedactSecrets) for f in handler.filters), (name, handler)
            logger = logger.parent if logger.propagate else None

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecrets())
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    try:
        logger.warning("%s: %s", "Not Found", "/accounts/confirm-email/MTI:1v2Xyz:AbCd/")
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().strip() == "Not Found: /accounts/confirm-email/[redacted]/"


def test_a_404_on_a_verification_code_is_logged_without_the_code(client, db, caplog):
    """Through the console handler Django's LOGGING set up, as in production."""
    [console] = [
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, RedactSecrets) for f in handler.filters)
    ]
    with caplog.at_level(logging.WARNING, logger="django.request"):
        client.get("/certificates/verify/ZZZZZZZZZZZZZZZZ/")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert console.filter(record)
    line = console.format(record)
    assert "Not Found: /certificates/verify/[redacted]/" in line and "ZZZZ" not in line


def test_the_json_log_path_is_redacted(rf):
    from common.logging import JsonFormatter

    record = logging.makeLogRecord(
        {
            "msg": "Bad Request",
            "levelname": "WARNING",
            "request": rf.get(f"/trainings/check-in/{CHECK_IN}/"),
        }
    )
    assert json.loads(JsonFormatter().format(record))["path"] == "/trainings/check-in/[redacted]/"


# nginx -------------------------------------------------------------------------------

NGINX_CONF = Path(settings.BASE_DIR) / "deploy" / "nginx" / "lms.conf"


def nginx_map(source: str, variable: str) -> tuple[str, list[tuple[re.Pattern, str]]]:
    """The `map` whose result is `variable`: its source and its regex → value lines."""
    block = re.search(rf"map\s+(\$\w+)\s+\${variable}\s*\{{(.*?)\n\}}", source, re.S)
    assert block, f"no map for ${variable}"
    entries = []
    for line in block.group(2).splitlines():
        line = line.split("#")[0].strip()
        match = re.fullmatch(r'"~(\*?)(.*)"\s+"(.*)";', line)
        if match:
            flags = re.IGNORECASE if match.group(1) else 0
            entries.append((re.compile(match.group(2), flags), match.group(3)))
    return block.group(1), entries


def nginx_apply(entries, value: str) -> str:
    """nginx's map: the first regex that matches gives the value, $name its captures."""
    for pattern, result in entries:
        found = pattern.search(value)
        if found:
            return re.sub(r"\$\{?(\w+)\}?", lambda m, f=found: f.group(m.group(1)) or "", result)
    return value


def test_nginx_logs_requests_through_the_redacting_map():
    source = NGINX_CONF.read_text()
    variable_source, entries = nginx_map(source, "lms_logged_uri")
    assert variable_source == "$request_uri"
    assert entries
    log_format = re.search(r"log_format\s+lms_redacted\s+(.*?);", source, re.S).group(1)
    assert "$lms_logged_uri" in log_format and "$request " not in log_format
    assert "$request_uri" not in log_format and "$http_referer" not in log_format
    assert re.search(r"access_log\s+\S+\s+lms_redacted;", source)
    for url, logged in SECRET_URLS:
        if url.startswith("/"):
            assert nginx_apply(entries, url) == logged, url
    for url in ORDINARY:
        assert nginx_apply(entries, url) == url
    referer_source, referer_entries = nginx_map(source, "lms_logged_referer")
    assert referer_source == "$http_referer" and "$lms_logged_referer" in log_format
    site = "https://daotao.example.gov.vn"
    for url, logged in SECRET_URLS:
        if url.startswith("/"):
            assert nginx_apply(referer_entries, site + url) == site + logged, url
    for url in ORDINARY:
        assert nginx_apply(referer_entries, site + url) == site + url
