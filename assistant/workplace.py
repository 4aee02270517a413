"""Work told only by its place (lang20; read19, rater18: "I worked at a children's hospital" was read as a licensed
Barnsjuksköterska, «در شفاخانه اطفال کار میکردم» as Vårdare, "waxaan ka shaqeyn jiray isbitaalka carruurta" as
Stödpedagog).

A counsellor asks the role. When a statement of THIS message puts a past or present work verb right beside a
workplace (interpretation/workplaces.yaml: hospital, care home, school, hotel, in 8 languages), names no role after it
("… as a nurse") and the message tells no other work, the occupations read from the workplace's words are no work
done (a wish to work there is left as it is) and the answer is one short question naming typical roles at such a
place (JobTech occupation names). The workplace is kept in the profile (``Constraint(kind="other",
value="workplace:hospital")``), also beside a role told. "I was a nurse at a children's hospital" names the role: it
stays a nurse.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.state import TurnState
from vagledning.domain.profile import Constraint, Profile, Span
from vagledning.yaml_data import load_yaml

PREFIX = "workplace:"
_PATH = Path(__file__).with_name("interpretation") / "workplaces.yaml"


@lru_cache(maxsize=1)
def _doc() -> dict[str, Any]:
    return load_yaml(_PATH.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    doc = _doc()
    out = []
    for key, place in doc["places"].items():
        words = f"(?:{place['words']})(?:\\s+(?:{doc['qualifier']}))?"
        forms = [f"(?:{b}){words}" for b in doc["before"].values()]
        forms += [f"{words}(?:{a})" for a in doc["after"].values()]
        out.append((key, re.compile("|".join(forms))))
    return tuple(out)


def read_workplace(text: str, message: Profile, index: int) -> None:
    """Keep a workplace told with no role, and leave out the occupations read from its words (module docstring)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    role_after = re.compile(_doc()["role_after"])
    for key, pattern in _patterns():
        m = pattern.search(folded)
        if m is None or role_after.search(folded[m.end():m.end() + 20]):
            continue
        a, b = m.start(), m.end()
        # a role, a training or a wish told outside the place's words: all is kept as read
        read = [*message.experiences, *message.education, *[w for w in message.wishes if w.concept is not None]]
        if all(_inside(item.span, a, b) for item in read) and not _role_named(message, folded, a, b):
            message.experiences = []
            message.education = []
            message.wishes = [w for w in message.wishes if not _inside(w.span, a, b)]
            message.interests = [i for i in message.interests if not _inside(i.span, a, b)]
        quote = text[m.start():m.end()] if len(folded) == len(text) else m.group(0)
        message.constraints.append(Constraint(kind="other", value=f"{PREFIX}{key}", label=quote[:120], confidence=0.8,
                                              span=Span(start=a, end=b, quote=quote, message=index)))
        return


#: The shortest head word of an occupation's title that, found outside the place's words, names the role there.
_HEAD_WORD = 5


def _role_named(message: Profile, folded: str, a: int, b: int) -> bool:
    """The role was told outside the place's words although the work read was linked to them (burnout33: "jag är
    lärare, 52 år, jobbat i skolan i 25 år" read the teacher from "jobbat i skolan", so the teacher was dropped): the
    head word of a read occupation's Swedish title («lärare» of «Lärare i grundskolan») stands elsewhere in the text."""
    rest = folded[:a] + " " + folded[b:]
    for e in message.experiences:
        head = next(iter(re.findall(r"\w+", e.occupation.label.casefold())), "")
        if len(head) >= _HEAD_WORD and re.search(rf"\b{re.escape(head)}\b", rest):
            return True
    return False


def _inside(span: Any, a: int, b: int) -> bool:
    """The item was read from the workplace's words (its quote lies within them or overlaps them)."""
    return span is not None and span.start < b and a < span.end


def ask_role(state: TurnState) -> bool:
    """This message told a workplace and no work: the question about the role, instead of guessed occupations."""
    message = state.message_profile
    if message is None or message.experiences or state.action not in ("suggest", "more", "explore", "ask"):
        return False
    key = next((c.value.removeprefix(PREFIX) for c in message.constraints
                if c.kind == "other" and c.value.startswith(PREFIX)), None)
    if key is None:
        return False
    from assistant.evidence import sv_title

    roles = _doc()["places"][key]["roles"]
    state.facts.clear()
    state.presented.clear()
    state.action = "ask"
    state.say("workplace.which_role", roles={"items": [sv_title(r, "occupation") for r in roles]})
    return True
