"""Claim extraction: pure Python, no Django.

    from claims.extraction import extract_claims
    ex = extract_claims(body, threshold=0.5, scorer="linear")

See README.md in this folder for the design and the measurements.
"""

from .pipeline import ClaimCandidate, Extraction, extract_claims
from .segment import Span, segment
from .signals import Signal
from .transformer import best_scorer_name

# (importing transformer registers the ``minilm`` scorer; onnxruntime loads only on first use)

__all__ = ["ClaimCandidate", "Extraction", "Signal", "Span", "best_scorer_name", "extract_claims", "segment"]
