"""Places abroad in a story: countries (cues.yaml) and their largest cities (abroad_places.yaml).

"Я з Харкова, працювала медсестрою", "عملت طباخا في دمشق", "i Bosnien", "from Mogadishu",
"ካብ ኣስመራ": work there is experience abroad, with its country, also when the place is named in
another sentence of the same message than the work.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.interpretation.cues import CUES_PATH, Cues, PhraseIndex
from retrieval.lexicon.normalize import Normalized, script_of_token
from vagledning.yaml_data import load_yaml

_ABROAD_PATH = Path(__file__).resolve().parent / "abroad_places.yaml"
_AR_PROCLITICS = "بلوف"


@functools.cache
def _abroad() -> PhraseIndex:
    """Countries and cities abroad (abroad_places.yaml), Sweden and "here" as SE."""
    index = PhraseIndex(prefix=True)
    for iso, names in (load_yaml(_ABROAD_PATH.read_text(encoding="utf-8")) or {}).items():
        for name in names:
            index.add(str(name), str(iso))
    index.finalize()
    return index


#: The index of places abroad, for readers outside this module (leisure.py: "hemma i Somalia" is the home country).
abroad_index = _abroad


def places_abroad(norm: Normalized, toks: list, offset: int, cues: Cues,
                  countries: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """(start, end, iso) of the countries a statement names (``countries``: cues.yaml's, found by
    the caller), else of the countries and places abroad (abroad_places.yaml) its words name; an Arabic
    place may carry a proclitic ("بدمشق" in Damascus, "بسوريا" in Syria)."""
    found = list(countries)
    if found:
        return found
    words = [t for t, _, _ in toks]
    bare = [t[1:] if script_of_token(t) == "arabic" and len(t) > 3 and t[0] in _AR_PROCLITICS else t for t in words]
    # a country with its proclitic ("بسوريا", "بالعراق" in Syria/Iraq: mendF21, rater22 conv2 – work there was read
    # as work in Sweden and met omställningsstudiestöd's years) is a country named, as "في سوريا" is
    indexes = (cues.countries, _abroad())
    out = []
    for i in range(len(toks)):
        hit = next(((tl, h) for index in indexes for tl in (bare, words) if (h := index.find(tl, i))), None)
        if hit:
            end, iso, _ = max(hit[1], key=lambda h: h[0])
            a, b = norm.span(toks[i][1], toks[end - 1][2])
            out.append((a + offset, b + offset, iso))
    return out


def carry_origin(result: Any) -> None:
    """Where a message says where the person comes from ("Я з Харкова, працювала медсестрою …"),
    the statements about what they did that name no place of their own happened there; a
    question, or a statement in Sweden ("here", a Swedish place), does not."""
    from vagledning.domain.geography import is_place_word

    foreign = next((o for o in result.origins if o.country != "SE"), None)
    if foreign is None:
        return
    placed = {o.statement for o in result.origins}
    lives_here = _lives_here(result)
    for si, st in enumerate(result.statements):
        if si in placed or st.question or st.kind not in ("experience", "other", "education"):
            continue
        if any(is_place_word(w) for w in st.text.split()):
            continue
        if lives_here and working_now(st.text):
            continue  # (work done now by someone who lives here is work here: rater37 new03)
        result.carried.append(foreign.model_copy(update={"statement": si}))


@functools.cache
def _working_now() -> tuple:
    doc = load_yaml(Path(CUES_PATH).read_text(encoding="utf-8")) or {}
    return tuple(re.compile(p) for p in doc.get("working_now") or [])


def working_now(text: str) -> bool:
    """The statement tells work the person does now, in the present tense (cues.yaml ``working_now``)."""
    folded = text.casefold().strip()
    return any(p.search(folded) for p in _working_now())


def _lives_here(result: Any) -> bool:
    """The message places the person in Sweden now: a statement of where they live that names no place abroad
    ("Bor i Örebro", "живу в Еребру"), or a Swedish place told outside a question ("ካብ ኤርትራ እየ፣ ኣብ Örebro እነብር")."""
    from vagledning.domain.geography import is_place_word

    foreign_at = {o.statement for o in result.origins if o.country != "SE"}
    return any(not st.question and (st.kind == "place" and si not in foreign_at
                                    or any(is_place_word(w) for w in st.text.split()))
               for si, st in enumerate(result.statements))
