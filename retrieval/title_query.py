"""Reading a job-ad title before it is searched: ad words, split compounds and the manager false friend.

Ad titles wrap the occupation in words that are not part of it ("Erfaren svetsare till verkstad i
Göteborg", "Lastbilschaufför C/CE sökes", "Vi söker bagare"), split a Swedish compound over words
("Chef för restaurangen" = Restaurangchef, "Konsult inom redovisning" = Redovisningskonsult, "Sous
chef" = Souschef) or use Swedish *chef* (a manager, never a cook). :func:`read_title` gives the core
title to search, whether the title asks for a manager, and the known head titles of an unknown compound
("Restaurangdiskare" ends in the title "diskare"); everything is decided against the title index
(taxonomy titles and Swedish ESCO labels), so a rewrite only happens towards a known title word; a headline's
recruiter frame, plurals and context are read by retrieval/title_headline. :func:`ordered` applies the reading to
the hits; an English ESCO label as written brings the occupations the official ESCO mapping gives it to the top."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval.per_relations import per_relations
from retrieval.title_compound import compound_heads, heads_first
from retrieval.title_english_head import head_label_first
from retrieval.title_field import field_first, lead_first
from retrieval.title_fieldword import field_named_first
from retrieval.title_headline import context_first, context_words, unframed
from retrieval.title_modifier import modifier_first
from retrieval.title_qualifier import qualified_title
from retrieval.title_spelling import clips_in, respelled
from retrieval.title_synonym import synonym_title
from retrieval.titles import TitleIndex, fold, title_index, words

MAX_WORDS = 8                 # titles, not sentences (a self-description keeps its own reading)
REWORDED_WINDOW = 10         # a weak rewording of the title moves only an occupation the search ranked this high
MAX_ESCO_WORDS = 4            # an English title, not a sentence, is looked up among ESCO labels
# Ad words around a title: seniority, hiring phrases, extent of employment (taxonomy titles do not carry them).
_AD_WORDS = {"sökes", "söker", "vi", "erfaren", "erfarna", "rutinerad", "senior", "junior", "heltid", "deltid",
             "extrajobb", "extra", "timanställd", "timanställning", "vikariat", "sommarjobb", "sommarvikarie",
             "nattpass", "kvällstid", "dagtid", "helger", "skift", "tillsvidare", "omgående", "wanted", "hiring",
             "experienced", "timvikarie", "semestervikarie", "visstid", "säsong",
             "night", "nights", "shift", "shifts", "weekend", "weekends", "evening", "evenings", "part-time",
             "full-time", "temporary", "temp"}   # (English shift and extent words: "Night shift picker")
# Driving licence classes in a driver's ad ("C/CE", "CE-körkort"); not "C#" or "C++".
_LICENCE = re.compile(r"(?<![\w#+])(?:[A-E]{1,2}(?:\s*/\s*[A-E]{1,2})+|(?:C|CE|BE|D|DE)(?:-?(?:körkort|behörighet))?)"
                      r"(?![\w#+])")
# What follows one of these names the workplace or place, not the occupation ("till akuten", "i Umeå").
_CUT = re.compile(r"\s*(?:,|\s-\s|\b(?:till|i|hos|åt|vid|for|in|at)\b\s)", re.IGNORECASE)
# "A/B" names two titles ("Svetsare/plåtslagare"): the first one leads (a licence "C/CE" is read away before).
_SLASH = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")
# "<title> inom|för|på <field>": the field may be the modifier of a compound title.
_SV_PREP = {"för", "inom", "på", "över", "i", "vid", "hos", "av"}
_MANAGER_WORDS = {"chef", "chefer", "avdelningschef", "enhetschef", "sektionschef", "gruppchef"}
_MANAGER_LABEL = re.compile(r"chef|föreståndare|direktör|rektor|director|\bvd\b|manager", re.IGNORECASE)
_ENGLISH = re.compile(r"[A-Za-z][A-Za-z .'/-]*")
_RELATION_RANK = {"exact-match": 0, "close-match": 1, "narrow-match": 2, "broad-match": 3}
_DEPT_CHEF = re.compile(r"(.{2,}?)-?(?:avdelnings|enhets|sektions|verksamhets)chef")
_DETERMINERS = {"vår", "vårt", "våra", "er", "ert", "era", "den", "det", "de", "en", "ett", "the", "our", "a", "an"}
_NOT_A_TITLE = re.compile(r"[?؟፧]|[\u0400-\u04ff\u0600-\u06ff\u1200-\u139f]")
_PRONOUNS = {"jag", "vi", "du", "han", "hon", "de", "i", "we", "he", "she", "they", "my", "min", "mitt"}


@dataclass(frozen=True)
class TitleReading:
    core: str            # the title to search (the query itself when nothing is read differently)
    manager: bool        # the title asks for a manager (Swedish "chef för X", "X-avdelningschef", "head of X")
    heads: tuple[str, ...] = ()   # known titles the unknown compound ends in, longest first ("diskare")
    known: str = ""      # the part of the core that is a known title as written ("kock" in "kock till ny restaurang")
    context: tuple[str, ...] = ()   # the headline's other words ("storkök"): weak evidence (title_headline)
    reworded: str = ""   # a known title the query may reword by the general part of its field (title_synonym)
    workplace: bool = False   # the core kept the ad's workplace words ("… till akuten") to tell a title's occupations apart


def _stems(word: str) -> list[str]:
    """A Swedish noun and its indefinite forms ("restaurangen" -> "restaurang", "lagret" -> "lager")."""
    out = [word]
    for suf, rep in (("erna", ""), ("arna", ""), ("orna", ""), ("en", ""), ("et", ""), ("na", ""), ("n", ""),
                     ("t", ""), ("ret", "er"), ("len", "el")):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            out.append(word[: len(word) - len(suf)] + rep)
    return out


def _compound(tidx: TitleIndex, modifier_words: list[str], head: str) -> str | None:
    """A known title made of the modifier and the head ("restaurang" + "chef" -> "restaurangchef")."""
    if not modifier_words or len(modifier_words) > 2:
        return None
    mod = modifier_words[-1]
    for stem in _stems(mod):
        for joint in ("", "s", "-"):
            cand = f"{stem}{joint}{head}"
            if cand in tidx.by_alias:
                return cand
    return None


def _joined(tidx: TitleIndex, ws: list[str]) -> list[str]:
    """Two adjacent words written apart that form one known title ("sous chef" -> "souschef")."""
    out: list[str] = []
    i = 0
    while i < len(ws):
        if i + 1 < len(ws) and len(ws[i]) >= 3:
            for cand in (ws[i] + ws[i + 1], f"{ws[i]}-{ws[i + 1]}"):
                if cand in tidx.by_alias and " ".join(ws[i:i + 2]) not in tidx.by_alias:
                    out.append(cand)
                    i += 2
                    break
            else:
                out.append(ws[i])
                i += 1
        else:
            out.append(ws[i])
            i += 1
    return out


def _known_title(tidx: TitleIndex, text: str) -> bool:
    """The text is a known title, or its last word is one or ends in a known head word."""
    ws = words(text)
    if not ws:
        return False
    if fold(text).strip() in tidx.by_alias or ws[-1] in tidx.vocab:
        return True
    return bool(tidx.head_family(text, limit=1)[1]) or _curated(text)


def _curated(text: str) -> bool:
    """The whole text is a curated occupation term or abbreviation of the lexicon ("ssk", "tappningsoperatör")."""
    try:
        from retrieval.lexicon import match
    except ImportError:
        return False
    return any(h.kind == "occupation" and h.end - h.start >= len(text.strip()) - 1 for h in match(text))


def _is_manager(tidx: TitleIndex, raw: str, ws: list[str]) -> bool:
    if not ws:
        return False
    if ws[0] in _MANAGER_WORDS and len(ws) >= 3 and ws[1] in _SV_PREP:
        return True
    if len(ws) >= 3 and ws[0] in ("head", "director", "directors") and ws[1] == "of":
        return True
    # One Swedish compound ending in -chef the taxonomy does not list ("IT-avdelningschef", "Hemtjänstchef");
    # English cooks ("grill chef", "sous chef") are two words, so they never get here.
    token = fold(raw).strip() if len(raw.split()) == 1 else ""
    return token.endswith("chef") and len(token) > 6 and token not in tidx.by_alias


def read(tidx: TitleIndex, query: str, respell: bool = True) -> TitleReading:
    r = _read(tidx, query, respell)
    if r.manager or r.reworded:
        return r
    found, whole = synonym_title(tidx, unframed(tidx, query)[0] if respell else query, _AD_WORDS)
    return replace(r, reworded=found) if found and not whole else r


def _read(tidx: TitleIndex, query: str, respell: bool = True) -> TitleReading:
    q = unframed(tidx, query)[0] if respell else " ".join((query or "").split())  # recruiter frame, plurals
    ws = words(q)
    # "Elektrikr", "Byggarbetere": a misspelled (or clipped) first word is read as the title word
    # it stands for, and the title read on from there.
    # An English title whose head is a title word as written ("Cloud Platform Engineer") begins with the
    # head's modifier, not with a clipped Swedish title ("cloud" is no "cloudutvecklare").
    english = len(ws) >= 2 and bool(_ENGLISH.fullmatch(q)) and ws[-1] in tidx.vocab
    fixed = respelled(tidx, q) if respell and ws and len(ws) <= MAX_WORDS and not _NOT_A_TITLE.search(q) \
        and not english else ""
    if fixed:
        r = _read(tidx, fixed, respell=False)
        return r if r.core != fixed else TitleReading(fixed, r.manager, r.heads, r.known)
    # A question ("Is SFI C enough to work as a baker?") or a text in another script is no ad title: its
    # commas and letters ("C") are not an ad's workplace tail and licence class (the index is sv/en titles).
    if not ws or len(ws) > MAX_WORDS or (ws[0] in _PRONOUNS and ws[0] != "vi") or fold(q) in tidx.by_alias \
            or _NOT_A_TITLE.search(q):
        return TitleReading(q, False)
    # "IT-avdelningschef", "Lageravdelningschef": the department word is filler, the modifier names the
    # manager ("IT-chef", "Lagerchef").
    m = _DEPT_CHEF.fullmatch(fold(q)) if " " not in q else None
    comp = _compound(tidx, [m.group(1).strip("-")], "chef") if m else None
    if comp:
        return TitleReading(comp, True)
    # An unknown title that rewords a known one: the same field with a head word of the same kind, or the head
    # and its field written apart ("Förman <X>" -> "<X>förman"); retrieval/title_synonym reads it from the taxonomy.
    found, whole = synonym_title(tidx, q, _AD_WORDS) if not _curated(q) else ("", False)
    if found and whole:
        return TitleReading(found, _is_manager(tidx, q, ws), known=found)
    if len(ws) == 1 and " " not in q and "-" not in q:
        heads = compound_heads(tidx, ws[0])
        if heads and not _curated(q):  # a curated term as written outranks its head word
            return TitleReading(q, _is_manager(tidx, q, ws), heads)
    manager = _is_manager(tidx, q, ws)
    # "<title> för|inom|på <field>" whose compound is a known title: "Chef för restaurangen" -> restaurangchef.
    if len(ws) >= 3 and ws[1] in _SV_PREP and (ws[0] in tidx.vocab or ws[0] in _MANAGER_WORDS):
        phrase: list[str] = []
        for w in ws[2:]:  # the noun phrase after the preposition, up to a place or workplace ("i Borås")
            if w in _SV_PREP or w in ("till", "i", "och"):
                break
            if w not in _AD_WORDS and w not in _DETERMINERS:
                phrase.append(w)
        comp = _compound(tidx, phrase, ws[0])
        if comp:
            return TitleReading(comp, manager)
    # "Lärare F-3", "Projektledare el", "Ek.assistent": the title word and its qualifier make a known title.
    qualified = "" if manager else qualified_title(tidx, _LICENCE.sub(" ", q), _AD_WORDS)
    if qualified:
        return TitleReading(qualified, False, known=qualified)
    known = ""   # the part of the core already read as a title
    workplace = False
    core = _LICENCE.sub(" ", q)
    core = " ".join(w for w in core.split() if fold(w).strip(",.!:;") not in _AD_WORDS)
    if not manager:
        first = _SLASH.split(core, maxsplit=1)
        if len(first) > 1 and fold(core).strip() not in tidx.by_alias and _known_title(tidx, first[0]):
            tail = _CUT.search(first[1])  # the second title goes; a workplace after it stays ("… till Harstena")
            core = first[0] + (first[1][tail.start():] if tail else "")
        parts = _CUT.split(core, maxsplit=1)
        cw = core.split()
        k = next((i for i, w in enumerate(cw) if i >= 2 and fold(w) in _SV_PREP), 0)
        if k and fold(" ".join(cw[:k])) in tidx.by_alias:  # "Account manager inom IT"
            parts = [" ".join(cw[:k]), " ".join(cw[k + 1:])]
        if parts and parts[0].strip() and _known_title(tidx, parts[0]):
            core = known = parts[0]
            # A title the taxonomy gives several occupations ("undersköterska") keeps the workplace that
            # tells them apart ("till hemtjänsten"); a place name ("i Umeå") never does.
            if len(parts) > 1 and len(tidx.by_alias.get(fold(core).strip(), ())) > 1:
                where = [w for w in _CUT.split(parts[1], maxsplit=1)[0].split() if w[:1].islower()]
                core = " ".join([core, *where[:2]])
                workplace = bool(where)
    core_words = _joined(tidx, words(core))
    joined = core_words != words(core)
    if joined:  # only a join rewrites the words; otherwise the core keeps its spelling
        core = " ".join(core_words)
    if words(core) == ws or not core_words or not _known_title(tidx, known if known and not joined else core):
        return TitleReading(q, manager, known="" if manager else _alias_prefix(tidx, q))
    return TitleReading(core, manager, known=known if not joined else "", workplace=workplace)


def _alias_prefix(tidx: TitleIndex, q: str) -> str:
    """The longest run of leading words that is a known title as written, when words follow it
    ("Account Manager Installation EL & VVS" names an account manager); "" when none."""
    toks = q.split()
    for n in range(min(len(toks) - 1, 3), 0, -1):
        head = " ".join(toks[:n]).strip(",.!:;")
        if fold(head) in tidx.by_alias and fold(head) not in _MANAGER_WORDS:  # "Chef de partie" is a cook
            return head
    return ""


def is_manager_occupation(label: str, ssyk_code: str | None) -> bool:
    """SSYK major group 1 (managers), or a label naming a manager."""
    return bool(ssyk_code and ssyk_code.startswith("1")) or bool(_MANAGER_LABEL.search(label or ""))


def _ssyk_by_occupation(rel) -> dict[str, str]:
    try:
        return {r["id"]: r["code"] for r in rel._all("SELECT o.id AS id, c.code AS code FROM occupations o "
                                                       "JOIN ssyk_codes c ON c.ssyk_id = o.ssyk_id")}
    except Exception:  # noqa: BLE001 - a relations DB without SSYK codes: labels decide
        return {}


ssyk_by_occupation = per_relations(_ssyk_by_occupation)


def read_title(rel, query: str) -> TitleReading:
    r = read(title_index(rel), query)
    return replace(r, context=context_words(query, r.core))  # the headline's other words (title_headline)


def managers_first(rel, hits: list) -> list:
    """Hits with the manager occupations first (fused order kept within each part); the others get
    scores below the last manager's, so score order and rank order still agree."""
    codes = ssyk_by_occupation(rel)
    mgr = [h for h in hits if is_manager_occupation(h.title, codes.get(h.concept_id))]
    if not mgr:
        return hits
    rest = [h for h in hits if not is_manager_occupation(h.title, codes.get(h.concept_id))]
    floor, top_rest = min(h.score for h in mgr), max((h.score for h in rest), default=0.0) or 1.0
    for h in rest:
        h.score = floor * 0.99 * (h.score / top_rest)
    return mgr + rest


