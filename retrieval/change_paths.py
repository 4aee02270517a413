"""Where work a person turns away from leads: other occupations ranked as a counsellor would rank them.

"I can't do warehouse work any more, what else?" JobTech's "similar occupations" lists alone gave odd
choices (a guide for a bus driver with a bad back, unrelated jobs for a cook): they say which occupations
are near, not what carries over. Here each candidate is weighed by

- **skills that carry over**: the ESCO essential/optional skills of the ESCO occupations mapped to the
  person's own work (the official JobTech↔ESCO mapping) against the candidate's *essential* skills,
  specific skills counting more than transversal ones ("follow verbal instructions" holds everywhere), and the
  skills of a loose (broad/narrow) mapping little when a closer one exists (a hairdresser is no theatre hairdresser);
- **where people actually move**: the SSYK groups people commonly move to from the person's group
  (labour_flow) and JobTech's similar occupations;
- **demand**: the job ads of the candidate's SSYK group in 2024 (all of Sweden);
- **the general job first**: of one SSYK group, the occupation that names the group ("Butikssäljare, fackhandel")
  before its specialities ("Bilförsäljare"), which follow lower so other fields get room;
- **a short, realistic training path**: occupations that need a university degree (SSYK major group 2,
  or the occupation's own education requirement) or years as a manager (group 1) weigh much less, and
  less again when the person said they do not want to study; not at all less for someone with a degree.

Limitations and refusals are not judged here: ``match_filter.honour_constraints`` is the one filter every
suggestion passes. The skills named as carrying over are kept with the path, so the answer can say them.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from retrieval.per_relations import per_relations

#: How much a skill says about what carries over, by ESCO reuse level: "use a computer" is no reason to change
#: to an occupation, "assist disabled passengers" is.
REUSE_WEIGHT = {"transversal": 0.25, "cross-sector": 0.7, "sector-specific": 1.0, "occupation-specific": 1.0}
#: Strength of the JobTech -> ESCO mapping (as relations_esco.RELATION_WEIGHT).
MAPPING_WEIGHT = {"exact-match": 1.0, "close-match": 0.8, "broad-match": 0.7, "narrow-match": 0.5}
#: Mappings to a broader or narrower ESCO occupation, and how much of their skills the person brings when the
#: occupation also has an exact or close mapping (rater 13: a hairdresser's theatre skills led to theatre carpentry).
LOOSE_MAPPINGS, SPECIALISED = frozenset({"broad-match", "narrow-match"}), 0.25
#: The parts of a path's score (they add to at most 1 before the training factor).
W_CARRY, W_FLOW, W_NEAR, W_DEMAND = 0.55, 0.2, 0.1, 0.15
#: Training factors: a university degree (years), a manager's post (years of experience), a shorter
#: post-secondary programme; multiplied again by NO_STUDY when the person said they do not want to study.
LONG_TRAINING, MANAGER, POST_SECONDARY, NO_STUDY = 0.35, 0.45, 0.85, 0.5
#: Candidates: the best by carried skills, plus JobTech's similar ones and the groups people move to.
POOL_BY_SKILLS = 80
PER_FLOW_GROUP = 3
#: Skills named per suggestion (twice as many kept: those without a Swedish name are left out of the answer).
NAMED = 3
UNIVERSITY = "högskole- eller universitetsnivå"
#: ... unless the requirement also names Yrkeshögskolan (a shorter vocational route).
YH = "yrkeshögskola"
#: The mapping weight of an essential skill named as carrying over: exact (1.0) or close (0.8) mappings only.
TOLD = MAPPING_WEIGHT["close-match"]
#: The score kept by a group's second and later occupations (after the one that names the group).
GROUP_NEXT = 0.7
_FIRST_WORD = re.compile(r"[^\W\d_]+")
ADS_FULL = 10_000   # ads in a year at which demand counts fully (log scale below it)


@dataclass
class ChangePath:
    """An occupation the person could move to, its score (0..1) and the skills that carry over."""

    occupation_id: str
    score: float
    carried: list[str] = field(default_factory=list)   # ESCO skill URIs, most telling first
    parts: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class CarriedSkill:
    """A skill that carries over, with its names: Swedish (the mapping's ESCO label or the JobTech skill it maps
    to), English (ESCO) and the JobTech skill id (for the curated translations)."""

    uri: str
    sv: str | None
    en: str | None
    skill_id: str | None


class TransferIndex:
    """Every mapped occupation's ESCO skills (weighted), its SSYK group and training level; built once per DB."""

    def __init__(self, rel) -> None:
        self.rel = rel
        self.skills: dict[str, dict[str, float]] = defaultdict(dict)      # occupation -> skill -> weight
        self.essential: dict[str, dict[str, float]] = defaultdict(dict)   # occupation -> essential skill -> weight
        self.by_skill: dict[str, set[str]] = defaultdict(set)             # essential skill -> occupations
        self.reuse: dict[str, float] = {}
        self.code: dict[str, str] = {}
        self.ssyk_id: dict[str, str] = {}
        self.names: dict[str, CarriedSkill] = {}
        self.university: set[str] = set()
        self.ads: dict[str, int] = {}
        try:
            self._load(rel)
        except Exception:  # noqa: BLE001 - a relations DB without ESCO or labour-market tables: no paths
            self.skills.clear()

    def _load(self, rel) -> None:
        from retrieval.relations import SWEDEN_ID

        loose: dict[str, dict[str, float]] = defaultdict(dict)   # occupation -> skill of a loose mapping -> weight
        for r in rel._all("SELECT x.jobtech_id, x.relation AS mapping, r.skill_uri, r.relation, s.reuse_level "
                          "FROM esco_crosswalk x JOIN esco_occupation_skills r ON r.occupation_uri = x.esco_uri "
                          "LEFT JOIN esco_skills s ON s.uri = r.skill_uri WHERE x.concept_type = 'occupation'"):
            occ, uri = r["jobtech_id"], r["skill_uri"]
            w = MAPPING_WEIGHT.get(r["mapping"], 0.5) * (1.0 if r["relation"] == "essential" else 0.5)
            side = loose if r["mapping"] in LOOSE_MAPPINGS else self.skills
            side[occ][uri] = max(w, side[occ].get(uri, 0.0))
            if r["relation"] == "essential":
                self.essential[occ][uri] = max(w, self.essential[occ].get(uri, 0.0))
                self.by_skill[uri].add(occ)
            self.reuse[uri] = REUSE_WEIGHT.get(r["reuse_level"] or "", 0.7)
        # A loose mapping names a specialisation ("Frisör" ~ ESCO's theatre hairdresser): its own skills (adapt to
        # artists' creative demands) are not what a hairdresser brings, unless nothing maps the occupation closer.
        for occ, skills in loose.items():
            factor = SPECIALISED if self.skills.get(occ) else 1.0
            for uri, w in skills.items():
                self.skills[occ][uri] = max(w * factor, self.skills[occ].get(uri, 0.0))
        for r in rel._all("SELECT o.id, o.ssyk_id, c.code FROM occupations o "
                          "LEFT JOIN ssyk_codes c ON c.ssyk_id = o.ssyk_id"):
            if r["code"]:
                self.code[r["id"]] = r["code"]
            if r["ssyk_id"]:
                self.ssyk_id[r["id"]] = r["ssyk_id"]
        for r in rel._all("SELECT occupation_id, text FROM education_requirements"):
            t = (r["text"] or "").casefold()
            if UNIVERSITY in t and YH not in t:
                self.university.add(r["occupation_id"])
        groups = {r["id"]: r["label"] for r in rel._all("SELECT id, label FROM ssyk")}
        self.group_label = {o: groups[g] for o, g in self.ssyk_id.items() if g in groups}
        self.ads = {r["ssyk_id"]: r["count"] for r in
                    rel._all("SELECT ssyk_id, count FROM ad_counts WHERE region_id = ?", (SWEDEN_ID,))}

    def name(self, uri: str) -> CarriedSkill:
        """The names of an ESCO skill (looked up once)."""
        if uri not in self.names:
            sv = en = skill_id = None
            try:
                for link in self.rel.jobtech_for_esco(uri):
                    if link.concept_type != "skill":
                        continue
                    sv = sv or link.label_sv
                    en = en or link.label_en
                    if link.relation == "exact-match" and skill_id is None:
                        skill_id, sv = link.jobtech_id, link.jobtech_label or sv
                if en is None:
                    s = self.rel.esco_skill(uri)
                    en = s.label if s else None
            except Exception:  # noqa: BLE001 - no mapping tables: the skill stays unnamed
                pass
            self.names[uri] = CarriedSkill(uri, sv, en, skill_id)
        return self.names[uri]

    def training(self, occ_id: str) -> float:
        """How realistic the training path is, 0..1 (1: no long training)."""
        code = self.code.get(occ_id, "")
        if occ_id in self.university or code[:1] in ("2", "0"):
            return LONG_TRAINING
        if code[:1] == "1":
            return MANAGER
        return POST_SECONDARY if code[:1] == "3" else 1.0

    def general(self, occ_id: str) -> bool:
        """The occupation names its SSYK group ("Butikssäljare, fackhandel" in «Butikssäljare, fackhandel»), unlike
        the group's specialities ("Bilförsäljare", "Båtförsäljare")."""
        occ, group = (_FIRST_WORD.findall((x or "").casefold())[:1]
                      for x in (self._label(occ_id), self.group_label.get(occ_id)))
        return bool(occ and group) and len(occ[0]) >= 4 and group[0].startswith(occ[0])

    def _label(self, occ_id: str) -> str | None:
        occ = self.rel.occupation(occ_id)
        return occ.label if occ else None

    def demand(self, occ_id: str) -> float:
        n = self.ads.get(self.ssyk_id.get(occ_id, ""), 0) or 0
        return min(1.0, math.log10(1 + n) / math.log10(1 + ADS_FULL))

    def carry(self, mine: dict[str, float], occ_id: str) -> tuple[float, list[str]]:
        """How much of ``occ_id``'s essential skills the person's skills cover (specific skills count more),
        and the covered skills, most telling first. At least two shared skills."""
        ess = self.essential.get(occ_id) or {}
        hit = [u for u in ess if u in mine]
        if len(hit) < 2:
            return 0.0, []
        total = sum(w * self.reuse.get(u, 0.7) for u, w in ess.items())
        got = sum(ess[u] * self.reuse.get(u, 0.7) * min(1.0, mine[u] * 2) for u in hit)
        hit.sort(key=lambda u: (-self.reuse.get(u, 0.7), -ess[u], u))
        if all(self.reuse.get(u, 0.7) <= REUSE_WEIGHT["transversal"] for u in hit):
            return 0.0, []  # only skills every job asks for ("stay alert"): nothing in particular carries over
        return got / math.sqrt(max(total, 1.0)), hit


