"""Plumbing of the `vagledning` command line (vagledning/cli.py): settings and the service, one clear
error line instead of a traceback, JSONL in and out, a heartbeat for ingest, and the human-readable
profile and match output."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import typer

from vagledning.errors import VagledningError


def fail(message: str, code: int = 2) -> None:
    """Print an error line and exit (no traceback for expected errors)."""
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def settings_or_fail():
    from vagledning.settings import get_settings

    try:
        return get_settings()
    except Exception as exc:  # noqa: BLE001 - pydantic ValidationError or SettingsError: name the variable, not a stack trace
        fail(f"invalid configuration: {exc}")


def service_for(settings):
    """The one service facade (assistant.engine) the API and the evals use too; imported lazily
    so `vagledning --help` stays fast."""
    from assistant.engine import build_service

    return build_service(settings)


def run_guarded(fn):
    """Run a command body, turning our errors into clean CLI errors."""
    try:
        return fn()
    except VagledningError as exc:
        fail(exc.user_message)
    except KeyboardInterrupt:
        fail("interrupted", 130)


def read_jsonl(stdin, key: str):
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
            yield no, None, str(exc)[:200]
        except RecursionError:  # json.loads on thousands of nested brackets
            yield no, None, "the line is nested too deeply to be read"


def emit(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def emit_jsonl(key: str, answer: Callable[[dict], dict], *, empty: dict | None = None) -> None:
    """``--jsonl``: one result line per line on stdin (``answer`` of its object); a line that is not
    an object with a string ``key`` gets an error line with its number (plus ``empty``, the result's
    empty fields) and the batch goes on."""
    for no, obj, err in read_jsonl(sys.stdin, key):
        emit({"id": None, "line": no, "error": err, **(empty or {})} if err else answer(obj))


def run_with_service(body: Callable[[Any, Any], None]) -> None:
    """``body(settings, service)`` with the settings (a clean error when invalid) and the one service
    facade; our errors become clean CLI errors."""
    settings = settings_or_fail()
    run_guarded(lambda: body(settings, service_for(settings)))


class Heartbeat:
    """A plain progress line every few seconds when the output is not a terminal (CI logs, pipes),
    where the progress bars print nothing until the end; silent on a terminal."""

    EVERY_S = 5.0

    def __init__(self, console) -> None:
        import threading

        self.console = console
        self.state = "reading sources"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._active = not (sys.stdout.isatty() and console.is_terminal)

    def _run(self) -> None:
        import time

        start = time.monotonic()
        while not self._stop.wait(self.EVERY_S):
            self.console.print(f"ingest: {self.state} ({time.monotonic() - start:.0f} s)", highlight=False)

    def __enter__(self) -> Heartbeat:
        if self._active:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        if self._active:
            self._thread.join(timeout=1)


def print_profile(profile) -> None:
    from rich.console import Console

    con = Console()
    lines = [f"[bold]Language:[/bold] {profile.language}",
             *(f"Experience: {e.occupation.label} (SSYK {e.ssyk_code}) ← “{e.span.quote}” [{e.confidence:.2f}]"
               for e in profile.experiences),
             *(f"Wish: {w.label} ← “{w.span.quote}”" for w in profile.wishes),
             *(f"Skill: {s.label} ← “{s.span.quote}” [{s.confidence:.2f}]" for s in profile.skills),
             *(f"Constraint ({c.kind}): {c.label}" for c in profile.constraints),
             *(f"Education: {ed.label} (SUN {ed.sun_level}, SeQF {ed.seqf})" for ed in profile.education),
             *(f"Speaks: {lang.code}" for lang in profile.languages)]
    for line in lines:
        con.print(line)


def print_match(result) -> None:
    from rich.console import Console

    con = Console()
    print_profile(result.profile)
    if not result.occupations:
        con.print("No occupation could be matched with enough confidence. Tell more about what you have done.")
    for i, m in enumerate(result.occupations, 1):
        con.print(f"\n[bold]{i}. {m.label}[/bold] (SSYK {m.ssyk_code} {m.ssyk_label}) score {m.score:.2f} — {m.explanation}")
        if m.matched_skills:
            con.print("   matched: " + ", ".join(s.label for s in m.matched_skills[:8]))
        if m.missing_skills:
            con.print("   missing: " + ", ".join(s.label for s in m.missing_skills[:8]))
        for ev in m.evidence:
            con.print(f"   [{ev.type}] {ev.title}: {ev.snippet[:120]} — {ev.url or ev.doc_id}")
    if result.next_questions:
        con.print("\nStill missing: " + ", ".join(result.next_questions))
