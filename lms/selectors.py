import re

from wagtail.models import Page

from common.search import fold
from courses.models import CoursePage, LessonPage, TrackPage
from lms.models import ContentPage


def page_search(query: str):
    """Live tracks, courses, lessons and content pages matching `query`.

    The query is folded to ASCII and matched against each page's folded text, so
    "bạo lực gia đình" and "bao luc gia dinh" find the same pages.
    """
    # Only words reach the backend: quotes and operators would be query syntax to FTS.
    folded = " ".join(re.findall(r"\w+", fold(query)))
    if not folded:
        return []
    pages = Page.objects.live().public().type(TrackPage, CoursePage, LessonPage, ContentPage)
    return pages.search(folded, operator="and")
