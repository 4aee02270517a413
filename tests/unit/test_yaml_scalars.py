"""No YAML data file of the repository holds a key or list item that YAML 1.1 reads as a boolean or null.

``NO:`` (Norway's ISO code) is read as ``False`` by YAML 1.1: cues.yaml's and abroad_places.yaml's Norway became a
country coded ``False``, and every message naming Norway ("jobb … i Norge") failed its turn on the ``OriginMention``
model (found by benchmarks/profile_unseen.py's unseen texts). Codes and words must be quoted where YAML would read
them otherwise (``"NO"``, ``"no"``, ``"on"``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from vagledning.yaml_data import load_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for top in ("assistant", "retrieval", "ingest", "api", "evals", "prompts", "vagledning", "tests")
               for p in (ROOT / top).rglob("*.yaml"))


def _odd(x, path: str, out: list[str]) -> None:
    if isinstance(x, dict):
        for k, v in x.items():
            if isinstance(k, bool) or k is None:
                out.append(f"{path}: key {k!r}")
            _odd(v, f"{path}/{k}", out)
    elif isinstance(x, list):
        for v in x:
            if isinstance(v, bool) or v is None:
                out.append(f"{path}: item {v!r}")
            _odd(v, path, out)


def test_there_are_data_files():
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_boolean_or_null_keys_and_items(path):
    out: list[str] = []
    _odd(load_yaml(path.read_text(encoding="utf-8")), "", out)
    assert not out, out
