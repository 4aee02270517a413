"""Small test stores built once per content and kept across test sessions (``var/test-cache/``).

Building the relations DB and the small fake-embedder stores costs half a minute of CPU per
session, and their inputs rarely change between two runs. A build is kept under a key that hashes
everything it is made from: the code and package data of ``ingest/``, ``retrieval/`` and
``vagledning/``, this module and ``tests/harness.py``, the names, sizes and modification times of
the files in the data directory, the ``VAGLEDNING_*`` environment, the Python version, the installed
packages with their versions, and the caller's recipe (e.g. the kinds ingested). Any change means a
new build; of each name the three builds used last are kept. Tests only ever use copies.
"""
from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import re
import shutil
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("VAGLEDNING_TEST_CACHE", ROOT / "var" / "test-cache"))
CODE = ("ingest", "retrieval", "vagledning")
CODE_SUFFIXES = {".py", ".yaml", ".yml", ".json", ".tsv", ".txt", ".csv"}
BUILDERS = (ROOT / "tests" / "build_cache.py", ROOT / "tests" / "harness.py")
KEEP = 3  # builds kept per name


@lru_cache(maxsize=4)
def _inputs(data_dir: Path) -> str:
    # Computed once per session (about half a second): code, data, environment and packages.
    h = hashlib.sha256()
    files = [f for pkg in CODE for f in (ROOT / pkg).rglob("*") if f.suffix in CODE_SUFFIXES and f.is_file()]
    for f in sorted(files) + list(BUILDERS):
        h.update(str(f.relative_to(ROOT)).encode() + b"\0" + f.read_bytes())
    for f in sorted(p for p in Path(data_dir).rglob("*") if p.is_file()):
        st = f.stat()
        h.update(f"{f.relative_to(data_dir)}:{st.st_size}:{st.st_mtime_ns}".encode())
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("VAGLEDNING_"))
    installed = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    h.update(repr((env, sys.version, installed)).encode())
    return h.hexdigest()


def fingerprint(data_dir: Path, recipe: str) -> str:
    """A hash of everything a test store is built from (see the module docstring)."""
    return hashlib.sha256(f"{_inputs(Path(data_dir))}:{recipe}".encode()).hexdigest()[:16]


def cached_copy(name: str, data_dir: Path, recipe: str, build: Callable[[Path], object], dst: Path) -> Path:
    """A copy at ``dst`` of the directory ``build(dir)`` fills, built once per fingerprint. Building,
    pruning and copying happen under one lock: two sessions never build the same thing at once, and
    one never removes a build while another copies it."""
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / f"{name}-{fingerprint(data_dir, recipe)}"
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not (target / ".complete").exists():
                tmp = CACHE / f".{target.name}.tmp-{os.getpid()}"
                shutil.rmtree(tmp, ignore_errors=True)
                tmp.mkdir()
                try:
                    build(tmp)
                    (tmp / ".complete").touch()
                    shutil.rmtree(target, ignore_errors=True)
                    os.replace(tmp, target)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
            os.utime(target)  # last used: what pruning keeps
            # Sessions on other snapshots of the code may still want their builds: keep the most
            # recently used few of each name, remove the rest (each is 60-200 MB).
            mine = re.compile(re.escape(name) + r"-[0-9a-f]{16}")  # not another name that starts alike
            builds = sorted((b for b in CACHE.iterdir() if mine.fullmatch(b.name)), key=lambda b: b.stat().st_mtime,
                            reverse=True)
            for old in builds[KEEP:]:
                shutil.rmtree(old, ignore_errors=True)
            # Modification times are kept: the privacy scans skip files older than the test.
            shutil.copytree(target, dst, ignore=shutil.ignore_patterns(".complete"))
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return dst
