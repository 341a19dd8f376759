"""Benchmark claim extraction against pySBD segmentation on the same news-like text.

Run by hand (``make bench``): ``python bench/extraction.py [--docs 80] [--repeat 3]``.
Needs only the project (the seed article and the texts below); with ../shared (``--shared``), it
also compares on ClaimBuster's debate sentences.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "seeds" / "000_922de16eecf30f1d.txt"

# Written for this benchmark: the constructions that make news hard to split and attribute.
EXTRA_ARTICLES = [
    """City Council Approves $4.2 Billion Budget After Late-Night Vote

WASHINGTON, Jan. 14 (Staff) - The council voted 9-4 on Tuesday to approve a $4.2 billion budget, \
the largest in the city's history. Mayor Jane R. Alvarez said the plan adds 1,200 police officers \
and raises spending on schools by 3.5% over two years.

"We have made hard choices. Nobody got everything they wanted," Alvarez told reporters at 11.30 p.m. \
outside City Hall. Council member Tom O'Neill, who voted against it, said the U.S. Department of \
Justice had warned the city about overtime costs in 2019.

According to the city's Office of Budget and Finance, property taxes will rise by about 2 percent. \
Critics disagree. "This is a tax increase dressed up as reform," said Dr. Lisa Chen, an economist \
at St. Mary's College.

The budget takes effect on July 1. A public hearing is scheduled for Feb. 3 at 6 p.m. in Room No. 5.""",
    """Storm Leaves 40,000 Without Power

Friday, March 8, 2024

Heavy rain and winds of up to 110 km/h hit the coast overnight... Emergency services reported \
more than 300 calls by 4 a.m. The National Weather Service confirmed that two tornadoes touched \
down near Fort Worth.

The utility company announced on Twitter that crews would work "around the clock." It said \
40,000 homes remained without power on Friday morning, down from 65,000 at midnight.

Officials urged residents to stay indoors:

"Do not drive through flooded roads. Turn around. It takes only 15 centimetres of moving water \
to knock you off your feet," the fire chief, Capt. Mark Ellis, said in a statement.

Schools in three districts were closed. Mr. Ellis added that no deaths had been reported.""",
    """Prices Rose 0.4% in October, Statistics Office Says

Consumer prices in the euro area rose 0.4 percent in October from September, the EU statistics \
office said on Wednesday. Economists polled by Reuters had expected a rise of 0.3%.

Energy prices fell 1.2% while food prices rose 0.8%. Core inflation, which excludes energy and \
food, was 2.7% year on year, the lowest since Feb. 2022.

"The numbers suggest that the worst is behind us," ECB President Christine Lagarde told \
lawmakers in Brussels. She added that rates would stay "restrictive for as long as necessary."

- Germany: 2.3% year on year
- France: 1.9%
- Italy: 1.1%

