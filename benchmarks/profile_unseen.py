"""Where a warm worker spends a first turn on a text it has never seen (issue 15).

    python benchmarks/profile_unseen.py [--n 16] [--profile 3] [--html DIR] [--aggregate]

Builds the service as ``vagledning serve`` does, warms it exactly like a served worker
(:func:`api.warmup.warm_service`), then answers ``--n`` first turns on texts written for the load
benchmark (benchmarks/data/load_unseen.jsonl, each once, languages interleaved) and the same
texts again (the cached path). Prints per-turn times, p50/p95 of both, and a pyinstrument call
tree of the first ``--profile`` unseen turns (``--aggregate``: one tree over all unseen turns
instead; pyinstrument is a dev tool: ``pip install pyinstrument``). CPU time (this process) is
printed beside wall time: on a shared machine the wall time includes waiting for a core. Reads
the store of the current settings (VAGLEDNING_STORE_DIR).
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
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=16)
    ap.add_argument("--profile", type=int, default=3, help="profile the first N unseen turns")
    ap.add_argument("--html", help="also write pyinstrument HTML reports into this directory")
    ap.add_argument("--aggregate", action="store_true", help="one call tree over all unseen turns")
    args = ap.parse_args()

    from api.warmup import warm_service
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.engine import build_service
    from vagledning.settings import get_settings

    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "load_unseen.jsonl").read_text().splitlines()
            if line.strip()]
    by_lang: dict[str, list[dict]] = {}
    for r in rows:
        by_lang.setdefault(r["language"], []).append(r)
    interleaved = [lst[i] for i in range(max(map(len, by_lang.values()))) for lst in by_lang.values() if i < len(lst)]
    texts = interleaved[: args.n]

    service = build_service(get_settings())
    t = time.perf_counter()
    timings = warm_service(service)
    print(f"warm-up {time.perf_counter() - t:.1f} s: {timings}")

    def request(sample):
        return ChatRequest(messages=[ChatMessage(role="user", content=sample["text"])], language=sample["language"],
                           style="easy" if sample["language"] == "sv-easy" else "standard", use_llm=False)

    unseen, again, cpu = [], [], []
    profiler_cls = None
    if args.profile or args.aggregate:
        from pyinstrument import Profiler

        profiler_cls = Profiler
    whole = profiler_cls(interval=0.001) if profiler_cls and args.aggregate else None
    if whole:
        whole.start()
    for i, sample in enumerate(texts):
        profiler = profiler_cls(interval=0.001) if profiler_cls and not whole and i < args.profile else None
        if profiler:
            profiler.start()
        t, c = time.perf_counter(), time.process_time()
        service.turn(request(sample))
        unseen.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if profiler:
            profiler.stop()
            print(f"\n=== unseen turn {i} ({sample['language']}) {unseen[-1] * 1000:.0f} ms")
            print(profiler.output_text(unicode=True, color=False, show_all=False))
            if args.html:
                Path(args.html).mkdir(parents=True, exist_ok=True)
                Path(args.html, f"unseen-{i}.html").write_text(profiler.output_html(), encoding="utf-8")
        print(f"unseen {i:2d} {sample['language']:8s} {unseen[-1] * 1000:6.0f} ms (CPU {cpu[-1] * 1000:4.0f} ms)")
    if whole:
        whole.stop()
        print(whole.output_text(unicode=True, color=False, show_all=False))
    for sample in texts:
        t = time.perf_counter()
        service.turn(request(sample))
        again.append(time.perf_counter() - t)
    # Profiled turns are slower (sampling overhead): the figures leave them out.
    skip = 0 if args.aggregate else args.profile
    plain, plain_cpu = unseen[skip:] or unseen, cpu[skip:] or cpu
    print(f"\nunseen first turns (n={len(plain)}{'' if skip == 0 and not args.aggregate else ', unprofiled'}): "
          f"p50 {statistics.median(plain) * 1000:.0f} ms, p95 {pct(plain, .95) * 1000:.0f} ms, "
          f"max {max(plain) * 1000:.0f} ms; CPU p50 {statistics.median(plain_cpu) * 1000:.0f} ms, "
          f"p95 {pct(plain_cpu, .95) * 1000:.0f} ms")
    print(f"same texts again (n={len(again)}): p50 {statistics.median(again) * 1000:.0f} ms, "
          f"p95 {pct(again, .95) * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
