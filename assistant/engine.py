"""The AssistantService implementation the API and the CLI use.

``build_service(settings)`` returns an :class:`Engine`; the retrieval runtime (embedder,
store, relations) is opened lazily on first use, so building the service is cheap. Nothing
about a conversation is kept between calls.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

from assistant.contract import ChatEvent, ChatRequest, ChatResponse
from assistant.llm_budget import begin_turn, end_turn
from assistant.turn import Deps, default_deps, run_events, run_turn
from vagledning.domain.limits import check_turn
from vagledning.domain.profile import Profile
from vagledning.errors import VagledningError

#: Kinds whose absence makes the service not ready.
REQUIRED_KINDS = ("occupation",)


class Engine:
    """AssistantService over the ingested store (see :mod:`assistant.service`)."""

    def __init__(self, settings, *, runtime_factory: Callable[[], Any] | None = None, deps: Deps | None = None,
                 use_llm: bool | None = None, llm_http_client=None, chat_model=None) -> None:
        self.settings = settings
        self._runtime_factory = runtime_factory
        self._rt = None
        self._deps = deps
        self._lock = threading.Lock()
        self.use_llm = use_llm
        self._llm_http_client = llm_http_client
        self._chat_model = chat_model

    # -------------------------------------------------------------- wiring
    @property
    def rt(self):
        """The retrieval runtime (opened on first use)."""
        if self._rt is None:
            with self._lock:
                if self._rt is None:
                    if self._runtime_factory is not None:
                        self._rt = self._runtime_factory()
                    else:
                        from retrieval.runtime import open_runtime

                        self._rt = open_runtime(self.settings)
        return self._rt

    @property
    def deps(self) -> Deps:
        """Interpreter, matcher and details functions."""
        if self._deps is None:
            self._deps = default_deps()
        return self._deps

    def _llm_for(self, request: ChatRequest):
        wanted = request.use_llm if request.use_llm is not None else self.use_llm
        if wanted is None:
            wanted = self.settings.llm_enabled
        if not wanted or not self.settings.llm_base_url:
            return None
        from assistant.composers.llm import LLMComposer

        return LLMComposer(self.settings, rt=self.rt, details=self.deps.details, http_client=self._llm_http_client,
                           chat_model=self._chat_model)

    def _check_request(self, request: ChatRequest) -> None:
        check_turn(request.messages, self.settings.max_message_chars)

    # -------------------------------------------------------------- service
    def ready(self) -> dict[str, Any]:
        """Counts per kind; raises StoreEmpty when a required kind or the relations DB is missing."""
        from retrieval.errors import StoreEmpty

        rt = self.rt
        counts = {k: rt.store.count(k) for k in rt.store.kinds_present()}
        missing = [k for k in REQUIRED_KINDS if not counts.get(k)]
        if missing:
            raise StoreEmpty(f"The store has no {', '.join(missing)} documents: run `vagledning ingest` first.")
        rt.relations.meta()  # raises StoreEmpty/RelationsUnavailable when the relations DB is missing
        return {"store": True, "embedder": True, "documents": sum(counts.values()), "kinds": counts,
                "llm": self.settings.llm_enabled}

    def interpret(self, text: str, *, language: str | None = None, llm: bool | None = None) -> Profile:
        """The interpreter on redacted text (``llm``: force LLM-assisted interpretation on/off)."""
        from assistant.interpretation.introduced_work import redact_keeping_work

        extra = {} if llm is None else {"llm": llm}
        return self.deps.interpret(redact_keeping_work(text).text, self.rt, language=language, **extra)

    def profile_from_cv(self, data: bytes, *, language: str | None = None, llm: bool | None = None) -> Profile:
        """A CV (bytes in memory) → redacted text → structure → profile through :meth:`interpret`."""
        from assistant.cv import read_cv

        return read_cv(data, lambda text, lang: self.interpret(text, language=lang, llm=llm), language=language,
                       settings=self.settings)

    def match(self, text: str | None = None, *, profile: Profile | None = None, region: str | None = None,
              top: int = 10, language: str | None = None, with_evidence: bool = True,
              id: str | None = None) -> dict[str, Any]:
        """Ranked occupations (the match contract); ``id`` is echoed for batch callers."""
        if profile is None:
            profile = self.interpret(text or "", language=language)
        result = self.deps.match(profile, self.rt, region=region, top=top, with_evidence=with_evidence)
        result.id = id
        return result.to_contract()

    def search(self, query: str, *, kind: str, top: int = 10, region: str | None = None,
               ssyk: str | None = None, snippets: bool = True) -> list[dict[str, Any]]:
        """Hybrid search in one kind (``snippets=False``: the bare CLI hit shape)."""
        hits = self.rt.search.search(query, kind, top, region=region, ssyk=ssyk)
        return [{**h.to_contract(), "snippet": h.snippet} if snippets else h.to_contract() for h in hits]

    def occupation(self, occupation_id: str, *, region: str | None = None) -> dict[str, Any]:
        """Occupation details; unknown ids raise a VagledningError with status 404."""
        return self.deps.details(occupation_id, self.rt, region=region)

    def regions(self) -> list[dict[str, str]]:
        """The counties (län) from the relations DB."""
        return [{"id": p.id, "name": p.label} for p in self.rt.relations.regions()]

    def turn(self, request: ChatRequest) -> ChatResponse:
        """One turn, whole answer."""
        self._check_request(request)
        llm = self._llm_for(request)
        begin_turn(allowed=llm is not None, seconds=self.settings.llm_timeout_s)  # one model budget per turn
        try:
            return run_turn(request, self.rt, self.deps, llm)
        finally:
            end_turn()

    def events(self, request: ChatRequest):
        """The turn's events, synchronously (the terminal chat uses this)."""
        self._check_request(request)
        llm = self._llm_for(request)
        begin_turn(allowed=llm is not None, seconds=self.settings.llm_timeout_s)  # one model budget per turn
        try:
            yield from run_events(request, self.rt, self.deps, llm)
        finally:
            end_turn()

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatEvent]:
        """One turn as events; the sync pipeline runs in a worker thread. Errors become an error event."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        done = object()
        stop = threading.Event()

        def work() -> None:
            try:
                for ev in self.events(request):
                    if stop.is_set():
                        break
                    loop.call_soon_threadsafe(queue.put_nowait, ev)
            except VagledningError as exc:
                loop.call_soon_threadsafe(queue.put_nowait, ChatEvent(
                    event="error", data={"code": exc.code, "message": exc.user_message, "status": exc.status}))
            except Exception as exc:  # noqa: BLE001 - a safe message; the type is logged
                _log_error(exc)
                loop.call_soon_threadsafe(queue.put_nowait, ChatEvent(
                    event="error", data={"code": "internal", "message": "Something went wrong. Please try again."}))
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, done)

        thread = threading.Thread(target=work, name="assistant-turn", daemon=True)
        thread.start()
        try:
            while True:
                ev = await queue.get()
                if ev is done:
                    break
                yield ev
        finally:
            stop.set()


def _log_error(exc: Exception) -> None:
    try:
        from vagledning.logging import log_event

        log_event("chat.turn_failed", error_type=type(exc).__name__)
    except Exception:  # noqa: BLE001 - logging a failure must not raise a second one
        pass


def build_service(settings) -> Engine:
    """The service for the API/CLI; opens nothing until first used."""
    return Engine(settings)