def clipped_titles(search, text: str) -> dict[str, str]:
    """The words of a sentence that clip or misspell a title word, read as it ({"fysio": "fysioterapeut"}; empty
    without relations)."""
    try:
        return clips_in(title_index(search.bridges._relations()), text) if search.bridges is not None else {}
    except Exception:  # noqa: BLE001 - relations not built yet: nothing read
        return {}


def title_reading(search, query: str) -> TitleReading | None:
    """The reading of an occupation query for a hybrid search with bridges (None without relations)."""
    try:
        return read_title(search.bridges._relations(), query) if search.bridges is not None else None
    except Exception:  # noqa: BLE001 - relations not built yet: the query as written
        return None


def ordered(search, reading: TitleReading | None, hits: list) -> list:
    """A title asking for a manager ("chef för X", "head of X") ranks manager occupations first; an unknown
    compound ranks the occupations with its head word as a title first."""
    if reading is None:
        return hits
    rel = search.bridges._relations()
    first_hit = hits[0] if hits else None
    if _ENGLISH.fullmatch(reading.core) and len(words(reading.core)) <= MAX_ESCO_WORDS \
            and fold(reading.core).strip() not in title_index(rel).by_alias:
        first = esco_first(search, rel, reading.core, hits)
        if first is hits:  # no label as written: its head's ("Finish carpenter"; title_english_head) or modifiers
            first = head_label_first(search, rel, title_index(rel), reading.core, hits)
        hits = first if first is not hits else modifier_first(search, rel, title_index(rel), reading.core, hits)
    if not reading.heads and not reading.known and not reading.manager:
        # Written apart, the modifier decides the field: a lead's field ("Warehouse team lead"), an adjective's
        # ("Biomedicinsk ingenjör") when no English reading moved the first hit; retrieval/title_field.
        led = lead_first(search, rel, title_index(rel), reading.core, hits)
        hits = led if led is not hits or not hits or hits[0] is not first_hit \
            else field_first(search, rel, title_index(rel), reading.core, hits)
    if reading.heads:
        hits = heads_first(title_index(rel), reading.heads, hits, fold(reading.core))
    if reading.known:  # the ad's other words ("till ny restaurang") must not pull away from the title it names
        hits = alias_first(title_index(rel), reading.known, hits)
    if reading.reworded:  # a weak rewording only reorders the top the search found (title_synonym)
        hits = alias_first(title_index(rel), reading.reworded, hits, window=REWORDED_WINDOW)
    hits = context_first(title_index(rel), reading.core, reading.context, hits)
    if not reading.workplace:   # (a known title keeps its workplace words only to tell its own occupations apart)
        hits = field_named_first(title_index(rel), reading.core, hits, _AD_WORDS)   # the field the title names
    return managers_first(rel, hits) if reading.manager else hits


