"""Whether two records are the same person: the one rule (docs/decisions/0005-identity.md).

Sign-up, the profile, self check-in and the sign-in sheet import all ask this module, so
they cannot disagree. The rule, in short:

- Names, emails and phones are compared in one stored form: names NFC with single spaces
  (and a folded key without diacritics for matching), emails in lower case, phones in
  E.164 (`+84912345678`) parsed by `phonenumbers`.
- A phone is shared in families and an email in offices, so neither alone makes two
  records one person: the folded name must agree too. Same email (or phone) and same
  name is a *sure* match.
- Same name, year of birth and district, with nothing that disagrees, is only *probable*:
  it is proposed to a person who can tell (the trainer in the import preview), never
  applied on its own.
- A disagreeing phone, email or year of birth is evidence of a different person (twins,
  two men with one common name): such records are never matched.
- Several candidates at the same level are *ambiguous*: they are shown for someone to
  choose, never resolved by picking the oldest.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

from django.db.models import Q

import phonenumbers

from common.search import fold

REGION = "VN"
_PUNCTUATION = re.compile(r"[-_.,;:()/&'\"]+")

# Mobile prefixes renumbered on 15/09/2018 (11 digits to 10): old sign-in sheets and
# phone books still carry them. Decision 798/QĐ-BTTTT.
_RENUMBERED_MOBILE = {
    "0120": "070",
    "0121": "079",
    "0122": "077",
    "0126": "076",
    "0128": "078",
    "0123": "083",
    "0124": "084",
    "0125": "085",
    "0127": "081",
    "0129": "082",
    "0162": "032",
    "0163": "033",
    "0164": "034",
    "0165": "035",
    "0166": "036",
    "0167": "037",
    "0168": "038",
    "0169": "039",
    "0186": "056",
    "0188": "058",
    "0199": "059",
}


class InvalidPhone(ValueError):
    """Text that is not a phone number of Viet Nam (or an international one with +)."""


def normalise_name(text: str | None) -> str:
    """As stored and printed: NFC (phones and Macs send decomposed letters) with single
    spaces. "Nguyễn  Thị Hằng " (NFD) -> "Nguyễn Thị Hằng" (NFC)."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


def name_key(text: str | None) -> str:
    """The folded form names are matched and searched by: lower case, no diacritics,
    punctuation as spaces. "Nguyễn Thị Hằng" and "NGUYEN THI HANG" -> "nguyen thi hang"."""
    return " ".join(_PUNCTUATION.sub(" ", fold(normalise_name(text))).split())


def normalise_email(text: str | None) -> str:
    return (text or "").strip().lower()


def parse_phone(text: str | None) -> str:
    """The stored form of a phone as written on a form or a sheet: E.164, or "" for none.

    Accepts 0912 345 678, +84 912 345 678, 84912345678, a number that lost its leading 0
    in a spreadsheet cell (912345678), and the pre-2018 11-digit mobile numbers (renumbered).
    Raises InvalidPhone for anything else.
    """
    raw = (text or "").strip()
    if not raw:
        return ""
    digits = re.sub(r"\D", "", raw)
    if not digits or re.search(r"[^\d\s().+\-]", raw):
        raise InvalidPhone(raw)
    if not raw.startswith("+") and not digits.startswith(("0", "84")) and len(digits) == 9:
        digits = "0" + digits  # a number cell drops the leading 0
    if len(digits) == 11 and digits[:4] in _RENUMBERED_MOBILE:
        digits = _RENUMBERED_MOBILE[digits[:4]] + digits[4:]
    candidate = ("+" + digits) if raw.startswith("+") else digits
    try:
        number = phonenumbers.parse(candidate, REGION)
    except phonenumbers.NumberParseException:
        raise InvalidPhone(raw) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str | None) -> str:
    """A stored phone as people write it: "0912 345 678" (international ones as +…)."""
    if not stored:
        return ""
    try:
        number = phonenumbers.parse(stored, REGION)
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == phonenumbers.country_code_for_region(REGION):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(stored: str | None) -> str:
    """Only the last three digits, for lists other people see: "••• 678"."""
    digits = re.sub(r"\D", "", stored or "")
    return f"••• {digits[-3:]}" if len(digits) >= 3 else ""


