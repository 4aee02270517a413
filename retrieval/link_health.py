"""The saved result of ``vagledning data-report --check-links``: which cited links did not open.

Written next to the store (``link-health.json``); a runtime that opens the store hands it to the
core's link verdict, so answers stop citing those links without re-ingesting anything.
"""
from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

from vagledning.domain.links import remember_broken

FILE_NAME = "link-health.json"
log = logging.getLogger("vagledning.links")


def save_link_health(store_dir: str | Path, results: dict[str, str | None]) -> Path:
    """Record an HTTP check: every URL checked, and why the broken ones failed."""
    path = Path(store_dir) / FILE_NAME
    payload = {"checked_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "checked": len(results),
               "broken": {u: why for u, why in sorted(results.items()) if why}}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return path


def load_link_health(store_dir: str | Path) -> dict[str, str]:
    """url -> why, from the saved check ({} when there is none or it cannot be read)."""
    path = Path(store_dir) / FILE_NAME
    if not path.is_file():
        return {}
    try:
        broken = json.loads(path.read_text(encoding="utf-8")).get("broken") or {}
        return {str(u): str(w) for u, w in broken.items()}
    except (OSError, ValueError, AttributeError) as exc:  # a damaged file must not stop the service
        log.warning("link-health file unreadable (%s); ignored", type(exc).__name__)
        return {}


def apply_link_health(store_dir: str | Path) -> int:
    """Make the core's link verdict refuse the links the saved check found broken; returns how many."""
    broken = load_link_health(store_dir)
    remember_broken(broken)
    return len(broken)
