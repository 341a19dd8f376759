"""Where the commands that train and evaluate find the labelled data (``../shared/data`` by
default; a user's clone has none of it, so every command takes the path as an argument)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError


def default_data_dir() -> Path:
    return Path(settings.BASE_DIR).parent / "shared" / "data"


def add_claimbuster_argument(parser) -> None:
    parser.add_argument(
        "--data",
        default=str(default_data_dir() / "claimbuster"),
        help="folder holding ClaimBuster's crowdsourced.csv (and groundtruth.csv)",
    )


def crowdsourced_csv(data: Path) -> Path:
    """``data``/crowdsourced.csv, or a CommandError saying what to pass."""
    crowd = data / "crowdsourced.csv"
    if not crowd.exists():
        raise CommandError(f"{crowd} not found: pass --data DIR holding ClaimBuster's crowdsourced.csv")
    return crowd
