from django.http import HttpResponse


def bare(request):
    """The cheapest Django response: what the framework itself costs per request."""
    return HttpResponse("ok", content_type="text/plain")
