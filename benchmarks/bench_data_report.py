"""Data-report benchmark: wall time of `vagledning data-report` on a store (target: under a minute on
the full ingested store, issue 14), split into gathering and measuring, plus the figures measured.

    python benchmarks/bench_data_report.py [--store DIR] [--runs 3]
Read-only: the store is opened, never written (no --check-links here: no network in benchmarks).
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> None:
    from ingest.quality import build_report
    from ingest.quality.gather import gather
    from vagledning.settings import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=None, help="store directory (default: the settings' store)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    settings = Settings(store_dir=args.store) if args.store else Settings()
    gathers, totals = [], []
    report = None
    for _ in range(args.runs):
        t0 = time.perf_counter()
        snap = gather(settings)
        gathers.append(time.perf_counter() - t0)
        snap.db.close()
        t0 = time.perf_counter()
        report = build_report(settings, save_links=False)
        totals.append(time.perf_counter() - t0)
    assert report is not None
    print(f"store {settings.store_dir} (relations built {report.relations_built_at}); cores {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f}")
    print(f"gather: median {statistics.median(gathers):.2f} s; whole report: median {statistics.median(totals):.2f} s, "
          f"max {max(totals):.2f} s over {args.runs} runs (target < 60 s)")
    print(f"documents {sum(report.documents.values())}, coverage rows {len(report.coverage)}, "
          f"findings {len(report.findings)}, link rows {len(report.links)}")


if __name__ == "__main__":
    main()
