"""Where the claims of an article's old text are in its new text (an article fetched again after
its publisher edited it). Pure Python, no Django.

A claim is found again where its exact text occurs in the new text; of several occurrences the
one nearest its old place (measured as a share of the text's length) wins, and no occurrence
is given to two claims. A claim whose text no longer occurs is gone: an edited sentence ("fell
22%" become "fell 25%") is a gone claim and a new one, which is what a fact-checker wants to
see. A sentence gone earlier that is back (an edit undone) is placed in a second call, among the
occurrences the current claims left free (``blocked``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OldSpan:
    key: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Placement:
    key: int
    start: int | None  # None: gone from the new text
    end: int | None

    @property
    def gone(self) -> bool:
        return self.start is None


def _occurrences(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1 and needle:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def realign(
    old_body: str, new_body: str, spans: list[OldSpan], blocked: list[tuple[int, int]] = ()
) -> list[Placement]:
    """The place of each old span in ``new_body``, in the order given. An occurrence that
    overlaps a ``blocked`` span (one already given to another claim) is not used."""
    old_len, new_len = max(len(old_body), 1), max(len(new_body), 1)
    taken: set[int] = set()
    placed: dict[int, Placement] = {}
    # Spans with one occurrence first: they fix their places; then the ambiguous ones.
    options = {
        s.key: [
            at
            for at in _occurrences(new_body, s.text)
            if not any(overlaps((at, at + len(s.text)), b) for b in blocked)
        ]
        for s in spans
    }
    for span in sorted(spans, key=lambda s: (len(options[s.key]) != 1, s.start)):
        free = [at for at in options[span.key] if at not in taken]
        if not free:
            placed[span.key] = Placement(span.key, None, None)
            continue
        share = span.start / old_len
        best = min(free, key=lambda at: (abs(at / new_len - share), at))
        taken.add(best)
        placed[span.key] = Placement(span.key, best, best + len(span.text))
    return [placed[s.key] for s in spans]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
