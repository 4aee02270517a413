"""A question about the step from one driving licence category to another, answered from Transportstyrelsen's pages.

Rater13 (conv4 turn 5): a Somali bus driver asked «haddii aan haysto kaliya B korkort, ma ku bilaabi karaa D si toos
ah?» ("I only have B, can I start D straight away?") and got three lorry jobs. The question names a licence category
and asks about the step ("only B", "straight to D", "without C"): it is answered by the curated route documents
(``ingest/data/education_routes.yaml``, kind support) — B is the base and C is not needed before D, the ages for
practising, the learner's permit with its medical certificate — and, for someone whose licence may be from abroad, that
a licence from outside the EEA stops being valid a year after population registration. Each sentence is cited and says
that Transportstyrelsen decides; the topic is one of :data:`assistant.rights.TOPICS`.

mend21 (rater21 conv2 T2/T7): «як обміняти мої українські права C і D? вони зараз дійсні?» (how do I exchange my
licence, is it valid now?) got SFI, and later the generic rule "a licence from outside the EEA is not valid a year after
registration" as fact for a Ukrainian under temporary protection. A licence named with an exchange or validity word
is the same topic, answered by the licence-from-abroad page only; for someone with temporary protection by
Transportstyrelsen's rule for them instead (the licence may be used as long as the protection lasts).

eukort10 (rater26 C2): a Polish licence got the rule for a licence from outside the EEA, the only one there was. The
rule is chosen by where the licence was issued (:mod:`assistant.licence_country`): an EEA country's licence is valid as
it is (korkort_ees), any other country's has the one-year rule (utlandskt_korkort); with no country known, both.
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.intents import SENTENCE
from assistant.residence import temporary_protection
from assistant.state import TurnState
from assistant.vehicle_named import names_vehicle

#: The pages said, in order: the ages (and that B is the base), the learner's permit, a licence from abroad (from an
#: EEA country, from elsewhere, from Ukraine under temporary protection).
DRIVING_ROUTES = ("ovningskorning_alder", "korkortstillstand_hogre", "korkort_ees", "utlandskt_korkort",
                  "korkort_tillfalligt_skydd")
EEA, ABROAD, _PROTECTED = "korkort_ees", "utlandskt_korkort", "korkort_tillfalligt_skydd"
_STEPS = ("ovningskorning_alder", "korkortstillstand_hogre")


#: anchor6: how one takes the B licence and its fees, then (for someone who may hold one) the licence from abroad.
B_ROUTES = ("korkort_b", EEA, ABROAD, _PROTECTED)
#: A question about the work the person wants or its pay ("how do I become X?", "how much do mechanics make?"): a
#: licence told before it is not what it asks about.
_WORK_ASKED = ("become", "become_verb", "can_work_as", "wh_work", "salary")


def _gets(sentence: str) -> bool:
    """The sentence asks how one gets something or what it costs."""
    return has("how_ask", sentence) or has("cost_ask", sentence)


def asks_b_licence(text: str, asked: str, language: str) -> bool:
    """How one gets a driving licence, or what it costs, with no lorry or bus named (anchor6, rater23 so T2: «liisanka
    darawalnimada iswiidhan ma haysto. sidee ku helaa?» got a lorry driver's YKB): the licence asked decides the route,
    so it is the car's B licence, whatever occupation is in view. The sentence that names the licence asks it ("how do I
    get a driving licence?"), or tells of it and the next asks it of nothing else ("I have no Swedish licence. How do I
    get one?"); "do I need a licence?" is no such question (assistant/asked_beside.py answers it)."""
    if names_vehicle(text, language) or asks_licence_step(asked) or has("licence_swap", asked) \
            or has("drive_heavy", asked):  # ("how long to get the D licence and YKB?": the bus's, parts10)
        return False  # (a lorry or bus, "only B, straight to D?", "how do I exchange my licence?": their own answers)
    sentences = [m.group(0).strip() for m in SENTENCE.finditer(text or "") if m.group(0).strip()]
    for i, sentence in enumerate(sentences):
        if not (has("drive_plain", sentence) or has("drive_class", sentence)):
            continue
        # "how long does it take?" asked of the licence in its own sentence (licwords11, rater27 C4 ti T4: «መንጃ ፍቓድ
        # ክወስድ እደሊ፣ ክንደይ ግዜ ይወስድን ክንደይ ገንዘብን?» got the carpentry training's length)
        own = _licence_clause(sentence)
        if (_gets(own) or has("duration", own)) and sentence in asked:
            return True
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        if sentence not in asked and after in asked and _gets(after) and not any(has(g, after) for g in _WORK_ASKED) \
                and not _names_else(after):
            return True
    return False


#: Questions about the work itself that a licence clause may stand beside in one sentence.
_OTHER_ASKED = ("salary", "describe", "demand", "swedish", "conditions")


def _licence_clause(sentence: str) -> str:
    """The clause of a sentence that asks about the licence, when the sentence asks several things (parts19: "how much
    does an electrician make and do I need a driving licence?" – the "how much" is the pay's, and "do I need" is no
    question how to get one); else the whole sentence."""
    from assistant.asked_parts import asked_parts

    parts = asked_parts(sentence)
    own = [w for _, w in parts if has("drive_plain", w) or has("drive_class", w)]
    # (only beside a question of its own about the work: «… رخصة سواقة، قديش بتاخد وقت وقديش بتكلف؟» asks the licence's)
    if not own or not any(i in _OTHER_ASKED and w not in own for i, w in parts):
        return sentence
    return own[0]


def _names_else(question: str) -> bool:
    """The question names something of its own to ask about: an occupation's title or a training ("I have a licence
    from Iraq. How long does the electrician training take?" asks the training's length, never the B licence's;
    wishnot12)."""
    from retrieval.lexicon import match

    # (a Swedish compound names the trade before its training: «elektrikerutbildningen», «vvs-kursen»)
    heads = [m.group(1) for m in _COMPOUND_TRAINING.finditer(question.casefold())]
    return any(h.kind == "occupation" and h.role == "title"
               for text in (question, *heads) for h in match(text, kinds=("occupation",)))


_COMPOUND_TRAINING = re.compile(r"\b(\w{4,}?)s?-?(?:utbildning|kurs|program|linje)\w*")


def asks_licence_step(asked: str) -> bool:
    """The question names a licence category and asks about the step to another ("only B … straight to D?")."""
    return has("drive_class", asked) and has("drive_step", asked)


def asks_licence_exchange(asked: str) -> bool:
    """The question names a driving licence and asks whether it can be exchanged or is valid here ("how do I
    exchange my Ukrainian C and D?", «вони зараз дійсні?»)."""
    return (has("drive_class", asked) or has("drive_plain", asked) or has("licence_own", asked)) \
        and has("licence_swap", asked)


def _driving_talk(state: TurnState) -> bool:
    """The conversation is about driving: a driving licence or a vehicle named in something the person wrote."""
    told = [state.text] + [m.content or "" for m in state.request.messages if m.role == "user"]
    return any(has(g, t) for t in told for g in ("drive_plain", "drive_class", "drive_heavy")) \
        or any(names_vehicle(t, state.language) for t in told)


def _names_licence(sentence: str, driving: bool) -> bool:
    return has("drive_class", sentence) or has("drive_plain", sentence) or has("licence_own", sentence) \
        or driving and has("licence_bare", sentence)


def asks_exchange(state: TurnState, asked: str) -> bool:
    """:func:`asks_licence_exchange` in the person's own words (eukort10, rater26 C2/C5): "is my licence valid?" with
    the bare word when the conversation is about driving, and the licence told in the sentence before a question that
    asks of it by a pronoun ("I have a Syrian licence. How do I change it to a Swedish one?")."""
    if asks_licence_exchange(asked) or holds_licence(asked, state.language):
        return True
    driving = _driving_talk(state)
    if not has("licence_swap", asked):  # "And the driving licence? … how do I change it?": one question in two parts
        whole = next((m.content or "" for m in reversed(state.request.messages) if m.role == "user"), "")
        return whole != state.text and _names_licence(asked, driving) and has("licence_swap", whole)
    if _names_licence(asked, driving):
        return True
    sentences = [m.group(0).strip() for m in SENTENCE.finditer(state.text or "") if m.group(0).strip()]
    first = next((i for i, s in enumerate(sentences) if s in asked or asked.startswith(s[:20])), None)
    return first is not None and first > 0 and _names_licence(sentences[first - 1], driving)


def holds_licence(asked: str, language: str) -> bool:
    """A question of a driving licence the person holds, named with the country that issued it or as their own
    (licwords11, rater27 C2 uk T2/T3: «А моє українське посвідчення водія тут діє?», «Чи можу я водити машину в Швеції
    з українськими правами?» got the electrician's authorisation twice): whatever it asks of it – valid, usable, "can
    I drive with it?" – the answer is the rule for a licence from abroad. A car's licence only (a lorry or bus named
    is that driver's licence question: ask4); "how do I get a Swedish one?", "how long?" and a need or work asked are
    their own questions (:func:`asks_b_licence`, assistant/asked_beside.py)."""
    from assistant.licence_country import country_named

    if names_vehicle(asked, language) or has("drive_heavy", asked) or has("need", asked) or has("duration", asked) \
            or any(has(g, asked) for g in _WORK_ASKED):
        return False
    for sentence in (m.group(0).strip() for m in SENTENCE.finditer(asked or "")):
        if not (has("drive_plain", sentence) or has("drive_class", sentence) or has("licence_own", sentence)):
            continue
        if _gets(sentence):
            return False
        if has("licence_own", sentence) or country_named(sentence, abroad=True):
            return True
    return False


def occupation_licence(state: TurnState) -> bool:
    """The licence asked is that of an occupation this message names («мої права водія автобуса з Іраку»: ask4), not
    one the driving licence's own words linked («لایسنس رانندگی», "driving licence": a driver's guess, eukort10) – and
    only when the turn answers with that licence («чи можу я водити вантажівку тут зі своїми правами?» read as nothing
    else is the driving licence's own question)."""
    named = state.focus is not None and state.focus.named and state.action == "licence"
    return named and (names_vehicle(state.text, state.language) or not has("drive_plain", state.text))


def no_licence_told(state: TurnState) -> bool:
    """The person told they hold no driving licence at all ("inget körkort, inte ens B", «መንጃ ፍቓድ B እውን የብለይን»: the
    limitation ``driving_licence``; "no Swedish licence yet" is a licence from abroad, kept as pending instead): no
    licence from abroad to rule on, and its country is never asked (contra30, rater38 replay37_new01 asked three
    times "which country is your licence from?")."""
    return any(c.kind == "limitation" and c.value == "driving_licence" for c in state.profile.constraints)


def driving_skip(state: TurnState, asked: str = "") -> set[str]:
    """The licence-from-abroad pages only for someone who may hold such a licence: a country named for it, work
    abroad told, writing another language than Swedish (as the licence answer reads a person's training:
    assistant/licence_answer.py), or a licence asked to be exchanged or valid here. Of them the rule of the country
    that issued it (eukort10): an EEA country's, or the one for elsewhere – for someone with temporary protection
    Transportstyrelsen's rule for them instead; both when the country is not known. An exchange question without a
    step asked hears of the licence from abroad only; someone who told they hold no licence hears none of them."""
    from assistant.licence_country import licence_from_eea

    eea = licence_from_eea(state)
    swap = bool(asked) and asks_exchange(state, asked)
    abroad = eea is not None or swap or any(e.abroad for e in state.profile.experiences) \
        or state.language not in ("sv", "sv-easy")
    if not abroad or no_licence_told(state) and not swap:
        skip = {EEA, ABROAD, _PROTECTED}
    elif eea:
        skip = {ABROAD, _PROTECTED}
    else:
        skip = {ABROAD} if temporary_protection(state) else {_PROTECTED}
        if eea is False or temporary_protection(state):
            skip.add(EEA)
    if swap and not asks_licence_step(asked):
        skip.update(_STEPS)
    return skip