# The rule ---------------------------------------------------------------------------------


class Level(StrEnum):
    """How strongly two records are one person, strongest first."""

    EMAIL = "email"  # same email and same name: sure
    PHONE = "phone"  # same phone and same name: sure
    NAME = "name"  # same name, year of birth and district, nothing disagrees: probable
    SHARED = "shared"  # same email or phone under another name: someone to ask about
    NONE = "none"


SURE = (Level.EMAIL, Level.PHONE)


@dataclass(frozen=True)
class Facts:
    """What a form, a sheet row or a stored person says about someone, in stored form."""

    full_name: str = ""
    email: str = ""
    phone: str = ""
    birth_year: int | None = None
    district_id: int | None = None

    @classmethod
    def of(cls, person) -> "Facts":
        return cls(
            full_name=person.full_name,
            email=normalise_email(person.email),
            phone=person.phone or "",
            birth_year=person.birth_year,
            district_id=person.district_id,
        )

    @property
    def key(self) -> str:
        return name_key(self.full_name)


def _differ(a, b) -> bool:
    return a not in (None, "") and b not in (None, "") and a != b


def compare(a: Facts, b: Facts) -> Level:
    """The one rule: how strongly `a` and `b` are the same person."""
    if _differ(a.phone, b.phone) or _differ(a.birth_year, b.birth_year):
        return Level.NONE  # evidence of two people
    same_name = bool(a.key) and a.key == b.key
    same_email = bool(a.email) and a.email == b.email
    same_phone = bool(a.phone) and a.phone == b.phone
    if same_name and same_email:
        return Level.EMAIL
    if same_name and same_phone:
        return Level.PHONE
    if (
        same_name
        and not _differ(a.email, b.email)
        and a.birth_year is not None
        and a.birth_year == b.birth_year
        and a.district_id is not None
        and a.district_id == b.district_id
    ):
        return Level.NAME
    if same_email or same_phone:
        return Level.SHARED
    return Level.NONE


class Outcome(StrEnum):
    SAME = "same"  # one sure candidate: the same person
    PROBABLE = "probable"  # one probable candidate: propose it, let a person decide
    AMBIGUOUS = "ambiguous"  # several candidates: a person must choose
    NEW = "new"  # nobody: a new person (candidates sharing a phone/email may be listed)


@dataclass
class Identification:
    outcome: Outcome
    level: Level = Level.NONE
    person: object = None  # the match for SAME and PROBABLE
    candidates: list = field(default_factory=list)  # every person worth showing

    @property
    def needs_choice(self) -> bool:
        return self.outcome == Outcome.AMBIGUOUS


def identify(facts: Facts, people) -> Identification:
    """Who among `people` (stored persons) the `facts` describe, by the rule above."""
    by_level: dict[Level, list] = {level: [] for level in Level}
    for person in people:
        by_level[compare(facts, Facts.of(person))].append(person)
    sure = by_level[Level.EMAIL] + by_level[Level.PHONE]
    if sure:
        # The same person twice (email and phone) is one candidate, not two.
        unique = list({person.pk: person for person in sure}.values())
        if len(unique) == 1:
            level = Level.EMAIL if by_level[Level.EMAIL] else Level.PHONE
            return Identification(Outcome.SAME, level, unique[0], unique)
        return Identification(Outcome.AMBIGUOUS, Level.EMAIL, None, unique)
    probable = by_level[Level.NAME]
    if len(probable) == 1:
        return Identification(Outcome.PROBABLE, Level.NAME, probable[0], probable)
    if probable:
        return Identification(Outcome.AMBIGUOUS, Level.NAME, None, probable)
    return Identification(Outcome.NEW, Level.SHARED, None, by_level[Level.SHARED])


def candidates_filter(facts_list) -> Q:
    """A filter for every stored person that could match any of `facts_list` (one query
    whatever the number of rows): same email, same phone, or same folded name."""
    emails = {facts.email for facts in facts_list if facts.email}
    phones = {facts.phone for facts in facts_list if facts.phone}
    keys = {facts.key for facts in facts_list if facts.key}
    query = Q(pk__in=[])
    if emails:
        query |= Q(email__in=emails)
    if phones:
        query |= Q(phone__in=phones)
    if keys:
        query |= Q(name_key__in=keys)
    return query
