"""The family of occupations a person refused (``Constraint(kind="avoid")`` whose concept is an occupation: "not
kitchen work"): the refused occupations' SSYK-4 groups (the interpreter links a refusal to up to three occupations,
e.g. "kök" -> Kock and Köksbiträde), their own work when a refusal names it, and the competences core to them.

Split out of retrieval/constraints.py (issue 10: modules under ~400 lines), which reads the demands a limitation
cannot meet; retrieval/match_filter.py asks both.
"""
from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field
from typing import Any

from retrieval.refused_areas import refused_areas
from retrieval.refused_fields import refused_fields
from retrieval.refused_heads import head_skills
from retrieval.refused_titles import ends_in, refused_heads
from vagledning.domain.profile import Profile

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
    #: Head words of a trade's titles that a refusal of the trade's word alone refuses ("mekaniker" after "no
    #: mechanics": every "-mekaniker", whatever its SSYK group; retrieval/refused_titles.py) -> refused label.
    heads: dict[str, str] = field(default_factory=dict)
    #: JobTech occupation fields a refusal names in words ("bort från vård och omsorg helt": Hälso- och sjukvård and
    #: Yrken med social inriktning; retrieval/refused_fields.py) -> the refusal's words: every occupation of them.
    field_labels: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.refused) or bool(self.field_labels)

    def hit(self, occupation_id: str, ssyk_code: str | None, rel) -> str | None:
        """The refused label that ``occupation_id`` belongs to (None when it is outside every refusal)."""
        if occupation_id in self.wanted and occupation_id not in self.refused:
            return None
        label = self.refused.get(occupation_id) or (
            (self.refused.get(f"ssyk:{ssyk_code}") or self.refused.get(f"ssyk3:{ssyk_code[:3]}")) if ssyk_code else None)
        if label:
            return label
        if self.heads:  # (a trade refused by its word: each title of it, in any group)
            occ = rel.occupation(occupation_id)
            label = next((v for h, v in self.heads.items() if occ is not None and ends_in(occ.label, h)), None)
            if label:
                return label
        if self.fields:  # (the area of one's own work turned away from: bartender after "no more restaurant")
            occ = rel.occupation(occupation_id)
            label = self.fields.get(getattr(occ, "field_id", None) or "")
            if label:
                return label
        if self.field_labels:  # (an area refused in words: "away from care entirely", silent20)
            occ = rel.occupation(occupation_id)
            label = self.field_labels.get(getattr(occ, "field_label", None) or "")
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


def field_occupations(quote: str, rt) -> set[str]:
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


def _own_work_refused(profile: Profile, named: set[str], rt, wanted: set[str] | None = None) -> list[tuple[str, str]]:
    """The person's own work that a refusal names: all of it after "another job"; the work whose words a
    refusal repeats ("köra" / "kört lastbil"); the work inside the field a refusal names ("no care work"). Never own
    work the person wishes for in a later message (``wanted``): a car mechanic's "not heavy vehicles, ordinary cars" shares the word
    "car" with his car repairs, and his own goal, «Personbilsmekaniker», was left out of every later list (rater25 C2)."""
    worded = _own_work_worded(profile, named, rt)
    away = turned_away(profile)
    own = [(e.occupation.id, e.occupation.label) for e in profile.experiences if e.occupation.kind == "occupation"
           and (away or e.occupation.id in worded) and e.occupation.id not in (wanted or set())]
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
            fields |= field_occupations(q, rt)
    return {e.occupation.id for e in profile.experiences if e.occupation.kind == "occupation"
            and (e.occupation.id in fields or any(same_stem(q, e.span.quote) for q in said))}


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


