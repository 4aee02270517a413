"""GET /v1/regions: the Swedish counties (län) a user or counsellor can pick.

The list comes from the service (``service.regions()``, read from the relations store); the
running service never reads the raw taxonomy files.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from api.deps import get_service
from api.schemas import Region
from assistant.service import AssistantService

router = APIRouter(tags=["regions"])

_SV_ORDER = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyzåäö")}


def _sv_key(name: str) -> list[int]:
    # Swedish collation for the county names: å, ä, ö after z.
    return [_SV_ORDER.get(c, 100 + ord(c)) for c in name.casefold()]


def _load(service: AssistantService) -> list[dict[str, str]]:
    rows = [{"id": str(r["id"]), "name": str(r["name"])} for r in service.regions()]
    return sorted(rows, key=lambda r: _sv_key(r["name"]))


@router.get("/v1/regions", response_model=list[Region], summary="Swedish counties (län) with concept ids")
async def regions(request: Request, service: AssistantService = Depends(get_service)) -> list[dict[str, str]]:
    """[{id, name}] sorted by Swedish collation; cached for the life of the app."""
    cached: list[dict[str, str]] | None = getattr(request.app.state, "regions", None)
    if cached is None:
        cached = await run_in_threadpool(_load, service)
        request.app.state.regions = cached
    return cached
