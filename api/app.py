"""The FastAPI application: ``create_app(settings)``."""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.deps import ServiceHolder
from api.errors import CatchAllMiddleware, install_error_handling
from api.limits import BodySizeLimitMiddleware, install_rate_limit
from api.routers import admin, chat, health, interpret, match, occupations, pages, regions, search
from vagledning.settings import Settings, get_settings

DESCRIPTION = """Conversational career guidance for Sweden, grounded in open data (JobTech Taxonomy,
ESCO, Arbetsförmedlingen, Skolverket, MYH). Nothing is stored: the conversation and the
profile live with the client and are sent with each request. Errors are
`application/problem+json` (`type`, `title`, `status`, `detail`, `code`)."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app. The AssistantService is created on first use from ``assistant.engine``."""
    settings = settings or get_settings()
    app = FastAPI(title="Vägledning API", version="0.1.0", description=DESCRIPTION)
    app.state.settings = settings
    app.state.service_holder = ServiceHolder(settings)

    for module in (chat, interpret, match, occupations, search, regions, health, pages, admin):
        app.include_router(module.router)
    install_error_handling(app)

    # Middleware: the last added is the outermost. Order, outside in:
    # CORS (so every answer, errors too, carries CORS headers) → body size → rate limit → catch-all.
    app.add_middleware(CatchAllMiddleware)
    install_rate_limit(app, settings.rate_limit)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
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
