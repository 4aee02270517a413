"""POST /v1/interpret: a self-assessment → taxonomy-linked profile."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from api.schemas import InterpretRequest
from assistant.service import AssistantService
from vagledning.domain.limits import check_text
from vagledning.domain.profile import Profile
from vagledning.settings import Settings

router = APIRouter(tags=["profile"])


@router.post("/v1/interpret", response_model=Profile, summary="Interpret a self-assessment into a profile")
async def interpret(body: InterpretRequest, service: AssistantService = Depends(get_service),
                    settings: Settings = Depends(get_settings)) -> Profile:
    """Every item in the profile carries the span of the text that supports it."""
    check_text(body.text, settings.max_message_chars)
    return await run_in_threadpool(lambda: service.interpret(body.text, language=body.language))
