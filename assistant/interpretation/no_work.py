"""Never having had a job ("I have never worked", "weligey shaqo ma qaban", "ніколи не працювала"): the
work the same message tells of is what the person did at home or likes ("I cared for my family and the
children"), so it is an interest, not work done. Without work done no answer says "like work you have
done" and no route offers validation, which assesses skills from work (rater 6: a Somali woman who had
never worked was offered validering as a childminder). Patterns: ``cues.yaml`` ``never_worked``."""
from __future__ import annotations

import functools
import re

from assistant.interpretation.cues import CUES_PATH
from vagledning.domain.profile import Interest, Profile
from vagledning.yaml_data import load_yaml

#: Read as an interest the confidence drops a little: the occupation was named for the person's own doing.
INTEREST_WEIGHT = 0.8


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(CUES_PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for p in doc.get("never_worked") or [])


def never_worked(text: str) -> re.Match[str] | None:
    """Where the text says the person never had a job, if it does."""
    from assistant.interpretation.constraints import fold

    folded = fold(text)
    return next((m for p in _patterns() if (m := p.search(folded))), None)


def no_work_done(profile: Profile, text: str, message: int) -> None:
    """When message ``message`` says the person never worked: its work done becomes interests, and the
    refusal read from those words ("avoid: worked") is dropped (it refuses no kind of work)."""
    m = never_worked(text)
    if m is None:
        return
    told = [e for e in profile.experiences if e.span and e.span.message == message]
    profile.experiences = [e for e in profile.experiences if e not in told]
    # (the words that say it name no work: «ما اشتغلت ولا مرة», "I did not work once", read «اشتغلت» as demolition
    # work, which then became a liking; fits9)
    from assistant.interpretation.constraints import fold

    told = [e for e in told if not (e.span and fold(e.span.quote).strip() and fold(e.span.quote).strip() in m.group(0))]
    known = {i.concept.id for i in profile.interests if i.concept}
    for e in told:
        if e.occupation.id not in known:
            known.add(e.occupation.id)
            profile.interests.append(Interest(label=e.occupation.label, concept=e.occupation, span=e.span,
                                              confidence=round(e.confidence * INTEREST_WEIGHT, 3)))
    profile.constraints = [c for c in profile.constraints if not (
        c.kind == "avoid" and c.span and c.span.message == message and c.span.start < m.end()
        and m.start() < c.span.end)]
