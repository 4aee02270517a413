"""Validate the multilingual lexicon against the shared JobTech data.

Checks every lexicon file in retrieval/lexicon/ (``occupations*.yaml``, ``skills*.yaml`` and any
other YAML there with a top-level ``kind: occupation|skill``; see ``retrieval.lexicon.lexicon_files``):
- every occupation id exists in taxonomy/occupation_names.json with exactly the Swedish label given;
- every skill/driving-licence/language id exists in the 2019 legacy dump under that type, same label;
- keys are unique per kind across all files, every entry has at least one term, language codes and
  roles (title | task | workplace) are known;
- no normalised term is listed twice for different entries of the same kind and language, across
  files (reported as warnings: deliberate overlaps are allowed but should be rare).
YAML files in the directory that are not lexicon files are listed under "ignored_files".

Usage: python scripts/validate_lexicon.py [--data-dir DIR]. Exit code 1 on errors.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from retrieval.lexicon import LANGS, LEXICON_DIR, lexicon_files
from retrieval.lexicon.normalize import normalize_str


def _occupations(data_dir: Path) -> dict[str, str]:
    raw = json.loads((data_dir / "taxonomy" / "occupation_names.json").read_text(encoding="utf-8"))
    return {c["id"]: c["preferred_label"] for c in raw["data"]["concepts"]}


def _legacy(data_dir: Path) -> dict[str, dict[str, str]]:
    raw = json.loads((data_dir / "taxonomy" / "legacy" / "taxonomy_legacy_id_dump_2019-12-02.json").read_text(encoding="utf-8"))
    return {t: {v["conceptId"]: v["preferredLabel"] for v in (items or {}).values() if v} for t, items in raw.items()}


def validate(data_dir: Path, lexicon_dir: Path = LEXICON_DIR) -> tuple[list[str], list[str], dict]:
    """Return (errors, warnings, stats); stats has per-kind totals and per-file entry counts."""
    errors: list[str] = []
    warnings: list[str] = []
    occ = _occupations(data_dir)
    legacy = _legacy(data_dir)
    stats: dict = {"files": {}}
    try:
        files = lexicon_files(lexicon_dir)
    except ValueError as exc:  # a file declares an unknown kind
        return [str(exc)], [], stats
    stats["ignored_files"] = sorted(p.name for p in lexicon_dir.glob("*.yaml") if p not in {f for f, _ in files})
    # Keys and terms are checked per kind across files: the loader merges all files of a kind.
    keys: dict[str, dict[str, str]] = {}
    seen_terms: dict[str, dict[tuple[str, str], str]] = {}
    for path, kind in files:
        fname = path.name
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        kstats = stats.setdefault(kind, {"entries": 0, "terms_per_lang": {}})
        per_lang: dict[str, int] = kstats["terms_per_lang"]
        kind_keys = keys.setdefault(kind, {})
        kind_terms = seen_terms.setdefault(kind, {})
        entries = doc.get("entries") or []
        for e in entries:
            key = e.get("key")
            where = f"{fname}:{key}"
            if not key or key in kind_keys:
                errors.append(f"{where}: missing or duplicate key" + (f" (also in {kind_keys[key]})" if key in kind_keys else ""))
            kind_keys.setdefault(key, fname)
            if e.get("role", "title") not in ("title", "task", "workplace"):
                errors.append(f"{where}: unknown role {e.get('role')!r} (title | task | workplace)")
            ctype = e.get("type", "occupation-name" if kind == "occupation" else "skill")
            concepts = e.get("concepts") or {}
            if not concepts:
                errors.append(f"{where}: no concepts")
            for cid, label in concepts.items():
                ref = occ if ctype == "occupation-name" else legacy.get(ctype, {})
                if cid not in ref:
                    errors.append(f"{where}: id {cid} not found as {ctype}")
                elif ref[cid] != label:
                    errors.append(f"{where}: id {cid} label {label!r} != data {ref[cid]!r}")
            terms = e.get("terms") or {}
            if not any(terms.values()):
                errors.append(f"{where}: no terms")
            for lang, items in terms.items():
                if lang not in LANGS:
                    errors.append(f"{where}: unknown language {lang!r}")
                    continue
                for t in items or []:
                    per_lang[lang] = per_lang.get(lang, 0) + 1
                    nt = " ".join(normalize_str(str(t)).split())
                    other = kind_terms.get((lang, nt))
                    if other and other != key:
                        warnings.append(f"{fname}: term {t!r} ({lang}) in both {other} and {key}")
                    kind_terms.setdefault((lang, nt), key)
        kstats["entries"] += len(entries)
        stats["files"][fname] = {"kind": kind, "entries": len(entries)}
    return errors, warnings, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=None)
    args = ap.parse_args(argv)
    data_dir = args.data_dir
    if data_dir is None:
        from vagledning.settings import get_settings

        data_dir = get_settings().data_dir
    errors, warnings, stats = validate(data_dir)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    for name in stats.get("ignored_files", []):
        print("note: not a lexicon file (no kind), ignored:", name)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
