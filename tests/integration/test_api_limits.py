"""Body size, text and turn limits, CORS allow-list, rate limiting and privacy of access logs."""
from __future__ import annotations

import logging
import time

import httpx

from api.accesslog import AccessLogFilter


def _problem(r: httpx.Response, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["code"] == code and body["status"] == status and body["title"] and body["type"]
    return body


def test_body_too_large_by_header_and_while_streaming(serve_app, double):
    live = serve_app(double, max_body_bytes=2048)
    big = {"messages": [{"role": "user", "content": "x" * 3000}]}
    body = _problem(httpx.post(live.url + "/v1/chat", json=big), 413, "body_too_large")
    assert "2048" in body["detail"]

    def chunks():                                         # no Content-Length: chunked upload
        yield b'{"text": "'
        for _ in range(10):
            yield b"y" * 400
        yield b'"}'

    r = httpx.post(live.url + "/v1/interpret", content=chunks(), headers={"content-type": "application/json"})
    _problem(r, 413, "body_too_large")
    assert "yyyy" not in r.text


def test_too_long_message_and_too_many_turns(serve_app, double):
    live = serve_app(double, max_message_chars=100, max_turns=3)
    long_msg = {"messages": [{"role": "user", "content": "secret " * 30}]}
    body = _problem(httpx.post(live.url + "/v1/chat", json=long_msg), 422, "message_too_long")
    assert "100 characters" in body["detail"] and "secret" not in body["detail"]
    turns = {"messages": [{"role": "user", "content": "hej"}, {"role": "assistant", "content": "hej"}] * 2}
    body = _problem(httpx.post(live.url + "/v1/chat", json=turns), 422, "too_many_turns")
    assert "at most 3 messages" in body["detail"]
    _problem(httpx.post(live.url + "/v1/interpret", json={"text": "z" * 101}), 422, "message_too_long")
    _problem(httpx.get(live.url + "/v1/search", params={"q": "z" * 101}), 422, "message_too_long")
    # Validation problems name the field but never echo the input.
    bad = {"messages": [{"role": "robot", "content": "my secret text"}]}
    body = _problem(httpx.post(live.url + "/v1/chat", json=bad), 422, "validation_error")
    assert "messages.0.role" in body["detail"] and "my secret text" not in httpx.post(live.url + "/v1/chat", json=bad).text


def test_cors_allowed_and_disallowed_origins(serve_app, double):
    allowed = "http://127.0.0.1:9"
    live = serve_app(double, cors_origins=[allowed, "*"])           # the wildcard is ignored
    pre = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    ok = httpx.options(live.url + "/v1/chat", headers={"Origin": allowed, **pre})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == allowed
    assert "access-control-allow-credentials" not in ok.headers
    bad = httpx.options(live.url + "/v1/chat", headers={"Origin": "https://evil.example", **pre})
    assert bad.status_code == 400 and "access-control-allow-origin" not in bad.headers
    simple = httpx.get(live.url + "/v1/regions", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers
    simple = httpx.get(live.url + "/v1/regions", headers={"Origin": allowed})
    assert simple.headers["access-control-allow-origin"] == allowed


def test_rate_limit_429_with_retry_after(serve_app, double):
    live = serve_app(double, rate_limit="3/minute", cors_origins=["http://127.0.0.1:9"])
    with httpx.Client(base_url=live.url) as c:
        codes = [c.get("/v1/search", params={"q": "kock"}).status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        r = c.get("/v1/search", params={"q": "kock"}, headers={"Origin": "http://127.0.0.1:9"})
        body = _problem(r, 429, "rate_limited")
        assert 1 <= int(r.headers["retry-after"]) <= 60
        assert r.headers["access-control-allow-origin"] == "http://127.0.0.1:9"   # the widget can read it
        assert "seconds" in body["detail"]
        # Probes and pages are not limited.
        assert c.get("/healthz").status_code == 200 and c.get("/widget.js").status_code == 200


def test_access_log_has_no_query_string_or_client_address():
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("10.1.2.3:5555", "GET", "/v1/search?q=my+private+words", "1.1", 200), None)
    assert AccessLogFilter().filter(record)
    line = record.getMessage()
    assert "private" not in line and "10.1.2.3" not in line and "/v1/search" in line


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_access_log_in_a_live_server(serve_app, double):
    live = serve_app(double)                      # uvicorn (re)configures its loggers here
    access = logging.getLogger("uvicorn.access")
    handler, level = _Collect(), access.level
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    try:
        httpx.get(live.url + "/v1/search", params={"q": "hemlig text"})
        time.sleep(0.2)
    finally:
        access.removeHandler(handler)
        access.setLevel(level)
    lines = handler.lines
    assert any("/v1/search" in line for line in lines)
    assert not any("hemlig" in line or "q=" in line for line in lines)
