"""The page editor's block chooser tells editors what each block is for and shows it.

Every block a page's StreamField offers has a description (in Vietnamese) and a preview
value, and Wagtail's block preview view renders each with the site's stylesheet."""

import html
import json
import re

from django.urls import reverse
from django.utils import translation

import pytest

from courses.models import LessonPage
from lms.models import ContentPage, HomePage, SafetySettings
from people import roles
from tests.factories import make_staff

STREAMS = {
    "lesson body": LessonPage.body.field.stream_block,
    "content page body": ContentPage.body.field.stream_block,
    "hotlines": SafetySettings.hotlines.field.stream_block,
}
BLOCKS = [
    pytest.param(block, id=f"{where}: {name}")
    for where, stream in STREAMS.items()
    for name, block in stream.child_blocks.items()
]


@pytest.fixture
def officer(client, site_tree):
    client.force_login(make_staff("so@example.org", roles.DEPARTMENT_OFFICER))
    return client


def chooser_descriptions(page_html: str) -> set[str]:
    """Descriptions in the editor's block definitions (JSON in an attribute, escaped)."""
    text = html.unescape(page_html)
    return {
        json.loads(f'"{found}"')
        for found in re.findall(r'"description": "((?:[^"\\]|\\.)*)"', text)
    }


def first_text(value) -> str:
    """The first words of a preview value (a string, rich text, or a StructValue)."""
    parts = dict(value).values() if hasattr(value, "items") else [value]
    for part in parts:
        text = re.sub(r"<[^>]+>", "", str(getattr(part, "source", part) or "")).strip()
        if text:
            return text
    return ""


@pytest.mark.parametrize("block", BLOCKS)
def test_every_block_has_a_vietnamese_description_and_a_preview_value(block):
    with translation.override("vi"):
        description = str(block.get_description())
    assert description, block.name
    with translation.override("en"):
        assert description != str(block.get_description()), f"{block.name}: not translated"
    assert hasattr(block.meta, "preview_value"), block.name
    assert block.is_previewable, block.name


def test_the_lesson_editor_shows_every_block_description(officer):
    lesson = LessonPage.objects.first()
    response = officer.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 200
    found = chooser_descriptions(response.content.decode())
    with translation.override("vi"):
        expected = {str(b.get_description()) for b in STREAMS["lesson body"].child_blocks.values()}
    assert expected <= found, expected - found


def test_the_new_content_page_form_shows_the_block_descriptions(officer):
    home = HomePage.objects.first()
    url = reverse("wagtailadmin_pages:add", args=["lms", "contentpage", home.pk])
    response = officer.get(url)
    assert response.status_code == 200
    assert "Văn bản thường: đoạn văn ngắn, danh sách và liên kết." in chooser_descriptions(
        response.content.decode()
    )


@pytest.mark.parametrize("block", BLOCKS)
def test_the_block_preview_renders_with_the_site_stylesheet(officer, block):
    response = officer.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    page = response.content.decode()
    assert "css/site.css" in page
    sample = first_text(block.get_preview_value())[:30]
    assert sample and sample in page, (block.name, sample)


def test_the_block_preview_is_for_editors_only(client, site_tree):
    block = STREAMS["lesson body"].child_blocks["heading"]
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 302
