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


#: Two verb-final refusals side by side (rater29 fa c07: «در فابریکه کار نمیکنم، سر و صدا را دوست ندارم» was refused
#: whole, as a field named by the sentence) and a body clause beside a refusal (age13: "no more lorry driving, my back
#: can't take it"): each clause is read on its own.
APART = [
    ("در فابریکه کار نمیکنم، سر و صدا را دوست ندارم", "fa", ["در فابریکه کار نمیکنم", "سر و صدا را دوست ندارم"]),
    ("Warshad kama shaqeeyo, qaylada ma jecli", "so", ["Warshad kama shaqeeyo", "qaylada ma jecli"]),
    ("ደጊም ናይ ጽዕነት መኪና ክመርሕ ኣይደልን፣ ሕቖይ ኣይክእሎን", "ti", ["ደጊም ናይ ጽዕነት መኪና ክመርሕ ኣይደልን", "ሕቖይ ኣይክእሎን"]),
]


@pytest.mark.parametrize(("text", "lang", "clauses"), APART)
def test_two_refusing_clauses_are_read_apart(text, lang, clauses):
    from assistant.interpretation.segment import analyse

    assert [st.text for st in analyse(text, lang=lang).statements] == clauses


def test_a_body_clause_ends_the_refusal_before_it():
    from assistant.interpretation.refused_thing import scope_end

    text = "لا أريد قيادة الشاحنات بعد الآن، ظهري لا يتحمل"
    assert text[:scope_end(text, 0, len(text))] == "لا أريد قيادة الشاحنات بعد الآن"
