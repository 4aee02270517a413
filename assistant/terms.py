"""A bare fragment that names a school course, a subject or a certificate: "Svenska 3?", "Matte 2?", "ID06?",
"Behöver jag ID06-kort?", "Vad är yrkespaket?".

The counsellor's finding: such fragments got five occupations, or an unrelated course. What the sources know of
the term is said, cited: the curated education routes that name it (Komvux's "yrkespaket"), Komvux for a school
subject course (and Swedish as a second language for a Swedish course), and the regulated professions whose steps
name it ("Svenska 3" for a nurse's licence). A term none of them names is said plainly not to be covered, with who
would know — never a list of occupations or a course that only shares a word with it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from assistant.evidence import sv_title
from assistant.intent_cues import cues, has, normalize
from assistant.state import TurnState
from vagledning.domain.runtime import Runtime
from vagledning.yaml_data import load_yaml

#: A fragment is at most this many words ("Behöver jag ID06-kort?" is four).
MAX_WORDS = 6
#: A term is at most this many words once the question words are gone.
MAX_TERM_WORDS = 3
#: Professions whose licence steps name the term, said per answer.
MAX_PROFESSIONS = 2
#: A certificate or card named as such: a word ending in one of these (Swedish compounds: truckkort, yrkesbevis).
_CARD = re.compile(r"\w(?:kort|kortet|bevis|beviset|certifikat|certifikatet|intyg|intyget)$")
#: A code-like name with letters and digits ("ID06", "ADR", "YKB" are named by letters only: see _ACRONYM).
_CODE = re.compile(r"^(?=\w*\d)(?=\w*[^\W\d])[\w-]{3,}$")
_ACRONYM = re.compile(r"^[A-ZÅÄÖ]{3,5}$")
#: Intents a fragment is misread as (a name it does not know is read as an occupation, "Svenska 3" as the language).
MISREAD = ("provide", "swedish", "describe", "more", "suggest", "licence", "courses")
#: ... of which a plain word after "what is" ("Vad är yrkespaket?") is read only for these.
WHAT_IS = ("provide", "describe")
_LEVEL = re.compile(r"^(\w+(?: \w+)*?)\s*(\d[abc]?)$")


@lru_cache(maxsize=1)
def _subjects() -> dict[str, str]:
    """Word (any language) -> the Swedish school subject (locales/school_subjects.yaml)."""
    raw = resources.files("assistant").joinpath("locales/school_subjects.yaml").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for subject, words in (load_yaml(raw) or {}).get("subjects", {}).items():
        for w in [subject, *words]:
            out[normalize(str(w))] = str(subject)
    return out


def _rest(text: str) -> str:
    """The message without question words, "what is", "do I need" and the person's own pronouns."""
    # A hyphenated word stays whole: "kort" alone names nothing, "ID06-kort" is the card asked about.
    t = normalize(text).replace("-", "_")
    for group in ("what_is", "need", "self", "question", "filler", "discourse", "refer", "not_names"):
        pat = cues().get(group)
        if pat is not None:
            t = pat.sub(" ", t)
    t = re.sub(r"[^\w\s\-]", " ", t)
    t = re.sub(r"(?<!\w)(?:a|an|the|en|ett)(?!\w)", " ", t)  # "What is a yrkespaket?": the article is no part
    return re.sub(r"\s+", " ", t).strip().replace("_", "-")


def subject_course(term: str) -> str | None:
    """"matte 2" -> "Matematik 2", "swedish 3" -> "Svenska 3": a school subject and a level, in Swedish."""
    m = _LEVEL.match(term)
    if not m:
        return None
    subject = _subjects().get(m.group(1))
    return f"{subject} {m.group(2)}" if subject else None


