"""pytest fixtures for the scripted OpenAI-compatible server (tests/llm_server.py).

Wire them in with ``pytest_plugins = ["tests.conftest_llm"]`` in tests/conftest.py, or import
the fixtures into a test module (``from tests.conftest_llm import llm_server, llm_server_session``).

``llm_server`` is function-scoped: the session's server, reset (queues, recordings, default
reply, hanging requests released) before each test.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.llm_server import ScriptedLLMServer, start_llm_server


@pytest.fixture(scope="session")
def llm_server_session() -> Iterator[ScriptedLLMServer]:
    """One server for the whole session (127.0.0.1, random port)."""
    with start_llm_server() as server:
        yield server


@pytest.fixture
def llm_server(llm_server_session: ScriptedLLMServer) -> Iterator[ScriptedLLMServer]:
    """The session server, reset for this test."""
    llm_server_session.reset()
    yield llm_server_session
    llm_server_session.reset()
