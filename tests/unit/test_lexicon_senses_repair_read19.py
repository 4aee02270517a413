"""A repair verb with its object names that repairer, never the vehicle's driver (read19; retrieval/lexicon/senses.yaml)."""
from __future__ import annotations

import pytest

from retrieval.lexicon import match

LORRY_MECHANIC, CAR_MECHANIC, ELECTRONICS = "o7LP_duC_u9Z", "bLKd_4Wg_3rn", "yfhW_7ko_iVM"
MOTO, MACHINES = "paDm_hYD_LFG", "ci6b_Nc2_FmS"
SAID = {
    LORRY_MECHANIC: ["jag har servat lastbilar", "i maintained trucks", "كنت اصلح الشاحنات والباصات",
                     "waxaan dayactiri jiray baabuurta xamuulka", "ኣውቶቡሳት ኣዐርየ ነይረ", "موتر های باربری ترمیم میکردم",
                     "بس ها را ترمیم میکردم", "я ремонтував автобуси"],
    CAR_MECHANIC: ["jag lagade bilar", "i fixed cars", "كنت اصلح سيارات", "waxaan dayactiri jiray baabuurta",
                   "ኣብ ኤርትራ መካይን ኣዐርየ", "در افغانستان موتر ترمیم میکردم", "ремонтував машини"],
    ELECTRONICS: ["jag har lagat mobiler och datorer", "Jag lagade mobiler.", "كنت صلح موبايلات وكمبيوترات",
                  "waxaan hagaajin jiray taleefoonada", "ቴሌፎናትን ኮምፒተራትን ኣዐርየ ነይረ", "موبایل و کمپیوتر ترمیم میکردم",
                  "ремонтував телефони і компютери"],
    MOTO: ["موتر سایکل ترمیم میکردم"],
    MACHINES: ["jag reparerade maskiner", "كنت اصلح مكنات", "waxaan dayactiri jiray mashiinada", "ማሽናት ኣዐርየ",
               "ماشین آلات ترمیم میکردم", "ремонтував верстати"],
}


@pytest.mark.parametrize("occupation", list(SAID))
def test_the_object_names_the_repairer(occupation):
    for said in SAID[occupation]:
        hits = match(said, kinds=("occupation",))
        assert hits and hits[0].concept_id == occupation, (said, [(h.term, h.label_sv) for h in hits])
        assert not [h for h in hits if "förare" in h.label_sv.casefold()], (said, [h.label_sv for h in hits])
