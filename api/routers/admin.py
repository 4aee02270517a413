"""Administrative endpoints, behind a bearer token (``VAGLEDNING_ADMIN_TOKEN``).

When no token is configured the routes do not exist at all (404, the same answer as any
unknown path, and they are left out of the OpenAPI schema), so an unconfigured instance
exposes nothing. The token is compared in constant time and never logged or echoed.
"""
from __future__ import annotations

import hmac
import logging
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from assistant.service import AssistantService
from vagledning.errors import VagledningError
from vagledning.settings import Settings

log = logging.getLogger("api.admin")
router = APIRouter(tags=["admin"], include_in_schema=False)


def require_admin(request: Request, settings: Settings = Depends(get_settings)) -> None:
    """404 when admin is disabled; 401 without a matching ``Authorization: Bearer <token>``."""
    token = settings.admin_token.get_secret_value() if settings.admin_token else ""
    if not token:
        raise VagledningError("There is nothing at this address.", status=404, code="not_found")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        log.warning("admin_denied")
        raise VagledningError("Administrative access needs a valid bearer token.", status=401, code="unauthorized")


@router.get("/v1/admin/status", dependencies=[Depends(require_admin)], summary="Store and model status")
async def status(service: AssistantService = Depends(get_service),
                 settings: Settings = Depends(get_settings)) -> dict[str, Any]:
    """Readiness details (document counts per kind), whether an LLM is configured, and the limits."""
    try:
        details = await run_in_threadpool(service.ready)
        ready = True
    except VagledningError as exc:
        details, ready = {"reason": exc.code}, False
    except Exception as exc:  # noqa: BLE001 - reported by type only
        details, ready = {"reason": type(exc).__name__}, False
    return {"ready": ready, **(details or {}), "llm_configured": settings.llm_enabled,
            "limits": {"max_message_chars": settings.max_message_chars, "max_turns": settings.max_turns,
                       "max_body_bytes": settings.max_body_bytes, "rate_limit": settings.rate_limit}}
