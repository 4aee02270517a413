"""Check every evaluation dataset against the taxonomy data.

Run ``python -m evals.validate`` (exit code 1 on problems). Checks that every occupation,
skill, region and SSYK id/code exists in the shared data, that each expected occupation's
SSYK group is among the case's expected SSYK codes, that ``ci_small`` is a subset of the
development self-assessments, and that each dataset meets its minimum counts per language.
The test part (``datasets/test/``) is checked by :mod:`evals.validate_test`: its job titles
must be absent from every taxonomy title list, its ESCO URIs must exist, and no test text may
also be a development text.

SSYK codes: the 2019 legacy dump's ``legacyAmsTaxonomyId`` of ssyk-level-4 concepts is an
internal AMS id (e.g. 1452 for "Grundutbildade sjuksköterskor"), not the SSYK 2012 code
(2221). The codes therefore come from ``datasets/ssyk_codes.json`` (curated, see
``evals/README.md``); each code there must be a key of ``labour_market/ssyk_salary.json``,
the SSYK-2012 code list present in the data.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from evals.harness import load_dataset

DATASETS_DIR = Path(__file__).resolve().parent / "datasets"
DEV, TEST = "dev", "test"
LANGUAGES = ("sv", "sv-easy", "en", "ar", "so", "ti", "fa", "uk")
MIN_PER_LANGUAGE = {"self_assessments.jsonl": 10}
MIN_TOTAL = {"self_assessments.jsonl": 100, "job_titles.jsonl": 80, "skills.jsonl": 50}
CI_PER_LANGUAGE = (2, 4)
SA_CATEGORIES = ("task", "informal", "abroad", "interest", "titled")
_CODE = re.compile(r"^\d{4}$")


class TaxonomyIndex:
    """The id sets the validator needs, read from the shared data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = str(Path(data_dir).resolve())
        tax = data_dir / "taxonomy"
        occs = json.loads((tax / "occupation_names.json").read_text(encoding="utf-8"))["data"]["concepts"]
        self.occupation_ssyk: dict[str, list[str]] = {o["id"]: [s["id"] for s in o.get("ssyk") or []] for o in occs}
        groups = json.loads((tax / "ssyk_level_4.json").read_text(encoding="utf-8"))["data"]["concepts"]
        self.ssyk_label: dict[str, str] = {g["id"]: g["preferred_label"] for g in groups}
        legacy = json.loads((tax / "legacy" / "taxonomy_legacy_id_dump_2019-12-02.json").read_text(encoding="utf-8"))
        self.skill_label: dict[str, str] = {v["conceptId"]: v["preferredLabel"] for v in legacy["skill"].values()}
        self.region_ids: set[str] = set(json.loads((tax / "regions.json").read_text(encoding="utf-8")).values())
        salary = json.loads((data_dir / "labour_market" / "ssyk_salary.json").read_text(encoding="utf-8"))
        self.ssyk2012_codes: set[str] = {k for k in salary if _CODE.match(k)}


@lru_cache(maxsize=4)
def load_index(data_dir: str) -> TaxonomyIndex:
    """Cached :class:`TaxonomyIndex` for a data directory."""
    return TaxonomyIndex(Path(data_dir))


def load_ssyk_table(datasets_dir: Path = DATASETS_DIR) -> dict[str, str]:
    """ssyk-level-4 concept id -> SSYK 2012 code, from ``ssyk_codes.json``."""
    raw = json.loads((datasets_dir / "ssyk_codes.json").read_text(encoding="utf-8"))
    return {cid: v["ssyk_code"] for cid, v in raw.items()}


def _check_ssyk_table(idx: TaxonomyIndex, datasets_dir: Path) -> list[str]:
    problems = []
    raw = json.loads((datasets_dir / "ssyk_codes.json").read_text(encoding="utf-8"))
    for cid, v in raw.items():
        if cid not in idx.ssyk_label:
            problems.append(f"ssyk_codes.json: {cid} is not an ssyk-level-4 id")
        elif idx.ssyk_label[cid] != v.get("label"):
            problems.append(f"ssyk_codes.json: {cid} label {v.get('label')!r} != {idx.ssyk_label[cid]!r}")
        if v.get("ssyk_code") not in idx.ssyk2012_codes:
            problems.append(f"ssyk_codes.json: {cid} code {v.get('ssyk_code')!r} is not an SSYK 2012 code")
    dup = [c for c, n in Counter(v.get("ssyk_code") for v in raw.values()).items() if n > 1]
    if dup:
        problems.append(f"ssyk_codes.json: codes used twice: {dup}")
    return problems


def unknown_ssyk_codes(cid: str, codes: list[str], idx: TaxonomyIndex, table: dict[str, str]) -> list[str]:
    """Problems for expected SSYK codes that are not SSYK 2012 codes of the taxonomy table."""
    return [f"{cid}: SSYK code {code!r} unknown" for code in codes
            if code not in idx.ssyk2012_codes or code not in table.values()]


