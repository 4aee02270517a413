"""An occupation said with "I am …" is read, never redacted as a name (firstjob10's finding, 8 languages).

«أنا مطور برمجيات من الهند» (I am a software developer from India) and «ኣነ ሲቪል ኢንጅነር እየ» (I am a civil engineer)
were taken as a name after the weak introduction cues "أنا" / "ኣነ … እየ": the occupation became "[namn]", nothing was
read and nothing suggested. The chat's redaction step now keeps words that are an occupation of the lexicon
(assistant/redaction_step.work_words); names after the same cues stay redacted (tests/unit/test_redaction_names.py).
Through the real app over the shared test store; the sentences live in phrases/dialogue_workname.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, said_all

DEVELOPER, ENGINEER = said_all("workname_i_am_a_developer", "workname_i_am_a_civil_engineer")


# (the interpreter redacts again what it is given: it keeps the occupation too now, assistant/interpretation/
# introduced_work.py, workname12; the strict expected failures of ar and ti are gone)
@pytest.mark.parametrize(("locale", "said", "group"), [
    (loc, said, group) for said, group in ((DEVELOPER, "25"), (ENGINEER, "21")) for loc in ALL])
def test_i_am_an_occupation_is_read_as_work(person, locale, said, group):
    body = person.say(said[locale])
    told = [e.get("ssyk_code") or "" for e in body["profile"]["experiences"]]
    shown = [o["ssyk_code"] or "" for o in body["occupations"]]
    assert any(c.startswith(group) for c in told + shown), (locale, told, shown, body["profile"].get("wishes"))
    assert not body["profile"].get("name"), body["profile"]
