"""Problem responses (RFC 9457, application/problem+json) and the API's single exception handler.

Everything that goes wrong ends up as ``{type, title, status, detail, code}``. ``detail`` is
only ever a message we wrote ourselves (``VagledningError.user_message``, a validation
summary without input values, or a fixed sentence): exception text, user text and secrets
never reach the client or the log. Unknown exceptions become a detail-free 500 and are logged
by type only.
"""
from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from slowapi.errors import RateLimitExceeded
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vagledning.errors import VagledningError

log = logging.getLogger("api.errors")

PROBLEM_JSON = "application/problem+json"
INTERNAL_DETAIL = "Something went wrong on our side. Please try again later."


class BodyTooLarge(StarletteHTTPException):
    """Raised by the body-size middleware while the body is read (FastAPI re-raises HTTPExceptions)."""

    def __init__(self) -> None:
        super().__init__(status_code=413, detail="body_too_large")


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem(status: int, detail: str, code: str, *, headers: dict[str, str] | None = None,
            extra: dict[str, Any] | None = None) -> JSONResponse:
    """A problem+json response; ``detail`` must be a message safe to show."""
    body: dict[str, Any] = {
        "type": f"urn:vagledning:problem:{code}",
        "title": _title(status),
        "status": status,
        "detail": detail,
        "code": code,
    }
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def body_too_large_problem(limit: int) -> JSONResponse:
    """413 problem naming the limit (a number we configured, not user data)."""
    return problem(413, f"The request body is too large (limit {limit} bytes).", "body_too_large")


def _validation_detail(exc: RequestValidationError) -> tuple[str, list[dict[str, str]]]:
    # Only locations and pydantic's generic messages; never "input" or "ctx" (they hold user text).
    items: list[dict[str, str]] = []
    for err in exc.errors()[:10]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
        msg = str(err.get("msg", "invalid value"))
        if err.get("type") == "json_invalid":
            loc, msg = "body", "The body is not valid JSON."
        items.append({"loc": loc, "msg": msg, "type": str(err.get("type", "value_error"))})
    summary = "; ".join(f"{i['loc']}: {i['msg']}" for i in items) or "The request is not valid."
    return f"Invalid request: {summary}", items


def _retry_after(request: Request) -> int:
    """Seconds until the exhausted rate-limit window resets (at least 1)."""
    try:
        limit_item, keys = request.state.view_rate_limit
        reset_at, _remaining = request.app.state.limiter.limiter.get_window_stats(limit_item, *keys)
        return max(1, math.ceil(reset_at - time.time()))
    except Exception:  # noqa: BLE001 - the window is unknown: a conservative default
        return 60


async def problem_handler(request: Request, exc: Exception) -> Response:
    """The one handler: VagledningError, validation errors, HTTP errors (404/405/413/429) and the rest."""
    if isinstance(exc, VagledningError):
        if exc.status >= 500:
            log.warning("vagledning_error", extra={"code": exc.code, "status": exc.status})
        return problem(exc.status, exc.user_message, exc.code)
    if isinstance(exc, RequestValidationError):
        detail, items = _validation_detail(exc)
        return problem(422, detail, "validation_error", extra={"errors": items})
    if isinstance(exc, RateLimitExceeded):
        seconds = _retry_after(request)
        return problem(429, f"Too many requests. Please wait {seconds} seconds and try again.",
                       "rate_limited", headers={"Retry-After": str(seconds)})
    if isinstance(exc, BodyTooLarge):
        return body_too_large_problem(request.app.state.settings.max_body_bytes)
    if isinstance(exc, StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        detail = {404: "There is nothing at this address.",
                  405: "This method is not allowed here."}.get(exc.status_code, _title(exc.status_code) + ".")
        return problem(exc.status_code, detail, code, headers=getattr(exc, "headers", None))
    log.error("unhandled_error", extra={"error_type": type(exc).__name__})
    return problem(500, INTERNAL_DETAIL, "internal")


async def run_or_answer(app: ASGIApp, scope: Scope, receive: Receive, send: Send, *,
                        catch: type[Exception], answer: Callable[[Exception], Response],
                        app_receive: Receive | None = None) -> None:
    """Run ``app``; when it raises ``catch``, send ``answer(exc)`` instead if no response has started.

    Once the status line is out, a second response would corrupt the stream: the error then ends
    the connection as it is. ``app_receive`` is what the app reads from (a wrapper of ``receive``).
    """
    started = False

    async def send_wrapper(message: Message) -> None:
        nonlocal started
        if message["type"] == "http.response.start":
            started = True
        await send(message)

    try:
        await app(scope, app_receive or receive, send_wrapper)
    except catch as exc:
        response = answer(exc)
        if not started:
            await response(scope, receive, send)


class CatchAllMiddleware:
    """Pure ASGI: unknown exceptions become a 500 problem instead of a logged traceback.

    Starlette's ServerErrorMiddleware would re-raise and let the server log the exception
    text; this catches it first and logs the exception *type* only.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        def answer(exc: Exception) -> Response:
            log.error("unhandled_error", extra={"error_type": type(exc).__name__})
            if isinstance(exc, BodyTooLarge):
                return body_too_large_problem(scope["app"].state.settings.max_body_bytes)
            return problem(500, INTERNAL_DETAIL, "internal")

        # Every exception: that is the point of this middleware.
        await run_or_answer(self.app, scope, receive, send, catch=Exception, answer=answer)


def install_error_handling(app: FastAPI) -> None:
    """Register :func:`problem_handler` for every error class the app can meet."""
    for cls in (VagledningError, RequestValidationError, RateLimitExceeded, StarletteHTTPException, Exception):
        app.add_exception_handler(cls, problem_handler)
