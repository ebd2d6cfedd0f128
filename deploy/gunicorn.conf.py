"""gunicorn settings for production: `gunicorn -c deploy/gunicorn.conf.py lms.wsgi`.

Workers follow the machine's cores (2 per core + 1, the usual rule for a mostly
database-bound site); override with WEB_WORKERS. Each worker restarts after a few
thousand requests so slow memory growth never builds up.
"""

import multiprocessing
import os

bind = os.environ.get("WEB_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("WEB_THREADS", "1"))
timeout = int(os.environ.get("WEB_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
max_requests = 5000
max_requests_jitter = 500
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# One JSON object per access-log line, like the application's own logs. The logger takes
# secrets out of URLs (email confirmation and password reset keys, certificate codes,
# check-in tokens) and escapes each value for JSON (lms/gunicorn_logging.py).
logger_class = "common.gunicorn_logging.RedactingLogger"
accesslog = "-"
access_log_format = (
    '{"time": "%(t)s", "logger": "access", "method": "%(m)s", "path": "%(U)s", '
    '"status": %(s)s, "bytes": "%(B)s", "duration_ms": %(M)s, "agent": "%(a)s"}'
)
errorlog = "-"
