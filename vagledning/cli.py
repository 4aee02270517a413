"""The `vagledning` command line.

Every command reads settings from VAGLEDNING_* environment variables (see README). Errors
are reported as one clear line on stderr with a non-zero exit code, never a traceback.
"""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from vagledning.errors import VagledningError

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


def fail(message: str, code: int = 2) -> None:
    """Print an error line and exit (no traceback for expected errors)."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _settings():
    from vagledning.settings import get_settings

    try:
        return get_settings()
    except Exception as exc:  # pydantic ValidationError: name the variable, not a stack trace
        fail(f"invalid configuration: {exc}")


def run_guarded(fn):
    """Run a command body, turning our errors into clean CLI errors."""
    try:
        return fn()
    except VagledningError as exc:
        fail(exc.user_message)
    except KeyboardInterrupt:
        fail("interrupted", 130)


def _read_jsonl(stdin, key: str):
    """Yield (line_no, obj) from JSONL on stdin; bad lines are yielded as errors."""
    for no, line in enumerate(stdin, 1):
        line = line.strip()
        if not line:
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get(key), str):
                raise ValueError(f'each line must be an object with a string "{key}"')
            yield no, obj, None
        except ValueError as exc:
            yield no, None, str(exc)


def _emit(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


@app.command()
def ingest(
    only: Optional[str] = typer.Option(None, "--only", help="Comma-separated kinds to ingest (default: all). "
                                       "Kinds: occupation, ssyk, occupation_field, skill, skill_headline, "
                                       "esco_occupation, esco_skill, description, ad, course, programme."),
    source: str = typer.Option("files", "--source", help="files = the data directory; api = the live public APIs."),
    reset: bool = typer.Option(False, "--reset", help="Drop the store first (needed after changing embedder)."),
) -> None:
    """Read the sources, embed them and fill the vector store (idempotent, resumable)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
    from rich.table import Table

    from vagledning.documents import Kind

    settings = _settings()
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
                      console=console, transient=False) as progress:
            tasks: dict[str, int] = {}

            def on_progress(kind: str, done: int, total: int) -> None:
                if kind not in tasks:
                    tasks[kind] = progress.add_task(kind, total=max(total, 1))
                progress.update(tasks[kind], completed=done if total else 1)

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
        console.print('Try: vagledning search "truckförare" --kind occupation')

    run_guarded(body)


@app.command()
def search(
    query: Optional[str] = typer.Argument(None, help="What to look for, in any language."),
    kind: str = typer.Option("occupation", "--kind", "-k", help="occupation, ssyk, skill, esco_occupation, esco_skill, "
                             "ad, course, programme, description, occupation_field, skill_headline."),
    top: int = typer.Option(10, "--top", "-n", min=1, max=200, help="Number of hits."),
    region: Optional[str] = typer.Option(None, "--region", help="Region concept id filter (ads, courses, programmes)."),
    ssyk: Optional[str] = typer.Option(None, "--ssyk", help="SSYK code or ssyk-level-4 id filter."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    jsonl: bool = typer.Option(False, "--jsonl", help='Batch: read {"id","query"} lines on stdin, write one line each.'),
) -> None:
    """Hybrid (dense + BM25) search in one kind of document. Hit ids are the source's own concept ids."""
    settings = _settings()

    def body():
        from retrieval.runtime import open_runtime

        rt = open_runtime(settings)
        if jsonl:
            for no, obj, err in _read_jsonl(sys.stdin, "query"):
                if err:
                    _emit({"id": None, "line": no, "error": err, "hits": []})
                    continue
                hits = rt.search.search(obj["query"], kind, top, region=region, ssyk=ssyk)
                _emit({"id": obj.get("id"), "hits": [h.to_contract() for h in hits]})
            return
        if not query or not query.strip():
            fail("give a QUERY, or use --jsonl with lines on stdin")
        hits = rt.search.search(query, kind, top, region=region, ssyk=ssyk)
        if as_json:
            _emit({"query": query, "kind": kind, "hits": [h.to_contract() for h in hits]})
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{kind}: {query}")
        for col in ("#", "title", "id", "score", "url"):
            table.add_column(col)
        for i, h in enumerate(hits, 1):
            table.add_row(str(i), h.title, h.concept_id, f"{h.score:.4f}", h.url or "")
        Console().print(table)
        if not hits:
            typer.echo("No hits. Has this kind been ingested? (vagledning ingest --only " + kind + ")")

    run_guarded(body)


def main() -> None:  # pragma: no cover
    app()
