"""A fixed-window request limit per client address, kept in the shared cache (Redis in
production, so every worker process counts together)."""

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    # Behind the production proxy the client address is the last hop it appends.
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def over_limit(request, name: str, *, limit: int, window: int, who: str | None = None) -> bool:
    """Count this request under `name`; True once the client (its address, or `who`) has
    made more than `limit` requests in the current window of `window` seconds."""
    key = f"ratelimit:{name}:{who or client_address(request)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > limit


def too_many_requests(request, *, retry_after: int):
    """The 429 page, in the visitor's language, with Retry-After."""
    from django.shortcuts import render

    response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
