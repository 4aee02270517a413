"""Run the API with uvicorn (``vagledning serve`` calls :func:`serve`)."""
from __future__ import annotations

import uvicorn

from api.accesslog import configure_logging
from api.app import create_app
from vagledning.settings import Settings, get_settings


def worker_app():
    """App factory for each worker process (``workers > 1``): privacy-safe logging first, then the app.

    Settings come from the environment (``get_settings()``), as in the parent process.
    """
    configure_logging()
    return create_app(get_settings())


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None, workers: int = 1) -> None:
    """Serve the app until interrupted. Access logs carry method, path and status only.

    ``workers > 1`` runs that many processes (the turn pipeline is CPU-bound Python, so one
    process uses about one core). Each worker loads its own models and indexes (~0.7 GB RSS with
    the full store) and keeps its own rate-limit counters. The service keeps no conversation
    state, so any worker can answer any request.
    """
    configure_logging()
    if workers > 1:
        uvicorn.run("api.server:worker_app", factory=True, host=host, port=port, workers=workers, log_config=None,
                    proxy_headers=True, server_header=False, timeout_graceful_shutdown=5)
        return
    settings = settings or get_settings()
    app = create_app(settings)
    config = uvicorn.Config(app, host=host, port=port, log_config=None, proxy_headers=True,
                            server_header=False, timeout_graceful_shutdown=5)
    uvicorn.Server(config).run()
