"""Fill the database with synthetic articles, claims and their history (benchmarks, demos)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from claims.demo_data import generate_demo_data


class Command(BaseCommand):
    help = (
        "Add N synthetic claims over new articles, in realistic workflow proportions. "
        "Uses COPY on PostgreSQL; adds to existing data, never changes it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="How many claims to add.")
        parser.add_argument(
            "--articles",
            type=int,
            default=None,
            help="How many articles to spread them over (default: claims / 20).",
        )
        parser.add_argument("--seed", type=int, default=0, help="Random seed for the contents.")

    def handle(self, *args, claims, articles, seed, verbosity, **options):
        progress = self.stdout.write if verbosity > 1 else None
        try:
            summary = generate_demo_data(claims=claims, articles=articles, seed=seed, progress=progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {summary.articles:,} articles, {summary.claims:,} claims, "
                f"{summary.events:,} events, {summary.corroborations:,} corroborations "
                f"in {summary.seconds:.1f}s."
            )
        )
