"""What the scripted LLM server (tests/llm_server.py) can be told to do, and its helpers.

Behaviours are queued with ``llm.script(...)``; each chat (or embeddings) request pops the next.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# --------------------------------------------------------------------------- behaviours


@dataclass
class Reply:
    """Answer with ``text``; streamed in ``chunks`` pieces with ``delay_s`` between them."""

    text: str = "OK"
    chunks: int = 3
    delay_s: float = 0.0
    finish_reason: str = "stop"


@dataclass
class ToolCall:
    """One function call; ``arguments`` is a dict (JSON-encoded) or a raw string."""

    name: str
    arguments: dict[str, Any] | str = field(default_factory=dict)
    id: str | None = None


@dataclass
class ToolCalls:
    """Answer with tool calls (OpenAI format); arguments are streamed in ``chunks`` pieces."""

    calls: list[ToolCall]
    content: str | None = None
    chunks: int = 3
    delay_s: float = 0.0


@dataclass
class HttpError:
    """Respond with an HTTP error (500, 429 with ``Retry-After``, ...)."""

    status: int = 500
    message: str = "scripted error"
    retry_after: float | None = None


@dataclass(kw_only=True)
class _Failing:
    """What a stream that fails sends first: ``text`` in ``chunks`` pieces (keyword-only, after
    each behaviour's own fields)."""

    text: str = "This stream never ends well"
    chunks: int = 4


@dataclass
class Hang(_Failing):
    """Sleep ``seconds`` before responding (``after_chunks``: mid-stream, after k chunks)."""

    seconds: float = 30.0
    after_chunks: int | None = None


@dataclass
class BreakStream(_Failing):
    """Stream ``after`` chunks of ``text`` then close the socket without ending the stream."""

    after: int = 2


@dataclass
class MalformedChunk(_Failing):
    """Stream ``after`` good chunks, then a line that is not JSON (``raw``)."""

    after: int = 1
    raw: str = "data: {this is not json\n\n"


Behaviour = Reply | ToolCalls | HttpError | Hang | BreakStream | MalformedChunk


@dataclass
class RecordedRequest:
    """A request as received."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any  # parsed JSON (None if absent or not JSON)
    raw: bytes


# --------------------------------------------------------------------------- helpers


def split_text(text: str, n: int) -> list[str]:
    """Split ``text`` into ``n`` (>= 1) consecutive pieces, none empty unless text is."""
    n = max(1, min(n, len(text))) if text else 1
    size = math.ceil(len(text) / n) if text else 0
    return [text[i : i + size] for i in range(0, len(text), size)] if text else [""]


def fake_embedding(text: str, dims: int = 64) -> list[float]:
    """Deterministic L2-normalised bag-of-words hashing vector (shared words → similar)."""
    vec = [0.0] * dims
    for tok in re.findall(r"\w+", text.lower()):
        h = hashlib.sha256(tok.encode("utf-8")).digest()
        idx = int.from_bytes(h[:4], "little") % dims
        vec[idx] += 1.0 if h[4] & 1 else -1.0
    norm = math.sqrt(sum(v * v for v in vec))
    if norm == 0:
        vec[0] = 1.0
        return vec
    return [v / norm for v in vec]


def strings_in(obj: Any) -> Iterator[str]:
    """Every string (and dict key) inside a JSON value."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from strings_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_in(v)


def tool_arguments(c: ToolCall) -> str:
    """A tool call's arguments as the JSON text the API sends."""
    return c.arguments if isinstance(c.arguments, str) else json.dumps(c.arguments, ensure_ascii=False)
