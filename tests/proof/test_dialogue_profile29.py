"""The profile keeps what the person SAID about themselves, never their questions (profile29; rater36 class 4, issue 10).

The counsellor's findings, as kinds of sentence (own sentences, not theirs): "do I need a certificate, e.g. from the
police?" was kept as an interest and "from the police" as the wishes «Biträdande jurist», «Affärsjurist»; "yes or no"
became work done as a make-up artist; "the dental nurse, the one who works with the dentist" added the wish
«Tandläkare»; "Nässjö isn't far" became a refusal; "engineer" said by a civil engineer became the wish «Civilingenjör,
produktion, maskin», listed first. Now, in all 8 languages: a question (an interrogative, "do I need", a question mark,
"yes or no", "I asked if …") adds no interest, wish, work or education; an answer taken note of ("ok, no CSN then") is no
refusal; a workplace or an authority named as a colleague, a place or an example
of a paper is no occupation wished; a town said to be near is no refusal and the town kept stays; a generic title told
of oneself stays in one's own field. Through the real app over the shared test store; the sentences live in
phrases/dialogue_profile29.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, constraint_values, groups, said_all

DENTAL, POLICE, TOWN, NEAR, ENGINEER, AGAIN, LAWYER, ASKED_AGAIN = said_all(
    "prof29_dental_yes_no", "prof29_police_paper", "prof29_town", "prof29_near_ok", "prof29_engineer",
    "prof29_engineer_again", "prof29_lawyer", "prof29_asked_again")
#: Dental nurses (SSYK 2012 5350, Tandsköterskor).
DENTAL_NURSE = "5350"
#: Dentists (2261): the person works beside one, never wished to be one.
DENTIST = "2261"
#: Jurists (261x), police (3360), guards (5413): what a question about a police certificate is not about.
AUTHORITY = ("261", "336", "541")
#: Jönköping's municipality (JobTech taxonomy).
JONKOPING = "KURg_KJF_Lwc"


def _codes(items: list[dict]) -> list[str]:
    return [i.get("ssyk_code") or "" for i in items]


@pytest.mark.parametrize("locale", ALL)
def test_a_wish_with_the_workplace_it_describes_and_a_yes_or_no_question(person, locale):
    body = person.say(DENTAL[locale])
    prof = body["profile"]
    wished = _codes(prof["wishes"])
    assert DENTAL_NURSE in wished, (locale, prof["wishes"], body["answer"])
    assert DENTIST not in wished, (locale, prof["wishes"])
    assert prof["experiences"] == [], (locale, prof["experiences"])  # ("yes or no" is no work done)
    assert prof["interests"] == [], (locale, prof["interests"])
    assert DENTIST not in groups(body), (locale, groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_question_whether_a_paper_is_needed_tells_nothing_about_the_person(person, locale):
    body = person.say(POLICE[locale])
    prof = body["profile"]
    assert prof["interests"] == [], (locale, prof["interests"])
    assert prof["wishes"] == [], (locale, prof["wishes"])
    assert prof["experiences"] == [], (locale, prof["experiences"])
    assert not [g for g in groups(body) if g.startswith(AUTHORITY)], (locale, groups(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_a_town_said_to_be_near_is_no_refusal(person, locale):
    person.say(TOWN[locale])
    body = person.say(NEAR[locale])
    prof = body["profile"]
    assert not [c for c in prof["constraints"] if c["kind"] == "avoid" and not c.get("concept")], \
        (locale, prof["constraints"])
    assert constraint_values(body, "municipality") == [JONKOPING], (locale, prof["constraints"])


@pytest.mark.parametrize("locale", ALL)
def test_a_generic_title_of_ones_own_stays_in_ones_field(person, locale):
    body = person.say(ENGINEER[locale])
    prof = body["profile"]
    own = {c for c in _codes(prof["experiences"]) if c.startswith(("214", "311"))}
    assert own, (locale, prof["experiences"])
    # (the engineer wished is the one he is: no other branch of engineering wished, nor listed first)
    assert all(c in own for c in _codes(prof["wishes"]) if c.startswith(("214", "311"))), (locale, prof["wishes"])
    shown = groups(body)
    assert not shown or shown[0] in own, (locale, shown, body["answer"])
    body = person.say(AGAIN[locale])
    prof = body["profile"]
    assert all(c in own for c in _codes(prof["experiences"]) if c.startswith(("214", "311"))), \
        (locale, prof["experiences"])
    assert all(c in own for c in _codes(prof["wishes"]) if c.startswith(("214", "311"))), (locale, prof["wishes"])


@pytest.mark.parametrize("locale", ALL)
def test_an_answer_taken_note_of_and_a_question_asked_again_add_nothing(person, locale):
    person.say(LAWYER[locale])
    body = person.say(ASKED_AGAIN[locale])
    prof = body["profile"]
    assert not [c for c in prof["constraints"] if c["kind"] == "avoid" and not c.get("concept")], \
        (locale, prof["constraints"])
    assert not [e for e in prof["education"] if e["span"]["message"] == 1], (locale, prof["education"])
    assert prof["interests"] == [], (locale, prof["interests"])
    assert not [w for w in prof["wishes"] if w["span"]["message"] == 1], (locale, prof["wishes"])
