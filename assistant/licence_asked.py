"""The occupation a licence question is about when the message names several ("Bus or warehouse? And does
taxi need a special licence?"): the one named in the sentence that asks about the licence, when it has a
licence route of its own (rater 7: the bus driver's YKB was answered and the taxiförarlegitimation never named).

Kept apart from :mod:`assistant.licence_answer` so that module stays small; reads the focus helpers only.
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.intents import SENTENCE
from assistant.state import Focus, TurnState
from assistant.vehicle_named import names_vehicle, vehicle_named
from vagledning.domain.runtime import Runtime

__all__ = ["licence_focus", "licence_named", "licence_words_last", "vehicle_named"]


def _licence_sentences(text: str) -> list[str]:
    return [s for s in (m.group(0).strip() for m in SENTENCE.finditer(text or "")) if s and has("licence", s)]


def licence_focus(state: TurnState, rt: Runtime, focus: Focus) -> Focus:
    """``focus``, or the regulated occupation the licence sentence itself names when the message asks about
    the licence in one sentence and names other work in others."""
    from assistant.focus import _linked
    from retrieval.relations_regulated import licence_route

    if len([m for m in SENTENCE.finditer(state.text or "") if m.group(0).strip()]) <= 1:
        return focus  # the whole message is the licence question: the focus already is what it names
    sentences = _licence_sentences(state.text)
    for sentence in sentences:
        if has("drive_plain", sentence) and not names_vehicle(sentence, state.language):
            continue  # a driving licence told or asked names no driver's work (anchor6: 'darawal' is no lorry driver)
        named = _linked(sentence, rt)
        if named is None or named.id == focus.id:
            continue
        try:
            route = licence_route(named.id, rt)
        except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing to prefer
            return focus
        if route is not None:
            return named
    return focus


#: Characters either side of a word read for the driving-licence words it stands in («رخصة سواقة»).
_AROUND = 14


def licence_words_last(experiences: list, text: str, language: str) -> list:
    """The occupations a message names, those read from a driving licence's own words last (parts19: «هل لازم رخصة
    سواقة لحتى اشتغل مساعد ممرض» – "سواق" in "driving licence" linked a lorry driver before the assistant nurse it asks
    about; «liisanka darawalnimada», «لایسنس رانندگی» the same). A vehicle named (a bus driver's licence) is that driver's."""
    if len(experiences) < 2 or names_vehicle(text, language):
        return list(experiences)

    def in_licence_words(exp) -> bool:
        at = text.find(exp.span.quote) if exp.span.quote else -1
        if at < 0:
            return False
        around = text[max(0, at - _AROUND): at + len(exp.span.quote) + _AROUND]
        return has("drive_plain", around) or has("drive_class", around)

    return sorted(experiences, key=in_licence_words)


#: A Swedish compound built on a licence or card word: what stands before it is the occupation's stem
#: ("taxiförar|legitimation", "apotekar|legitimationen", "sjuksköterske|legitimation", "buss|körkortet").
_LICENCE_END = re.compile(r"^(\w{3,}?)(?:legitimation|licens|körkort|behörighet|certifikat|bevis|kort)(?:en|et)?$")


def licence_named(name: str | None, rt: Runtime) -> Focus | None:
    """The occupation a licence word left unresolved names (rater9: "taxiförarlegitimation" was reported as an
    occupation not found, after a right answer about the taxi licence): its stem as an occupation's name, with the
    Swedish joining forms undone ("taxiförar" -> "taxiförare", "sjuksköterske" -> "sjuksköterska")."""
    from assistant.focus import _linked

    for word in (name or "").split():
        m = _LICENCE_END.match(word)
        if not m:
            continue
        stem = m.group(1)
        for candidate in (stem, stem + "e", stem[:-1] + "a", stem[:-1]):
            found = _linked(candidate, rt) if len(candidate) >= 3 else None
            if found is not None:
                return found
    return None
