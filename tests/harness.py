"""Shared pieces of the proof harness (faults, hostile input, privacy, security tests).

* ``relations_db`` (session fixture): the relations DB of the real data.
* ``fake_store`` (session fixture): a small real store — occupation + ssyk from the real data,
  the fake embedder, a copy of ``relations_db`` (~20 s to ingest on 2 cores).
  Both are built once per content and kept across sessions (tests/build_cache.py); a session
  works on its own copies.
* :class:`ServerProcess`: ``vagledning serve`` as a subprocess with its own environment
  (TMPDIR, store, LLM endpoint …); every byte it writes to stdout/stderr is kept for scanning.
* :func:`canaries`: valid personal identifiers (Luhn-checked personnummer/samordningsnummer,
  phone numbers, e-mails, names, street addresses) to seed conversations with.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.build_cache import cached_copy

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


# ---------------------------------------------------------------- the small store

@pytest.fixture(scope="session")
def relations_db(data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The relations DB of the real shared data (~12 s to build on 2 cores; kept across sessions by
    tests/build_cache.py), a copy per session.

    Read-only for tests (``Relations`` opens it read-only): the small stores copy it in instead of
    building their own, and the relations tests read it as it is."""
    from ingest.sources import FILE_SOURCES
    from retrieval.relations import build_relations

    copy = cached_copy("relations", data_dir, "FILE_SOURCES",
                       lambda d: build_relations(data_dir, d / "relations.sqlite", FILE_SOURCES),
                       tmp_path_factory.mktemp("relations") / "db")
    return copy / "relations.sqlite"


def ingest_with_relations(settings, relations_db: Path, **kwargs) -> None:
    """``run_ingest`` for a test store, with the session's relations DB copied in rather than rebuilt
    (ingest builds the same DB from the same files whatever kinds it syncs)."""
    from ingest.pipeline import run_ingest

    run_ingest(settings, relations=False, **kwargs)
    shutil.copyfile(relations_db, Path(settings.store_dir) / "relations.sqlite")


def small_store(data_dir: Path, relations_db: Path, kinds: set, dst: Path) -> Path:
    """A store of ``kinds`` from the real data with the fake embedder and the relations DB, at ``dst``
    (a copy of a build kept across sessions by tests/build_cache.py)."""
    from vagledning.settings import Settings

    def build(store_dir: Path) -> None:
        ingest_with_relations(Settings(data_dir=data_dir, store_dir=store_dir, embedder="fake"), relations_db,
                              kinds=set(kinds))

    recipe = ",".join(sorted(str(k) for k in kinds))
    return cached_copy("store-" + recipe.replace(",", "-"), data_dir, recipe, build, dst)


