"""GET /v1/search: hybrid search in one kind of document."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from fastapi.encoders import jsonable_encoder
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from assistant.service import AssistantService
from vagledning.domain.documents import Kind
from vagledning.domain.limits import check_text
from vagledning.settings import Settings

router = APIRouter(tags=["search"])


@router.get("/v1/search", summary="Search occupations, skills, courses …")
async def search(
    q: str = Query(min_length=1, description="Search text.", examples=["kock"]),
    kind: Kind = Query(default=Kind.occupation, description="Which kind of document to search."),
    top: int | None = Query(default=None, ge=1, le=100, description="Default: the configured search_top_k."),
    region: str | None = Query(default=None, max_length=64),
    ssyk: str | None = Query(default=None, max_length=16),
    service: AssistantService = Depends(get_service),
    settings: Settings = Depends(get_settings),
) -> list[dict[str, Any]]:
    """[{"id","kind","title","score","url","doc_id","snippet"}]"""
    check_text(q, settings.max_message_chars, "The query")
    hits = await run_in_threadpool(lambda: service.search(q, kind=kind.value, top=top or settings.search_top_k,
                                                          region=region, ssyk=ssyk))
    return jsonable_encoder(hits)
