"""GET /v1/regions: the Swedish counties (län) a user or counsellor can pick.

Source, in order: ``service.regions()`` when the service offers it, else the taxonomy
file ``<data_dir>/taxonomy/regions.json`` (county name → region concept id).
"""
from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from api.schemas import Region
from assistant.service import AssistantService
from vagledning.errors import VagledningError
from vagledning.settings import Settings

log = logging.getLogger("api.regions")
router = APIRouter(tags=["regions"])

_SV_ORDER = {c: i for i, c in enumerate("abcdefghijklmnopqrstuvwxyzåäö")}


def _sv_key(name: str) -> list[int]:
    # Swedish collation for the county names: å, ä, ö after z.
    return [_SV_ORDER.get(c, 100 + ord(c)) for c in name.casefold()]


def _from_file(settings: Settings) -> list[dict[str, str]]:
    path = settings.data_dir / "taxonomy" / "regions.json"
    try:
        by_name = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.error("regions_unavailable", extra={"error_type": type(exc).__name__})
        raise VagledningError("The list of regions is not available.", status=503, code="regions_unavailable") from None
    return [{"id": rid, "name": name} for name, rid in by_name.items() if isinstance(rid, str)]


def _load(service: Any, settings: Settings) -> list[dict[str, str]]:
    provider = getattr(service, "regions", None)
    rows = None
    if callable(provider):
        rows = [{"id": str(r["id"]), "name": str(r.get("name") or r.get("label"))} for r in provider()]
    if not rows:
        rows = _from_file(settings)
    return sorted(rows, key=lambda r: _sv_key(r["name"]))


@router.get("/v1/regions", response_model=list[Region], summary="Swedish counties (län) with concept ids")
async def regions(request: Request, service: AssistantService = Depends(get_service),
                  settings: Settings = Depends(get_settings)) -> list[dict[str, str]]:
    """[{id, name}] sorted by Swedish collation; cached for the life of the app."""
    cached = getattr(request.app.state, "regions", None)
    if cached is None:
        cached = await run_in_threadpool(_load, service, settings)
        request.app.state.regions = cached
    return cached
