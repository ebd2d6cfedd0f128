"""Who each row of a sign-in sheet is: the identity rule (people.identity) applied to a
whole sheet in a fixed number of queries, and the trainer's choices where the rule cannot
decide on its own.

- A sure match (same email or phone, and the same name) is the person; no choice.
- A probable match (same name, year of birth and district) is proposed; the trainer may
  choose "a new person" instead.
- Several candidates are ambiguous: the trainer chooses one of them or "a new person"
  (the one already on the training's list is proposed when there is exactly one).
- Nobody is a new person; records sharing the row's phone or email under another name
  (a relative, an office address) are listed, and the trainer may choose one of them.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from people import identity
from people.models import Person

NEW = "new"
CHUNK = 2000  # facts per candidate query: keeps every IN list well under SQLite's limit


@dataclass
class RowMatch:
    found: identity.Identification
    proposed: Person | None  # who the row is saved as unless the trainer chooses otherwise
    candidates: list = field(default_factory=list)

    @property
    def kind(self) -> str:
        """For display: email, phone, name, ambiguous or new."""
        if self.found.outcome in (identity.Outcome.SAME, identity.Outcome.PROBABLE):
            return self.found.level.value
        return self.found.outcome.value

    @property
    def offers_choice(self) -> bool:
        return self.found.outcome != identity.Outcome.SAME and bool(self.candidates)

    @property
    def needs_choice(self) -> bool:
        return self.found.outcome == identity.Outcome.AMBIGUOUS and self.proposed is None


def row_facts(row: dict) -> identity.Facts:
    return identity.Facts(
        full_name=row["full_name"],
        email=row["email"],
        phone=row["phone"],
        birth_year=row["birth_year"],
        district_id=row["district_id"],
    )


def _candidates(facts: list[identity.Facts]) -> dict[int, Person]:
    people = {}
    for start in range(0, len(facts), CHUNK):
        query = identity.candidates_filter(facts[start : start + CHUNK])
        for person in Person.objects.filter(query, erased_at__isnull=True).select_related(
            "district"
        ):
            people[person.pk] = person
    return people


def match_rows(rows: list[dict], on_list: set) -> list[RowMatch]:
    """A RowMatch for each row, in one candidate query per CHUNK rows."""
    facts = [row_facts(row) for row in rows]
    people = _candidates(facts)
    by_email, by_phone, by_key = defaultdict(set), defaultdict(set), defaultdict(set)
    for person in people.values():
        if person.email:
            by_email[person.email].add(person.pk)
        if person.phone:
            by_phone[person.phone].add(person.pk)
        by_key[person.name_key].add(person.pk)
    matches = []
    for row_facts_ in facts:
        ids = by_email[row_facts_.email] | by_phone[row_facts_.phone] | by_key[row_facts_.key]
        found = identity.identify(row_facts_, [people[pk] for pk in sorted(ids)])
        proposed = found.person
        if found.outcome == identity.Outcome.AMBIGUOUS:
            listed = [person for person in found.candidates if person.pk in on_list]
            proposed = listed[0] if len(listed) == 1 else None
        matches.append(RowMatch(found, proposed, found.candidates))
    return matches


class ChoiceError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def resolve(matches: list[RowMatch], rows: list[dict], choices: dict) -> list[Person | None]:
    """The person each row is saved as (None: a new person), with the trainer's `choices`
    ({row number: person id or "new"}). Refuses, naming the rows, when an ambiguous row has
    no choice or a choice is not one of the row's candidates (the preview is out of date)."""
    people, missing, stale = [], [], []
    for row, match in zip(rows, matches, strict=True):
        choice = str(choices.get(row["row"], "") or "")
        if not choice or not match.offers_choice:
            if match.needs_choice:
                missing.append(row["row"])
            people.append(match.proposed)
        elif choice == NEW:
            people.append(None)
        else:
            chosen = next((p for p in match.candidates if str(p.pk) == choice), None)
            if chosen is None:
                stale.append(row["row"])
            people.append(chosen)
    if missing:
        raise ChoiceError(
            _("Choose who these rows are (several people match): rows %(rows)s.")
            % {"rows": ", ".join(map(str, missing))}
        )
    if stale:
        raise ChoiceError(
            _("The people recorded changed since the preview: check rows %(rows)s again.")
            % {"rows": ", ".join(map(str, stale))}
        )
    return people
