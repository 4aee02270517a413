"""Work held only as a stopgap ("now I drive a bus because I found nothing in my field"): work done, never a suggestion
(profile26; rater35 new02).

A Syrian civil engineer told «هلق شغال سواق باص لانو ما لقيت شي بمجالي. بدي ارجع اشتغل مهندس» (now I drive a bus because
I found nothing in my field; I want back to engineering). Five turns later «Bussförare» came back first "like work you
have done". A counsellor hears the bus as what he wants to leave: it stays in his experience (its years, its skills),
and no list offers it again. Here the work a message tells, in a sentence that says it is held only because nothing
was found in one's field or only for now (``stopgap.yaml``, per language), is refused by name (an ``avoid`` constraint
linked to the occupation, as retrieval/constraints honours every refusal of one's own work: leave_own.py).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.interpretation.sentences import sentence_bounds
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import ConceptRef, Constraint, Experience, Profile
from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "stopgap.yaml"


#: The groups of ``stopgap.yaml``: held because nothing was found in one's field; held only for now.
NOT_FOUND, FOR_NOW = "not_found", "for_now"


@functools.cache
def _patterns(group: str) -> tuple[re.Pattern[str], ...]:
    doc = load_yaml(PATH.read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for pats in (doc.get(group) or {}).values() for p in pats or [])


def says_stopgap(sentence: str, groups: tuple[str, ...] = (NOT_FOUND, FOR_NOW)) -> bool:
    """The sentence says work is held only because nothing was found in one's own field, or only for now."""
    low = (sentence or "").lower()
    return any(p.search(low) for g in groups for p in _patterns(g))


def avoid_stopgap(profile: Profile, message: Profile, text: str) -> None:
    """Each occupation ``message`` (the profile read from ``text``) tells as work done in a stopgap sentence is refused
    by name in ``profile`` (module docstring); the experience itself stays. Work told in other sentences is kept:
    "I was an engineer at home; now I drive a bus because I found nothing in my field" refuses the bus only."""
    refused = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None}
    for e in message.experiences:
        if e.span is None or e.occupation.kind != "occupation" or e.occupation.id in refused:
            continue
        a, b = sentence_bounds(text, e.span.start, e.span.end)
        if not says_stopgap(text[a:b]) and not _below_own_field(profile, e, text[a:b]):
            continue
        refused.add(e.occupation.id)
        ref = ConceptRef(id=e.occupation.id, kind="occupation", label=e.occupation.label,
                         url=ATLAS_URL.format(id=e.occupation.id))
        profile.constraints.append(Constraint(kind="avoid", value=e.occupation.label, label=e.occupation.label,
                                              concept=ref, span=e.span, confidence=0.7))


#: SSYK major groups of a profession (managers, degree professions, associate professionals) and of elementary work.
_PROFESSION, _ELEMENTARY = ("1", "2", "3"), "9"


def _below_own_field(profile: Profile, e: Experience, sentence: str) -> bool:
    """Elementary work (SSYK 9: cleaning, dishwashing) held now by someone whose own profession, done abroad or for
    years, is another: a stopgap however it is said (contra30, rater38 new03: a paediatrician of 12 years who "now
    works as a cleaner in a hospital" got «Städare/Lokalvårdare» "because it is like work you did"). Not when that
    work is wished for."""
    from assistant.interpretation.abroad import working_now

    if not (e.ssyk_code or "").startswith(_ELEMENTARY) or e.abroad or not working_now(sentence):
        return False
    if any(w.concept is not None and w.concept.id == e.occupation.id for w in profile.wishes):
        return False
    return any(x.occupation.id != e.occupation.id and (x.ssyk_code or "")[:1] in _PROFESSION
               and (x.abroad or x.years) for x in profile.experiences)
