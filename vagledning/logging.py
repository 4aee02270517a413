"""Structured, privacy-safe logging: JSON lines with event types, counts and timings only.

Usage::

    from vagledning.logging import configure_logging, log_event, timed

    configure_logging("INFO")                       # once, at process start (CLI / API startup)
    log_event("chat.turn", turn=3, hits=8, duration_ms=412.5, counts={"telefon": 1})
    with timed("retrieval.search", kind="occupation"):
        ...                                         # logs duration_ms when the block ends

Each record is one JSON object per line, e.g.::

    {"ts": "2025-01-01T12:00:00.123Z", "level": "INFO", "logger": "vagledning.events",
     "event": "chat.turn", "turn": 3, "hits": 8, "duration_ms": 412.5, "counts": {"telefon": 1}}

What protects user text (the :class:`PrivacyFilter`, installed on the handler so it sees
records from *every* logger, including propagated ones):

* **Allow-list of field names** (:data:`ALLOWED_FIELDS`). Fields of :func:`log_event` that are
  not listed are dropped; how many were dropped is logged as ``dropped_fields``. Add a
  name here only if its values can never hold user text.
* **Short strings only.** String values longer than :data:`MAX_STR` (48 characters) are
  replaced by ``"[dropped]"``: identifiers, kinds and codes are short; sentences are not.
  Short strings in which :func:`vagledning.domain.redaction.is_clean` finds an identifier are dropped too.
* **Only scalars.** Values may be numbers, booleans, ``None``, short strings, lists of those
  (max 20), or one level of ``{"name": number}`` (``counts``). Anything else is dropped.
* **Event names** must look like ``area.what_happened`` (``[a-z][a-z0-9_.]*``, max 64).
* **Foreign records** (libraries' ``logger.info("...%s", value)``): the arguments are never
  formatted in; only the message template is kept, run through
  :func:`vagledning.domain.redaction.redact` and cut to 120 characters.
* **Exceptions**: only the exception class names and ``file:line`` frames are logged, never
  ``str(exc)`` (validation errors echo their input).
* **uvicorn access log**: logged as ``event="http.access"`` with method, path *without the
  query string* (cut to 64 characters), and status; the client address is not logged.
  :func:`uvicorn_log_config` returns a ``log_config`` for ``uvicorn.run`` that routes
  uvicorn's loggers through this setup.
* ``httpx``/``httpcore``/``openai`` loggers are raised to WARNING: at INFO they log full
  request URLs including query strings (search terms).
"""
from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import IO, Any

EVENT_LOGGER = "vagledning.events"
MAX_STR = 48
MAX_TEMPLATE = 120
MAX_PATH = 64
MAX_LIST = 20

#: Field names log_event may carry. Values are still checked (type and length).
ALLOWED_FIELDS: frozenset[str] = frozenset(
    {
        # sizes, counts, timings
        "count", "counts", "n", "hits", "top_k", "turn", "turns", "chars", "bytes", "tokens_in",
        "tokens_out", "tokens", "chunks", "attempt", "attempts", "retries", "batch", "batch_size",
        "duration_ms", "latency_ms", "elapsed_ms", "ttft_ms", "dropped", "redactions", "total",
        "skipped", "malformed", "written", "updated", "deleted", "tool_calls", "items",
        # short identifiers and categories (never free text)
        "kind", "kinds", "source", "status", "status_code", "code", "error_type",
        "method", "path", "route", "model", "language", "style", "tool", "stage", "outcome",
        "collection", "embedder", "request_id", "session_id", "version", "reason", "cached",
        "streaming", "llm", "fallback", "ok",
    }
)

_EVENT_RE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")
_KEY_RE = re.compile(r"^[\w\-.]{1,48}$")
_RESERVED = {"ts", "level", "logger", "event"}
_DROPPED = "[dropped]"


def _is_clean(value: str) -> bool:
    # Second line of defence for short allowed strings (a phone number is short).
    # Lazy import: vagledning must stay importable without the assistant package loaded.
    from vagledning.domain.redaction import is_clean

    return is_clean(value)


def _clean_value(value: Any) -> tuple[bool, Any]:
    """(keep, cleaned) for one field value."""
    if value is None or isinstance(value, bool | int | float):
        return True, value
    if isinstance(value, str):
        return True, value if len(value) <= MAX_STR and _is_clean(value) else _DROPPED
    if isinstance(value, list | tuple | set | frozenset):
        items = []
        for v in list(value)[:MAX_LIST]:
            ok, c = _clean_value(v) if not isinstance(v, Mapping | list | tuple | set) else (False, None)
            if ok:
                items.append(c)
        return True, items
    if isinstance(value, Mapping):
        out = {}
        for k, v in list(value.items())[:MAX_LIST]:
            if isinstance(k, str) and _KEY_RE.match(k) and (v is None or isinstance(v, bool | int | float)):
                out[k] = v
        return True, out
    return False, None


