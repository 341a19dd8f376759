"""Main-text extraction on 21 real-shaped news pages (tests/ingest/pages/quality): every
sentence of the article kept, none of the boilerplate around it, the metadata right."""

from __future__ import annotations

from tests.ingest.quality import score_all

# Measured: 18 of 21 pages clean (the three old table layouts keep an unlabelled side-column
# advert, the footer and the author's bio line). trafilatura alone: 15 of 21, and no text at
# all from the table layouts.
CLEAN_AT_LEAST = 18


def test_the_quality_set():
    scores = score_all()
    clean = sum(s.clean for s in scores)
    print(f"\nkeeps every sentence and none of the boilerplate in {clean} of {len(scores)} pages")
    assert len(scores) >= 20
    assert all(not s.missing for s in scores), [(s.name, s.missing) for s in scores if s.missing]
    assert all(not s.metadata for s in scores), [(s.name, s.metadata) for s in scores if s.metadata]
    assert clean >= CLEAN_AT_LEAST, [(s.name, s.leaked) for s in scores if s.leaked]


def test_adverts_inside_the_text_are_dropped():
    """The div-soup layout puts a labelled advert between two paragraphs of the story."""
    divsoup = [s for s in score_all() if s.layout == "divsoup"]
    assert len(divsoup) == 3
    assert all(s.clean for s in divsoup), [(s.name, s.leaked) for s in divsoup]
