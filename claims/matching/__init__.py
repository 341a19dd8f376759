"""Checked before?: matching claims against published fact checks.

A pure-Python core (no Django): ``clean`` (tweet noise), ``bm25`` (lexical), ``embed`` (the
shipped int8 ONNX MiniLM encoder), ``ranker`` (fusion, speaker agreement, tiers), ``records``
(ClaimReview JSON-LD, JSON lines, CSV), ``collection`` and ``evaluation`` (CheckThat! data).
The database side lives in ``claims/services/fact_checks.py`` and ``claims/services/matching.py``.
"""
