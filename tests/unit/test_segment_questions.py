"""A question cut off the statement it follows in one sentence (assistant/interpretation/questions.py, segment.py):
only when the clause before it tells something; never when that clause asks itself, nor before a relative clause."""
from __future__ import annotations

import pytest

from assistant.interpretation.segment import analyse

#: (text, [(statement, asks?)]) — the statements in order
CUT = [
    ("I was a cook for 10 years, what can I do now?", [("I was a cook for 10 years", False), ("what can I do now", True)]),
    ("jobbade som städare i 5 år, vad kan jag bli nu?", [("jobbade som städare i 5 år", False),
                                                          ("vad kan jag bli nu", True)]),
    ("كنت طباخ ١٠ سنين، شو بقدر اشتغل هون؟", [("كنت طباخ ١٠ سنين", False), ("شو بقدر اشتغل هون", True)]),
    ("я 10 років був кухарем, ким можу працювати тут?", [("я 10 років був кухарем", False),
                                                        ("ким можу працювати тут", True)]),
    ("I'm a nurse from Nigeria and want to know how to get the licence",
     [("I'm a nurse from Nigeria", False), ("want to know how to get the licence", True)]),
    ("انا ممرضة من نيجيريا وبدي اعرف كيف آخذ الترخيص", [("انا ممرضة من نيجيريا", False),
                                                      ("وبدي اعرف كيف آخذ الترخيص", True)]),
]
KEPT_WHOLE = [
    "Men var kan jag plugga till kock, finns det någon utbildning?",   # asks before the comma too
    "Is SFI free for me and can I do it evenings?",                     # a verb first asks
    "I worked at a hotel, where I cleaned rooms for 5 years",           # a relative clause, no "?"
    "I mean high school, which programme fits?",                        # corrects what was asked
    "معاش دستیار نرس و نرس چقدر است؟",                                   # one question about two
    "خیاطی فقط یک آگهی دارد، کم است.",                                   # Dari "little", not Arabic "how many"
]


@pytest.mark.parametrize(("text", "expected"), CUT)
def test_a_question_after_a_statement_is_its_own_clause(text, expected):
    assert [(s.text, s.question) for s in analyse(text).statements] == expected


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_no_cut_where_the_first_clause_asks_or_a_relative_clause_follows(text):
    assert len(analyse(text).statements) == 1, [(s.text, s.question) for s in analyse(text).statements]


YEARS = [
    ("waxaan ahay 23 sano, Örebro ayaan deganahay. waxaan ka shaqeeyay dukaan", []),   # an age (rater9 conv5)
    ("waxaan ahay kalkaaliye 5 sano", [5.0]),
    ("ኣነ ጓል 19 ዓመት እየ ካብ ኤርትራ። ቅድሚ 2 ዓመት ናብ ሽወደን መጺአ።", []),                  # age, came 2 years ago (rater10)
    ("ን10 ዓመት ከሻኒ ነይረ", [10.0]),                                                 # "for 10 years" with digits
    ("I came 2 years ago, worked 5 years as cook", [5.0]),
    ("kom hit för 2 år sedan, jobbade som kock i 5 år", [5.0]),
    ("jag har jobbat för 10 år som kock", [10.0]),                                   # a learner's "för" is no "ago"
    ("jobbade 5 år sedan flyttade jag", [5.0]),                                      # "sedan" alone is "then"
    ("جيت قبل سنتين، اشتغلت طباخ 5 سنين", [5.0]),
    ("приїхала 2 роки тому, працювала 5 років кухарем", [5.0]),
]


@pytest.mark.parametrize(("text", "years"), YEARS)
def test_an_age_or_a_time_ago_is_no_years_of_work(text, years):
    assert [y.years for y in analyse(text).years] == years
