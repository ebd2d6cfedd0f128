import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.crypto import get_random_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from certificates.selectors import certificates_of_person
from courses.views import my_learning_context
from lms.selectors import page_search
from people.selectors import person_of

logger = logging.getLogger(__name__)


@login_required
def my_page(request):
    """/me/: the learner's own page, composed here from the learning and the certificates
    apps, so neither `people` nor `courses` needs to know the other sections."""
    person = person_of(request.user)
    return render(
        request,
        "lms/my_page.html",
        {
            "person": person,
            **my_learning_context(person),
            "certificates": list(certificates_of_person(person)),
        },
    )


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


@require_GET
def switch_language(request, code: str):
    """The language switch as a plain link: the choice is a cookie, not account data, so
    pages carry no form and stay cacheable for visitors."""
    if code not in dict(settings.LANGUAGES):
        raise Http404
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = redirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
