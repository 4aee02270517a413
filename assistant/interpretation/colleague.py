"""Who the wished or told work is done WITH is no work of the person's (profile29; rater36 new01: "TANDSKÖTERSKA, ta la
shaqeysa dhakhtarka ilkaha", the dental nurse, the one who works with the dentist, added the wish «Tandläkare»).

"… the one who works with the dentist", «اللي بتشتغل مع طبيب الاسنان», «እታ ምስ ሓኪም ስኒ እትሰርሕ», «та що працює зі
стоматологом»: the title after "works with / beside / for" (before the verb in Tigrinya and Persian) describes the
work named beside it. When the message names other work outside those words, what was read from them goes
(wishes, work done, interests); alone ("I worked with a carpenter") it is left as read.
"""
from __future__ import annotations

import re
from typing import Any

from vagledning.domain.profile import Profile

#: A work verb and "with/beside/for" before the colleague (sv, en, ar, so, uk); the colleague in group "o" between
#: "with" and the verb (ti, fa). Case-folded text.
_WITH = [
    r"\b(jobbar|arbetar|jobbat|arbetat|jobba|arbeta|hjälper)( ihop| tillsammans)? (med|bredvid|hos|åt) (?P<o>[^.,!?;]+)",
    r"\b(works?|working|worked|helps?|assists?)( together)? (with|beside|alongside|for|next to) (?P<o>[^.,!?;]+)",
    r"(بتشتغل|بيشتغل|تشتغل|يشتغل|تعمل|يعمل|تساعد|يساعد|بتساعد|بيساعد)\s+(مع|عند|جنب)\s+(?P<o>[^.,!?؟،]+)",
    r"\b(la|u) (shaqe\w*|shaqee\w*|shaqay\w*|caawi\w*) (?P<o>[^.,!?;]+)",
    r"(працює|працюють|працюю|працювати|працювала|працював|допомагає)( разом)? (з|зі|із|біля) (?P<o>[^.,!?;]+)",
    r"ምስ (?P<o>[^።፡፣,?፧]+?) (እትሰርሕ|ዝሰርሕ|ትሰርሕ|ይሰርሕ|ዝሰርሑ)",
    r"(با|کنار|پیش) (?P<o>[^،,.?؟!]+?) کار ?(می|مي)?\s?(کن|کرد)",
]


def _regions(folded: str) -> list[tuple[int, int]]:
    return [(m.start("o"), m.end("o")) for p in _WITH for m in re.finditer(p, folded)]


def drop_colleagues(text: str, message: Profile) -> None:
    """Leave out what the message read from the colleague's words, when it names other work (module docstring)."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    if len(folded) != len(text):  # (offsets must hold between the folded and the written text)
        folded = text.casefold() if len(text.casefold()) == len(text) else ""
    regions = _regions(folded)
    if not regions:
        return

    def inside(item: Any) -> bool:
        span = getattr(item, "span", None)
        return span is not None and any(a <= span.start and span.end <= b for a, b in regions)

    named = [*message.experiences, *[w for w in message.wishes if w.concept is not None]]
    if not any(not inside(i) for i in named):
        return
    message.wishes = [w for w in message.wishes if not inside(w)]
    message.experiences = [e for e in message.experiences if not inside(e)]
    message.interests = [i for i in message.interests if not inside(i)]