def fragment(state: TurnState, rt: Runtime) -> str | None:
    """The course, subject or certificate a short question names (see the module docstring), else None."""
    from assistant.scope import topics

    text = state.text or ""
    t = normalize(text)
    words = t.split()
    # "Räcker SFI C?" asks whether a level is enough for the occupation (the Swedish answer), not what SFI is.
    # "What is Komvux / arbetsmarknadsutbildning?": a term a curated route's title names is asked about, whatever
    # intent or topic its own words carry (demand in "arbetsmarknad…", Komvux as a place to study; ask20).
    # "What is lärarlegitimation and how do I get it?" asks the licence's way as well (xfail9: «ما هي lärarlegitimation
    # وكيف أحصل عليها؟» got the degree route a curated title names, no step of the licence): the licence answer says both.
    way_to_licence = state.intent == "licence" and has("how_ask", t)
    if words and len(words) <= MAX_WORDS and has("what_is", t) and not has("enough", t) and not way_to_licence \
            and _titled(_rest(text), rt):
        return _rest(text)
    if (asked := _asked_with_how(t, rt) or _asked_in_sentence(text, rt)) and not way_to_licence:
        return asked
    # "What is YKB? … Where, and what does it cost?" (never in a message that names the person's own goal: its way in
    # is answered, the term beside it – term_beside.py)
    if not way_to_licence and not _tells_own(state) and (asked := _asked_among(text, rt)):
        return asked
    if not words or len(words) > MAX_WORDS or state.intent not in MISREAD or topics(text) or has("enough", t):
        return None
    asks = "?" in t or "؟" in t or has("what_is", t) or has("need", t)
    rest = _rest(text)
    if not asks or len(rest) < 3 or len(rest.split()) > MAX_TERM_WORDS:
        return None
    course = subject_course(rest)
    if course:
        return course
    raw = [w for w in re.findall(r"[\w-]+", text) if normalize(w) in rest.split()]
    shaped = [w for w in raw if _CARD.search(normalize(w)) or _CODE.match(w) or _ACRONYM.match(w)]
    # "Behöver jag lastbilskörkort?" asks for the licence of the occupation it names (the licence answer)
    if shaped and not (state.intent == "licence" and _names_occupation(state, rt)):
        return " ".join(shaped)
    # "Vad är yrkespaket?": a term the routes name; any other word only when it names no occupation
    # (nor a programme: «waa maxay barnaamijka daryeelka caafimaadka?» is the programme's question, edu20 so/ti,
    # whatever its care words no longer name since mendB21)
    if state.intent in WHAT_IS and has("what_is", t) and not _names_occupation(state, rt) and not _names_programme(text):
        return rest
    return None


#: A "what is X and how do I get it?" question is at most this many words.
MAX_HOW_WORDS = 14


def _asked_with_how(t: str, rt: Runtime) -> str | None:
    """"What is a gesällbrev, and how do I get one?" (routes20, rater32 conv11: «بدي اعرف شو هو gesällbrev وكيف بحصل
    عليه» got "I'm not sure what you ask"): the one or two words right after the "what is" cue, or right before it
    (Tigrinya and Persian put it first: «gesällbrev እንታይ እዩ?»), that a curated route's title writes, when the rest
    asks how. ``t`` is the normalised message."""
    pat = cues().get("what_is")
    m = pat.search(t) if pat is not None and not has("compare_ask", t) else None  # (what33: see _asked_among)
    if m is None or len(t.split()) > MAX_HOW_WORDS or has("enough", t) or not has("how_ask", t[m.end():] + " " +
                                                                                    t[:m.start()]):
        return None
    return _near_cue(t, m, lambda term: _titled(term, rt))


def _near_cue(t: str, m: re.Match, known: Callable[[str], bool]) -> str | None:
    """The one or two words right after the "what is" cue ``m`` of ``t``, or right before it, that ``known`` takes."""
    after = [w for w in re.findall(r"[\w-]+", t[m.end():]) if w not in _ARTICLES]
    before = re.findall(r"[\w-]+", t[:m.start()])
    # (then a single word a little further: «gesällbrev ayaa la ii sheegay, waa maxay …?», noun30 so; after the cue only
    # past pointing words: "what is the salary for a nurse?", «waa maxay waxbarashada X?» ask X's pay or training)
    near = [[w] for i, w in enumerate(after[1:3], 1) if not _rest(" ".join(after[:i]))]
    near += [[w] for w in before[-5:-1][::-1]]
    for words in (after[:1], after[:2], before[-1:], before[-2:], *near):
        term = " ".join(words)
        # (a function word is no term: «Och vad är lönen?» took "och", which a licence's name writes: multiq22)
        if words and _rest(term) and known(term):
            return term
    return None


