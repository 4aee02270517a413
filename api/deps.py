"""FastAPI dependencies: the app's settings and its one AssistantService.

The service is built lazily, once per app, from ``assistant.engine.build_service(settings)``.
Tests (and anything else) swap it with ``app.dependency_overrides[get_service] = lambda: fake``.
"""
from __future__ import annotations

import logging
import threading
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
