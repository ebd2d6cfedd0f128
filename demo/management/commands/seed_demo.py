from django.core.management.base import BaseCommand

from demo.seed import seed_demo


class Command(BaseCommand):
    help = (
        "Load the demo site: home page, the six training tracks with courses and lessons, "
        "hotlines and demo accounts. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts",
            action="store_true",
            help="Do not create the demo accounts (for a real deployment).",
        )

    def handle(self, *args, no_accounts=False, **options):
        result = seed_demo(with_accounts=not no_accounts)
        self.stdout.write(f"Pages created: {result['pages_created']}")
        if result["accounts"]:
            self.stdout.write("Demo accounts (email / password / role):")
            for account in result["accounts"]:
                self.stdout.write(f"  {account.email:26} {account.password}  {account.role}")
