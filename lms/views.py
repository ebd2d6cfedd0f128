import logging

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache

from lms.selectors import page_search

logger = logging.getLogger(__name__)


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = page_search(query) if query else []
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "lms/search.html", {"query": query, "results": page})


@never_cache
def healthz(request):
    """For a load balancer: 200 when the database and the shared cache answer, else 503.

    Says nothing else about the site, so it is safe to leave public."""
    checks = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means "not healthy"
        logger.exception("Health check: the database does not answer")
        checks["database"] = "error"
    try:
        token = get_random_string(8)
        cache.set("healthz", token, 10)
        if cache.get("healthz") != token:
            raise RuntimeError("the cache returned another value")
    except Exception:  # noqa: BLE001
        logger.exception("Health check: the cache does not answer")
        checks["cache"] = "error"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
