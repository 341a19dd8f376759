"""What the full stack's one-shot `migrate` service runs before web, worker and beat start."""

from __future__ import annotations

import os

from django.core.management import call_command
from django.core.management.base import BaseCommand

from factcheck.settings import env_bool


class Command(BaseCommand):
    help = (
        "Migrate, create the first editor from FACTCHECK_ADMIN_USERNAME/FACTCHECK_ADMIN_PASSWORD, "
        "and with FACTCHECK_DEMO=1 load the sample article and the demo accounts. Safe to run again."
    )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=1, stdout=self.stdout)
        call_command("create_first_editor", stdout=self.stdout)
        if env_bool("FACTCHECK_DEMO", False):
            call_command("load_seeds", stdout=self.stdout)
            call_command("create_demo_users", stdout=self.stdout)
        elif not os.environ.get("FACTCHECK_ADMIN_USERNAME", "").strip():
            self.stdout.write(
                "No account exists yet unless one was made before: set FACTCHECK_ADMIN_USERNAME and "
                "FACTCHECK_ADMIN_PASSWORD, or run `docker compose run --rm migrate python manage.py "
                "createsuperuser`."
            )
