"""The echo-refusal of a suggested field: "Ingenjör? Nej, det är inget för mig." (refuse14, rater28 class 2).

A person repeats a word of the answer as a question and says no to it: "Engineer? Nah, that's not for me", «مهندس؟
لا», "Injineer? Maya", «ኢንጂነር? ኣይፋልን», «انجنیر؟ نه», "Інженер? Ні". Rater28 c07 T2: the clause "Ingenjör?" was read
as a question naming the engineers – they were shown first, "det är det du vill arbeta med" – and the "Nej, det är
inget för mig" after it refused nothing (in English its "that's" was linked as a refusal of «Notskrivare»). The
question that followed in the same message ("Kan jag bli lagerledare?") came third.

Here the echoed words (a short clause of at most ``MAX_WORDS`` words that starts with work: a lexicon term or a field
word, ``short_refusal.names_work``) before a question mark and a "no" (``cues.yaml`` ``option_refused``):

- are a refusal (an ``avoid`` constraint on those words, linked to their occupations like any refusal:
  ``constraints.add_constraints``), and what was read from them is no work, wish nor question (``echoed.echo_spans``);
- the remark after the "no" ("that's nothing for me", "taasi anigu ma rabo") speaks of the echoed field: a refusal
  read there that names no occupation of its own is that same refusal, not another one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vagledning.domain.profile import Constraint, Profile, Span

#: The most words an echoed field has ("Civilingenjör, produktion, maskin?" is the longest the answers show).
MAX_WORDS = 4
_SENT_END = re.compile(r"[.!?؟።\n]")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Echo:
    start: int  # the echoed words
    end: int
    remark_end: int  # the end of the "no" and its remark ("Nej, det är inget för mig")


def echoes(text: str) -> list[Echo]:
    """The echo-refusals of ``text`` (module docstring)."""
    from assistant.interpretation.constraints import _patterns, fold
    from assistant.interpretation.short_refusal import names_work

    folded = fold(text)
    out: list[Echo] = []
    for _, pat in _patterns()["option_refused"]:
        for m in pat.finditer(folded):
            q = m.start()
            while q > 0 and folded[q - 1] in "?؟":  # ("Ingenjör??")
                q -= 1
            before = [x.end() for x in _SENT_END.finditer(text, 0, q)]
            a = before[-1] if before else 0
            while a < q and not text[a].isalnum():
                a += 1
            b = q
            while b > a and not text[b - 1].isalnum():
                b -= 1
            said = text[a:b]
            if not said or len(_WORDS.findall(said)) > MAX_WORDS or not names_work(said):
                continue
            after = _SENT_END.search(text, m.end())
            out.append(Echo(a, b, after.end() if after else len(text)))
    return out


def echo_refusals(profile: Profile, text: str, message: int) -> list[tuple[int, int]]:
    """Add a refusal of each echoed field, and drop the refusals read from its remark that name no occupation of
    their own ("Nah, that's"); returns the echoed spans (nothing read from them is a wish)."""
    from retrieval.lexicon import match

    found = echoes(text)
    if not found:
        return []

    def in_remark(c: Constraint) -> bool:
        s = c.span
        return (c.kind == "avoid" and s is not None and s.message == message and any(
            e.end <= s.start and s.end <= e.remark_end for e in found)
                and not any(h.kind == "occupation" for h in match(s.quote or c.value, kinds=("occupation",))))

    profile.constraints = [c for c in profile.constraints if not in_remark(c)]
    for e in found:
        quote = text[e.start:e.end]
        if not any(c.kind == "avoid" and c.value == quote for c in profile.constraints):
            profile.constraints.append(Constraint(kind="avoid", value=quote[:120], label=quote[:120],
                                                  span=Span(start=e.start, end=e.end, quote=quote, message=message),
                                                  confidence=0.8))
    return [(e.start, e.end) for e in found]
