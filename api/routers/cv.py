"""POST /v1/profile/from-cv: a CV file (PDF, DOCX, plain text) → an editable, taxonomy-linked profile.

The file lives in this request's memory only (see ``api.deps.cv_upload``); refusals (too large, too
many pages, wrong type, encrypted, scanned without text, corrupt) are 413/415/422 problems in the
person's language.
"""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.encoders import jsonable_encoder
from starlette.concurrency import run_in_threadpool

from api.deps import CVUpload, cv_upload, get_service
from assistant.cv import CVProfile
from assistant.service import AssistantService

router = APIRouter(tags=["profile"])

UPLOAD_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary", "description": "The CV: PDF, DOCX or plain text."},
                "language": {"type": "string", "description": "sv, sv-easy, en, ar, so, ti, fa or uk (messages)."}}}},
            "application/pdf": {"schema": {"type": "string", "format": "binary"}},
        },
    },
}


@router.post("/v1/profile/from-cv", response_model=CVProfile, openapi_extra=UPLOAD_DOC,
             summary="Read a CV (PDF, DOCX, text) into a profile to confirm")
async def profile_from_cv(upload: CVUpload = Depends(cv_upload),
                          service: AssistantService = Depends(get_service)) -> Any:
    """The profile (every Profile field) plus ``cv``: positions as read (title, employer type, place,
    years), certificates, sections and what was redacted. Every item's span points into the redacted
    text of the CV; nothing of the file is kept."""
    profile = await run_in_threadpool(lambda: service.profile_from_cv(upload.data, language=upload.language))
    return jsonable_encoder(profile)
