"""A title written apart whose modifier decides the field: Swedish "<adjective> <head>" and lead/supervisor posts.

"Biomedicinsk ingenjör", "Kemiteknisk ingenjör": the head ("ingenjör", "tekniker") is a title word of posts in
every field, so the fused ranking, which sees the head best, puts a building engineer first; the adjective
before it ("biomedicinsk", "kemiteknisk") names the field. :func:`field_first` reorders the top of the ranking so
that occupations with the head AND evidence for the modifier come before the ones with the head only, when the
first hit has no evidence for it. This is :func:`retrieval.title_modifier.modifier_first` for Swedish titles: the
evidence is the occupation's own Swedish titles and Swedish ESCO labels (the title index), its SSYK group's label
and the words of its mapped English ESCO labels, an adjective compared by its stem ("biomedicinsk" ~
"ingenjör, biomedicin", "kemiteknisk" ~ "Kemitekniker"; "biomedicin" ~ "biomedical" by a long shared start).

"Warehouse team lead", "Teamleader kundtjänst", "Shift supervisor lager": a lead or supervisor post in a field.
The head noun is a role the taxonomy gives its own occupations in each field ("Arbetsledare, lager",
"Gruppledare, kundservice"); the fused ranking finds the field's workers (or a "Data Warehouse" specialist).
:func:`lead_first` puts first, among the top of the ranking, the occupations that are such a lead (a title or
SSYK group naming a work lead) and have evidence for the field words, when the first hit is not one.
"""
from __future__ import annotations

import os
import re
import threading
import weakref

from retrieval.per_relations import per_relations
from retrieval.titles import TitleIndex, fold, words

WINDOW = 30
MIN_WORD, MIN_STEM = 5, 4   # a modifier word of 5+ letters, its stem 4+ ("kemisk" -> "kemi"; "el", "natt" name no field)
MIN_COGNATE = 7       # a Swedish stem and an English label word sharing this many first letters ("biomedic…")
MAX_WORDS = 3
# Swedish relational adjectives (medicin|sk, kemitekn|isk, biologi|ska) name a field; the stem is what titles share.
# Participles ("legitimerad", "certifierad") and other words before a head name a qualification, not a field.
_ADJ_ENDINGS = ("iska", "isk", "iskt", "ska", "skt", "sk")
# Role words of a post that leads others, English and Swedish as ads write them; what they lead is the field.
# (A closed class of words, like seniority words: the taxonomy has no "lead" label to read them from.)
_LEAD_WORDS = {"lead", "leader", "teamlead", "teamleader", "supervisor", "foreman", "teamledare", "gruppledare",
               "arbetsledare", "förman"}
_LEAD_FILLER = {"team", "shift", "skift", "senior", "junior", "the", "a", "an", "of", "för", "inom", "på", "i"}
# An occupation that leads work: its titles or its SSYK group say so ("Arbetsledare, lager", "Lagerförman").
_LEAD_TITLE = re.compile(r"arbetsledare|gruppledare|teamledare|förman|supervisor|team ?leader|skiftledare")
_lock = threading.Lock()
_built: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def adjective_stem(word: str) -> str:
    """A Swedish adjective without its ending ("biomedicinsk" -> "biomedicin"); the word when none applies."""
    for suf in _ADJ_ENDINGS:
        if word.endswith(suf) and len(word) - len(suf) >= MIN_STEM:
            return word[: -len(suf)]
    return word


def _ssyk_labels(rel) -> dict[str, str]:
    try:
        return {r["occ"]: fold(r["label"]) for r in rel._all(
            "SELECT o.id AS occ, s.label AS label FROM occupations o JOIN ssyk s ON s.id = o.ssyk_id")}
    except Exception:  # noqa: BLE001 - a relations DB without SSYK labels: titles only
        return {}


def _leads(rel) -> frozenset[str]:
    """Occupations that lead work: their own name or their SSYK group names the role ("Arbetsledare, lager";
    not an account manager that also has a "team leader" title)."""
    try:
        rows = rel._all("SELECT o.id AS occ, o.label AS label, s.label AS grp FROM occupations o "
                        "LEFT JOIN ssyk s ON s.id = o.ssyk_id")
    except Exception:  # noqa: BLE001 - no relations: no lead is known
        return frozenset()
    return frozenset(r["occ"] for r in rows
                     if _LEAD_TITLE.search(fold(r["label"])) or fold(r["grp"] or "").startswith("arbetsledare"))


ssyk_labels = per_relations(_ssyk_labels)
lead_occupations = per_relations(_leads)


def _english(search, rel) -> dict[str, frozenset[str]]:
    try:
        from retrieval.title_modifier import english_words

        return english_words(search, rel)[0]
    except Exception:  # noqa: BLE001 - no ESCO documents or mapping: Swedish evidence only
        return {}


def _evidence(stem: str, aliases, group: str, english: frozenset[str]) -> bool:
    """The occupation's titles, SSYK group label or English ESCO words name the modifier's stem."""
    if any(stem in a for a in aliases) or stem in group:
        return True
    return len(stem) >= MIN_COGNATE and any(len(os.path.commonprefix((stem, w))) >= MIN_COGNATE for w in english)


