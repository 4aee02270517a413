"""Questions outside what the assistant can answer (issue 10, the independent counsellor's findings).

Residence/work permits, CSN study support and how SFI is run are not in the sources. Asked alone
they are answered honestly (action ``outside_scope``): the assistant cannot answer that, and names
the authority to ask with its official start page, in the person's language, instead of
"I could not find the occupation «…»". Asked beside an occupation question, the occupation part is
answered and the authority is named as well. Through the real FastAPI app over the shared test store.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, Person, cited, said_all, wording_start

PERMIT, CSN, SFI = said_all(
    "permit_question", "csn_question", "sfi_question")
TESTER = "I have worked as a software tester for six years."
SALARY_AND_PERMIT = "What is the salary for a software tester? And can I work full time on my partner visa?"


def _says_scope(locale: str, topic: str, answer: str) -> None:
    start = wording_start(locale, f"scope.{topic}", 10)  # before the glossary's "SFI (Swedish for immigrants)"
    assert start, (locale, topic)
    assert start in answer, (start, answer)


@pytest.mark.parametrize("locale", ALL)
def test_a_permit_question_names_migrationsverket(person, locale):
    body = person.say(PERMIT[locale])
    assert body["action"] == "outside_scope", body["answer"]
    assert "Migrationsverket" in body["answer"] and "https://www.migrationsverket.se" in body["answer"]
    assert body["occupations"] == []
    _says_scope(locale, "migration", body["answer"])


@pytest.mark.parametrize("locale", list(CSN))
def test_a_csn_question_names_csn(person, locale):
    body = person.say(CSN[locale])
    # "while I study" may also read as a courses question: then the courses come first, CSN after them
    assert body["action"] in ("rights", "outside_scope", "courses"), body["answer"]  # rights: from CSN's pages
    assert "https://www.csn.se" in body["answer"]
    _says_scope(locale, "csn", body["answer"])


@pytest.mark.parametrize("locale", list(SFI))
def test_an_sfi_question_says_it_is_free_from_the_route_and_where_to_ask_about_times(person, locale):
    body = person.say(SFI[locale])
    assert body["action"] == "outside_scope", body["answer"]
    assert "route:sfi" in [c["id"] for c in body["citations"]], body["citations"]
    _says_scope(locale, "sfi", body["answer"])


def test_salary_and_permit_in_one_message(client):
    person = Person(client, "en")
    body = person.say(TESTER, SALARY_AND_PERMIT)
    assert body["action"] == "salary", body["answer"]
    assert cited(body, "statistics")
    _says_scope("en", "migration", body["answer"])
