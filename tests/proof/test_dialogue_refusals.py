"""What a person refuses, turns away from or asks about instead is honoured, in all 8 languages (issue 10 item 4).

The independent counsellor's findings, as kinds of failure (own sentences, not theirs):

- a refusal of a field ("no kitchen work") left out only the SSYK group of the first linked occupation,
  so head chefs, sous chefs and pizza bakers came back;
- the next suggestions were still "close to your experience" although the person turned away from it;
- a new wish asked as a question ("what about a shop?") was ignored and kitchen work returned;
- "I don't know what I want to be" was stored as a refusal of the words "what I want to be", and a
  16-year-old was first offered a job that needs a heavy-vehicle licence;
- a generic "another job" became a wish for a job coach;
- a refusal or a limitation was not acknowledged before the new list.

Through the real FastAPI app over the shared test store, carried client-side as widget.js does;
assertions on the structured fields (``occupations``, ``action``, the profile) and on the locale's own
sentences.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, groups, said, wording_start

COOK = said("chef_restaurant")
NO_KITCHEN = said("no_kitchen_anymore")
#: "Something other than cooking" (no field named to go to).
OTHER_THAN_COOKING = said("other_than_cooking")
WHAT_ABOUT_SHOP = said("what_about_shop")
#: Cooks, head chefs and sous chefs, pizza bakers and grill staff (whole groups) …
KITCHEN = {"5120", "3451", "9411"}
#: … and the kitchen work of the restaurant assistants' group (a breakfast host of that group is no kitchen work).
KITCHEN_TITLES = ("Kock", "Köks", "Disk", "Pizza", "Grill", "Souschef")
#: Shop sales (daily goods, specialist), checkout staff, shop managers.
RETAIL = {"5221", "5222", "5223", "5230", "1730"}


def _kitchen(body: dict) -> list[str]:
    return [o["label"] for o in body["occupations"]
            if o["ssyk_code"] in KITCHEN or o["label"].startswith(KITCHEN_TITLES)]


def _heard(locale: str, body: dict) -> bool:
    """The answer opens with the sentence that acknowledges what the person just said."""
    heads = [wording_start(locale, f"heard.{k}") for k in ("avoid", "limitation", "change", "leave_own")]
    first = body["answer"].strip().split("\n")[0]
    return any(h and h in first for h in heads)


def _like_past_work(locale: str, answer: str) -> list[str]:
    """The "like / close to work you have done" reasons the answer gives, per item or once for all."""
    keys = ("reasons.similar", "reasons.experience", "reasons.all_similar", "reasons.all_experience")
    return [k for k in keys if str(lookup(locale, k)) in answer]


@pytest.mark.parametrize("locale", ALL)
def test_refusing_the_kitchen_leaves_out_the_whole_kitchen_family(person, locale):
    body = person.say(COOK[locale], NO_KITCHEN[locale])
    assert body["action"] in ("suggest", "more"), body["action"]
    assert body["occupations"], body["answer"]
    assert not _kitchen(body), (body["occupations"], body["answer"])
    assert _heard(locale, body), body["answer"]
    # not "close to your experience" for work the person turned away from (per item, or said once for all)
    assert not _like_past_work(locale, body["answer"]), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_something_other_than_cooking_is_no_wish_for_cooking(person, locale):
    body = person.say(COOK[locale], OTHER_THAN_COOKING[locale])
    wishes = [w["label"] for w in body["profile"]["wishes"]]
    assert not [w for w in wishes if w.startswith(("Kock", "Köks"))], wishes
    assert not _kitchen(body), (body["occupations"], body["answer"])
    assert not _like_past_work(locale, body["answer"]), body["answer"]


@pytest.mark.parametrize("locale", ALL)
def test_what_about_a_shop_leads_the_next_suggestions(person, locale):
    body = person.say(COOK[locale], NO_KITCHEN[locale], WHAT_ABOUT_SHOP[locale])
    assert body["action"] in ("suggest", "more"), (body["action"], body["answer"])
    assert body["occupations"] and body["occupations"][0]["ssyk_code"] in RETAIL, (body["occupations"], body["answer"])
    assert not _kitchen(body), body["occupations"]
    wished = {w.get("ssyk_code") for w in body["profile"]["wishes"]}
    assert wished & RETAIL, body["profile"]["wishes"]


YOUTH_UNSURE = said("youth_unsure")
#: Heavy-vehicle, bus and taxi drivers (a C/CE/D licence and a professional driver's certificate, adults only).
DRIVERS = {"8331", "8332", "8321", "8329"}


@pytest.mark.parametrize("locale", ALL)
def test_a_youth_who_does_not_know_is_no_refusal_and_gets_no_licence_jobs(person, locale):
    body = person.say(YOUTH_UNSURE[locale])
    avoid = constraints(body, "avoid")
    assert not avoid, avoid
    assert not DRIVERS & set(groups(body)), body["occupations"]


CLEANER_WANTS_OTHER = said("cleaner_wants_other")


@pytest.mark.parametrize("locale", ALL)
def test_another_job_is_no_wish_and_turns_away_from_the_old_one(person, locale):
    body = person.say(CLEANER_WANTS_OTHER[locale])
    assert not [w for w in body["profile"]["wishes"] if w.get("concept")], body["profile"]["wishes"]
    if body["occupations"]:
        assert body["occupations"][0]["ssyk_code"] != "9111", body["occupations"]


NIGHTS = said("cannot_work_nights")


@pytest.mark.parametrize("locale", ALL)
def test_a_new_limit_is_acknowledged_before_the_list(person, locale):
    body = person.say(COOK[locale], NIGHTS[locale])
    assert ("limitation", "night") in {(c["kind"], c["value"]) for c in body["profile"]["constraints"]}
    assert _heard(locale, body), body["answer"]
    # an occupation named for night work ("Nattportier") is night work
    assert not [o for o in body["occupations"] if "natt" in o["label"].casefold()], body["occupations"]


#: Refusing an occupation just presented, by the name on its card (quoted «…» as the widget's cards are).
NOT_THIS_ONE = said("not_this_one")


@pytest.mark.parametrize("locale", ALL)
def test_refusing_a_presented_occupation_leaves_out_it_and_its_group_only(person, locale):
    first = person.say(COOK[locale])["occupations"][0]
    body = person.say(NOT_THIS_ONE[locale].format(label=first["label"]))
    assert body["occupations"], body["answer"]
    assert first["ssyk_code"] not in groups(body), (first, body["occupations"])
    assert _heard(locale, body), body["answer"]


ASSISTANT_NURSE = said("assistant_nurse_elderly_care")
NO_CARE = said("no_care_anymore")
#: Assistant nurses (home care, elderly care; wards), care assistants.
CARE = {"5321", "5323", "5330"}


#: (en, ti, uk: no curated word for "care" as a field yet, so the refusal names only some care groups or none;
#: fa: the story also links a care assistant's neighbours. Known gaps, in the report.)
#: (Somali, "kalkaaliye caafimaad (undersköterska)", was an expected failure while the Somali words linked a registered
#: nurse; it passes now and guards the refusal again.)
CARE_LOCALES = ["sv", "sv-easy", "ar", "so"]


@pytest.mark.parametrize("locale", CARE_LOCALES)
def test_refusing_care_work_leaves_out_the_assistant_nurses_own_field(person, locale):
    body = person.say(ASSISTANT_NURSE[locale], NO_CARE[locale])
    assert not CARE & set(groups(body)), (body["occupations"], body["answer"])
    assert _heard(locale, body), body["answer"]
