"""Terminal chat: ``vagledning chat [--lang xx] [--llm/--no-llm]``.

Streams each answer as it is produced, then prints the numbered citations with their URLs.
The conversation (messages and profile) lives only in this process's memory; ``/clear``
forgets it, ``/quit`` ends. Nothing is written to disk.
"""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.panel import Panel

from assistant.contract import ChatMessage, ChatRequest, Citation
from vagledning.domain.profile import Profile
from vagledning.errors import VagledningError

HELP = "/quit avslutar · /clear börjar om · /profile visar profilen"


class ChatSession:
    """One in-memory conversation against an engine (used by :func:`run_chat` and tests)."""

    def __init__(self, engine: Any, *, lang: str | None = None, use_llm: bool | None = None) -> None:
        self.engine = engine
        self.lang = lang
        self.use_llm = use_llm
        self.clear()

    def clear(self) -> None:
        """Forget the conversation."""
        self.messages: list[ChatMessage] = []
        self.profile: Profile | None = None

    def send(self, text: str):
        """Yield the turn's events; the conversation is updated when the turn is done."""
        msgs = self.messages + [ChatMessage(role="user", content=text)]
        request = ChatRequest(messages=msgs, profile=self.profile, language=self.lang, use_llm=self.use_llm)
        answer = ""
        for ev in self.engine.events(request):
            if ev.event == "profile":
                self.profile = Profile.model_validate(ev.data["profile"])
            elif ev.event == "done":
                answer = ev.data.get("answer", "")
            yield ev
        self.messages = msgs + [ChatMessage(role="assistant", content=answer)]


def render_citations(console: Console, citations: list[Citation]) -> None:
    """Numbered sources under an answer."""
    for c in citations:
        url = f" [link={c.url}]{escape(c.url)}[/link]" if c.url else ""
        console.print(f"  [bold]\\[{c.n}][/bold] {escape(c.title)} [dim]({escape(c.kind)})[/dim]{url}")


def run_chat(settings, lang: str | None = None, use_llm: bool | None = None, *, engine: Any = None,
             console: Console | None = None, input_fn=None) -> None:
    """The interactive loop (see module docstring)."""
    from assistant.engine import build_service

    console = console or Console()
    engine = engine or build_service(settings)
    session = ChatSession(engine, lang=lang, use_llm=use_llm)
    ask = input_fn or (lambda: console.input("[bold cyan]du>[/bold cyan] "))
    console.print(Panel("Vägledning – yrken, utbildning och nästa steg i Sverige.\n" + HELP, expand=False))
    while True:
        try:
            text = ask()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        text = (text or "").strip()
        if not text:
            continue
        if text in ("/quit", "/exit", "/q"):
            return
        if text == "/clear":
            session.clear()
            console.print("[dim]Samtalet är rensat.[/dim]")
            continue
        if text == "/profile":
            console.print_json(data=(session.profile or Profile()).model_dump(mode="json", exclude_defaults=True))
            continue
        _turn(console, session, text)


def _turn(console: Console, session: ChatSession, text: str) -> None:
    citations: list[Citation] = []
    streamed = ""
    language = "sv"
    try:
        for ev in session.send(text):
            if ev.event == "token":
                if ev.data.get("replace") and streamed:
                    console.print("\n[dim]— svaret ersätts —[/dim]")
                    streamed = ""
                streamed += ev.data["text"]
                console.out(ev.data["text"], end="", highlight=False)
            elif ev.event == "notice":
                console.print(f"\n[yellow]{escape(ev.data.get('message', ''))}[/yellow]")
            elif ev.event == "citations":
                citations = [Citation.model_validate(c) for c in ev.data["citations"]]
            elif ev.event == "done":
                language = ev.data.get("language") or language
                final = ev.data.get("answer", "")
                if final and final != streamed:
                    # The citation check renumbered or removed markers: show the checked text.
                    console.print("\n")
                    console.print(escape(final))
                console.print()
            elif ev.event == "error":
                console.print(f"[red]{escape(ev.data.get('message', 'Fel'))}[/red]")
    except VagledningError as exc:
        console.print(f"\n[red]{escape(exc.user_message)}[/red]")
        return
    if citations:
        from assistant.locales import text as wording

        console.print(f"[bold]{escape(wording(language, 'sources'))}[/bold]")  # in the answer's language
        render_citations(console, citations)
    console.print()
