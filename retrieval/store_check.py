"""Checking an embedded Chroma store that an interrupted ingest may have left half-written.

A process killed in the middle of a write can leave a collection's HNSW segment files torn. The collection
the killed ingest was writing (named in its ``ingest.unfinished`` marker) is dropped outright: a torn index
can pass every read and still crash chromadb on the next write (SIGSEGV on CI in test_faults_ingest_kill,
after the probe below had passed). Reading such
a segment does not always raise: a torn ``header.bin`` makes chromadb's native reader crash the whole
process (SIGSEGV, seen on CI in test_faults_ingest_kill), which no ``try`` can catch. So each collection
is read in a child process first (count, one stored vector, one nearest-neighbour query); a collection
whose reading kills the child or raises is dropped, again in a child, and the resumed ingest rebuilds it
(the embedding cache keeps the vectors, so nothing is embedded twice). If even dropping fails, the
Chroma directory is removed and every kind is ingested again.

Run as ``python -m retrieval.store_check PATH [--drop NAME]``; the parent side is :func:`repair_store`.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("vagledning.store")

_TIMEOUT = 600  # seconds for one child: a large store's indexes load in well under a minute


def _client(path: str):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=path, settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False))


def _probe(path: str) -> None:
    """Print ``names`` then ``ok NAME`` per collection read in full; a crash stops the output where it happened."""
    client = _client(path)
    names = sorted(c.name for c in client.list_collections())
    print("names", *names, flush=True)
    for name in names:
        col = client.get_collection(name, embedding_function=None)
        if col.count():
            got = col.get(limit=1, include=["embeddings"])
            col.query(query_embeddings=[got["embeddings"][0]], n_results=1, include=[])
        print("ok", name, flush=True)


def _run(args: list[str]) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-m", "retrieval.store_check", *args], capture_output=True, text=True,
                          timeout=_TIMEOUT, check=False)
    return proc.returncode, proc.stdout.splitlines()


def repair_store(chroma_dir: Path, suspects: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Drop ``suspects`` and the collections of ``chroma_dir`` that cannot be read; the names dropped
    (``["*"]``: all removed)."""
    if not chroma_dir.is_dir():
        return []
    dropped: list[str] = []
    for name in suspects:
        code, lines = _run([str(chroma_dir), "--drop", name])
        if code != 0:
            return _remove_all(chroma_dir)
        if "dropped" not in lines:
            continue
        log.warning("collection %s was being written when an ingest was interrupted; dropped, to be rebuilt", name)
        dropped.append(name)
    for _ in range(64):  # one round per broken collection; far more than the kinds there are
        code, lines = _run([str(chroma_dir)])
        if code == 0:
            return dropped
        names = next((ln.split()[1:] for ln in lines if ln.startswith("names")), None)
        done = {ln.split(maxsplit=1)[1] for ln in lines if ln.startswith("ok ")}
        broken = next((n for n in (names or []) if n not in done), None)
        if broken is None or _run([str(chroma_dir), "--drop", broken])[0] != 0:
            break
        log.warning("collection %s unreadable after an interrupted ingest; dropped, to be rebuilt", broken)
        dropped.append(broken)
    return _remove_all(chroma_dir)


def _remove_all(chroma_dir: Path) -> list[str]:
    log.warning("the vector store could not be repaired collection by collection; removed, every kind is rebuilt")
    shutil.rmtree(chroma_dir)
    return ["*"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m retrieval.store_check")
    parser.add_argument("path")
    parser.add_argument("--drop", default=None)
    args = parser.parse_args(argv)
    if args.drop:
        client = _client(args.path)
        if args.drop in {c.name for c in client.list_collections()}:  # a kill before it was created left none
            client.delete_collection(args.drop)
            print("dropped", flush=True)
    else:
        _probe(args.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