def _check_self_assessment(row: dict[str, Any], idx: TaxonomyIndex, table: dict[str, str]) -> list[str]:
    p, cid = [], row["id"]
    if row["language"] not in LANGUAGES:
        p.append(f"{cid}: unknown language {row['language']!r}")
    if not str(row.get("text", "")).strip():
        p.append(f"{cid}: empty text")
    if "region" in row and row["region"] not in idx.region_ids:
        p.append(f"{cid}: region {row['region']!r} not in regions.json")
    codes, occs = row.get("expected_ssyk_codes") or [], row.get("expected_occupation_ids") or []
    # Categorised cases (task, informal, interest … as in the test part): interest-only ones accept
    # several groups, name no occupation and must never be answered with nothing.
    cat = row.get("category")
    if cat is not None and cat not in SA_CATEGORIES:
        p.append(f"{cid}: category {cat!r} not in {SA_CATEGORIES}")
    lo, hi = (3, 10) if cat == "interest" else ((1, 4) if cat else (1, 3))
    if not lo <= len(codes) <= hi:
        p.append(f"{cid}: needs {lo}-{hi} expected_ssyk_codes, has {len(codes)}")
    if cat == "interest":
        if row.get("must_not_be_empty") is not True:
            p.append(f"{cid}: interest-only cases need must_not_be_empty: true")
    elif not 1 <= len(occs) <= 5:
        p.append(f"{cid}: needs 1-5 expected_occupation_ids, has {len(occs)}")
    p += unknown_ssyk_codes(cid, codes, idx, table)
    for oid in occs:
        if oid not in idx.occupation_ssyk:
            p.append(f"{cid}: occupation id {oid!r} not in occupation_names.json")
            continue
        group_codes = [table.get(g) for g in idx.occupation_ssyk[oid]]
        if not any(c in codes for c in group_codes):
            p.append(f"{cid}: occupation {oid} is in SSYK {group_codes}, not among {codes}")
    return p


def validate_all(data_dir: Path, datasets_dir: Path = DATASETS_DIR) -> list[str]:
    """All problems found in the datasets under ``datasets_dir`` (empty list = valid).

    ``datasets_dir`` holds ``ssyk_codes.json``, ``ci_small.jsonl``, ``dev/`` and ``test/``.
    """
    from evals.validate_test import validate_test

    idx = load_index(str(Path(data_dir).resolve()))
    table = load_ssyk_table(datasets_dir)
    problems = _check_ssyk_table(idx, datasets_dir)
    problems += validate_dev(idx, table, datasets_dir)
    problems += validate_test(Path(data_dir), idx, table, datasets_dir)
    return problems


def validate_dev(idx: TaxonomyIndex, table: dict[str, str], datasets_dir: Path = DATASETS_DIR) -> list[str]:
    """Problems in the development sets (``dev/``) and in ``ci_small.jsonl``."""
    from evals.validate_test import check_test_esco, check_test_title, esco_skill_labels, taxonomy_titles

    problems: list[str] = []
    dev = datasets_dir / DEV
    sa = load_dataset(dev / "self_assessments.jsonl")
    for row in sa:
        problems += _check_self_assessment(row, idx, table)

    ci = load_dataset(datasets_dir / "ci_small.jsonl")
    sa_by_id = {r["id"]: r for r in sa}
    for row in ci:
        if sa_by_id.get(row["id"]) != row:
            problems.append(f"ci_small: {row['id']} is not an unchanged copy of a self-assessment case")
    ci_counts = Counter(r["language"] for r in ci)
    for lang in LANGUAGES:
        lo, hi = CI_PER_LANGUAGE
        if not lo <= ci_counts.get(lang, 0) <= hi:
            problems.append(f"ci_small: {ci_counts.get(lang, 0)} cases for {lang}, want {lo}-{hi}")

    for row in load_dataset(dev / "job_titles.jsonl"):
        if row.get("category"):
            # Written like the test titles (absent from every title list, SSYK codes checked).
            problems += check_test_title(row, idx, table, taxonomy_titles(idx.data_dir))
            continue
        ids = row.get("expected_occupation_ids") or []
        if not str(row.get("query", "")).strip():
            problems.append(f"{row['id']}: empty query")
        if not 1 <= len(ids) <= 5:
            problems.append(f"{row['id']}: needs 1-5 expected_occupation_ids")
        problems += [f"{row['id']}: occupation id {o!r} unknown" for o in ids if o not in idx.occupation_ssyk]

    for row in load_dataset(dev / "skills.jsonl"):
        ids, labels = row.get("expected_skill_ids") or [], row.get("expected_labels") or []
        if not ids or len(ids) != len(labels):
            problems.append(f"{row['id']}: expected_skill_ids and expected_labels must be non-empty and aligned")
        for sid, lab in zip(ids, labels):
            if sid not in idx.skill_label:
                problems.append(f"{row['id']}: skill id {sid!r} not a 2019 skill concept")
            elif idx.skill_label[sid] != lab:
                problems.append(f"{row['id']}: label {lab!r} != {idx.skill_label[sid]!r} for {sid}")

    if (dev / "esco_skills.jsonl").is_file():
        labels = esco_skill_labels(idx.data_dir)
        for row in load_dataset(dev / "esco_skills.jsonl"):
            problems += check_test_esco(row, labels)

    for name, minimum in MIN_TOTAL.items():
        n = len(load_dataset(dev / name))
        if n < minimum:
            problems.append(f"dev/{name}: {n} cases, want >= {minimum}")
    for name, minimum in MIN_PER_LANGUAGE.items():
        counts = counts_by_language(dev / name)
        problems += [f"dev/{name}: {counts.get(lang, 0)} cases for {lang}, want >= {minimum}"
                     for lang in LANGUAGES if counts.get(lang, 0) < minimum]
    return problems


def counts_by_language(path: Path) -> dict[str, int]:
    """Number of cases per language in a JSONL dataset."""
    return dict(Counter(r["language"] for r in load_dataset(path)))


def main(argv: list[str] | None = None) -> int:
    """CLI: validate, print problems and counts, return the exit code."""
    from vagledning.settings import get_settings

    problems = validate_all(get_settings().data_dir)
    for path in sorted(DATASETS_DIR.glob("**/*.jsonl")):
        counts = counts_by_language(path)
        print(f"{path.relative_to(DATASETS_DIR)}: {sum(counts.values())} cases {dict(sorted(counts.items()))}")
    for prob in problems:
        print("PROBLEM:", prob)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
