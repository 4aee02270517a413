"""A wish for work named by what one works WITH, and occupations named in a follow-up (rater30 classes 1 and 2).

rater30 en c04: a burnt-out helpdesk technician said "something with dogs maybe, like training them?" and got wishes
for «Fritidsledare, församling» and «Idrottstränare» (the training was read as sports); "what does an animal keeper or
a vet nurse earn?" got the salary of «Veterinär» ("vet" inside "vet nurse"). A counsellor names animal work a person
can reach (djurvårdare, djurskötare, hundtränare …) and answers the pay of the occupations NAMED.
In all 8 languages: "something with dogs, like training them" (after a wish for work with animals) wishes for animal
work and is answered with it (no courses question), no sports or leisure work, and no vet leads; the pay of an
animal keeper/carer and a veterinary nurse is the salary of those two, never the vet's.
Through the real app over the shared test store; the sentences live in phrases/dialogue_animals18.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, LIST_ACTIONS, cited, groups, said_all, wished_groups

DOGS, WITH_ANIMALS, KEEPER_PAY = said_all(
    "animals18_dogs_training", "animals18_with_animals", "animals18_keeper_or_vet_nurse_pay")
#: SSYK 2012 groups of work with animals a person reaches without a long licensed degree: 3240 Djursjukskötare m.fl.,
#: 6121 lantbrukets husdjur, 6122 sällskapsdjur (Smådjursskötare, Hundtränare …), 6129 övriga (Djurvårdare).
ANIMAL_WORK = ("3240", "6121", "6122", "6129")
VETS = "2250"
#: Sports coaches and leisure/youth leaders (3422 Idrottstränare, 3423 Fritidsledare): no reading of "training them".
SPORTS = ("3422", "3423")
VET_NURSES = "3240"
KEEPERS = ("6121", "6122", "6129")


@pytest.mark.parametrize("locale", ALL)
def test_something_with_dogs_like_training_them_is_animal_work(person, locale):
    person.say(WITH_ANIMALS[locale])
    body = person.say(DOGS[locale])
    # (the training is the dogs': no question for courses, the wish is answered with its work)
    assert body["action"] in LIST_ACTIONS, (locale, body["action"], body["answer"][:400])
    wished = wished_groups(body)
    assert any(g in ANIMAL_WORK for g in wished), (locale, body["profile"]["wishes"])
    assert not [g for g in wished if g in SPORTS], (locale, body["profile"]["wishes"])
    shown = groups(body)
    assert shown and shown[0] in ANIMAL_WORK, (locale, body["action"], shown, body["answer"][:400])


@pytest.mark.parametrize("locale", ALL)
def test_the_pay_of_an_animal_keeper_and_a_vet_nurse_is_theirs(person, locale):
    person.say(WITH_ANIMALS[locale])
    body = person.say(KEEPER_PAY[locale])
    assert body["action"] == "salary", (locale, body["action"], body["answer"][:400])
    shown = groups(body)
    assert VET_NURSES in shown and any(g in KEEPERS for g in shown), (locale, shown, body["answer"][:600])
    assert VETS not in shown, (locale, shown, body["answer"][:600])
    assert not [c for c in cited(body, "statistics") if "Veterinär" in c["title"]], (locale, body["answer"][:600])