@pytest.fixture(scope="session")
def fake_store(data_dir: Path, relations_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Path of the session's small store: occupation + ssyk (read-only for tests: copy it before writing)."""
    from vagledning.domain.documents import Kind

    return small_store(data_dir, relations_db, {Kind.occupation, Kind.ssyk},
                       tmp_path_factory.mktemp("fake-store") / "store")


def copy_store(src: Path, dst: Path) -> Path:
    """A private copy of a store directory."""
    shutil.copytree(src, dst)
    return dst


# ---------------------------------------------------------------- the service as a subprocess

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class ServerProcess:
    """A ``vagledning serve`` subprocess; ``output()`` is everything it printed (logs included)."""

    proc: subprocess.Popen
    url: str
    log_path: Path

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


def start_server(env: dict[str, str], log_path: Path, *, timeout: float = 240.0) -> ServerProcess:
    """Start ``vagledning serve`` on a free 127.0.0.1 port with ``env`` added; wait for /healthz.

    ``serve`` accepts connections only once its worker is warm (api/warmup.py): 20-30 s on a quiet
    2-core machine, 1.5-2.5 min when other test runs load it, hence the generous timeout."""
    port = free_port()
    # One warm-up language: these servers test other guarantees, and every served language's warm-up
    # turn per server start made the suite minutes slower (readiness itself is tested with all of them).
    full_env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "ANONYMIZED_TELEMETRY": "False",
                "VAGLEDNING_WARMUP_LANGUAGES": '["sv"]', **env}
    out = open(log_path, "wb")
    proc = subprocess.Popen([str(VENV_BIN / "vagledning"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=out, stderr=subprocess.STDOUT, env=full_env, cwd=str(ROOT), start_new_session=True)
    out.close()
    url = f"http://127.0.0.1:{port}"
    server = ServerProcess(proc, url, log_path)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"vagledning serve exited with {proc.returncode}: {server.output()[-2000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError("vagledning serve did not start in time")


@dataclass
class CanaryServer:
    """``vagledning serve`` set up for the canary tests: over a private copy of the small store, with
    its own TMPDIR, answering through the scripted LLM server; ``started`` is when the test began."""

    server: ServerProcess
    store: Path
    tmpdir: Path
    started: float

    def assert_no_canary(self, needles: list[str], llm_received: str) -> None:
        """No needle in what the LLM server received, in anything the server printed, or in any file
        the process (or anything else) wrote under the store, its TMPDIR or var/ since the start."""
        assert [n for n in needles if n in llm_received] == [], "canaries reached the LLM endpoint"
        logs = self.server.output()
        assert [n for n in needles if n in logs] == [], "canaries in the service's logs"
        leaks = scan_files([self.store, self.tmpdir, self.server.log_path, ROOT / "var"], [n.encode() for n in needles],
                           since=self.started)
        assert leaks == {}, f"canaries in files the process wrote: {leaks}"


def start_canary_server(fake_store: Path, data_dir: Path, tmp_path: Path, llm_url: str, **env: str) -> CanaryServer:
    """Start a :class:`CanaryServer` (``env`` adds or overrides settings of the process)."""
    started = time.time() - 1
    store = copy_store(fake_store, tmp_path / "store")
    tmpdir = tmp_path / "proc-tmp"
    tmpdir.mkdir()
    server = start_server({
        "VAGLEDNING_DATA_DIR": str(data_dir), "VAGLEDNING_STORE_DIR": str(store), "VAGLEDNING_EMBEDDER": "fake",
        "VAGLEDNING_LLM_BASE_URL": llm_url, "VAGLEDNING_LLM_API_KEY": "sk-test", "VAGLEDNING_LLM_MODEL": "m",
        "VAGLEDNING_LLM_TIMEOUT_S": "5", "VAGLEDNING_RATE_LIMIT": "100000/minute",
        "TMPDIR": str(tmpdir), "TEMP": str(tmpdir), "TMP": str(tmpdir), **env,
    }, tmp_path / "server.log")
    return CanaryServer(server, store, tmpdir, started)


def scan_files(paths: list[Path], needles: list[bytes], since: float) -> dict[str, list[str]]:
    """{file: [needles found]} over every file under ``paths`` modified at or after ``since``.

    Files older than ``since`` cannot hold this test's canaries: the store is a fresh copy
    (mtimes preserved) of a store built from the source data only.
    """
    found: dict[str, list[str]] = {}
    unique = sorted(set(needles))
    for root in paths:
        if not root.exists():
            continue
        for f in [root] if root.is_file() else root.rglob("*"):
            try:
                if not f.is_file() or f.stat().st_mtime < since:
                    continue
                data = f.read_bytes()
            except OSError:
                continue
            hits = [n.decode("utf-8", "replace") for n in unique if n in data]
            if hits:
                found[str(f)] = hits
    return found


def sse_events(body: str) -> list[tuple[str, str]]:
    """(event, data) pairs of an SSE body."""
    out = []
    for block in body.split("\n\n"):
        event, data = "", ""
        for line in block.splitlines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
        if event:
            out.append((event, data))
    return out


# ---------------------------------------------------------------- canaries

def _luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def personnummer(rng: random.Random, *, coordination: bool = False) -> str:
    """A checksum-valid personnummer (or samordningsnummer: day + 60), ``YYMMDD-NNNC``."""
    yy, mm, dd = rng.randint(40, 99), rng.randint(1, 12), rng.randint(1, 28)
    nine = f"{yy:02d}{mm:02d}{dd + (60 if coordination else 0):02d}{rng.randint(100, 999):03d}"
    ten = nine + _luhn_digit(nine)
    return f"{ten[:6]}-{ten[6:]}"


FIRST = ["Linnea", "Abdirahman", "Yohannes", "Farida", "Oksana", "Mahmoud", "Sigrid", "Tesfay", "Zahra", "Dmytro"]
LAST = ["Qvarnström", "Warsame", "Gebremedhin", "Rahimi", "Kovalenko", "Haddad", "Lindqvist", "Tekle"]
STREETS = ["Storgatan", "Kvarngatan", "Björkvägen", "Sjöviksvägen", "Tallstigen"]


@dataclass
class Canaries:
    """One person's identifiers, each unique enough to find in any byte stream."""

    pnr: str
    samordning: str
    phone: str
    email: str
    first: str
    last: str
    street: str

    def all(self) -> list[str]:
        """Every string that must never leave the request (full and in compact forms)."""
        digits_phone = self.phone.replace(" ", "").replace("-", "")
        return [self.pnr, self.pnr.replace("-", ""), self.samordning, self.samordning.replace("-", ""),
                self.phone, digits_phone, self.email, f"{self.first} {self.last}", self.last, self.street]


def canaries(seed: int) -> Canaries:
    rng = random.Random(seed)
    phone = f"07{rng.choice('02369')}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    first, last = rng.choice(FIRST), rng.choice(LAST) + f"{rng.choice('xz')}{chr(97 + seed % 26)}"
    email = f"{first.lower()}.{last.lower()}{seed}@example.org"
    street = f"{rng.choice(STREETS)} {rng.randint(11, 99)}"
    return Canaries(personnummer(rng), personnummer(rng, coordination=True), phone, email, first, last, street)
