"""POST /v1/chat: one conversation turn, streamed as SSE or answered as JSON."""
from __future__ import annotations

import asyncio
import logging
import time

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.deps import get_service, get_settings
from api.errors import INTERNAL_DETAIL, problem
from api.schemas import CHAT_EXAMPLES
from api.sse import close_quietly, sse_frames
from assistant.contract import ChatRequest, ChatResponse
from assistant.service import AssistantService
from vagledning.domain.limits import check_conversation
from vagledning.settings import Settings

log = logging.getLogger("api.chat")
router = APIRouter(tags=["chat"])

#: Turns prepared at once per process; further turns wait in arrival order. Preparing a turn
#: (interpretation, matching, evidence: everything before its first event) is CPU-bound Python:
#: fifty turns sharing the GIL each take fifty times longer (p95 26 s vs p50 7 s in
#: benchmarks/bench_load.py --think 0), while a few slots serve them first come, first served.
#: The slot is held until the first event only, so waiting on an LLM never holds one.
TURN_SLOTS = 2


def _slots(request: Request) -> asyncio.Semaphore:
    slots = getattr(request.app.state, "turn_slots", None)
    if slots is None:
        slots = request.app.state.turn_slots = asyncio.Semaphore(TURN_SLOTS)
    return slots


SSE_DESCRIPTION = """Server-Sent Events, each `event: X\\ndata: <json>\\n\\n`:
`profile` {"profile": Profile}, `token` {"text"}, `citations` {"citations": [Citation]},
`notice` {"code"?, "message"}, then `done` {…} last — or `error` {"code","message"}."""


def _wants_json(request: Request, stream: bool | None) -> bool:
    if stream is not None:
        return not stream
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/event-stream" not in accept


@router.post(
    "/v1/chat",
    summary="Answer one conversation turn",
    response_model=ChatResponse,
    responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
                     "description": "SSE stream by default; ChatResponse JSON with ?stream=false "
                                    "or Accept: application/json.\n\n" + SSE_DESCRIPTION}},
)
async def chat(
    request: Request,
    body: ChatRequest = Body(openapi_examples=CHAT_EXAMPLES),
    stream: bool | None = Query(default=None, description="false = one JSON ChatResponse instead of SSE."),
    service: AssistantService = Depends(get_service),
    settings: Settings = Depends(get_settings),
):
    """The conversation lives with the client: send the prior turns and the profile each time."""
    check_conversation(body.messages, settings.max_turns, settings.max_message_chars)
    started = time.perf_counter()
    slots = _slots(request)
    if _wants_json(request, stream):
        # The whole turn runs here; with an LLM it is mostly waiting, so it takes no slot then.
        cpu_only = not settings.llm_enabled or body.use_llm is False
        if cpu_only:
            await slots.acquire()
        try:
            result = await run_in_threadpool(service.turn, body)
        finally:
            if cpu_only:
                slots.release()
        log.info("chat_turn", extra={"turns": len(body.messages), "ms": round((time.perf_counter() - started) * 1000)})
        return JSONResponse(result.model_dump(mode="json"))
    async with slots:
        events = service.stream(body).__aiter__()
        # Pull the first event before answering, so a failure to start is a proper problem response.
        try:
            first = await events.__anext__()
        except StopAsyncIteration:
            first = None
    if first is not None and first.event == "error":
        # Failed before anything was said (e.g. the store is unreachable): a proper problem
        # response with the error's status (503 …), not a 200 stream holding only an error.
        await close_quietly(events)
        data = first.data
        raw_status = data.get("status")
        status = raw_status if isinstance(raw_status, int) and 400 <= raw_status < 600 else 500
        return problem(status, str(data.get("message") or INTERNAL_DETAIL), str(data.get("code") or "internal"))
    log.info("chat_stream", extra={"turns": len(body.messages)})
    return StreamingResponse(
        sse_frames(first, events),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"},
    )

