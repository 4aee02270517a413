"""FastAPI dependencies: the app's settings and its one AssistantService.

The service is built lazily, once per app, from ``assistant.engine.build_service(settings)``.
Tests (and anything else) swap it with ``app.dependency_overrides[get_service] = lambda: fake``.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from fastapi import Request

from assistant.engine import build_service
from assistant.service import AssistantService
from vagledning.errors import VagledningError
from vagledning.settings import Settings

log = logging.getLogger("api.deps")


class ServiceHolder:
    """Builds the service on first use (thread-safe); a failed build is retried on the next request."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._service: Any = None
        self._lock = threading.Lock()

    @property
    def built(self) -> bool:
        """True once the service exists."""
        return self._service is not None

    def get(self) -> AssistantService:
        """The service, building it if needed."""
        if self._service is not None:
            return self._service
        with self._lock:
            if self._service is None:
                self._service = self._build()
        return self._service

    def _build(self) -> AssistantService:
        try:
            return build_service(self._settings)
        except VagledningError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported as a safe 503, logged by type
            log.error("service_build_failed", extra={"error_type": type(exc).__name__})
            raise VagledningError("The assistant could not start. Please try again later.", status=503,
                                  code="service_unavailable") from None


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings


def get_service(request: Request) -> AssistantService:
    """The app's AssistantService (sync dependency: a slow first build runs in the threadpool)."""
    return request.app.state.service_holder.get()


# ------------------------------------------------------------------ CV upload (POST /v1/profile/from-cv)

CV_LANGUAGES = ("sv-easy", "sv", "en", "ar", "so", "ti", "fa", "uk")


@dataclass(frozen=True)
class CVUpload:
    """An uploaded CV, in memory only, and the language to answer in."""

    data: bytes
    language: str | None


def _cv_language(request: Request, form_value: str | None) -> str | None:
    """The person's language: the form field or ``?language=``, else the first of ours in Accept-Language."""
    for value in (form_value, request.query_params.get("language")):
        if value and value.strip() in CV_LANGUAGES:
            return value.strip()
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()
        for lang in CV_LANGUAGES:
            if tag == lang or tag.split("-")[0] == lang:
                return lang
    return None


async def cv_upload(request: Request) -> CVUpload:
    """The CV of a multipart upload (field ``file``, optional ``language``) or of a raw body
    (``Content-Type: application/pdf`` …).

    Parsed here, in memory: Starlette's form parser would spool files over 1 MB to a temporary
    file, and a CV must never touch the disk. The body size is bounded by the body-size middleware.
    """
    from python_multipart.multipart import MultipartParser, parse_options_header

    ctype, params = parse_options_header(request.headers.get("content-type", ""))
    body = await request.body()
    if ctype != b"multipart/form-data":
        return CVUpload(data=body, language=_cv_language(request, None))
    boundary = params.get(b"boundary")
    if not boundary:
        raise VagledningError("The upload is not valid multipart/form-data (no boundary).", status=422, code="bad_input")
    parts: dict[str, bytearray] = {}
    state: dict[str, Any] = {"header": b"", "value": b"", "headers": {}, "name": None}

    def on_header_field(data: bytes, start: int, end: int) -> None:
        state["header"] += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        state["value"] += data[start:end]

    def on_header_end() -> None:
        state["headers"][bytes(state["header"]).lower()] = bytes(state["value"])
        state["header"], state["value"] = b"", b""

    def on_headers_finished() -> None:
        _, disp = parse_options_header(state["headers"].get(b"content-disposition", b""))
        state["name"] = (disp.get(b"name") or b"").decode("utf-8", "replace")
        parts.setdefault(state["name"], bytearray())
        state["headers"] = {}

    def on_part_data(data: bytes, start: int, end: int) -> None:
        if state["name"] is not None:
            parts[state["name"]] += data[start:end]

    parser = MultipartParser(boundary, callbacks={
        "on_header_field": on_header_field, "on_header_value": on_header_value, "on_header_end": on_header_end,
        "on_headers_finished": on_headers_finished, "on_part_data": on_part_data})
    try:
        parser.write(body)
        parser.finalize()
    except Exception:  # noqa: BLE001 - any parser failure is the client's malformed body
        raise VagledningError("The upload is not valid multipart/form-data.", status=422, code="bad_input") from None
    language = bytes(parts.get("language", b"")).decode("utf-8", "replace").strip() or None
    if "file" not in parts:
        raise VagledningError("Send the CV in the form field \"file\".", status=422, code="cv_missing_file")
    return CVUpload(data=bytes(parts["file"]), language=_cv_language(request, language))
