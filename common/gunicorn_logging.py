"""gunicorn's logger, with URL secrets taken out (`deploy/gunicorn.conf.py` points
`logger_class` here). Imports gunicorn and the standard library only: gunicorn loads it
before the Django application."""

import json

from gunicorn.glogging import Logger

from common.log_redaction import RedactSecrets, redact

# Atoms that hold the URL: the path, the request line, the query and the referring page.
_URL_ATOMS = ("U", "r", "q", "f", "{raw_uri}e", "{path_info}e", "{query_string}e", "{referer}i")


def _json_text(value):
    # The access format is one JSON object per line: a decoded path or a user agent may
    # hold backslashes or control characters that would break the line (or forge a
    # field). gunicorn's SafeAtoms escapes the quotes itself, so they are left to it.
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"')
    return value


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in _URL_ATOMS:
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        return {name: _json_text(value) for name, value in atoms.items()}

    def setup(self, cfg):
        super().setup(cfg)
        # The error log too: "Error handling request /trainings/check-in/<token>/".
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.addFilter(RedactSecrets())
