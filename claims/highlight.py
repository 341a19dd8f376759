"""Cut a text into plain and marked pieces for highlighting. Pure Python, no Django."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Piece:
    text: str
    mark: Any = None  # the payload of the mark, or None for plain text
    start: int = 0


def pieces(text: str, marks: list[tuple[int, int, Any]]) -> list[Piece]:
    """Split ``text`` at the marks (start, end, payload). Overlapping or out-of-range marks are
    clipped so that every character appears exactly once, in order."""
    out: list[Piece] = []
    pos = 0
    for start, end, payload in sorted(marks, key=lambda m: (m[0], -m[1])):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        if start > pos:
            out.append(Piece(text[pos:start], None, pos))
        out.append(Piece(text[start:end], payload, start))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:], None, pos))
    return out