#: The transfer index of a relations DB (built once per DB).
transfer_index = per_relations(TransferIndex)


def change_paths(own: list[str], rel, *, top: int = 24, no_study: bool = False, has_degree: bool = False,
                 refused: Collection[str] = ()) -> list[ChangePath]:
    """Occupations the person could move to from their own work ``own`` (occupation ids), best first.

    The own work and its SSYK groups are not among them (the person turns away from it). The skills named as carrying
    over are only the own work's confident ones, never a skill of work the person ``refused`` (:func:`told_skills`)."""
    idx = transfer_index(rel)
    if not idx.skills:
        return []
    told = told_skills(idx, own, refused)
    mine: dict[str, float] = {}
    for occ in own:
        for uri, w in idx.skills.get(occ, {}).items():
            mine[uri] = max(w, mine.get(uri, 0.0))
    own_groups = {idx.code.get(o) for o in own} - {None}
    # Candidates: occupations listing one of the person's skills as essential, best coverage first …
    reach: set[str] = set()
    for uri in mine:
        reach |= idx.by_skill.get(uri, set())
    # (an ESCO-mapped occupation no longer in the taxonomy has no SSYK code: it cannot be suggested)
    scored = {o: idx.carry(mine, o) for o in reach if o not in own and idx.code.get(o) not in own_groups | {None}}
    pool = set(sorted((o for o in scored if scored[o][0] > 0), key=lambda o: -scored[o][0])[:POOL_BY_SKILLS])
    # … JobTech's similar occupations (both kinds), and the groups people move to from the person's groups.
    near: dict[str, float] = {}
    flow: dict[str, float] = {}
    for occ in own:
        sims = _similar(rel, occ)
        for i, s in enumerate(sims):
            near[s] = max(near.get(s, 0.0), 1 - i / (2 * len(sims)))
        code = idx.code.get(occ)
        moves = _labour_flow(rel, code) if code else []
        for i, to in enumerate(dict.fromkeys(moves)):
            flow[to] = max(flow.get(to, 0.0), 1 - i / (2 * len(moves)))
    pool |= {o for o in near if idx.code.get(o) not in own_groups | {None} and o not in own}
    for group in flow:
        if group in own_groups:
            continue
        members = sorted((o for o, c in idx.code.items() if c == group and o in scored),
                         key=lambda o: -scored[o][0])
        pool |= set(members[:PER_FLOW_GROUP])
    best = max((scored.get(o, (0.0, []))[0] for o in pool), default=0.0) or 1.0
    out: list[ChangePath] = []
    for o in pool:
        cov, hit = scored.get(o) or idx.carry(mine, o)
        parts = {"carry": W_CARRY * min(1.0, cov / best), "flow": W_FLOW * flow.get(idx.code.get(o, ""), 0.0),
                 "near": W_NEAR * near.get(o, 0.0), "demand": W_DEMAND * idx.demand(o)}
        if parts["carry"] == parts["flow"] == parts["near"] == 0:
            continue
        factor = 1.0 if has_degree else idx.training(o) * (NO_STUDY if no_study and idx.training(o) < 1 else 1.0)
        named = [u for u in hit if idx.reuse.get(u, 0.7) > REUSE_WEIGHT["transversal"] and u in told][:NAMED * 2]
        out.append(ChangePath(o, round(sum(parts.values()) * factor, 4), named, parts))
    return _general_first(out, idx)[:top]


