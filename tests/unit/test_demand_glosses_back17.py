"""Every curated demand glossed in assistant/locales/demand_glosses.yaml is the words of a demand in
retrieval/group_demands.GROUP_DEMANDS, glossed in every non-Swedish dialogue language, and a quoted demand of that
kind ("SSYK 5321 …: <words>") finds its gloss (back17: rater29 c03, an untranslated Swedish sentence in Somali)."""
from __future__ import annotations

from assistant.skill_glosses import demand_table, skill_gloss
from retrieval.group_demands import GROUP_DEMANDS

LANGS = ("en", "ar", "so", "ti", "fa", "uk")


def test_each_glossed_demand_is_a_curated_demand_glossed_in_every_language():
    words = {meaning.casefold() for kinds in GROUP_DEMANDS.values() for _, meaning in kinds}
    for key, glosses in demand_table().items():
        assert key in words, key
        assert all(glosses.get(lang) for lang in LANGS), (key, glosses)


def test_a_quoted_group_demand_is_glossed_but_not_for_swedish_readers():
    quote = ("SSYK 5321 Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering: lyft och förflyttningar "
             "av patienter och brukare, tungt för rygg och axlar")
    assert skill_gloss("so", quote) and skill_gloss("en", quote).startswith("lifting and moving patients")
    assert skill_gloss("sv", quote) is None and skill_gloss("sv-easy", quote) is None
    assert skill_gloss("en", "SSYK 9999 Något: ett krav som ingen har glosat") is None
