"""What a message says beside the person's story, never as its opposite (negation19; rater32, issue 10 items 3/4).

Rater32 found a profile built from misreadings that then drove the advice; as kinds of sentence (asides.yaml):

- A complaint about the assistant ("du lyssnar ju inte", "you're not listening") was a refusal of work with listening
  (social workers, personal assistants left out). A short clause holding one says nothing about the person.
- An imperative that drops a topic ("glöm lönen", forget the salary) was looked up as the occupation «glöm». It names
  no occupation and refuses no work. Both are blanked (:func:`blank_asides`, offsets kept) before the turn reads the
  message (assistant/redaction_step.py) and before the interpreter does.
- "Not the carpenter's salary" («نه معاش نجار») corrects what was answered: a negation whose refused words hold a
  question's topic (pay …) refuses no work (:func:`names_a_topic`, read by the interpreter), so no "you want to
  leave carpentry".
- "Machine operator means vibrations all day" is a reason against that work, never work done: an uncued statement
  with an occupation, a copula or "means" and a strain of the work (:func:`reason_against`); the interpreter avoids
  the occupation it names instead of adding it as experience.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from vagledning.yaml_data import load_yaml

PATH = Path(__file__).resolve().parent / "asides.yaml"
#: A clause ends at these marks (and at a line break).
_CLAUSE = re.compile(r"[^.,;:!?؟،።፣\n]+")
#: Words a clause may have and still be only an aside ("ok forget the salary for now" is one).
COMPLAINT_WORDS = 8
DROP_WORDS = 6
#: At most this many words refused for one's own business to be that route, not a trade ("inte eget företag nu").
BUSINESS_WORDS = 4


@functools.cache
def _doc() -> dict:
    return load_yaml(PATH.read_text(encoding="utf-8")) or {}


@functools.cache
def _pattern(key: str, *, edge: bool = False) -> re.Pattern[str]:
    """The cues of ``key`` in any language; ``edge``: only at the start or the end of the (filler-less) clause."""
    from assistant.intent_cues import cue_pattern

    words = [str(w) for words in (_doc().get(key) or {}).values() for w in words or []]
    body = "|".join(cue_pattern(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"^(?:{body})|(?:{body})$" if edge else body)


@functools.cache
def _fillers() -> re.Pattern[str]:
    from assistant.intent_cues import normalize

    words = "|".join(re.escape(normalize(str(w))) for w in _doc().get("fillers") or [])
    return re.compile(rf"^(?:(?:{words})(?!\w)\W*)+")


def _aside(clause: str) -> bool:
    from assistant.intent_cues import normalize

    text = normalize(clause)
    n = len(text.split())
    if n and n <= COMPLAINT_WORDS and _pattern("complaint").search(text):
        return True
    bare = _fillers().sub("", text).strip()
    return bool(bare) and n <= DROP_WORDS and bool(_pattern("drop_topic", edge=True).search(bare))


def blank_asides(text: str) -> str:
    """``text`` with each short clause that complains about the assistant or drops a topic replaced by spaces (the
    offsets of everything else stay as they were)."""
    out = text or ""
    for m in _CLAUSE.finditer(out):
        if m.group(0).strip() and _aside(m.group(0)):
            out = out[:m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out


def names_a_topic(words: str) -> bool:
    """The words a negation refuses hold a question's topic ("inte snickarlönen", "not the carpenter salary"): a
    correction of what was answered, no work refused."""
    from assistant.intent_cues import normalize

    said = normalize(words or "")
    # (one's own business, said short: "inte företag nu", "ganacsi maya hadda"; a longer clause may name a trade)
    return bool(_pattern("topic").search(said)) or (
        len(said.split()) <= BUSINESS_WORDS and bool(_pattern("own_business").search(said)))


def reason_against(st, kind: str) -> bool:
    """An uncued statement (read as work or as nothing in particular) tells a strain of a kind of work ("maskinförare
    är ju vibrationer hela dagen"): the occupation it names is a reason against, never work done."""
    from assistant.intent_cues import normalize

    if kind not in ("experience", "other", "place") or st.cue or st.question:
        return False
    t = normalize(st.text or "")
    copula = _pattern("copula").search(t)
    if copula is None or _pattern("own_work").search(t[:copula.start()] or t[:1]):
        return False  # ("my job is heavy truck driver": the person's own work, said)
    return bool(_pattern("hazard").search(t))


def reason_avoided(red: str, st, message: int) -> list:
    """The ``avoid`` constraint of a reason against (:func:`reason_against`), as a list: the words before the copula or
    the strain ("maskinförare", «ماشین‌رانی»), linked to their occupations later like any refusal's words."""
    from assistant.intent_cues import normalize
    from assistant.interpretation.background import statement_span
    from vagledning.domain.profile import Constraint

    t = normalize(st.text)
    ends = [m.start() for key in ("copula", "hazard") for m in [_pattern(key).search(t)] if m]
    words = _fillers().sub("", t[:min(ends)] if ends else t).strip(" ,")
    if not words:
        return []
    return [Constraint(kind="avoid", value=words[:120], label=words[:120],
                       span=statement_span(red, st.start, st.end, message), confidence=0.7)]


#: Words of a bare negated noun phrase ("its not a restaurant", «ቤት መግቢ ኣይኮነን») and of what it is said instead of.
BARE_NOT = 5
INSTEAD = 6


def said_instead(statements: list, si: int) -> bool:
    """Statement ``si`` says what is meant instead of the bare noun phrase the statement before it negates ("inte
    restaurang. skolköket, dagtid", "makhaayad maaha. jikada iskuulka"): what the person wants, never work done. Only
    an uncued statement (or one whose only cue is a place of study: «آشپزخانه مکتب») of a few words that tells no
    limitation ("not cleaning. my back hurts" wants nothing instead)."""
    from assistant.interpretation.constraints import tells_limitation

    if si == 0:
        return False
    before, st = statements[si - 1], statements[si]
    return (before.kind == "negation" and len(before.text.split()) <= BARE_NOT and not st.question
            and len(st.text.split()) <= INSTEAD and not tells_limitation(st.text)
            and (st.kind in ("experience", "other") and not st.cue or st.kind == "education"))