def _wished_after_naming(profile: Profile) -> set[str]:
    """The person's own work wished for in a later message than every refusal whose words name it (a wish read in the
    refusal's own message may be its misreading: "I was a cook … I don't want the kitchen any more")."""
    avoid = [c for c in profile.constraints if c.kind == "avoid" and c.span is not None]
    out: set[str] = set()
    for e in profile.experiences:
        naming = [c.span.message for c in avoid if same_stem(c.span.quote, e.span.quote)] if e.span is not None else []
        last = max(naming or [c.span.message for c in avoid] or [0])
        if any(w.concept is not None and w.concept.id == e.occupation.id and w.span is not None and w.span.message > last
               for w in profile.wishes):
            out.add(e.occupation.id)
    return out


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
    fam = Family(wanted=wanted_since_refusal(profile) | set(asked))
    refs += _own_work_refused(profile, named, rt, _wished_after_naming(profile))
    # A refusal naming the area of one's own work: its occupation field (refused_areas.py).
    fam.fields = refused_areas(profile, rel)
    fam.heads = refused_heads(profile)  # (a trade refused by its word alone: refused_titles.py)
    fam.field_labels = refused_fields(profile)  # (an area refused in words: refused_fields.py)
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
    kept = _kept_core(profile, {o for o, _ in refs}, rel, fam)
    shared = [s for s, labels in counts.items() if (len(labels) >= need or s in first) and s not in kept]
    if shared:
        spread = rel.occupations_demanding(shared + [f"{s}✓" for s in shared])
        for s in shared:
            n = sum(1 for hits in spread.values() if any(_core(lab) == s and rank < CORE_RANK for lab, rank in hits))
            if n <= CORE_MAX:
                fam.skills[s] = counts[s][0]
    fam.skills = {k: v for k, v in (head_skills(counts, rel) | fam.skills).items() if k not in kept}  # ("no cleaning":
    # «Städning och diskning» too; refused_heads.py)
    return fam


def _kept_core(profile: Profile, refused: set[str], rel, fam: Family) -> set[str]:
    """The competences core to the work the person keeps (their own work and wishes, none of them refused): such a
    competence names no refused field. "One more seated hand job, not packing" from a tailor refuses «Packare», whose
    core competences include sewing; the tailoring wanted was left out with it (rater28 c04 fa T4, turndown15).
    Work inside what is refused (its group, the area of one's own work turned away from) is not kept: a waiter's
    "no restaurant any more" let the bar through on the waiter's own serving (refusefield21)."""
    kept = ({e.occupation.id for e in profile.experiences if e.occupation.kind == "occupation"}
            | {w.concept.id for w in profile.wishes if w.concept is not None and w.concept.kind == "occupation"}) - refused
    inside = {o for o in kept if (occ := rel.occupation(o)) is not None and fam.hit(o, occ.ssyk_code, rel) is not None}
    return {_core(d.label) for occ_id in kept - inside for d in rel.demanded_skills(occ_id)[:CORE_RANK]}


_WORD = re.compile(r"\w{4,}")
#: Verbs of working as such ("jobba", "працювати"): they name no particular work, so they tie no refusal to a story.
_ANY_WORK = {"jobba", "jobbar", "jobbade", "jobbat", "arbeta", "arbetar", "arbetade", "arbetat", "work", "working",
             "worked", "want", "more", "anymore", "längre", "اعمل", "أعمل", "العمل", "اشتغل", "اشتغلت", "عملت",
             "shaqeeyo", "shaqeeyay", "працювати", "працював", "працювала", "більше", "کار", "کنم", "ክሰርሕ", "ሰሪሐ"}


def same_stem(refused: str, story: str) -> bool:
    """A word of the refusal and a word of the story start alike ("köra"/"kört", "cleaning"/"cleaned")."""
    from os.path import commonprefix

    a = {w.casefold() for w in _WORD.findall(refused)} - _ANY_WORK
    b = {w.casefold() for w in _WORD.findall(story)} - _ANY_WORK
    return any(len(commonprefix([x, y])) >= 3 and x[:3] == y[:3] and len(commonprefix([x, y])) >= min(len(x), len(y)) - 2
               for x in a for y in b)
