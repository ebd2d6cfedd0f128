from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers


class VietnameseFirstLocaleMiddleware:
    """Activate the language the visitor chose with the switch, else Vietnamese.

    Django's LocaleMiddleware would follow the browser's Accept-Language, so a phone set
    to English would open the site in English; this programme's audience reads Vietnamese
    first, so only an explicit choice (the language cookie) changes the language.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            # Back to the site's language, so a visitor's English never leaks into work the
            # same thread does next (tasks, commands, other requests' code before this one).
            translation.activate(settings.LANGUAGE_CODE)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set.

    - Permissions-Policy: the site never needs the camera, microphone, location or
      payment; turning them off limits what injected content could do.
    - The Wagtail admin's Content-Security-Policy: Wagtail 8 still renders a few inline
      scripts (inline panels, date pickers), so the strict site policy (django-csp,
      `CONTENT_SECURITY_POLICY`) skips /admin/ and this one allows inline code there
      while still refusing anything from another origin.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(self.admin_prefix):
            response.headers.setdefault("Content-Security-Policy", settings.ADMIN_CSP)
        return response
