"""Run an evaluation dataset through a predictor and score it.

A *predictor* is any callable that takes a list of input dicts (``{"id", "text"}`` for
self-assessments and skills, ``{"id", "query"}`` for job titles) and returns the
predictions, either as a list of dicts carrying ``"id"`` or as a mapping id -> dict.
The prediction shapes are those of the CLI (`vagledning match --jsonl` /
`vagledning search --jsonl`):

- self-assessments / skills: ``{"id", "language", "occupations": [{"id", "ssyk_code", ...}],
  "profile": {"skills": [{"id", ...}]}}``
- job titles / ESCO skills: ``{"id", "hits": [{"id", ...}]}`` (`vagledning search --kind
  occupation|esco_skill --jsonl`); ESCO hits are compared on the URI's last segment.

Self-assessment cases may lack ``expected_occupation_ids`` (then only SSYK groups are scored);
cases with ``must_not_be_empty`` (interest-only descriptions) are also scored in the ``interest``
section, whose ``empty_rate`` is the share of such cases answered with no occupation at all.
Job titles are scored at SSYK level too when the case has ``expected_ssyk_codes`` and the caller
passes ``occupation_ssyk`` (occupation id -> SSYK code), since search hits carry no code.

:func:`subprocess_predictor` pipes the inputs as JSONL to a CLI command, so the
evaluation goes through the documented contract. Nothing here logs user text.
"""
from __future__ import annotations

import json
import logging
import subprocess
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from evals.errors import EvalError
from evals.metrics import DEFAULT_KS, aggregate, dedupe, ranking_scores, rp_at_k, set_scores

log = logging.getLogger(__name__)

Kind = Literal["self_assessments", "job_titles", "skills", "esco_skills"]
Predictor = Callable[[list[dict[str, Any]]], "Mapping[str, dict[str, Any]] | Iterable[dict[str, Any]]"]

_KIND_ALIASES: dict[str, Kind] = {
    "self_assessments": "self_assessments", "self_assessment": "self_assessments", "match": "self_assessments",
    "job_titles": "job_titles", "job_title": "job_titles", "search": "job_titles",
    "skills": "skills", "skill": "skills",
    "esco_skills": "esco_skills", "esco_skill": "esco_skills", "esco": "esco_skills",
}
# Which metric sections each kind produces.
SECTIONS: dict[Kind, tuple[str, ...]] = {
    "self_assessments": ("occupation", "ssyk", "interest"),
    "job_titles": ("occupation", "ssyk"),
    "skills": ("skills",),
    "esco_skills": ("esco",),
}
# Fields sent to the predictor: (dataset field, input field). Search contracts read "query".
_INPUT_FIELD: dict[Kind, tuple[str, str]] = {
    "self_assessments": ("text", "text"), "skills": ("text", "text"),
    "job_titles": ("query", "query"), "esco_skills": ("text", "query"),
}


def normalize_kind(kind: str) -> Kind:
    """Map a kind name or alias (``self_assessment``, ``match``, ``search``...) to a :data:`Kind`."""
    try:
        return _KIND_ALIASES[kind.strip().lower().replace("-", "_")]
    except KeyError:
        raise EvalError(f"unknown eval kind {kind!r}; use one of {sorted(set(_KIND_ALIASES.values()))}") from None


def normalize_ssyk_code(value: Any) -> str | None:
    """SSYK code as a 4-character string (``2221``; ints are zero-padded), or None when missing."""
    if value is None:
        return None
    if isinstance(value, int):
        return f"{value:04d}"
    s = str(value).strip()
    return s or None


