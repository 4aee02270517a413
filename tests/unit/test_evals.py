"""Tests of evals/: metrics on hand-computed examples, the harness with toy predictors,
and validation of every dataset against the shared taxonomy data."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evals.errors import EvalError
from evals.harness import EvalReport, check_floors, load_dataset, run_eval, subprocess_predictor
from evals.metrics import aggregate, dedupe, hit_at_k, ranking_scores, reciprocal_rank, rp_at_k, set_scores
from evals.suite import SuiteReport, occupation_ssyk_table, run_split
from evals.validate import DATASETS_DIR, LANGUAGES, counts_by_language, validate_all
from evals.validate_test import taxonomy_titles

DEV, TEST = DATASETS_DIR / "dev", DATASETS_DIR / "test"

# ---------------------------------------------------------------- metrics


def test_hit_at_k_and_mrr_hand_computed() -> None:
    ranked = ["a", "b", "c", "d", "e", "f"]
    assert hit_at_k(ranked, {"c"}, 1) == 0.0
    assert hit_at_k(ranked, {"c"}, 3) == 1.0
    assert hit_at_k(ranked, {"f"}, 5) == 0.0
    assert reciprocal_rank(ranked, {"c", "e"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(ranked, {"z"}) == 0.0
    assert reciprocal_rank([], {"a"}) == 0.0
    with pytest.raises(ValueError):
        hit_at_k(ranked, {"a"}, 0)


def test_ranking_scores_dedupes_before_ranking() -> None:
    # "x" twice and an empty code must not push the hit from rank 2 to rank 4.
    scores = ranking_scores(["x", "x", None, "y"], {"y"})  # type: ignore[list-item]
    assert scores == {"hit@1": 0.0, "hit@3": 1.0, "hit@5": 1.0, "mrr": 0.5}
    assert dedupe(["b", "a", "b", "", "a", "c"]) == ["b", "a", "c"]


def test_rp_at_5_hand_computed() -> None:
    # Decorte et al. 2023: hits in the top 5 / min(5, #gold).
    assert rp_at_k(["a", "x", "b", "y", "z", "c"], {"a", "b", "c"}, 5) == pytest.approx(2 / 3)
    assert rp_at_k(["a", "b", "c", "d", "e"], set("abcdefg"), 5) == 1.0  # 7 gold, denominator 5
    assert rp_at_k(["a", "a", "b"], {"a", "b"}, 5) == 1.0  # repeats do not count twice
    assert rp_at_k([], {"a"}) == 0.0 and rp_at_k(["a"], set()) == 0.0
    with pytest.raises(ValueError):
        rp_at_k(["a"], {"a"}, 0)


def test_set_scores_hand_computed() -> None:
    s = set_scores(["a", "b", "c", "d"], ["b", "d", "e"])  # tp=2, p=2/4, r=2/3
    assert s["precision"] == pytest.approx(0.5)
    assert s["recall"] == pytest.approx(2 / 3)
    assert s["f1"] == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert set_scores([], ["a"]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert set_scores([], []) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert set_scores(["a"], [])["recall"] == 1.0


def test_aggregate_per_language_and_overall() -> None:
    agg = aggregate([("sv", {"mrr": 1.0}), ("sv", {"mrr": 0.0}), ("ar", {"mrr": 0.5})])
    assert list(agg) == ["ar", "sv", "overall"]
    assert agg["sv"] == {"mrr": 0.5, "n": 2.0}
    assert agg["ar"]["mrr"] == 0.5
    assert agg["overall"]["mrr"] == pytest.approx(0.5)  # mean over the 3 cases
    assert agg["overall"]["n"] == 3.0
    assert aggregate([]) == {}


# ---------------------------------------------------------------- harness


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


SA_ROWS = [
    {"id": "c1", "language": "sv", "text": "Jag var apotekare", "expected_ssyk_codes": ["2281"],
     "expected_occupation_ids": ["APO"]},
    {"id": "c2", "language": "en", "text": "I want to be an electrician", "expected_ssyk_codes": ["7411"],
     "expected_occupation_ids": ["ELEK"]},
    {"id": "c3", "language": "en", "text": "bus driver", "expected_ssyk_codes": ["8331"],
     "expected_occupation_ids": ["BUSS"]},
]


def _toy_match(inputs: list[dict]) -> list[dict]:
    table = {
        # c1: occupation right at rank 2; the first two share group 3213/2281 order.
        "c1": [{"id": "REC", "ssyk_code": "3213"}, {"id": "APO", "ssyk_code": "2281"}],
        # c2: wrong occupation at 1, right group via another occupation at 1 (int code is padded).
        "c2": [{"id": "OTHER", "ssyk_code": 7411}, {"id": "X", "ssyk_code": "7412"}],
        # c3: missing on purpose
    }
    assert all(set(x) == {"id", "text"} for x in inputs)
    return [{"id": i["id"], "language": "xx", "occupations": table[i["id"]], "profile": {"skills": []}}
            for i in inputs if i["id"] in table]


def test_run_eval_self_assessments_toy_predictor(tmp_path: Path) -> None:
    ds = _write(tmp_path / "sa.jsonl", SA_ROWS)
    rep = run_eval(ds, _toy_match, kind="self_assessments")
    assert isinstance(rep, EvalReport)
    assert rep.n_cases == 3 and rep.n_missing == 1
    occ, ssyk = rep.metrics["occupation"], rep.metrics["ssyk"]
    assert occ["sv"]["hit@1"] == 0.0 and occ["sv"]["hit@3"] == 1.0 and occ["sv"]["mrr"] == 0.5
    assert occ["en"]["mrr"] == 0.0
    assert occ["overall"]["mrr"] == pytest.approx(0.5 / 3)
    # SSYK: c1 rank 2 (0.5), c2 rank 1 (1.0), c3 missing (0)
    assert ssyk["overall"]["mrr"] == pytest.approx(1.5 / 3)
    assert ssyk["en"]["hit@1"] == pytest.approx(0.5)
    assert rep.ssyk_code_agreement == 1.0  # APO carried 2281
    md = rep.to_markdown()
    assert "## occupation" in md and "| **overall** | 3 |" in md
    back = json.loads(rep.to_json())
    assert back["metrics"]["ssyk"]["overall"]["n"] == 3 and len(back["cases"]) == 3
    assert "cases" not in json.loads(rep.to_json(include_cases=False))


def test_run_eval_flags_non_ssyk2012_codes(tmp_path: Path) -> None:
    ds = _write(tmp_path / "sa.jsonl", SA_ROWS[:1])
    rep = run_eval(ds, lambda xs: {"c1": {"occupations": [{"id": "APO", "ssyk_code": "1431"}]}},
                   kind="match")
    assert rep.ssyk_code_agreement == 0.0
    assert "differs from SSYK 2012" in rep.to_markdown()


def test_run_eval_job_titles_and_skills(tmp_path: Path) -> None:
    jt = _write(tmp_path / "jt.jsonl", [
        {"id": "j1", "language": "sv", "query": "snickare", "expected_occupation_ids": ["S"]},
        {"id": "j2", "language": "sv", "query": "elektrikker", "expected_occupation_ids": ["E"]}])
    seen: list[list[dict]] = []

    def search(inputs: list[dict]) -> dict:
        seen.append(inputs)
        return {x["id"]: {"id": x["id"], "hits": [{"id": "S"}, {"id": "E"}]} for x in inputs}

    rep = run_eval(jt, search, kind="job_titles", batch_size=1)
    assert len(seen) == 2 and set(seen[0][0]) == {"id", "query"}
    assert rep.metrics["occupation"]["overall"]["mrr"] == pytest.approx(0.75)
    assert set(rep.metrics) == {"occupation"}

    sk = _write(tmp_path / "sk.jsonl", [
        {"id": "s1", "language": "sv", "text": "jag kan svetsa", "expected_skill_ids": ["a", "b"],
         "expected_labels": ["A", "B"]}])
    rep = run_eval(sk, lambda xs: [{"id": "s1", "profile": {"skills": [{"id": "a"}, {"id": "z"}]}}], kind="skills")
    assert rep.metrics["skills"]["sv"]["precision"] == 0.5
    assert rep.metrics["skills"]["sv"]["recall"] == 0.5


def test_interest_only_cases_score_empty_answers(tmp_path: Path) -> None:
    ds = _write(tmp_path / "sa.jsonl", [
        {"id": "i1", "language": "sv", "category": "interest", "text": "jag gillar djur",
         "expected_ssyk_codes": ["6121", "6122", "3240"], "expected_occupation_ids": [], "must_not_be_empty": True},
        {"id": "i2", "language": "sv", "category": "interest", "text": "jag gillar att rita",
         "expected_ssyk_codes": ["2172", "2173"], "expected_occupation_ids": [], "must_not_be_empty": True},
        {"id": "t1", "language": "en", "category": "task", "text": "I cooked", "expected_ssyk_codes": ["5120"],
         "expected_occupation_ids": ["KOCK"]}])
    preds = {"i1": {"occupations": [{"id": "X", "ssyk_code": "9111"}, {"id": "Y", "ssyk_code": "3240"}]},
             "i2": {"occupations": []},
             "t1": {"occupations": [{"id": "KOCK", "ssyk_code": "5120"}]}}
    rep = run_eval(ds, lambda xs: preds, kind="self_assessments")
    assert rep.metrics["interest"]["sv"]["empty_rate"] == 0.5  # i2 answered with nothing
    assert rep.metrics["interest"]["sv"]["hit@3"] == 0.5  # i1 has 3240 at rank 2
    assert "en" not in rep.metrics["interest"]
    # Interest-only cases name no occupation, so only t1 is scored at occupation level.
    assert rep.metrics["occupation"]["overall"]["n"] == 1.0
    assert rep.metrics["ssyk"]["overall"]["n"] == 3.0
    assert rep.by_category["ssyk"]["interest"]["hit@3"] == 0.5 and rep.by_category["ssyk"]["task"]["hit@1"] == 1.0
    assert "## ssyk by category" in rep.to_markdown()


def test_job_titles_ssyk_and_esco_rp(tmp_path: Path) -> None:
    jt = _write(tmp_path / "job_titles.jsonl", [
        {"id": "j1", "language": "sv", "query": "Chef för lagret", "expected_occupation_ids": ["LAGERCHEF"],
         "expected_ssyk_codes": ["1320"]}])
    table = {"LAGERARB": "4322", "INKOPSCHEF": "1320", "LAGERCHEF": "1320"}
    rep = run_eval(jt, lambda xs: [{"id": "j1", "hits": [{"id": "INKOPSCHEF"}, {"id": "LAGERARB"}]}],
                   kind="search", occupation_ssyk=table)
    assert rep.metrics["occupation"]["sv"]["hit@1"] == 0.0
    assert rep.metrics["ssyk"]["sv"]["hit@1"] == 1.0  # right group, wrong occupation
    es = _write(tmp_path / "esco_skills.jsonl", [
        {"id": "e1", "language": "en", "text": "I drove a forklift",
         "expected_esco_uris": ["http://data.europa.eu/esco/skill/aaa", "http://data.europa.eu/esco/skill/bbb"],
         "expected_labels": ["A", "B"]}])
    seen: list[dict] = []

    def search(xs: list[dict]) -> list[dict]:
        seen.extend(xs)
        # The contract's hit id is the full URI; a bare UUID must compare equal too.
        return [{"id": "e1", "hits": [{"id": "http://data.europa.eu/esco/skill/zzz"}, {"id": "bbb"}]}]

    rep = run_eval(es, search, kind="esco_skills")
    assert seen == [{"id": "e1", "query": "I drove a forklift"}]  # the search contract reads "query"
    assert rep.metrics["esco"]["en"]["rp@5"] == 0.5 and rep.metrics["esco"]["en"]["mrr"] == 0.5


def test_run_split_reports_each_dataset(tmp_path: Path, data_dir: Path) -> None:
    split = tmp_path / "test"
    split.mkdir()
    _write(split / "self_assessments.jsonl", SA_ROWS)
    _write(split / "job_titles.jsonl", [{"id": "j1", "language": "en", "query": "Van driver",
                                          "expected_occupation_ids": ["fFkk_8X8_pym"], "expected_ssyk_codes": ["8329"]}])

    def predictor_for(kind: str):
        if kind == "job_titles":
            return lambda xs: [{"id": "j1", "hits": [{"id": "PtiU_6mm_yyL"}]}]  # Budbilsförare, same group
        return _toy_match

    suite = run_split(split, predictor_for, data_dir)
    assert isinstance(suite, SuiteReport) and [r.kind for r in suite.reports] == ["self_assessments", "job_titles"]
    jt = suite.report("job_titles")
    assert jt.metrics["occupation"]["overall"]["hit@1"] == 0.0 and jt.metrics["ssyk"]["overall"]["hit@1"] == 1.0
    md = suite.to_markdown()
    assert "| job titles | n | occupation @1" in md and "| **overall** | 3 |" in md
    assert "cases" not in json.loads(suite.to_json(include_cases=False))["reports"][0]
    assert occupation_ssyk_table(data_dir)["GQSf_fnq_kjF"] == "8344"  # Truckförare


def test_check_floors(tmp_path: Path) -> None:
    rep = run_eval(_write(tmp_path / "sa.jsonl", SA_ROWS), _toy_match, kind="self_assessments")
    assert check_floors(rep, {"ssyk.hit@3": 0.5, "sv:occupation.hit@3": 1.0}) == []
    fails = check_floors(rep, {"occupation.mrr": 0.9, "ar:occupation.mrr": 0.1, "ssyk.ndcg": 0.1})
    assert len(fails) == 3
    assert fails[0].startswith("occupation.mrr: 0.167 < floor 0.900")
    assert "no such metric" in fails[1] and "no such metric" in fails[2]


def test_bad_inputs_raise(tmp_path: Path) -> None:
    with pytest.raises(EvalError):
        run_eval(tmp_path / "nope.jsonl", _toy_match, kind="self_assessments")
    ds = _write(tmp_path / "sa.jsonl", SA_ROWS)
    with pytest.raises(EvalError):
        run_eval(ds, _toy_match, kind="bogus")
    with pytest.raises(EvalError):
        run_eval(ds, lambda xs: [{"no_id": 1}], kind="self_assessments")
    dup = _write(tmp_path / "dup.jsonl", SA_ROWS[:1] * 2)
    with pytest.raises(EvalError, match="duplicate"):
        load_dataset(dup)


_FAKE_CLI = r"""
import json, sys
for line in sys.stdin:
    x = json.loads(line)
    if x["id"] == "boom":
        sys.exit(3)
    print(json.dumps({"id": x["id"], "occupations": [{"id": "APO", "ssyk_code": "2281"}], "profile": {"skills": []}}))
    print()