def _asked_in_sentence(text: str, rt: Runtime) -> str | None:
    """The term of :func:`_asked_with_how` asked in the one sentence of a longer message that asks ("No papers, I
    learned it from my father. Someone said gesällbrev, what is it and how do I get it?": noun30, rater38 new02 T2
    got validering only); never when another sentence asks too (the term is then said beside: term_beside.py)."""
    from assistant.intents import SENTENCE

    parts = [m.group(0).strip() for m in SENTENCE.finditer(text or "") if m.group(0).strip()]
    asked = [p for p in parts if p.endswith(("?", "؟", "፧"))]
    return _asked_with_how(normalize(asked[0]), rt) if len(parts) > 1 and len(asked) == 1 else None


#: What the other sentences of a message asking what a term is may ask without a topic of their own: where to get it,
#: what it costs, who pays, whether one needs it («Де його отримати і скільки коштує?»: read by intents as these).
_OF_THE_TERM = ("provide", "licence", "describe")


def _asked_among(text: str, rt: Runtime) -> str | None:
    """A term asked "what is it?" in a sentence of its own in a longer message whose other sentences tell why or ask
    where, what it costs or who pays (term32, rater39 new03 T2: «А що таке YKB? Мені казали що без нього не візьмуть.
    Де його отримати і скільки коштує?» got the lorry driver's taxonomy text): that term, when a curated card names it
    (a route's title, or a regulated licence's name: YKB). A sentence with a topic of its own (pay, work in a place,
    CSN) keeps the turn, and the term is said beside it (term_beside.py)."""
    from assistant.intents import SENTENCE, intent_of
    from assistant.scope import topics

    parts = [p for p in (m.group(0).strip() for m in SENTENCE.finditer(text or "")) if p]
    if len(parts) < 2:
        return None
    found: str | None = None
    for part in parts:
        t = normalize(part)
        pat = cues().get("what_is")
        # "what is the difference between X and Y?" weighs two things, asks what neither is (ask, subject10: the
        # programmes compared got one programme's card)
        m = pat.search(t) if pat is not None and not has("enough", t) and not has("compare_ask", t) else None
        # "vad är MIN examen från Bagdad värd?", "what's my degree worth?": the person's own thing, no term asked
        # (route29 sv-easy got a dentists' bridging programme whose title writes "examen")
        if m is not None and has("self", " ".join(t[m.end():].split()[:1])):
            m = None
        term = _near_cue(t, m, lambda w: _titled(w, rt) or _licensed(w)) if m is not None else None
        if term and intent_of(part) in ("salary", "demand"):  # «ደሞዝ X እንታይ እዩ?»: X's pay asked, not what X is
            return None
        if term and found is None:
            found = term
        elif topics(part) or intent_of(part) not in _OF_THE_TERM and not asks_price(part):
            return None
    return found


def _tells_own(state: TurnState) -> bool:
    """The message names a goal of the person's own: its way in is answered (focus31), the term beside it. (Work told
    is context: "a salon owner asked if I have gesällbrev" may read an owner's trade as the person's.)"""
    mp = state.message_profile
    return mp is not None and bool(mp.wishes)


def _licensed(term: str) -> bool:
    """A regulated profession's licence is named so ("Yrkeskompetensbevis (YKB)" for "ykb"): a card says what it is."""
    from ingest.sources.regulated import load

    stem = _stem(term)
    if len(stem) < 3 or len(stem.split()) > 2:
        return False
    # (a three-letter name is the licence's acronym as written, "YKB", never "och": multiq22)
    pat = re.compile(rf"(?<!\w){re.escape(stem if len(stem) > 3 else stem.upper())}(?!\w)", re.I if len(stem) > 3 else 0)
    return any(pat.search(normalize(p.licence_sv) if len(stem) > 3 else p.licence_sv) for p in load().professions)


