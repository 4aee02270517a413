"""Which occupations make a demand a person cannot or will not meet, from data we can cite.

A person's limitations (``Constraint(kind="limitation")``: lifting, back, standing, allergy,
night, vibration) exclude an occupation only when a source says the occupation makes that demand:

- an **essential** ESCO skill of an ESCO occupation mapped **exactly** to it (e.g. "lift heavy weights",
  "work in shifts"), through the official JobTech↔ESCO mapping (retrieval/demand_sources.py);
- the text of JobTech's definition of the occupation or of Arbetsförmedlingen's description of it
  ("fysiskt krävande", "tunga lyft", "lastning och lossning", "nattarbete" …).

Refusals exclude the refused occupations' family (retrieval/refused_family.py). Each exclusion names the document
that supports it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from retrieval.demand_sources import carrying_while_seated, first_source
from vagledning.domain.profile import Profile

#: ESCO essential-skill labels (English, ESCO v1.1.1) that make each demand.
#: Carrying is lifting: parcels, goods, furniture and luggage handled by hand (couriers, postal workers,
#: removal and warehouse staff), patients moved by hand (porters, ambulance staff), as well as the explicit "lift
#: heavy weights".
_ESCO_CARRYING = (r"\blift heavy\b|heavy (?:weights|loads|items)|\blift stacks\b|manual handling|\bcarry objects\b|"
                  r"\bstack goods\b|\bpallets loading\b|\bload (?:heavy|bulk|products)\b|movement of heavy|"
                  r"\btypes of packages\b|delivery of furniture|\btransfer luggage\b|\bbaggage handling\b|"
                  r"\btransfer patients\b|\bposition patients\b|\btransport construction supplies\b")  # (site: rater13)
#: Work in shifts (operators hand over between shifts): outside the day, nights included.
_ESCO_SHIFTS = r"\bwork in shifts\b|\bnight (?:shifts?|work)\b|\binter-shift communication\b"
ESCO_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(_ESCO_CARRYING, re.I),
    "back": re.compile(_ESCO_CARRYING, re.I),
    # Handling goods by hand is done on one's feet; ESCO's "adjust to physical demands" names kneeling and standing.
    "standing": re.compile(_ESCO_CARRYING + r"|\bstanding\b|\bon (?:your|their) feet\b|\badjust to physical demands\b", re.I),
    # ESCO's "tolerate sitting for long periods" is essential for drivers (taxi, bus, tram, train).
    # ... and driving itself is seated work (cash-in-transit, couriers on motorbikes, driving instructors).
    "sitting": re.compile(r"\bsitting for (?:long|extended) periods\b|\bsit for (?:long|extended) periods\b|"
                          r"\bcontrol the performance of the vehicle\b|\bperform defensive driving\b|"
                          r"\bdrive (?:in urban areas|two-wheeled vehicles)\b", re.I),
    "night": re.compile(_ESCO_SHIFTS, re.I),
    "daytime": re.compile(_ESCO_SHIFTS, re.I),
    # (cleaners' essential "handle chemical cleaning agents" and "remove dust": rater30 c03, asthma offered cleaning)
    "allergy": re.compile(r"\ballergen|\bhandle (?:animals|flour|chemicals|chemical cleaning agents)\b|\bremove dust\b", re.I),
    # limits12: work that is much reading and writing (dyslexia): authors, journalists, editors, translators.
    # limits19 (rater32 conv01: a miner whose doctor forbade vibration got Grävmaskinförare and Hjullastarförare):
    # driving earth-moving, mining and forestry machines (whole-body vibration) and drilling, breaking and compacting
    # by hand (hand-arm vibration), the exposures Arbetsmiljöverket's rules on vibration name (AFS 2005:15).
    "vibration": re.compile(r"\boperate (?:production drilling machine|bucket wheel excavator|heavy construction machinery|"
                            r"road roller|mining tools|bulldozer|front loader|longwall mining|grader|excavator|jackhammer|"
                            r"core drilling|tractor|drilling jumbo|forestry (?:machinery|equipment)|drilling equipment|"
                            r"a range of underground mining|hand drill|compact\w*|tamping|dump truck)|\bjackhammer\b|"
                            r"\bdrive (?:mobile )?heavy\b", re.I),
    "reading": re.compile(r"\bwrit(?:e|ing) (?:articles|manuscripts|news|books|scripts|texts|copy|reviews|press)|\bproofread|"
                          r"\bedit (?:written|texts|articles|manuscripts)|\btranslate (?:texts|written)|\bwriting techniques\b", re.I),
}
#: Arbetsförmedlingen description text (Swedish) that states each demand.
_TEXT_CARRYING = (r"tunga lyft|lyfta tungt|bära tungt|tunga bördor|fysiskt (?:krävande|tungt|ansträngande)|"
                  r"tungt fysiskt|(?:stora|tunga) paket|bär(?:a|er)? (?:paket|varor|möbler|kartonger)|lastar och lossar|"
                  r"lastning och lossning")
TEXT_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(_TEXT_CARRYING, re.I),
    "back": re.compile(_TEXT_CARRYING + r"|påfrestande för ryggen", re.I),
    "standing": re.compile(_TEXT_CARRYING + r"|stå(?:r)? (?:upp|mycket)|stående arbete|på fötterna|fysiskt arbete", re.I),
    "sitting": re.compile(r"stillasittande|sittande arbete|sitter (?:mycket|stilla|länge)", re.I),
    "night": re.compile(r"nattarbete|nattetid|natt(?:skift|pass)|\bnätter\b|dygnet runt", re.I),
    "daytime": re.compile(r"nattarbete|nattetid|natt(?:skift|pass)|\bnätter\b|dygnet runt|\barbeta skift|skiftarbete|"
                          r"\bkvällar\b|kvällstid|\bhelger\b|helgarbete|obekväma arbetstider|oregelbundna arbetstider", re.I),
    "allergy": re.compile(r"allergi|allergisk|pälsdjur|damm(?!en\b|ar)|kemikalier", re.I),  # (not "dammar": dams)
    "vibration": re.compile(r"vibration|vibrerande|skakningar|tryckluftsverktyg|borrhammare|bilningshammare|motorsåg|röjsåg|"
                            r"vibroplatt|markvibrator", re.I),
    "reading": re.compile(r"skriver (?:artiklar|texter|böcker|manus|reportage|nyheter)|korrekturläs|redigerar (?:texter|manus)", re.I),
}


@dataclass(frozen=True)
class Exclusion:
    """An occupation left out, why, and the document that says so."""

    occupation_id: str
    label: str
    reason: str          # lifting | back | standing | sitting | allergy | night | daytime | heights | vibration | avoid
    doc_id: str | None   # the citable source (ESCO skill, AF description, or the refused occupation)
    evidence: str        # the skill label or the sentence that states the demand


#: Limitations of working hours. Hours differ between workplaces and posts (a care home's day shift, a clinic's office
#: hours), so they leave out by its cited demands only work the person does not wish for: never the wished work itself
#: (rater26 C1 T4: "no nights, small children" removed the assistant nurse she wanted and offered cleaning again).
SCHEDULE_LIMITS = ("night", "daytime")


def named_wishes(profile: Profile) -> set[str]:
    """The occupations the person wished for by name: not those one general word gave together ("a driving job",
    «شغل سواقة», read as Distributionsförare and Bussförare from the same words). A limit on hours spares only work
    wished by name (limits19, rater32 conv04: a taxi driver who wants daytime driving got Bussförare "because you want
    it")."""
    spans: dict[tuple[int, int, int], set[str]] = {}
    for w in profile.wishes:
        if w.concept is not None:
            spans.setdefault((w.span.message, w.span.start, w.span.end), set()).add(w.concept.id)
    return {w.concept.id for w in profile.wishes if w.concept is not None
            and len(spans[(w.span.message, w.span.start, w.span.end)]) == 1}


def limitations(profile: Profile) -> list[str]:
    """The person's limitations, as demand codes: an allergy whose allergen was told is that allergen's exposure
    (``allergen:flour``: retrieval/allergen_demands.py, clash18), not every allergen's."""
    codes = list(dict.fromkeys(c.value for c in profile.constraints if c.kind == "limitation"))
    told = [c.value for c in profile.constraints if c.kind == "other" and c.value.startswith("allergen:")]
    if told and "allergy" in codes:
        at = codes.index("allergy")
        codes[at:at + 1] = list(dict.fromkeys(told))
    return codes


#: Licences an authority grants only to adults (heavy-vehicle and bus drivers' YKB and C/D licence, taxi,
#: train and aircraft; guards): never a first suggestion for someone under 18 (relations_regulated).
ADULT_AUTHORITIES = ("Transportstyrelsen", "Polismyndigheten", "Länsstyrelsen")
#: ESCO essential skills that need a driving licence (English labels, ESCO v1.1.1).
_ESCO_DRIVING = re.compile(r"^drive (?:vehicles|trucks|heavy|buses|a bus|taxi|ambulance|lorr|articulated|"
                           r"emergency|in urban|vehicles? with)|^operate (?:heavy|an? articulated)", re.I)


def adult_only(occupation_id: str, label: str, ssyk_code: str | None, rt) -> Exclusion | None:
    """The source that says ``occupation_id`` needs a licence only an adult can hold (None if none does)."""
    rel = rt.relations
    try:
        regulated = rel.regulated_professions(occupation_id, ssyk_code)
    except Exception:  # noqa: BLE001 - no regulated-profession tables: only ESCO can tell
        regulated = []
    for r in regulated:
        if r.authority in ADULT_AUTHORITIES:
            return Exclusion(occupation_id, label, "adult_licence", r.doc_id, r.licence)
    try:
        skills = rel.esco_skills_for_occupation(occupation_id, essential_only=True)
    except Exception:  # noqa: BLE001 - no ESCO tables
        skills = []
    for s in skills:
        if s.label and _ESCO_DRIVING.search(s.label):
            return Exclusion(occupation_id, label, "adult_licence", esco_doc(s.skill_uri), s.label)
    return None


def sentence_of(text: str, m: re.Match[str]) -> str:
    a = text.rfind(". ", 0, m.start())
    a = a + 2 if a >= 0 else 0  # (a sentence at the start of the text keeps its first letter)
    b = text.find(". ", m.end())
    return " ".join(text[a: b + 1 if b > 0 else len(text)].split())[:300]


#: JobTech demanded competences (Swedish labels) that state each demand.
JOBTECH_DEMANDS: dict[str, re.Pattern[str]] = {
    "lifting": re.compile(r"tunga lyft|god fysik|fysiskt (?:krävande|tungt)", re.I),
    "back": re.compile(r"tunga lyft|god fysik|fysiskt (?:krävande|tungt)", re.I),
    "night": re.compile(r"nattarbete|nattskift|skiftarbete|treskift", re.I),
    "daytime": re.compile(r"nattarbete|nattskift|skiftarbete|treskift|kvällsarbete|helgarbete", re.I),
    "allergy": re.compile(r"allergi|pälsdjur", re.I),
    "standing": re.compile(r"stående arbete|tunga lyft|god fysik|fysiskt (?:krävande|tungt)", re.I),
    "sitting": re.compile(r"stillasittande", re.I),
    "vibration": re.compile(r"vibration|motorsåg|röjsåg|bergborrning|bilning|grävmaskin|hjullastare|dumper|anläggningsmaskin|"
                            r"skogsmaskin", re.I),
}


#: The occupation's own name states the demand ("Nattreceptionist/Nattportier", "Nattsjuksköterska").
#: A driver ("Distributionsförare", "Busschaufför", "Truckförare") sits at the wheel all day; most drivers' ESCO
#: occupations do not say so (only bus, taxi and tram drivers list "tolerate sitting for long periods").
#: (Not "Bokförare", "Marknadsförare" or "Hundförare": words that end alike but drive nothing.)
LABEL_DEMANDS: dict[str, re.Pattern[str]] = {"night": re.compile(r"(?:^|[\s/(-])natt", re.I),
                                             "daytime": re.compile(r"(?:^|[\s/(-])natt", re.I),
                                             "sitting": re.compile(r"(?<!bok)(?<!knads)(?<!hund)förare\b|chaufför", re.I),
                                             "reading": re.compile(r"författare|journalist|redaktör|skribent|"
                                                                   r"korrekturläsare|översättare|copywriter", re.I)}


def demand_of(occupation_id: str, label: str, what: str, rt, *, told: bool = True) -> Exclusion | None:
    """The first confident source that says ``occupation_id`` makes demand ``what`` (None: none; demand_sources.py).
    ``told``: the limitation is the person's own ("I cannot stand long"), not one a body limitation implies (bad
    knees carry standing too, but leave bench work open): only then is work at a machine, bench or line standing."""
    hit = _first_demand(occupation_id, label, what, rt)
    if hit is None and told and what == "standing":
        from retrieval.group_demands import group_demand

        group = group_demand(occupation_id, label, "standing_long", rt.relations)
        hit = Exclusion(occupation_id, label, what, *group) if group is not None else None
    ok = hit is None or what != "standing" or not carrying_while_seated(hit.evidence, occupation_id, label, rt)
    return hit if ok else None


def _first_demand(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    from retrieval.body_demands import BODY, body_demand

    if what in BODY:  # (knees, shoulders: their own vocabulary, then the wider limitation's)
        return body_demand(occupation_id, label, what, rt)
    # (wet work: skin_demands.py; a school subject, a workplace, foreign languages: subject_demands.py)
    if what in ("skin", "maths", "office", "outdoors", "languages", "calm"):
        from retrieval.subject_demands import demand_beyond_body
        return demand_beyond_body(occupation_id, label, what, rt)
    if what.startswith("allergen:"):  # (what the allergy is to: flour, animals …; allergen_demands.py, clash18)
        from retrieval.allergen_demands import allergen_demand
        return allergen_demand(occupation_id, label, what.split(":", 1)[1], rt)
    if what == "heights":  # (fear of heights: work its sources say is done at heights; height_demands.py)
        from retrieval.height_demands import height_demand
        return height_demand(occupation_id, label, rt)
    if what == "driving_licence":  # (no driving licence: work whose sources say it needs one; licence_demands.py)
        from retrieval.licence_demands import licence_demand
        return licence_demand(occupation_id, label, rt)
    rel = rt.relations
    lpat = LABEL_DEMANDS.get(what)
    if lpat is not None and lpat.search(label):
        return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", label)
    from retrieval.group_demands import group_demand

    group = group_demand(occupation_id, label, what, rel)
    if group is not None:
        return Exclusion(occupation_id, label, what, *group)
    # (then the occupation's own competences, the exactly mapped ESCO essentials, the texts: demand_sources.py)
    return first_source(occupation_id, label, rt, what, jobtech=JOBTECH_DEMANDS.get(what),
                        esco=ESCO_DEMANDS.get(what), text=TEXT_DEMANDS.get(what))


def texts_of(occupation_id: str, rt) -> Iterator[tuple[str, str]]:
    """The texts that describe an occupation, with their citable ids: JobTech's own definition ("De kan även sköta
    lastning och lossning av gods"), then Arbetsförmedlingen's description (read only when the definition did not tell)."""
    rel = rt.relations
    occ = rel.occupation(occupation_id)
    definition = getattr(occ, "definition", None) or ""
    if definition:
        yield f"jobtech:occupation-name:{occupation_id}", definition
    try:
        desc = rel.description_doc(occupation_id)
    except Exception:  # noqa: BLE001 - a relations DB without descriptions: nothing to read
        desc = None
    if desc is None:
        return
    try:
        doc = rt.store.get_docs("description", [desc.doc_id]).get(desc.doc_id) or {}
    except Exception:  # noqa: BLE001 - no description index: the text cannot tell
        return
    if doc.get("text"):
        yield desc.doc_id, doc["text"]


def esco_doc(skill_uri: str) -> str:
    return f"esco:skill:{skill_uri.rstrip('/').rsplit('/', 1)[-1]}"
