"""CV benchmark: wall time of reading a CV into a profile (extract -> redact -> structure -> interpreter)
per format and language, over the configured store (default: the full store in settings).

    python benchmarks/bench_cv.py [--runs 3]
Read-only. The CVs are the test CVs of tests/cv_samples.py (Swedish, English, Arabic; text, one- and
two-column PDF, DOCX with tables). Prints the median and max per case and the extraction time alone.

Measured 2026-12-02 on the full store, 2 shared cores (load ~2-4): first CV 4.2 s (opens store and model);
then 0.09-0.41 s per CV (median), extraction 0-45 ms (PDF 3-45, DOCX 6-16). The CVs differ only in their
(redacted) identifiers, so runs after the first per case may be served partly from in-process caches.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from assistant.cv.extract import extract
from assistant.engine import build_service
from tests.cv_samples import CVS, docx_cv, pdf_cv, person, text_cv
from vagledning.settings import get_settings

MAKERS = {"text": text_cv, "pdf": pdf_cv, "pdf2": lambda cv, p: pdf_cv(cv, p, columns=2), "docx": docx_cv}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    service = build_service(get_settings())
    t0 = time.perf_counter()
    service.profile_from_cv(text_cv(CVS["sv"], person(0)), language="sv")
    print(f"first CV (opens store and model): {time.perf_counter() - t0:.1f} s")
    print(f"{'case':<10} {'bytes':>8} {'extract ms':>11} {'profile median s':>17} {'max s':>6}")
    for lang, cv in CVS.items():
        for fmt, make in MAKERS.items():
            data = make(cv, person(1))
            t = time.perf_counter()
            extract(data, language=lang, max_bytes=10**7, max_pages=10, max_chars=10**6)
            ex_ms = (time.perf_counter() - t) * 1000
            times = []
            for _ in range(args.runs):
                t = time.perf_counter()
                service.profile_from_cv(data, language=lang)
                times.append(time.perf_counter() - t)
            print(f"{lang + '/' + fmt:<10} {len(data):>8} {ex_ms:>11.0f} {statistics.median(times):>17.2f} {max(times):>6.2f}")


if __name__ == "__main__":
    main()
