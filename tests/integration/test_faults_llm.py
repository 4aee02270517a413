"""LLM endpoint faults through the real API: every turn is still answered, with a notice.

Real app (create_app, real engine over the small fake-embedder store) on a live uvicorn,
LLM mode against the scripted OpenAI-compatible server: connection refused, a hang past the
timeout, HTTP 500, a stream broken half way, a malformed chunk.
"""
from __future__ import annotations

import json
import time

import httpx
import pytest

from api.app import create_app
from tests.api_support import start_app
from tests.harness import free_port, sse_events
from tests.llm_server import BreakStream, Hang, HttpError, MalformedChunk, Reply
from vagledning.settings import Settings

TIMEOUT_S = 1.5
TURN = {"messages": [{"role": "user", "content": "Jag har jobbat som kock i sex år och vill jobba i Skåne."}],
        "language": "sv"}


@pytest.fixture(scope="module")
def live(fake_store, data_dir, llm_server_session):
    from retrieval.runtime import clear_runtimes

    clear_runtimes()
    settings = Settings(data_dir=data_dir, store_dir=fake_store, embedder="fake", rate_limit="100000/minute",
                        llm_base_url=llm_server_session.base_url, llm_api_key="k", llm_model="m",
                        llm_timeout_s=TIMEOUT_S, llm_max_tool_calls=0)
    server = start_app(create_app(settings))
    yield server
    server.stop()


def _turn(url: str) -> tuple[list[tuple[str, dict]], float]:
    started = time.perf_counter()
    r = httpx.post(url + "/v1/chat", json=TURN, timeout=120)  # (a first turn loads models: slow on a loaded machine)
    assert r.status_code == 200, r.text
    return [(e, json.loads(d)) for e, d in sse_events(r.text)], time.perf_counter() - started


def _answered_with_notice(events: list[tuple[str, dict]]) -> None:
    names = [e for e, _ in events]
    assert names[0] == "profile" and names[-1] == "done", names
    assert "error" not in names
    assert "notice" in names, names
    assert "".join(d.get("text", "") for e, d in events if e == "token").strip()
    assert events[-1][1].get("composer") == "grounded"


def test_healthy_llm_is_used(live, llm_server):
    llm_server.script(Reply("Du kan arbeta som kock [1].", chunks=3))
    events, _ = _turn(live.url)
    assert events[-1][0] == "done" and events[-1][1].get("composer") == "llm"


@pytest.mark.parametrize("behaviour", [HttpError(500), HttpError(429, retry_after=30), Hang(10),
                                       Hang(10, after_chunks=1), BreakStream(after=2), MalformedChunk(after=1)],
                         ids=["http500", "http429", "hang", "hang_mid_stream", "broken_stream", "malformed_chunk"])
def test_llm_fault_still_answers_with_notice(live, llm_server, behaviour):
    llm_server.script(behaviour, behaviour, behaviour)
    events, seconds = _turn(live.url)
    _answered_with_notice(events)
    assert seconds < TIMEOUT_S * 3 + 5


def test_llm_connection_refused(fake_store, data_dir):
    from retrieval.runtime import clear_runtimes

    clear_runtimes()
    settings = Settings(data_dir=data_dir, store_dir=fake_store, embedder="fake", rate_limit="100000/minute",
                        llm_base_url=f"http://127.0.0.1:{free_port()}/v1", llm_api_key="k", llm_model="m",
                        llm_timeout_s=TIMEOUT_S)
    server = start_app(create_app(settings))
    try:
        # The first turn of a new runtime loads the store, the language model and the cue files (seconds on a loaded
        # machine, whatever the LLM does): answered with the notice, not timed. A refused connection then costs no
        # wait: the next turns are quick.
        for turn in range(4):
            events, seconds = _turn(server.url)
            _answered_with_notice(events)
            assert turn == 0 or seconds < 5, (turn, seconds)
    finally:
        server.stop()
