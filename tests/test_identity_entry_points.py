"""The identity rule as a table of cases, sent through every entry point that records a
person: the sign-in sheet import (preview), self check-in and sign-up (issue 14). Each
entry point answers the same case the same way, by its own means of deciding."""

import unicodedata
from datetime import date

import pytest

from courses import training_services
from courses.attendee_import import sheet_preview, sheet_read
from courses.models import Training
from people.models import (
    AdministrativeUnit,
    Organisation,
    Person,
    PersonLinkRequest,
    TargetGroup,
    User,
)
from tests.courses.test_attendee_import import xlsx

pytestmark = pytest.mark.django_db

NAME = "Nguyễn Thị Hằng"
RECORD = {"full_name": NAME, "phone": "0912345678", "birth_year": 1990, "email": ""}

# (case, what the newcomer gives, level by the rule)
CASES = [
    ("same phone and name", {"phone": "0912 345 678"}, "phone"),
    ("NFD name, same phone", {"full_name": unicodedata.normalize("NFD", NAME)}, "phone"),
    ("+84 form", {"phone": "+84 912 345 678"}, "phone"),
    ("a number cell lost the 0", {"phone": "912345678"}, "phone"),
    ("a relative on the phone", {"full_name": "Trần Văn Nam"}, "shared"),
    ("twin: other phone", {"phone": "0987 654 321"}, "none"),
    ("same phone, other year", {"birth_year": 1975}, "none"),
    ("name, year, district, no phone", {"phone": ""}, "name"),
    ("name only, other district", {"phone": "", "district": "584"}, "none"),
]


def newcomer(changes):
    facts = {"full_name": NAME, "phone": "0912345678", "birth_year": 1990, "district": "587"}
    facts.update(changes)
    return facts


@pytest.fixture
def training(site_tree):
    return Training.objects.create(
        format="tap_huan",
        title="Tập huấn",
        track=site_tree.tracks[0],
        organiser=Organisation.objects.first(),
        district=AdministrativeUnit.objects.get(code="587"),
        venue="Hội trường",
        starts_on=date.today(),
        ends_on=date.today(),
        hours=4,
    )


@pytest.fixture
def record(db):
    return Person.objects.create(**RECORD, district=AdministrativeUnit.objects.get(code="587"))


@pytest.mark.parametrize(("case", "changes", "level"), CASES, ids=[c[0] for c in CASES])
def test_the_sign_in_sheet(case, changes, level, training, record):
    facts = newcomer(changes)
    district = AdministrativeUnit.objects.get(code=facts["district"]).name
    row = [facts["full_name"], facts["birth_year"], district, facts["phone"]]
    user = User.objects.create_user(username="gv", email="gv@example.org")
    batch = sheet_read(
        training=training,
        user=user,
        data=xlsx([row], ["Họ và tên", "Năm sinh", "Huyện", "Số điện thoại"]),
        file_name="a.xlsx",
    )
    shown = sheet_preview(batch)["rows"][0]
    proposed = shown["person"]
    offered = [c["person"] for c in shown["candidates"]]
    expected = {
        "phone": (record, []),  # the same person, no question
        "name": (record, [record]),  # proposed, the trainer may say "a new person"
        "shared": (None, [record]),  # a new person; the record is shown
        "none": (None, []),
    }[level]
    assert (proposed, offered) == expected


@pytest.mark.parametrize(("case", "changes", "level"), CASES, ids=[c[0] for c in CASES])
def test_self_check_in(case, changes, level, training, record):
    facts = newcomer(changes)
    if not facts["phone"] or {"birth_year", "district"} & set(changes):
        # A check-in gives a name and a phone only; these cases turn on other facts.
        pytest.skip("not a question a check-in can ask")
    attendee = training_services.check_in_by_name(
        training=training,
        day=date.today(),
        full_name=facts["full_name"],
        phone=facts["phone"],
        device=f"device-{case}",
    )
    # Check-in knows only name and phone: only a sure match is the record.
    assert (attendee.person == record) is (level == "phone")


@pytest.mark.parametrize(("case", "changes", "level"), CASES, ids=[c[0] for c in CASES])
def test_sign_up(case, changes, level, client, record):
    facts = newcomer(changes)
    response = client.post(
        "/accounts/signup/",
        {
            "email": "moi@example.org",
            "password1": "Bao-ve-phu-nu-2026",
            "password2": "Bao-ve-phu-nu-2026",
            "full_name": facts["full_name"],
            "sex": "female",
            "birth_year": str(facts["birth_year"]),
            "district": str(AdministrativeUnit.objects.get(code=facts["district"]).pk),
            "organisation": str(Organisation.objects.first().pk),
            "target_group": str(TargetGroup.objects.first().pk),
            "phone": facts["phone"],
            "privacy_consent": "on",
        },
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.user is None  # never linked on the form's word
    asked = PersonLinkRequest.objects.filter(record=record).exists()
    assert asked is (level in ("phone", "name"))
