"""A parent's question about their child of school age, answered for the child (son11).

The counsellor's finding (rater27 C5 en T4–T7): a German accountant in Stockholm asked "my son is 17 and moving with
us. what could he study here? … no swedish" and got her own accountant route (validation, a YH programme in
accounting), then "my sources say nothing more", then the adults' SFI and Komvux. A young person under 20 who is new in
Sweden goes to the gymnasium, first to its language introduction programme, whatever the parent's work is.

A message is about the child when it names one's own child (son, daughter, child, in every language, also in the
case forms a sentence puts it in: "моєму синові") and a child under 20 was told in this conversation (the age in a
sentence naming the child), or when, right after such an answer, it asks on of "he/she" ("does he need Swedish
first?"). It is answered from the curated routes only, each cited: the language introduction programme (unless the
family writes Swedish and is no newcomer), the gymnasium's age limit, CSN's studiehjälp; then the municipality the
person lives in, which receives newly arrived pupils, and its counsellor. Never the parent's occupation, courses or
ads. (The child's own statements stay out of the parent's profile: interpretation/someone_else.py.)
"""
from __future__ import annotations

import re

from assistant.education import GYMNASIUM_BEFORE, audience
from assistant.evidence import sv_title
from assistant.home_town import home_town
from assistant.intent_cues import has
from assistant.locales import lookup
from assistant.pupil_rights import PUPIL_WORK_ROUTES
from assistant.routes import evidence_of, route_gloss, route_wording, routes
from assistant.state import TurnState
from assistant.youth_routes import LANGUAGE_INTRODUCTION
from vagledning.domain.runtime import Runtime

#: One's own child named, in our languages (casefolded text; non-sv/en awaiting native review). Tigrinya ወደይ/ጓለይ are
#: also said to anyone ("man", "girl"), so a child is only read with an age under 20 beside it.
_CHILD = re.compile(
    r"\b(?:min|mitt|mina|vår|vårt|våra) (?:son|dotter|barn|pojke|flicka|tonåring)\b|\b(?:sonen|dottern)\b|"
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|teenager|teen)s?\b|"
    r"(?:^|[\sو])(?:ابني|إبني|ابنى|بنتي|ابنتي|إبنتي|طفلي)(?!\w)|"  # (not ولدي: و+لدي, "and I have")
    r"\b(?:wiilkay|gabadhay|inantay|ilmahay|ilmahayga|cunuggay)\w*|"
    r"(?:ወደይ|ጓለይ|ውላደይ)|"
    r"(?:پسرم|دخترم|فرزندم|بچه‌ام|بچه ام)|"
    r"(?:мій|моя|моє|мого|моєму|моїй|моєї|наш|наша|нашому|нашій) (?:син|доньк|доньц|дочк|дочц|дочер|дитин|дит)\w*|"
    r"\b(?:синові|сину|доньці)\b", re.I)
#: "he / she" asking on about the child the previous answer was about.
_PRONOUN = re.compile(
    r"\b(?:han|hon|honom|henne|hans|hennes|he|she|him|her|his|він|вона|його|її|йому|їй|нього|неї|isaga|isagu|"
    r"iyada|iyadu)\b|(?:^|\s)(?:هو|هي|او|ንሱ|ንሳ)(?=\s|$|[؟?])", re.I)
_SENTENCE = re.compile(r"[^.!?؟።\n]+")
_NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])(\d{1,2})(?!\d|[.,]\d)")  # (a whole number: "17," yes, "1.5" no)
#: A child whose next school is the gymnasium (a parent of small children asking for themself is no such question).
FROM_AGE = 13
#: The person's own "I" (someone_else.yaml's list): a question in the first person asks for the parent.
_ME = re.compile(r"(?:^|\s)(?:jag|i|i'm|im|i've|انا|أنا|آني|waxaan|aniga|ኣነ|من|я)(?=\s|$|[,.?!؟])", re.I)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
#: The routes said for the child, in order (the language introduction only to a newcomer's family).
CHILD_ROUTES = (LANGUAGE_INTRODUCTION, "gy_aldersgrans", "studiehjalp")
_WORDING = {"gy_aldersgrans": "rights.gy_aldersgrans", "studiehjalp": "rights.studiehjalp"}