def sanitize_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Apply the allow-list and value rules to a field mapping (used by :class:`PrivacyFilter`)."""
    out: dict[str, Any] = {}
    dropped = 0
    for name, value in fields.items():
        if name not in ALLOWED_FIELDS:
            dropped += 1
            continue
        keep, clean = _clean_value(value)
        if keep:
            out[name] = clean
        else:
            dropped += 1
    if dropped:
        out["dropped_fields"] = dropped
    return out


def _strip_query(path: Any) -> str:
    p = str(path)
    for sep in ("?", "#"):
        p = p.split(sep, 1)[0]
    return p[:MAX_PATH]


class PrivacyFilter(logging.Filter):
    """Rewrites every record so only allow-listed, short, scalar data can reach a handler.

    After filtering, each record has ``record.event`` (str) and ``record.fields`` (dict of
    safe values); ``msg``/``args`` are replaced so no formatter can interpolate user data.
    Never drops a record (returns True) and never raises.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            self._rewrite(record)
        except Exception:  # noqa: BLE001 - logging must never fail the caller
            record.event, record.fields = "log.unloggable", {}
            record.msg, record.args, record.exc_info, record.exc_text = "log.unloggable", (), None, None
        return True

    def _rewrite(self, record: logging.LogRecord) -> None:
        if getattr(record, "_vag_clean", False):
            return
        fields: dict[str, Any]
        vag_fields = getattr(record, "vag_fields", None)
        if record.name == "uvicorn.access" and isinstance(record.args, tuple) and len(record.args) >= 5:
            _client, method, path, _version, status = record.args[:5]
            event = "http.access"
            fields = sanitize_fields({"method": str(method)[:10], "status": status})
            # The path may exceed MAX_STR; its query string is removed and it is cut to MAX_PATH.
            fields["path"] = _strip_query(path)
        elif isinstance(vag_fields, Mapping):
            raw_event = str(record.msg)
            event = raw_event if _EVENT_RE.match(raw_event) else "invalid_event"
            fields = sanitize_fields(vag_fields)
        else:
            from vagledning.domain.redaction import redact  # lazy: keep logging importable on its own

            event = "log"
            template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
            fields = {"template": redact(template).text[:MAX_TEMPLATE]}
        if record.exc_info and record.exc_info[1] is not None:
            exc: BaseException | None = record.exc_info[1]
            chain: list[str] = []
            seen: set[int] = set()
            while exc is not None and id(exc) not in seen and len(chain) < 5:
                seen.add(id(exc))
                chain.append(type(exc).__name__)
                exc = exc.__cause__ or exc.__context__
            tb = traceback.extract_tb(record.exc_info[2])[-8:] if record.exc_info[2] else []
            fields["exc_types"] = chain
            fields["exc_frames"] = [f"{_short_file(f.filename)}:{f.lineno}" for f in tb]
        record.event = event
        record.fields = fields
        record.msg, record.args = event, ()
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        record._vag_clean = True


def _short_file(path: str) -> str:
    parts = path.replace("\\", "/").split("/")
    return "/".join(parts[-2:])


class JsonFormatter(logging.Formatter):
    """One JSON object per line from records rewritten by :class:`PrivacyFilter`."""

    def format(self, record: logging.LogRecord) -> str:
        ts = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        payload: dict[str, Any] = {
            "ts": ts,
            "level": record.levelname,
            "logger": record.name,
            "event": getattr(record, "event", "log"),
        }
        for k, v in getattr(record, "fields", {}).items():
            if k not in _RESERVED:
                payload[k] = v
        return json.dumps(payload, ensure_ascii=False, default=lambda _o: _DROPPED)


_HANDLER_MARK = "_vagledning_handler"
_NOISY = ("httpx", "httpcore", "openai", "urllib3", "chromadb", "hpack")


def configure_logging(level: str | int = "INFO", *, stream: IO[str] | None = None) -> logging.Handler:
    """Install the JSON handler (with :class:`PrivacyFilter`) on the root logger; idempotent.

    Replaces any handler this function installed earlier; uvicorn's loggers are emptied and
    propagate to root so they go through the same filter. ``stream`` defaults to stderr.
    Returns the handler (tests attach to its stream).
    """
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, _HANDLER_MARK, False):
            root.removeHandler(h)
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    setattr(handler, _HANDLER_MARK, True)
    handler.addFilter(PrivacyFilter())
    handler.setFormatter(JsonFormatter())
    root.addHandler(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        lg = logging.getLogger(name)
        lg.handlers.clear()
        lg.propagate = True
        lg.disabled = False
        lg.setLevel(logging.NOTSET)  # a server's log_level (applied later by uvicorn) may raise it again
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


def uvicorn_log_config(level: str = "INFO") -> dict[str, Any]:
    """A ``log_config`` for ``uvicorn.run`` that sends uvicorn's records to our root handler.

    uvicorn then emits access records with args ``(client, method, path, version, status)``;
    :class:`PrivacyFilter` turns them into ``http.access`` events without query or client.
    Call :func:`configure_logging` too (uvicorn applies this dict before serving).
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "loggers": {
            "uvicorn": {"level": level.upper(), "handlers": [], "propagate": True},
            "uvicorn.error": {"level": level.upper(), "handlers": [], "propagate": True},
            "uvicorn.access": {"level": level.upper(), "handlers": [], "propagate": True},
        },
    }


def log_event(event: str, **fields: Any) -> None:
    """Log one structured event. Only allow-listed fields with short scalar values survive."""
    try:
        logging.getLogger(EVENT_LOGGER).info(event, extra={"vag_fields": fields})
    except Exception:  # noqa: BLE001 - logging must never fail the caller
        pass


@contextmanager
def timed(event: str, **fields: Any) -> Iterator[dict[str, Any]]:
    """Log ``event`` with ``duration_ms`` when the block ends (``outcome`` = ok/error).

    Yields a dict the block may add fields to (e.g. ``f["hits"] = 8``).
    """
    extra: dict[str, Any] = dict(fields)
    start = time.perf_counter()
    try:
        yield extra
    except BaseException as exc:
        extra.setdefault("outcome", "error")
        extra.setdefault("error_type", type(exc).__name__)
        raise
    else:
        extra.setdefault("outcome", "ok")
    finally:
        extra["duration_ms"] = round((time.perf_counter() - start) * 1000, 2)
        log_event(event, **extra)
