"""Warm latency of one conversation turn on the grounded composer (no LLM), p50/p95.

    python benchmarks/bench_turn.py [--n 3]
Runs multi-turn conversations in several languages through the real engine (as the API does).
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

CONVERSATIONS = [
    ("sv", ["Hej", "Jag har jobbat som undersköterska i tio år", "Jag bor i Malmö", "Vad tjänar man?"]),
    ("en", ["I was a pharmacist in Syria for eight years", "I live in Uppsala", "Do I need Swedish?"]),
    ("ar", ["عملت طباخاً لمدة ست سنوات في حلب", "أسكن في ستوكهولم", "ما هي الدورات المتاحة؟"]),
    ("uk", ["Я працювала бухгалтером в Україні 10 років", "Я живу в Гетеборзі"]),
    ("so", ["Waxaan ahaa darawal baabuur Soomaaliya", "Waxaan degenahay Örebro"]),
]


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def main() -> None:
    from assistant.contract import ChatMessage, ChatRequest
    from assistant.engine import build_service
    from vagledning.settings import get_settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3)
    args = ap.parse_args()
    settings = get_settings().model_copy(update={"llm_base_url": None})
    engine = build_service(settings)
    engine.ready()

    def run_all(record: list[float] | None):
        for lang, turns in CONVERSATIONS:
            messages, profile = [], None
            for text in turns:
                messages.append(ChatMessage(role="user", content=text))
                t = time.perf_counter()
                resp = engine.turn(ChatRequest(messages=list(messages), profile=profile))
                if record is not None:
                    record.append((time.perf_counter() - t) * 1000)
                messages.append(ChatMessage(role="assistant", content=resp.answer))
                profile = resp.profile

    run_all(None)  # warm-up
    times: list[float] = []
    for _ in range(args.n):
        run_all(times)
    print(f"grounded turn (warm, n={len(times)}): p50 {statistics.median(times):.0f} ms, p95 {pct(times, .95):.0f} ms")


if __name__ == "__main__":
    main()
