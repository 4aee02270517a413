"""A driving licence's rule is chosen by the country that issued it (rater26 class 1 and the licence parts of class 2).

Rater26 C2 (sv-easy): a Polish lorry driver asked "Poland is EU – is my licence valid here or must I make a new one?"
and got "Ja" and then the rule for a licence from outside the EEA (valid one year, cannot be exchanged): the only
foreign-licence route was the non-EEA one, so it was said to everyone. A licence issued in an EU/EEA country is valid in
Sweden as it is (Transportstyrelsen's page on licences from EEA countries, route korkort_ees). Rater26 C5 (ar): a
young Syrian asked three times, in his own words («كيف بطلع شهادة سواقة سويدية؟», «كيف بغيرها لسويدية؟»), how to get a
Swedish licence and change his Syrian one, and got SFI in Luleå or "my sources say no more". A licence from outside the
EEA gets that rule (utlandskt_korkort), never the EEA one; a licence whose country is not known hears both rules.
Through the real app over the shared test store; the sentences live in phrases/dialogue_eukort10.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

POLISH, EU_VALID, SYRIAN, SYRIAN_SWAP, GET_SWEDISH, HOME_LICENCE = said_all(
    "eukort10_polish_driver", "eukort10_eu_valid", "eukort10_syrian_youth", "eukort10_syrian_swap",
    "eukort10_get_swedish", "eukort10_home_licence")
EEA, NON_EEA, B_LICENCE = "route:korkort_ees", "route:utlandskt_korkort", "route:korkort_b"


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_from_an_eea_country_is_valid_as_it_is(person, locale):
    """C2 T2/T3: the Polish licence is valid in Sweden; the non-EEA rule is not his."""
    person.say(POLISH[locale])
    body = person.say(EU_VALID[locale])
    ids = route_ids(body)
    assert EEA in ids, (locale, body["action"], ids, body["answer"][:600])
    assert NON_EEA not in ids, (locale, ids, body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_a_syrian_licence_asked_to_be_changed_gets_the_rule_from_outside_the_eea(person, locale):
    """C5 T6: «عندي رخصة سورية، كيف بغيرها لسويدية؟» was answered with mechanic courses."""
    person.say(SYRIAN[locale])
    body = person.say(SYRIAN_SWAP[locale])
    ids = route_ids(body)
    assert NON_EEA in ids, (locale, body["action"], ids, body["answer"][:600])
    assert EEA not in ids, (locale, ids, body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_how_to_get_a_swedish_licence_beside_a_syrian_one_is_answered(person, locale):
    """C5 T2: «كيف بطلع شهادة سواقة سويدية؟ عندي شهادة سواقة سورية» got SFI in Luleå."""
    person.say(SYRIAN[locale])
    body = person.say(GET_SWEDISH[locale])
    ids = route_ids(body)
    assert B_LICENCE in ids and NON_EEA in ids, (locale, body["action"], ids, body["answer"][:600])
    assert EEA not in ids, (locale, ids, body["answer"][:600])


@pytest.mark.parametrize("locale", ALL)
def test_a_licence_from_a_country_not_named_hears_both_rules(person, locale):
    """No country told: the EEA rule and the non-EEA rule, briefly, and which country is asked."""
    body = person.say(HOME_LICENCE[locale])
    ids = route_ids(body)
    assert EEA in ids and NON_EEA in ids, (locale, body["action"], ids, body["answer"][:600])
    assert body["answer"].rstrip().endswith(("?", "؟")), (locale, body["answer"][-300:])


DRIVE_HERE, NEW_LICENCE = said_all("eukort10_drive_here", "eukort10_new_licence")


@pytest.mark.parametrize("question", ["drive_here", "new_licence"])
@pytest.mark.parametrize("locale", ALL)
def test_a_polish_driver_asking_in_other_words_hears_his_licence_is_valid(person, locale, question):
    """C2 T1 "can I drive here with my licence?" got "get a licence valid in Sweden"; T2 "must I make a new licence?"
    got "Ja"."""
    person.say(POLISH[locale])
    body = person.say((DRIVE_HERE if question == "drive_here" else NEW_LICENCE)[locale])
    ids = route_ids(body)
    assert EEA in ids, (locale, body["action"], ids, body["answer"][:600])
    assert NON_EEA not in ids, (locale, ids, body["answer"][:600])


B_FIRST = said_all("eukort10_b_first")[0]
#: Transportstyrelsen's ages for practising on a bus or lorry, which says B comes first and C is not needed before D.
STEP_AGES = "route:ovningskorning_alder"


@pytest.mark.parametrize("locale", ALL)
def test_do_i_need_b_first_for_a_lorry_is_answered(person, locale):
    """C5 T7: «ولازم يكون عندي B أول؟» (do I need B first?) was not answered."""
    person.say(SYRIAN[locale])
    body = person.say(B_FIRST[locale])
    ids = route_ids(body)
    assert STEP_AGES in ids, (locale, body["action"], ids, body["answer"][:600])
