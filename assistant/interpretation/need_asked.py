"""A question whether something is NEEDED ("do I need a paper to work with kids, e.g. from the police?") tells nothing
the person likes or wants (profile29; rater36 new03: «Чи треба … довідка, наприклад з поліції?» was kept as an interest
in children's work, and "from the police" as the wishes «Biträdande jurist», «Affärsjurist»).

The work it names is what the requirement is asked for, not a liking asked about ("which jobs are there with kids?",
work_topic.py); its example is the paper's issuer or kind, not work wished (wishes.proposal_wishes). An example that
opens with "from" («från», «من», «از», «ካብ», «з») names where a paper comes from, in any sentence. The cue words are
the ``need``/``need_passive`` groups of assistant/locales/intents.yaml (8 languages, the one list of them).
"""
from __future__ import annotations

import re

from assistant.intent_cues import has

#: Work asked for outright ("is there work with kids that needs no papers?"): a liking asked, whatever else is needed.
_ASKS_FOR_WORK = ("is_there_work", "wh_work", "work_kind", "any_work", "what_work_there", "get_work")
#: "from" opening an example: the issuer of a paper ("from the police", «من الشرطة», «از پولیس», «з поліції»).
_FROM = re.compile(r"^\W*(från|ifrån|from|من|مِن|از|ካብ|з|із|зі|від|ka)(?=\s)", re.IGNORECASE)
_ENDS = re.compile(r"[.!?؟።፧]")
_MARKS = "?؟፧"


def asks_need(text: str) -> bool:
    """The words ask whether something is needed, and not for work itself."""
    return (has("need", text) or has("need_passive", text)) and not any(has(g, text) for g in _ASKS_FOR_WORK)


def from_issuer(phrase: str) -> bool:
    """The example opens with "from": it names where something comes from."""
    return bool(_FROM.match(phrase or ""))


def example_of_need(text: str, a: int, b: int) -> bool:
    """The example ``text[a:b]`` names an issuer, or stands in a question (or right after one) asking what is needed."""
    if from_issuer(text[a:b]):
        return True
    ends = [m.start() for m in _ENDS.finditer(text)]
    before = [e for e in ends if e < a]
    start = before[-2] + 1 if len(before) > 1 else 0
    after = next((e for e in ends if e >= b), len(text))
    asked = text[after:after + 1] in _MARKS or any(text[e] in _MARKS for e in before[-1:])
    return asked and asks_need(text[start:after])
