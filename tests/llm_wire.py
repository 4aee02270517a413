"""The OpenAI wire format the scripted server (tests/llm_server.py) answers in: error bodies,
embeddings, chat completions and the ``chat.completion.chunk`` events of a stream.

Pure functions from a scripted behaviour to JSON payloads; the server owns the HTTP side (status,
chunked framing, sleeping, breaking the connection).
"""
from __future__ import annotations

import base64
import struct
import time
import uuid
from typing import Any, NamedTuple

from tests.llm_script import (
    Behaviour,
    HttpError,
    Reply,
    ToolCall,
    ToolCalls,
    fake_embedding,
    split_text,
    tool_arguments,
)


def error(b: HttpError) -> tuple[dict[str, Any], dict[str, str] | None]:
    """The error body and headers (``Retry-After`` when scripted) of an :class:`HttpError`."""
    headers = {"Retry-After": f"{b.retry_after:g}"} if b.retry_after is not None else None
    kind = "rate_limit_exceeded" if b.status == 429 else "server_error"
    return {"error": {"message": b.message, "type": kind, "code": kind, "param": None}}, headers


def not_found(message: str = "not found") -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error"}}


def models(names: list[str]) -> dict[str, Any]:
    return {"object": "list", "data": [{"id": m, "object": "model", "created": 0, "owned_by": "tests"} for m in names]}


def _texts(inp: Any) -> list[str]:
    # ``input`` may be a string, a token list, a list of strings or a list of token lists.
    if isinstance(inp, str):
        return [inp]
    if isinstance(inp, list) and inp and all(isinstance(x, int) for x in inp):
        return [" ".join(map(str, inp))]
    if isinstance(inp, list):
        return [x if isinstance(x, str) else " ".join(map(str, x)) for x in inp]
    return [str(inp)]


def embeddings(body: dict[str, Any], default_dims: int) -> dict[str, Any]:
    """The ``/v1/embeddings`` answer: one hashing vector per input (``float`` or ``base64``)."""
    texts = _texts(body.get("input", ""))
    dims = int(body.get("dimensions") or default_dims)
    data = []
    for i, t in enumerate(texts):
        vec = fake_embedding(t, dims)
        emb: Any = vec
        if body.get("encoding_format") == "base64":
            emb = base64.b64encode(struct.pack(f"<{len(vec)}f", *vec)).decode()
        data.append({"object": "embedding", "index": i, "embedding": emb})
    n = sum(len(t.split()) for t in texts)
    return {"object": "list", "data": data, "model": body.get("model", "embed"),
            "usage": {"prompt_tokens": n, "total_tokens": n}}


def _usage(prompt_tokens: int, completion: int) -> dict[str, int]:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion, "total_tokens": prompt_tokens + completion}


def _call_id(i: int, c: ToolCall) -> str:
    return c.id or f"call_{i}_{uuid.uuid4().hex[:8]}"


def completion(b: Reply | ToolCalls, model: str, prompt_tokens: int) -> dict[str, Any]:
    """A non-streamed ``chat.completion``: the reply's text, or its tool calls."""
    message: dict[str, Any] = {"role": "assistant", "refusal": None}
    if isinstance(b, ToolCalls):
        message["content"] = b.content
        message["tool_calls"] = [{"id": _call_id(i, c), "type": "function",
                                  "function": {"name": c.name, "arguments": tool_arguments(c)}}
                                 for i, c in enumerate(b.calls)]
        finish, done = "tool_calls", sum(len(tool_arguments(c)) for c in b.calls) // 4 + 1
    else:
        message["content"] = b.text
        finish, done = b.finish_reason, len(b.text.split())
    return {"id": f"chatcmpl-{uuid.uuid4().hex[:12]}", "object": "chat.completion", "created": int(time.time()),
            "model": model, "system_fingerprint": None,
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
            "usage": _usage(prompt_tokens, done)}


class Stream(NamedTuple):
    """A stream's events (the role chunk first, then the content chunks, then the finish chunk),
    the delay between content chunks, and the usage chunk sent after them when asked for."""

    events: list[dict[str, Any]]
    delay: float
    usage: dict[str, Any] | None


def stream(b: Behaviour, model: str, prompt_tokens: int, include_usage: bool) -> Stream:
    """The events of a streamed answer to ``b`` (a failing behaviour streams its ``text``)."""
    cid, created = f"chatcmpl-{uuid.uuid4().hex[:12]}", int(time.time())

    def chunk(delta: dict[str, Any] | None, finish: str | None = None, **extra: Any) -> dict[str, Any]:
        choices = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
        return {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "system_fingerprint": None, "choices": choices, **extra}

    if isinstance(b, ToolCalls):
        events = [chunk({"role": "assistant", "content": b.content})]
        for i, c in enumerate(b.calls):
            events.append(chunk({"tool_calls": [{"index": i, "id": _call_id(i, c), "type": "function",
                                                 "function": {"name": c.name, "arguments": ""}}]}))
            events += [chunk({"tool_calls": [{"index": i, "function": {"arguments": p}}]})
                       for p in split_text(tool_arguments(c), b.chunks)]
        events.append(chunk({}, "tool_calls"))
        delay, text = b.delay_s, "".join(tool_arguments(c) for c in b.calls)
    else:
        assert not isinstance(b, HttpError)
        text = b.text
        events = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": p}) for p in split_text(text, b.chunks)]
        events.append(chunk({}, b.finish_reason if isinstance(b, Reply) else "stop"))
        delay = b.delay_s if isinstance(b, Reply) else 0.0
    usage = chunk(None, usage=_usage(prompt_tokens, max(1, len(text.split())))) if include_usage else None
    return Stream(events, delay, usage)
