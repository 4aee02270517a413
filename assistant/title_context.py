"""A generic title read in the conversation's context (titles13, rater13 conv3 T5).

"hur mycket lön arbetsledare i stockholm? och inspektör?" from a concrete worker who had just been shown the YH
programmes «Arbetsledare anläggning» and «Byggnadsinspektör/tillsynshandläggare PBL» was answered for «Arbetsledare,
städ/Husfru» and «Inspektör, Polisen», and told that the pay was less than in his own job. A head word many titles
share ("arbetsledare", "inspektör", "tekniker", "handläggare", "montör" …) names the one of them the conversation is
about. Among the taxonomy's titles of that head ("Arbetsledare, <sector>") or ending in it ("Byggnadsinspektör"), the
first that holds, by the data:

1. an occupation of the conversation: the person's work done or wished for, or one an earlier answer showed;
2. a title an earlier answer wrote out (a programme named «Arbetsledare anläggning» is the occupation
   «Arbetsledare, anläggning»);
3. a title in the SSYK sub-major group (two digits) of the person's own work, wishes or the work shown ("montör"
   for an electrician is «Elmontör»);
4. a title in their occupation field (JobTech's yrkesområde): «Arbetsledare, …» 3121 for a concrete worker (7113).

With no context the best-ranked title stays (what the search found for the words alone).
"""
from __future__ import annotations

import re
from typing import Any

from assistant.intent_cues import normalize
from assistant.state import Focus, TurnState
from vagledning.domain.runtime import Runtime

#: How many titles of one head word are weighed (the taxonomy has ~25 "Arbetsledare, …").
_CANDIDATES = 40


def _plain(text: str) -> str:
    """Lower case, words only: "Arbetsledare, anläggning" and "Arbetsledare anläggning" read the same."""
    return " ".join(re.findall(r"\w+", normalize(text)))


def _head(label: str) -> str:
    return _plain(label.split(",")[0]) if "," in label else ""


def generic_word(label: str, asked: str) -> str | None:
    """The head word the question named ``label`` by, when it wrote out only that ("arbetsledare" for «Arbetsledare,
    städ/Husfru»), else None (the title itself was written: "byggnadsinspektör", "undersköterska, hemtjänst")."""
    text = _plain(asked)
    if any(_plain(p) and re.search(rf"(?<!\w){re.escape(_plain(p))}(?!\w)", text) for p in label.split("/")):
        return None
    head = _head(label)
    return head if head and len(head) >= 4 and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", text) else None


def _of_head(title: str, word: str) -> bool:
    """``title`` is one of the titles ``word`` heads ("Arbetsledare, anläggning") or ends in ("Byggnadsinspektör")."""
    for part in title.split("/"):
        p = _plain(part)
        if _head(part) == word or ("," not in part and p.endswith(word) and " " not in p):
            return True
    return False


def _context(state: TurnState, rt: Runtime) -> tuple[set[str], str, set[str]]:
    """(occupation ids, earlier answers' text, occupation fields and SSYK sub-major groups) of the conversation."""
    from assistant.earlier_answers import earlier_occupations

    p = state.profile
    ids = {e.occupation.id for e in p.experiences}
    ids |= {w.concept.id for w in p.wishes if w.concept is not None and w.concept.kind == "occupation"}
    ids |= {f.id for occs in earlier_occupations(state, rt) for f in occs}
    refused = {c.concept.id for c in p.constraints if c.kind == "avoid" and c.concept is not None}
    ids -= refused
    occs = [o for o in (rt.relations.occupation(i) for i in ids) if o is not None]
    fields = {o.field_id for o in occs if o.field_id} | {f"ssyk:{o.ssyk_code[:2]}" for o in occs if o.ssyk_code}
    said = " ".join(_plain(m.content) for m in state.history if m.role == "assistant")
    return ids, said, fields


def in_context(found: Focus, asked: str, state: TurnState, rt: Runtime) -> Focus:
    """The occupation a question means by the title it found: ``found`` unless the question named it by a head word
    many titles share, and the conversation points to another of them (module docstring)."""
    word = generic_word(found.label, asked)
    return found if word is None else _choose(word, found, state, rt) or found


def head_named(rest: str, state: TurnState, rt: Runtime) -> Focus | None:
    """A lone word left in a short question that heads titles ("а inspektör?", "inspektör ከ?": the few best search
    hits for the words with a conjunction of another script held none of them): the one of its titles in context."""
    words = [w for w in rest.split() if len(w) >= 5]
    if not (len(words) == 1 and len(rest.split()) <= 3):
        return None
    return _curated(words[0], state, rt) or _choose(words[0], None, state, rt)


