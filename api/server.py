"""Run the API with uvicorn (``vagledning serve`` calls :func:`serve`).

Every served worker warms before it accepts connections (:mod:`api.warmup`) and reports its state
in a per-serve temporary directory; ``/readyz`` is 200 only once all workers are warm, and the
serve process logs ``serve.ready`` with the start-up seconds.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

from api.accesslog import configure_logging
from api.app import create_app
from api.warmup import STATE_DIR_ENV, WORKERS_ENV, WorkerBoard
from vagledning.logging import log_event
from vagledning.settings import Settings, get_settings

#: uvicorn pings each worker through a pipe (answered by a thread even while the worker warms)
#: and, on SIGHUP, waits this long for a replacement worker to finish start-up, warm-up included.
WORKER_HEALTHCHECK_S = 120


def worker_app():
    """App factory for each worker process (``workers > 1``): privacy-safe logging first, then the app.

    Settings come from the environment (``get_settings()``), as in the parent process; the worker
    board from the environment ``serve`` set before starting the workers.
    """
    configure_logging()
    board = WorkerBoard.from_env()
    return create_app(get_settings(), warm=True, worker_board=board)


def _announce_ready(board: WorkerBoard, started: float, stop: threading.Event) -> None:
    """Log once when every worker is warm (the serve process's own start-up time)."""
    while not stop.wait(0.25):
        summary = board.summary()
        if summary["ready"]:
            log_event("serve.ready", n=summary["expected"], duration_ms=round((time.monotonic() - started) * 1000))
            return


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None, workers: int = 1) -> None:
    """Serve the app until interrupted. Access logs carry method, path and status only.

    ``workers > 1`` runs that many processes (the turn pipeline is CPU-bound Python, so one
    process uses about one core). Each worker loads its own models and indexes (~0.7 GB RSS with
    the full store), warms them, and keeps its own rate-limit counters and chat queue. The service
    keeps no conversation state, so any worker can answer any request.
    """
    configure_logging()
    state_dir = Path(tempfile.mkdtemp(prefix="vagledning-workers-"))
    os.environ[STATE_DIR_ENV] = str(state_dir)  # inherited by the spawned workers
    os.environ[WORKERS_ENV] = str(workers)
    board = WorkerBoard(state_dir, workers)
    stop = threading.Event()
    watcher = threading.Thread(target=_announce_ready, args=(board, time.monotonic(), stop), daemon=True)
    watcher.start()
    try:
        if workers > 1:
            uvicorn.run("api.server:worker_app", factory=True, host=host, port=port, workers=workers, log_config=None,
                        proxy_headers=True, server_header=False, timeout_graceful_shutdown=5,
                        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S)
            return
        settings = settings or get_settings()
        app = create_app(settings, warm=True, worker_board=board)
        config = uvicorn.Config(app, host=host, port=port, log_config=None, proxy_headers=True,
                                server_header=False, timeout_graceful_shutdown=5)
        uvicorn.Server(config).run()
    finally:
        stop.set()
        for name in (STATE_DIR_ENV, WORKERS_ENV):
            os.environ.pop(name, None)
        shutil.rmtree(state_dir, ignore_errors=True)
