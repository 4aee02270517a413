"""What a person turns away from: "something other than cooking" refuses cooking, "I want another job" turns away from
their own work (the constraints read in :func:`assistant.interpretation.constraints.add_constraints`).

The cue patterns are cues.yaml's (section ``constraints``: ``other_than``, ``change_field``, ``option_refused``).
"""
from __future__ import annotations

import re

from assistant.interpretation.constraints import _add, _after_refused_option, _drop_within, _group_span, _span
from assistant.interpretation.sentences import sentence_bounds
from assistant.interpretation.work_content import names_no_work_content
from vagledning.domain.profile import Constraint, Profile, Span


def other_than(profile: Profile, text: str, folded: str, pats: list[tuple[str, re.Pattern[str]]],
               message: int) -> list[tuple[int, int]]:
    """"Something other than cooking", "instead of X": X is refused (an avoid constraint that is linked to
    its occupations like any refusal), and nothing read from X is a wish. Returns the spans of X."""
    spans: list[tuple[int, int]] = []
    for _, pat in pats:
        for m in pat.finditer(folded):
            got = _group_span(m)
            if got is None:
                continue
            a, b = got
            while b > a and not text[b - 1].isalnum():
                b -= 1
            quote = text[a:b].strip()
            if not quote or names_no_work_content(quote) or _helper_set_apart(text, a, b):
                continue
            spans.append((a, b))
            _add(profile, Constraint(kind="avoid", value=quote[:120], label=quote[:120],
                                     span=Span(start=a, end=b, quote=text[a:b], message=message), confidence=0.8))
    _drop_within(profile, spans)
    return spans


def _helper_set_apart(text: str, start: int, end: int) -> bool:
    """"Help from anyone other than Arbetsförmedlingen": in a sentence about help, "other than" sets apart a helper,
    no work (rater22 class 1: the agency was refused as «Arbetsförmedlare»; cue group ``help_from``)."""
    from assistant.intent_cues import has

    a, b = sentence_bounds(text, start, end)
    return has("help_from", text[a:b])


def _leaves_own(c: Constraint, profile: Profile) -> bool:
    """The refusal is of the person's own work, or says "no more" ("my knees can't take the kitchen no more. what else
    could I work with?": a turn away from the cook's work, alt13), not a refusal of something else beside it."""
    from assistant.interpretation.no_longer import says_no_longer

    own = {e.occupation.id for e in profile.experiences}
    return (c.concept is not None and c.concept.id in own) or says_no_longer(c.span.quote if c.span else "")


def turning_away(profile: Profile, text: str, folded: str, pats: list[tuple[str, re.Pattern[str]]],
                 message: int, option: list[tuple[str, re.Pattern[str]]] | None = None) -> None:
    """"I want another job", "something else": the person turns away from their own work (matching leaves
    its family out and no longer calls suggestions close to it, retrieval/constraints.CHANGE_FIELD). Not after an
    option asked and refused before it in the message ("wind turbines? no, that's heights… something else", cues.yaml
    ``option_refused``): the something else is other than that option (heights8)."""
    from assistant.intent_cues import has
    from assistant.interpretation.near_own import near_after
    from assistant.interpretation.one_more import adds_one
    from retrieval.refused_family import CHANGE_FIELD

    for _, pat in pats:
        m = pat.search(folded)
        if m and _after_refused_option(folded, m.start(), option or []):
            return
        # ("I don't want to change careers": a negated leaving keeps the work, no turn away; away11)
        if m and has("keep_work", folded[slice(*sentence_bounds(folded, m.start(), m.end()))]):
            continue
        # ("in the meantime, is there other work?", «وخلال هالفترة في شغل تاني»: work until the goal, which is kept;
        # goal16)
        if m and has("meanwhile", folded[slice(*sentence_bounds(folded, m.start(), m.end()))]):
            continue
        # ("No, not a cashier. Something else?", «Maya, kaashiyeer ma rabo. Wax kale?»: other than what this message
        # refused before it, no turn away from one's own work; a refusal naming that work refuses it itself; goal16)
        if m and any(c.kind == "avoid" and c.span is not None and c.span.message == message
                     and c.span.end <= m.start() and not _leaves_own(c, profile) for c in profile.constraints):
            continue
        # ("tell me one more job", «یک کار دیگر هم»: an addition to the list, no turn away; refuse14)
        if m and adds_one(folded[slice(*sentence_bounds(folded, m.start(), m.end()))]):
            continue
        # ("another job, close to sewing", «ካልእ ስራሕ ምስ ስፌት ዝቀራረብ»: a neighbour of one's own work; profile26)
        if m and near_after(folded[m.end():sentence_bounds(folded, m.start(), m.end())[1]]):
            continue
        if m:
            _add(profile, Constraint(kind="other", value=CHANGE_FIELD, label=text[m.start():m.end()],
                                     span=_span(text, m, message), confidence=0.8))
            return
