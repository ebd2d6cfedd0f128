import pytest

from common.search import fold
from lms.selectors import page_search

pytestmark = pytest.mark.django_db


def test_fold_removes_vietnamese_diacritics_including_d_bar():
    assert fold("Bạo lực gia đình") == "bao luc gia dinh"
    assert fold("  ĐẶNG   Văn Ượng ") == "dang van uong"


def test_query_with_and_without_diacritics_finds_the_same_lessons(demo_site):
    with_marks = {page.pk for page in page_search("bạo lực gia đình")}
    without_marks = {page.pk for page in page_search("bao luc gia dinh")}
    assert with_marks
    assert with_marks == without_marks


def test_search_finds_a_lesson_by_words_of_its_body(site_tree):
    lesson = site_tree.lessons[0]
    assert lesson.pk in {page.pk for page in page_search("noi dung bai hoc")}


def test_search_ignores_unpublished_pages(site_tree):
    lesson = site_tree.lessons[0]
    lesson.unpublish()
    assert lesson.pk not in {page.pk for page in page_search("Bài 1.1.1")}


def test_search_page_shows_results_and_handles_an_empty_query(client, site_tree):
    response = client.get("/search/", {"q": "bài học"})
    assert response.status_code == 200
    assert site_tree.lessons[0].title in response.content.decode()
    empty = client.get("/search/", {"q": ""})
    assert empty.status_code == 200
    assert "result-list" not in empty.content.decode()


def test_search_survives_punctuation_only_queries(client, site_tree):
    for query in ["!!!", "'", '"', "%", "-", "bạo lực OR"]:
        assert client.get("/search/", {"q": query}).status_code == 200
