"""SSE framing of POST /v1/chat and failure handling (always with the steerable double)."""
from __future__ import annotations

import json

import httpx

BODY = {"messages": [{"role": "user", "content": "Jag har jobbat som kock i sex år."}], "language": "sv"}


def parse_sse(raw: str) -> list[tuple[str, dict]]:
    """Strict parser: every frame is exactly `event: X\\ndata: <json>` and frames end with a blank line."""
    assert raw.endswith("\n\n")
    events = []
    for block in raw[:-2].split("\n\n"):
        lines = block.split("\n")
        assert len(lines) == 2, block
        assert lines[0].startswith("event: ") and lines[1].startswith("data: ")
        events.append((lines[0][7:], json.loads(lines[1][6:])))
    return events


def test_sse_framing_and_order(serve_app, double):
    live = serve_app(double)
    with httpx.Client(base_url=live.url, timeout=30) as c, c.stream("POST", "/v1/chat", json=BODY) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        assert r.headers["cache-control"].startswith("no-cache")
        chunks = list(r.iter_text())
    events = parse_sse("".join(chunks))
    names = [e for e, _ in events]
    assert names[0] == "profile" and names[-1] == "done"
    assert names.count("done") == 1 and "error" not in names
    assert names.index("citations") > max(i for i, n in enumerate(names) if n == "token")
    assert "".join(d["text"] for e, d in events if e == "token").startswith("Med din erfarenhet")
    cites = next(d for e, d in events if e == "citations")["citations"]
    assert all(c["url"].startswith("https://") for c in cites)
    assert any(e == "notice" for e, _ in events)
    assert len(chunks) > 3                                   # really streamed, not one buffered body


def test_error_mid_stream_becomes_error_event_without_details(serve_app, double):
    double.stream_error_after = 3
    live = serve_app(double)
    r = httpx.post(live.url + "/v1/chat", json=BODY, timeout=30)
    events = parse_sse(r.text)
    assert events[-1][0] == "error"
    assert events[-1][1]["code"] == "internal"
    assert "passwd" not in r.text and "simulated" not in r.text
    assert "done" not in [e for e, _ in events]


def test_failure_before_first_event_is_a_problem(serve_app, double):
    double.stream_error_after = 0
    live = serve_app(double)
    r = httpx.post(live.url + "/v1/chat", json=BODY, timeout=30)
    assert r.status_code == 500
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["code"] == "internal" and "passwd" not in r.text and "simulated" not in r.text


def test_readyz_503_when_ready_raises_or_hangs(serve_app, double):
    live = serve_app(double)
    double.ready_error = RuntimeError("chroma at /secret/path is down")
    r = httpx.get(live.url + "/readyz", timeout=10)
    assert r.status_code == 503 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["code"] == "not_ready" and r.json()["detail"]
    assert "/secret" not in r.text
    double.ready_error = None
    double.ready_delay_s = 2.5
    r = httpx.get(live.url + "/readyz", timeout=10)
    assert r.status_code == 503 and "2 seconds" in r.json()["detail"]
    double.ready_delay_s = 0
    assert httpx.get(live.url + "/readyz", timeout=10).status_code == 200


def test_service_that_cannot_be_built_is_503(serve_app, monkeypatch):
    import api.deps

    def cannot_start(settings):
        raise RuntimeError("store unreachable")

    monkeypatch.setattr(api.deps, "build_service", cannot_start)   # the build fails
    live = serve_app(None)
    live.app.dependency_overrides.clear()                    # use the real lazy builder
    r = httpx.post(live.url + "/v1/interpret", json={"text": "kock"}, timeout=10)
    assert r.status_code == 503 and r.json()["code"] == "service_unavailable"
    assert httpx.get(live.url + "/healthz").status_code == 200
