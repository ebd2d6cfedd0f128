from django.core.paginator import Paginator
from django.shortcuts import render

from lms.selectors import page_search


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = page_search(query) if query else []
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "lms/search.html", {"query": query, "results": page})