@lru_cache(maxsize=1)
def _pays() -> re.Pattern[str]:
    from assistant.intent_cues import cue_pattern

    raw = resources.files("assistant").joinpath("locales/term_asked.yaml").read_text(encoding="utf-8")
    return re.compile("|".join(cue_pattern(str(c)) for c in (load_yaml(raw) or {}).get("pays_ask", [])))


def asks_price(text: str) -> bool:
    """The message asks what something costs or who pays for it (cost_ask, or locales/term_asked.yaml)."""
    from assistant.study_money import asks_cost

    t = normalize(text or "")
    return asks_cost(t) or bool(_pays().search(t))


#: Words of a card that states a price or that it is free.
_PRICE = re.compile(r"\d\s*(?:kr|kronor)\b|avgift|kostar|kostnad|gratis", re.I)


def asked_at_length(state: TurnState) -> bool:
    """The term was asked in a longer message ("What is ID06? The boss said I need it. Do I pay for it myself?"):
    the term's card is the answer, never replaced by the certificate's "do I need it?" answer (term32)."""
    return bool(state.term) and state.action == "what_is" and len(normalize(state.text or "").split()) > MAX_WORDS


def say_price_unknown(state: TurnState, term: str) -> None:
    """Asked what the term costs or who pays, and no card said states it: said so, with who knows (the first card's
    authority, else its site) – never the question left unanswered (term32)."""
    from urllib.parse import urlparse

    if not asks_price(state.text or "") or not state.evidence:
        return
    said = {f.source for f in state.facts}
    cards = [e for e in state.evidence if e.doc_id in said]
    if not cards or any(_PRICE.search(e.snippet or "") for e in cards):
        return
    first = cards[0]
    host = urlparse(str(first.url or "")).netloc.removeprefix("www.")
    who = first.title.rsplit("(", 1)[-1].rstrip(")") if first.kind == "regulated_profession" else host
    written = re.search(re.escape(term).replace(r"\ ", r"[\s-]+"), state.text or "", re.I)
    state.say("what_is.cost_unknown", term=written.group(0) if written else term, who=who or "")


#: Articles before the term asked about ("what is a gesällbrev", "vad är ett gesällbrev").
_ARTICLES = frozenset({"a", "an", "the", "en", "ett"})


def _titled(term: str, rt: Runtime) -> bool:
    """A curated route's title writes ``term`` (one or two words of at least four letters): what it is is known."""
    from assistant.routes import routes

    stem = _stem(term)
    if len(stem) < 4 or len(stem.split()) > 2:
        return False
    pat = re.compile(rf"(?<!\w){re.escape(stem)}", re.I)
    return any(pat.search(normalize(r.title)) for r in routes(rt).values())


def _names_programme(text: str) -> bool:
    from assistant.programme_entry import named

    return bool(named(text))


def _names_occupation(state: TurnState, rt: Runtime) -> bool:
    from assistant.focus import named_in_message

    return named_in_message(state, rt) is not None


def _stem(term: str) -> str:
    return normalize(term).replace("-", " ").strip()


def _routes_naming(term: str, rt: Runtime) -> list:
    """Curated routes whose name or text writes the term (at least three letters)."""
    from assistant.routes import routes

    stem = _stem(term)
    if len(stem) < 3:
        return []
    pat = re.compile(rf"(?<!\w){re.escape(stem)}", re.I)
    found = [r for r in routes(rt).values() if pat.search(normalize(f"{r.title} {r.text}"))]
    # "SFI?": the route named so first, then those that name it in their title
    return sorted(found, key=lambda r: (not normalize(r.title).startswith(stem), not pat.search(normalize(r.title))))


def own_trade_second(state: TurnState, found: list) -> list:
    """The routes naming a term, the general one first and then the person's own trade's (cards31: a goldsmith asking
    "what is gesällbrev?" hears the goldsmiths' test after the crafts council's card, not the hairdressers')."""
    from assistant.titled_routes import for_title, is_titled

    held = [(e.ssyk_code, e.occupation.label) for e in state.profile.experiences if e.ssyk_code]
    held += [(w.ssyk_code, w.label) for w in state.profile.wishes if w.ssyk_code]

    def own(route) -> bool:
        return any(code.startswith(tuple(route.ssyk or ("-",))) and (not is_titled(route.key)
                   or route.key in for_title(label)[0]) for code, label in held)

    mine = [r for r in found[1:] if own(r)]
    return [*found[:1], *mine] if mine else found  # (another trade's own test is no answer to this one)


