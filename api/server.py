"""Run the API with uvicorn (``vagledning serve`` calls :func:`serve`)."""
from __future__ import annotations

import uvicorn

from api.accesslog import configure_logging
from api.app import create_app
from vagledning.settings import Settings, get_settings


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Serve the app until interrupted. Access logs carry method, path and status only."""
    settings = settings or get_settings()
    app = create_app(settings)
    config = uvicorn.Config(app, host=host, port=port, log_config=None, proxy_headers=True,
                            server_header=False, timeout_graceful_shutdown=5)
    configure_logging()
    uvicorn.Server(config).run()
