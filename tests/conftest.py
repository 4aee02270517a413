"""Shared fixtures. Tests never touch the network except 127.0.0.1."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# Shared fixtures come from these plugins only; test modules never import fixtures.
pytest_plugins = ["tests.conftest_llm", "tests.store_fixture", "tests.harness", "tests.api_support",
                  "tests.dialogue_support"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real shared data (../shared/data, or VAGLEDNING_DATA_DIR)."""
    path = Path(os.environ.get("VAGLEDNING_DATA_DIR", ROOT.parent / "shared" / "data")).resolve()
    if not path.is_dir():
        pytest.fail(f"shared data not found at {path}; set VAGLEDNING_DATA_DIR")
    return path


@pytest.fixture(scope="module")
def source_documents(data_dir):
    """``source_documents(SourceClass)``: all a file source yields on the real data (documents and
    malformed records), read once per test module."""
    read: dict[type, list] = {}

    def of(source_cls: type) -> list:
        if source_cls not in read:
            read[source_cls] = list(source_cls().documents(data_dir))
        return read[source_cls]
    return of


# A test that uses one of these (directly or through another fixture) builds or opens the shared
# real store (tests/store_fixture.py): it is `slow`, whatever its module says.
REAL_STORE_FIXTURES = frozenset({"real_settings"})


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects: the marker must be there when it looks
def pytest_collection_modifyitems(config, items):
    """Mark real-store tests slow; browser tests last: Playwright's sync API keeps an event loop
    running in the main thread for the rest of the session, which breaks later asyncio.run() calls
    (under pytest-xdist a worker may still get another file after one; tests/aio.run_async is safe)."""
    for item in items:
        if REAL_STORE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
