"""Base error of the project; each package's errors.py subclasses it.

``user_message`` is safe to show (never contains user text or secrets); ``status`` is the
HTTP status the API's single exception handler maps it to.
"""
from __future__ import annotations


class VagledningError(Exception):
    """Base class for all errors we raise on purpose."""

    status: int = 500
    code: str = "internal"

    def __init__(self, user_message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code


class ConfigError(VagledningError):
    """Bad or missing configuration (e.g. data directory not found)."""

    status = 500
    code = "config"


class BadInput(VagledningError):
    """The caller sent something we cannot use."""

    status = 422
    code = "bad_input"
