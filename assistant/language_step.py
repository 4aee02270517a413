"""Step 1: the reply language and style of a turn.

The answer follows the language the person writes in: a message clearly written in one of the
supported languages is answered in it, even when the UI selector says otherwise (a person who writes
Arabic with the selector left on Swedish gets Arabic), and the answer says so once, with the offer
to switch (:func:`note_switch`). A message that says little about its language ("ok", a place name,
a number) keeps the language of the previous answer, else the selector's, else Swedish.
'sv-easy' = Swedish in easy style. Languages without templates are answered in English.
"""
from __future__ import annotations

from assistant.contract import ChatRequest
from assistant.state import SUPPORTED, Fact, Style, TurnState

MIN_CONFIDENCE = 0.4
#: How sure the detector must be before the text overrides the selector (Latin-script languages are
#: confused more often: Swedish/English/Somali words, names, places).
OVERRIDE_CONFIDENCE = {"Latin": 0.85}
OVERRIDE_CONFIDENCE_OTHER = 0.7
OVERRIDE_MIN_WORDS = 3


def _detect(text: str):
    try:
        from assistant.interpretation.language import detect_language
    except ImportError:  # pragma: no cover - the detector ships with the package
        return None
    try:
        return detect_language(text)
    except Exception:  # noqa: BLE001 - detection is best effort
        return None


def _selected(request: ChatRequest) -> tuple[str | None, Style]:
    """The selector's language (None when unset) and style."""
    asked = (request.language or "").strip().lower().replace("_", "-")
    if asked in ("sv-easy", "sv-ll", "easy"):
        return "sv", "easy"
    if asked:
        base = asked.split("-")[0]
        return (base if base in SUPPORTED else "en"), request.style
    return None, request.style


def written_in(text: str, guess=None) -> str | None:
    """The supported language ``text`` is clearly written in, or None when the text says too little."""
    guess = guess if guess is not None else _detect(text)
    if guess is None or guess.code is None:
        return None
    code = "fa" if guess.code == "prs" else guess.code
    if code not in SUPPORTED or len(text.split()) < OVERRIDE_MIN_WORDS:
        return None
    need = OVERRIDE_CONFIDENCE.get(guess.script or "Latin", OVERRIDE_CONFIDENCE_OTHER)
    return code if guess.confidence >= need else None


def choose_language(request: ChatRequest, text: str) -> tuple[str, Style]:
    """(language code in SUPPORTED, style 'standard'|'easy') for this turn."""
    selected, style = _selected(request)
    previous = request.profile.language if request.profile and request.profile.language else None
    guess = _detect(text)
    written = written_in(text, guess)
    if written is not None:
        return written, (style if written == selected else "standard")
    if selected is not None:
        # A short message keeps the language the conversation was switched to by the person's writing.
        if previous and previous != selected and previous in SUPPORTED:
            return previous, "standard"
        return selected, style
    return _pick(guess, previous), style


def note_switch(state: TurnState) -> None:
    """Say once, first, that the answer follows the person's writing rather than the selector, and how
    to get the selector's language instead."""
    selected, style = _selected(state.request)
    if selected is None or selected == state.language:
        return
    from assistant.locales import text

    sentence_start = text(state.locale, "language.switch").split("{", 1)[0][:40]
    if any(m.role == "assistant" and sentence_start in m.content for m in state.history):
        return
    name = text("sv-easy" if selected == "sv" and style == "easy" else selected, "language.name")
    state.facts.insert(0, Fact(key="language.switch", params={"selected": name}))


def _pick(guess, previous: str | None) -> str:
    code = guess.code if guess is not None else None
    if code == "prs":
        code = "fa"
    if code is None:
        return previous or "sv"
    if code in SUPPORTED and (guess.script not in (None, "Latin") or guess.confidence >= MIN_CONFIDENCE):
        return code
    if previous:
        return previous
    # Short Latin-script texts ("Hej", "ok") are guessed poorly: answer in Swedish unless the
    # detector is fairly sure of another (unsupported) language, which we answer in English.
    return "en" if code not in SUPPORTED and guess.confidence >= 0.5 else "sv"
