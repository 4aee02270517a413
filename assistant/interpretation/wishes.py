"""A wish for a field of work ("I want to work with children") leads to that field's occupations.

Such a wish names no occupation, so the linker either guesses (a Tigrinya "I want to work with
children" became make-up artist and butcher; the English one a support worker) or finds nothing
(then the sentence is read as an interest). The field is recognised by the curated, multilingual
interest topics (``retrieval/interest_cues.yaml``: children, animals, computers, cooking …), and each
topic names Swedish occupations it points to (its ``search`` phrase): the occupations a search for
that phrase finds first become the wish. Guessed links from the same sentence are kept only when they
are in the field's occupation groups; an occupation the person named literally is always kept.
"""
from __future__ import annotations

import re
import weakref
from typing import Any

from assistant.interpretation.alternatives import alternatives
from assistant.interpretation.circumstances import blank_circumstances
from assistant.interpretation.field_asked import field_asked
from assistant.interpretation.own_shop import blank_business
from assistant.interpretation.qualified import sibling_of
from assistant.interpretation.wish_beside_work import wish_beside_work
from assistant.interpretation.work_conditions import blank_conditions
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.marks import FULL_STOPS
from vagledning.domain.profile import ConceptRef, Profile, Span, Wish

ATLAS = ATLAS_URL
#: Occupations a field wish adds (the first hits of the topic's search), and how many of the
#: topic's hits define its occupation groups.
FIELD_WISHES = 2
FIELD_GROUPS = 20
FIELD_CONFIDENCE = 0.85
#: A link this confident names an occupation (a curated term or a literal title), not a field.
NAMED = 0.9
#: A guessed (not curated) link a tentative wish ("what about …?") trusts.
NAMED_GUESS = 0.85
#: An interest made from a whole sentence only because nothing else was found (the interpreter sets it).
FALLBACK_INTEREST = 0.4
#: SSYK major group of managers, and the interest topic of someone who wants to lead (interest_cues.yaml)
MANAGERS, LEADING = "1", "leading"
_END = re.compile(rf"[{FULL_STOPS}\n]")


def _sentence(text: str, span: Span) -> tuple[int, int]:
    a = max((m.end() for m in _END.finditer(text, 0, span.start)), default=0)
    m = _END.search(text, span.end)
    return a, m.start() if m else len(text)


def _clause(text: str, span: Span) -> tuple[int, int]:
    """The sentence ``span`` stands in, or its clause when another clause of the sentence turns away from work (the
    field is read from the wish, never from the work left: "I want out of cleaning, I'd like elderly care")."""
    a, b = _sentence(text, span)
    return next(((x, y) for x, y in _wish_clauses(text, a, b) if x <= span.start < y), (a, b))


def _cue_kinds(sentence: str) -> set[str]:
    from assistant.interpretation.cues import load_cues, toks_of

    cues, toks = load_cues(), list(toks_of(sentence))
    return {payload[0] for i in range(len(toks)) for _, payload, _ in cues.kinds.find(toks, i)}


def _has_wish_cue(sentence: str) -> bool:
    return "wish" in _cue_kinds(sentence)


def _names_occupation(sentence: str, rt, *, curated: bool = False, memo: dict | None = None) -> bool:
    """The sentence names the work wished for: a curated term or an occupation's own label ("jag vill
    köra lastbil här också", "I'd prefer bus driving here"); its field adds nothing then. ``curated``: only
    a curated term counts (a label close in meaning to "thinking about construction work" names no work).
    ``memo``: answers already found in this message (a one-sentence wish is asked about both as a wish sentence
    and beside work told: one occupation search, not two; speed20)."""
    from assistant.interpretation import linking

    key = (sentence, curated)
    if memo is not None and key in memo:
        return memo[key]
    try:
        links = linking.link_occupations(sentence, sentence, rt, top=6)
    except Exception:  # noqa: BLE001 - no occupation index: only the fields can tell
        return False
    found = any(l.route == "lexicon" or not curated and linking.own_evidence(l) for l in links)
    if memo is not None:
        memo[key] = found
    return found


