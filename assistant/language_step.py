"""Step 1: the reply language and style of a turn.

``request.language`` wins ('sv-easy' = Swedish in easy style); otherwise the new message is
detected, falling back to the profile's language (short messages such as "ok" say little),
then Swedish. Languages without templates are answered in English.
"""
from __future__ import annotations

from assistant.contract import ChatRequest
from assistant.state import SUPPORTED

MIN_CONFIDENCE = 0.4


def _detect(text: str):
    try:
        from assistant.interpretation.language import detect_language
    except ImportError:  # pragma: no cover - the detector ships with the package
        return None
    try:
        return detect_language(text)
    except Exception:  # noqa: BLE001 - detection is best effort
        return None


def choose_language(request: ChatRequest, text: str) -> tuple[str, str]:
    """(language code in SUPPORTED, style 'standard'|'easy') for this turn."""
    style = request.style
    asked = (request.language or "").strip().lower().replace("_", "-")
    if asked in ("sv-easy", "sv-ll", "easy"):
        return "sv", "easy"
    if asked:
        base = asked.split("-")[0]
        return (base if base in SUPPORTED else "en"), style
    previous = request.profile.language if request.profile and request.profile.language else None
    guess = _detect(text)
    return _pick(guess, previous), style


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