def plan_what_is(state: TurnState, rt: Runtime, term: str) -> None:
    """What the sources say of ``term``: the routes that name it, Komvux for a school course, the licence steps
    that name it; else that they do not cover it, and who would know (action ``outside_scope``)."""
    from assistant.routes import evidence_of, route_gloss, route_wording, routes

    state.action = "what_is"
    state.presented.clear()
    table = routes(rt)
    course = subject_course(normalize(term))
    said = 0
    if course:
        state.say("what_is.subject", course=course)
        keys = ["komvux", "komvux_sas"] if course.startswith("Svenska") else ["komvux"]
        found = [table[k] for k in keys if k in table]
    else:
        found = own_trade_second(state, _routes_naming(term, rt))[:2]
    # "YKB": a licence named so is what it is – said first, the routes that only mention it after (term32)
    licence_first = not course and not _titled(term, rt) and _licensed(term)
    if licence_first:  # (a route that only mentions it – the excavator's classes – is no answer to what it is)
        said += _licence_steps(state, rt, term)
        found = found if not said else []
    for route in found:
        ev = state.add_evidence(evidence_of(route))
        state.say(route_wording(ev), ev.doc_id, title=sv_title(ev.title, route_gloss(ev)))
        said += 1
    if not (found and _titled(term, rt)) and not licence_first:  # (Komvux is what it is, no step of a doctor's
        said += _licence_steps(state, rt, course or term)  # licence: ask20)
    if not said:
        state.facts.clear()
        state.action = "outside_scope"
        state.say("what_is.unknown", term=term)
        return
    if course:
        state.say("what_is.counsellor")
    say_price_unknown(state, term)


def _licence_steps(state: TurnState, rt: Runtime, term: str) -> int:
    """The regulated professions whose licence steps name ``term`` ("Svenska 3"), each with that step, cited."""
    from assistant.licence_answer import step_in
    from ingest.sources.regulated import DOC_PREFIX, load
    from vagledning.domain.evidence import Evidence

    stem = _stem(term)
    if len(stem) < 3:
        return 0
    pat = re.compile(rf"(?<!\w){re.escape(stem)}(?!\w)", re.I)
    hits = []
    for p in load().professions:
        # "YKB?": the licence itself ("Yrkeskompetensbevis (YKB)"), else a step that names the term ("Svenska 3")
        named = pat.search(normalize(p.licence_sv))
        step = None if named else next((s for steps in p.routes.values() for s in steps if pat.search(normalize(s))),
                                       None)
        if named or step is not None:
            hits.append((p, step))
    if not hits:
        return 0
    try:
        docs = rt.store.get_docs("regulated_profession", [f"{DOC_PREFIX}{p.key}" for p, _ in hits])
    except Exception:  # noqa: BLE001 - no regulated-profession index: nothing to cite
        return 0
    n = 0
    for p, step in hits:
        doc_id = f"{DOC_PREFIX}{p.key}"
        if doc_id not in docs or n >= MAX_PROFESSIONS:
            continue
        authority = load().authorities[p.authority].name
        ev = state.add_evidence(Evidence(type="recognition", doc_id=doc_id, kind="regulated_profession",
                                         title=f"{p.name_sv} – {p.licence_sv} ({authority})", url=str(p.url),
                                         snippet=(step or f"{p.licence_sv} beviljas av {authority}.")[:400]))
        if step is None:
            state.say("what_is.licence", ev.doc_id, profession=sv_title(p.name_sv, "occupation"),
                      licence=sv_title(p.licence_sv, "default"), authority=authority)
        else:
            state.say("what_is.licence_step", ev.doc_id, profession=sv_title(p.name_sv, "occupation"),
                      licence=sv_title(p.licence_sv, "default"), step=step_in(state.locale, step))
        n += 1
    return n
