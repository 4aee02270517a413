""""Do I need to study / papers, or can I just apply?" about work no licence regulates (cards34; rater40 new03 T2,
new02 T4: the question was not answered, a course list or generic study rights came instead).

A counsellor answers the yes first: the regulated-professions data (retrieval/relations_regulated.py) list no licence
or protected title for the occupation, so no licence is needed and the person may apply now. Said uncited, as the
licence answer says the data's silence (``yesno.can_yes``: "according to my sources"), before what helps (the
courses, the ways in), which the turn's own answer goes on to give.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from assistant.intent_cues import locale_words_pattern, normalize
from assistant.state import TurnState

_CUES = Path(__file__).resolve().parent / "locales" / "apply_directly.yaml"


@functools.cache
def _pattern() -> re.Pattern[str]:
    return locale_words_pattern(_CUES)


#: Applying TO a school or programme ("can I just apply to Komvux?", «söka direkt till högskolan»): no job asked.
_TO_SCHOOL = re.compile(r"\b(?:söka|ansöka|apply|applying)\b(?:\W+\w+){0,2}?\W+(?:till|to|into)\b"
                        r"(?!\W+(?:\w+\W+)?(?:jobb\w*|job|jobs|work|arbete\w*|tjänst\w*|employers?|companies)\b)", re.I)


def asks_apply_directly(text: str) -> bool:
    """The message asks whether the work can be applied for now, without study or papers first."""
    t = normalize(text or "")
    return bool(_pattern().search(t)) and not _TO_SCHOOL.search(t)


def _unregulated(rt: Any, focus: Any) -> bool:
    """No licence or protected title is listed for the occupation (unknown data: not said). A trade's own work rule
    (food hygiene, a chainsaw: assistant/certificates.py) is no licence: "can I work?" is yes for it too
    (assistant/yes_no.py VERDICTS)."""
    from retrieval.relations_regulated import licence_route

    try:
        return licence_route(focus.id, rt) is None
    except Exception:  # noqa: BLE001 - no regulated-profession tables: nothing can be said either way
        return False


#: Answers that give their own verdict (a licence answer), weigh two named occupations, or ask back.
_OWN_VERDICT = ("licence", "compare", "clarify", "unknown_occupation")


def no_licence_first(state: TurnState, rt: Any) -> None:
    """"… or can I just apply?" about an occupation no licence regulates (the one the message names, else the one in
    focus): "yes, according to my sources no licence is needed for X" before the rest of the answer (courses, the two
    ways side by side, the ways in). Nothing when a verdict is already said or the data list a licence."""
    if state.action in _OWN_VERDICT or not asks_apply_directly(state.text):
        return
    if any(f.key.startswith("yesno.") for f in state.facts):
        return
    from assistant.evidence import sv_title
    from assistant.focus import named_in_message
    from assistant.state import Fact

    try:
        focus = named_in_message(state, rt, guess=False) or state.focus
    except Exception:  # noqa: BLE001 - no occupation index: the occupation in focus
        focus = state.focus
    if focus is None or not getattr(focus, "id", None) or not _unregulated(rt, focus):
        return
    state.facts.insert(0, Fact(key="yesno.can_yes", params={"occupation": sv_title(focus.label, "occupation")}))
