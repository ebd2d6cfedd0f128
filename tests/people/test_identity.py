"""The one rule for "is this the same person?" (people.identity), as a table of cases.

The same cases are then sent through every entry point that records people: sign-up and
email verification, the profile, self check-in and the sign-in sheet import
(tests/courses/test_attendee_import.py and tests/courses/test_trainings.py hold those).
"""

import unicodedata

import pytest

from people import identity
from people.identity import Facts, Level, Outcome

HANG = "Nguyễn Thị Hằng"
HANG_NFD = unicodedata.normalize("NFD", HANG)


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("0912 345 678", "+84912345678"),
        ("0912.345.678", "+84912345678"),
        ("+84 912 345 678", "+84912345678"),
        ("+84912345678", "+84912345678"),
        ("84912345678", "+84912345678"),
        ("912345678", "+84912345678"),  # a number cell dropped the leading 0
        ("(0259) 3822 222", "+842593822222"),  # a landline of the province
        ("01682345678", "+84382345678"),  # renumbered in 2018: 0168 -> 038
        ("", ""),
    ],
)
def test_phones_are_stored_in_one_form(text, stored):
    assert identity.parse_phone(text) == stored


@pytest.mark.parametrize("text", ["12345", "0912 345 678 9", "abc", "091234567x", "+1 202"])
def test_what_is_not_a_phone_is_refused(text):
    with pytest.raises(identity.InvalidPhone):
        identity.parse_phone(text)


def test_phones_are_shown_as_people_write_them_and_masked_for_others():
    assert identity.display_phone("+84912345678") == "0912 345 678"
    assert identity.mask_phone("+84912345678") == "••• 678"


def test_names_are_stored_nfc_with_single_spaces_and_matched_without_diacritics():
    assert HANG_NFD != HANG
    assert identity.normalise_name(f"  {HANG_NFD.replace(' ', '   ')} ") == HANG
    assert identity.name_key(HANG_NFD) == identity.name_key("NGUYEN THI HANG") == "nguyen thi hang"
    assert identity.name_key("Đặng Văn Ượng") == "dang van uong"


A = Facts(HANG, "hang@example.org", "+84912345678", 1990, 1)

CASES = [
    # (label, other record, level)
    ("same email and name", Facts(HANG, "hang@example.org"), Level.EMAIL),
    ("email in other case", Facts(HANG, identity.normalise_email("Hang@Example.org")), Level.EMAIL),
    ("same phone and name", Facts(HANG, "", "+84912345678"), Level.PHONE),
    ("NFD name, same phone", Facts(HANG_NFD, "", "+84912345678"), Level.PHONE),
    (
        "+84 form of the phone",
        Facts(HANG, "", identity.parse_phone("+84 912 345 678")),
        Level.PHONE,
    ),
    ("name, year, district", Facts("NGUYEN THI HANG", "", "", 1990, 1), Level.NAME),
    ("name and year, no district", Facts(HANG, "", "", 1990, None), Level.NONE),
    ("name only", Facts(HANG), Level.NONE),
    ("shared phone (a relative)", Facts("Trần Văn Nam", "", "+84912345678"), Level.SHARED),
    ("shared office email", Facts("Lê Văn Tám", "hang@example.org"), Level.SHARED),
    ("twin: other phone", Facts(HANG, "", "+84987654321", 1990, 1), Level.NONE),
    ("same phone, other year", Facts(HANG, "", "+84912345678", 1970, 1), Level.NONE),
    ("same email, other phone", Facts(HANG, "hang@example.org", "+84987654321"), Level.NONE),
    ("name, year, district, other email", Facts(HANG, "h2@example.org", "", 1990, 1), Level.NONE),
]


@pytest.mark.parametrize(("label", "other", "level"), CASES, ids=[c[0] for c in CASES])
def test_the_rule(label, other, level):
    assert identity.compare(A, other) == level
    assert identity.compare(other, A) == level  # the rule is symmetric


class Stored:
    def __init__(self, pk, facts):
        self.pk = pk
        self.full_name, self.email, self.phone = facts.full_name, facts.email, facts.phone
        self.birth_year, self.district_id = facts.birth_year, facts.district_id


def test_one_sure_candidate_is_the_same_person():
    found = identity.identify(
        A, [Stored(1, Facts(HANG, "", "+84912345678")), Stored(2, Facts("X"))]
    )
    assert (found.outcome, found.level, found.person.pk) == (Outcome.SAME, Level.PHONE, 1)


def test_several_candidates_are_ambiguous_and_nobody_is_picked():
    found = identity.identify(
        A, [Stored(1, Facts(HANG, "", "+84912345678")), Stored(2, Facts(HANG, "hang@example.org"))]
    )
    assert found.outcome == Outcome.AMBIGUOUS and found.person is None
    assert {p.pk for p in found.candidates} == {1, 2}


def test_a_probable_match_is_only_proposed():
    found = identity.identify(A, [Stored(7, Facts(HANG, "", "", 1990, 1))])
    assert (found.outcome, found.person.pk) == (Outcome.PROBABLE, 7)


def test_a_relatives_phone_makes_a_new_person_and_shows_who_shares_it():
    found = identity.identify(A, [Stored(3, Facts("Trần Văn Nam", "", "+84912345678"))])
    assert found.outcome == Outcome.NEW and found.person is None
    assert [p.pk for p in found.candidates] == [3]


def test_twins_with_different_phones_are_two_people():
    twin = Stored(4, Facts(HANG, "", "+84987654321", 1990, 1))
    assert identity.identify(A, [twin]).outcome == Outcome.NEW
