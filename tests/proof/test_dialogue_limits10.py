"""A limit on working hours never works against the work wished for (rater26 class 4, C1 T4/T7, ti).

A woman who wants to become an assistant nurse in home care said she cannot work nights (small children) and asked for
daytime care work: undersköterska and vårdbiträde were removed "as you asked" and cleaning came back, the work she was
leaving; asked whether she can work only days in home care, one answer said the sources say nothing about night work
and, in the next sentence, that the work involves evenings, nights and shifts. A counsellor keeps the wished work,
says what the sources say of its hours, that hours differ between workplaces and posts, and to ask the employer.
Now, in all 8 languages:

- after "no nights or weekends, only days", the wished work stays in the list (a limit on hours leaves other work out
  by its cited demands, never the wish), and the answer says that hours differ between workplaces;
- asked of the wished work, the answer never says both that the sources are silent on night work and that they
  state evening, night or shift work;
- a trade refused by its word alone ("ما بدي ميكانيك", no mechanics: C5 T4/T6) leaves out every title of the trade,
  in whatever SSYK group («Maskinmekaniker» and «Småmaskinsmekaniker» came back after it);
- a refusal said after the thing ("fashion designer no thanks", rater25 C6 T2) is a refusal: no occupation of the
  refused one's group is suggested after it (Kostymdesigner came next).
Through the real app over the shared test store; the sentences live in phrases/dialogue_limits10.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.locales import text
from tests.dialogue_support import ALL, LIST_ACTIONS, constraint_values, constraints, said_all, wished_groups

WISH, ONLY_DAYS, DAYS_THERE, CARS, NO_MECHANICS, LIKES, NO_THANKS = said_all(
    "limits10_care_wish", "limits10_only_days_care", "limits10_days_in_home_care", "limits10_cars_story",
    "limits10_no_mechanics", "limits10_likes_story", "limits10_designer_no_thanks")
#: Assistant nurses in home care, care homes and habilitation (SSYK 5321) and care aides (5330): the work wished for,
#: whose hours the sources state (retrieval/group_demands.py: scheduled round the week).
HOME_CARE = ("5321", "5330")


def _literal(locale: str, key: str) -> str:
    """The longest fixed part of a locale's template (the words around its placeholders)."""
    return max(re.split(r"\{[^}]*\}", text(locale, key)), key=len).strip(" .።").casefold()


@pytest.mark.parametrize("locale", ALL)
def test_a_limit_on_hours_keeps_the_wished_work_and_says_hours_differ(person, locale):
    body = person.say(WISH[locale], ONLY_DAYS[locale])
    assert "daytime" in constraint_values(body, "limitation"), (locale, body["profile"]["constraints"])
    wished = [w["concept"]["label"] for w in body["profile"]["wishes"] if w.get("concept")]
    assert any(g.startswith(HOME_CARE) for g in wished_groups(body)), (locale, body["profile"]["wishes"])
    answer = body["answer"].casefold()
    # The wished work is named (in the list, or as the answer's one occupation), never left out for its hours ...
    assert any(label.casefold() in answer for label in wished), (locale, body["action"], body["answer"])
    # ... and the answer says that hours differ between workplaces: the list kept it, or ask the employer.
    said = "constraint.hours_vary" if body["action"] in LIST_ACTIONS else "conditions.who"
    assert _literal(locale, said) in answer, (locale, body["action"], body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_hours_of_the_wished_work_are_never_both_unknown_and_stated(person, locale):
    body = person.say(WISH[locale], ONLY_DAYS[locale], DAYS_THERE[locale])
    answer = body["answer"].casefold()
    silent = _literal(locale, "conditions.unknown") in answer or _literal(locale, "constraint.unknown") in answer
    stated = _literal(locale, "constraint.demands") in answer or _literal(locale, "conditions.found") in answer
    assert not (silent and stated), (locale, body["action"], body["answer"])


def _mechanics(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"] if "mekaniker" in o["label"].casefold()]


@pytest.mark.parametrize("locale", ALL)
def test_a_trade_refused_by_its_word_leaves_out_every_title_of_it(person, locale):
    person.say(CARS[locale])
    body = person.say(NO_MECHANICS[locale])
    assert constraints(body, "avoid"), (locale, body["profile"]["constraints"])
    if body["action"] not in LIST_ACTIONS or not body["occupations"]:
        body = person.press("more")
    assert body["occupations"], (locale, body["action"], body["answer"])
    assert not _mechanics(body), (locale, [o["label"] for o in body["occupations"]])
    assert not _mechanics(person.press("more")), locale


@pytest.mark.parametrize("locale", ALL)
def test_a_refusal_said_after_the_thing_leaves_its_group_out(person, locale, real_runtime):
    person.say(LIKES[locale])
    body = person.say(NO_THANKS[locale])
    refused = {occ.ssyk_code for c in constraints(body, "avoid") if c.get("concept")
               for occ in (real_runtime.relations.occupation(c["concept"]["id"]),) if occ is not None and occ.ssyk_code}
    assert refused, (locale, body["profile"]["constraints"])
    for shown in (body, person.press("more")):  # (the answer to it, and the next list: none of the refused group)
        assert not [o["label"] for o in shown["occupations"] if o.get("ssyk_code") in refused], (locale, shown["occupations"])
