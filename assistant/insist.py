"""A follow-up that insists on a question still open, beyond the short forms of assistant/refer_back.py (insist24;
rater34 fault class 1: "in 11 of 18 conversations at least one 'you didn't answer' turn fails").

Two kinds of message, in every language (cues: assistant/locales/refer_cues.yaml ``not_asked``, and the insisting
groups refer_back reads):

- "I did not ask about the pay" / «ما سألت عن الراتب» / «я не питав про зарплату»: the pay is never the answer. The
  message is read without that clause; when nothing else is asked, the question asked before is answered again
  (replay12 T3 "jag frågade inte om lön" got "Lön för «Reparationssnickare»");
- a LONG message that insists ("no, you didn't really answer. I'm 52, three years in the a-kassa … so can I or
  not?") and asks nothing an intent cue reads: the open question is answered first. The question asked before and
  this message share a word of what they are about (the a-kassa, the training, the sick leave): then the message's
  own question, often misread alone (its "money" and "study" read as student finance, its "permission" as a licence),
  is that open question asked again: it is answered again (the no-repeat guard then says plainly what the sources do
  not say and who decides, assistant/no_repeat.py). A message that names another topic ("you skipped it again.
  A-KASSA: …" after a question about jobs) is its own question.
"""
from __future__ import annotations

import re

from assistant.asked_parts import asked_parts
from assistant.intent_cues import has, normalize
from assistant.intents import detect_intent
from assistant.refer_back import _pattern, question_before, says
from assistant.state import TurnState

#: Letters of a word that name what a question is about, compared by their first five ("kassa", "training").
_WORD = re.compile(r"\w{5,}")
_GEEZ = re.compile(r"[\u1200-\u137f]{3,}")
#: Beginnings of words any question may have: they name nothing it is about.
_ANY_QUESTION = {"about", "there", "where", "which", "would", "could", "shoul", "reall", "answe", "quest", "eller",
                 "också", "någon", "något", "fråga", "svara"}
#: Where the clause of "I did not ask about X" ends.
_CLAUSE_END = re.compile(r"[.,!?;؟،؛።፣፤፧\n]")
#: Words a question of its own has at least: "va?", "what?", «چی؟» beside "I did not ask about X" ask nothing.
_OWN_WORDS = 3


def _insists(text: str) -> bool:
    return says("again", text) or has("not_answered", text) or says("yes_no", text) or has("yes_or_no", text)


def _asks(text: str) -> bool:
    """The text asks something of its own: a question of three words or more ("what?", «شو؟» alone ask nothing)."""
    return len(re.findall(r"\w+", text)) >= _OWN_WORDS and ("?" in text or "؟" in text or bool(asked_parts(text)))


def without_not_asked(text: str) -> str | None:
    """``text`` without its "I did not ask about X" clause (None when it has none)."""
    t = normalize(text)
    m = _pattern("not_asked").search(t)
    if m is None:
        return None
    end = _CLAUSE_END.search(t, m.end())
    return (t[:m.start()] + " " + (t[end.end():] if end else "")).strip()


def about(text: str) -> set[str]:
    """The beginnings of the words that say what a message is about, without its insisting cues ("didn't answer",
    "yes or no", "eller inte") and the words every question has (:data:`_ANY_QUESTION`)."""
    rest = _pattern("yes_no").sub(" ", _pattern("again").sub(" ", normalize(text)))
    # (Ge'ez writes a syllable a letter: its words are short, «ሕማም» sick, «ፍቓድ» leave, compared by three)
    words = {w[:5] for w in _WORD.findall(rest) if not w.isdigit()} | {w[:3] for w in _GEEZ.findall(rest)}
    return words - _ANY_QUESTION


def insist_again(state: TurnState) -> str | None:
    """The words the turn answers instead of the message (its intent set), or None: the message read as it is."""
    if not any(m.role == "user" for m in state.history):
        return None
    rest = without_not_asked(state.text)
    if rest is not None:
        if not _asks(rest):  # ("what?" beside it asks nothing)
            words = question_before(state)
            if words is not None:
                state.intent = detect_intent(words)
            return words
        state.intent = detect_intent(rest)
        return rest
    if not _insists(state.text):
        return None
    words = question_before(state)
    if words is None:
        return None
    # (its own facts go to the profile all the same: the message is read for them before this text replaces it)
    if not _asks(state.text) and state.intent == "provide" or _asks(state.text) and about(words) & about(state.text) \
            and not asks_new(state, words):
        state.intent = detect_intent(words)
        return words
    return None


def asks_new(state: TurnState, words: str) -> bool:
    """The insisting message also asks of a support or right the question before did not ("a-kassa and part time,
    yes or no? and what is omställningsstudiestöd exactly?"): it is its own question, each part answered (empty25,
    rater35 replay10 T5: the new question was lost under "my sources say no more")."""
    from assistant.rights import TOPICS, rights_topics

    before = {key for t in rights_topics(state.model_copy(update={"text": words})) for key in TOPICS.get(t, (None, ()))[1]}
    # (a topic sharing a route with the one before is the same matter: "the a-kassa, yes or no?" after its part-time rule)
    return any(not set(TOPICS.get(t, (None, ()))[1]) & before for t in rights_topics(state))