def _has_head(aliases, head: str) -> bool:
    return any(w == head or w.endswith(head) for a in aliases for w in words(a))


def _reorder(hits: list, window: int, key) -> list:
    top = hits[:window]
    keys = [key(h) for h in top]
    order = sorted(range(len(top)), key=lambda i: (keys[i], i))
    scores = sorted((h.score for h in top), reverse=True)
    out = [top[i] for i in order]
    for h, sc in zip(out, scores):
        h.score = sc
    return out + hits[window:]


def swedish_split(tidx: TitleIndex, core: str) -> tuple[str, list[str]]:
    """(head, modifier stems) of a Swedish title written apart: "Biomedicinsk ingenjör" -> ("ingenjör",
    ["biomedicin"]); none when the title is known as written, its last word is no title word or a modifier is
    no relational adjective ("Legitimerad sjuksköterska", "Kock Malmö", "React Native Developer")."""
    ws = words(core)
    if not 2 <= len(ws) <= MAX_WORDS or fold(core).strip() in tidx.by_alias or ws[-1] not in tidx.vocab:
        return "", []
    if any(len(w) < MIN_WORD or not w.endswith(_ADJ_ENDINGS) for w in ws[:-1]):
        return "", []
    return ws[-1], [adjective_stem(w) for w in ws[:-1]]


def field_first(search, rel, tidx: TitleIndex, core: str, hits: list, window: int = WINDOW) -> list:
    """Occupations with the head and evidence for the modifier first, when the first hit has no evidence."""
    head, mods = swedish_split(tidx, core)
    if not head or not hits:
        return hits
    groups, english = ssyk_labels(rel), _english(search, rel)

    def covered(h) -> int:
        own = tidx.occupation_aliases(h.concept_id)
        return sum(_evidence(m, own, groups.get(h.concept_id, ""), english.get(h.concept_id, frozenset()))
                   for m in mods)

    top = hits[:window]
    if covered(top[0]) or not any(covered(h) for h in top[1:]):
        return hits

    def key(h) -> tuple[int, int]:
        # with the head and the field first, then the field alone ("Geoteknisk ingenjör": Geotekniker), then the rest
        n = covered(h)
        return (0 if n and _has_head(tidx.occupation_aliases(h.concept_id), head) else 1 if n else 2, -n)

    return _reorder(hits, window, key)


def lead_split(core: str) -> list[str]:
    """The field words of a lead/supervisor title ("Warehouse team lead" -> ["warehouse"]); [] for another title."""
    ws = words(core)
    if len(ws) > MAX_WORDS + 1:
        return []
    # The role is the head ("Warehouse team lead") or, in Swedish order, the first word ("Teamleader kundtjänst",
    # "Team lead lager"); a first "lead" on its own is seniority ("Lead developer", "Lead UX designer").
    i = next((i for i, w in enumerate(ws) if w not in _LEAD_FILLER), len(ws))
    role = bool(ws) and ws[-1] in _LEAD_WORDS or (
        i < len(ws) - 1 and ws[i] in _LEAD_WORDS and (ws[i] != "lead" or i > 0))
    return [w for w in ws if w not in _LEAD_WORDS and w not in _LEAD_FILLER and len(w) >= 3] if role else []


def lead_first(search, rel, tidx: TitleIndex, core: str, hits: list, window: int = WINDOW) -> list:
    """A lead's occupation with evidence for the field words first, when the first hit is no such lead."""
    field = lead_split(core)
    if not field or not hits:
        return hits
    groups, english, leads = ssyk_labels(rel), _english(search, rel), lead_occupations(rel)
    from retrieval.title_modifier import stem as en_stem

    def is_lead(h) -> bool:
        return h.concept_id in leads

    def covered(h) -> int:
        own, en = tidx.occupation_aliases(h.concept_id), english.get(h.concept_id, frozenset())
        return sum(en_stem(w) in en or (len(w) >= 4 and (any(w in a for a in own) or w in groups.get(h.concept_id, "")))
                   for w in field)

    top = hits[:window]
    if is_lead(top[0]) and covered(top[0]):
        return hits
    if not any(is_lead(h) and covered(h) for h in top):
        # The field's lead is not among the title's hits (the role word found the field's workers): ask for it in
        # the taxonomy's own role word ("arbetsledare warehouse" finds "Arbetsledare, lager").
        try:
            extra = search.search(" ".join(["arbetsledare", *field]), "occupation", 10, read_title=False)
        except Exception:  # noqa: BLE001 - no second search: the fused order stands
            return hits
        lead = next((h for h in extra if is_lead(h) and covered(h)), None)
        if lead is None:
            return hits
        rest = [h for h in hits if h.concept_id != lead.concept_id]
        lead.score = max((h.score for h in hits), default=lead.score)   # scores follow the new order
        return _reorder([lead, *rest], window, lambda h: 0)
    return _reorder(hits, window, lambda h: (0 if is_lead(h) and covered(h) else 1, -covered(h)))
