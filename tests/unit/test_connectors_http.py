"""request_json: retries, backoff, Retry-After, honest errors. No network (MockTransport)."""
from __future__ import annotations

import httpx
import pytest

from ingest.connectors.http import backoff_delay, make_client, request_json
from ingest.errors import SourceError
from tests.api_mock import Recorder, Sleeps, sequence

BASE = "https://api.example.test"


def _call(recorder: Recorder, sleeps: Sleeps, *, retries: int = 3, url: str = "/search", params=None):
    return request_json(recorder.client(BASE), "GET", url, params=params, retries=retries, sleep=sleeps,
                        service="Test API")


def test_retry_on_503_then_success():
    rec = Recorder(sequence(httpx.Response(503), httpx.Response(503), httpx.Response(200, json={"ok": True})))
    sleeps = Sleeps()
    assert _call(rec, sleeps) == {"ok": True}
    assert len(rec.requests) == 3
    assert 0.5 <= sleeps[0] <= 1.0 <= sleeps[1] <= 1.5  # base 0.5 * 2**attempt + jitter below base


def test_429_honours_retry_after():
    rec = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200, json=[1])))
    sleeps = Sleeps()
    assert _call(rec, sleeps) == [1]
    assert sleeps == [2.0]


def test_429_with_huge_retry_after_fails_fast():
    rec = Recorder(sequence(httpx.Response(429, headers={"Retry-After": "3600"})))
    with pytest.raises(SourceError, match="rate limited"):
        _call(rec, Sleeps())
    assert len(rec.requests) == 1


def test_timeouts_exhaust_retries_with_clear_message():
    rec = Recorder(sequence(httpx.ReadTimeout("slow")))
    sleeps = Sleeps()
    with pytest.raises(SourceError) as err:
        _call(rec, sleeps, retries=2, params={"q": "min hemliga fritext"})
    msg = err.value.user_message
    assert len(rec.requests) == 3 and len(sleeps) == 2
    assert "Test API" in msg and "GET /search" in msg and "3 attempts" in msg and "timeout" in msg
    assert "hemliga" not in msg and "q=" not in msg  # query values (user text) never leak
    assert err.value.status == 502


def test_connect_error_is_retried():
    rec = Recorder(sequence(httpx.ConnectError("refused"), httpx.Response(200, json={})))
    assert _call(rec, Sleeps()) == {}
    assert len(rec.requests) == 2


def test_404_is_not_retried():
    rec = Recorder(sequence(httpx.Response(404, json={"message": "no"})))
    sleeps = Sleeps()
    with pytest.raises(SourceError, match=r"HTTP 404 \(not retried\)"):
        _call(rec, sleeps, url="/ad/123")
    assert len(rec.requests) == 1 and sleeps == []


def test_5xx_exhausted_names_last_status():
    rec = Recorder(sequence(httpx.Response(502)))
    with pytest.raises(SourceError, match=r"failed after 2 attempts; last error: HTTP 502"):
        _call(rec, Sleeps(), retries=1)


def test_malformed_json_is_a_source_error():
    rec = Recorder(sequence(httpx.Response(200, content=b"<html>oops</html>", headers={"Content-Type": "application/json"})))
    with pytest.raises(SourceError, match="malformed JSON"):
        _call(rec, Sleeps())
    assert len(rec.requests) == 1


def test_secrets_do_not_leak_into_errors():
    rec = Recorder(sequence(httpx.Response(401)))
    client = make_client(BASE, http_client=rec.client(BASE), headers={"api-key": "s3cret-key"})
    with pytest.raises(SourceError) as err:
        request_json(client, "GET", "/search", retries=0, sleep=Sleeps())
    assert "s3cret" not in str(err.value)
    assert rec.requests[0].headers["api-key"] == "s3cret-key"


def test_make_client_uses_settings_timeout(monkeypatch):
    from vagledning.settings import get_settings

    monkeypatch.setenv("VAGLEDNING_HTTP_TIMEOUT_S", "7.5")
    get_settings.cache_clear()
    try:
        with make_client(BASE) as client:
            assert client.timeout.read == 7.5
            assert str(client.base_url).startswith(BASE)
    finally:
        get_settings.cache_clear()


def test_backoff_grows_and_is_capped():
    assert backoff_delay(0, 0.5, rng=lambda: 0.0) == 0.5
    assert backoff_delay(3, 0.5, rng=lambda: 0.0) == 4.0
    assert backoff_delay(20, 0.5, rng=lambda: 1.0) == 30.0
