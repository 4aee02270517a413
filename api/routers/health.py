"""GET /healthz (the process is up) and GET /readyz (the service can answer, every worker is warm)."""
from __future__ import annotations

import logging
from typing import Any

import anyio
from fastapi import APIRouter, Depends, Request

from api.deps import get_service
from api.errors import problem
from assistant.service import AssistantService
from vagledning.errors import VagledningError

log = logging.getLogger("api.health")
router = APIRouter(tags=["health"])

READY_TIMEOUT_S = 2.0
#: Retry-After on a 503 while workers are still warming (a warm-up takes tens of seconds).
WARMING_RETRY_S = 5


@router.get("/healthz", summary="Liveness: the process is up")
async def healthz() -> dict[str, str]:
    """Always 200 while the process serves requests; touches nothing else."""
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: every worker is warm and the service answers within 2 s",
            responses={503: {"description": "Not ready (problem+json, Retry-After while warming)"}})
async def readyz(request: Request, service: AssistantService = Depends(get_service)) -> Any:
    """200 with the service's readiness details and the workers' warm state, or a 503 problem.

    Under ``vagledning serve`` each worker warms before it accepts connections and writes its
    state to a shared directory (:mod:`api.warmup`): this answer is 200 only when all of them
    are warm. Without ``serve`` (an app built by ``create_app`` alone) no warm-up is asked for
    and only the service's own readiness counts.
    """
    workers = None
    if request.app.state.warm is False:
        log.warning("not_ready", extra={"reason": "warm_up_failed"})
        return problem(503, "The service is not ready: this worker could not warm up (store or models missing).",
                       "not_ready")
    board = request.app.state.worker_board
    if board is not None:
        workers = await anyio.to_thread.run_sync(board.summary)
        if not workers["ready"]:
            return problem(503, f"The service is starting: {workers['warm']} of {workers['expected']} workers "
                                "are warm.", "warming", headers={"Retry-After": str(WARMING_RETRY_S)},
                           extra={"workers": workers})
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
    out = {"status": "ready", **(details or {})}
    if workers is not None:
        out["workers"] = workers
    return out
