"""Leaving a worn-out field, and turning a suggestion down in free words (rater30 class 3 and 6, en c04; sv c02).

Rater30 c04: an IT helpdesk worker of seven years wrote "honestly I'm burnt out. I'd love to work with animals" and got
«Helpdesktekniker/Supporttekniker» as the third idea, "because it is like work you have done"; later "vet stuff sounds
bloody" stored no refusal, and the next answer was the Veterinär licence route. In sv c02 "jag vet inte hur länge till
jag orkar" (I don't know how long I can manage) became an avoid constraint "hur länge". A counsellor hears a person
worn out in their field as turning away from it, hears "that sounds bloody / not my thing" as a no to what was just
talked about, and never reads "how long I can manage" as something refused. Now, in all 8 languages:

- someone worn out / burnt out in their own field (IT support, restaurant kitchens, lorry driving, cleaning, shop work)
  who does not know how long they can go on and wants something completely different gets no occupation of that
  field and no "like work you have done" reason, and the time or strength words are no refusal;
- after asking how to become a vet, "that sounds too bloody" / "vet stuff sounds bloody" / "not my thing" is a stored
  refusal of the vet (an avoid constraint on that occupation), and the next answer shows no vet.
Through the real app over the shared test store; the sentences live in phrases/dialogue_leave18.yaml.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from tests.dialogue_support import ALL, constraints, groups, said_all

WORN_OUT, VET_ASKED, VET_DISLIKED = said_all("leave18_worn_out", "leave18_vet_asked", "leave18_vet_disliked")
#: The field each locale's person is worn out in (SSYK prefixes): IT support technicians (351), cooks (512) and
#: kitchen helpers (941), heavy-vehicle drivers (833), cleaners (911), shop sales and checkout staff (522, 523).
FIELD = {"sv": ("351",), "sv-easy": ("512", "941"), "en": ("512", "941"), "ar": ("512", "941"), "so": ("833",),
         "ti": ("911",), "fa": ("522", "523"), "uk": ("351",)}
#: Words of time or strength in each locale's sentence: never the words of a refusal.
STRAIN = {"sv": ("hur länge", "orkar"), "sv-easy": ("orkar", "sliten"), "en": ("how long", "keep going"),
          "ar": ("قديش", "بتحمل"), "so": ("inta", "awoodi"), "ti": ("ክንደይ", "ክጻወር"), "fa": ("تا چه وقت", "طاقت"),
          "uk": ("скільки", "витримаю")}
#: Veterinarians (SSYK 2250).
VET = "2250"


@pytest.mark.parametrize("locale", ALL)
def test_worn_out_in_a_field_leaves_that_field_and_refuses_no_words_of_strain(person, locale):
    body = person.say(WORN_OUT[locale])
    shown = groups(body)
    assert not [g for g in shown if g.startswith(FIELD[locale])], (locale, body["occupations"], body["answer"][:500])
    for key in ("reasons.experience", "reasons.all_experience", "reasons.similar"):
        assert lookup(locale, key) not in body["answer"], (locale, key, body["answer"][:500])
    words = [c["label"] for c in constraints(body, "avoid") if any(w in c["label"] for w in STRAIN[locale])]
    assert not words, (locale, words)


@pytest.mark.parametrize("locale", ALL)
def test_a_vet_turned_down_in_free_words_is_refused_and_not_shown_again(person, locale):
    person.say(VET_ASKED[locale])
    body = person.say(VET_DISLIKED[locale])
    refused = [c for c in constraints(body, "avoid") if c.get("concept") and "eterinär" in c["concept"]["label"]]
    assert refused, (locale, constraints(body, "avoid"), body["answer"][:400])
    assert VET not in groups(body), (locale, body["occupations"], body["answer"][:400])
    assert not [e for e in body["profile"]["experiences"] if "eterinär" in e["occupation"]["label"]], locale
