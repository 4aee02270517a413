"""What a refusal refuses, read from its whole clause in any word order (assistant/interpretation/refused_thing.py)."""
from __future__ import annotations

import pytest

from assistant.interpretation.refused_thing import names_something, thing_span

NAMED = [
    ("städa vill ja inte göra mer", "städa"),
    ("jag vill inte jobba med städning", "städning"),
    ("ja e inte snickare", "snickare"),
    ("cleaning, i dont want to do that anymore", "cleaning"),
    ("i dont want to work in a kitchen", "kitchen"),
    ("NOT retail again pls", "retail"),
    ("التنظيف ما اريده بعد", "التنظيف"),
    ("آني مو نجار", "نجار"),
    ("nadiifin mar dambe ma rabo", "nadiifin"),
    ("ጽሬት ደጊመ ክሰርሕ ኣይደልን", "ጽሬት"),
    ("کار صفایی نمیخوام", "صفایی"),
    ("прибирати більше не буду", "прибирати"),
    ("не хочу працювати на складі", "складі"),
]
NOTHING = ["vill inte mer", "orkar inte, vill inte mer", "vill jag inte jobba alls", "i dont want those",
           "i dont want that anymore", "خلاص ما اريد هذا بعد", "ma rabo taas", "taas mar dambe ma rabo", "እዚ ደጊመ ኣይደልዮን",
           "دیگه اینو نمیخایم", "я більше цього не хочу", "я не буду"]


@pytest.mark.parametrize(("clause", "thing"), NAMED)
def test_the_thing_refused_in_any_word_order(clause, thing):
    got = thing_span(clause)
    assert got is not None and clause[got[0]:got[1]] == thing


@pytest.mark.parametrize("clause", NOTHING)
def test_a_refusal_naming_nothing(clause):
    assert not names_something(clause)
