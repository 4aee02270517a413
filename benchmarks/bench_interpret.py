"""Warm latency of `interpret` and `match` on the ingested store (default settings), p50/p95.

    python benchmarks/bench_interpret.py [--n 3]
Uses the self-assessment eval texts (all languages) as realistic inputs.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def main() -> None:
    from assistant.interpretation.interpreter import interpret
    from retrieval.matching import match_profile
    from retrieval.runtime import open_runtime
    from vagledning.settings import get_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3, help="passes over the texts")
    args = ap.parse_args()
    texts = [json.loads(l)["text"] for l in (ROOT / "evals/datasets/dev/self_assessments.jsonl").read_text().splitlines() if l.strip()]
    rt = open_runtime(get_settings())
    first = []
    for t in texts:  # first pass: models loaded, but the per-runtime caches (pivot, evidence) still cold
        a = time.perf_counter()
        match_profile(interpret(t, rt), rt)
        first.append((time.perf_counter() - a) * 1000)
    print(f"first pass, interpret+match (caches cold, n={len(first)}): p50 {statistics.median(first):.0f} ms, "
          f"p95 {pct(first, .95):.0f} ms")
    it, mt = [], []
    for _ in range(args.n):
        for t in texts:
            a = time.perf_counter()
            p = interpret(t, rt)
            b = time.perf_counter()
            match_profile(p, rt)
            c = time.perf_counter()
            it.append((b - a) * 1000)
            mt.append((c - b) * 1000)
    print(f"interpret (warm, n={len(it)}): p50 {statistics.median(it):.0f} ms, p95 {pct(it, .95):.0f} ms")
    print(f"match incl. evidence (warm, n={len(mt)}): p50 {statistics.median(mt):.0f} ms, p95 {pct(mt, .95):.0f} ms")


if __name__ == "__main__":
    main()
