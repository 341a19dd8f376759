"""Load the sample articles in seeds/ (idempotent: the same article is never stored twice)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.services import article_submit


def read_seed(path: Path) -> tuple[str, str]:
    """A seed file: the first non-empty line is the title, the rest the body."""
    text = path.read_text(encoding="utf-8")
    lines = text.lstrip("\ufeff").splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise CommandError(f"{path} is empty.")
    title = lines[0].strip()
    body = "\n".join(lines[1:]).strip("\n")
    return title, body


class Command(BaseCommand):
    help = "Load the sample article(s) from seeds/ (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(settings.BASE_DIR / "seeds"))
        parser.add_argument("--publisher", default="Demo seed")

    def handle(self, *args, dir: str, publisher: str, **options):
        folder = Path(dir)
        if not folder.is_dir():
            raise CommandError(f"No seeds folder at {folder}.")
        files = sorted(folder.glob("*.txt"))
        for path in files:
            title, body = read_seed(path)
            result = article_submit(submitted_by=None, title=title, body=body, publisher=publisher)
            state = "loaded" if result.created else "already there"
            self.stdout.write(
                f"{path.name}: {state} (article {result.article.pk}, {result.article.claims.count()} claims)"
            )
