"""Which occupations make a demand a person cannot or will not meet, from data we can cite.

A person's limitations (``Constraint(kind="limitation")``: lifting, back, standing, allergy,
night) exclude an occupation only when a source says the occupation makes that demand:

- an **essential** ESCO skill of an ESCO occupation mapped **exactly** to it (e.g. "lift heavy weights",
  "work in shifts"), through the official JobTech↔ESCO mapping (retrieval/demand_sources.py);
- the text of JobTech's definition of the occupation or of Arbetsförmedlingen's description of it
  ("fysiskt krävande", "tunga lyft", "lastning och lossning", "nattarbete" …).

Refusals (``Constraint(kind="avoid")`` whose concept is an occupation: "not kitchen work")
exclude the refused occupations' family: their SSYK-4 groups (the interpreter links a refusal to
up to three occupations, e.g. "kök" -> Kock and Köksbiträde). Each exclusion names the document that supports it.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from retrieval.demand_sources import carrying_while_seated, exact_essentials
from retrieval.refused_areas import refused_areas
from retrieval.refused_heads import head_skills
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
    "allergy": re.compile(r"\ballergen|\bhandle (?:animals|flour|chemicals)\b", re.I),
    # limits12: work that is much reading and writing (dyslexia): authors, journalists, editors, translators.
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
    "reading": re.compile(r"skriver (?:artiklar|texter|böcker|manus|reportage|nyheter)|korrekturläs|redigerar (?:texter|manus)", re.I),
}


@dataclass(frozen=True)
class Exclusion:
    """An occupation left out, why, and the document that says so."""

    occupation_id: str
    label: str
    reason: str          # lifting | back | standing | sitting | allergy | night | daytime | avoid
    doc_id: str | None   # the citable source (ESCO skill, AF description, or the refused occupation)
    evidence: str        # the skill label or the sentence that states the demand


def limitations(profile: Profile) -> list[str]:
    """The person's limitations, as demand codes."""
    return list(dict.fromkeys(c.value for c in profile.constraints if c.kind == "limitation"))


#: A demanded competence among an occupation's first CORE_RANK is core to it; one that is core to at least
#: CORE_SHARED of the refused occupations (or to the only one), and to at most CORE_MAX occupations in all, names the refused
#: field ("Restaurangkök" for cooks and kitchen assistants), so head chefs, sous chefs and pizza bakers
#: are left out too. Common competences ("Livsmedelshygien", core to the food industry too) are not.
CORE_RANK = 6
#: ... and the first CORE_FIRST of each refused occupation ("Enklare matlagningskunskaper" of Köksbiträde: grill staff).
CORE_FIRST = 3
CORE_SHARED = 2
CORE_MAX = 25
#: What a person says to turn away from their own work ("another job", "something else").
CHANGE_FIELD = "change_field"


@dataclass
class Family:
    """What a person refused: occupations, their SSYK-4 groups and the competences core to them."""

    refused: dict[str, str] = field(default_factory=dict)   # occupation id or "ssyk:<code>" -> refused label
    skills: dict[str, str] = field(default_factory=dict)    # core demanded-skill label -> refused label
    #: Occupations the person asked for by name since the refusal ("not warehouse any more" … "as a transport
    #: planner?"): the refused family does not hold for them; a refused occupation itself still does.
    wanted: set[str] = field(default_factory=set)
    #: JobTech occupation fields (yrkesområden) of the person's own work that a refusal turned away from
    #: ("no more restaurant" from a waitress: Hotell, restaurang, storhushåll) -> refused label.
    fields: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.refused)

    def hit(self, occupation_id: str, ssyk_code: str | None, rel) -> str | None:
        """The refused label that ``occupation_id`` belongs to (None when it is outside every refusal)."""
        if occupation_id in self.wanted and occupation_id not in self.refused:
            return None
        label = self.refused.get(occupation_id) or (
            (self.refused.get(f"ssyk:{ssyk_code}") or self.refused.get(f"ssyk3:{ssyk_code[:3]}")) if ssyk_code else None)
        if label:
            return label
        if self.fields:  # (the area of one's own work turned away from: bartender after "no more restaurant")
            occ = rel.occupation(occupation_id)
            label = self.fields.get(getattr(occ, "field_id", None) or "")
            if label:
                return label
        if not self.skills:
            return None
        return next((self.skills[_core(d.label)] for d in rel.demanded_skills(occupation_id)[:CORE_RANK]
                     if _core(d.label) in self.skills), None)


def _core(label: str) -> str:
    """A demanded competence's label without JobTech's "✓" mark (the same competence either way)."""
    return label.rstrip("✓ ").strip()


def turned_away(profile: Profile) -> bool:
    """The person said they want something other than the work they have done."""
    return any(c.kind == "other" and c.value == CHANGE_FIELD for c in profile.constraints)