def _wish_sentences(text: str, rt, kept: tuple[Span, ...] = (), memo: dict | None = None) -> list[tuple[int, int]]:
    """Sentences that state a wish to work in a field (a wish cue, no negation, no study, not a question,
    no occupation named). Beside
    work told in another sentence ("I guarded a gate for three years. Now I want to work with
    children") the interpreter makes no fallback interest of them, so without this the field was lost
    and the guard's work led."""
    from assistant.interpretation.cues import load_cues

    out: list[tuple[int, int]] = []
    a = 0
    for m in [*_END.finditer(text), None]:
        b = m.start() if m else len(text)
        asks = m is not None and m.group() in "?؟"
        # (a sentence that also turns away from or refuses work, "I want out of the shop, I'd like to work with
        # children", «ካብ ስራሕ ድኳን ክወጽእ እደሊ፡ ምስ ቆልዑ ክሰርሕ ይፈቱ»: its wish clause is read alone, since the work left
        # names an occupation and the refusal is a negation; like13)
        for ca, cb in ([] if asks else _wish_clauses(text, a, b)):
            clause = text[ca:cb]
            # (a guess the interpreter did not keep names nothing: «Jag vill jobba på sjukhus med barn» lost its field
            # to a specialist nurse found at 0.65 that became no wish; read19)
            if "wish" in _cue_kinds(clause) and "negation" not in _cue_kinds(clause) \
                    and not load_cues().mentions_study(clause) \
                    and not any(ca <= s.start < cb for s in kept) and not _names_occupation(clause, rt, curated=True, memo=memo):
                out.append((ca, cb))
        a = m.end() if m else b
    return out