"""


def test_subprocess_predictor_roundtrip(tmp_path: Path) -> None:
    script = tmp_path / "fake_cli.py"
    script.write_text(_FAKE_CLI, encoding="utf-8")
    pred = subprocess_predictor([sys.executable, str(script)], timeout=60)
    rep = run_eval(_write(tmp_path / "sa.jsonl", SA_ROWS), pred, kind="self_assessments")
    assert rep.n_missing == 0
    assert rep.metrics["occupation"]["sv"]["hit@1"] == 1.0
    with pytest.raises(EvalError, match="exited 3"):
        pred([{"id": "boom", "text": "x"}])
    with pytest.raises(EvalError, match="not found"):
        subprocess_predictor(["definitely-not-a-command-xyz"])([{"id": "a", "text": "b"}])
    bad = tmp_path / "bad.py"
    bad.write_text("import sys; sys.stdin.read(); print('hello')", encoding="utf-8")
    with pytest.raises(EvalError, match="not JSON"):
        subprocess_predictor([sys.executable, str(bad)])([{"id": "a", "text": "b"}])


# ---------------------------------------------------------------- datasets


def test_all_datasets_valid_against_taxonomy(data_dir: Path) -> None:
    assert validate_all(data_dir) == []


def test_dataset_counts() -> None:
    sa = counts_by_language(DEV / "self_assessments.jsonl")
    assert sum(sa.values()) >= 100
    assert all(sa.get(lang, 0) >= 10 for lang in LANGUAGES), sa
    ci = counts_by_language(DATASETS_DIR / "ci_small.jsonl")
    assert set(ci) == set(LANGUAGES) and all(2 <= n <= 4 for n in ci.values())
    assert sum(counts_by_language(DEV / "job_titles.jsonl").values()) >= 80
    assert sum(counts_by_language(DEV / "skills.jsonl").values()) >= 50
    test_sa = load_dataset(TEST / "self_assessments.jsonl")
    for lang in LANGUAGES:
        cats = [r["category"] for r in test_sa if r["language"] == lang]
        assert len(cats) >= 12 and {"task", "informal", "interest", "titled"} <= set(cats), (lang, cats)
    assert all(r["must_not_be_empty"] and len(r["expected_ssyk_codes"]) >= 3
               for r in test_sa if r["category"] == "interest")
    assert sum(counts_by_language(TEST / "job_titles.jsonl").values()) >= 100
    assert sum(counts_by_language(TEST / "esco_skills.jsonl").values()) >= 30


def _copy_datasets(dst: Path) -> Path:
    for src in DATASETS_DIR.rglob("*"):
        if src.is_file():
            (dst / src.relative_to(DATASETS_DIR)).parent.mkdir(parents=True, exist_ok=True)
            (dst / src.relative_to(DATASETS_DIR)).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    return dst


def test_test_titles_are_absent_from_the_taxonomy(data_dir: Path) -> None:
    titles = taxonomy_titles(str(data_dir.resolve()))
    assert "truckförare" in titles and "undersjöterska" in titles  # ontology misspellings are included
    present = [r["query"] for r in load_dataset(TEST / "job_titles.jsonl") if r["query"].casefold() in titles]
    assert present == []


def test_validator_catches_bad_test_cases(tmp_path: Path, data_dir: Path) -> None:
    _copy_datasets(tmp_path)
    sa = load_dataset(tmp_path / "test" / "self_assessments.jsonl")
    sa[0]["expected_occupation_ids"] = ["XXXX_XXX_XXX"]
    interest = next(r for r in sa if r["category"] == "interest")
    interest["must_not_be_empty"] = False
    sa.append({**load_dataset(tmp_path / "dev" / "self_assessments.jsonl")[0], "id": "leak", "category": "task"})
    _write(tmp_path / "test" / "self_assessments.jsonl", sa)
    jt = load_dataset(tmp_path / "test" / "job_titles.jsonl")
    jt[0]["query"] = "Truckförare"  # a taxonomy title
    jt[1]["expected_ssyk_codes"] = ["9999"]
    _write(tmp_path / "test" / "job_titles.jsonl", jt)
    es = load_dataset(tmp_path / "test" / "esco_skills.jsonl")
    es[0]["expected_esco_uris"] = ["http://data.europa.eu/esco/skill/not-a-skill"]
    _write(tmp_path / "test" / "esco_skills.jsonl", es)
    joined = "\n".join(validate_all(data_dir, tmp_path))
    assert "XXXX_XXX_XXX" in joined and "must_not_be_empty" in joined and "test case also in dev" in joined
    assert "'Truckförare' is a title the taxonomy lists" in joined and "9999" in joined
    assert "not-a-skill" in joined


def test_validator_catches_bad_ids(tmp_path: Path, data_dir: Path) -> None:
    _copy_datasets(tmp_path)
    rows = load_dataset(tmp_path / "dev" / "self_assessments.jsonl")
    rows[0]["expected_occupation_ids"] = ["XXXX_XXX_XXX"]
    rows[1]["expected_ssyk_codes"] = ["1452"]  # legacy AMS id, not an SSYK 2012 code
    rows[2]["region"] = "nope"
    _write(tmp_path / "dev" / "self_assessments.jsonl", rows)
    problems = validate_all(data_dir, tmp_path)
    joined = "\n".join(problems)
    assert "XXXX_XXX_XXX" in joined and "'1452'" in joined and "region" in joined
    assert "ci_small" in joined  # ci copies of the changed rows no longer match
