"""An independent load generator for the unseen-text load target (issue 15): Locust, not the project's code.

Each simulated person opens a conversation with a self-assessment the server has never seen
(benchmarks/data/load_unseen.jsonl, 8 languages; each text once per Locust process, then reused),
then clicks two of the quick replies the answer offered, carrying the conversation and the
profile client-side as the widget does, with 8–20 s of reading and typing between turns. Turns are
``POST /v1/chat?stream=false`` (one JSON ChatResponse). Arrivals are spread over the first 20 s.

Locust is not a project dependency: it runs from its own virtualenv, so nothing here imports the
project. ``benchmarks/locust_unseen.sh`` starts a fresh ``vagledning serve --workers 2``, waits for
``/readyz`` and runs this file headless (50 users, 60 s)::

    python3 -m venv /tmp/locust-venv && /tmp/locust-venv/bin/pip install locust
    benchmarks/locust_unseen.sh                 # LOCUST=/tmp/locust-venv/bin/locust USERS=50 DURATION=60s

or by hand against a server you started::

    /tmp/locust-venv/bin/locust -f benchmarks/locustfile.py --headless -u 50 -r 50 -t 60s \\
        --host http://127.0.0.1:8000 --csv /tmp/locust-unseen

A turn counts as a failure when the status is not 200, the body is not a ChatResponse with an
answer, or the transport fails; Locust reports p50/p95/p99 per request name (``first`` turns and
``follow_up`` turns separately, and ``Aggregated``).
"""
from __future__ import annotations

import itertools
import json
import random
import threading
from pathlib import Path

from locust import HttpUser, between, task

TEXTS = [json.loads(line) for line in
         (Path(__file__).resolve().parent / "data" / "load_unseen.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
_rng = random.Random(11)
_order = TEXTS[:]
_rng.shuffle(_order)
_pool = itertools.cycle(_order)
_lock = threading.Lock()
FALLBACK = "Vilka utbildningar finns?"
TURNS = 3


def _next_text() -> dict:
    with _lock:
        return next(_pool)


class Person(HttpUser):
    wait_time = between(8, 20)

    def on_start(self) -> None:
        # Staggered arrivals: people do not all press send in the same second.
        import gevent

        gevent.sleep(random.uniform(0, 20))

    def _turn(self, body: dict, name: str) -> dict | None:
        with self.client.post("/v1/chat?stream=false", json=body, name=name, catch_response=True,
                              timeout=120) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")
                return None
            try:
                data = r.json()
            except ValueError:
                r.failure("not JSON")
                return None
            if not isinstance(data, dict) or not data.get("answer"):
                r.failure("no answer")
                return None
            r.success()
            return data

    @task
    def conversation(self) -> None:
        sample = _next_text()
        lang = sample["language"]
        messages = [{"role": "user", "content": sample["text"]}]
        profile = None
        for n in range(TURNS):
            body = {"messages": messages, "language": lang, "profile": profile}
            if lang == "sv-easy":
                body["style"] = "easy"
            data = self._turn(body, "first" if n == 0 else "follow_up")
            if data is None:
                return
            profile = data.get("profile") or profile
            messages = messages + [{"role": "assistant", "content": data["answer"]}]
            suggestions = data.get("suggestions") or []
            messages.append({"role": "user", "content": random.choice(suggestions) if suggestions else FALLBACK})
            if n < TURNS - 1:
                self.wait()  # reading the answer and typing the next message
