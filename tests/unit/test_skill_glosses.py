"""The curated glosses of Swedish skill labels (assistant/skill_glosses.py): every key is a real skill label of the
store (a JobTech skill, the Swedish label of the JobTech <-> ESCO mapping, a skill employers ask for), as the answers
quote it (a gloss of a label no source gives would never be shown, or would gloss a label that
was mistyped), and every entry says it in each language that is not Swedish."""
from __future__ import annotations

import sqlite3

from assistant.composers.grounded import skill_list
from assistant.skill_glosses import labels, skill_gloss, table

#: The readers a Swedish skill label is glossed for (Swedish readers keep the sources' words).
GLOSSED = ("en", "ar", "so", "ti", "fa", "uk")


def test_every_gloss_key_is_a_skill_label_of_the_store(relations_db):
    db = sqlite3.connect(f"file:{relations_db}?mode=ro", uri=True)
    real = {r[0] for r in db.execute("SELECT label FROM skills")}
    real |= {r[0] for r in db.execute("SELECT esco_label_sv FROM esco_crosswalk WHERE concept_type = 'skill' "
                                      "AND esco_label_sv IS NOT NULL")}
    real |= {r[0] for r in db.execute("SELECT jobtech_label FROM esco_crosswalk WHERE concept_type = 'skill' "
                                      "AND jobtech_label IS NOT NULL")}
    # the skills employers ask for per occupation (said as 'employers often also ask for')
    real |= {r[0] for r in db.execute("SELECT label FROM demanded_skills")}
    assert [label for label in labels() if label not in real] == []


def test_every_entry_glosses_every_language_briefly():
    assert len(labels()) == len(table())          # no label written twice (casefolded)
    for label, glosses in table().items():
        assert set(glosses) == set(GLOSSED), label
        for language, gloss in glosses.items():
            # said inside the brackets after the label: no brackets or quote marks of its own
            assert gloss.strip() and not set(gloss) & set("()«»"), (label, language, gloss)
            assert len(gloss) <= 90, (label, language, gloss)


def test_a_glossed_label_is_said_with_its_gloss_and_an_unglossed_one_marked_swedish():
    carried = [{"sv": "foga samman metalldelar"}, {"sv": "en färdighet utan glosa"}]
    assert skill_list("sv", carried) == "«foga samman metalldelar», «en färdighet utan glosa»"
    ti = skill_list("ti", carried)
    assert f"«foga samman metalldelar» ({skill_gloss('ti', 'foga samman metalldelar')})" in ti
    assert ti.endswith("«en färdighet utan glosa» (ብሽወደንኛ)")
    assert skill_gloss("sv-easy", "foga samman metalldelar") is None


def test_the_reason_names_the_work_told_in_the_readers_language_once_it_is_clear_which():
    from assistant.composers.grounded import render_value
    from assistant.locales import text
    from assistant.occupation_names import index

    welder = index()["svetsare, manuell"]
    carried = [{"sv": "foga samman metalldelar"}]
    for loc in GLOSSED:
        with_skills = render_value(loc, {"reasons": ["transfer"], "carried": carried, "told": ["Svetsare, manuell"]})
        assert welder[loc] in with_skills and skill_gloss(loc, "foga samman metalldelar") in with_skills, with_skills
        alone = render_value(loc, {"reasons": ["transfer"], "carried": [], "told": ["Svetsare, manuell"]})
        assert welder[loc] in alone, alone
        # two works told with different names: which one carries over is not known here, so none is named
        both = render_value(loc, {"reasons": ["transfer"], "carried": [], "told": ["Svetsare, manuell", "Lagerarbetare"]})
        assert both == text(loc, "reasons.transfer"), both
    assert render_value("sv", {"reasons": ["transfer"], "carried": [], "told": ["Svetsare, manuell"]}) \
        == text("sv", "reasons.transfer")


def test_easy_swedish_reasons_joined_as_sentences_start_upper_case():
    """sv-easy joins reasons with ". ": the second sentence starts upper-case (rater30 c03: ". du kan använda …")."""
    from assistant.composers.grounded import render_value

    said = render_value("sv-easy", {"reasons": ["similar", "transfer"], "n": 0})
    assert ". du " not in said and ". Du kan använda" in said
    assert ", och du kan" in render_value("sv", {"reasons": ["similar", "transfer"], "n": 0})  # a comma keeps lower case
