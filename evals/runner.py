"""Runs an eval dataset through the same service facade as the CLI contracts (in-process, for speed)."""
from __future__ import annotations

from pathlib import Path


def _kind_for(path: Path, kind: str | None) -> str:
    if kind:
        return kind
    name = path.name
    if "job_title" in name:
        return "job_titles"
    if "esco" in name:
        return "esco_skills"
    if "skill" in name:
        return "skills"
    return "self_assessments"


def in_process_predictor(settings, kind: str):
    """A predictor calling the service like `vagledning match|search --jsonl` does (evidence is
    not scored, so it is not gathered)."""
    from assistant.engine import build_service

    service = build_service(settings)
    search_kind = {"job_titles": "occupation", "esco_skills": "esco_skill"}.get(kind)

    def predict(items: list[dict]) -> list[dict]:
        out = []
        for item in items:
            if search_kind:
                hits = service.search(item["query"], kind=search_kind, top=10, snippets=False)
                out.append({"id": item["id"], "hits": hits})
            else:
                out.append(service.match(item["text"], top=10, with_evidence=False, id=item["id"]))
        return out

    return predict


def run_dataset(settings, path: Path, *, kind: str | None = None):
    """Evaluate one dataset and return the EvalReport; a directory (``dev/``, ``test/``) gives a SuiteReport."""
    from evals.harness import normalize_kind, run_eval
    from evals.suite import occupation_ssyk_table, run_split

    if Path(path).is_dir():
        return run_split(Path(path), lambda k: in_process_predictor(settings, k), settings.data_dir)
    k = normalize_kind(_kind_for(Path(path), kind))
    table = occupation_ssyk_table(settings.data_dir) if k == "job_titles" else None
    return run_eval(path, in_process_predictor(settings, k), kind=k, occupation_ssyk=table)
