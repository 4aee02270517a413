"""Evaluate a whole split (``datasets/dev/`` or ``datasets/test/``) and summarise it.

``python -m evals.suite --split test`` runs every dataset of the test part in-process (the
code paths of the CLI contracts); ``--via-cli`` pipes the cases through the public contracts
themselves (`vagledning match --jsonl`, `vagledning search --kind occupation|esco_skill --jsonl`),
as a held-out evaluation does. The test part must never be used for tuning.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, Field

from evals.harness import EvalReport, Predictor, run_eval, subprocess_predictor
from evals.validate import DATASETS_DIR, LANGUAGES, load_index, load_ssyk_table

SPLIT_FILES = {"self_assessments.jsonl": "self_assessments", "job_titles.jsonl": "job_titles",
               "skills.jsonl": "skills", "esco_skills.jsonl": "esco_skills"}
CLI_COMMANDS = {
    "self_assessments": ["vagledning", "match", "--top", "10", "--jsonl"],
    "skills": ["vagledning", "match", "--top", "10", "--jsonl"],
    "job_titles": ["vagledning", "search", "--kind", "occupation", "--top", "10", "--jsonl"],
    "esco_skills": ["vagledning", "search", "--kind", "esco_skill", "--top", "10", "--jsonl"],
}


@lru_cache(maxsize=2)
def _occupation_ssyk(data_dir: str) -> dict[str, str]:
    idx, table = load_index(data_dir), load_ssyk_table()
    return {oid: table[g[0]] for oid, g in idx.occupation_ssyk.items() if g and g[0] in table}


def occupation_ssyk_table(data_dir: str | Path) -> dict[str, str]:
    """Occupation-name id -> SSYK 2012 code, from the taxonomy and ``ssyk_codes.json``."""
    return _occupation_ssyk(str(Path(data_dir).resolve()))


class SuiteReport(BaseModel):
    """The reports of every dataset in one split, with a per-language headline table."""

    split: str
    reports: list[EvalReport] = Field(default_factory=list)

    def report(self, kind: str) -> EvalReport | None:
        return next((r for r in self.reports if r.kind == kind), None)

    def summary_markdown(self) -> str:
        """Headline figures: self-assessments per language, job titles and ESCO skills overall."""
        lines = [f"### {self.split}", ""]
        sa = self.report("self_assessments")
        if sa:
            ssyk, occ, intr = sa.metrics.get("ssyk", {}), sa.metrics.get("occupation", {}), sa.metrics.get("interest", {})
            lines += ["| language | n | SSYK-4 hit@1 | SSYK-4 hit@3 | SSYK-4 MRR | occupation hit@3 (n) "
                      "| interest-only n | empty answer rate |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
            for lang in [x for x in (*LANGUAGES, "overall") if x in ssyk]:
                s, o, i = ssyk[lang], occ.get(lang, {}), intr.get(lang, {})
                name = f"**{lang}**" if lang == "overall" else lang
                lines.append(f"| {name} | {int(s['n'])} | {s['hit@1']:.2f} | {s['hit@3']:.2f} | {s['mrr']:.2f} | "
                             + (f"{o['hit@3']:.2f} ({int(o['n'])})" if o else "–") + " | "
                             + (f"{int(i['n'])} | {i['empty_rate']:.2f}" if i else "0 | –") + " |")
            lines.append("")
        jt = self.report("job_titles")
        if jt:
            occ, ssyk = jt.metrics.get("occupation", {}), jt.metrics.get("ssyk", {})
            lines += ["| job titles | n | occupation @1 | occupation hit@3 | SSYK-4 @1 |", "|---|---:|---:|---:|---:|"]
            for lang in occ:
                name = f"**{lang}**" if lang == "overall" else lang
                sy = ssyk.get(lang)
                lines.append(f"| {name} | {int(occ[lang]['n'])} | {occ[lang]['hit@1']:.2f} | {occ[lang]['hit@3']:.2f} | "
                             + (f"{sy['hit@1']:.2f}" if sy else "–") + " |")
            lines.append("")
        es = self.report("esco_skills")
        if es and "esco" in es.metrics:
            e = es.metrics["esco"]["overall"]
            lines += [f"English sentences → ESCO skills ({int(e['n'])}): mean RP@5 {e['rp@5']:.3f}, "
                      f"hit@1 {e['hit@1']:.3f}, hit@5 {e['hit@5']:.3f}, MRR {e['mrr']:.3f}.", ""]
        sk = self.report("skills")
        if sk and "skills" in sk.metrics:
            s = sk.metrics["skills"]["overall"]
            lines += [f"JobTech skill linking ({int(s['n'])}): precision {s['precision']:.3f}, recall {s['recall']:.3f}, "
                      f"F1 {s['f1']:.3f}.", ""]
        return "\n".join(lines)

    def to_markdown(self) -> str:
        return "\n".join([f"# Eval split: {self.split} ({date.today().isoformat()})", "",
                          self.summary_markdown()] + [r.to_markdown() for r in self.reports])

    def to_json(self, *, include_cases: bool = True, indent: int | None = 2) -> str:
        return self.model_dump_json(indent=indent, exclude=None if include_cases else {"reports": {"__all__": {"cases"}}})


def run_split(split_dir: Path, predictor_for: Callable[[str], Predictor], data_dir: str | Path) -> SuiteReport:
    """Run every known dataset in ``split_dir`` with the predictor ``predictor_for(kind)``."""
    out = SuiteReport(split=split_dir.name)
    for name, kind in SPLIT_FILES.items():
        path = split_dir / name
        if path.is_file():
            table = occupation_ssyk_table(data_dir) if kind == "job_titles" else None
            out.reports.append(run_eval(path, predictor_for(kind), kind=kind, occupation_ssyk=table))
    return out


def main(argv: list[str] | None = None) -> int:
    from vagledning.settings import get_settings

    ap = argparse.ArgumentParser(prog="python -m evals.suite", description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--via-cli", action="store_true", help="go through the public CLI contracts (subprocesses)")
    ap.add_argument("--report", help="write the Markdown report here")
    ap.add_argument("--json", help="write the JSON report (with per-case detail) here")
    args = ap.parse_args(argv)
    settings = get_settings()
    if args.via_cli:
        def predictor_for(kind: str) -> Predictor:
            return subprocess_predictor(CLI_COMMANDS[kind])
    else:
        from evals.runner import in_process_predictor

        def predictor_for(kind: str) -> Predictor:
            return in_process_predictor(settings, kind)
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    suites = [run_split(DATASETS_DIR / s, predictor_for, settings.data_dir) for s in splits]
    md = "\n".join(s.to_markdown() for s in suites)
    print(md)
    if args.report:
        Path(args.report).write_text(md, encoding="utf-8")
    if args.json:
        Path(args.json).write_text("[" + ",".join(s.to_json() for s in suites) + "]", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
