"""The `vagledning` command line.

Every command reads settings from VAGLEDNING_* environment variables (see README). Errors
are reported as one clear line on stderr with a non-zero exit code, never a traceback.
"""
from __future__ import annotations

from pathlib import Path

import typer

from vagledning.cli_io import (
    Heartbeat,
    emit,
    emit_jsonl,
    fail,
    print_match,
    print_profile,
    run_guarded,
    run_with_service,
    settings_or_fail,
)

app = typer.Typer(
    help=(
        "vagledning: career guidance for Sweden grounded in the JobTech Taxonomy, ESCO, job ads, forecasts and "
        "education data.\n\nTypical first run: `vagledning ingest` (reads ../shared/data into a local vector "
        "store), then `vagledning search \"truckförare\" --kind occupation`, `vagledning match \"…\"`, "
        "`vagledning chat` or `vagledning serve`."
    ),
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def ingest(
    only: str | None = typer.Option(None, "--only", help="Comma-separated kinds to ingest (default: all). "
                                       "Kinds: occupation, ssyk, occupation_field, skill, skill_headline, "
                                       "esco_occupation, esco_skill, description, ad, course, programme."),
    source: str = typer.Option("files", "--source", help="files = the data directory; api = the live public APIs."),
    reset: bool = typer.Option(False, "--reset", help="Drop the store first (needed after changing embedder)."),
) -> None:
    """Read the sources, embed them and fill the vector store (idempotent, resumable)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from vagledning.domain.documents import Kind

    settings = settings_or_fail()
    kinds = None
    if only:
        try:
            kinds = {Kind(k.strip()) for k in only.split(",") if k.strip()}
        except ValueError as exc:
            fail(f"{exc}. Known kinds: {', '.join(k.value for k in Kind)}")
    if source not in ("files", "api"):
        fail("--source must be 'files' or 'api'")
    console = Console(stderr=True)

    def body():
        from ingest.pipeline import run_ingest

        with Progress(TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=console, transient=False) as progress, Heartbeat(console) as beat:
            tasks: dict[str, int] = {}

            def on_progress(kind: str, done: int, total: int) -> None:
                if kind not in tasks:
                    tasks[kind] = progress.add_task(kind, total=max(total, 1))
                progress.update(tasks[kind], completed=done if total else 1)
                beat.state = f"{kind} {done}/{total}"

            console.print(f"Reading sources ({source}) …")
            report = run_ingest(settings, kinds=kinds, source=source, reset=reset, progress=on_progress)
        table = Table(title="Ingest summary")
        for col in ("kind", "added", "updated", "removed", "unchanged", "embedded", "seconds"):
            table.add_column(col, justify="right" if col != "kind" else "left")
        for s in report.kinds:
            table.add_row(s.kind, str(s.added), str(s.updated), str(s.removed), str(s.unchanged),
                          str(s.entries_embedded), f"{s.seconds:.1f}")
        console.print(table)
        for src, n in report.malformed_by_source().items():
            console.print(f"[yellow]skipped {n} malformed record(s) from {src}[/yellow]")
        for m in report.malformed[:10]:
            console.print(f"  {m.source} {m.locator}: {m.reason}")
        if report.duplicates:
            console.print(f"{report.duplicates} duplicate id(s) skipped")
        console.print(f"Relations rebuilt in {report.relations_seconds:.1f} s. Total {report.seconds:.1f} s. "
                      f"Store: {settings.chroma_host or settings.store_dir}")
        if report.precomputed:
            parts = ", ".join(f"{k} {v['computed']} ({v['seconds']} s)" for k, v in report.precomputed.items()
                              if isinstance(v, dict))
            console.print(f"Precomputed per-occupation results: {parts or 'none needed'}.")
        console.print('Try: vagledning search "truckförare" --kind occupation')

    run_guarded(body)


@app.command()
def search(
    query: str | None = typer.Argument(None, help="What to look for, in any language."),
    kind: str = typer.Option("occupation", "--kind", "-k", help="occupation, ssyk, skill, esco_occupation, esco_skill, "
                             "ad, course, programme, description, occupation_field, skill_headline."),
    top: int = typer.Option(10, "--top", "-n", min=1, max=200, help="Number of hits."),
    region: str | None = typer.Option(None, "--region", help="Region concept id filter (ads, courses, programmes)."),
    ssyk: str | None = typer.Option(None, "--ssyk", help="SSYK code or ssyk-level-4 id filter."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Batch: read {"id","query"} lines on stdin, write one line each.'),
) -> None:
    """Hybrid (dense + BM25) search in one kind of document. Hit ids are the source's own concept ids."""

    def body(settings, service):
        def hits_for(q: str) -> list[dict]:
            return service.search(q, kind=kind, top=top, region=region, ssyk=ssyk, snippets=False)

        if jsonl:
            emit_jsonl("query", lambda obj: {"id": obj.get("id"), "hits": hits_for(obj["query"])}, empty={"hits": []})
            return
        if not query or not query.strip():
            fail("give a QUERY, or use --jsonl with lines on stdin")
        hits = hits_for(query)
        if as_json:
            emit({"query": query, "kind": kind, "hits": hits})
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{kind}: {query}")
        for col in ("#", "title", "id", "score", "url"):
            table.add_column(col)
        for i, h in enumerate(hits, 1):
            table.add_row(str(i), h["title"], h["id"], f"{h['score']:.4f}", h["url"] or "")
        Console().print(table)
        if not hits:
            typer.echo("No hits. Has this kind been ingested? (vagledning ingest --only " + kind + ")")

    run_with_service(body)


@app.command()
def interpret(
    text: str | None = typer.Argument(None, help="A self-assessment in any language (or use --jsonl)."),
    language: str | None = typer.Option(None, "--lang", help="Force the language (sv, en, ar, so, ti, fa, uk)."),
    llm: bool | None = typer.Option(None, "--llm/--no-llm", help="LLM-assisted interpretation (needs "
                                    "VAGLEDNING_LLM_BASE_URL); proposals are validated against the store."),
    as_json: bool = typer.Option(False, "--json", help="Print the Profile as JSON."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Batch: read {"id","text"} lines on stdin, write one Profile line each.'),
    file: Path | None = typer.Option(None, "--file", help="A CV (PDF, DOCX or plain text) instead of TEXT: read in "
                                     "memory, personal identifiers removed first, nothing written."),
) -> None:
    """Interpret a self-assessment (or a CV with --file) into a taxonomy-linked profile (experiences, skills, wishes …)."""

    def body(settings, service):
        if file is not None:
            if not file.is_file():
                fail(f"no such file: {file}")
            with file.open("rb") as fh:  # at most one byte over the limit: the service refuses it with its message
                data = fh.read(settings.cv_max_bytes + 1)
            profile = service.profile_from_cv(data, language=language, llm=llm)
            if as_json:
                emit(profile.model_dump(mode="json"))
                return
            for pos in profile.cv.positions:
                years = f"{pos.start_year}–{'' if pos.current else (pos.end_year or '')}" if pos.start_year else ""
                print(f"Position: {pos.title} {years} → {pos.occupation_label or '(not linked)'}")
            print_profile(profile)
            return

        def line(obj: dict) -> dict:
            profile = service.interpret(obj["text"], language=language, llm=llm)
            return {"id": obj.get("id"), "language": profile.language, "profile": profile.model_dump(mode="json")}

        if jsonl:
            emit_jsonl("text", line)
            return
        if text is None:
            fail("give a TEXT, or use --jsonl with lines on stdin")
        profile = service.interpret(text, language=language, llm=llm)
        if as_json:
            emit(profile.model_dump(mode="json"))
            return
        print_profile(profile)

    run_with_service(body)


@app.command()
def match(
    text: str | None = typer.Argument(None, help="A self-assessment in any language (or use --jsonl)."),
    region: str | None = typer.Option(None, "--region", help="Region concept id (e.g. CaRE_1nn_cSU = Skåne län); "
                                         "default: the place named in the text."),
    top: int = typer.Option(10, "--top", "-n", min=1, max=50),
    language: str | None = typer.Option(None, "--lang", help="Force the language."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON (the documented contract)."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Batch: read {"id","text"} lines on stdin, one result line each.'),
) -> None:
    """Suggest occupations with explanations, skill gaps, demand, outlook and education, all with sources."""

    def body(settings, service):
        def one(obj_id, t) -> dict:
            return service.match(t, region=region, top=top, language=language, id=obj_id)

        if jsonl:
            emit_jsonl("text", lambda obj: one(obj.get("id"), obj["text"]), empty={"occupations": []})
            return
        if text is None:
            fail("give a TEXT, or use --jsonl with lines on stdin")
        result = one(None, text)
        if as_json:
            emit(result)
            return
        from retrieval.match_models import MatchResult

        print_match(MatchResult.model_validate(result))

    run_with_service(body)


@app.command(name="eval")
def eval_cmd(
    dataset: str | None = typer.Argument(None, help="A JSONL dataset (default: evals/datasets/dev/self_assessments.jsonl)."),
    kind: str | None = typer.Option(None, "--kind", help="self_assessments | job_titles | skills (default: from the file name)."),
    report: str | None = typer.Option(None, "--report", help="Write the Markdown report here."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Evaluate interpretation and matching on a dataset: hit@1/3/5, MRR, skill precision/recall per language."""
    from pathlib import Path

    settings = settings_or_fail()

    def body():
        from evals.runner import run_dataset

        dev = Path(__file__).resolve().parent.parent / "evals" / "datasets" / "dev" / "self_assessments.jsonl"
        path = Path(dataset) if dataset else dev
        if not path.exists():
            fail(f"dataset not found: {path}")
        rep = run_dataset(settings, path, kind=kind)
        if report:
            Path(report).write_text(rep.to_markdown(), encoding="utf-8")
        typer.echo(rep.to_json(include_cases=False) if as_json else rep.to_markdown())

    run_guarded(body)


@app.command(name="data-report")
def data_report(
    fmt: str = typer.Option("md", "--format", help="md (per-owner sections) or json."),
    out: str | None = typer.Option(None, "--out", help="Write the report to this file instead of stdout."),
    check_links: bool = typer.Option(False, "--check-links", help="Also request each citable link (bounded, polite; "
                                     "needs the network); broken ones are saved in the store dir and never cited."),
    link_limit: int = typer.Option(200, "--link-limit", help="At most this many URLs in the HTTP check."),
) -> None:
    """Data-quality report of the ingested sources: coverage, consistency, freshness, link health, per owner."""
    from pathlib import Path

    if fmt not in ("md", "json"):
        fail("--format must be md or json")
    settings = settings_or_fail()

    def body():
        from ingest.quality import build_report
        from ingest.quality.render import to_json, to_markdown

        rep = build_report(settings, check_links=check_links, link_limit=link_limit)
        text = to_json(rep) if fmt == "json" else to_markdown(rep)
        if out:
            Path(out).write_text(text, encoding="utf-8")
            typer.echo(f"wrote {out} ({len(rep.findings)} findings, {rep.seconds} s)", err=True)
        else:
            typer.echo(text)

    run_guarded(body)


@app.command()
def chat(
    lang: str | None = typer.Option(None, "--lang", help="Reply language (sv, sv-easy, en, ar, so, ti, fa, uk); default: detected."),
    llm: bool | None = typer.Option(None, "--llm/--no-llm", help="Use the configured OpenAI-compatible model (default: when configured)."),
) -> None:
    """Talk with the assistant in the terminal (nothing is saved)."""
    settings = settings_or_fail()

    def body():
        from assistant.chat_cli import run_chat

        run_chat(settings, lang, llm)

    run_guarded(body)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    workers: int = typer.Option(1, "--workers", min=1, max=64,
                                help="Worker processes (one per core answers the most turns; each loads its own models)."),
) -> None:
    """Start the web service: chat widget at /, counsellor copilot at /copilot, API under /v1."""
    settings = settings_or_fail()

    def body():
        from api.server import serve as run_server

        typer.echo(f"Serving on http://{host}:{port}  (widget demo: /, copilot: /copilot, API docs: /docs)")
        run_server(host, port, settings, workers=workers)

    run_guarded(body)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # (python -m vagledning.cli …: the rater29 server start)
    main()