def load_dataset(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL dataset; every line must be an object with ``id`` and ``language``."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"dataset not found: {p}")
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{p.name}:{n}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "id" not in row or "language" not in row:
            raise EvalError(f"{p.name}:{n}: needs an object with id and language")
        if row["id"] in seen:
            raise EvalError(f"{p.name}:{n}: duplicate id {row['id']!r}")
        seen.add(row["id"])
        rows.append(row)
    return rows


def _inputs(rows: Sequence[dict[str, Any]], kind: Kind) -> list[dict[str, Any]]:
    field, dst = _INPUT_FIELD[kind]
    out = []
    for row in rows:
        if field not in row:
            raise EvalError(f"case {row['id']!r} has no {field!r} field for kind {kind}")
        out.append({"id": row["id"], dst: row[field]})
    return out


def esco_key(uri: str) -> str:
    """The comparable part of an ESCO URI (its last path segment, the concept's UUID)."""
    return str(uri).rstrip("/").rsplit("/", 1)[-1]


def _index_predictions(raw: Any) -> dict[str, dict[str, Any]]:
    if isinstance(raw, Mapping):
        return {str(k): dict(v) for k, v in raw.items() if isinstance(v, Mapping)}
    out: dict[str, dict[str, Any]] = {}
    for item in raw or []:
        if not isinstance(item, Mapping) or "id" not in item:
            raise EvalError("predictor returned an item without an id")
        out[str(item["id"])] = dict(item)
    return out


def _ids(items: Any) -> list[str]:
    return [str(x["id"]) for x in (items or []) if isinstance(x, Mapping) and x.get("id")]


class CaseResult(BaseModel):
    """Scores and ranked predictions for one dataset case."""

    id: str
    language: str
    category: str | None = None
    missing: bool = False
    empty: bool = False
    error: str | None = None
    ranked_occupation_ids: list[str] = Field(default_factory=list)
    ranked_ssyk_codes: list[str] = Field(default_factory=list)
    predicted_skill_ids: list[str] = Field(default_factory=list)
    scores: dict[str, dict[str, float]] = Field(default_factory=dict)


class EvalReport(BaseModel):
    """Result of :func:`run_eval`: per-language and overall metrics plus per-case detail.

    ``metrics[section][language][metric]``; sections are ``occupation``, ``ssyk``, ``interest``,
    ``skills``, ``esco``; language keys include ``overall``. ``by_category`` has the same shape
    with the cases' ``category`` (task, informal, interest … / compound, english …) as keys.
    ``ssyk_code_agreement`` is the share of predicted
    occupations that are expected occupations *and* carry one of the case's expected SSYK
    codes (None when no expected occupation was predicted): a low value means the
    predictor's ``ssyk_code`` is not the SSYK 2012 code (e.g. a legacy AMS id).
    """

    dataset: str
    kind: Kind
    n_cases: int
    n_missing: int
    n_errors: int
    ks: list[int]
    metrics: dict[str, dict[str, dict[str, float]]]
    by_category: dict[str, dict[str, dict[str, float]]] = Field(default_factory=dict)
    ssyk_code_agreement: float | None = None
    seconds: float = 0.0
    cases: list[CaseResult] = Field(default_factory=list)

    def to_json(self, *, include_cases: bool = True, indent: int | None = 2) -> str:
        """The report as JSON (per-case detail optional)."""
        exclude = None if include_cases else {"cases"}
        return self.model_dump_json(indent=indent, exclude=exclude)

    def to_markdown(self) -> str:
        """Markdown tables: one per metric section, one row per language plus overall."""
        lines = [f"# Eval: {self.dataset} ({self.kind})", "",
                 f"{self.n_cases} cases, {self.n_missing} without prediction, {self.n_errors} with errors, "
                 f"{self.seconds:.1f}s."]
        if self.ssyk_code_agreement is not None:
            lines.append(f"SSYK code agreement on correctly predicted occupations: {self.ssyk_code_agreement:.2f}"
                         + ("" if self.ssyk_code_agreement >= 0.99 else
                            " **(the predictor's ssyk_code differs from SSYK 2012 codes)**"))
        tables = [(s, "language", v) for s, v in self.metrics.items()]
        tables += [(f"{s} by category", "category", v) for s, v in self.by_category.items()]
        for title, key, per_lang in tables:
            if not per_lang:
                continue
            cols = [c for c in next(iter(per_lang.values())) if c != "n"]
            lines += ["", f"## {title}", "", f"| {key} | n | " + " | ".join(cols) + " |",
                      "|---|---:|" + "---:|" * len(cols)]
            for lang, vals in per_lang.items():
                name = f"**{lang}**" if lang == "overall" else lang
                lines.append(f"| {name} | {int(vals.get('n', 0))} | "
                             + " | ".join(f"{vals.get(c, 0.0):.3f}" for c in cols) + " |")
        return "\n".join(lines) + "\n"


def _score_case(row: dict[str, Any], pred: dict[str, Any] | None, kind: Kind, ks: Sequence[int],
                occupation_ssyk: Mapping[str, str] | None = None) -> CaseResult:
    res = CaseResult(id=row["id"], language=row["language"], category=row.get("category"), missing=pred is None)
    pred = pred or {}
    if pred.get("error"):
        res.error = str(pred["error"])[:200]
    if kind == "esco_skills":
        ranked = dedupe(esco_key(i) for i in _ids(pred.get("hits")))
        res.scores["esco"] = {"rp@5": rp_at_k(ranked, {esco_key(u) for u in row["expected_esco_uris"]}, 5),
                              **ranking_scores(ranked, {esco_key(u) for u in row["expected_esco_uris"]}, ks)}
        return res
    if kind == "job_titles":
        res.ranked_occupation_ids = dedupe(_ids(pred.get("hits")))
        if occupation_ssyk is not None and row.get("expected_ssyk_codes"):
            res.ranked_ssyk_codes = dedupe(occupation_ssyk.get(o) for o in res.ranked_occupation_ids)
            res.scores["ssyk"] = ranking_scores(res.ranked_ssyk_codes, row["expected_ssyk_codes"], ks)
    else:
        occs = [o for o in (pred.get("occupations") or []) if isinstance(o, Mapping)]
        res.ranked_occupation_ids = dedupe(str(o["id"]) for o in occs if o.get("id"))
        res.ranked_ssyk_codes = dedupe(normalize_ssyk_code(o.get("ssyk_code")) for o in occs)
        profile = pred.get("profile") or {}
        res.predicted_skill_ids = dedupe(_ids(profile.get("skills") if isinstance(profile, Mapping) else None))
        res.empty = not res.ranked_occupation_ids
    # Cases that name no acceptable occupation (interest-only) are scored on SSYK groups only.
    if "occupation" in SECTIONS[kind] and row.get("expected_occupation_ids"):
        res.scores["occupation"] = ranking_scores(res.ranked_occupation_ids, row["expected_occupation_ids"], ks)
    if kind == "self_assessments":
        res.scores["ssyk"] = ranking_scores(res.ranked_ssyk_codes, row["expected_ssyk_codes"], ks)
        if row.get("must_not_be_empty"):
            res.scores["interest"] = {"empty_rate": float(res.empty),
                                      **ranking_scores(res.ranked_ssyk_codes, row["expected_ssyk_codes"], ks)}
    if "skills" in SECTIONS[kind]:
        res.scores["skills"] = set_scores(res.predicted_skill_ids, row["expected_skill_ids"])
    return res


def run_eval(dataset_path: str | Path, predictor: Predictor, *, kind: str,
             ks: Sequence[int] = DEFAULT_KS, batch_size: int | None = None,
             occupation_ssyk: Mapping[str, str] | None = None) -> EvalReport:
    """Score ``predictor`` on the JSONL dataset at ``dataset_path``.

    ``kind`` is ``self_assessments``, ``job_titles``, ``skills`` or ``esco_skills`` (aliases
    accepted). ``occupation_ssyk`` (occupation id -> SSYK code) enables SSYK scores for titles.
    The predictor gets all inputs in one call, or in batches of ``batch_size``.
    Missing predictions score 0 and are counted in ``n_missing``.
    """
    k = normalize_kind(kind)
    rows = load_dataset(dataset_path)
    inputs = _inputs(rows, k)
    started = time.perf_counter()
    preds: dict[str, dict[str, Any]] = {}
    step = batch_size or max(len(inputs), 1)
    for i in range(0, len(inputs), step):
        preds.update(_index_predictions(predictor(inputs[i:i + step])))
    seconds = time.perf_counter() - started

    results = [_score_case(row, preds.get(row["id"]), k, ks, occupation_ssyk) for row in rows]
    metrics = {s: aggregate([(r.language, r.scores[s]) for r in results if s in r.scores])
               for s in SECTIONS[k] if any(s in r.scores for r in results)}
    by_category = {s: aggregate([(r.category, r.scores[s]) for r in results if s in r.scores and r.category])
                   for s in metrics if any(r.category and s in r.scores for r in results)}

    agree = total = 0
    if k == "self_assessments":
        by_id = {r["id"]: r for r in rows}
        for r in results:
            row, pred = by_id[r.id], preds.get(r.id) or {}
            for o in pred.get("occupations") or []:
                if isinstance(o, Mapping) and o.get("id") in (row.get("expected_occupation_ids") or []):
                    total += 1
                    agree += normalize_ssyk_code(o.get("ssyk_code")) in row["expected_ssyk_codes"]
    log.info("eval done kind=%s cases=%d missing=%d seconds=%.2f", k, len(rows),
             sum(r.missing for r in results), seconds)
    return EvalReport(
        dataset=Path(dataset_path).name, kind=k, n_cases=len(rows),
        n_missing=sum(r.missing for r in results), n_errors=sum(r.error is not None for r in results),
        ks=list(ks), metrics=metrics, by_category=by_category, ssyk_code_agreement=(agree / total if total else None),
        seconds=seconds, cases=results,
    )


def check_floors(report: EvalReport, floors: Mapping[str, float]) -> list[str]:
    """Compare metrics with minimum values; return one message per failure (empty = pass).

    Keys are ``"section.metric"`` (overall) or ``"language:section.metric"``, e.g.
    ``{"occupation.hit@5": 0.6, "ssyk.mrr": 0.5, "ar:occupation.hit@5": 0.4}``.
    A key naming a section, language or metric the report lacks is a failure, so a typo
    cannot pass silently.
    """
    failures: list[str] = []
    for key, floor in floors.items():
        lang, _, path = key.rpartition(":")
        lang = lang or "overall"
        section, _, metric = path.partition(".")
        value = report.metrics.get(section, {}).get(lang, {}).get(metric)
        if value is None or metric == "n":
            failures.append(f"{key}: no such metric in report")
        elif value < floor:
            failures.append(f"{key}: {value:.3f} < floor {floor:.3f}")
    return failures


def subprocess_predictor(cmd: Sequence[str], *, timeout: float | None = 1800.0,
                         env: Mapping[str, str] | None = None, cwd: str | Path | None = None) -> Predictor:
    """A predictor that writes the inputs as JSONL to ``cmd``'s stdin and parses JSONL from stdout.

    Example: ``subprocess_predictor(["vagledning", "match", "--jsonl"])``. Raises
    :class:`EvalError` if the command cannot start, exits non-zero, times out or prints a
    line that is not a JSON object. Empty stdout lines are skipped.
    """
    argv = list(cmd)
    if not argv:
        raise EvalError("subprocess_predictor needs a command")

    def predict(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        payload = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in inputs)
        try:
            proc = subprocess.run(argv, input=payload, capture_output=True, text=True, encoding="utf-8",
                                  timeout=timeout, env=dict(env) if env is not None else None,
                                  cwd=str(cwd) if cwd else None, check=False)
        except FileNotFoundError:
            raise EvalError(f"command not found: {argv[0]}") from None
        except subprocess.TimeoutExpired:
            raise EvalError(f"command timed out after {timeout}s: {argv[0]}") from None
        if proc.returncode != 0:
            # stderr may echo input text, so only its tail goes into the message, not the log.
            raise EvalError(f"{' '.join(argv)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
        out: list[dict[str, Any]] = []
        for n, line in enumerate(proc.stdout.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise EvalError(f"{argv[0]} stdout line {n} is not JSON") from None
            if not isinstance(obj, dict):
                raise EvalError(f"{argv[0]} stdout line {n} is not a JSON object")
            out.append(obj)
        return out

    return predict
