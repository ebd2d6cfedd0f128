"""The sign-in sheet import applies the one identity rule (issue 14): what was merged
silently before is now kept apart or shown to the trainer, and saved sheets keep no rows.

Seen before: two different men with the same name, birth year and district but different
phones were merged; a row whose phone belongs to a relative was merged into the relative;
when several records shared a phone the oldest was picked silently.
"""

import unicodedata

import pytest

from courses.attendee_import import sheet_apply, sheet_preview, sheet_read
from courses.models import AttendeeImport
from courses.training_services import TrainingRefused
from people.models import AdministrativeUnit, Person, User
from tests.courses.test_attendee_import import make_training, xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def trainer(db):
    return User.objects.create_user(username="tapHuan", email="taphuan@example.org")


HEADER = ["Họ và tên", "Năm sinh", "Huyện/thành phố", "Số điện thoại", "Email"]


def import_rows(training, user, rows, choices=None):
    batch = sheet_read(training=training, user=user, data=xlsx(rows, HEADER), file_name="ds.xlsx")
    assert batch.problems == [], batch.problems
    return batch, sheet_preview(batch)


def test_namesakes_with_different_phones_are_two_people(site_tree, trainer):
    training = make_training(site_tree)
    first = Person.objects.create(
        full_name="Nguyễn Văn Hùng",
        birth_year=1980,
        district=AdministrativeUnit.objects.get(code="587"),
        phone="0912000001",
    )
    batch, preview = import_rows(
        training, trainer, [["Nguyễn Văn Hùng", 1980, "Ninh Phước", "0912000002", ""]]
    )
    assert preview["rows"][0]["person"] is None and preview["rows"][0]["candidates"] == []
    sheet_apply(batch=batch)
    assert Person.objects.filter(full_name="Nguyễn Văn Hùng").count() == 2
    first.refresh_from_db()
    assert first.phone == "+84912000001"


def test_a_relatives_phone_is_not_the_relative(site_tree, trainer):
    training = make_training(site_tree)
    mother = Person.objects.create(full_name="Lê Thị Mận", phone="0912000003")
    batch, preview = import_rows(training, trainer, [["Trần Văn Tí", "", "", "0912000003", ""]])
    row = preview["rows"][0]
    assert row["person"] is None
    assert [c["person"] for c in row["candidates"]] == [mother]  # shown, not chosen
    assert row["candidates"][0]["phone"] == "••• 003"
    sheet_apply(batch=batch)
    assert not training.attendees.filter(person=mother).exists()
    assert training.attendees.get().person.full_name == "Trần Văn Tí"


def test_several_records_with_one_phone_and_name_are_for_the_trainer_to_choose(site_tree, trainer):
    training = make_training(site_tree)
    older = Person.objects.create(full_name="Phạm Thị Hoa", phone="0912000004")
    newer = Person.objects.create(full_name="Pham Thi Hoa", phone="+84912000004")
    batch, preview = import_rows(training, trainer, [["Phạm Thị Hoa", "", "", "0912000004", ""]])
    row = preview["rows"][0]
    assert row["needs_choice"] and row["person"] is None
    assert {c["person"] for c in row["candidates"]} == {older, newer}
    with pytest.raises(TrainingRefused, match="rows 2"):
        sheet_apply(batch=batch)
    assert not training.attendees.exists()  # nothing saved
    sheet_apply(batch=batch, choices={2: str(newer.pk)})
    assert training.attendees.get().person == newer


def test_a_choice_that_is_not_a_candidate_is_refused(site_tree, trainer):
    training = make_training(site_tree)
    Person.objects.create(full_name="Phạm Thị Hoa", phone="0912000004")
    Person.objects.create(full_name="Phạm Thị Hoa", phone="0912000004")
    stranger = Person.objects.create(full_name="Người Khác")
    batch, _preview = import_rows(training, trainer, [["Phạm Thị Hoa", "", "", "0912000004", ""]])
    with pytest.raises(TrainingRefused, match="changed since the preview"):
        sheet_apply(batch=batch, choices={2: str(stranger.pk)})
    assert not training.attendees.exists()


def test_a_probable_match_may_be_declined_as_a_new_person(site_tree, trainer):
    training = make_training(site_tree)
    known = Person.objects.create(
        full_name="Võ Thị Mai", birth_year=1990, district=AdministrativeUnit.objects.get(code="587")
    )
    batch, preview = import_rows(training, trainer, [["Vo Thi Mai", 1990, "Ninh Phước", "", ""]])
    assert preview["rows"][0]["person"] == known and preview["rows"][0]["selected"] == str(known.pk)
    sheet_apply(batch=batch, choices={2: "new"})
    assert training.attendees.get().person != known
    assert Person.objects.filter(name_key="vo thi mai").count() == 2


def test_decomposed_names_and_phone_forms_match_the_same_person(site_tree, trainer):
    training = make_training(site_tree)
    known = Person.objects.create(full_name="Nguyễn Thị Ượng", phone="0382345678")
    nfd = unicodedata.normalize("NFD", "Nguyễn  Thị Ượng")
    batch, preview = import_rows(training, trainer, [[nfd, "", "", "01682345678", ""]])
    assert preview["rows"][0]["person"] == known  # old 11-digit number, renumbered
    assert preview["rows"][0]["match"] == "phone"
    sheet_apply(batch=batch)
    assert training.attendees.get().person == known


def test_a_saved_sheet_keeps_only_its_counts(site_tree, trainer):
    training = make_training(site_tree)
    batch, _ = import_rows(
        training, trainer, [["Đinh Thị Lụa", 1992, "", "0912000009", "lua@example.org"]]
    )
    sheet_apply(batch=batch)
    stored = AttendeeImport.objects.get(pk=batch.pk)
    assert stored.rows == [] and stored.problems == []
    assert stored.summary == {"rows": 1, "created_people": 1, "matched_people": 0}
    assert "0912000009" not in str(stored.__dict__) and "lua@" not in str(stored.__dict__)
