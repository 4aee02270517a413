"""GET /healthz (the process is up) and GET /readyz (the service can answer)."""
from __future__ import annotations

import logging
from typing import Any

import anyio
from fastapi import APIRouter, Depends

from api.deps import get_service
from assistant.service import AssistantService
from vagledning.errors import VagledningError

log = logging.getLogger("api.health")
router = APIRouter(tags=["health"])

READY_TIMEOUT_S = 2.0


@router.get("/healthz", summary="Liveness: the process is up")
async def healthz() -> dict[str, str]:
    """Always 200 while the process serves requests; touches nothing else."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: the service answers service.ready() within 2 s",
            responses={503: {"description": "Not ready (problem+json)"}})
async def readyz(service: AssistantService = Depends(get_service)) -> dict[str, Any]:
    """200 with the service's readiness details, or a 503 problem."""
    try:
        with anyio.fail_after(READY_TIMEOUT_S):
            details = await anyio.to_thread.run_sync(service.ready, abandon_on_cancel=True)
    except TimeoutError:
        log.warning("not_ready", extra={"reason": "timeout"})
        raise VagledningError("The service did not report ready within 2 seconds.", status=503,
                              code="not_ready") from None
    except VagledningError as exc:
        log.warning("not_ready", extra={"reason": exc.code})
        raise VagledningError(f"The service is not ready: {exc.user_message}", status=503,
                              code="not_ready") from None
    except Exception as exc:  # noqa: BLE001 - the message may hold paths; log the type only
        log.warning("not_ready", extra={"reason": type(exc).__name__})
        raise VagledningError("The service is not ready yet (store or models not loaded).", status=503,
                              code="not_ready") from None
    return {"status": "ready", **(details or {})}
