"""The "not again / no more / done with" markers of a refusal of one's own work (refuse15,
assistant/interpretation/no_longer.py), in the 8 languages, and what is no such marker."""
from __future__ import annotations

import pytest

from assistant.interpretation.no_longer import says_no_longer
from assistant.interpretation.segment import classify_statement

SAID = [
    "INTE handel igen", "ingen skräddare längre", "vill aldrig mer sy", "jag är trött på städning",
    "no more tailoring", "im done with sewing", "not retail again pls", "i dont want to cook anymore",
    "ما اريد خياطة بعد", "ما اريد اشتغل بياع مرة ثانية", "تعبت من المطاعم",
    "dawaarle mar dambe ma rabo", "iibiye mar dambe MA RABO",
    "ደጊመ ሰፋዪ ክኸውን ኣይደልን",
    "دیگه خیاطی نه", "دیگه فروشندگی نمیخایم", "دوباره خیاطی نمیکنم",
    "продавцем більше НІКОЛИ", "більше не хочу шити",
]
NOT_SAID = [
    "kan inte jobba mer än 20 timmar", "can i still work as a tailor or not?", "no more than 20 hours a week",
    "ما اشتغلت بعد", "لا اعرف بعد", "не більше ніж 20 годин", "what else can I do", "دیگه چی کار کده میتانم؟",
    "ma ka shaqayn karaa dawaarle mise maya?",
]


@pytest.mark.parametrize("text", SAID)
def test_a_no_longer_marker_is_read_and_makes_the_clause_a_refusal(text):
    assert says_no_longer(text), text
    assert classify_statement(text)[0] == "negation", text


@pytest.mark.parametrize("text", NOT_SAID)
def test_no_marker_in_limits_questions_and_yet(text):
    assert not says_no_longer(text), text


@pytest.mark.parametrize("text", ["كنت طباخ ٧ سنين، خلاص تعبت من المطبخ", "darawal baan ahaa 5 sano, darawalnimo mar dambe ma rabo",
                                  "працювала прибиральницею 5 років, прибирати більше не буду"])
def test_the_work_told_before_a_no_longer_clause_stays_a_statement_of_its_own(text):
    from assistant.interpretation.segment import analyse

    kinds = [s.kind for s in analyse(text).statements]
    assert kinds == ["experience", "negation"], kinds


#: turnaway12 (rater27): wanting away from, out of, to leave or quit a work is the same turn from it.
AWAY = ["jag vill BORT från butiken", "vill byta från städ", "jag vill ut ur handeln", "jag vill lämna vården",
        "I want to get out of retail", "i wanna quit cleaning", "switching from restaurants",
        "بدي اطلع من شغل المحلات", "أريد أن أبتعد عن المطاعم", "waxaan rabaa inaan ka baxo dukaanka",
        "ካብ ስራሕ ድኳን ክወጽእ እደሊ", "میخواهم از کار دوکان بیرون شوم", "میخواهم صفاکاری را ترک کنم",
        "хочу піти з торгівлі", "хочу кинути прибирання"]
#: ... and what tells where one came from, what happened, or leaving in a question.
NOT_AWAY = ["Jag kom från Syrien 2015", "jag vill lämna in ansökan", "I moved from Syria", "out of work for a year",
            "I left my job because of my back", "im on part time sick leave", "جئت من سوريا",
            "Waxaan ka imid Soomaaliya", "از افغانستان آمدم", "Я приїхала з України",
            "довелося кинути навчання, коли почалася війна", "Я пішла з магазину рік тому"]


@pytest.mark.parametrize("text", AWAY)
def test_wanting_away_from_a_work_is_a_turn_from_it(text):
    assert says_no_longer(text), text


@pytest.mark.parametrize("text", NOT_AWAY)
def test_coming_from_and_what_happened_are_no_turn_away(text):
    assert not says_no_longer(text), text


@pytest.mark.parametrize("text", ["Хочу піти з торгівлі, дуже люблю працювати з дітьми",
                                  "میخواهم از کار دوکان بیرون شوم، کار کردن با اطفال را خوش دارم",
                                  "ካብ ስራሕ ድኳን ክወጽእ እደሊ፡ ምስ ቆልዑ ክሰርሕ ይፈቱ"])
def test_a_liking_after_a_turn_away_is_a_statement_of_its_own(text):
    from assistant.interpretation.segment import analyse

    kinds = [s.kind for s in analyse(text).statements]
    assert kinds[0] == "negation" and len(kinds) == 2 and kinds[1] in ("interest", "wish"), kinds
