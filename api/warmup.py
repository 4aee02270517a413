"""Warm a worker before it takes traffic, and tell every worker how warm its siblings are.

A cold worker pays for everything a turn loads lazily (embedder and its ONNX session, the BM25
index of each kind, the relations DB, Chroma collections, locale, lexicon and language-detection
tables) on its first real turn: 5.5–6 s measured, per worker. :func:`warm_service` pays that cost
before the worker accepts connections: it touches every part through the service facade and runs
one internal turn (plus one follow-up) per served language on texts written here for that
purpose (no user data). The follow-ups take a different quick reply in each language, so the
paths behind them (details, licence, courses and routes, more suggestions) are loaded too, and a
few more turns (interests only, tasks only, a young person) load the interest and skill-path
tables; the source-derived per-process caches a turn would otherwise fill on first use (O*NET
interest model, the searches of each interest topic's phrase) are filled directly. Per-occupation
results are not computed here: ingest stores them (ingest/precompute.py).

Readiness across workers: uvicorn's workers share one listening socket, so a worker that is
still warming (its lifespan start-up has not finished) accepts nothing and the warm ones take
every connection. ``/readyz`` is answered by a warm worker, which must still say "not ready"
until *all* workers are warm. Each worker therefore writes its own state file
(``<pid>.json``: ``warming`` | ``warm`` | ``failed``, and the warm-up seconds) into a directory
the serve process creates (``VAGLEDNING_WORKER_STATE_DIR``, with the expected count in
``VAGLEDNING_WORKERS``) and removes on exit. Files of processes that have died are ignored and
removed, so a worker uvicorn restarts after a crash counts only once it is warm again.
The files hold a pid, a state and a duration: never request data.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal

import anyio

from assistant.contract import ChatMessage, ChatRequest
from assistant.service import AssistantService
from vagledning.logging import log_event

STATE_DIR_ENV = "VAGLEDNING_WORKER_STATE_DIR"
WORKERS_ENV = "VAGLEDNING_WORKERS"

#: One short self-assessment per served language, written for the warm-up only (not eval or
#: benchmark texts). Each is an ordinary first message, so the turn loads what a real one does.
WARM_TEXTS: dict[str, str] = {
    "sv": "Jag har arbetat som lagerarbetare i tre år och vill gärna jobba med människor.",
    "sv-easy": "Jag har jobbat i kök. Jag vill jobba med mat.",
    "en": "I worked as a hotel receptionist for two years and I like helping guests.",
    "ar": "عملت نجاراً لمدة خمس سنوات وأحب العمل بيدي.",
    "so": "Waxaan ka shaqeeyay dukaan muddo saddex sano ah, waxaan jeclahay inaan la shaqeeyo dadka.",
    "ti": "ኣብ ዓዲ ንሰለስተ ዓመት ከም ሓኪም ስኒ ሓጋዚ ሰሪሐ እየ።",
    "fa": "من چهار سال در یک نانوایی کار کردم و دوست دارم آشپز شوم.",
    "uk": "Я працювала бухгалтеркою шість років і хочу знайти роботу в офісі.",
}
#: Turns of other shapes (language, text): interests only, tasks only, a young person; they load
#: the interest directions, the skill paths and the youth education routes.
WARM_EXTRA: tuple[tuple[str, str], ...] = (
    ("sv", "Jag har aldrig haft ett jobb men jag tycker om att rita, pyssla och vara ute i naturen."),
    ("en", "I loaded trucks, drove a forklift and counted stock in a warehouse."),
    ("sv", "Jag är 16 år och går i nian. Jag gillar djur."),
)
#: Kinds searched once each so every BM25 index and Chroma collection is open.
SEARCH_PROBE = "arbete"


def warm_service(service: AssistantService, languages: dict[str, str] | None = None) -> dict[str, Any]:
    """Load everything a turn needs and run one turn + one follow-up per language; returns timings.

    Raises what ``service.ready()`` raises (empty store, relations missing): a worker that cannot
    answer must not claim to be warm.
    """
    t0 = time.perf_counter()
    details = service.ready()
    steps: dict[str, float] = {"ready": time.perf_counter() - t0}
    t = time.perf_counter()
    for kind in sorted((details or {}).get("kinds", {})):
        service.search(SEARCH_PROBE, kind=kind, top=3)
    service.regions()
    steps["indexes"] = time.perf_counter() - t
    t = time.perf_counter()
    rt = getattr(service, "rt", None)
    if rt is not None:
        warm_source_caches(rt)
    steps["source_caches"] = time.perf_counter() - t
    t = time.perf_counter()
    warm_tables()
    steps["tables"] = time.perf_counter() - t
    turns: dict[str, float] = {}
    chosen = languages or WARM_TEXTS
    for i, (lang, text) in enumerate(chosen.items()):
        t = time.perf_counter()
        _conversation(service, lang, text, i)
        turns[lang] = round(time.perf_counter() - t, 2)
    t = time.perf_counter()
    for i, (lang, text) in enumerate(WARM_EXTRA):
        if lang in chosen:
            _conversation(service, lang, text, i)
    turns["extra"] = round(time.perf_counter() - t, 2)
    steps["turns"] = sum(turns.values())
    return {"seconds": round(time.perf_counter() - t0, 2), "steps": {k: round(v, 2) for k, v in steps.items()},
            "turns": turns, "stale": stale_precomputed(rt) if rt is not None else []}


def stale_precomputed(rt: Any) -> list[str]:
    """Sections of the ingest's precomputed results this worker cannot use (missing, or written for
    another store, embedder or rule code): turns compute them live, slower, until the next ingest."""
    from retrieval.precomputed import SECTIONS, precomputed_for

    pre = precomputed_for(rt)
    return [] if pre is None else [s for s in SECTIONS if not pre.current(s)]


def _conversation(service: AssistantService, lang: str, text: str, i: int) -> None:
    """A first turn and one follow-up: the ``i``-th quick reply offered (each language another one)."""
    style: Literal["standard", "easy"] = "easy" if lang == "sv-easy" else "standard"
    first = service.turn(ChatRequest(messages=[ChatMessage(role="user", content=text)], language=lang, style=style,
                                     use_llm=False))
    if first.suggestions:  # the follow-up path (intents, focus, details …) of that language
        service.turn(ChatRequest(
            messages=[ChatMessage(role="user", content=text), ChatMessage(role="assistant", content=first.answer),
                      ChatMessage(role="user", content=first.suggestions[i % len(first.suggestions)])],
            profile=first.profile, language=lang, style=style, use_llm=False))


def warm_source_caches(rt: Any) -> None:
    """Fill the per-process caches of source data a turn would otherwise fill on first use: the
    O*NET interest model (activity vectors, occupation profiles, demand) and the occupations each
    interest topic's Swedish phrase finds (one search per topic), and the ESCO skill graph."""
    from retrieval.interest_model import model_for
    from retrieval.interests import load_topics
    from retrieval.skill_paths import skill_graph

    model = model_for(rt)
    model.activities()
    model.occupations()
    model.demand(None)
    for topic in load_topics():
        model.topic_hits(rt, topic.search)
    skill_graph(rt.relations)


