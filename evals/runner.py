"""Runs an eval dataset through the same code paths as the CLI contracts (in-process, for speed)."""
from __future__ import annotations

from pathlib import Path


def _kind_for(path: Path, kind: str | None) -> str:
    if kind:
        return kind
    name = path.name
    if "job_title" in name:
        return "job_titles"
    if "skill" in name:
        return "skills"
    return "self_assessments"


def in_process_predictor(settings, kind: str):
    """A predictor calling interpret/match/search like `vagledning match|search --jsonl` does."""
    from assistant.interpretation.interpreter import interpret
    from retrieval.matching import match_profile
    from retrieval.runtime import open_runtime

    rt = open_runtime(settings)

    def predict(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            if kind == "job_titles":
                hits = rt.search.search(item["query"], "occupation", 10)
                out.append({"id": item["id"], "hits": [h.to_contract() for h in hits]})
            else:
                profile = interpret(item["text"], rt)
                result = match_profile(profile, rt, top=10, with_evidence=False)
                result.id = item["id"]
                out.append(result.to_contract())
        return out

    return predict


def run_dataset(settings, path: Path, *, kind: str | None = None):
    """Evaluate one dataset and return the EvalReport."""
    from evals.harness import run_eval

    k = _kind_for(path, kind)
    return run_eval(path, in_process_predictor(settings, k), kind=k)
