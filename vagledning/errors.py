"""Base error of the project; each package's errors.py subclasses it.

``user_message`` is safe to show (never contains user text or secrets); ``status`` is the
HTTP status the API's single exception handler maps it to. A subclass states both in its class
line, ``class StoreEmpty(VagledningError, status=503, code="store_empty")``, so that a new error
is one line plus the docstring that says when it is raised.
"""
from __future__ import annotations

from typing import Any


class VagledningError(Exception):
    """Base class for all errors we raise on purpose."""

    status: int = 500
    code: str = "internal"

    def __init_subclass__(cls, *, status: int | None = None, code: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if status is not None:
            cls.status = status
        if code is not None:
            cls.code = code

    def __init__(self, user_message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code


class ConfigError(VagledningError, status=500, code="config"):
    """Bad or missing configuration (e.g. data directory not found)."""


class BadInput(VagledningError, status=422, code="bad_input"):
    """The caller sent something we cannot use."""