#: Packages whose curated tables (cue YAMLs, compiled patterns, lexicon indexes) a turn builds on first use.
TABLE_PACKAGES = ("assistant.interpretation", "retrieval.lexicon", "retrieval")


def warm_tables(packages: tuple[str, ...] = TABLE_PACKAGES) -> int:
    """Build every table the interpretation would build on first use: each module of ``packages`` is imported and
    each of its cached functions (``functools.cache``/``lru_cache``) that needs no argument is called once. They are
    pure functions of the curated files (a YAML read and its patterns compiled: up to ~0.4 s each, a few seconds in all), so
    calling them now changes no answer; without this a served worker's first turn on a rarer path paid for them
    (speed20: a first "I was a cleaner for ten years" compiled the years words, a first schooling told its patterns).
    Cached functions taking arguments fill on first use as before. Returns how many were built."""
    import importlib
    import inspect
    import pkgutil

    built = 0
    for name in packages:
        pkg = importlib.import_module(name)
        for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
            try:
                module = importlib.import_module(info.name)
            except Exception:  # noqa: BLE001 - an optional module (extra not installed): nothing to warm
                continue
            for fn in list(vars(module).values()):
                if not hasattr(fn, "cache_info") or getattr(fn, "__module__", None) != module.__name__:
                    continue
                try:
                    params = inspect.signature(fn).parameters.values()
                except (TypeError, ValueError):
                    continue
                if any(p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
                    continue
                try:
                    fn()
                except Exception:  # noqa: BLE001 - a table whose data is absent: its first use says so as before
                    continue
                built += 1
    return built


class WorkerBoard:
    """Per-worker warm state in a directory shared by the workers of one ``serve``."""

    def __init__(self, directory: Path, expected: int) -> None:
        self.directory = Path(directory)
        self.expected = max(1, expected)

    @classmethod
    def from_env(cls) -> WorkerBoard | None:
        """The board ``serve`` set up for this process, if any (read at app creation, not import)."""
        directory = os.environ.get(STATE_DIR_ENV)
        if not directory:
            return None
        try:
            expected = int(os.environ.get(WORKERS_ENV, "1"))
        except ValueError:
            expected = 1
        return cls(Path(directory), expected)

    def report(self, state: str, **fields: Any) -> None:
        """Write this process's state atomically (rename), so a reader never sees half a file."""
        data = {"pid": os.getpid(), "state": state, "at": round(time.time(), 3), **fields}
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        os.replace(tmp, self.directory / f"{os.getpid()}.json")

    def forget(self) -> None:
        """Remove this process's state (clean shutdown)."""
        try:
            (self.directory / f"{os.getpid()}.json").unlink()
        except OSError:
            pass

    def workers(self) -> list[dict[str, Any]]:
        """States of the live workers (files of dead processes are removed)."""
        out = []
        for path in sorted(self.directory.glob("[0-9]*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                pid = int(data["pid"])
            except (OSError, ValueError, KeyError, TypeError):
                continue
            if not _alive(pid):
                try:
                    path.unlink()
                except OSError:
                    pass
                continue
            out.append(data)
        return out

    def summary(self) -> dict[str, Any]:
        """``{"expected", "warm", "warming", "failed", "ready"}`` over the live workers."""
        states = [w.get("state") for w in self.workers()]
        warm = states.count("warm")
        return {"expected": self.expected, "warm": warm, "warming": states.count("warming"),
                "failed": states.count("failed"), "ready": warm >= self.expected}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@asynccontextmanager
async def warm_lifespan(app) -> AsyncIterator[None]:
    """Lifespan of a served worker: warm before uvicorn starts accepting, report the state.

    uvicorn opens the worker's listening loop only after this start-up returns, so no request
    reaches a cold worker. A failed warm-up does not stop the worker: it serves and ``/readyz``
    answers 503 with the reason (a crash loop would hide it).
    """
    board: WorkerBoard | None = app.state.worker_board
    if board is not None:
        board.report("warming")
    t0 = time.perf_counter()
    try:
        service = await anyio.to_thread.run_sync(app.state.service_holder.get)
        wanted = app.state.settings.warmup_languages
        languages = None if wanted is None else {k: v for k, v in WARM_TEXTS.items() if k in wanted}
        timings = await anyio.to_thread.run_sync(warm_service, service, languages)
    except Exception as exc:  # noqa: BLE001 - the message may hold paths; the type is logged
        app.state.warm = False
        seconds = round(time.perf_counter() - t0, 2)
        log_event("serve.worker_warm_failed", error_type=type(exc).__name__, duration_ms=round(seconds * 1000))
        if board is not None:
            board.report("failed", seconds=seconds, error_type=type(exc).__name__)
    else:
        app.state.warm = True
        app.state.warm_seconds = timings["seconds"]
        log_event("serve.worker_warm", duration_ms=round(timings["seconds"] * 1000),
                  counts={k: round(v * 1000) for k, v in {**timings["steps"], **timings["turns"]}.items()})
        if timings.get("stale"):  # served correctly but slower: say so where operators look
            log_event("serve.precomputed_stale", kinds=timings["stale"], reason="run vagledning ingest")
        if board is not None:
            board.report("warm", seconds=timings["seconds"])
    try:
        yield
    finally:
        if board is not None:
            board.forget()