def alias_first(tidx: TitleIndex, core: str, hits: list, window: int | None = None) -> list:
    """The title an ad names, when it is as written an alias of some occupations (taxonomy titles, Swedish ESCO
    labels), ranks those occupations first, fused order kept within each part ("HR-administratör till HR-direkt"
    is Personaladministratör's title, not Administratör's; "kock till ny restaurang" is a cook, not a restaurant
    assistant); scores follow the new order. A bare title keeps the reranker's order (false friends: "chef")."""
    own = tidx.by_alias.get(fold(core).strip())
    if not own or not hits or hits[0].concept_id in own or not any(h.concept_id in own for h in hits[:window]):
        return hits
    if window is not None:
        own = {h.concept_id for h in hits[:window] if h.concept_id in own}
    out = [h for h in hits if h.concept_id in own] + [h for h in hits if h.concept_id not in own]
    scores = sorted((h.score for h in hits), reverse=True)
    for h, sc in zip(out, scores):
        h.score = sc
    return out


def esco_first(search, rel, query: str, hits: list, alt_window: int = 5) -> list:
    """An English title that is an ESCO occupation label as written ("carpet fitter", "landscape gardener")
    ranks the JobTech occupations the official mapping gives that ESCO occupation first (exact before close,
    narrow and broad matches; fused order within each). An alternative label is weaker evidence (ESCO lists
    "joiner" under sewing machine operators): it only reorders the fused top ``alt_window``, and only when
    no preferred label matched."""
    fq = fold(query).strip()
    ranks: tuple[dict[str, int], dict[str, int]] = ({}, {})
    try:
        for hit in search.search(query, "esco_occupation", 5, bridges=False):
            if fold(hit.matched).strip() != fq:
                continue
            rank = ranks[0 if hit.matched_part == "title" else 1]
            for link in rel.jobtech_for_esco(hit.concept_id):
                if link.concept_type == "occupation":
                    r = _RELATION_RANK.get(link.relation, 4)
                    rank[link.jobtech_id] = min(rank.get(link.jobtech_id, r), r)
    except Exception:  # noqa: BLE001 - no ESCO documents or mapping: the fused order stands
        return hits
    rank, window = (ranks[0], len(hits)) if ranks[0] else (ranks[1], alt_window)
    if not any(h.concept_id in rank for h in hits[:window]):
        return hits
    order = sorted(range(len(hits)), key=lambda i: (rank.get(hits[i].concept_id, 9) if i < window else 9, i))
    scores = sorted((h.score for h in hits), reverse=True)
    out = [hits[i] for i in order]
    for h, sc in zip(out, scores):
        h.score = sc
    return out
