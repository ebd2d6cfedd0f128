"""The Wagtail admin reads in Vietnamese for the screens trainers and officers use.

Wagtail ships its Vietnamese catalogue about 20% translated; `wagtail_locale/` carries
the project's translation of the rest (see the README)."""

import gettext
import json
import re
from pathlib import Path

from django.conf import settings
from django.urls import reverse

from wagtail.models import Workflow

import pytest

from courses.models import LessonPage
from courses.services import trainer_tracks_set
from people import roles
from tests.factories import make_staff

CATALOGUE = Path(settings.BASE_DIR) / "wagtail_locale" / "vi" / "LC_MESSAGES"


def msgids(po_path: Path) -> list[str]:
    """Every msgid of a .po file (joined continuation lines), header excluded."""
    text = po_path.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r'^msgid ((?:".*"\n)+)', text, flags=re.MULTILINE):
        value = "".join(re.findall(r'"(.*)"', match.group(1)))
        if value:
            found.append(value.encode().decode("unicode_escape").encode("latin-1").decode())
    return found


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_admin_string_we_carry_is_translated_and_compiled(domain):
    po = CATALOGUE / f"{domain}.po"
    assert "#, fuzzy" not in po.read_text(encoding="utf-8")
    with (CATALOGUE / f"{domain}.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    # msgfmt leaves out empty translations, so every msgid must be in the compiled file
    # with a non-empty, changed text (a stale .mo fails too).
    compiled_ids = {key[0] if isinstance(key, tuple) else key for key in catalogue}
    compiled_ids = {key.split("\x04")[-1] for key in compiled_ids}
    missing = [msgid for msgid in msgids(po) if msgid not in compiled_ids]
    assert not missing, missing[:10]
    assert len(msgids(po)) > {"django": 1500, "djangojs": 80}[domain]


@pytest.fixture
def trainer(site_tree):
    user = make_staff("gv@example.org", roles.TRAINER)
    trainer_tracks_set(user=user, tracks=site_tree.tracks)
    return user


def test_the_page_editor_is_in_vietnamese(client, trainer):
    client.force_login(trainer)
    lesson = LessonPage.objects.first()
    html = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    for text in ("Lưu nháp", "Gửi duyệt theo Duyệt nội dung", "Xem trước", "Lịch sử"):
        assert text in html, text
    for english in (">Save draft<", ">Preview<", "Submit to Duyệt nội dung"):
        assert english not in html, english


def test_the_admin_menu_and_dashboard_are_in_vietnamese(client, trainer):
    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    assert "Bản nháp chưa gửi duyệt" in html
    # The menu is drawn by script from JSON in the page (non-ASCII letters escaped).
    labels = [json.loads(f'"{label}"') for label in re.findall(r'"label": "([^"]*)"', html)]
    for text in ("Trang", "Ngân hàng câu hỏi", "Tập huấn trực tiếp", "Tài khoản", "Đăng xuất"):
        assert text in labels, (text, labels)


def test_snippets_and_account_pages_are_in_vietnamese(client, trainer):
    client.force_login(trainer)
    html = client.get("/admin/snippets/courses/question/").content.decode()
    assert "Thêm câu hỏi" in html
    html = client.get("/admin/account/").content.decode()
    assert "Ngôn ngữ ưu tiên" in html and "Thông báo" in html


def test_the_review_screens_are_in_vietnamese(client, site_tree, trainer):
    department = make_staff("so@example.org", roles.DEPARTMENT_OFFICER)
    lesson = LessonPage.objects.first()
    lesson.title = "Bài cần duyệt"
    lesson.save_revision(user=trainer)
    Workflow.objects.get(name=roles.REVIEW_WORKFLOW).start(lesson, trainer)

    client.force_login(department)
    html = client.get("/admin/").content.decode()
    assert "Đang chờ bạn duyệt" in html and "Bài cần duyệt" in html
    html = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert "Phê duyệt" in html and "Yêu cầu chỉnh sửa" in html
    html = client.get("/admin/reports/workflow/").content.decode()
    assert "Quy trình duyệt" in html

    client.force_login(trainer)
    html = client.get("/admin/").content.decode()
    assert "Các trang và mục nội dung dùng chung của bạn đang trong quy trình duyệt" in html


def test_every_string_of_the_site_is_translated_into_vietnamese_and_compiled():
    """The project's own catalogue: a new message left in English, or a fuzzy guess that
    makemessages made from a similar old one, fails here (run `make messages`, translate)."""
    po = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"
    text = po.read_text(encoding="utf-8")
    assert "#, fuzzy" not in text
    with (po.parent / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    compiled_ids = {key[0] if isinstance(key, tuple) else key for key in catalogue}
    compiled_ids = {key.split("\x04")[-1] for key in compiled_ids}
    missing = [msgid for msgid in msgids(po) if msgid not in compiled_ids]
    assert not missing, missing[:10]
