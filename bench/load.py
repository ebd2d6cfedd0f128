"""A small, bounded HTTP load generator for the benchmarks: keep-alive connections from
a few threads, each request timed. It only ever talks to 127.0.0.1 and stops at a
time limit or a request count, whichever comes first."""

import http.client
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

HOST = "127.0.0.1"
CSRF = "benchcsrftokenbenchcsrftoken1234"  # 32 characters, as Django's cookie secret


@dataclass
class Request:
    path: str
    cookies: dict = field(default_factory=dict)
    form: dict | None = None  # POST with CSRF when given
    expect: tuple = (200,)


@dataclass
class Result:
    label: str
    latencies: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    seconds: float = 0.0
    # (seconds since the start, path, HTTP status or 0 for a connection error, latency s)
    timeline: list = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.latencies)

    @property
    def rps(self) -> float:
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies) * 1000 if self.latencies else float("nan")

    @property
    def p95(self) -> float:
        return self.percentile(0.95)


def send(connection: http.client.HTTPConnection, request: Request) -> int:
    cookies = dict(request.cookies)
    headers = {"Host": f"{HOST}"}
    body = None
    method = "GET"
    if request.form is not None:
        method = "POST"
        cookies["csrftoken"] = CSRF
        body = urlencode({**request.form, "csrfmiddlewaretoken": CSRF}, doseq=True)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if cookies:
        headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in cookies.items())
    connection.request(method, request.path, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status


def run(label, next_request, *, port: int, seconds: float, concurrency: int, limit: int):
    """Call `next_request()` for each request (it returns a Request, or None when there
    is nothing left); `concurrency` threads; stop after `seconds` or `limit` requests."""
    result = Result(label)
    lock = threading.Lock()
    begun = time.monotonic()
    deadline = begun + seconds
    sent = [0]

    def worker():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if sent[0] >= limit:
                    return
                sent[0] += 1
                request = next_request()
            if request is None:
                return
            started_at = time.monotonic()
            started = time.perf_counter()
            try:
                status = send(connection, request)
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                elapsed = time.perf_counter() - started
                with lock:
                    result.errors.append(f"{request.path}: {error!r}")
                    result.timeline.append((started_at - begun, request.path, 0, elapsed))
                continue
            elapsed = time.perf_counter() - started
            with lock:
                result.timeline.append((started_at - begun, request.path, status, elapsed))
                if status in request.expect:
                    result.latencies.append(elapsed)
                else:
                    result.errors.append(f"{request.path}: HTTP {status}")
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.monotonic() - started
    return result
