"""Which occupations make a demand a person cannot or will not meet, from data we can cite.

A person's limitations (``Constraint(kind="limitation")``: lifting, back, standing, allergy,
night) exclude an occupation only when a source says the occupation makes that demand:

- an **essential** ESCO skill of an ESCO occupation mapped to it (e.g. "lift heavy weights",
  "work in shifts"), through the official JobTech↔ESCO mapping (``esco_skills_for_occupation``);
- the text of JobTech's definition of the occupation or of Arbetsförmedlingen's description of it
  ("fysiskt krävande", "tunga lyft", "lastning och lossning", "nattarbete" …).

Refusals (``Constraint(kind="avoid")`` whose concept is an occupation: "not kitchen work")
exclude the refused occupations' family: their SSYK-4 groups (the interpreter links a refusal to
up to three occupations, e.g. "kök" -> Kock and Köksbiträde). Each exclusion names the document that supports it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from vagledning.domain.profile import Profile

#: ESCO essential-skill labels (English, ESCO v1.1.1) that make each demand.
#: Carrying is lifting: parcels, goods, furniture and luggage handled by hand (couriers, postal workers,
#: removal and warehouse staff), as well as the explicit "lift heavy weights".
_ESCO_CARRYING = (r"\blift heavy\b|heavy (?:weights|loads|items)|\blift stacks\b|manual handling|\bcarry objects\b|"
                  r"\bstack goods\b|\bpallets loading\b|\bload (?:heavy|bulk|products)\b|movement of heavy|"
                  r"\btypes of packages\b|delivery of furniture|\btransfer luggage\b|\bbaggage handling\b")
ESCO_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(_ESCO_CARRYING, re.I),
    "back": re.compile(_ESCO_CARRYING, re.I),
    "standing": re.compile(r"\bstanding\b|\bon (?:your|their) feet\b", re.I),
    "night": re.compile(r"\bwork in shifts\b|\bnight (?:shifts?|work)\b", re.I),
    "allergy": re.compile(r"\ballergen|\bhandle (?:animals|flour|chemicals)\b", re.I),
}
#: Arbetsförmedlingen description text (Swedish) that states each demand.
_TEXT_CARRYING = (r"tunga lyft|lyfta tungt|bära tungt|tunga bördor|fysiskt (?:krävande|tungt|ansträngande)|"
                  r"tungt fysiskt|(?:stora|tunga) paket|bär(?:a|er)? (?:paket|varor|möbler|kartonger)|lastar och lossar|"
                  r"lastning och lossning")
TEXT_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(_TEXT_CARRYING, re.I),
    "back": re.compile(_TEXT_CARRYING + r"|påfrestande för ryggen", re.I),
    "standing": re.compile(r"stå(?:r)? (?:upp|mycket)|stående arbete|på fötterna", re.I),
    "night": re.compile(r"nattarbete|nattetid|natt(?:skift|pass)|\bnätter\b|dygnet runt", re.I),
    "allergy": re.compile(r"allergi|allergisk|pälsdjur|damm|kemikalier", re.I),
}


@dataclass(frozen=True)
class Exclusion:
    """An occupation left out, why, and the document that says so."""

    occupation_id: str
    label: str
    reason: str          # lifting | back | standing | allergy | night | avoid
    doc_id: str | None   # the citable source (ESCO skill, AF description, or the refused occupation)
    evidence: str        # the skill label or the sentence that states the demand


def limitations(profile: Profile) -> list[str]:
    """The person's limitations, as demand codes."""
    return list(dict.fromkeys(c.value for c in profile.constraints if c.kind == "limitation"))


def refused_families(profile: Profile, rel) -> dict[str, str]:
    """Occupation ids the person refused, with their family: {occupation id or 'ssyk:<code>': refused label}."""
    out: dict[str, str] = {}
    for c in profile.constraints:
        if c.kind != "avoid" or c.concept is None or c.concept.kind != "occupation":
            continue
        out[c.concept.id] = c.concept.label
        occ = rel.occupation(c.concept.id)
        if occ is not None and occ.ssyk_code:
            out.setdefault(f"ssyk:{occ.ssyk_code}", c.concept.label)
    return out


def _sentence(text: str, m: re.Match[str]) -> str:
    a = max(text.rfind(". ", 0, m.start()) + 2, 0)
    b = text.find(". ", m.end())
    return " ".join(text[a: b + 1 if b > 0 else len(text)].split())[:300]


#: JobTech demanded competences (Swedish labels) that state each demand.
JOBTECH_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(r"tunga lyft|god fysik|fysiskt (?:krävande|tungt)", re.I),
    "back": re.compile(r"tunga lyft|god fysik|fysiskt (?:krävande|tungt)", re.I),
    "night": re.compile(r"nattarbete|nattskift|skiftarbete|treskift", re.I),
    "allergy": re.compile(r"allergi|pälsdjur", re.I),
    "standing": re.compile(r"stående arbete", re.I),
}


def demand_of(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """The first source that says ``occupation_id`` makes demand ``what`` (None if none does)."""
    rel = rt.relations
    jpat = JOBTECH_DEMANDS.get(what)
    if jpat is not None:
        for d in rel.demanded_skills(occupation_id):
            if d.label and jpat.search(d.label):
                return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", d.label)
    try:
        skills = rel.esco_skills_for_occupation(occupation_id, essential_only=True)
    except Exception:  # noqa: BLE001 - no ESCO tables: only the description text can tell
        skills = []
    pat = ESCO_DEMANDS.get(what)
    for s in skills:
        if pat is not None and s.label and pat.search(s.label):
            return Exclusion(occupation_id, label, what, f"esco:skill:{s.skill_uri.rstrip('/').rsplit('/', 1)[-1]}",
                             s.label)
    tpat = TEXT_DEMANDS.get(what)
    if tpat is None:
        return None
    # JobTech's own definition of the occupation ("De kan även sköta lastning och lossning av gods").
    occ = rel.occupation(occupation_id)
    definition = getattr(occ, "definition", None) or ""
    m = tpat.search(definition)
    if m:
        return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", _sentence(definition, m))
    try:
        desc = rel.description_doc(occupation_id)
    except Exception:  # noqa: BLE001 - a relations DB without descriptions: nothing to read
        desc = None
    if desc is None:
        return None
    try:
        doc = rt.store.get_docs("description", [desc.doc_id]).get(desc.doc_id) or {}
    except Exception:  # noqa: BLE001 - no description index: the text cannot tell
        return None
    text = doc.get("text") or ""
    m = tpat.search(text)
    return Exclusion(occupation_id, label, what, desc.doc_id, _sentence(text, m)) if m else None
