"""Ingest killed with SIGKILL at random moments, several times, then rerun to completion:
the store holds exactly the entries (ids + document hashes) of a clean ingest.

``vagledning ingest --only occupation,ssyk`` runs as a subprocess (fake embedder, temp store);
the clean reference is the session's ``fake_store`` (the same kinds, sources and embedder).
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import time

import pytest

from tests.harness import ROOT, VENV_BIN
from vagledning.settings import Settings

pytestmark = pytest.mark.slow  # three real ingests killed and resumed: 52 s measured on a busy 2-core box

KINDS = ("occupation", "ssyk")
KILLS = 3


def _entries(store_dir) -> dict[str, list[tuple[str, str]]]:
    from retrieval.store import VectorStore, make_client

    store = VectorStore(make_client(Settings(store_dir=store_dir, embedder="fake")), "vagledning")
    out = {}
    for kind in KINDS:
        ids, _texts, metas = store.all_entries(kind)
        out[kind] = sorted((i, m.get("doc_hash", "")) for i, m in zip(ids, metas))
    return out


def _ingest(store_dir, data_dir) -> subprocess.Popen:
    env = {**os.environ, "VAGLEDNING_EMBEDDER": "fake", "VAGLEDNING_STORE_DIR": str(store_dir),
           "VAGLEDNING_DATA_DIR": str(data_dir), "OPENBLAS_NUM_THREADS": "1", "ANONYMIZED_TELEMETRY": "False"}
    return subprocess.Popen([str(VENV_BIN / "vagledning"), "ingest", "--only", ",".join(KINDS)], cwd=str(ROOT), env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)


def test_sigkilled_ingest_resumes_to_a_clean_store(fake_store, data_dir, tmp_path):
    seed = int(time.time())
    rng = random.Random(seed)
    store = tmp_path / "store"
    killed_at = []
    for _ in range(KILLS):
        proc = _ingest(store, data_dir)
        delay = rng.uniform(2.0, 12.0)
        try:
            proc.wait(delay)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
            killed_at.append(round(delay, 1))
    assert killed_at, f"no run was killed (seed {seed}): the ingest finished before every kill"
    proc = _ingest(store, data_dir)
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0, out.decode(errors="replace")[-2000:]
    got, clean = _entries(store), _entries(fake_store)
    for kind in KINDS:
        assert clean[kind], kind
        assert got[kind] == clean[kind], f"{kind}: store differs from a clean ingest (seed {seed}, kills {killed_at})"
    # And the resumed store answers.
    from retrieval.runtime import clear_runtimes, open_runtime

    clear_runtimes()
    rt = open_runtime(Settings(store_dir=store, data_dir=data_dir, embedder="fake"))
    assert rt.search.search("kock", "occupation", 3)
    assert rt.relations.meta()
    clear_runtimes()
