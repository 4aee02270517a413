"""Runs an eval dataset through the same service facade as the CLI contracts (in-process, for speed)."""
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
    """A predictor calling the service like `vagledning match|search --jsonl` does (evidence is
    not scored, so it is not gathered)."""
    from assistant.engine import build_service

    service = build_service(settings)

    def predict(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            if kind == "job_titles":
                hits = service.search(item["query"], kind="occupation", top=10, snippets=False)
                out.append({"id": item["id"], "hits": hits})
            else:
                out.append(service.match(item["text"], top=10, with_evidence=False, id=item["id"]))
        return out

    return predict


def run_dataset(settings, path: Path, *, kind: str | None = None):
    """Evaluate one dataset and return the EvalReport."""
    from evals.harness import run_eval

    k = _kind_for(path, kind)
    return run_eval(path, in_process_predictor(settings, k), kind=k)
