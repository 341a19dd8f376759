"""The pure matching core: cleaning, BM25, fusion, tiers, metrics, and the shipped encoder."""

from __future__ import annotations

import numpy as np
import pytest

from claims.matching import evaluation as ev
from claims.matching.bm25 import BM25Index, tokenize
from claims.matching.clean import clean, strip_tail
from claims.matching.collection import doc_from_record, read_collection, read_queries
from claims.matching.ranker import SAME, FactCheckDoc, MatchConfig, Matcher, Query, speaker_key

TWEET = (
    "Look at this shark on the highway! #Harvey https://t.co/AbC123 pic.twitter.com/xyz789 "
    "— Jason Smith 🇺🇸 (@jsmith) August 27, 2017"
)


def test_cleaning_steps_each_do_one_thing():
    assert "t.co" not in clean(TWEET, ["urls"]) and "pic.twitter.com/xyz789" in clean(TWEET, ["urls"])
    assert "pic.twitter" not in clean(TWEET, ["pic"]) and "https://t.co" in clean(TWEET, ["pic"])
    dropped = clean(TWEET, ["urls", "pic", "tail"])
    assert dropped == "Look at this shark on the highway! #Harvey"
    kept = clean(TWEET, ["urls", "pic", "tail_name"])
    assert kept == "Look at this shark on the highway! #Harvey Jason Smith"
    assert clean(TWEET, []) == " ".join(TWEET.split())


def test_url_glued_to_a_hashtag_goes_but_the_hashtag_stays():
    assert clean("#DefundTheCBChttps://t.co/CsHG8R9cHp now", ["urls"]) == "#DefundTheCBC now"


def test_a_sentence_without_a_tail_is_left_alone():
    text = "Prices rose 5% — said the minister."
    assert strip_tail(text) == text


def test_unknown_cleaning_step_is_refused():
    with pytest.raises(ValueError, match="unknown cleaning step"):
        clean("x", ["emoji"])


def test_bm25_prefers_the_document_sharing_rare_words():
    index = BM25Index(
        [
            "The governor raised the sales tax in Ohio.",
            "A shark swam on a flooded highway in Houston.",
            "The governor spoke about the weather.",
        ]
    )
    scores = index.scores("shark highway Houston flood")
    assert int(np.argmax(scores)) == 1
    assert scores[0] == 0.0  # no shared word, no score
    assert index.scores("the of and").sum() == 0.0  # function words are not indexed
    assert tokenize("The Sales-Tax") == ["sales", "tax"]


def test_bm25_on_an_empty_library():
    assert BM25Index([]).scores("anything").shape == (0,)


class BagOfWords:
    """A deterministic stand-in encoder for unit tests: hashed word counts, unit length."""

    name = "bag-of-words"
    meta = {"model_sha256": "bag"}

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for tok in tokenize(text):
                out[row, sum(map(ord, tok)) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


LIBRARY = [
    FactCheckDoc(
        "fc-1",
        "Barack Obama released 122 Guantanamo detainees who returned to terrorism.",
        "Guantanamo recidivism",
    ),
    FactCheckDoc("fc-2", "Crime in Chicago doubled in 2016.", "Chicago murders", speaker="Donald Trump"),
    FactCheckDoc("fc-3", "Crime in Chicago fell by half in 2016.", "Chicago crime", speaker="Rahm Emanuel"),
    FactCheckDoc(
        "fc-4", "A shark swam on a flooded Houston highway after Hurricane Harvey.", "Highway shark"
    ),
]


@pytest.mark.parametrize("method", ["bm25", "dense", "rrf", "zsum"])
def test_every_method_ranks_the_repeated_claim_first(method):
    matcher = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(method=method))
    matches = matcher.rank(
        Query("q", "Obama released 122 detainees from Guantanamo and they returned to terrorism"), 3
    )
    assert matches[0].id == "fc-1"
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_speaker_agreement_breaks_the_tie_between_two_similar_fact_checks():
    query = Query("q", "crime in Chicago 2016", speaker="TRUMP")
    plain = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(speaker_bonus=0.0))
    bonus = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(speaker_bonus=2.0))
    assert bonus.rank(query, 1)[0].id == "fc-2"
    assert bonus.rank(query, 1)[0].score > plain.rank(query, 1)[0].score


def test_speaker_keys_agree_across_spellings():
    assert speaker_key("Donald J. Trump") == speaker_key("TRUMP") == speaker_key("Mr. Trump") == "trump"
    assert speaker_key("") == ""


def test_tiers_follow_the_cosine():
    matcher = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(same_threshold=0.5, min_cosine=0.0))
    same = matcher.rank(Query("q", "A shark swam on a flooded Houston highway after Hurricane Harvey."), 4)
    assert same[0].id == "fc-4" and same[0].tier == SAME and same[0].cosine > 0.9
    assert all(m.tier == "related" for m in same[1:] if m.cosine < 0.5)


def test_unrelated_candidates_are_left_out_not_padded():
    matcher = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(min_cosine=0.3))
    assert matcher.rank(Query("q", "zebra xylophone quasar"), 5) == []


def test_empty_library_and_empty_query_answer_no_matches():
    assert Matcher([], embedder=BagOfWords()).rank(Query("q", "anything"), 5) == []
    assert Matcher(LIBRARY, embedder=BagOfWords()).rank(Query("q", "   "), 5) == []


def test_stored_vectors_are_used_as_given_and_must_fit():
    vectors = BagOfWords().encode([f"{d.claim} {d.title}" for d in LIBRARY])
    matcher = Matcher(LIBRARY, embedder=BagOfWords(), vectors=vectors)
    assert matcher.vectors.shape == (4, 64)
    with pytest.raises(ValueError, match="3 vectors for 4"):
        Matcher(LIBRARY, embedder=BagOfWords(), vectors=vectors[:3])


