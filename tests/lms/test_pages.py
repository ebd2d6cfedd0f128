from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from courses.models import CoursePage, LessonPage, TrackPage
from demo.seed import load_track_data
from people.models import User
from tests.factories import add_content, publish_child

pytestmark = pytest.mark.django_db


def test_home_lists_the_six_demo_tracks_in_order(client, demo_site):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    titles = [track["title"] for track in load_track_data()]
    assert len(titles) == 6
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)


def test_every_demo_track_course_and_lesson_page_answers(client, demo_site):
    # Lessons need enrolment; the department officer (an editor) reads them all.
    client.force_login(User.objects.get(email="so@example.org"))
    pages = [*TrackPage.objects.live(), *CoursePage.objects.live(), *LessonPage.objects.live()]
    assert len(pages) >= 6 + 12 + 36
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_demo_content_has_each_course_with_three_lessons_or_more(demo_site):
    for course in CoursePage.objects.all():
        assert LessonPage.objects.child_of(course).count() >= 3, course.title
    for track in TrackPage.objects.all():
        assert CoursePage.objects.child_of(track).count() >= 2, track.title


def test_track_page_shows_audience_objectives_and_courses_with_counts(client, site_tree):
    track = site_tree.tracks[0]
    html = client.get(track.url).content.decode()
    assert "Cán bộ, cộng tác viên." in html
    assert site_tree.courses[0].title in html
    assert "3 bài học" in html


def test_course_page_lists_lessons_in_tree_order(client, site_tree):
    html = client.get(site_tree.courses[0].url).content.decode()
    positions = [html.index(lesson.title) for lesson in site_tree.lessons]
    assert positions == sorted(positions)


def test_lesson_page_links_previous_and_next_lessons(reader, site_tree):
    first, second, third = site_tree.lessons
    html = reader.get(second.url).content.decode()
    assert f'rel="prev" href="{first.url}"' in html
    assert f'rel="next" href="{third.url}"' in html
    assert "Bài 2/3" in html

    first_html = reader.get(first.url).content.decode()
    assert 'rel="prev"' not in first_html
    last_html = reader.get(third.url).content.decode()
    assert 'rel="next"' not in last_html
    assert f'href="{site_tree.courses[0].url}"' in last_html


def test_breadcrumbs_lead_back_through_course_and_track(reader, site_tree):
    lesson = site_tree.lessons[0]
    html = reader.get(lesson.url).content.decode()
    nav = html[html.index('class="breadcrumbs') :]
    nav = nav[: nav.index("</nav>")]
    for ancestor in (site_tree.index, site_tree.tracks[0], site_tree.courses[0]):
        assert f'href="{ancestor.url}"' in nav
    assert 'aria-current="page"' in nav


def test_unpublished_lessons_are_not_listed_nor_served(reader, site_tree):
    hidden = site_tree.lessons[1]
    hidden.unpublish()
    assert hidden.title not in reader.get(site_tree.courses[0].url).content.decode()
    assert reader.get(hidden.url).status_code == 404
    html = reader.get(site_tree.lessons[0].url).content.decode()
    assert f'href="{site_tree.lessons[2].url}"' in html


@pytest.mark.parametrize("path", ["/", "/search/?q=bao+luc", "/accounts/login/"])
def test_quick_exit_and_hotlines_are_on_every_public_page(client, demo_site, path):
    html = client.get(path).content.decode()
    assert "data-quick-exit-link" in html
    assert 'href="https://www.google.com/search?q=th%E1%BB%9Di+ti%E1%BA%BFt"' in html
    assert 'href="tel:113"' in html
    assert "1900 969 680" in html


def test_quick_exit_link_works_without_javascript(reader, site_tree):
    html = reader.get(site_tree.lessons[0].url).content.decode()
    start = html.index("data-quick-exit-link")
    tag = html[html.rindex("<a", 0, start) : html.index(">", start)]
    assert 'href="http' in tag
    assert "noreferrer" in tag


def test_pages_are_vietnamese_by_default_even_for_an_english_browser(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Thoát nhanh" in html


def test_language_switch_changes_the_interface_to_english_and_back(client, site_tree):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Exit this page" in html
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert "Thoát nhanh" in client.get("/").content.decode()
    translation.activate("vi")


def test_language_switch_is_a_link_that_sets_a_cookie_and_comes_back(client, site_tree):
    lesson = site_tree.lessons[0].url
    html = client.get(site_tree.courses[0].url).content.decode()
    switch = html[html.index('class="language-switch"') :]
    switch = switch[: switch.index("</nav>")]
    assert "/lang/en/?next=" in switch and "/lang/vi/?next=" in switch
    assert "csrfmiddlewaretoken" not in html  # nothing stops the page being cached
    response = client.get("/lang/en/", {"next": lesson})
    assert response.status_code == 302 and response.url == lesson
    assert response.cookies["django_language"].value == "en"
    assert client.get("/lang/en/", {"next": "https://evil.example/"}).url == "/"
    assert client.get("/lang/xx/").status_code == 404


def test_page_views_issue_the_same_queries_as_content_grows(reader, site_tree):
    paths = {
        "home": "/",
        "index": site_tree.index.url,
        "track": site_tree.tracks[0].url,
        "course": site_tree.courses[0].url,
        "lesson": site_tree.lessons[1].url,
    }

    def count(path):
        reader.get(path)  # warm caches (site root paths, settings)
        with CaptureQueriesContext(connection) as ctx:
            assert reader.get(path).status_code == 200
        return len(ctx.captured_queries)

    small = {name: count(path) for name, path in paths.items()}
    add_content(site_tree, tracks=4, courses=3, lessons=6)
    for n in range(10):
        publish_child(
            site_tree.courses[0],
            LessonPage(title=f"Bài thêm {n}", slug=f"bai-them-{n}", body=[]),
        )
    large = {name: count(path) for name, path in paths.items()}
    assert large == small
    for name, queries in small.items():
        assert queries <= 25, (name, queries)


def test_unknown_page_gives_a_404_in_the_site_shell(client, site_tree):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html
    assert "data-quick-exit-link" in html
