"""The lexicon's files: which YAML files under ``retrieval/lexicon`` are lexicon files, of which kind,
each parsed once per modification time."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

LEXICON_DIR = Path(__file__).resolve().parent
Kind = Literal["occupation", "skill"]


@lru_cache(maxsize=32)
def _parse(path: Path, mtime_ns: int) -> Any:
    """A lexicon file parsed once (file_kind and read_entries both need it), with libyaml when
    available: the pure-Python parser twice over the files cost ~1.9 s CPU of every start-up."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # a safe loader (C or Python)


def _yaml(path: Path) -> Any:
    return _parse(path, path.stat().st_mtime_ns)


def read_yaml(path: Path) -> Any:
    """A lexicon file's data, parsed once per modification time."""
    return _yaml(path)


_PREFIX_KINDS: tuple[tuple[str, Kind], ...] = (("occupations", "occupation"), ("skills", "skill"))


def file_kind(path: Path) -> Kind | None:
    """Kind of a lexicon YAML file: its top-level ``kind`` if set, else from the file-name prefix."""
    data = _yaml(path) or {}
    declared = data.get("kind") if isinstance(data, dict) else None
    if declared in ("occupation", "skill"):
        return declared
    if declared is not None:
        raise ValueError(f"{path.name}: unknown lexicon kind {declared!r}")
    for prefix, kind in _PREFIX_KINDS:
        if path.name.startswith(prefix):
            return kind
    return None


def lexicon_files(directory: Path | None = None) -> list[tuple[Path, Kind]]:
    """Every lexicon file in ``directory`` with its kind, in a stable order (the original
    ``occupations.yaml``/``skills.yaml`` first, so their entries win ties)."""
    d = Path(directory or LEXICON_DIR)
    out: list[tuple[Path, Kind]] = []
    for path in sorted(d.glob("*.yaml"), key=lambda p: (p.name not in ("occupations.yaml", "skills.yaml"), p.name)):
        kind = file_kind(path)
        if kind is not None:
            out.append((path, kind))
    return out


def names_by_concept(kind: Kind, keep: Callable[[dict], bool],
                     keys: Callable[[str, str], Iterable[str]]) -> dict[str, dict[str, str]]:
    """Key -> {language: name}, the lexicon read backwards: an entry's first term in a language names its
    concepts in that language, the most specific entry (fewest concepts, then file order) winning. ``keep``
    picks the entries (title entries, skill entries); ``keys`` gives a concept's keys from its id and label.
    Swedish terms are left out: Swedish readers get the sources' own labels."""
    best: dict[tuple[str, str], tuple[int, int, str]] = {}
    order = 0
    for path, file_kind_ in lexicon_files():
        data = _yaml(path) if file_kind_ == kind else None
        for entry in data.get("entries") or [] if isinstance(data, dict) else []:
            if not isinstance(entry, dict) or not keep(entry):
                continue
            order += 1
            concepts, terms = entry.get("concepts") or {}, entry.get("terms") or {}
            for cid, label in concepts.items():
                for language, words in terms.items():
                    if language in ("sv", "sv-easy") or not words:
                        continue
                    rank = (len(concepts), order, str(words[0]))
                    for key in keys(str(cid), str(label)):
                        if (key, language) not in best or rank < best[(key, language)]:
                            best[(key, language)] = rank
    names: dict[str, dict[str, str]] = {}
    for (key, language), (_, _, name) in best.items():
        names.setdefault(key, {})[language] = name
    return names
