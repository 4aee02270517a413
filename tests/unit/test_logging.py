"""vagledning.logging: structured JSON events; user text never reaches the output."""
from __future__ import annotations

import io
import json
import logging
import logging.config
from collections.abc import Iterator

import pytest

from vagledning.logging import (
    ALLOWED_FIELDS,
    MAX_STR,
    PrivacyFilter,
    configure_logging,
    log_event,
    sanitize_fields,
    timed,
    uvicorn_log_config,
)

USER_TEXT = "Jag heter Anna Berg, mitt personnummer är 850101-1236 och jag bor på Storgatan 12"
SECRETS = ["Anna", "850101-1236", "Storgatan", "070-123 45 67", "anna@example.se", "hemlig fråga"]


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    root = logging.getLogger()
    old_level, old_handlers = root.level, list(root.handlers)
    buf = io.StringIO()
    handler = configure_logging("DEBUG", stream=buf)
    yield buf
    root.removeHandler(handler)
    root.setLevel(old_level)
    for h in old_handlers:
        if h not in root.handlers:
            root.addHandler(h)


def lines(buf: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]


def assert_no_secrets(buf: io.StringIO) -> None:
    out = buf.getvalue()
    for s in SECRETS:
        assert s not in out, s
    # JSON escaping must not hide anything either.
    decoded = json.dumps(lines(buf), ensure_ascii=False)
    for s in SECRETS:
        assert s not in decoded, s


def test_event_is_one_json_line_with_counts_and_timings(captured: io.StringIO) -> None:
    log_event("chat.turn", turn=2, hits=7, duration_ms=12.5, counts={"telefon": 1, "namn": 2}, model="m")
    (rec,) = lines(captured)
    assert rec["event"] == "chat.turn" and rec["logger"] == "vagledning.events" and rec["level"] == "INFO"
    assert rec["turn"] == 2 and rec["hits"] == 7 and rec["duration_ms"] == 12.5
    assert rec["counts"] == {"telefon": 1, "namn": 2}
    assert rec["ts"].endswith("Z")


def test_user_text_never_logged_via_log_event(captured: io.StringIO) -> None:
    log_event("chat.turn", message=USER_TEXT, text=USER_TEXT, query="hemlig fråga", turn=1)
    log_event("chat.turn", model=USER_TEXT, kind="hemlig fråga om Anna 070-123 45 67 och mer text här")
    log_event("chat.turn", code="070-123 45 67", language="anna@example.se")  # short but personal
    log_event("chat.turn", counts={USER_TEXT: 1, "ok": "Anna"}, items=[USER_TEXT, {"x": "Anna"}, 3])
    log_event(USER_TEXT)
    assert_no_secrets(captured)
    recs = lines(captured)
    assert recs[0]["dropped_fields"] == 3 and recs[0]["turn"] == 1
    assert recs[1]["model"] == "[dropped]"
    assert recs[2]["code"] == "[dropped]" and recs[2]["language"] == "[dropped]"
    assert recs[3]["counts"] == {} and recs[3]["items"] == ["[dropped]", 3]
    assert recs[4]["event"] == "invalid_event"


def test_foreign_loggers_args_and_exceptions_never_logged(captured: io.StringIO) -> None:
    lib = logging.getLogger("some.library")
    lib.info("user said %s", USER_TEXT)
    lib.warning("query=%(q)s", {"q": "hemlig fråga"})
    lib.info(f"formatted {USER_TEXT}")  # an f-string: the template itself is redacted
    try:
        raise ValueError(f"bad input: {USER_TEXT} anna@example.se")
    except ValueError:
        lib.exception("failed on %s", USER_TEXT)
    assert_no_secrets(captured)
    recs = lines(captured)
    assert recs[0]["event"] == "log" and recs[0]["template"] == "user said %s"
    assert recs[-1]["exc_types"] == ["ValueError"]
    assert recs[-1]["exc_frames"] and all(":" in f for f in recs[-1]["exc_frames"])


def test_uvicorn_access_log_has_no_query_and_no_client(captured: io.StringIO) -> None:
    logging.getLogger("uvicorn.access").info(
        '%s - "%s %s HTTP/%s" %d', "10.1.2.3:5555", "GET", "/api/search?q=Anna+850101-1236", "1.1", 200)
    (rec,) = lines(captured)
    assert rec["event"] == "http.access"
    assert rec == {**rec, "method": "GET", "path": "/api/search", "status": 200}
    assert "10.1.2.3" not in captured.getvalue() and "q=" not in captured.getvalue()
    assert_no_secrets(captured)


def test_timed_adds_duration_and_outcome(captured: io.StringIO) -> None:
    with timed("retrieval.search", kind="occupation") as f:
        f["hits"] = 4
    with pytest.raises(KeyError):
        with timed("retrieval.search"):
            raise KeyError(USER_TEXT)
    ok, err = lines(captured)
    assert ok["outcome"] == "ok" and ok["hits"] == 4 and ok["duration_ms"] >= 0
    assert err["outcome"] == "error" and err["error_type"] == "KeyError"
    assert_no_secrets(captured)


def test_configure_is_idempotent(captured: io.StringIO) -> None:
    buf2 = io.StringIO()
    handler = configure_logging("INFO", stream=buf2)
    try:
        log_event("x.y", n=1)
        assert captured.getvalue() == "" and len(lines(buf2)) == 1
        marked = [h for h in logging.getLogger().handlers if getattr(h, "_vagledning_handler", False)]
        assert marked == [handler]
    finally:
        logging.getLogger().removeHandler(handler)


def test_sanitize_fields_rules() -> None:
    assert "message" not in ALLOWED_FIELDS and "text" not in ALLOWED_FIELDS
    out = sanitize_fields({"kind": "x" * (MAX_STR + 1), "hits": 3, "ok": True, "nope": 1, "counts": {"a": 1}})
    assert out == {"kind": "[dropped]", "hits": 3, "ok": True, "counts": {"a": 1}, "dropped_fields": 1}


def test_filter_never_raises_and_uvicorn_config() -> None:
    rec = logging.LogRecord("x", logging.INFO, __file__, 1, object(), None, None)
    assert PrivacyFilter().filter(rec) is True
    cfg = uvicorn_log_config("info")
    assert cfg["loggers"]["uvicorn.access"]["propagate"] is True
    logging.config.dictConfig(cfg)
    assert logging.getLogger("uvicorn.access").handlers == []
