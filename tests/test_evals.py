"""Tests of evals/: metrics on hand-computed examples, the harness with toy predictors,
and validation of every dataset against the shared taxonomy data."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from evals.errors import EvalError
from evals.harness import EvalReport, check_floors, load_dataset, run_eval, subprocess_predictor
from evals.metrics import aggregate, dedupe, hit_at_k, ranking_scores, reciprocal_rank, set_scores
from evals.validate import DATASETS_DIR, LANGUAGES, counts_by_language, validate_all

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
    sa = counts_by_language(DATASETS_DIR / "self_assessments.jsonl")
    assert sum(sa.values()) >= 100
    assert all(sa.get(lang, 0) >= 10 for lang in LANGUAGES), sa
    ci = counts_by_language(DATASETS_DIR / "ci_small.jsonl")
    assert set(ci) == set(LANGUAGES) and all(2 <= n <= 4 for n in ci.values())
    assert sum(counts_by_language(DATASETS_DIR / "job_titles.jsonl").values()) >= 80
    assert sum(counts_by_language(DATASETS_DIR / "skills.jsonl").values()) >= 50


def test_validator_catches_bad_ids(tmp_path: Path, data_dir: Path) -> None:
    for name in ("ssyk_codes.json", "ci_small.jsonl", "job_titles.jsonl", "skills.jsonl", "self_assessments.jsonl"):
        (tmp_path / name).write_text((DATASETS_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    rows = load_dataset(tmp_path / "self_assessments.jsonl")
    rows[0]["expected_occupation_ids"] = ["XXXX_XXX_XXX"]
    rows[1]["expected_ssyk_codes"] = ["1452"]  # legacy AMS id, not an SSYK 2012 code
    rows[2]["region"] = "nope"
    _write(tmp_path / "self_assessments.jsonl", rows)
    problems = validate_all(data_dir, tmp_path)
    joined = "\n".join(problems)
    assert "XXXX_XXX_XXX" in joined and "'1452'" in joined and "region" in joined
    assert "ci_small" in joined  # ci copies of the changed rows no longer match
