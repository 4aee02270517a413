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


# Session fixtures built once under a lock (tests/build_cache.py): the first worker to need them builds
# them while another that needs them waits on the lock.
BUILT_FIXTURES = frozenset({"relations_db", "fake_store"})


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects: the marker must be there when it looks
def pytest_collection_modifyitems(config, items):
    """Mark real-store tests slow, and order whole files for two workers (``scripts/test`` runs
    ``--dist loadfile --no-loadscope-reorder``, which hands files out in this order) so that a worker
    waits on a build lock (tests/build_cache.py, tests/store_fixture.py) as little as possible:

    1. one file that needs the small store, then one that needs the real store: on a cold cache each
       worker starts one build at once;
    2. the files that need no built store, most tests first, while those build;
    3. the other files that need the small store (a cache hit by then), then those that need the real
       store, most tests first;
    4. browser files last: Playwright's sync API keeps an event loop running in the main thread for
       the rest of a worker's session (tests/aio.run_async is safe after it)."""
    files: dict[str, list] = {}
    for item in items:
        if REAL_STORE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
        files.setdefault(item.nodeid.split("::")[0], []).append(item)

    def uses(tests: list, names: frozenset) -> bool:
        return any(names & set(getattr(t, "fixturenames", ())) for t in tests)

    def group(tests: list) -> int:
        if any(t.get_closest_marker("browser") for t in tests):
            return 4
        return 3 if uses(tests, REAL_STORE_FIXTURES) else 2 if uses(tests, BUILT_FIXTURES) else 1

    order = sorted(files, key=lambda f: (group(files[f]), -len(files[f]), f))
    starters = [next((f for f in order if group(files[f]) == 2 and uses(files[f], frozenset({"fake_store"}))), None),
                next((f for f in order if group(files[f]) == 3), None)]
    for f in reversed([f for f in starters if f is not None]):
        order.remove(f)
        order.insert(0, f)
    rank = {f: i for i, f in enumerate(order)}
    items.sort(key=lambda item: rank[item.nodeid.split("::")[0]])
