"""Delete ZIP files of certificate PDFs once their starter has had time to download them.

Run daily from cron or a systemd timer: `manage.py purge_certificate_zips --days 7`.
The jobs stay (their counts and messages are a record); only the files go.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from certificates.models import CertificateJob


class Command(BaseCommand):
    help = "Delete ZIP files of certificate jobs finished more than --days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=7)

    def handle(self, *args, days, **options):
        cutoff = timezone.now() - timedelta(days=days)
        jobs = CertificateJob.objects.filter(
            kind=CertificateJob.Kind.ZIP, finished_at__lt=cutoff
        ).exclude(result="")
        purged = 0
        for job in jobs.iterator():
            job.result.delete(save=False)
            CertificateJob.objects.filter(pk=job.pk).update(result="")
            purged += 1
        self.stdout.write(f"{purged} ZIP files deleted.")
