"""Validate the multilingual lexicon against the shared JobTech data.

Checks, for retrieval/lexicon/occupations.yaml and skills.yaml:
- every occupation id exists in taxonomy/occupation_names.json with exactly the Swedish label given;
- every skill/driving-licence/language id exists in the 2019 legacy dump under that type, same label;
- keys are unique, every entry has at least one term, language codes are known;
- no normalised term is listed twice for different entries of the same kind and language
  (reported as warnings: deliberate overlaps are allowed but should be rare).

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

from retrieval.lexicon import LANGS, LEXICON_DIR  # noqa: E402
from retrieval.lexicon.normalize import normalize_str  # noqa: E402


def _occupations(data_dir: Path) -> dict[str, str]:
    raw = json.loads((data_dir / "taxonomy" / "occupation_names.json").read_text(encoding="utf-8"))
    return {c["id"]: c["preferred_label"] for c in raw["data"]["concepts"]}


def _legacy(data_dir: Path) -> dict[str, dict[str, str]]:
    raw = json.loads((data_dir / "taxonomy" / "legacy" / "taxonomy_legacy_id_dump_2019-12-02.json").read_text(encoding="utf-8"))
    return {t: {v["conceptId"]: v["preferredLabel"] for v in (items or {}).values() if v} for t, items in raw.items()}


def validate(data_dir: Path, lexicon_dir: Path = LEXICON_DIR) -> tuple[list[str], list[str], dict]:
    """Return (errors, warnings, stats)."""
    errors: list[str] = []
    warnings: list[str] = []
    occ = _occupations(data_dir)
    legacy = _legacy(data_dir)
    stats: dict = {}
    for fname, kind in (("occupations.yaml", "occupation"), ("skills.yaml", "skill")):
        doc = yaml.safe_load((lexicon_dir / fname).read_text(encoding="utf-8")) or {}
        keys: set[str] = set()
        seen_terms: dict[tuple[str, str], str] = {}
        per_lang: dict[str, int] = {}
        entries = doc.get("entries") or []
        for e in entries:
            key = e.get("key")
            where = f"{fname}:{key}"
            if not key or key in keys:
                errors.append(f"{where}: missing or duplicate key")
            keys.add(key)
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
                    other = seen_terms.get((lang, nt))
                    if other and other != key:
                        warnings.append(f"{fname}: term {t!r} ({lang}) in both {other} and {key}")
                    seen_terms.setdefault((lang, nt), key)
        stats[kind] = {"entries": len(entries), "terms_per_lang": per_lang}
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
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
