"""Regression guard: the small balanced eval set must stay above floor thresholds (slow)."""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.harness import check_floors
from evals.runner import run_dataset

pytestmark = pytest.mark.slow
DATASETS = Path(__file__).resolve().parents[2] / "evals" / "datasets"
# Floors are checked on the CI subset and the development sets only: the test part
# (datasets/test/) is reported, never used to gate or tune.

# Floors sit below the measured figures (README, "Quality") to catch regressions, not noise.
FLOORS = {"ssyk.hit@3": 0.70, "occupation.hit@5": 0.45, "ssyk.mrr": 0.55}


def test_ci_small_above_floors(real_settings):
    report = run_dataset(real_settings, DATASETS / "ci_small.jsonl", kind="self_assessments")
    print(report.to_markdown())
    assert report.n_errors == 0
    assert check_floors(report, FLOORS) == []


def test_job_title_normalisation_floor(real_settings):
    report = run_dataset(real_settings, DATASETS / "dev" / "job_titles.jsonl", kind="job_titles")
    print(report.to_markdown())
    assert check_floors(report, {"occupation.hit@3": 0.6}) == []
