from django.core.exceptions import ValidationError

import pytest

from common.blocks import LessonStreamBlock
from courses.models import CoursePage, LessonPage, TrackIndexPage, TrackPage
from lms.models import ContentPage, HomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (TrackIndexPage, HomePage, True),
        (TrackPage, TrackIndexPage, True),
        (CoursePage, TrackPage, True),
        (LessonPage, CoursePage, True),
        (LessonPage, TrackPage, False),
        (CoursePage, HomePage, False),
        (TrackPage, HomePage, False),
        (LessonPage, LessonPage, False),
        (ContentPage, HomePage, True),
        (HomePage, TrackIndexPage, False),
    ],
)
def test_page_types_only_allow_sensible_parents(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_lesson_blocks_render_content_note_folded_and_case_discussion_hidden(reader, site_tree):
    lesson = site_tree.lessons[0]
    lesson.body = [
        (
            "content_note",
            {"summary": "Lời kể về bạo lực tình dục", "body": "<p>Chi tiết đau lòng.</p>"},
        ),
        (
            "case_scenario",
            {
                "title": "Chị H. ở Ninh Phước",
                "situation": "<p>Tình huống.</p>",
                "questions": ["Bạn sẽ làm gì trước tiên?"],
                "discussion": "<p>Ưu tiên an toàn.</p>",
            },
        ),
        ("checklist", {"title": "Túi khẩn cấp", "items": ["Giấy tờ tùy thân", "Thuốc"]}),
        ("callout", {"title": "Ghi nhớ", "text": "<p>An toàn là trên hết.</p>"}),
    ]
    lesson.save_revision().publish()
    html = reader.get(lesson.url).content.decode()
    note = html[html.index('<details class="content-note">') :]
    assert note.index("Lời kể về bạo lực tình dục") < note.index("Chi tiết đau lòng.")
    assert '<details class="content-note" open' not in html
    assert '<details class="case__discussion">' in html
    assert "Bạn sẽ làm gì trước tiên?" in html
    assert "Giấy tờ tùy thân" in html
    assert "An toàn là trên hết." in html


def test_video_block_needs_exactly_one_source():
    block = LessonStreamBlock().child_blocks["video"]
    with pytest.raises(ValidationError):
        block.clean(
            block.to_python({"title": "Video", "embed": None, "file": None, "transcript": ""})
        )
