"""Coverage of the curated occupation lexicon over the 400 SSYK-4 groups, per language.

A group counts as covered in a language when at least one occupation entry with a term in that
language lists (as primary or further concept) an occupation name that belongs to the group
(occupation_names.json ``ssyk`` relation; codes from retrieval/data/ssyk2012.tsv by label).

Usage: python scripts/lexicon_coverage.py [--data-dir DIR] [--lexicon-dir DIR] [--prefix 01234]
                                          [--missing LANG ...] [--json]
Prints, per language, how many groups have >= 1 term (optionally only groups whose code starts
with one of the --prefix digits) and, with --missing, the uncovered groups.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from retrieval.lexicon import LANGS, LEXICON_DIR, Lexicon
from retrieval.ssyk_codes import code_for_label

# The languages the lexicon must reach every group in (issue 9, item 5); sv and ru are reported too.
REQUIRED_LANGS = ("so", "ti", "fa", "ar", "uk", "en", "sv-easy")


def ssyk_groups(data_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(SSYK code -> group label, occupation-name id -> SSYK code) from the shared taxonomy."""
    tax = data_dir / "taxonomy"
    groups = json.loads((tax / "ssyk_level_4.json").read_text(encoding="utf-8"))["data"]["concepts"]
    id_code: dict[str, str] = {}
    code_label: dict[str, str] = {}
    for g in groups:
        code = code_for_label(g["preferred_label"])
        if code is None:
            raise SystemExit(f"no SSYK code for group {g['preferred_label']!r}")
        id_code[g["id"]] = code
        code_label[code] = g["preferred_label"]
    occ = json.loads((tax / "occupation_names.json").read_text(encoding="utf-8"))["data"]["concepts"]
    occ_code = {o["id"]: id_code[o["ssyk"][0]["id"]] for o in occ if o.get("ssyk") and o["ssyk"][0]["id"] in id_code}
    return code_label, occ_code


def coverage(data_dir: Path, lexicon_dir: Path = LEXICON_DIR) -> tuple[dict[str, str], dict[str, set[str]]]:
    """(code -> label, language -> set of covered SSYK codes)."""
    code_label, occ_code = ssyk_groups(data_dir)
    covered: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for e in Lexicon.load(lexicon_dir).entries:
        if e.kind != "occupation" or e.concept_type != "occupation-name":
            continue
        codes = {occ_code[c] for c in e.concepts if c in occ_code}
        for lang, terms in e.terms.items():
            if terms:
                covered[lang] |= codes
    return code_label, covered


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=None)
    ap.add_argument("--lexicon-dir", type=Path, default=LEXICON_DIR)
    ap.add_argument("--prefix", default="0123456789", help="Only groups whose code starts with one of these digits.")
    ap.add_argument("--missing", nargs="*", default=None, metavar="LANG",
                    help="List uncovered groups for these languages (no LANG: the required ones).")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    data_dir = args.data_dir
    if data_dir is None:
        from vagledning.settings import get_settings

        data_dir = get_settings().data_dir
    code_label, covered = coverage(data_dir, args.lexicon_dir)
    scope = sorted(c for c in code_label if c[0] in args.prefix)
    result = {lang: {"covered": len(covered[lang] & set(scope)), "groups": len(scope),
                     "missing": sorted(set(scope) - covered[lang])} for lang in LANGS}
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(f"SSYK-4 groups with >= 1 curated term (codes starting {args.prefix}: {len(scope)} groups)")
        for lang in LANGS:
            r = result[lang]
            mark = "" if lang in REQUIRED_LANGS else "  (not required)"
            print(f"  {lang:8} {r['covered']:4}/{r['groups']}{mark}")
    if args.missing is not None:
        for lang in args.missing or REQUIRED_LANGS:
            for code in result[lang]["missing"]:
                print(f"missing {lang}\t{code}\t{code_label[code]}")
    ok = all(result[lang]["covered"] == len(scope) for lang in REQUIRED_LANGS)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
