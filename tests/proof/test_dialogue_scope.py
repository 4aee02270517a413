"""Questions outside what the assistant can answer (issue 10, the independent counsellor's findings).

Residence/work permits, CSN study support and how SFI is run are not in the sources. Asked alone
they are answered honestly (action ``outside_scope``): the assistant cannot answer that, and names
the authority to ask with its official start page, in the person's language, instead of
"I could not find the occupation «…»". Asked beside an occupation question, the occupation part is
answered and the authority is named as well. Through the real FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from assistant.locales import lookup
from assistant.state import LOCALES
from tests.api_support import WidgetClient as Person

pytestmark = pytest.mark.slow
ALL = list(LOCALES)

PERMIT = {
    "sv": "Får jag jobba heltid med mitt uppehållstillstånd som sambo?",
    "sv-easy": "Får jag jobba med mitt uppehållstillstånd?",
    "en": "Can I work full time on my partner visa?",
    "ar": "هل يمكنني العمل بدوام كامل مع تصريح الإقامة كشريك؟",
    "so": "Ma ka shaqeyn karaa waqti buuxa anigoo haysta sharciga deganaanshaha lammaanaha?",
    "ti": "ብፍቓድ መንበሪ ከም መጻምድቲ ምሉእ ሰዓት ክሰርሕ ይኽእል ዶ?",
    "fa": "آیا با اجازه اقامت همسری می‌توانم تمام وقت کار کنم؟",
    "uk": "Чи можу я працювати повний день з дозволом на проживання як партнер?",
}
CSN = {
    "sv": "Kan jag få pengar från CSN när jag studerar?",
    "en": "Can I get money from CSN while I study?",
    "so": "CSN lacag ma ka helayaa markaan wax baranayo?",
    "uk": "Чи можу я отримати гроші від CSN, коли навчаюся?",
}
SFI = {
    "sv": "Är SFI gratis och kan jag läsa på kvällen?",
    "en": "Is SFI free for me and can I do it evenings?",
    "ar": "هل دروس SFI مجانية وهل يمكنني الدراسة في المساء؟",
    "uk": "Чи SFI безкоштовне і чи можна навчатися ввечері?",
}
TESTER = "I have worked as a software tester for six years."
SALARY_AND_PERMIT = "What is the salary for a software tester? And can I work full time on my partner visa?"



def _says_scope(locale: str, topic: str, answer: str) -> None:
    sentence = lookup(locale, f"scope.{topic}")
    assert sentence, (locale, topic)
    start = sentence.split("{")[0].strip()[:10]  # before the glossary's "SFI (Swedish for immigrants)"
    assert start in answer, (start, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_permit_question_names_migrationsverket(client, locale):
    body = Person(client, locale).say(PERMIT[locale])
    assert body["action"] == "outside_scope", body["answer"]
    assert "Migrationsverket" in body["answer"] and "https://www.migrationsverket.se" in body["answer"]
    assert body["occupations"] == []
    _says_scope(locale, "migration", body["answer"])


@pytest.mark.parametrize("locale", list(CSN))
def test_a_csn_question_names_csn(client, locale):
    body = Person(client, locale).say(CSN[locale])
    # "while I study" may also read as a courses question: then the courses come first, CSN after them
    assert body["action"] in ("outside_scope", "courses"), body["answer"]
    assert "https://www.csn.se" in body["answer"]
    _says_scope(locale, "csn", body["answer"])


@pytest.mark.parametrize("locale", list(SFI))
def test_an_sfi_question_says_it_is_free_from_the_route_and_where_to_ask_about_times(client, locale):
    body = Person(client, locale).say(SFI[locale])
    assert body["action"] == "outside_scope", body["answer"]
    assert "route:sfi" in [c["id"] for c in body["citations"]], body["citations"]
    _says_scope(locale, "sfi", body["answer"])


def test_salary_and_permit_in_one_message(client):
    person = Person(client, "en")
    person.say(TESTER)
    body = person.say(SALARY_AND_PERMIT)
    assert body["action"] == "salary", body["answer"]
    assert "statistics" in {c["kind"] for c in body["citations"]}
    _says_scope("en", "migration", body["answer"])
