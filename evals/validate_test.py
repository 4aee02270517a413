"""Checks of the test part of the evaluation sets (``evals/datasets/test/``).

The test sets were written before the interpretation was tuned and must never be tuned on.
Besides id validity, the checks keep them honest as a test:

- every job-title query is absent (case-insensitively) from all taxonomy title lists in the
  data: occupation-name labels and their related titles, ``job_titles.json``, the 2019 legacy
  occupation names and the 2019 ontology terms (which include mined misspellings);
- every ESCO skill URI exists in ESCO v1.1.1 ``skills_en.csv`` with the stated label;
- no test text or query is also a development text or query;
- per language, the self-assessments cover task-only, informal and interest-only cases, and
  interest-only cases accept several SSYK groups and must not get an empty answer.
"""
from __future__ import annotations

import csv
import json
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from evals.harness import load_dataset
from evals.validate import DEV, LANGUAGES, TEST, TaxonomyIndex, unknown_ssyk_codes

CATEGORIES = ("task", "informal", "abroad", "interest", "titled")
REQUIRED_CATEGORIES = ("task", "informal", "interest", "titled")
TITLE_CATEGORIES = ("compound", "ad_style", "english", "mixed", "abbreviation", "misspelling", "false_friend")
MIN_SA_PER_LANGUAGE = 12
MIN_INTEREST_PER_LANGUAGE = 2
MIN_TITLES = 100
MIN_ESCO = 30
ESCO_URI_PREFIX = "http://data.europa.eu/esco/skill/"


@lru_cache(maxsize=2)
def taxonomy_titles(data_dir: str) -> frozenset[str]:
    """Every title string the taxonomy data lists (casefolded)."""
    tax = Path(data_dir) / "taxonomy"
    out: set[str] = set()
    for o in json.loads((tax / "occupation_names.json").read_text(encoding="utf-8"))["data"]["concepts"]:
        out.add(o["preferred_label"].casefold())
        out.update(t["preferred_label"].casefold() for t in o.get("title") or [])
    for j in json.loads((tax / "job_titles.json").read_text(encoding="utf-8"))["data"]["concepts"]:
        out.add(j["preferred_label"].casefold())
    legacy = json.loads((tax / "legacy" / "taxonomy_legacy_id_dump_2019-12-02.json").read_text(encoding="utf-8"))
    out.update(v["preferredLabel"].casefold() for v in legacy["occupation-name"].values())
    terms = tax / "legacy" / "ontology_terms_occupation_2019.csv"
    if terms.is_file():
        with terms.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter=";"):
                out.update(x.casefold() for x in row[:1] + row[2:3])
    return frozenset(x.strip() for x in out)


@lru_cache(maxsize=2)
def esco_skill_labels(data_dir: str) -> dict[str, str]:
    """ESCO skill URI -> English preferred label."""
    paths = sorted((Path(data_dir) / "esco").glob("*/skills_en.csv"))
    if not paths:
        return {}
    with paths[-1].open(encoding="utf-8", newline="") as fh:
        return {r["conceptUri"]: r["preferredLabel"] for r in csv.DictReader(fh)}


def _check_test_sa(row: dict[str, Any], idx: TaxonomyIndex, table: dict[str, str]) -> list[str]:
    p, cid = [], row["id"]
    cat = row.get("category")
    if row["language"] not in LANGUAGES:
        p.append(f"{cid}: unknown language {row['language']!r}")
    if cat not in CATEGORIES:
        p.append(f"{cid}: category {cat!r} not in {CATEGORIES}")
    if not str(row.get("text", "")).strip():
        p.append(f"{cid}: empty text")
    codes, occs = row.get("expected_ssyk_codes") or [], row.get("expected_occupation_ids") or []
    lo, hi = (3, 10) if cat == "interest" else (1, 4)
    if not lo <= len(codes) <= hi:
        p.append(f"{cid}: needs {lo}-{hi} expected_ssyk_codes for {cat}, has {len(codes)}")
    if cat == "interest" and row.get("must_not_be_empty") is not True:
        p.append(f"{cid}: interest-only cases need must_not_be_empty: true")
    if cat != "interest" and not 1 <= len(occs) <= 5:
        p.append(f"{cid}: needs 1-5 expected_occupation_ids, has {len(occs)}")
    p += unknown_ssyk_codes(cid, codes, idx, table)
    for oid in occs:
        if oid not in idx.occupation_ssyk:
            p.append(f"{cid}: occupation id {oid!r} not in occupation_names.json")
        elif not any(table.get(g) in codes for g in idx.occupation_ssyk[oid]):
            p.append(f"{cid}: occupation {oid} is not in any of {codes}")
    return p


