"""A seamstress's suggestions are justified by what she said, the list after a refusal looks further in the field she
wished for, and what the sources do not say about her limitation names the limitation (rater23 fa, conversation 1).

- T1: a seamstress of twelve years got «Skräddare», «Industrisömmerska» and then «Processoperatör, papper» "because it
  is close to your experience": the taxonomy lists paper-process work as a neighbour of industrial sewing (one broad
  manufacturing field), though the two share no skill. A suggestion "close to your experience" must share what the
  work asks (its skills) with the person's own work.
- T6: "no, I don't want cleaning — only sewing or something close to it" got Packare, Montör träprodukter and
  Möbelmontör: the list after a refusal was the previous list minus the refused work, not more of the field wished for.
- T6: "the sources say nothing about *this topic* for X either" named no topic: the limitation told turns before.

Through the real app over the shared test store; the sentences live in phrases/dialogue_sewing8.yaml (the
seamstress and her refusal are limits6's).
"""
from __future__ import annotations

import pytest

from assistant.citations import sentences
from assistant.locales import lookup
from tests.dialogue_support import ALL, constraint_values, listed, said_all, work_done

SEAMSTRESS, ONLY_SEWING = said_all("limits6_seamstress", "limits6_only_sewing")
FACTORY, NO_NIGHTS = said_all("sewing8_factory_seamstress", "sewing8_mother_no_nights")
#: Tailors, dressmakers and upholsterers (753), textile machine operators and industrial sewers (815): sewing work.
SEWING = ("753", "815")


@pytest.mark.parametrize("story", ["seamstress", "factory"])
@pytest.mark.parametrize("locale", ALL)
def test_a_seamstress_is_shown_sewing_work_not_work_that_shares_none_of_her_skills(person, locale, story):
    """Every suggestion is her own trade or work that asks what she can do; none is "close to your experience"
    only because the taxonomy puts it in the same broad field (paper-process, plastics or wood assembly)."""
    body = person.say((SEAMSTRESS if story == "seamstress" else FACTORY)[locale])
    assert work_done(body), (locale, body["profile"]["experiences"])
    shown = listed(body)
    assert all(code.startswith(SEWING) for code in shown), (locale, [(o["label"], o.get("ssyk_code"))
                                                                     for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_only_sewing_after_a_refusal_gets_more_sewing_work_not_the_old_list_minus_the_refused(person, locale):
    """After "no cleaning, only sewing or something close", the list is the field she wished for: sewing work
    first and only, whether or not the answer leaves out what was shown before."""
    person.say(SEAMSTRESS[locale])
    body = person.say(ONLY_SEWING[locale])
    shown = listed(body)
    assert all(code.startswith(SEWING) for code in shown), (locale, body["action"], [
        (o["label"], o.get("ssyk_code")) for o in body["occupations"]])


@pytest.mark.parametrize("locale", ALL)
def test_what_the_sources_do_not_say_names_the_limitation_it_is_about(person, locale):
    """rater23 fa T6: «منابع درباره این موضوع … هم چیزی نمی‌گویند» (the sources say nothing about *this topic*
    either), turns after the limitation was told: the sentence names the limitation, as the first one did."""
    person.say(SEAMSTRESS[locale])
    told = person.say(NO_NIGHTS[locale])
    held = [v for v in constraint_values(told, "limitation") if v in ("night", "daytime")]
    assert held, (locale, told["profile"]["constraints"])
    body = person.say(ONLY_SEWING[locale])
    frame = str(lookup(locale, "constraint.unknown_again"))
    fixed = max(frame.replace("{label}", "{}").replace("{what}", "{}").split("{}"), key=len).strip(" .،,:;")
    named = [str(lookup(locale, f"limitation.{v}")) for v in held]
    silent = [s for s in sentences(body["answer"]) if fixed in s]
    assert silent, (locale, fixed, body["answer"])  # (new work shown after the limitation: the sources' silence said)
    assert all(any(n in s for n in named) for s in silent), (locale, named, silent)