def names_child(text: str) -> bool:
    """The text names one's own child ("min son", «ابني», "wiilkayga" …)."""
    return _CHILD.search((text or "").casefold()) is not None


def child_age(text: str) -> int | None:
    """The age under 20 told in a sentence of ``text`` that names one's child ("my son is 17", «ابني عمره 17»)."""
    for sentence in _SENTENCE.findall((text or "").translate(_DIGITS).casefold()):
        if _CHILD.search(sentence):
            ages = [int(n) for n in _NUMBER.findall(sentence) if FROM_AGE <= int(n) < GYMNASIUM_BEFORE]
            if ages:
                return ages[0]
    return None


def _told_age(state: TurnState) -> int | None:
    told = [child_age(m.content or "") for m in state.request.messages if m.role == "user"]
    return next((a for a in reversed(told) if a is not None), None)


def _asked(text: str) -> bool:
    return "?" in text or "؟" in text or has("question", text)


def _answered_for_child(state: TurnState) -> bool:
    """The previous answer was about the child (it opened with the child's lead sentence)."""
    lead = str(lookup(state.locale, "age.child_lead")).split("{")[0]
    last = next((m.content or "" for m in reversed(state.history) if m.role == "assistant"), "")
    return bool(lead) and last.startswith(lead)


def asks_for_child(state: TurnState) -> int | None:
    """The child's age when this message asks about one's child under 20 (None: it does not)."""
    text = state.text or ""
    if not _asked(text):
        return None
    years = _told_age(state)
    if years is None:
        return None
    folded = text.casefold()
    questions = re.findall(r"[^.!?؟።\n]*[?؟]", folded) or [folded]
    if not any(_CHILD.search(q) or _PRONOUN.search(q) for q in questions) and any(_ME.search(q) for q in questions):
        return None  # ("my kids are 14 and 16. what can I study?": the parent asks for themself)
    named = _CHILD.search(folded) is not None
    return years if named or (_PRONOUN.search(folded) and _answered_for_child(state)) else None


def answer_for_child(state: TurnState, rt: Runtime) -> bool:
    """Answer the question about the child from the routes for a young person; False when it is not about one."""
    years = asks_for_child(state)
    table = routes(rt)
    if years is None or LANGUAGE_INTRODUCTION not in table:
        return False
    state.facts.clear()
    state.presented.clear()
    state.focus = None
    state.action = "rights"
    if has("child_work_ask", state.text) or has("pupil_work_ask", state.text):
        # ("my son is 17, can he work in a kitchen?": the rules for a young person's work, not the school routes)
        keys = [k for k in PUPIL_WORK_ROUTES if k in table]
        if keys:
            state.say("age.child_work_lead", age=years)
            for key in keys:
                ev = state.add_evidence(evidence_of(table[key]))
                state.say(f"rights.{key}", ev.doc_id, bullet=True, title=sv_title(ev.title, route_gloss(ev)))
            return True
    state.say("age.child_lead", age=years)
    newcomer = audience(state) != "adult" or state.language != "sv"
    keys = [k for k in CHILD_ROUTES if k in table and (newcomer or k != LANGUAGE_INTRODUCTION)]
    # (asked on, "does he need Swedish first?": what an earlier answer said is not said again, the first route stays)
    said = " ".join(m.content or "" for m in state.history if m.role == "assistant")
    keys = [k for k in keys if table[k].title not in said] or keys[:1]
    for key in keys:
        ev = state.add_evidence(evidence_of(table[key]))
        title = {"sv_title": ev.title, "kind": route_gloss(ev)}
        state.say(_WORDING.get(key) or route_wording(ev), ev.doc_id, bullet=True, title=title)
    town = home_town(state, rt)
    state.say("age.child_where_place", place=town) if town else state.say("age.child_where")
    return True