def test_context_signals_are_computed_only_when_weighted():
    query = Query("q", "That bill doubled it.", context="Crime in Chicago was the topic.")
    off = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(w_context=0.0)).signals(query)
    on = Matcher(LIBRARY, embedder=BagOfWords(), config=MatchConfig(w_context=0.3)).signals(query)
    assert set(off) == {"bm25", "dense"} and set(on) == {"bm25", "dense", "bm25_ctx", "dense_ctx"}
    assert on["bm25_ctx"][1] > on["bm25"][1]  # the context names Chicago


def test_map_and_recall_follow_the_checkthat_definition():
    assert ev.average_precision(["a", "b", "c"], {"b"}, 5) == pytest.approx(0.5)
    assert ev.average_precision(["a", "b", "c"], {"a", "c"}, 5) == pytest.approx((1 + 2 / 3) / 2)
    assert ev.average_precision(["a", "b", "c"], {"c"}, 1) == 0.0
    run = {"q1": ["x", "y"], "q2": ["z"]}
    scores = ev.score_run(run, {"q1": {"y"}, "q2": {"z"}, "q3": {"w"}})
    assert scores["MAP@5"] == pytest.approx((0.5 + 1 + 0) / 3)
    assert scores["R@5"] == pytest.approx(2 / 3)


def test_repeated_qrels_lines_count_once(tmp_path):
    path = tmp_path / "qrels.tsv"
    path.write_text("q1\t0\ta\t1\nq1\t0\ta\t1\nq1\t0\tb\t1\nq2\t0\tc\t0\n")
    assert ev.read_qrels(path) == {"q1": {"a", "b"}}


def test_transcripts_give_speaker_and_the_lines_before(tmp_path):
    folder = tmp_path / "transcripts"
    folder.mkdir()
    (folder / "20160901_rally.tsv").write_text(
        "0001\tDonald Trump\tFirst line.\n0002\tDonald Trump\tSecond line.\n0003\tHOLT\tThird.\n"
        "0004\tDonald Trump\tThat bill was a disaster.\n"
    )
    speaker, context = ev.Transcripts.read(folder).locate("20160901_rally_0004")
    assert speaker == "Donald Trump" and context == "First line. Second line. Third."
    assert ev.Transcripts.read(folder).locate("unknown_0001") == ("", "")


def test_threshold_calibration_reaches_the_precision_asked():
    pairs = [(0.95, True), (0.9, True), (0.85, False), (0.8, True), (0.7, False), (0.6, False)]
    assert ev.calibrate_threshold(pairs, precision=0.75) == 0.8
    assert ev.calibrate_threshold(pairs, precision=1.0) == 0.9


def test_the_tier_model_separates_what_it_was_fitted_on():
    rows = [(0.8 + 0.01 * i, 3.0, 1.0, True) for i in range(10)] + [
        (0.3 + 0.01 * i, 1.0, 0.1, False) for i in range(30)
    ]
    weights, bias = ev.fit_logistic(rows)
    matcher = Matcher([], config=MatchConfig(tier_weights=weights, tier_bias=bias, same_threshold=0.5))
    assert matcher.same_probability(0.85, 3.0, 1.0) > 0.9 > 0.1 > matcher.same_probability(0.35, 1.0, 0.1)
    figures = ev.tier_figures(matcher, rows)
    assert figures == {"precision": 1.0, "recall": 1.0, "n_same": 10}


def test_a_near_verbatim_repeat_is_the_same_claim_in_any_library():
    matcher = Matcher([], config=MatchConfig(tier_weights=(0.0, 0.0, 0.0), verbatim_cosine=0.9))
    assert matcher.tier(0.95, 0.0, 0.0) == SAME and matcher.tier(0.85, 10.0, 5.0) == "related"


def test_collection_records_of_both_shapes(tmp_path):
    assert doc_from_record({"vclaim_id": 7, "vclaim": "x", "title": "t", "speaker": "s"}) == FactCheckDoc(
        "7", "x", "t", "s"
    )
    assert doc_from_record({"id": "a", "claim": "y", "claimant": "c"}) == FactCheckDoc("a", "y", "", "c")
    assert doc_from_record({"id": "a"}) is None
    path = tmp_path / "c.jsonl"
    path.write_text('{"vclaim_id": "1", "vclaim": "x"}\nnot json\n{"vclaim_id": "2"}\n\n')
    docs, problems = read_collection(path)
    assert [d.id for d in docs] == ["1"] and len(problems) == 2 and problems[0].startswith("line 2")


def test_queries_need_id_and_text():
    assert [
        q.id for q in read_queries(['{"id": 1, "text": "a"}', '{"qid": "b", "text": "c", "speaker": "S"}'])
    ] == ["1", "b"]
    with pytest.raises(ValueError, match="line 1"):
        list(read_queries(['{"text": "no id"}']))


def test_the_shipped_encoder_puts_paraphrases_closer_than_unrelated_claims():
    from claims.matching.embed import Embedder

    embedder = Embedder.load()
    a, b, c = embedder.encode(
        [
            "Obama freed 122 Guantanamo prisoners who went back to fighting.",
            "122 detainees released from Guantanamo under President Obama re-engaged in terrorism.",
            "A shark was photographed swimming on a flooded highway.",
        ]
    )
    assert a.shape == (384,) and abs(float(np.linalg.norm(a)) - 1.0) < 1e-3
    assert float(a @ b) > 0.6 > float(a @ c)
    assert embedder.encode([]).shape == (0, 384)
