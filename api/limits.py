"""Request limits at the HTTP edge: body size (pure ASGI middleware) and per-client rate limit (slowapi).

Text sizes and conversation length are checked by :mod:`vagledning.domain.limits` (shared with the engine)."""
from __future__ import annotations

import logging
import math
import time

from fastapi import FastAPI
from limits import parse_many
from slowapi import Limiter
from slowapi.util import get_remote_address
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import BodyTooLarge, body_too_large_problem, problem, run_or_answer

RATE_LIMITED_PREFIX = "/v1/"
log = logging.getLogger("api.limits")


class BodySizeLimitMiddleware:
    """Rejects bodies over ``max_bytes`` with 413: from Content-Length up front, and while reading.

    The streaming check covers chunked uploads and lying Content-Length headers. It raises
    :class:`BodyTooLarge` (an HTTPException, which FastAPI re-raises from body parsing) and, if
    nothing has been sent yet when it comes back here, answers 413 itself.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, path_limits: dict[str, int] | None = None) -> None:
        self.app = app
        self.default_max_bytes = max_bytes
        self.path_limits = path_limits or {}  # exact paths with their own limit (the CV upload)

    @property
    def max_bytes(self) -> int:
        """The limit of every path without its own."""
        return self.default_max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self.path_limits.get(scope.get("path", ""), self.default_max_bytes)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    await body_too_large_problem(max_bytes)(scope, receive, send)
                    return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > max_bytes:
                    raise BodyTooLarge()
            return message

        await run_or_answer(self.app, scope, receive, send, catch=BodyTooLarge,
                            answer=lambda _exc: body_too_large_problem(max_bytes), app_receive=limited_receive)


class RateLimitMiddleware:
    """Pure ASGI, per client address, on every /v1/ path (pages and probes are not limited).

    Uses slowapi's Limiter for the key function, storage and moving-window strategy. slowapi's
    own middleware cannot see FastAPI's nested included routers (FastAPI >= 0.16x), which would
    silently exempt every route, so the check is done here. 429s are problem+json with Retry-After.
    """

    def __init__(self, app: ASGIApp, limiter: Limiter, rate_limit: str) -> None:
        self.app = app
        self.limiter = limiter
        self.items = parse_many(rate_limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(RATE_LIMITED_PREFIX) \
                or scope.get("method") == "OPTIONS":
            await self.app(scope, receive, send)
            return
        key = get_remote_address(Request(scope))
        strategy = self.limiter.limiter
        for item in self.items:
            if not strategy.hit(item, key, RATE_LIMITED_PREFIX):
                reset_at, _remaining = strategy.get_window_stats(item, key, RATE_LIMITED_PREFIX)
                seconds = max(1, math.ceil(reset_at - time.time()))
                log.info("rate_limited", extra={"limit": str(item)})
                response = problem(429, f"Too many requests. Please wait {seconds} seconds and try again.",
                                   "rate_limited", headers={"Retry-After": str(seconds)})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def install_rate_limit(app: FastAPI, rate_limit: str) -> Limiter:
    """Add the per-client limit (settings.rate_limit, limits syntax) to every /v1/ route."""
    limiter = Limiter(key_func=get_remote_address, storage_uri="memory://", headers_enabled=False)
    app.state.limiter = limiter
    app.add_middleware(RateLimitMiddleware, limiter=limiter, rate_limit=rate_limit)
    return limiter
