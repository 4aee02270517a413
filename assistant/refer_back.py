"""Follow-ups that refer back to the conversation and ask nothing of their own (refer20; issue 10 item 2, rater33
"still missing": they failed in almost every conversation).

Kinds of message (cues: assistant/locales/refer_cues.yaml, with intents.yaml's not_answered and yes_or_no):

- "you didn't answer" / «ما جاوبتني» / "that's not what I asked": the question the person asked before is answered
  again (:func:`asked_again`): never a new list of jobs, which pretends to answer; the no-repeat guard
  (assistant/turn_plan.py) keeps it from being the same answer word for word;
- "yes or no?" / «آره یا نه؟» / "så går det eller inte?": the same, so the verdict of that question leads
  (assistant/yes_no.py reads the question's own words);
- "not that, I mean X": the question asked before, about X (:func:`meant_instead`; X is named in the message);
- a complaint alone ("this is useless", "you keep repeating yourself"): heard in one sentence and the person asked what
  they need (:func:`hear_complaint`), never another list.

Only a message that asks nothing itself (no intent of its own, no question part) is read so: "you didn't answer –
what does a welder earn?" asks its own question.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from assistant.asked_parts import asked_parts
from assistant.intent_cues import cue_pattern, has, normalize
from assistant.intents import detect_intent
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_CUES = Path(__file__).resolve().parent / "locales" / "refer_cues.yaml"
#: Words a complaint said alone may have (a longer message tells or asks something besides).
COMPLAINT_WORDS = 12
#: Words a "you didn't answer" / "yes or no?" message may have.
REFER_WORDS = 14


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    doc = load_yaml(_CUES.read_text(encoding="utf-8")) or {}
    words = [str(w) for words in (doc.get(key) or {}).values() for w in words or []]
    return re.compile("|".join(cue_pattern(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)")


def says(key: str, text: str) -> bool:
    """The message holds a cue of ``key`` (refer_cues.yaml) in any language."""
    return bool(_pattern(key).search(normalize(text)))


def _asks_nothing(state: TurnState, words: int) -> bool:
    t = normalize(state.text)
    return 0 < len(t.split()) <= words and state.intent == "provide" and not asked_parts(state.text)


def kind(state: TurnState) -> str | None:
    """"again", "yes_no", "instead" or "complaint" for a message that refers back and asks nothing itself."""
    if not any(m.role == "user" for m in state.history):
        return None
    if _asks_nothing(state, REFER_WORDS):
        if says("yes_no", state.text) or has("yes_or_no", state.text):
            return "yes_no"
        if says("again", state.text) or has("not_answered", state.text):
            return "again"
        if says("not_that", state.text) and says("meant", state.text):
            return "instead"
    if _asks_nothing(state, COMPLAINT_WORDS) and says("complaint", state.text):
        return "complaint"
    return None


def question_before(state: TurnState) -> str | None:
    """The person's latest earlier message that asked something (its words): what "you didn't answer" and "yes or
    no?" are about; the latest one sharing a word with this message when it names what ("you didn't answer about
    the computer", mendE21). Messages that only refer back, complain or tell are passed over."""
    from assistant.intent_cues import strip_cues

    # (words of six letters or more beside the complaint name a topic – "datorn", "computer" – function words do not)
    rest = _pattern("again").sub(" ", normalize(strip_cues(state.text)))
    named = {w[:5] for w in re.findall(r"\w{6,}", rest)}
    asked = [m.content for m in reversed(state.history) if m.role == "user"
             and (detect_intent(m.content) != "provide" or asked_parts(m.content) or _question_mark(m.content))]
    about = [q for q in asked if named & {w[:5] for w in re.findall(r"\w{5,}", normalize(q))}]
    return next(iter(about or asked), None)


def _question_mark(text: str) -> bool:
    """A message that ends its sentence in a question mark asks something, whether or not an intent cue reads it
    ("can I get a-kassa while working part time?" is a rights question no intent names: the lead's widget run) – also
    when a fact follows it ("can I get CSN for the programme at a distance? I'm 46": xfail29, the Arabic, Somali and
    Ukrainian admission re-ask found no question before it)."""
    return bool(re.search(r"[?؟፧](?:\s|$)", text or "")) and not _pattern("yes_no").search(normalize(text))


def asked_again(state: TurnState) -> str | None:
    """For "you didn't answer" / "yes or no?": the words of the question asked before, which this turn answers
    (its intent set); None when nothing was asked before."""
    if kind(state) not in ("again", "yes_no"):
        return None
    from assistant.insist import asks_new

    words = question_before(state)
    if words is None or asks_new(state, words):  # (a support asked of anew beside "yes or no?": its own question)
        return None
    state.intent = detect_intent(words)
    return words


def hear_complaint(state: TurnState) -> bool:
    """A complaint said alone: one sentence that hears it and a question what the person needs (action clarify)."""
    if kind(state) != "complaint":
        return False
    state.facts.clear()
    state.presented.clear()
    state.evidence.clear()
    state.focus = None
    state.ask = None
    state.action = "clarify"
    state.say("refer.complaint")
    return True


def refer_again(state: TurnState) -> str | None:
    """Read a message that refers back (before the profile is updated): "not that, I mean X" asks the question asked
    before (about X, which it names); "you didn't answer" / "yes or no?" return the words of the question asked before
    (the turn answers those, assistant/turn.py)."""
    if kind(state) == "instead":
        from assistant.parts import asked_before_about

        state.intent = asked_before_about(state)
        return None
    return asked_again(state)
