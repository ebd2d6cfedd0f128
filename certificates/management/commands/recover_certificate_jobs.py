from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction

from certificates.services import jobs_recover


class Command(BaseCommand):
    help = (
        "Queue again certificate jobs whose worker died (no sign of life for --stale-minutes); "
        "run it every few minutes next to the workers."
    )

    def add_arguments(self, parser):
        parser.add_argument("--stale-minutes", type=int, default=10)

    def handle(self, *args, stale_minutes, **options):
        with transaction.atomic():
            outcome = jobs_recover(stale_after=timedelta(minutes=stale_minutes))
        self.stdout.write(f"{outcome['requeued']} queued again, {outcome['failed']} marked failed")
