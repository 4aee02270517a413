"""Warm latency of one conversation turn on the grounded composer (no LLM), p50/p95.

    python benchmarks/bench_turn.py [--n 3] [--unseen]
Runs multi-turn conversations in several languages through the real engine (as the API does).
``--unseen``: after the warm-up a served worker runs before it takes traffic (api/warmup.py),
every turn is a text written for this benchmark that the process has not seen before (each run
once), so per-text caches cannot help; the figure that matters for new users (target p95 <= 300 ms).
CPU time is printed beside wall time, with the load average.
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


# Written for the benchmark (not eval texts, not used by tests); each text is sent once.
UNSEEN = [
    ("sv", ["Jag har kört buss i Göteborg i tolv år men vill byta yrke", "Vad passar mig?", "Är det lätt att få jobb?"]),
    ("sv", ["Jag är 16 och går i nian, jag gillar att rita och måla", "Andra yrken?"]),
    ("sv", ["Har jobbat som städare på hotell, har ont i ryggen", "Vad tjänar man i den andra?", "Behöver jag legitimation?"]),
    ("sv-easy", ["Jag jobba i affär i Irak. Jag sälja kläder.", "Vad gör man i jobbet?"]),
    ("en", ["I was a primary school teacher in Eritrea for nine years", "Do I need a licence?", "Which courses are there?"]),
    ("en", ["I repaired phones and laptops in a small shop in Kabul", "I live in Västerås", "What does it pay?"]),
    ("en", ["I don't know", "I like being outdoors and working with my hands"]),
    ("ar", ["كنت ممرضة في مستشفى في دمشق لمدة عشر سنوات", "هل أحتاج إلى ترخيص؟", "كم الراتب؟"]),
    ("ar", ["عملت حلاق في بيروت سبع سنوات ولا أريد العمل في الليل", "مهن أخرى؟"]),
    ("so", ["Waxaan ahaa macallin dugsi hoose Muqdisho", "Waxaan ku noolahay Borlänge", "Imisa ayay bixisaa?"]),
    ("so", ["Waxaan ka shaqeeyay beer, waxaan dhaqay xoolo", "Shaqo ma sahlan tahay in la helo?"]),
    ("ti", ["ኣብ ኣስመራ ከም ኤሌክትሪሻን ሸሞንተ ዓመት ሰሪሐ", "ፍቓድ የድልየኒ ዶ?"]),
    ("fa", ["در هرات خیاط بودم و لباس می دوختم", "در نورشوپینگ زندگی می کنم", "چه دوره‌هایی هست؟"]),
    ("fa", ["رانندگی تاکسی در مشهد کردم", "آیا به مجوز نیاز دارم؟"]),
    ("uk", ["Я була медсестрою в Харкові дванадцять років", "Чи потрібна мені ліцензія?", "Яка зарплата?"]),
    ("uk", ["Працював зварювальником на заводі в Дніпрі", "Чи легко знайти роботу?", "Інші професії?"]),
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
    ap.add_argument("--unseen", action="store_true", help="each turn a text the process has not seen")
    args = ap.parse_args()
    settings = get_settings().model_copy(update={"llm_base_url": None})
    engine = build_service(settings)
    engine.ready()

    cpu: list[float] = []
    labels: list[str] = []

    def run_all(record: list[float] | None, conversations=CONVERSATIONS):
        for lang, turns in conversations:
            messages, profile = [], None
            for text in turns:
                messages.append(ChatMessage(role="user", content=text))
                t, c = time.perf_counter(), time.process_time()
                resp = engine.turn(ChatRequest(messages=list(messages), profile=profile, language=lang))
                if record is not None:
                    record.append((time.perf_counter() - t) * 1000)
                    cpu.append((time.process_time() - c) * 1000)
                    labels.append(f"{lang} {text[:40]!r}")
                messages.append(ChatMessage(role="assistant", content=resp.answer))
                profile = resp.profile

    if args.unseen:
        # Warmed exactly like a served worker before it takes traffic (api/warmup.py).
        from api.warmup import warm_service

        warm_service(engine)
    else:
        run_all(None)  # warm-up
    if args.unseen:
        times: list[float] = []
        run_all(times, UNSEEN)
        # CPU time of this process beside wall time: on a shared machine wall time includes waiting for a core.
        print(f"grounded turn on unseen text (n={len(times)}): p50 {statistics.median(times):.0f} ms, "
              f"p95 {pct(times, .95):.0f} ms, max {max(times):.0f} ms; CPU p50 {statistics.median(cpu):.0f} ms, "
              f"p95 {pct(cpu, .95):.0f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        for i in sorted(range(len(times)), key=lambda i: -cpu[i])[:5]:
            print(f"  slowest by CPU: {cpu[i]:.0f} ms CPU, {times[i]:.0f} ms wall: {labels[i]}")
        return
    times = []
    for _ in range(args.n):
        run_all(times)
    print(f"grounded turn (warm, n={len(times)}): p50 {statistics.median(times):.0f} ms, p95 {pct(times, .95):.0f} ms")


if __name__ == "__main__":
    main()
