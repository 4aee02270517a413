"""GET /v1/occupations/{id}: everything we know about one occupation."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.encoders import jsonable_encoder
from starlette.concurrency import run_in_threadpool

from api.deps import get_service
from assistant.service import AssistantService

router = APIRouter(tags=["occupations"])


@router.get("/v1/occupations/{occupation_id}", summary="Occupation details with sources",
            responses={404: {"description": "Unknown occupation (problem+json)"}})
async def occupation(
    occupation_id: str = Path(min_length=1, max_length=200, examples=["JbJw_as4_S93"]),
    region: str | None = Query(default=None, max_length=64, description="Region concept id for demand/outlook."),
    service: AssistantService = Depends(get_service),
) -> dict[str, Any]:
    """Description, skills, demand, outlook, salary, courses, programmes, similar occupations, sources."""
    result = await run_in_threadpool(lambda: service.occupation(occupation_id, region=region))
    return jsonable_encoder(result)
