import io

from django.contrib.auth.models import Group

import pytest
from openpyxl import Workbook, load_workbook

from courses.models import Question
from courses.question_bank import HEADERS, question_bank_export, question_bank_import
from courses.services import trainer_tracks_set
from people import roles
from tests.factories import DAMAGED_SHEETS, damaged_xlsx, make_learner

pytestmark = pytest.mark.django_db


def workbook(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


GOOD = [
    [
        "single",
        "Số khẩn cấp của Công an?",
        "111",
        "113",
        "115",
        "",
        "",
        "",
        "2",
        "113 là Công an.",
        "bai-1",
    ],
    [
        "multiple",
        "Những nguyên tắc chỉ đạo?",
        "An toàn",
        "Bảo mật",
        "Đổ lỗi",
        "",
        "",
        "",
        "1, 2",
        "",
        "bai-2, chung",
    ],
    ["true_false", "Im lặng là đồng ý.", "Đúng", "Sai", "", "", "", "", "2", "Không.", ""],
]


def test_a_good_sheet_imports_every_question_and_round_trips(site_tree):
    course = site_tree.courses[0]
    assert question_bank_import(course=course, data=workbook(GOOD)) == 3
    question = Question.objects.get(text="Những nguyên tắc chỉ đạo?")
    assert [(o.text, o.is_correct) for o in question.options.all()] == [
        ("An toàn", True),
        ("Bảo mật", True),
        ("Đổ lỗi", False),
    ]
    assert sorted(tag.name for tag in question.tags.all()) == ["bai-2", "chung"]
    assert Question.objects.get(text="Số khẩn cấp của Công an?").explanation == "113 là Công an."
    exported_bytes = question_bank_export(course=course)
    rows = list(
        load_workbook(io.BytesIO(exported_bytes)).active.iter_rows(min_row=2, values_only=True)
    )
    assert [row[1] for row in rows] == [row[1] for row in GOOD]
    assert rows[1][8] == "1, 2"
    # The exported file imports again and gives the same bank, diacritics intact.
    Question.objects.all().delete()
    assert question_bank_import(course=course, data=exported_bytes) == 3
    assert Question.objects.filter(text="Những nguyên tắc chỉ đạo?").exists()


def test_a_sheet_with_bad_rows_imports_nothing_and_names_each_row(client, site_tree):
    course = site_tree.courses[0]
    bad = [
        GOOD[0],
        ["essay", "Câu tự luận?", "a", "b", "", "", "", "", "1", "", ""],
        ["single", "Hai đáp án đúng?", "a", "b", "", "", "", "", "1, 2", "", ""],
        ["single", "", "a", "b", "", "", "", "", "1", "", ""],
        ["multiple", "Đáp án trỏ vào ô trống?", "a", "b", "", "", "", "", "1, 5", "", ""],
    ]
    officer = make_learner("so@example.org")
    officer.is_staff = True
    officer.save()
    officer.groups.add(Group.objects.get(name=roles.DEPARTMENT_OFFICER))
    client.force_login(officer)
    upload = io.BytesIO(workbook(bad))
    upload.name = "cau-hoi.xlsx"
    response = client.post(f"/admin/question-bank/{course.pk}/import/", {"file": upload})
    assert response.status_code == 200
    assert not Question.objects.exists()
    rows = [row for row, _reason in response.context["problems"]]
    assert rows == [3, 4, 5, 6]
    html = response.content.decode()
    assert "essay" in html


def test_a_file_that_is_not_a_workbook_is_refused_cleanly(client, site_tree):
    officer = make_learner("so@example.org")
    officer.is_staff = True
    officer.save()
    officer.groups.add(Group.objects.get(name=roles.TRAINER))
    trainer_tracks_set(user=officer, tracks=site_tree.tracks)
    client.force_login(officer)
    upload = io.BytesIO(b"not a zip file at all")
    upload.name = "cau-hoi.xlsx"
    response = client.post(
        f"/admin/question-bank/{site_tree.courses[0].pk}/import/", {"file": upload}
    )
    assert response.status_code == 200
    assert response.context["problems"]
    assert not Question.objects.exists()


def test_template_download_and_learner_refused(client, site_tree):
    learner = make_learner()
    client.force_login(learner)
    assert client.get("/admin/question-bank/template.xlsx").status_code in (302, 403)
    trainer = make_learner("gv@example.org")
    trainer.is_staff = True
    trainer.save()
    trainer.groups.add(Group.objects.get(name=roles.TRAINER))
    client.force_login(trainer)
    response = client.get("/admin/question-bank/template.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADERS


def admin_question_post(course, options, kind="single"):
    data = {
        "course": course.pk,
        "kind": kind,
        "text": "Câu hỏi thử?",
        "explanation": "",
        "tags": "",
        "options-TOTAL_FORMS": str(len(options)),
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
    }
    for n, (text, correct) in enumerate(options):
        data[f"options-{n}-text"] = text
        data[f"options-{n}-ORDER"] = str(n + 1)
        if correct:
            data[f"options-{n}-is_correct"] = "on"
    return data


@pytest.mark.parametrize(
    ("kind", "options", "saved"),
    [
        ("single", [("Đúng 1", True), ("Sai 1", False)], True),
        ("single", [("A", True), ("B", True)], False),
        ("single", [("A", False), ("B", False)], False),
        ("single", [("A", True)], False),
        ("true_false", [("Đúng", True), ("Sai", True)], False),
        ("multiple", [("A", True), ("B", True), ("C", False)], True),
    ],
)
def test_admin_validates_options_on_save(client, site_tree, kind, options, saved):
    trainer = make_learner("gv@example.org")
    trainer.is_staff = True
    trainer.save()
    trainer.groups.add(Group.objects.get(name=roles.TRAINER))
    trainer_tracks_set(user=trainer, tracks=site_tree.tracks)
    client.force_login(trainer)
    response = client.post(
        "/admin/snippets/courses/question/add/",
        admin_question_post(site_tree.courses[0], options, kind),
    )
    assert Question.objects.exists() is saved, response.content.decode()[:0]


def test_snippet_chooser_lists_only_the_trainers_own_questions_and_quizzes(client):
    """The chooser modal (and its search results) obeys the same rule as the listing:
    a trainer of track A never sees track B's questions or quizzes there."""
    from courses.models import Quiz
    from tests.factories import build_site, make_staff

    tree = build_site(tracks=2, courses=1, lessons=0)
    course_a, course_b = tree.courses
    mine = Question.objects.create(course=course_a, kind="single", text="Câu hỏi nhóm A?")
    theirs = Question.objects.create(course=course_b, kind="single", text="Câu hỏi nhóm B?")
    my_quiz = Quiz.objects.create(course=course_a, title="Kiểm tra nhóm A", kind="post")
    their_quiz = Quiz.objects.create(course=course_b, title="Kiểm tra nhóm B", kind="post")
    client.force_login(make_staff("gv@example.org", roles.TRAINER, tracks=[tree.tracks[0]]))

    for model, own, other in [("question", mine, theirs), ("quiz", my_quiz, their_quiz)]:
        base = f"/admin/snippets/choose/courses/{model}/"
        for url in [base, base + "results/", base + "results/?q=nh%C3%B3m"]:
            response = client.get(url)
            assert response.status_code == 200, url
            body = modal_text(response)
            assert str(own) in body, url
            assert str(other) not in body, url
        assert client.get(f"{base}chosen/{own.pk}/").status_code == 200
        assert client.get(f"{base}chosen/{other.pk}/").status_code == 404
        chosen = modal_text(client.get(f"{base}chosen-multiple/?id={own.pk}&id={other.pk}"))
        assert str(own) in chosen and str(other) not in chosen


def modal_text(response) -> str:
    """A chooser answer as text: modal steps come as JSON, the results panel as HTML."""
    import json

    if response["Content-Type"].startswith("application/json"):
        return json.dumps(json.loads(response.content), ensure_ascii=False)
    return response.content.decode()


@pytest.mark.parametrize("sheet_xml", DAMAGED_SHEETS)
def test_a_bank_with_a_damaged_sheet_is_refused_with_a_message(client, site_tree, sheet_xml):
    officer = make_learner("so@example.org")
    officer.groups.add(Group.objects.get(name=roles.DEPARTMENT_OFFICER))
    client.force_login(officer)
    upload = io.BytesIO(damaged_xlsx(HEADERS, sheet_xml))
    upload.name = "cau-hoi.xlsx"
    response = client.post(
        f"/admin/question-bank/{site_tree.courses[0].pk}/import/", {"file": upload}
    )
    assert response.status_code == 200
    assert "tệp Excel bị hỏng" in response.content.decode()
    assert not Question.objects.exists()
