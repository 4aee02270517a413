""""Can I work as X here?" answered yes, no or "it depends" first (ask10, rater10 conv3).

«Чи можу я тут працювати бухгалтером або ekonomiassistent?» beside a story that said "Swedish A2" was answered with
how to learn Swedish: the question had no cue of its own, so the story's words chose the answer. The question asks
whether one may work as the occupation it names; the verdict is read from the regulated-profession data (the licence
route's ``requirement``, assistant/yes_no.py), never from the wording:

- asked on its own ("and can I work as ekonomiassistent here?"), it is the licence answer, with the verdict first;
- asked in the message that tells the story for the first time ("12 years an accountant in Kharkiv … can I work as an
  accountant here?"), the person also needs the jobs: the answer is the suggestions for the story, and the verdict for
  the occupation the question names comes first (cited to the profession's page when it is regulated).
"""
from __future__ import annotations

import re

from assistant.intent_cues import has
from assistant.intents import may_work_as, question_part
from assistant.regulated import licence_evidence, licence_route_or_none
from assistant.state import Fact, TurnState
from vagledning.domain.runtime import Runtime

#: Answers that list occupations: the verdict goes before the list.
_LISTS = ("suggest", "more", "explore")
_SENTENCE = re.compile(r"[^.!?؟።\n]+[.!?؟።]?")


def asks_may_work(state: TurnState) -> bool:
    """The question part asks "can I work as X (here)?", yes or no (intents.yaml ``can_work_as``); "what can I work
    as?", "شو اقدر اشتغل؟" ask for work, whatever the word order (``wh_work``; ask15)."""
    asked = question_part(state.text)
    # ("what can I do meanwhile? can I work as an electrician helper?": the yes/no sentence asks it on its own, ask20)
    return any(may_work_as(s) and not has("wh_work", s) for s in (asked, *_SENTENCE.findall(asked)))


def story_first(state: TurnState) -> None:
    """A first story with "can I work as X here?" (nothing suggested before, work or a wish told in this message) is
    answered with suggestions, the verdict first (:func:`verdict_first`); asked later, it stays the licence answer."""
    if state.action != "licence" or not asks_may_work(state) or has("licence", question_part(state.text)):
        return
    mp = state.message_profile
    told = mp is not None and bool(mp.experiences or [w for w in mp.wishes if w.concept is not None])
    # "can I work as a welder here?" alone tells no story: the title in the question never enters the profile, so a
    # list for the profile would be empty ("I found no occupations") - the licence answer names the occupation (titles20)
    kept = state.profile
    told = told and bool(kept.experiences or [w for w in kept.wishes if w.concept is not None])
    suggested = any(m.role == "assistant" and "«" in m.content for m in state.history)
    if told and not suggested:
        state.action = "suggest"
        state.ask = None


def verdict_first(state: TurnState, rt: Runtime) -> None:
    """Before a list answered to "can I work as X here?": yes, no or "it depends" for the occupation X names (the
    licence answer says its own verdict, assistant/licence_answer.py)."""
    if state.action not in _LISTS or not asks_may_work(state):
        return
    from assistant.evidence import sv_title
    from assistant.focus import named_in_message
    from assistant.yes_no import VERDICTS

    named = named_in_message(state, rt, guess=False)
    if named is None:
        return
    route = licence_route_or_none(named.id, rt)
    verdict = VERDICTS[("can", getattr(route, "requirement", None))]
    source = None
    if route is not None:
        ev = licence_evidence(state, route)
        source = ev.doc_id
    state.facts.insert(0, Fact(key=f"yesno.{verdict}", source=source, params={
        "occupation": sv_title(named.label, "occupation"), "authority": getattr(route, "authority", "")}))