def _wish_clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence ``text[a:b]`` whole, or, when one of its clauses turns away from or refuses work ("no more
    cleaning", "I want out of retail"), each of its other clauses."""
    from assistant.interpretation.no_longer import marker
    from assistant.interpretation.segment import classify_statement, split_statements

    sentence = text[a:b]
    if not sentence.strip():
        return []
    parts = [(a + x, a + y) for x, y in split_statements(sentence)]
    if len(parts) < 2 or not any(marker(text[x:y]) or classify_statement(text[x:y])[0] == "negation"
                                 for x, y in parts):
        return [(a, b)]
    return [(x, y) for x, y in parts if not (marker(text[x:y]) or classify_statement(text[x:y])[0] == "negation")]


def _topics_in_sentence(text: str, a: int, b: int, lang: str | None) -> list[str] | None:
    """The search phrases of the sentence's topics when a topic of the phrase ``text[a:b]`` yields to another in its
    sentence ("like training them" after "something with dogs": the dogs are trained, no sports coach); else None."""
    s, e = _sentence(text, Span(start=a, end=b, quote="", message=0))
    own, whole = topic_keys(text[a:b], lang), topic_keys(text[s:e], lang)
    if not own or all(k in whole for k in own):
        return None
    return topics(text[s:e], lang)


def topics(sentence: str, lang: str | None) -> list[str]:
    from retrieval.interests import load_topics

    phrases = {t.key: t.search for t in load_topics()}
    return [phrases[k] for k in topic_keys(sentence, lang) if phrases.get(k)]


def topic_keys(sentence: str, lang: str | None) -> list[str]:
    """The interest topics (retrieval/interest_cues.yaml) the sentence names."""
    from retrieval.interests import cue_scores

    return list(cue_scores(sentence, lang)[1])


_HITS: weakref.WeakKeyDictionary[Any, dict[str, tuple[tuple[str, str], ...]]] = weakref.WeakKeyDictionary()


def field_hits(phrase: str, rt) -> tuple[tuple[str, str], ...]:
    """(occupation id, title) of the first hits for a topic's Swedish phrase (source data only, so
    kept per search index)."""
    try:
        cache = _HITS.setdefault(rt.search, {})
    except TypeError:  # a search object that cannot be weakly referenced (a test fake): no cache
        cache = {}
    if phrase not in cache:
        try:
            hits = rt.search.search(phrase, "occupation", FIELD_GROUPS, bridges=False)
        except Exception:  # noqa: BLE001 - no occupation index: no field wishes
            hits = []
        cache[phrase] = tuple((h.concept_id, h.title) for h in hits)
    return cache[phrase]


def _keep(w: Wish, message: int, bounds: tuple[int, int], folded: str, groups: set[str]) -> bool:
    """A wish outside the sentence, one the person named (literally, or by a curated term at NAMED
    confidence: "darawal bas" is Bussförare however the sentence's field reads), or a guess within the
    field stays."""
    inside = w.span.message == message and bounds[0] <= w.span.start < bounds[1]
    literal = w.concept is not None and w.concept.label.split("/")[0].casefold() in folded
    return not inside or literal or w.confidence >= NAMED or (w.ssyk_code in groups)


def field_wishes(profile: Profile, text: str, rt, message: int = 0) -> None:
    """Turn wishes for a field of work into wishes for that field's occupations (see the module docstring)."""
    rel = rt.relations
    memo: dict = {}  # (this message's sentences asked whether they name an occupation)
    sentences: set[tuple[int, int]] = set()
    for w in profile.wishes:
        if w.kind == "occupation" and w.span.message == message:
            sentences.add(_clause(text, w.span))
    for i in profile.interests:
        if i.confidence <= FALLBACK_INTEREST and i.span.message == message:
            bounds = _clause(text, i.span)
            # ("i did gymnasiet here, how do i become a preschool teacher (förskollärare)?": the work is named, a field
            # word inside its name, "preschool", adds no other work)
            if _has_wish_cue(said := text[bounds[0]:bounds[1]]) and not _names_occupation(said, rt, curated=True, memo=memo):
                sentences.add(bounds)
    sentences.update(_wish_sentences(text, rt, tuple(w.span for w in profile.wishes if w.concept is not None
                                                     and w.span.message == message), memo))
    sentences.update(wish_beside_work(text, rt, memo))  # ("I work in IT support and want to move into healthcare": wish14)
    sentences.update(field_asked(text))  # ("anything shorter in construction?" asks for that field: informal17)
    for a, b in sorted(sentences):
        sentence = text[a:b]
        # (the pay, hours or papers told beside a wish name no field: «shaqo mushahar leh … waraaqo» was accounting;
        # work_conditions.py, wish14)
        # (… nor do the children at home or one's own going to school: «ሰለስተ ቆልዑ ኣለዉኒ ስለዚ ብመዓልቲ ጥራይ» was
        # Förskollärare; circumstances.py, circum25)
        # (… nor do a shop of one's own and what it sells: "start my own workshop and sell stuff"; own_shop.py, profile30)
        hits = [h for phrase in topics(blank_business(blank_circumstances(blank_conditions(sentence))), profile.language)
                for h in field_hits(phrase, rt)]
        if not hits:
            continue
        # ("ኣብ ሆስፒታል ህጻናት ክሰርሕ እደሊ": the field's assistant nurse of a children's hospital is Barnsköterska; read19)
        hits = [sibling_of(oid, sentence) or (oid, title) for oid, title in hits]
        groups = {occ.ssyk_code for oid, _ in hits if (occ := rel.occupation(oid)) is not None and occ.ssyk_code}
        profile.wishes = [w for w in profile.wishes if _keep(w, message, (a, b), sentence.casefold(), groups)]
        if any(w.span.message == message and a <= w.span.start < b and w.confidence >= NAMED for w in profile.wishes):
            continue  # "I want to work as a cook": the occupation named leads, the field adds nothing
        have = {w.concept.id for w in profile.wishes if w.concept is not None}
        added = 0
        leads = LEADING in topic_keys(sentence, profile.language)
        for oid, title in hits:
            if oid in have or added >= FIELD_WISHES:
                continue
            occ = rel.occupation(oid)
            # (a field names its work, not who manages it: "jobba inom äldreomsorgen" is no «Föreståndare,
            # äldreboende», unless the person wants to lead; like13)
            if occ is not None and (occ.ssyk_code or "").startswith(MANAGERS) and not leads:
                continue
            # kind "field": the person named a kind of work, not this occupation, so the answer gives
            # what they like as the reason, never "it is the work you want" (rater14 fault 4)
            profile.wishes.insert(added, Wish(
                kind="field", label=title, ssyk_code=occ.ssyk_code if occ else None,
                concept=ConceptRef(id=oid, kind="occupation", label=title, url=ATLAS.format(id=oid)),
                span=Span(start=a, end=b, quote=sentence, message=message), confidence=FIELD_CONFIDENCE))
            have.add(oid)
            added += 1


def proposal_wishes(profile: Profile, text: str, spans: list[tuple[int, int]], rt, message: int = 0) -> None:
    """A wish put as a question or tentatively ("what about a shop?", "kanske butik?", "I'd rather X"): the
    occupations the phrase names (curated or clearly named) or, for a field ("a shop"), the field's first
    occupations become wishes, ahead of earlier ones (matching presents the newest wish first)."""
    from assistant.interpretation import linking

    rel = rt.relations
    have = {w.concept.id for w in profile.wishes if w.concept is not None}
    # (a field wish the sentence already made stands: "щось у сфері охорони здоров'я" is health care,
    # while the curated prefix "охорон" alone would name security guards)
    made = [w.span for w in profile.wishes if w.concept is not None and w.span.message == message]
    # ("kassa i affär eller reception?": each alternative is a wish of its own)
    parts = [alt for a, b in spans for alt in alternatives(text, a, b) if not any(s.start < alt[1] and alt[0] < s.end for s in made)]
    for a, b in parts:
        phrase = text[a:b]
        # ("something with dogs, like training them": the training is the dogs', read from the whole sentence)
        keys = _topics_in_sentence(text, a, b, profile.language)
        try:
            links = linking.link_occupations(phrase, phrase, rt, top=6) if keys is None else []
        except Exception:  # noqa: BLE001 - no occupation index: only the fields can tell
            links = []
        # A curated term first; then a field ("a shop", "animals"); a guess only when it is clear.
        named = [(l.concept_id, l.label, l.score) for l in links if l.route == "lexicon"][:FIELD_WISHES]
        if not named:
            hits = [h for p in (keys or topics(phrase, profile.language)) for h in field_hits(p, rt)]
            named = [(oid, title, FIELD_CONFIDENCE) for oid, title in hits[:FIELD_WISHES]]
        if not named:
            named = [(l.concept_id, l.label, l.score) for l in links if l.score >= NAMED_GUESS and (
                l.extra.get("similarity", 0.0) >= linking.DENSE_ACCEPT
                or l.extra.get("lexical", 0.0) >= linking.LEXICAL_ACCEPT)][:FIELD_WISHES]
        for oid, title, score in named:
            if oid in have:
                continue
            occ = rel.occupation(oid)
            profile.wishes.append(Wish(
                kind="occupation", label=title, ssyk_code=occ.ssyk_code if occ else None,
                concept=ConceptRef(id=oid, kind="occupation", label=title, url=ATLAS.format(id=oid)),
                span=Span(start=a, end=b, quote=phrase, message=message), confidence=round(min(score, 1.0), 3)))
            have.add(oid)
        # An example or a proposal ("for example in a clothes shop") is a wish, never work done.
        profile.experiences = [e for e in profile.experiences
                               if not (e.span.message == message and e.span.start < b and a < e.span.end)]
