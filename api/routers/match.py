"""POST /v1/match: ranked occupations for a text or an (edited) profile."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.encoders import jsonable_encoder
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from api.schemas import MatchRequest
from assistant.service import AssistantService
from vagledning.domain.limits import check_text
from vagledning.errors import BadInput
from vagledning.settings import Settings

router = APIRouter(tags=["profile"])


@router.post("/v1/match", summary="Match a text or profile against occupations")
async def match(body: MatchRequest, service: AssistantService = Depends(get_service),
                settings: Settings = Depends(get_settings)) -> dict[str, Any]:
    """Returns {"language", "profile", "occupations": [...], "next_questions"?: [...]}."""
    if not (body.text and body.text.strip()) and body.profile is None:
        raise BadInput("Send a text, a profile, or both.", code="bad_input")
    check_text(body.text, settings.max_message_chars)
    result = await run_in_threadpool(
        lambda: service.match(body.text, profile=body.profile, region=body.region, top=body.top))
    return jsonable_encoder(result)
