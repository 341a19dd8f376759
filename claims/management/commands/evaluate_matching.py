"""Score the claim matcher on the CheckThat! verified-claim retrieval data (../shared/data/matching).

Prints MAP@1/3/5 and recall@5 per set, split and method (BM25, dense, reciprocal-rank fusion,
z-score fusion), optionally the cleaning steps one by one, re-tunes the fusion weights on the
train splits only (``--tune``) and calibrates the "likely the same claim" cosine on train.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.management.shared_data import default_data_dir
from claims.matching import evaluation as ev
from claims.matching.embed import Embedder, EmbedderMissing
from claims.matching.ranker import MatchConfig, Matcher

CLEANING = {
    "none": (),
    "urls": ("urls",),
    "urls+pic": ("urls", "pic"),
    "urls+pic+tail": ("urls", "pic", "tail"),
    "urls+pic+tail_name": ("urls", "pic", "tail_name"),
}
GRID = {
    "w_dense": [0.5, 0.6, 0.7, 0.8, 0.9],
    "w_context": [0.0, 0.15, 0.3, 0.45, 0.6],
    "speaker_bonus": [0.0, 0.5, 1.0, 1.5, 2.0],
}
# zsum with one ingredient taken away at a time (what each one brings, on the same queries).
ABLATIONS = {
    "zsum, no context": {"w_context": 0.0},
    "zsum, no speaker": {"speaker_bonus": 0.0},
    "zsum, neither": {"w_context": 0.0, "speaker_bonus": 0.0},
}


class Command(BaseCommand):
    help = "MAP@1/3/5 and R@5 of the claim matcher on the CheckThat! tweets and debates data."

    def add_arguments(self, parser):
        parser.add_argument("--data", default=str(default_data_dir() / "matching"), help="folder of the sets")
        parser.add_argument("--sets", default="tweets,debates")
        parser.add_argument(
            "--tune", action="store_true", help="re-tune the fusion weights on the train splits"
        )
        parser.add_argument("--cleaning", action="store_true", help="measure each cleaning step (tweets)")
        parser.add_argument("--threads", type=int, default=2)
        parser.add_argument("--cache", default=str(Path(settings.DATA_DIR) / "cache" / "matching"))

    def log(self, line: str) -> None:
        self.stdout.write(line)
        sys.stdout.flush()

    def handle(self, *args, **opts):
        data = Path(opts["data"])
        names = [n.strip() for n in opts["sets"].split(",") if n.strip()]
        for name in names:
            if name not in ev.SETS:
                raise CommandError(f"unknown set {name!r}: choose from {', '.join(ev.SETS)}")
            if not (data / ev.SETS[name][0] / "vclaims.jsonl").exists():
                raise CommandError(f"{data / ev.SETS[name][0]} has no vclaims.jsonl: pass --data DIR")
        try:
            embedder = Embedder.load(threads=opts["threads"])
        except EmbedderMissing as exc:
            raise CommandError(str(exc)) from exc
        cache = Path(opts["cache"]) if opts["cache"] else None
        base = MatchConfig()
        probe = base.with_(w_context=max(base.w_context, 0.3))  # compute the context signals too
        loaded = {}
        for name in names:
            started = time.monotonic()
            docs, splits = ev.load_set(data, name)
            vectors = ev.cached_vectors(docs, embedder, cache, self.log)
            matcher = Matcher(docs, embedder=embedder, vectors=vectors, config=base)
            zs = {s: ev.zsignals(matcher, q, probe) for s, (q, _g) in splits.items()}
            loaded[name] = (matcher, splits, zs)
            seconds = time.monotonic() - started
            self.log(f"{name}: {len(docs)} fact checks, splits {', '.join(splits)} ({seconds:.0f} s)")
        config = base
        if opts["tune"]:
            train = [
                (m, sp["train"][0], sp["train"][1], zs["train"])
                for m, sp, zs in loaded.values()
                if "train" in sp
            ]
            config = ev.tune(train, GRID, base, self.log)
        self.report(loaded, config)
        if opts["cleaning"] and "tweets" in loaded:
            self.cleaning(loaded["tweets"], config)
        self.tiers(loaded, config)

    def report(self, loaded, config) -> None:
        self.log("\n| set | split | method | MAP@1 | MAP@3 | MAP@5 | R@5 |\n|---|---|---|---|---|---|---|")
        for name, (matcher, splits, zs) in loaded.items():
            for split, (queries, gold) in splits.items():
                for method in ("bm25", "dense", "rrf", "zsum"):
                    run = ev.run_method(matcher, queries, zs[split], config.with_(method=method))
                    self.row(name, split, method, ev.score_run(run, gold))
                if name == "debates":
                    for label, change in ABLATIONS.items():
                        run = ev.run_method(
                            matcher, queries, zs[split], config.with_(method="zsum", **change)
                        )
                        self.row(name, split, label, ev.score_run(run, gold))
                # The exact path the provider and match_claims take, end to end.
                m = Matcher(matcher.docs, embedder=matcher.embedder, vectors=matcher.vectors, config=config)
                run = {q.id: [x.id for x in m.rank(q, ev.TOP)] for q in queries}
                self.row(name, split, "zsum via Matcher.rank", ev.score_run(run, gold))

    def row(self, name, split, method, s) -> None:
        cells = " | ".join(f"{s[k]:.3f}" for k in ("MAP@1", "MAP@3", "MAP@5", "R@5"))
        self.log(f"| {name} | {split} | {method} | {cells} |")

    def cleaning(self, loaded, config) -> None:
        matcher, splits, _zs = loaded
        self.log(
            "\nCleaning steps (tweets; MAP@5):\n"
            "| steps | split | bm25 | dense | zsum |\n|---|---|---|---|---|"
        )
        for label, steps in CLEANING.items():
            cfg = config.with_(clean_steps=steps)
            for split in ("train", "dev", "test"):
                if split not in splits:
                    continue
                queries, gold = splits[split]
                zs = ev.zsignals(matcher, queries, cfg)
                cells = [
                    ev.score_run(ev.run_method(matcher, queries, zs, cfg.with_(method=m)), gold)["MAP@5"]
                    for m in ("bm25", "dense", "zsum")
                ]
                self.log(f"| {label} | {split} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")

    def tiers(self, loaded, config) -> None:
        train = []
        for matcher, splits, zs in loaded.values():
            if "train" in splits:
                q, g = splits["train"]
                train += ev.candidate_features(matcher, q, zs["train"], g, config)
        if not train:
            return
        weights, bias = ev.fit_logistic(train)
        fitted = config.with_(tier_weights=tuple(round(w, 3) for w in weights), tier_bias=round(bias, 3))
        self.log(
            f"\n'Likely the same claim' model fitted on train: weights (cosine, fused, lead) "
            f"{fitted.tier_weights}, bias {fitted.tier_bias} (configured: {config.tier_weights}, "
            f"{config.tier_bias}, threshold {config.same_threshold}, verbatim {config.verbatim_cosine})"
        )
        rel = sorted(c for c, _f, _d, r in train if r)
        below = sum(c < config.min_cosine for c in rel) / len(rel) if rel else 0.0
        self.log(
            f"Relevant candidates on train under min_cosine {config.min_cosine}: {below:.1%} "
            f"(2nd percentile of their cosine: {rel[int(0.02 * len(rel))]:.3f})"
        )
        probe = Matcher([], config=fitted)
        scores = [(probe.same_probability(c, f, d), r) for c, f, d, r in train]
        variants = [("configured", config)]
        for target in (0.9, 0.8):
            threshold = ev.calibrate_threshold(scores, target)
            variants.append(
                (
                    f"fitted, precision {target} on train (p >= {threshold})",
                    fitted.with_(same_threshold=threshold),
                )
            )
        self.log(
            "| tier rule | set | split | precision of 'same' | share of true matches in 'same' | n |\n"
            "|---|---|---|---|---|---|"
        )
        for label, cfg in variants:
            judge = Matcher([], config=cfg)
            for name, (matcher, splits, zs) in loaded.items():
                for split, (q, g) in splits.items():
                    f = ev.tier_figures(judge, ev.candidate_features(matcher, q, zs[split], g, config))
                    cells = f"{f['precision']:.3f} | {f['recall']:.3f} | {f['n_same']}"
                    self.log(f"| {label} | {name} | {split} | {cells} |")
