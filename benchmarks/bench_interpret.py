"""Warm latency of `interpret` and `match` on the ingested store (default settings), p50/p95.

    python benchmarks/bench_interpret.py [--n 3]
    python benchmarks/bench_interpret.py --unseen
Uses the self-assessment eval texts (all languages) as realistic inputs. ``--unseen`` measures
`interpret` on texts the process has never seen (written for this benchmark, not eval texts; each
interpreted once, after a warm-up on other texts that loads the models and indexes): the figure
that matters for a new user's first message. Target: p95 <= 150 ms.
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


# Written for this benchmark only (never eval texts): 6 per language, varied length and content.
UNSEEN = [
    "Jag har kört buss i Göteborg i sex år och vill fortsätta med det.",
    "Har jobbat som lokalvårdare på ett sjukhus, vill gärna jobba med barn istället.",
    "Jag pluggade ekonomi i Irak och har jobbat på bank där i fyra år.",
    "Jag tycker om att fixa cyklar och har hjälpt grannar med det i många år.",
    "Elektriker med behörighet, bor i Umeå, kan tänka mig att pendla.",
    "Mest har jag tagit hand om mina syskon, men jag är bra på att organisera.",
    "Jag jobba i affär. Jag sätta varor på hylla. Jag vill jobba mer.",
    "Jag kan laga mat. Jag gjorde mat i skolan i mitt land.",
    "Jag var städare i hotell. Jag pratar arabiska och lite svenska.",
    "Jag tycker om djur. Jag vill jobba med hundar.",
    "Jag körde taxi i Kabul. Nu bor jag i Örebro.",
    "Jag har inte jobbat. Jag gillar att sy kläder.",
    "I worked as a warehouse picker for two years and drove a forklift.",
    "Trained nurse from Kenya, looking to get my licence recognised in Sweden.",
    "I did bookkeeping for my uncle's shop and I like working with spreadsheets.",
    "Software developer, mostly Java and some Python, five years of experience.",
    "I have no work experience but I love painting and photography.",
    "I used to repair phones at a small stall in the market.",
    "عملت حلاقا لمدة عشر سنوات في دمشق وأريد فتح صالون.",
    "كنت أعمل محاسبا في شركة صغيرة وأبحث عن عمل في المحاسبة.",
    "أحب مساعدة كبار السن ولدي خبرة في رعاية جدتي.",
    "اشتغلت في البناء وأعرف أعمال البلاط والدهان.",
    "Waxaan ahaa darawal tagsi muddo shan sano ah.",
    "Waxaan ka shaqeeyay dukaan, waxaan iibin jiray khudaar.",
    "Waxaan jeclahay inaan caawiyo dadka waayeelka ah.",
    "Waxaan ahaa macallin dugsi hoose oo Soomaaliya ah.",
    "ኣብ ኤርትራ መምህር ነይረ ሓሙሽተ ዓመት።",
    "ኣብ ሆቴል ጽሬት ሰሪሐ ኣለኹ።",
    "መካይን ምጽጋን እኽእል እየ።",
    "ኣብ ክሽነ ቤት መግቢ ሰሪሐ።",
    "در ایران مهندس برق بودم و ده سال کار کردم.",
    "در افغانستان خیاط بودم و لباس می دوختم.",
    "من به کامپیوتر و برنامه نویسی علاقه دارم.",
    "در یک رستوران ظرف می شستم و کمک آشپز بودم.",
    "Я працювала бухгалтеркою в Києві дванадцять років.",
    "Працював водієм вантажівки, маю категорію C.",
    "Я медсестра, хочу працювати в лікарні в Швеції.",
    "Люблю працювати з дітьми, була вихователькою в садочку.",
    "Я будував будинки і клав плитку.",
    "Доглядала за хворою мамою кілька років.",
    "Ich habe keine Ahnung, aber ich will arbeiten.",
    "Jobbat lite här och där, lager, städ, lite kassa.",
]
WARMUP = ["Jag har jobbat som snickare.", "I am a teacher.", "كنت طباخا.", "Waxaan ahaa kalkaaliye.",
          "ኣነ መራሒ መኪና እየ።", "من راننده بودم.", "Я була касиром.", "Jag gillar musik.",
          # a task sentence loads the ESCO skill index and the skill graph (once per process)
          "Every day I drove a forklift and loaded heavy pallets onto lorries."]


def unseen(rt, profile: bool = False, served_warm: bool = True) -> None:
    """Each benchmark text once, after a warm-up on other texts: latency of texts never seen.

    ``served_warm``: the warm-up also does what a served worker's does before it takes traffic (api/warmup:
    every kind's index searched once, the source-derived caches and the curated tables built), so the figure is
    a served worker's first message (speed20: without it one text paid 0.8 s for the skill graph and the ESCO
    skill index, which no served worker pays on a turn). ``profile``: a pyinstrument call tree of the unseen
    pass (a dev tool: pip install pyinstrument)."""
    from assistant.interpretation.interpreter import interpret

    if served_warm:
        from api.warmup import SEARCH_PROBE, warm_source_caches, warm_tables

        for kind in sorted(rt.store.kinds_present()):
            rt.search.search(SEARCH_PROBE, kind, 3)
        warm_source_caches(rt)
        warm_tables()
    for t in WARMUP:
        interpret(t, rt)
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
    times, cpu = [], []
    for t in UNSEEN:
        a, c = time.perf_counter(), time.process_time()
        interpret(t, rt)
        times.append((time.perf_counter() - a) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
    load = os.getloadavg()
    print(f"interpret, unseen texts (each once, n={len(times)}): p50 {statistics.median(times):.0f} ms, "
          f"p95 {pct(times, .95):.0f} ms, max {max(times):.0f} ms (target p95 <= 150 ms); "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores (shared machine)")
    # CPU time of the process (all its threads) per text: what the wall time would be on an idle core.
    print(f"  CPU time per text: p50 {statistics.median(cpu):.0f} ms, p95 {pct(cpu, .95):.0f} ms")


def main() -> None:
    from assistant.interpretation.interpreter import interpret
    from retrieval.matching import match_profile
    from retrieval.runtime import open_runtime
    from vagledning.settings import get_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3, help="passes over the texts")
    ap.add_argument("--unseen", action="store_true", help="only: interpret on texts never seen by the process")
    ap.add_argument("--profile", action="store_true", help="with --unseen: print a pyinstrument call tree")
    ap.add_argument("--bare-warmup", action="store_true",
                    help="with --unseen: warm up on the texts only (before speed20; not what a served worker does)")
    args = ap.parse_args()
    if args.unseen:
        unseen(open_runtime(get_settings()), profile=args.profile, served_warm=not args.bare_warmup)
        return
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