def told_skills(idx: TransferIndex, own: list[str], refused: Collection[str] = ()) -> set[str]:
    """The skills an answer may name as carrying over from the person's own work ``own`` (demand17, rater16 conv2 and
    conv5: «sköta växelkassa» for a minibus driver, «städa kök» and «diska» after "no cleaning"): the essential skills
    of ESCO occupations mapped exactly or closely to it (:data:`TOLD`), not optional ones nor those of a broader or
    narrower ESCO occupation; and none that other work the person refused (occupation ids ``refused``, not their own:
    a cook refusing kitchen work still brings menu planning to a head waiter's work) lists at all."""
    mine = {u for o in own for u, w in idx.essential.get(o, {}).items() if w >= TOLD}
    return mine - {u for o in set(refused) - set(own) for u in idx.skills.get(o, {})}


def _general_first(paths: list[ChangePath], idx: TransferIndex) -> list[ChangePath]:
    """Within one SSYK group the occupation that names the group comes first, with the group's best score, and the
    group's other occupations follow at :data:`GROUP_NEXT` of theirs: a counsellor names the general job (shop sales),
    not a speciality that needs its own interest ("Bilförsäljare" for a hairdresser, rater 13), and one group's
    variants are one suggestion, leaving room for other fields."""
    by_group: dict[str, list[ChangePath]] = defaultdict(list)
    for p in paths:
        by_group[idx.code.get(p.occupation_id, "")].append(p)
    for members in by_group.values():
        members.sort(key=lambda p: (-p.score, p.occupation_id))
        general = next((p for p in members if idx.general(p.occupation_id)), None)
        if general is not None and general is not members[0]:
            general.score = members[0].score
            members.remove(general)
            members.insert(0, general)
        for p in members[1:]:
            p.score = round(p.score * GROUP_NEXT, 4)
    return sorted(paths, key=lambda p: (-p.score, p.occupation_id))


def _similar(rel, occ_id: str) -> list[str]:
    try:
        return [s.id for s in rel.similar_occupations(occ_id)]
    except Exception:  # noqa: BLE001 - a relations DB without similar occupations
        return []


def _labour_flow(rel, code: str) -> list[str]:
    try:
        return list(rel.labour_flow(code))
    except Exception:  # noqa: BLE001 - a relations DB without the labour-flow table
        return []


def carried_names(uris: list[str], rel) -> list[CarriedSkill]:
    """The names of carried skills (for the answer), those without any name left out."""
    idx = transfer_index(rel)
    return [n for n in (idx.name(u) for u in uris) if n.sv or n.en]
