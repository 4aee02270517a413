"""Server-Sent Events framing for the chat stream: ``event: X\\ndata: <json>\\n\\n``."""
from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from assistant.contract import ChatEvent
from vagledning.errors import VagledningError

log = logging.getLogger("api.sse")

ERROR_MESSAGE = "Something went wrong while answering. Please try again."
TERMINAL = {"done", "error"}


def frame(event: str, data: dict[str, Any]) -> bytes:
    """One SSE frame; the JSON is on one line, so one ``data:`` line is enough."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return f"event: {event}\ndata: {payload}\n\n".encode()


def _as_pair(ev: ChatEvent | dict[str, Any]) -> tuple[str, dict[str, Any]]:
    if isinstance(ev, ChatEvent):
        return ev.event, ev.model_dump(mode="json")["data"]
    return str(ev["event"]), dict(ev.get("data") or {})


async def close_quietly(events: Any) -> None:
    """Close an async event iterator if it can be closed; closing is best effort."""
    aclose = getattr(events, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass


async def sse_frames(first: ChatEvent | None, rest: AsyncIterator[ChatEvent]) -> AsyncIterator[bytes]:
    """Frames of one turn. Errors mid-stream become an ``error`` event with a safe message;
    a stream that ends without ``done``/``error`` gets a closing ``done`` so clients can stop."""
    last = None
    events = 0
    try:
        if first is not None:
            last, data = _as_pair(first)
            events += 1
            yield frame(last, data)
        if last not in TERMINAL:
            async for ev in rest:
                last, data = _as_pair(ev)
                events += 1
                yield frame(last, data)
                if last in TERMINAL:
                    break
    except VagledningError as exc:
        log.warning("chat_stream_error", extra={"code": exc.code, "events": events})
        last = "error"
        yield frame("error", {"code": exc.code, "message": exc.user_message})
    except Exception as exc:  # noqa: BLE001 - logged by type, shown as a fixed message
        log.error("chat_stream_failed", extra={"error_type": type(exc).__name__, "events": events})
        last = "error"
        yield frame("error", {"code": "internal", "message": ERROR_MESSAGE})
    finally:
        await close_quietly(rest)
    if last not in TERMINAL:
        log.warning("chat_stream_missing_done", extra={"events": events})
        yield frame("done", {})