Some analysts think the bank will cut rates in June. Others disagree, saying wage growth of \
around 4.5% remains too high.""",
]


SEGMENTATION_TARGET = 20  # issue #11 item 6: segmentation alone, times pySBD's speed
FAST_PATH_TARGET = 3  # the whole fast path (segment, attribute, signals, linear score)


def _verdict(met: bool) -> str:
    return "PASS" if met else "FAIL"


def build_documents(n_docs: int, seed: int = 7) -> list[str]:
    """Documents of about article size, paragraphs reshuffled so no two are identical."""
    seed_text = SEED.read_text(encoding="utf-8")
    sources = [seed_text, *EXTRA_ARTICLES]
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        base = sources[i % len(sources)]
        head, *paras = base.split("\n\n")
        other = sources[(i + 1) % len(sources)].split("\n\n")[1:]
        mixed = paras + rng.sample(other, k=min(3, len(other)))
        rng.shuffle(mixed)
        docs.append("\n\n".join([head, *mixed]))
    return docs


def debate_documents(shared: Path, per_doc: int = 48, n_sentences: int = 4800) -> list[str]:
    """ClaimBuster's debate sentences (``shared``/data/claimbuster/crowdsourced.csv), each used
    once, in their order, as documents of ``per_doc`` sentences in paragraphs of four: a
    second kind of text, transcribed speech, longer documents and no repeated paragraph."""
    import csv

    path = shared / "data" / "claimbuster" / "crowdsourced.csv"
    seen: set[str] = set()
    sentences = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = " ".join(row["Text"].split())
            if text and text not in seen:
                seen.add(text)
                sentences.append(text)
            if len(sentences) == n_sentences:
                break
    docs = []
    for i in range(0, len(sentences), per_doc):
        part = sentences[i : i + per_doc]
        docs.append("\n\n".join(" ".join(part[j : j + 4]) for j in range(0, len(part), 4)))
    return docs


def text_sets(shared: Path) -> dict[str, list[str]]:
    """Texts besides the bench documents, none with a paragraph twice: extraction skips a repeated
    paragraph (page furniture, a headline repeated) and pySBD does not, so repeats would flatter
    ours. The seed article alone; the four articles as one document; with ``shared``, debate
    sentences as documents of 48 and the same sentences as one long transcript."""
    articles = [SEED.read_text(encoding="utf-8"), *EXTRA_ARTICLES]
    sets = {
        "the seed article alone (a real article)": articles[:1],
        "the four articles as one document": ["\n\n".join(articles)],
    }
    if (shared / "data" / "claimbuster" / "crowdsourced.csv").exists():
        debates = debate_documents(shared)
        sets["ClaimBuster debate sentences, 48 a document"] = debates
        sets["the same sentences as one transcript"] = ["\n\n".join(debates)]
    return sets


def paired_times(fns, docs: list[str], repeat: int) -> list[list[float]]:
    """CPU seconds of each function over the documents, ``repeat`` times, the functions taking
    turns within each repeat: a change in the machine's speed during the run falls on all of
    them alike, so the ratio of two functions' times in one repeat is a fair comparison."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            gc.collect()
            t0 = time.process_time()
            for d in docs:
                fn(d)
            times[k].append(time.process_time() - t0)
    return times


def stage_times(docs: list[str], repeat: int) -> dict[str, float]:
    """CPU seconds per stage of extract_claims (best of ``repeat``), to show where the time goes."""
    from claims.extraction import pipeline as P

    scorer = P.get_scorer("linear")
    names = ("normalise", "segment", "language", "signals", "attribution", "select", "score", "assemble")
    best = dict.fromkeys(names, float("inf"))
    clock = time.process_time
    for _ in range(repeat):
        spent = dict.fromkeys(names, 0.0)
        gc.collect()
        for body in docs:
            t0 = clock()
            norm = P.normalise(body)
            t1 = clock()
            units = P.segment_units(body, norm)
            t2 = clock()
            _, langs = P.unit_languages(norm, units)
            t3 = clock()
            quotes = P.find_quotes(norm, body)
            signals = P.find_signals(norm, body, quotes)
            t4 = clock()
            atts, people = P.attribute(norm, units, quotes, signals)
            t5 = clock()
            kept, _ = P.select_units(body, norm, units, atts, langs)
            t6 = clock()
            scores = P.score_units(kept, scorer)
            t7 = clock()
            P.limit_long_document(P.assemble(body, kept, scores, people, signals, 0.5), 0.5)
            t8 = clock()
            for name, a, b in zip(
                names, (t0, t1, t2, t3, t4, t5, t6, t7), (t1, t2, t3, t4, t5, t6, t7, t8), strict=True
            ):
                spent[name] += b - a
        best = {k: min(best[k], spent[k]) for k in names}
    return best


def golden_rules(segmenter) -> tuple[int, int, int]:
    """Golden rules passed by our segmenter and by pySBD (the copy in tests/extraction/data)."""
    from claims.extraction.evaluation import applicable, evaluate_sbd, sbd_cases

    path = ROOT / "tests" / "extraction" / "data" / "english_golden_rules.jsonl"
    ours = evaluate_sbd(path)
    theirs = sum(
        1
        for case in sbd_cases(path)
        if applicable(case) and [t.strip() for t in segmenter.segment(case["text"])] == case["expected"]
    )
    return ours.passed, theirs, ours.applicable