#: How many of a refused field's first occupations (its curated search phrase, retrieval/interest_cues.yaml) may
#: hold the person's own work ("no care work" from an assistant nurse: the field's hits include Undersköterska).
FIELD_HITS = 20
_FIELD_CACHE: weakref.WeakKeyDictionary[Any, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def _field_occupations(quote: str, rt) -> set[str]:
    """Occupation ids of the fields a refusal names in any language (the interest topics' cue words)."""
    from retrieval.interests import cue_scores, load_topics

    _, keys = cue_scores(quote, None)
    phrases = [t.search for t in load_topics() if t.key in keys and t.search]
    out: set[str] = set()
    try:  # (source data only: kept per search index)
        cache = _FIELD_CACHE.setdefault(rt.search, {})
    except TypeError:  # a search object that cannot be weakly referenced (a test fake): no cache
        cache = {}
    for phrase in phrases:
        if phrase not in cache:
            try:
                hits = rt.search.search(phrase, "occupation", FIELD_HITS, bridges=False)
            except Exception:  # noqa: BLE001 - no occupation index: no field to compare with
                hits = []
            cache[phrase] = frozenset(h.concept_id for h in hits)
        out |= cache[phrase]
    return out


def _own_work_refused(profile: Profile, named: set[str], rt) -> list[tuple[str, str]]:
    """The person's own work that a refusal names: all of it after "another job"; the work whose words a
    refusal repeats ("köra" / "kört lastbil"); the work inside the field a refusal names ("no care work")."""
    worded = _own_work_worded(profile, named, rt)
    away = turned_away(profile)
    own = [(e.occupation.id, e.occupation.label) for e in profile.experiences if e.occupation.kind == "occupation"
           and (away or e.occupation.id in worded)]
    if away and not own and rt is not None:
        own = _work_of_skills(profile, rt)
    return own


def _own_work_worded(profile: Profile, named: set[str], rt) -> set[str]:
    """The person's own work that a refusal's words name: the words of the story repeated ("köra" / "kört
    lastbil", "ресторан" / "в ресторані") or a field the refusal names ("no care work") that holds the work."""
    said = [c.span.quote for c in profile.constraints if c.kind == "avoid" and (c.concept is None or c.concept.id not in named)]
    fields: set[str] = set()
    if rt is not None:
        for q in dict.fromkeys(said):
            fields |= _field_occupations(q, rt)
    return {e.occupation.id for e in profile.experiences if e.occupation.kind == "occupation"
            and (e.occupation.id in fields or any(_same_stem(q, e.span.quote) for q in said))}


#: How many occupations stand for work told only by its tasks (turned away from: their groups are left out).
SKILLS_WORK = 3


def _work_of_skills(profile: Profile, rt) -> list[tuple[str, str]]:
    """Work told only by its tasks ("I've done cleaning in a hospital": skills, no title) that the person turns
    away from: the occupations those skills point to most (without this, cleaning came back from the skills)."""
    import math

    removed = set(profile.removed_skill_ids)
    labels = sorted({s.label for s in profile.skills if s.id not in removed})
    if not labels:
        return []
    try:
        hits = rt.relations.occupations_demanding(labels)
    except Exception:  # noqa: BLE001 - no relations tables: nothing known to leave out
        return []
    ranked = sorted(hits, key=lambda o: -sum(1.0 / math.log2(rank + 2) for _, rank in hits[o]))[:SKILLS_WORK]
    return [(o, occ.label) for o in ranked if (occ := rt.relations.occupation(o)) is not None]


def wanted_since_refusal(profile: Profile) -> set[str]:
    """Occupations wished for by name in or after the message of the latest refusal (an earlier wish is what the
    refusal turned down)."""
    said = [c.span.message for c in profile.constraints
            if c.kind == "avoid" or (c.kind == "other" and c.value == CHANGE_FIELD)]
    last = max(said, default=0)
    return {w.concept.id for w in profile.wishes
            if w.concept is not None and w.concept.kind == "occupation" and w.span.message >= last}


def refused_family(profile: Profile, rel, rt=None, asked: frozenset[str] = frozenset()) -> Family:
    """The family of occupations the person refused: the refused occupations and their SSYK-4 groups, their
    own work when a refusal names it (``rt``: also through the fields named), and every occupation a
    competence core to them names. Occupations wished for since, or ``asked`` for in this message, are let
    through unless refused themselves (:attr:`Family.wanted`)."""
    refs: list[tuple[str, str]] = [(c.concept.id, c.concept.label) for c in profile.constraints
                                   if c.kind == "avoid" and c.concept is not None and c.concept.kind == "occupation"]
    # An occupation refused by its name ("not «Kock, à la carte»", a card just presented) is left out with its
    # group; a field refused in words ("no kitchen work") also with the competences core to it.
    named = {c.concept.id for c in profile.constraints if c.kind == "avoid" and c.concept is not None
             and c.concept.label.split("/")[0].casefold() in c.span.quote.casefold()}
    trade = {o for o, _ in refs} & {e.occupation.id for e in profile.experiences}  # own trade: minor group too
    refs += _own_work_refused(profile, named, rt)
    fam = Family(wanted=wanted_since_refusal(profile) | set(asked))
    # A refusal naming the area of one's own work: its occupation field (refused_areas.py).
    fam.fields = refused_areas(profile, rel)
    for occ_id, label in refs:
        fam.refused.setdefault(occ_id, label)
        occ = rel.occupation(occ_id)
        if occ is not None and occ.ssyk_code:
            for key in (f"ssyk:{occ.ssyk_code}",) + ((f"ssyk3:{occ.ssyk_code[:3]}",) if occ_id in trade else ()):
                fam.refused.setdefault(key, label)
    counts: dict[str, list[str]] = {}
    first: set[str] = set()
    fields = {occ_id: label for occ_id, label in refs if occ_id not in named}
    # A field refused in words whose occupations share a minor group (SSYK-3: "care" -> 532 assistant nurses
    # and care staff; "driving" -> 833 heavy-vehicle drivers) is refused as that whole group.
    minor: dict[str, list[str]] = {}
    for occ_id, label in fields.items():
        occ = rel.occupation(occ_id)
        if occ is not None and occ.ssyk_code:
            minor.setdefault(occ.ssyk_code[:3], []).append(label)
    for code3, labels in minor.items():
        if len(set(labels)) >= CORE_SHARED:
            fam.refused.setdefault(f"ssyk3:{code3}", labels[0])
    for occ_id, label in fields.items():
        for i, d in enumerate(rel.demanded_skills(occ_id)[:CORE_RANK]):
            counts.setdefault(_core(d.label), []).append(label)
            if i < CORE_FIRST:
                first.add(_core(d.label))
    need = min(CORE_SHARED, len(fields))  # one refused occupation: its own core competences
    shared = [s for s, labels in counts.items() if len(labels) >= need or s in first]
    if shared:
        spread = rel.occupations_demanding(shared + [f"{s}✓" for s in shared])
        for s in shared:
            n = sum(1 for hits in spread.values() if any(_core(lab) == s and rank < CORE_RANK for lab, rank in hits))
            if n <= CORE_MAX:
                fam.skills[s] = counts[s][0]
    fam.skills = head_skills(counts, rel) | fam.skills  # ("no cleaning": «Städning och diskning» too; refused_heads.py)
    return fam


_WORD = re.compile(r"\w{4,}")
#: Verbs of working as such ("jobba", "працювати"): they name no particular work, so they tie no refusal to a story.
_ANY_WORK = {"jobba", "jobbar", "jobbade", "jobbat", "arbeta", "arbetar", "arbetade", "arbetat", "work", "working",
             "worked", "want", "more", "anymore", "längre", "اعمل", "أعمل", "العمل", "اشتغل", "اشتغلت", "عملت",
             "shaqeeyo", "shaqeeyay", "працювати", "працював", "працювала", "більше", "کار", "کنم", "ክሰርሕ", "ሰሪሐ"}


def _same_stem(refused: str, story: str) -> bool:
    """A word of the refusal and a word of the story start alike ("köra"/"kört", "cleaning"/"cleaned")."""
    from os.path import commonprefix

    a = {w.casefold() for w in _WORD.findall(refused)} - _ANY_WORK
    b = {w.casefold() for w in _WORD.findall(story)} - _ANY_WORK
    return any(len(commonprefix([x, y])) >= 3 and x[:3] == y[:3] and len(commonprefix([x, y])) >= min(len(x), len(y)) - 2
               for x in a for y in b)


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
    a = max(text.rfind(". ", 0, m.start()) + 2, 0)
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


def demand_of(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    """The first confident source that says ``occupation_id`` makes demand ``what`` (None: none; demand_sources.py)."""
    hit = _first_demand(occupation_id, label, what, rt)
    ok = hit is None or what != "standing" or not carrying_while_seated(hit.evidence, occupation_id, label, rt)
    return hit if ok else None


def _first_demand(occupation_id: str, label: str, what: str, rt) -> Exclusion | None:
    from retrieval.body_demands import BODY, body_demand

    if what in BODY:  # (knees, shoulders: their own vocabulary, then the wider limitation's)
        return body_demand(occupation_id, label, what, rt)
    # (wet work: skin_demands.py; a school subject, a workplace, foreign languages: subject_demands.py)
    if what in ("skin", "maths", "office", "outdoors", "languages"):
        from retrieval.subject_demands import demand_beyond_body
        return demand_beyond_body(occupation_id, label, what, rt)
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
    jpat = JOBTECH_DEMANDS.get(what)
    if jpat is not None:
        for d in rel.demanded_skills(occupation_id):
            if d.label and jpat.search(d.label):
                return Exclusion(occupation_id, label, what, f"jobtech:occupation-name:{occupation_id}", d.label)
    pat = ESCO_DEMANDS.get(what)
    for s in exact_essentials(occupation_id, rel):  # (exactly mapped, essential: retrieval/demand_sources.py)
        if pat is not None and s.label and pat.search(s.label):
            return Exclusion(occupation_id, label, what, esco_doc(s.skill_uri), s.label)
    tpat = TEXT_DEMANDS.get(what)
    if tpat is None:
        return None
    for doc_id, text in texts_of(occupation_id, rt):
        m = tpat.search(text)
        if m:
            return Exclusion(occupation_id, label, what, doc_id, sentence_of(text, m))
    return None


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
