"""The thin management commands around claims.extraction."""

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_922de16eecf30f1d.txt"


def run(*args, stdin: str | None = None, monkeypatch=None) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_extract_claims_json_lists_candidates_with_exact_offsets():
    out, _ = run("extract_claims", str(SEED), "--json")
    claims = json.loads(out)
    body = SEED.read_text(encoding="utf-8")
    # 22 sentences, the two-sentence quotation grouped, the two colon introductions skipped
    assert len(claims) == 19
    for c in claims:
        assert body[c["start"] : c["end"]] == c["text"]
        assert {"text", "start", "end", "speaker", "attribution", "is_quote", "signals", "score"} <= set(c)
    assert any(c["speaker"] == "Sky News" for c in claims)


def test_extract_claims_without_json_prints_a_table():
    out, _ = run("extract_claims", str(SEED), "--threshold", "0.5")
    assert "language=en" in out
    assert "Sky News" in out


def test_extract_claims_missing_file_is_a_command_error():
    with pytest.raises(CommandError):
        run("extract_claims", "/nonexistent/file.txt")


def test_score_sentences_scores_json_lines_and_reports_bad_lines(monkeypatch):
    lines = "\n".join(
        [
            json.dumps({"id": 1, "text": "Unemployment fell to 4.7 percent in 2016."}),
            "this is not json",
            json.dumps({"id": 2}),
            json.dumps({"id": "b", "text": "I think so."}),
        ]
    )
    out, err = run("score_sentences", "--threshold", "0.3", stdin=lines, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == [1, "b"]
    assert rows[0]["score"] > rows[1]["score"]
    assert rows[0]["checkworthy"] is True
    errors = [json.loads(line) for line in err.splitlines()]
    assert [e["line"] for e in errors] == [2, 3]


def test_evaluate_extraction_with_missing_data_is_a_command_error(tmp_path):
    with pytest.raises(CommandError):
        run("evaluate_extraction", str(tmp_path / "missing"))


def test_train_checkworthiness_with_missing_data_is_a_command_error(tmp_path):
    with pytest.raises(CommandError):
        run("train_checkworthiness", "--data", str(tmp_path), "--out", str(tmp_path / "m.json"))
