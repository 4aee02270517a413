""""I like cars. I want to work with it": a wish whose object is only a pronoun takes its referent (goal16).

rater29 c11 (sv-easy): "jag gillar bilar. vill jobba med det" linked the words " med det" themselves to an occupation
(«Verktygssmed», a dense look-alike) and showed it first for three turns; "work with them" became «Specialistofficer».
A pronoun names no work: what it stands for is what the statement before it named ("bilar"), so the wish is read from
that statement's words. The pronoun phrases ("med det", "with it", «فيها», "ku", «ምስኡ», «با آن», «з цим») are the cue
group ``anaphor_object`` of assistant/locales/intents.yaml. With nothing before it in the message, such a wish names
nothing and links nothing.
"""
from __future__ import annotations

from typing import Any

from assistant.intent_cues import cues, normalize
from assistant.interpretation.work_content import names_no_work_content

#: The kinds of statement whose words a following "with it" may stand for.
_REFERENTS = ("interest", "wish", "experience", "other")


def only_pronoun(focus: str) -> bool:
    """The words after a wish's cue are a pronoun phrase and words of working as such ("med det", "work with them",
    «اشتغل فيها», «ምስኡ ዝተኣሳሰር ስራሕ»)."""
    pat = cues().get("anaphor_object")
    t = normalize(focus)
    if pat is None or not pat.search(t):
        return False
    rest = pat.sub(" ", t)
    return not any(ch.isalnum() for ch in rest) or names_no_work_content(rest)


def read_pronoun_wishes(statements: list[Any], focuses: list[str]) -> list[Any]:
    """The message's statements, each wish whose object (its ``focuses`` entry, the words after its cue) is only a
    pronoun read as the statement just before it that names something (a copy of it, as a wish); with none before it,
    as a statement of no kind that links anything (``language``: it names no language either, segment.py)."""
    out = list(statements)
    for i, st in enumerate(statements):
        if st.kind != "wish" or not only_pronoun(focuses[i]):
            continue
        prev = statements[i - 1] if i else None
        if prev is None or prev.kind not in _REFERENTS or prev.question:
            out[i] = st.model_copy(update={"kind": "language"})
        else:
            out[i] = prev.model_copy(update={"kind": "wish"})
    return out
