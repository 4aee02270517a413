"""What a refusal said back names: an occupation the person named or was shown, else their own words (place15).

rater28 so c10 T2: after «Maya, korontada iyo mashiinnada ma rabo» (no, not electricity and machines) the answer said
"I won't suggest «Trycksvarvare» and «Verktygsmakare»": occupations linked from the refused words that the person had
neither seen in an earlier answer nor named. A counsellor repeats what was refused ("Okej, inget med el och maskiner"):
an occupation is said back only when an earlier answer presented it («…») or the person's message names it; otherwise
the person's own refused words are (``heard.avoid_words``).
"""
from __future__ import annotations

import re

from vagledning.domain.profile import Constraint

_TITLE = re.compile(r"«([^»]{2,120})»")
#: The longest refused phrase said back word for word (a long clause is no short acknowledgement).
WORDS_MAX = 60


def _seen_titles(history) -> set[str]:
    """The «…» titles of the earlier answers, case-folded."""
    return {m[1].strip().casefold() for msg in history if msg.role == "assistant"
            for m in _TITLE.finditer(msg.content or "")}


def said_back(said: list[Constraint], history, message: str) -> tuple[list[str], list[str]]:
    """(occupation labels to name, the person's own refused words) for this message's refusals ``said``: a linked
    occupation only when seen earlier or named in ``message``; the words of a refusal whose links are all unseen."""
    seen = _seen_titles(history)
    told = (message or "").casefold()
    named: list[str] = []
    words: list[str] = []
    for c in said:
        if c.kind != "avoid" or c.concept is None:
            continue
        label = c.concept.label
        if label.casefold() in seen or _names(label, told):
            named.append(label)
        elif (w := " ".join((c.value or "").split()).strip(" .,!?،؟።፣")) and len(w) <= WORDS_MAX:
            words.append(w)
    named = list(dict.fromkeys(named))
    return named, [] if named else list(dict.fromkeys(words))


def seen_or_named(labels: list[str], history, message: str) -> list[str]:
    """The ``labels`` an earlier answer presented or ``message`` names (what a refusal may be said back with)."""
    seen = _seen_titles(history)
    told = (message or "").casefold()
    return [x for x in labels if x.casefold() in seen or _names(x, told)]


#: The shortest part of a title that, written as a word of the message, names it ("flyttkarl" of
#: «Expressarbetare/Flyttkarl/Stadsbud»).
_PART = 4


def _names(label: str, told: str) -> bool:
    """``told`` (case-folded) names the occupation: its whole label, or one of the titles its label joins with "/" or
    "," written as a word (ack10: "dont wanna be a flyttkarl" names «Expressarbetare/Flyttkarl/Stadsbud»)."""
    if label.casefold() in told:
        return True
    words = set(re.findall(r"\w+", told))
    parts = [p.strip().casefold() for p in re.split(r"[/,]", label)]
    return any(len(p) >= _PART and (p in words if " " not in p else p in told) for p in parts)
