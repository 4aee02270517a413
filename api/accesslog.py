"""Privacy-safe access logging for uvicorn: no query strings (they can hold user text), no client address.

Handlers and format come from ``vagledning.logging.configure_logging()``; the access filter is
always installed.
"""
from __future__ import annotations

import logging

from vagledning import logging as project_logging

ACCESS_LOGGER = "uvicorn.access"


class AccessLogFilter(logging.Filter):
    """Rewrites uvicorn access records to ``- "METHOD /path HTTP/x" status``."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) == 5:
            _client, method, path, version, status = args
            path = str(path).split("?", 1)[0]
            record.args = ("-", method, path, version, status)
        return True


def install_access_filter() -> None:
    """Attach the filter to uvicorn's access logger (idempotent)."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, AccessLogFilter) for f in logger.filters):
        logger.addFilter(AccessLogFilter())


def configure_logging(level: int = logging.INFO) -> None:
    """The project's logging setup, then the access filter."""
    project_logging.configure_logging()
    # slowapi's warning names the client address; keep its errors only.
    logging.getLogger("slowapi").setLevel(logging.ERROR)
    install_access_filter()
