"""Secrets that travel in URLs, taken out of log lines.

Some links are keys: whoever holds one confirms an email address, sets a password, reads a
certificate's verification page or checks in to a training. They are written in the path
(or, after a redirect to the login page, percent-encoded in `?next=`), so every access log
and every "Not Found: /…" line would keep them for anyone who reads the logs. `redact`
replaces each such segment with "[redacted]" and leaves every other path as it is.

Used by gunicorn's access and error logs (`common.gunicorn_logging`) and by Django's own log
lines (`RedactSecrets`, a filter on the console handler). Standard library only: gunicorn
imports it before Django is set up.
"""

import logging
import re

REDACTED = "[redacted]"

# A "/" in the path, or "%2F" inside a query string such as ?next=%2Ftrainings%2F...
_SEP = r"(?:/|%2[fF])"
# One path segment, raw or percent-encoded; it ends at the next separator or the query.
_SEGMENT = r"(?:(?!%2[fF])[^/?&#\s\"])+"


def _after(*parts: str, keep: str = "", segments: int = 1) -> re.Pattern:
    """The `segments` path segments after the path `parts`, unless the first is `keep`."""
    prefix = _SEP + _SEP.join(parts) + _SEP
    guard = rf"(?!(?:{keep})(?:{_SEP}|[?&#\s\"]|$))" if keep else ""
    more = rf"(?:{_SEP}{_SEGMENT})?" * (segments - 1)
    return re.compile(rf"({prefix}){guard}{_SEGMENT}{more}")


_PATTERNS = [
    # allauth: email confirmation and password reset links (the "done" page is no secret).
    _after("accounts", "confirm-email"),
    _after("accounts", "password", "reset", "key", keep="done"),
    # Wagtail's admin password reset: /admin/password_reset/confirm/<uid>/<token>/.
    _after("admin", "password_reset", "confirm", segments=2),
    # Certificate verification codes and training check-in tokens.
    _after("certificates", "verify"),
    _after("trainings", "check-in"),
]
# ?code=… on /certificates/verify/ (the form's GET), and any key or token parameter.
_QUERY = re.compile(r"([?&](?:code|key|token)=)[^&#\s\"]*", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` (a path, a request line, a URL or a whole log message) without URL secrets."""
    if not text:
        return text
    for pattern in _PATTERNS:
        text = pattern.sub(rf"\g<1>{REDACTED}", text)
    return _QUERY.sub(rf"\g<1>{REDACTED}", text)


class RedactSecrets(logging.Filter):
    """On a handler: every record it writes has URL secrets taken out of its message
    (Django's "Not Found: /certificates/verify/…", runserver's request lines)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