def own_of_entry(found: Focus | None, asked: str, state: TurnState, rt: Runtime) -> Focus | None:
    """A generic name in the question ("how do I become a teacher?", «چطور معلم شوم؟») read by the curated lexicon as
    one occupation of an entry that also holds the person's own work told or wished («Ämneslärare, 7-9» of a maths
    teacher) is their own (mendB21, rater21 conv 4: answered for «Lärare i grundskolan, årskurs 1-6»). A title of
    its own ("högstadielärare") is an entry of one occupation and stays. When the entry's first occupation is itself the
    person's own, it stays (anchor6, rater23 fa T5: «معاش خیاط چقدر است؟» from a seamstress whose work read as both
    «Skräddare» and «Industrisömmerska» was answered for the second; uk T3: "my accountant diploma" for the assistant)."""
    if found is None:
        return None
    from retrieval.lexicon import match

    p = state.profile
    wished = [w.concept.id for w in p.wishes if w.concept is not None]
    own = [e.occupation.id for e in p.experiences] + wished
    # ("the pay in a kitchen like that?" after a hospital kitchen wished for by a restaurant cook: of the kitchen
    # word's occupations, the goal – Kock, storhushåll – not the work done; unknown33)
    goal = None if found.id in wished else next(
        (c for h in match(asked, kinds=("occupation",)) if h.concept_id == found.id for c in wished if c in h.alt_ids), None)
    if goal is not None:
        return _focus(goal, goal, rt)
    if found.id in own:  # the entry's first occupation, the closest to the word used, is theirs too (anchor6)
        return found
    for h in match(asked, kinds=("occupation",)):
        if h.role == "title" and h.concept_id == found.id:
            cid = next((c for c in own if c in h.alt_ids), None)
            if cid is not None:
                return _focus(cid, cid, rt)
    return found


def goal_reading(state: TurnState, read: list, exp: Any, least: float) -> Any:
    """Of the occupations one phrase is read as ("kitchen": Kock à la carte, Kock storhushåll, Köksbiträde), the one
    that is the person's goal ("the pay in a kitchen like that?" after a hospital kitchen wished for; unknown33)."""
    goals = {w.concept.id for w in state.profile.wishes if w.concept is not None}
    if exp.occupation.id in goals:
        return exp
    same = (exp.span.start, exp.span.end)
    return next((e for e in read if (e.span.start, e.span.end) == same and e.occupation.id in goals
                 and e.confidence >= least), exp)


def _curated(word: str, state: TurnState, rt: Runtime) -> Focus | None:
    """A word the curated lexicon reads as a title ("lärare") names its occupations, never a title that only ends in
    it (mendB21: "hur blir jag lärare?" was answered for «Yrkeslärare» with no course found); of the entry's
    occupations, the person's own ("lärare" after "I was a maths teacher" is «Ämneslärare, 7-9»), else its first."""
    from retrieval.lexicon import match

    hits = [h for h in match(word, kinds=("occupation",)) if h.role == "title" and _plain(h.term) == word]
    # (the word read alone as the whole message reads it: «መምህርት ቅድመ-ትምህርቲ» is a preschool teacher, not «መምህርት»)
    if not hits or not any(h.concept_id == hits[0].concept_id for h in match(state.text or "", kinds=("occupation",))):
        return None
    cids = [hits[0].concept_id, *hits[0].alt_ids]
    try:
        ids = _context(state, rt)[0]
    except Exception:  # noqa: BLE001 - no relations: the entry's first occupation
        ids = set()
    cid = next((c for c in cids if c in ids), cids[0])
    return _focus(cid, hits[0].label_sv if cid == hits[0].concept_id else cid, rt)


def _choose(word: str, found: Focus | None, state: TurnState, rt: Runtime) -> Focus | None:
    try:
        hits = rt.search.search(word, "occupation", _CANDIDATES)
        seen = {h.concept_id: h.title for h in reversed(hits) if _of_head(h.title, word)}
        if not seen:
            return None
        ids, said, fields = _context(state, rt)
    except Exception:  # noqa: BLE001 - no index or relations: nothing more to weigh
        return None
    order = [h.concept_id for h in hits if h.concept_id in seen]

    def shown(title: str) -> bool:
        return any(len(_plain(p)) > len(word) and f" {_plain(p)} " in f" {said} " for p in title.split("/"))

    def group(cid: str) -> bool:  # the SSYK sub-major group of the person's work ("Elmontör" for an electrician)
        occ = rt.relations.occupation(cid)
        return occ is not None and bool(occ.ssyk_code) and f"ssyk:{(occ.ssyk_code or '')[:2]}" in fields

    def field(cid: str) -> bool:
        occ = rt.relations.occupation(cid)
        return occ is not None and occ.field_id in fields

    for holds in (lambda cid, _t: cid in ids, lambda _c, title: shown(title), lambda cid, _t: group(cid),
                  lambda cid, _t: field(cid)):
        if found is not None and holds(found.id, found.label):
            return found
        for cid in order:
            if holds(cid, seen[cid]):
                return _focus(cid, seen[cid], rt)
    if found is not None:
        return found
    # no context: the title the word heads outright ("Inspektör, Polisen"), as a title written out would be read
    cid = next((c for c in order if _head(seen[c]) == word), order[0])
    return _focus(cid, seen[cid], rt)


def _focus(cid: str, title: str, rt: Runtime) -> Focus:
    occ = rt.relations.occupation(cid)
    return Focus(id=cid, label=occ.label if occ else title, ssyk_id=occ.ssyk_id if occ else None,
                 ssyk_code=occ.ssyk_code if occ else None, named=True)
