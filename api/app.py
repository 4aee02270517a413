"""The FastAPI application: ``create_app(settings)``."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.deps import ServiceHolder
from api.errors import CatchAllMiddleware, install_error_handling
from api.limits import BodySizeLimitMiddleware, install_rate_limit
from api.overload import OverloadMiddleware
from api.routers import admin, chat, cv, health, interpret, match, occupations, pages, regions, search
from api.warmup import WorkerBoard, warm_lifespan
from vagledning.settings import Settings, get_settings

DESCRIPTION = """Conversational career guidance for Sweden, grounded in open data (JobTech Taxonomy,
ESCO, Arbetsförmedlingen, Skolverket, MYH). Nothing is stored: the conversation and the
profile live with the client and are sent with each request. Errors are
`application/problem+json` (`type`, `title`, `status`, `detail`, `code`)."""


def create_app(settings: Settings | None = None, *, warm: bool = False,
               worker_board: WorkerBoard | None = None) -> FastAPI:
    """Build the app. The AssistantService is created on first use from ``assistant.engine``.

    ``warm=True`` (what ``vagledning serve`` uses): the worker builds and warms the service before
    it accepts connections and reports its state on ``worker_board`` (see :mod:`api.warmup`).
    """
    settings = settings or get_settings()
    app = FastAPI(title="Vägledning API", version="0.1.0", description=DESCRIPTION,
                  lifespan=warm_lifespan if warm else None)
    app.state.settings = settings
    app.state.service_holder = ServiceHolder(settings)
    app.state.worker_board = worker_board
    app.state.warm = None  # None: no warm-up asked for (tests, embedding); True/False once tried

    for module in (chat, interpret, cv, match, occupations, search, regions, health, pages, admin):
        app.include_router(module.router)
    install_error_handling(app)

    # Middleware: the last added is the outermost. Order, outside in:
    # CORS (so every answer, errors too, carries CORS headers) → body size → rate limit → overload
    # (bounded chat queue, 503) → catch-all.
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(OverloadMiddleware, max_in_flight=settings.max_queued_turns)
    install_rate_limit(app, settings.rate_limit)
    # A CV upload may be larger than a chat body; up to 4x its limit it is read, so that the router
    # can refuse an oversized file with a message in the person's language.
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes,
                       path_limits={"/v1/profile/from-cv": settings.cv_max_bytes * 4 + 65_536})
    origins = [o.rstrip("/") for o in settings.cors_origins if o.strip() and o.strip() != "*"]
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_credentials=False,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Accept", "Accept-Language"],
        expose_headers=["Retry-After"],
        max_age=600,
    )
    return app
