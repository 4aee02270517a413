"""The short answer to the question asked, said again (repeat31; issue 10, rater38 class 2).

One who asks again in other words, or narrower ("I asked about the EDUCATION: distance or evening?", "YH or Komvux?",
"is my experience counted or not?"), wants the short answer to that question restated: its key fact, cited, in one or
two sentences, then what the sources do not say and who can. "My sources say nothing more than above" as the whole
answer (replay37_new03 T4 sv-easy, replay36_new01 T3 so) or the earlier answer word for word with that tail
(replay35_new02 T5 ar) answers nothing. The key is the cited sentence whose words the question shares – the distance
course for "distans", UHR's card for "UHR" – not the first cited one (the SvA preamble, repeat30's note); a card's
sentence that carries the question's word is said beside its first.
"""
from __future__ import annotations

import re

from assistant.state import Fact, TurnState

_WORD = re.compile(r"\w+")
#: The Arabic article and the proclitics written onto it ("الخبرة", "بالجامعة", "والشهادة").
_AR_ARTICLE = re.compile(r"^[وف]?(?:بال|لل|ال)")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
#: A word's stem: its first letters (Latin and Cyrillic words inflect at the end; Arabic script and Ge'ez are shorter).
_STEM, _STEM_AR, _STEM_TI = 5, 4, 3
#: Words shorter than this count only as an acronym the sentence writes in capitals (YH, UHR, CSN, AF).
_SHORT = 4


def _stem(word: str) -> str:
    if _ARABIC.search(word):
        return _AR_ARTICLE.sub("", word)[:_STEM_AR]
    return word[:_STEM_TI] if _ETHIOPIC.search(word) else word[:_STEM]


def _asked_stems(text: str) -> set[str]:
    """The stems of the question's words (a short word stays whole: it may be an acronym, "yh", "uhr")."""
    from assistant.intent_cues import normalize

    words = [w for w in _WORD.findall(normalize(text)) if not w.isdigit()]
    return {_stem(w) if len(w) >= _SHORT else w for w in words if len(w) >= 2}


def _said_stems(text: str) -> set[str]:
    """The stems of a sentence's words; of its short words only the acronyms it writes in capitals."""
    out: set[str] = set()
    for word in _WORD.findall(text):
        if len(word) >= _SHORT:
            out.add(_stem(word.casefold()))
        elif len(word) >= 2 and word.isupper():
            out.add(word.casefold())
    return out


def _question(state: TurnState) -> set[str]:
    """What the person asks: their own message, and the question it re-asks (insist24 puts it in ``state.text``)."""
    own = state.request.messages[-1].content if state.request.messages else state.text
    return _asked_stems(own) | _asked_stems(state.text)


#: A question's word in the name a sentence quotes («Undersköterska - distans») weighs this much more than elsewhere:
#: the name says what the sentence is about ("Fråga Komvux…" shares only the person's "I asked" with the question).
_NAMED = 3
_QUOTED = re.compile(r"«([^»]*)»")


def _scores(asked: set[str], texts: list[set[str]], names: list[set[str]] | None = None) -> list[float]:
    """Each text's share of the question's words, a word that every text has counting nothing (the occupation's name
    in all its cards): the words that set one text apart from the others choose it."""
    n = len(texts)
    df = {w: sum(1 for t in texts if w in t) for w in asked}
    names = names or [set() for _ in texts]
    return [sum((_NAMED if w in named else 1) / df[w] for w in asked & t if df[w] < n or n == 1)
            for t, named in zip(texts, names, strict=True)]


def _named(text: str) -> set[str]:
    return _said_stems(" ".join(_QUOTED.findall(text)))


def asked_key(state: TurnState, facts: list[Fact]) -> Fact | None:
    """The cited sentence of ``facts`` that answers the question asked (the most of the question's own words), None
    when none shares a word with it (the caller says the first cited one)."""
    from assistant.composers.grounded import render_fact
    from assistant.lead_ins import is_lead_in

    cited = [f for f in facts if f.source and not is_lead_in(f)]
    if not cited:
        return None
    texts = [render_fact(state.locale, f) for f in cited]
    scores = _scores(_question(state), [_said_stems(t) for t in texts], [_named(t) for t in texts])
    best = max(range(len(cited)), key=lambda i: (scores[i], -i))
    return cited[best] if scores[best] > 0 else None


def asked_brief(state: TurnState, fact: Fact) -> Fact | None:
    """``fact`` briefly (composers/once.brief: its first sentence or two), and beside it the one later sentence of it
    that carries more of the question's words (the experience card's "the employer decides how it is counted" to "is
    my experience counted?"). None: nothing to say briefly."""
    from assistant.citations import sentences
    from assistant.composers.grounded import render_fact
    from assistant.composers.once import brief

    short = brief(state, fact)
    if short is None:
        return None
    text = str(short.params.get("text", ""))
    rest = [s for s in sentences(render_fact(state.locale, fact)) if s not in text]
    if rest:
        asked = _question(state)
        scores = _scores(asked, [_said_stems(text), *(_said_stems(s) for s in rest)])
        best = max(range(1, len(scores)), key=lambda i: (scores[i], -i))
        if scores[best] > scores[0]:
            short.params["text"] = f"{text} {rest[best - 1]}"
    return short


def restate_asked(state: TurnState, facts: list[Fact], authority: str | None = None) -> bool:
    """The plan becomes the verdict (if any), the key fact of the question asked said briefly and cited, then who
    decides (``authority``) or the municipality's counsellor – never "nothing more than above" alone. False: no cited
    sentence to restate (the caller's pointer stays)."""
    from assistant.lead_ins import is_verdict, key_sentence

    key = asked_key(state, facts) or key_sentence(facts)
    again = asked_brief(state, key) if key is not None else None
    if again is None:
        return False
    again.paragraph = False
    # (the verdict may be cited – yes/no on a protected title, refer20 – and still leads)
    verdicts = [f for f in facts if f is not key and is_verdict(f)][:1]
    state.facts[:] = [*verdicts, again]
    if authority:
        state.say("followup.restated_decides", authority=authority)
    else:
        state.say("followup.restated_counsellor")
    # (repeat32: a check asked a third time would get the restatement of the second word for word: "in short, as
    # before:" says it is the same answer on purpose, as no_repeat._restate does)
    from assistant.composers.grounded import GroundedComposer
    from assistant.no_repeat import _plain

    earlier = {_plain(m.content) for m in state.history if m.role == "assistant"}
    if _plain("".join(GroundedComposer().compose(state))) in earlier:
        state.facts.insert(0, Fact(key="followup.restated"))
    return True
