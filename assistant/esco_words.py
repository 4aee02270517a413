"""An ESCO skill said in an answer, in the reader's language or not at all.

ESCO's labels are English ("lift heavy weights", "work in shifts"): a Dari answer said «...منابع می گویند: lift heavy
weights» (rater15). An English reader gets ESCO's label; any other reader gets the Swedish label the JobTech ↔ ESCO
mapping gives the skill (quoted as every Swedish source label is), or nothing: the sentence then says the demand
without the quote, and the citation (whose snippet may stay English, the source's own words) says the rest.
"""
from __future__ import annotations

from typing import Any

from assistant.evidence import sv_text
from vagledning.domain.runtime import Runtime

#: ESCO skill URIs by the last part of their document id (``esco:skill:<uuid>``).
ESCO_SKILL = "http://data.europa.eu/esco/skill/"


def swedish_label(doc_id: str, rt: Runtime) -> str | None:
    """The Swedish label of the ESCO skill ``doc_id`` from the JobTech ↔ ESCO mapping (None when it has none)."""
    uri = ESCO_SKILL + doc_id.rsplit(":", 1)[-1]
    try:
        links = [x for x in rt.relations.jobtech_for_esco(uri) if x.concept_type == "skill"]
    except Exception:  # noqa: BLE001 - no mapping tables: no Swedish label
        return None
    exact = [x for x in links if x.relation == "exact-match"]
    return next((x.jobtech_label or x.label_sv for x in exact + links if x.jobtech_label or x.label_sv), None)


def skill_said(locale: str, doc_id: str, label: str, rt: Runtime) -> Any | None:
    """What an answer in ``locale`` quotes for the ESCO skill ``label``: ESCO's English label in English, else the
    Swedish label quoted, else None (say the demand without quoting)."""
    if locale == "en":
        return label
    sv = swedish_label(doc_id, rt)
    return sv_text(sv) if sv else None