def check_test_title(row: dict[str, Any], idx: TaxonomyIndex, table: dict[str, str],
                      titles: frozenset[str]) -> list[str]:
    p, cid, q = [], row["id"], str(row.get("query", ""))
    if not q.strip():
        p.append(f"{cid}: empty query")
    if q.casefold().strip() in titles:
        p.append(f"{cid}: {q!r} is a title the taxonomy lists; test titles must be absent")
    if row.get("category") not in TITLE_CATEGORIES:
        p.append(f"{cid}: category {row.get('category')!r} not in {TITLE_CATEGORIES}")
    ids = row.get("expected_occupation_ids") or []
    if not 1 <= len(ids) <= 5:
        p.append(f"{cid}: needs 1-5 expected_occupation_ids")
    groups: list[str] = []
    for o in ids:
        if o not in idx.occupation_ssyk:
            p.append(f"{cid}: occupation id {o!r} unknown")
            continue
        groups += [c for c in (table.get(g) for g in idx.occupation_ssyk[o]) if c and c not in groups]
    if sorted(groups) != sorted(row.get("expected_ssyk_codes") or []):
        p.append(f"{cid}: expected_ssyk_codes {row.get('expected_ssyk_codes')} != the occupations' groups {groups}")
    return p


def check_test_esco(row: dict[str, Any], labels: dict[str, str]) -> list[str]:
    p, cid = [], row["id"]
    uris, labs = row.get("expected_esco_uris") or [], row.get("expected_labels") or []
    if not str(row.get("text", "")).strip():
        p.append(f"{cid}: empty text")
    if not uris or len(uris) != len(labs):
        p.append(f"{cid}: expected_esco_uris and expected_labels must be non-empty and aligned")
    for uri, lab in zip(uris, labs):
        if not uri.startswith(ESCO_URI_PREFIX) or uri not in labels:
            p.append(f"{cid}: {uri!r} is not an ESCO v1.1.1 skill URI")
        elif labels[uri] != lab:
            p.append(f"{cid}: label {lab!r} != {labels[uri]!r} for {uri}")
    return p


def _texts(path: Path, field: str) -> set[str]:
    return {str(r.get(field, "")).casefold().strip() for r in load_dataset(path)} if path.is_file() else set()


def validate_test(data_dir: Path, idx: TaxonomyIndex, table: dict[str, str], datasets_dir: Path) -> list[str]:
    """All problems in ``datasets_dir/test`` (empty list = valid)."""
    test, dev = datasets_dir / TEST, datasets_dir / DEV
    problems: list[str] = []

    sa = load_dataset(test / "self_assessments.jsonl")
    for row in sa:
        problems += _check_test_sa(row, idx, table)
    per_lang = Counter(r["language"] for r in sa)
    cats = Counter((r["language"], r.get("category")) for r in sa)
    for lang in LANGUAGES:
        if per_lang.get(lang, 0) < MIN_SA_PER_LANGUAGE:
            problems.append(f"test/self_assessments: {per_lang.get(lang, 0)} cases for {lang}, want >= {MIN_SA_PER_LANGUAGE}")
        problems += [f"test/self_assessments: no {c!r} case for {lang}" for c in REQUIRED_CATEGORIES if not cats[(lang, c)]]
        if cats[(lang, "interest")] < MIN_INTEREST_PER_LANGUAGE:
            problems.append(f"test/self_assessments: {cats[(lang, 'interest')]} interest-only cases for {lang}, "
                            f"want >= {MIN_INTEREST_PER_LANGUAGE}")

    titles = taxonomy_titles(str(Path(data_dir).resolve()))
    jt = load_dataset(test / "job_titles.jsonl")
    for row in jt:
        problems += check_test_title(row, idx, table, titles)
    if len(jt) < MIN_TITLES:
        problems.append(f"test/job_titles: {len(jt)} cases, want >= {MIN_TITLES}")

    labels = esco_skill_labels(str(Path(data_dir).resolve()))
    es = load_dataset(test / "esco_skills.jsonl")
    for row in es:
        problems += check_test_esco(row, labels)
    if len(es) < MIN_ESCO:
        problems.append(f"test/esco_skills: {len(es)} cases, want >= {MIN_ESCO}")

    # A test case that is also a development case would leak into tuning.
    leaks = (_texts(test / "self_assessments.jsonl", "text") & _texts(dev / "self_assessments.jsonl", "text")) | \
            (_texts(test / "job_titles.jsonl", "query") & _texts(dev / "job_titles.jsonl", "query"))
    problems += [f"test case also in dev: {t!r}" for t in sorted(leaks)]
    return problems
