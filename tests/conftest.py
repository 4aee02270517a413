"""Shared fixtures. Tests never touch the network except 127.0.0.1."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
pytest_plugins = ["tests.conftest_llm", "tests.store_fixture", "tests.harness"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real shared data (../shared/data, or VAGLEDNING_DATA_DIR)."""
    path = Path(os.environ.get("VAGLEDNING_DATA_DIR", ROOT.parent / "shared" / "data")).resolve()
    if not path.is_dir():
        pytest.fail(f"shared data not found at {path}; set VAGLEDNING_DATA_DIR")
    return path


def pytest_collection_modifyitems(config, items):
    """Browser tests last: Playwright's sync API keeps an event loop running in the main thread
    for the rest of the session, which breaks later tests that call asyncio.run()."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
