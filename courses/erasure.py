"""The learning side of erasing an account (people.services.account_erase).

Learning records stay: they carry their own snapshot and keep the counts. What goes are
copies of the person's identifying details that are not records: rows of sign-in sheets
uploaded but not saved yet (saved sheets keep no rows at all).
"""

from courses import attendee_matching
from courses.models import AttendeeImport
from people import identity


def forget_in_sheet_previews(person) -> None:
    facts = identity.Facts.of(person)
    for batch in AttendeeImport.objects.filter(status=AttendeeImport.Status.PREVIEW):
        kept = [
            row
            for row in batch.rows
            if identity.compare(facts, attendee_matching.row_facts(row)) not in identity.SURE
        ]
        if len(kept) != len(batch.rows):
            AttendeeImport.objects.filter(pk=batch.pk).update(rows=kept)
