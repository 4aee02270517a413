"""Overload at the HTTP edge: a bounded queue of chat turns per worker, 503 + Retry-After beyond it.

``api/routers/chat.py`` prepares at most ``TURN_SLOTS`` turns at once and the rest wait in
arrival order. Without a bound that wait grows with the load (closed-loop benchmark: p95 12.9 s,
single turns over 20 s), and a person looking at a spinner for 20 s is worse served than by an
immediate "busy, try again in N s". So a worker holds at most ``settings.max_queued_turns`` chat
turns (answering plus waiting); one more gets a ``503`` problem (code ``overloaded``) with a
``Retry-After`` estimated from the queue length and the recent turn time, before any work is done.
A turn counts from arrival until its response (the whole SSE stream) is finished.
"""
from __future__ import annotations

import logging
import math
import time

from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import problem

log = logging.getLogger("api.overload")

GUARDED_PATHS = ("/v1/chat",)
RETRY_AFTER_MAX_S = 30


class OverloadMiddleware:
    """Counts chat turns in this process; refuses the one past ``max_in_flight`` with 503."""

    def __init__(self, app: ASGIApp, max_in_flight: int) -> None:
        self.app = app
        self.max_in_flight = max(1, max_in_flight)
        self.in_flight = 0
        self.refused = 0
        self._mean_s = 0.3  # moving average of a turn's time in this worker, queueing included

    def retry_after(self) -> int:
        """Seconds until the queue has room, roughly: the recent time a turn spends here (waiting +
        answering). By Little's law a full queue drains in about that time."""
        return max(1, min(RETRY_AFTER_MAX_S, math.ceil(self._mean_s)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or scope.get("path") not in GUARDED_PATHS:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_in_flight:
            self.refused += 1
            seconds = self.retry_after()
            log.info("overloaded", extra={"in_flight": self.in_flight})
            response = problem(503, f"The service is busy. Please try again in {seconds} seconds.", "overloaded",
                               headers={"Retry-After": str(seconds)})
            await response(scope, receive, send)
            return
        # The event loop is single-threaded: no lock needed for the counter.
        self.in_flight += 1
        started = time.perf_counter()
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
            self._mean_s = 0.8 * self._mean_s + 0.2 * (time.perf_counter() - started)
