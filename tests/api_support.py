"""Live-server support for the API and browser tests: a real uvicorn on 127.0.0.1.

Tests that need to steer failures (ready raising, stream errors) serve
:class:`tests.service_double.ServiceDouble`; the others serve the real engine over the test store.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import uvicorn

from api.accesslog import install_access_filter
from api.app import create_app
from api.deps import get_service
from assistant.engine import build_service
from tests.service_double import ServiceDouble
from vagledning.settings import Settings


def bound_socket() -> socket.socket:
    """A listening-ready TCP socket on a free 127.0.0.1 port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@dataclass
class LiveServer:
    """A running uvicorn serving one app."""

    url: str
    app: Any
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for it."""
        self.server.should_exit = True
        self.thread.join(timeout=10)


def start_app(app: Any, sock: socket.socket | None = None) -> LiveServer:
    """Serve ``app`` with uvicorn in a thread; returns once it accepts connections."""
    sock = sock or bound_socket()
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=True,
                            lifespan="on", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    install_access_filter()
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return LiveServer(f"http://127.0.0.1:{port}", app, server, thread)


def make_settings(**overrides: Any) -> Settings:
    """Test settings: generous rate limit unless a test lowers it."""
    base: dict[str, Any] = {"rate_limit": "100000/minute", "llm_base_url": None}
    base.update(overrides)
    return Settings(**base)


class WidgetClient:
    """Keeps the conversation and the profile client-side and sends both each turn, as widget.js does."""

    def __init__(self, client: Any, language: str) -> None:
        self.client, self.language = client, language
        #: The widget's language selector (None: left unset, the answer follows the person's writing).
        self.selector: str | None = language
        self.messages: list[dict] = []
        self.profile: dict | None = None

    def say(self, message: str) -> dict:
        """One turn through ``POST /v1/chat?stream=false``; returns the response body."""
        self.messages.append({"role": "user", "content": message})
        r = self.client.post("/v1/chat?stream=false", json={"messages": self.messages, "profile": self.profile,
                                                             "language": self.selector})
        assert r.status_code == 200, r.text
        body = r.json()
        self.messages.append({"role": "assistant", "content": body["answer"]})
        self.profile = body["profile"]
        return body


def make_app(service: Any, **overrides: Any) -> Any:
    """An app with the given service swapped in through dependency_overrides."""
    app = create_app(make_settings(**overrides))
    app.dependency_overrides[get_service] = lambda: service
    return app


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def static_site(pages: dict[str, str] | Callable[[str], dict[str, str]], directory: str) -> Iterator[str]:
    """A plain http.server on its own 127.0.0.1 port (a "third-party" site); yields its origin.

    ``pages`` may be a function of the origin (so a page can name its own address).
    """
    sock = bound_socket()
    port = sock.getsockname()[1]
    sock.close()
    origin = f"http://127.0.0.1:{port}"
    for name, html in (pages(origin) if callable(pages) else pages).items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as fh:
            fh.write(html)
    handler = functools.partial(_QuietHandler, directory=directory)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield origin
    finally:
        httpd.shutdown()
        httpd.server_close()


# ---------------------------------------------------------------- fixtures (a plugin: tests/conftest.py)

@pytest.fixture(scope="session")
def service(real_settings) -> Any:
    """The real service over the shared real test store (tests/store_fixture.py).

    ``VAGLEDNING_TEST_SERVICE=double`` swaps in the double for quick local UI work only."""
    if os.environ.get("VAGLEDNING_TEST_SERVICE") == "double":
        return ServiceDouble()
    real = build_service(real_settings)
    real.ready()
    return real


@pytest.fixture(scope="module")
def client(service) -> Iterator[Any]:
    """The real FastAPI app over the shared test store, one per test module, for conversation
    tests driven as the widget does (a module that needs another app defines its own ``client``)."""
    from fastapi.testclient import TestClient

    with TestClient(make_app(service)) as c:
        yield c


@pytest.fixture()
def double() -> ServiceDouble:
    """A fresh, steerable double (for failure tests)."""
    return ServiceDouble()


@pytest.fixture(scope="session")
def live_api(service: Any) -> Iterator[LiveServer]:
    """One shared server with the chosen service and the default limits."""
    live = start_app(make_app(service))
    yield live
    live.stop()


@pytest.fixture()
def serve_app() -> Iterator[Callable[..., LiveServer]]:
    """Factory: ``serve_app(service, **settings_overrides)`` → a LiveServer stopped after the test."""
    started: list[LiveServer] = []

    def _serve(svc: Any, **overrides: Any) -> LiveServer:
        live = start_app(make_app(svc, **overrides))
        started.append(live)
        return live

    yield _serve
    for live in started:
        live.stop()
