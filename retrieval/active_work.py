"""Work done on the move, from data we can cite (move19; read by assistant/active_list.py).

For someone who wants "work where I can move, not sit all day": the first source that says an occupation's work is done
moving about – its definition or Arbetsförmedlingen's description, an essential ESCO skill of an exactly mapped ESCO
occupation, or its SSYK 2012 unit group (active_work.yaml, with the provenance). Returned as the ``Exclusion`` record
every cited demand uses (retrieval/constraints.py), so an answer cites it the same way (retrieval/limit_fit.statement_evidence).
Office and desk work (retrieval/limit_fit.desk_work) and the SSYK major groups of office work are never active work.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from retrieval.constraints import Exclusion, esco_doc, sentence_of, texts_of
from retrieval.demand_sources import exact_essentials
from vagledning.yaml_data import load_yaml

DATA = Path(__file__).resolve().parent / "active_work.yaml"
#: The demand code of active work (the ``reason`` of its record).
ACTIVE = "active"
#: SSYK 2012 major group 4 (administration and customer service): desk work, whatever else its texts say.
DESK_MAJOR = "4"


@lru_cache(maxsize=1)
def _spec() -> dict:
    return load_yaml(DATA.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = _spec()
    return re.compile(spec["text"], re.I), re.compile(spec["esco"], re.I)


def active_groups() -> dict[str, str]:
    """The SSYK 2012 unit groups whose work is done on the move, with the words that say so."""
    return dict(_spec().get("groups") or {})


def active_source(occupation_id: str, label: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` is work done on the move (None when none does, or when it is
    office or desk work)."""
    rel = rt.relations
    occ = rel.occupation(occupation_id)
    code = getattr(occ, "ssyk_code", None) or ""
    if not code or code.startswith(DESK_MAJOR):
        return None
    from retrieval.limit_fit import desk_work

    if desk_work(occupation_id, label, rt) is not None:
        return None
    text_pat, esco_pat = _patterns()
    for doc_id, text in texts_of(occupation_id, rt):
        m = text_pat.search(text)
        if m is not None:
            return Exclusion(occupation_id, label, ACTIVE, doc_id, sentence_of(text, m))
    for s in exact_essentials(occupation_id, rel):
        if s.label and esco_pat.search(s.label):
            return Exclusion(occupation_id, label, ACTIVE, esco_doc(s.skill_uri), s.label)
    meaning = active_groups().get(code[:4])
    if meaning:
        return Exclusion(occupation_id, label, ACTIVE, f"jobtech:occupation-name:{occupation_id}",
                         f"SSYK {code} {getattr(occ, 'ssyk_label', '') or ''}: {meaning}")
    return None