def seed_article_ms(body: str, title: str, scorer: str, runs: int) -> tuple[float, float]:
    """Median wall ms of one extraction of the seed article after warm-up, and the first call's."""
    from claims.extraction import extract_claims

    t0 = time.perf_counter()
    extract_claims(body, title=title, scorer=scorer)
    first = (time.perf_counter() - t0) * 1000
    for _ in range(5):
        extract_claims(body, title=title, scorer=scorer)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        extract_claims(body, title=title, scorer=scorer)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, first


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=80)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared data folder, for debate sentences as a second kind of text (optional)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON as well")
    ap.add_argument("--stages", action="store_true", help="also print CPU time per pipeline stage")
    args = ap.parse_args()

    t0 = time.perf_counter()
    from claims.extraction import extract_claims
    from claims.extraction.scoring import MODEL_PATH, LinearScorer, get_scorer

    import_s = time.perf_counter() - t0
    tracemalloc.start()
    t0 = time.perf_counter()
    loaded = LinearScorer.load(MODEL_PATH)
    load_s = time.perf_counter() - t0
    model_mb = tracemalloc.get_traced_memory()[0] / 1e6
    del loaded
    tracemalloc.stop()
    get_scorer("linear")

    docs = build_documents(args.docs)
    total_chars = sum(len(d) for d in docs)
    total_mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    n_claims = sum(len(extract_claims(d).claims) for d in docs)  # warm-up and count

    from claims.extraction.segment import segment

    n_ours_sentences = sum(len(segment(d)) for d in docs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    n_pysbd = sum(len(segmenter.segment(d)) for d in docs)
    # ours, our segmentation and pySBD's take turns within each repeat; each ratio is the median
    # of the repeats' ratios
    t_ours, t_seg, t_theirs = paired_times((extract_claims, segment, segmenter.segment), docs, args.repeat)
    ours, ours_seg, theirs = map(statistics.median, (t_ours, t_seg, t_theirs))
    fast_path_ratio = statistics.median(b / a for a, b in zip(t_ours, t_theirs, strict=True))
    segmentation_ratio = statistics.median(b / a for a, b in zip(t_seg, t_theirs, strict=True))
    golden_ours, golden_pysbd, golden_n = golden_rules(segmenter)
    seed = SEED.read_text(encoding="utf-8")
    for _ in range(20):
        extract_claims(seed)
    seed_runs, seed_cpu = [], []
    for _ in range(200):
        t0, c0 = time.perf_counter(), time.process_time()
        extract_claims(seed)
        seed_runs.append(time.perf_counter() - t0)
        seed_cpu.append(time.process_time() - c0)
    seed_ms = statistics.median(seed_runs) * 1000
    seed_cpu_ms = statistics.mean(seed_cpu) * 1000
    # The article as the desk submits it (headline apart), with the best shipped scorer.
    from claims.extraction import best_scorer_name

    head, _, rest = seed.lstrip().partition("\n")
    best_name = best_scorer_name()
    best_ms, best_first_ms = seed_article_ms(rest.strip("\n"), head.strip(), best_name, 30)

    # Other texts (no paragraph twice): the ratio depends on the text, so it is shown per text.
    # After the seed article's first call, which a long text's memory would slow.
    by_text = {}
    for name, texts in text_sets(args.shared).items():
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        repeat = args.repeat if mb > 0.05 else args.repeat * 20  # a few KB: more repeats
        t_o, t_p = paired_times((extract_claims, segmenter.segment), texts, repeat)
        by_text[name] = {
            "documents": len(texts),
            "kilobytes": round(mb * 1000, 1),
            "extraction_mb_per_s": round(mb / statistics.median(t_o), 3),
            "pysbd_mb_per_s": round(mb / statistics.median(t_p), 3),
            "speed_ratio_vs_pysbd": round(statistics.median(b / a for a, b in zip(t_o, t_p, strict=True)), 2),
        }

    tracemalloc.start()
    for d in docs[:10]:
        extract_claims(d)
    _, peak_traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    figures = {
        "documents": len(docs),
        "characters": total_chars,
        "megabytes": round(total_mb, 3),
        "claims": n_claims,
        "pysbd_sentences": n_pysbd,
        "extraction_s": round(ours, 3),
        "extraction_mb_per_s": round(total_mb / ours, 3),
        "extraction_claims_per_s": round(n_claims / ours),
        "pysbd_s": round(theirs, 3),
        "pysbd_mb_per_s": round(total_mb / theirs, 3),
        "pysbd_sentences_per_s": round(n_pysbd / theirs),
        "speed_ratio_vs_pysbd": round(fast_path_ratio, 2),
        "segmentation_s": round(ours_seg, 3),
        "segmentation_sentences": n_ours_sentences,
        "segmentation_speed_ratio_vs_pysbd": round(segmentation_ratio, 2),
        "golden_rules_ours": golden_ours,
        "golden_rules_pysbd": golden_pysbd,
        "golden_rules_applicable": golden_n,
        "best_scorer": best_name,
        "seed_article_best_scorer_ms_median": round(best_ms, 1),
        "seed_article_best_scorer_first_call_ms": round(best_first_ms, 1),
        "other_texts": by_text,
        "seed_article_ms_median": round(seed_ms, 3),
        "seed_article_cpu_ms_mean": round(seed_cpu_ms, 3),
        "model_memory_mb": round(model_mb, 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "import_s": round(import_s, 3),
        "model_load_s": round(load_s, 3),
        "peak_traced_mb_10_docs": round(peak_traced / 1e6, 2),
        "max_rss_mb": round(rss_mb, 1),
    }
    print(f"text: {len(docs)} documents, {total_mb:.2f} MB, {n_claims} claims ({n_pysbd} pySBD sentences)")
    print(
        f"extract_claims (segment+attribute+signals+linear score): {ours:.2f} s CPU = "
        f"{figures['extraction_mb_per_s']} MB/s, {figures['extraction_claims_per_s']} claims/s"
    )
    print(
        f"pySBD segmentation alone:                                {theirs:.2f} s CPU = "
        f"{figures['pysbd_mb_per_s']} MB/s, {figures['pysbd_sentences_per_s']} sentences/s"
    )
    print(
        f"our segmentation alone:                                  {ours_seg:.2f} s CPU = "
        f"{round(total_mb / ours_seg, 3)} MB/s, {round(n_ours_sentences / ours_seg)} sentences/s"
    )
    seg_ratio, fast_ratio = figures["segmentation_speed_ratio_vs_pysbd"], figures["speed_ratio_vs_pysbd"]
    figures["segmentation_target_met"] = seg_ratio >= SEGMENTATION_TARGET
    figures["fast_path_target_met"] = fast_ratio >= FAST_PATH_TARGET
    print("side by side, pySBD CPU time / ours (same text; the two take turns, median of the repeats):")
    print(
        f"  segmentation alone  {seg_ratio:6.2f}x  target >= {SEGMENTATION_TARGET}x  "
        f"{_verdict(figures['segmentation_target_met'])}"
    )
    print(
        f"  whole fast path     {fast_ratio:6.2f}x  target >= {FAST_PATH_TARGET}x   "
        f"{_verdict(figures['fast_path_target_met'])}  (segment, language, signals, speakers, score)"
    )
    print(
        f"golden rules: ours {golden_ours}/{golden_n}, pySBD {golden_pysbd}/{golden_n} (target >= 47) "
        f"{_verdict(golden_ours >= 47)}"
    )
    print(
        f"seed article with the best shipped scorer ({best_name}): median {best_ms:.1f} ms, "
        f"first call (model load included) {best_first_ms:.0f} ms (target <= 200 ms)"
    )
    print("whole fast path on other texts (no paragraph twice), pySBD CPU time / ours:")
    for name, f in by_text.items():
        print(
            f"  {f['speed_ratio_vs_pysbd']:6.2f}x  {name}: {f['documents']} document(s), "
            f"{f['kilobytes']} KB; extraction {f['extraction_mb_per_s']} MB/s, "
            f"pySBD {f['pysbd_mb_per_s']} MB/s"
        )
    if len(by_text) < 4:
        print(f"  (debate sentences skipped: no {args.shared}/data/claimbuster; pass --shared PATH)")
    print(f"seed article, after warm-up: median {seed_ms:.2f} ms wall, mean {seed_cpu_ms:.2f} ms CPU")
    print(
        f"import {import_s * 1000:.0f} ms, model load {load_s * 1000:.0f} ms, "
        f"model in memory {model_mb:.1f} MB"
    )
    print(f"machine load average (1 min) at the end: {os.getloadavg()[0]:.2f}; times above are CPU time")
    print(
        f"peak traced memory (10 documents) {figures['peak_traced_mb_10_docs']} MB, max RSS {rss_mb:.0f} MB"
    )
    if args.stages:
        stages = stage_times(docs, max(args.repeat, 3))
        total = sum(stages.values())
        print(
            "stages (best of runs, CPU): "
            + ", ".join(f"{k} {v * 1000:.0f} ms ({v / total:.0%})" for k, v in stages.items())
        )
        figures["stages_ms"] = {k: round(v * 1000, 1) for k, v in stages.items()}
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
