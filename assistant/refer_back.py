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
from assistant.intent_cues import has, locale_words_pattern, normalize
from assistant.intents import detect_intent
from assistant.state import TurnState
from vagledning.yaml_data import load_yaml

_CUES = Path(__file__).resolve().parent / "locales" / "refer_cues.yaml"
#: Words a complaint said alone may have (a longer message tells or asks something besides).
COMPLAINT_WORDS = 12
#: Words a "you didn't answer" / "yes or no?" message may have.
REFER_WORDS = 14
#: Words a yes/no check of the question before may have ("so UHR does look at my degree, yes?"); a longer one
#: ("I heard it is YH, not Komvux – true?") tells what it checks and is read as its own question.
CHECK_WORDS = 9


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return locale_words_pattern(_CUES, key)


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
    words = next(iter(about or asked), None)
    # (repeat32: what the person said they did NOT ask is no part of the question – "no, I didn't ask about working
    # hours, I ask about the COURSE: distance?" asked again by "yes or no?" was read as the work's hours)
    from assistant.insist import without_not_asked

    stripped = without_not_asked(words) if words is not None else None
    return stripped or words


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


def same_topic(state: TurnState) -> str | None:
    """A short follow-up that asks, tells nothing and names nothing new ("and who decides that then?", «ومين بيقرر
    هالشي؟», "oo yaa go'aamiya taas?", "а хто це вирішує?") after a question no intent cue names ("does my
    experience count here?", answered by its card): it asks about THAT question's topic, so the turn answers its
    words (repeat32, issue 10: it got a list of jobs from the story, or "what do you mean?"). Call after the
    profile update (the message's own facts decide whether it tells something); None: read as it is."""
    from assistant.asked_parts import elliptic

    own = state.message_profile
    told = own is not None and any((own.experiences, own.wishes, own.education, own.constraints, own.interests))
    # (repeat33: the message's OWN reading – the elliptic step before may have given it the last answer's intent)
    if told or state.unresolved or detect_intent(state.text) != "provide" or not elliptic(state.text, alone=True):
        return None
    from assistant.terms import _rest

    if has("what_is", state.text) and _rest(state.text):
        return None  # "Vad är Komvux?" names what it asks about: a question of its own, never the one before (ask20)
    # (repeat33: only "who decides that?" with nothing else named is that question's – repeat32 inherited every short
    # question and read "where do I register?", "what about that one?" as the question before: where8, other19)
    if not _who_decides_alone(state):
        return None
    words = _first_asked(state)
    if words is None:
        return None
    state.intent = detect_intent(words)
    return words


def _first_asked(state: TurnState) -> str | None:
    """The question before, past the messages that only asked it again ("but you didn't answer: does it count or
    not?" was answered with the question before it; read alone it is another question – repeat33: sv-easy's
    «Räknas mitt jobb i Syrien eller inte?» got validation)."""
    words = question_before(state)
    for m in reversed(state.history):
        if m.role != "user" or not (says("again", m.content) or has("not_answered", m.content)):
            continue
        earlier = [e.content for e in state.history[:state.history.index(m)] if e.role == "user"
                   and (detect_intent(e.content) != "provide" or asked_parts(e.content) or _question_mark(e.content))]
        if m.content == words and earlier:
            words = earlier[-1]
    return words


#: Words a "who decides that?" may keep beside its cue ("that", "ok", «هالشي», "hagaag", «میگیره»), each shorter than
#: ``BARE_LETTERS``: a longer word names a matter of its own ("who decides the admission?").
BARE_WORDS = 3
BARE_LETTERS = 7


@functools.cache
def _who_pattern() -> re.Pattern[str]:
    return locale_words_pattern(_CUES.parent / "who_decides.yaml")


