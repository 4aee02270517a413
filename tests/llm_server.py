"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests (stdlib only).

    with start_llm_server() as llm:
        llm.script(Reply("Hej [1]", chunks=3), HttpError(500))
        client = openai.OpenAI(base_url=llm.base_url, api_key="x", max_retries=0)
        ...
        assert "850101-1234" not in llm.received_text()

Endpoints: ``POST /v1/chat/completions`` (stream and non-stream; SSE chunks in the
``chat.completion.chunk`` format ending with ``data: [DONE]``; a usage chunk when the
request asks ``stream_options.include_usage``), ``POST /v1/embeddings`` (deterministic,
L2-normalised feature-hashing vectors; ``float`` or ``base64`` encoding), ``GET /v1/models``.

Each chat request pops the next behaviour from the chat queue (``llm.script(...)``);
an empty queue uses ``llm.default`` (``Reply("OK")``). Embeddings have their own queue
(``llm.script(..., endpoint="embeddings")``) that honours :class:`HttpError` and :class:`Hang`.
Every request is recorded (:attr:`ScriptedLLMServer.requests`) for privacy assertions.

Streams use ``Transfer-Encoding: chunked``, so :class:`BreakStream` (socket closed without
the terminating chunk) is a protocol error the client sees, not a clean end of stream.
"""
from __future__ import annotations

import json
import socket
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests import llm_wire as wire
from tests.llm_script import (
    Behaviour,
    BreakStream,
    Hang,
    HttpError,
    MalformedChunk,
    RecordedRequest,
    Reply,
    ToolCall,
    ToolCalls,
    fake_embedding,
    split_text,
    strings_in,
)

# The behaviours are part of this module's interface: tests import them from here with the server.
__all__ = ["BreakStream", "Hang", "HttpError", "MalformedChunk", "RecordedRequest", "Reply", "ScriptedLLMServer",
           "ToolCall", "ToolCalls", "fake_embedding", "split_text", "start_llm_server"]


class _ClientGone(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    # --- plumbing
    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _record(self, raw: bytes) -> Any:
        try:
            body = json.loads(raw) if raw else None
        except (ValueError, UnicodeDecodeError):
            body = None
        owner = self.server.owner
        with owner._lock:
            owner.requests.append(
                RecordedRequest(self.command, self.path, {k: v for k, v in self.headers.items()}, body, raw)
            )
        return body

    def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Connection", "close")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.close_connection = True

    def _error(self, b: HttpError) -> None:
        self._json(b.status, *wire.error(b))

    def _sleep(self, seconds: float) -> None:
        # Interruptible, so shutting the server down never waits for a hang to finish.
        self.server.owner._stop.wait(seconds)

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True

    def _send_chunk(self, data: bytes) -> None:
        try:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()
        except OSError as exc:
            raise _ClientGone from exc

    def _event(self, payload: Any) -> None:
        self._send_chunk(f"data: {json.dumps(payload)}\n\n".encode())

    def _end_stream(self) -> None:
        self._send_chunk(b"data: [DONE]\n\n")
        try:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except OSError:
            pass

    def _abort(self) -> None:
        # Close the TCP connection without the terminating zero-length chunk.
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.close_connection = True

    # --- routes
    def do_GET(self) -> None:
        self._record(b"")
        if self.path.rstrip("/") in ("/v1/models", "/models"):
            self._json(200, wire.models(self.server.owner.models))
        else:
            self._json(404, wire.not_found())

    def do_POST(self) -> None:
        raw = self._read_body()
        body = self._record(raw)
        path = self.path.split("?", 1)[0].rstrip("/")
        try:
            if not isinstance(body, dict):
                self._json(400, wire.not_found("body must be a JSON object"))
            elif path in ("/v1/chat/completions", "/chat/completions"):
                self._chat(body)
            elif path in ("/v1/embeddings", "/embeddings"):
                self._embeddings(body)
            else:
                self._json(404, wire.not_found())
        except _ClientGone:
            self.close_connection = True

    def _embeddings(self, body: dict[str, Any]) -> None:
        owner = self.server.owner
        b = owner._next("embeddings")
        if isinstance(b, HttpError):
            return self._error(b)
        if isinstance(b, Hang):
            self._sleep(b.seconds)
        self._json(200, wire.embeddings(body, owner.embedding_dims))

    def _chat(self, body: dict[str, Any]) -> None:
        b = self.server.owner._next("chat")
        model = str(body.get("model", "m"))
        if isinstance(b, HttpError):
            return self._error(b)
        if isinstance(b, Hang) and b.after_chunks is None:
            self._sleep(b.seconds)
            b = Reply(b.text, b.chunks)
        prompt_tokens = sum(len(s.split()) for s in strings_in(body.get("messages", [])))
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            return self._stream(wire.stream(b, model, prompt_tokens, include_usage), b)
        return self._complete(b, model, prompt_tokens)

    def _complete(self, b: Behaviour, model: str, prompt_tokens: int) -> None:
        if isinstance(b, BreakStream | MalformedChunk | Hang):
            # Non-streaming equivalents: a truncated or invalid body.
            if isinstance(b, Hang):
                self._sleep(b.seconds)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b'{"id": "chatcmpl-broken", "choi')
            return self._abort()
        assert isinstance(b, Reply | ToolCalls)
        if isinstance(b, Reply) and b.delay_s:
            self._sleep(b.delay_s)
        self._json(200, wire.completion(b, model, prompt_tokens))

    def _stream(self, plan: wire.Stream, b: Behaviour) -> None:
        self._start_stream()
        # Content chunks are numbered from 1 (the role chunk is 0) for after/after_chunks.
        for k, ev in enumerate(plan.events):
            if isinstance(b, BreakStream) and k == b.after + 1:
                return self._abort()
            if isinstance(b, MalformedChunk) and k == b.after + 1:
                self._send_chunk(b.raw.encode())
            if isinstance(b, Hang) and k == (b.after_chunks or 0) + 1:
                self._sleep(b.seconds)
                return self._abort()
            if plan.delay and k > 0:
                self._sleep(plan.delay)
            self._event(ev)
        if plan.usage:
            self._event(plan.usage)
        self._end_stream()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: ScriptedLLMServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out and disconnect are expected


class ScriptedLLMServer:
    """The running server: script behaviours, read recorded requests, reset between tests."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, models: tuple[str, ...] = ("m",),
                 embedding_dims: int = 64) -> None:
        self.models = list(models)
        self.embedding_dims = embedding_dims
        self.default: Behaviour = Reply("OK")
        self.requests: list[RecordedRequest] = []
        self._queues: dict[str, deque[Behaviour]] = {"chat": deque(), "embeddings": deque()}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="scripted-llm", daemon=True)

    # --- lifecycle
    def start(self) -> ScriptedLLMServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # release any Hang
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def reset(self) -> None:
        """Clear queues and recordings, and release requests still hanging from a previous test."""
        with self._lock:
            for q in self._queues.values():
                q.clear()
            self.requests.clear()
            self.default = Reply("OK")
        self._stop.set()
        self._stop = threading.Event()

    # --- addresses
    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1`` (what OpenAI clients take as ``base_url``)."""
        return f"http://127.0.0.1:{self.port}/v1"

    # --- scripting
    def script(self, *behaviours: Behaviour, endpoint: str = "chat") -> ScriptedLLMServer:
        """Append behaviours to the queue of ``endpoint`` ("chat" or "embeddings")."""
        with self._lock:
            self._queues[endpoint].extend(behaviours)
        return self

    def pending(self, endpoint: str = "chat") -> int:
        """Behaviours not consumed yet."""
        with self._lock:
            return len(self._queues[endpoint])

    def _next(self, endpoint: str) -> Behaviour:
        with self._lock:
            q = self._queues[endpoint]
            return q.popleft() if q else (self.default if endpoint == "chat" else Reply())

    # --- recordings
    def bodies(self, path_contains: str = "") -> list[Any]:
        """Parsed JSON bodies of recorded requests (optionally only paths containing a string)."""
        with self._lock:
            return [r.body for r in self.requests if path_contains in r.path]

    def chat_calls(self) -> list[dict[str, Any]]:
        """The JSON bodies of the chat-completion requests received (one per model call)."""
        return [b for b in self.bodies("/chat/completions") if isinstance(b, dict)]

    def received_text(self) -> str:
        """Every string in every recorded body plus the raw bodies, newline-joined.

        Use for privacy assertions: ``assert "850101-1234" not in llm.received_text()``
        (JSON escapes like ``\\u00e5`` are decoded because parsed strings are included).
        """
        with self._lock:
            reqs = list(self.requests)
        parts: list[str] = []
        for r in reqs:
            parts.append(r.raw.decode("utf-8", "replace"))
            parts.extend(strings_in(r.body))
            parts.append(r.path)
        return "\n".join(parts)


@contextmanager
def start_llm_server(**kwargs: Any) -> Iterator[ScriptedLLMServer]:
    """Run a :class:`ScriptedLLMServer` on 127.0.0.1 (random port) for the ``with`` block."""
    server = ScriptedLLMServer(**kwargs).start()
    try:
        yield server
    finally:
        server.stop()
