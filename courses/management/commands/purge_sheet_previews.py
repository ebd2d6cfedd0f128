"""Delete sign-in sheets uploaded but never saved, once the trainer has had time to
confirm them: their rows hold names, phones and emails nobody needs any more.

Run daily from the purge timer: `manage.py purge_sheet_previews --days 2`. Saved sheets
keep only their counts already (`attendee_import.sheet_apply`).
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from courses.models import AttendeeImport


class Command(BaseCommand):
    help = "Delete sign-in sheet previews not saved within --days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=2)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = AttendeeImport.objects.filter(
            status=AttendeeImport.Status.PREVIEW, created_at__lt=cutoff
        ).delete()
        self.stdout.write(f"{deleted} sign-in sheet previews deleted.")
