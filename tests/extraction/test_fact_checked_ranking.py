"""The fact-checked-lines measurement of evaluate_extraction: loading and figures (toy data)."""

import json

import pytest

from claims.extraction import evaluation


@pytest.fixture
def matching(tmp_path):
    d = tmp_path / "clef"
    (d / "transcripts").mkdir(parents=True)
    (d / "transcripts" / "20160926_First_Debate.tsv").write_text(
        "0001\tHOLT\tGood evening.\n"
        "0002\tSYSTEM\t(APPLAUSE)\n"
        "0003\tSMITH\tWe lost 70,000  factories since 2001.\n"
        "0004\tSMITH\tThank you.\n",
        encoding="utf-8",
    )
    (d / "transcripts" / "20170120_Speech.tsv").write_text(
        "0001\tDonald Trump\tThank you.\n0002\tDonald Trump\tCrime rose 10% last year.\n", encoding="utf-8"
    )
    # the qid spells the transcript differently ("first_debate"), the text has other spacing/case
    queries = [
        {"qid": "20160926_first_debate_0003", "text": "We lost 70,000 factories since 2001."},
        {"qid": "20170120_speech_0002", "text": "crime rose 10% last year."},
        {"qid": "20170120_speech_0001", "text": "Good evening."},  # another date's line: not it
    ]
    (d / "queries_train.jsonl").write_text("\n".join(json.dumps(q) for q in queries), encoding="utf-8")
    return d


def test_checked_lines_are_found_by_text_and_date_and_stage_directions_dropped(matching):
    lines = evaluation.load_fact_checked_lines(matching)
    assert lines.texts == [
        "Good evening.",
        "We lost 70,000  factories since 2001.",
        "Thank you.",
        "Thank you.",
        "Crime rose 10% last year.",
    ]
    assert lines.labels == [0, 1, 0, 0, 1]
    assert lines.groups == ["20160926_First_Debate"] * 3 + ["20170120_Speech"] * 2


def test_no_transcripts_is_a_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluation.load_fact_checked_lines(tmp_path)


def test_average_precision_is_the_mean_precision_at_each_positive():
    assert evaluation.average_precision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]) == pytest.approx((1 + 2 / 3) / 2)
    assert evaluation.average_precision([0, 1], [0.9, 0.1]) == pytest.approx(0.5)
    assert evaluation.average_precision([0, 0], [0.9, 0.1]) == 0.0


def test_ranking_figures_average_over_transcripts_with_a_checked_line():
    labels = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    scores = [0.9, 0.5, 0.4, 0.3, 0.2, 0.8, 0.1, 0.7, 0.6, 0.5, 0.9]
    groups = ["a"] * 5 + ["b"] * 5 + ["c"]  # c has no checked line: left out
    fig = evaluation.ranking_figures(labels, scores, groups)
    assert fig["transcripts"] == 2
    assert fig["mean_ap"] == pytest.approx((1.0 + 1 / 5) / 2)
    # top fifth of five lines is one line: a's checked line is there, b's is last
    assert fig["checked_in_top_fifth"] == pytest.approx(0.5)
    assert fig["base_rate"] == pytest.approx(2 / 11, abs=1e-4)


def test_fact_checked_ranking_scores_every_line_with_each_scorer(matching):
    from claims.extraction.scoring import get_scorer

    logged = []
    lines = evaluation.load_fact_checked_lines(matching)
    out = evaluation.fact_checked_ranking(lines, {"linear": get_scorer("linear")}, log=logged.append)
    assert set(out) == {"linear"} and out["linear"]["transcripts"] == 2
    assert "2 of 5 lines in 2 transcripts were checked by PolitiFact" in logged[0]
    # the figure lines are on the claims: "Crime rose 10% last year." outranks "Thank you."
    assert out["linear"]["checked_in_top_fifth"] == 1.0