def _who_decides_alone(state: TurnState) -> bool:
    """The message asks who decides (assistant/locales/who_decides.yaml) and names nothing besides: no place, no
    right or support, at most a few short words ("and who decides that then?")."""
    t = normalize(state.text)
    if not _who_pattern().search(t):
        return False
    rest = re.findall(r"\w+", _who_pattern().sub(" ", t))
    if len(rest) > BARE_WORDS or any(len(w) >= BARE_LETTERS for w in rest):
        return False
    from assistant.rights import rights_topics

    return not rights_topics(state)  # (a place named is a constraint of the message: told, see same_topic)


@functools.cache
def _tags() -> tuple[tuple[str, ...], ...]:
    from assistant.intent_cues import normalize as norm

    doc = load_yaml((_CUES.parent / "tag_checks.yaml").read_text(encoding="utf-8")) or {}
    return tuple(sorted({tuple(norm(str(w)).split()) for words in doc.values() for w in words or []}, key=len,
                        reverse=True))


def _tag_check(text: str) -> bool:
    """The message ends in a yes/no tag ("…, yes?", «… صح؟», "… так чи ні?") and asks with a question mark."""
    if not re.search(r"[?؟፧]", text):
        return False
    words = re.findall(r"\w+", normalize(text))
    # (repeat33: the tag is set off by a comma or a mark – "…, ja?", "…? yes or no", «…، صح؟»; a last word without one
    # is the sentence's own: "hur mycket får ja?" is spoken "får jag", its own question, never a check: youth21)
    end = normalize(text).rstrip(" ?؟፧!.")
    return any(len(words) > len(tag) and tuple(words[-len(tag):]) == tag
               and re.search(r"[,،፡፣?؟፧.:;–—-]\s*" + r"\s+".join(map(re.escape, tag)) + "$", end) for tag in _tags())


def narrowed(state: TurnState) -> str | None:
    """A short yes/no check of the question before ("so UHR does look at my degree, yes?", "so it's YH, yes or no?",
    «پس YH هست، آره یا نه؟») that asks no other kind of question than it did: it re-asks that question narrower, so the
    turn answers that question's words (its cards; the no-repeat guard then restates the key fact the check names –
    assistant/restate_asked.py). Before, its own reading planned another card (the Advokat title instead of UHR's
    assessment, the Komvux card instead of the YH programme: repeat31's left cases). None: read as it is."""
    if not any(m.role == "user" for m in state.history) or len(normalize(state.text).split()) > CHECK_WORDS:
        return None
    if not _tag_check(state.text):
        return None
    words = question_before(state)
    if words is None or normalize(words) == normalize(state.text) or not same_subject(state.text, words):
        return None
    before = detect_intent(words)
    if state.intent not in ("provide", before):
        return None
    from assistant.insist import asks_new

    if asks_new(state, words):
        return None
    state.intent = before
    return words


#: Short words every language writes in any check ("the", "det", "але"): no subject of their own.
_FUNCTION = frozenset("""the and you your yes not but can does did that this what with from have are its was how
then och det den som jag att kan har inte men nej för med min mitt går ska vad hur iyo waa ama mise ahay
так чи ні але або що мій моя мені""".split())


def _subject_words(text: str) -> set[str]:
    """What a message names: a Latin or Cyrillic word of five letters or more by its first five (distans/distance,
    дистанційно), a shorter one of three or four whole unless a function word (uhr, csn, yh as «YH»), a word of
    another script of three letters or more whole («بعد», «شهادتي»)."""
    out = {w.casefold() for w in re.findall(r"(?<!\w)[A-ZÅÄÖ]{2}(?!\w)", text or "")}
    for w in re.findall(r"\w+", normalize(text or "")):
        if w.isdigit():
            continue
        if re.match(r"[a-zà-ÿа-яіїєґ]", w):
            if len(w) >= 5:
                out.add(w[:5])
            elif len(w) >= 3 and w not in _FUNCTION:
                out.add(w)
        elif len(w) >= 3:
            out.add(w)
    return out


def same_subject(text: str, before: str) -> bool:
    """The check repeats what the question before named (repeat33: a yes/no tag after a question about something else
    – "thanks, so that's all, right?" – is no re-ask of it)."""
    return bool(_subject_words(text) & _subject_words(before))
