"""A whole-page cache for visitors without an account session, for Wagtail pages only.

Most reading on the site is anonymous: public awareness material, track and course
pages, the home page. Those pages are the same for every visitor in one language, so
they are kept in the shared cache and served without rendering or querying. Anyone
logged in (a `sessionid` cookie), anyone with a pending message, and any request with a
query string goes past the cache. Publishing, unpublishing, moving or deleting a page,
changing the site settings, trainings or quizzes empties it (a version number in the
keys), and entries expire after `TIMEOUT` anyway (upcoming trainings move with the date).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "anon-page-cache:version"
TIMEOUT = 600
BYPASS_COOKIES = ("sessionid", "messages")


def invalidate(*args, **kwargs) -> None:
    """Forget every cached page (signal receiver; any arguments are ignored)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, None)


def invalidate_on_change(model) -> None:
    """Empty the cache whenever a `model` row is saved or deleted (shown on pages)."""
    from django.db.models.signals import post_delete, post_save

    for signal in (post_save, post_delete):
        signal.connect(invalidate, sender=model, dispatch_uid=f"page-cache-{model._meta.label}")


# Django views, never Wagtail pages: not worth a cache lookup.
NOT_PAGES = (
    "/admin/",
    "/django-admin/",
    "/accounts/",
    "/me/",
    "/reports/",
    "/certificates/",
    "/trainings/",
    "/quizzes/",
    "/documents/",
    "/static/",
    "/media/",
    "/search/",
    "/lang/",
    "/i18n/",
    "/healthz",
    "/bench/",
)


def _cache_key(request) -> str | None:
    if request.method not in ("GET", "HEAD") or request.GET:
        return None
    if request.path.startswith(NOT_PAGES):
        return None
    if any(name in request.COOKIES for name in BYPASS_COOKIES):
        return None
    version = cache.get(VERSION_KEY, 0)
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    where = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
    return f"anon-page:{version}:{language}:{where}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _cache_key(request)
        if key is not None:
            cached = cache.get(key)
            if cached is not None:
                response = HttpResponse(cached["content"], content_type=cached["type"])
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if key is not None and self._cacheable(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            cache.set(
                key,
                {"content": response.content, "type": response["Content-Type"]},
                TIMEOUT,
            )
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable(request, response) -> bool:
        match = getattr(request, "resolver_match", None)
        return (
            response.status_code == 200
            and match is not None
            and match.url_name == "wagtail_serve"
            and not response.cookies
            and not response.has_header("Cache-Control")  # never_cache, private pages
            and not getattr(response, "streaming", False)
        )
