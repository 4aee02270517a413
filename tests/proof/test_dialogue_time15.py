"""How long the way to a licence or a training takes, and money while studying (rater15 and earlier rounds).

The counsellor's findings: a pharmacist trained outside the EU/EES asked how long the Swedish licence takes and got the
steps without a single time (the pharmacist's own steps in the curated route held none, although Socialstyrelsen states
about two months for the review and about two weeks for the licence, and Uppsala University a year for the
supplementary programme); "how long is the assistant-nurse training?" got "my sources state no length" although
Skolverket's package states its 1 500 points; "I am unemployed and have no gymnasium, can I get money to study?" never
heard of studiestartsstöd. Now, in all 8 languages:

- a duration question about a licence lists the route's steps with the times the authority states (each step in the
  reader's language, cited to the regulated-profession document), the other way with its length, says what the whole
  way depends on and who decides, and gives the whole way as the range Region Skåne states (two to four years), cited –
  never only "my sources state no length";
- a duration question about a Komvux training gives the points its cited page states and says that the weeks depend on
  the municipality and the pace, with who to ask;
- a question about money to study from someone unemployed with a short education cites CSN's studiestartsstöd (who can
  get it, applied for through the municipality), not salary statistics.
Through the real app over the shared test store; the sentences live in phrases/dialogue_time15.yaml.
"""
from __future__ import annotations

import re

import pytest

from assistant.licence_answer import step_in
from assistant.locales import lookup
from ingest.sources.regulated import load
from tests.dialogue_support import ALL, Person, cited, route_ids, said_all, wording_start

PHARMACIST, NURSE, START = said_all("time15_pharmacist", "time15_assistant_nurse", "time15_studiestart")
#: A step of a route that states a time (months, weeks, a year).
_TIMED = re.compile(r"månad|vecka|veckor|\bår\b", re.I)
MISREAD = ("salary", "more", "unknown_occupation", "which_occupation", "nothing_more")


def _timed_steps(locale: str) -> list[str]:
    """The pharmacist's outside-EU/EES steps that state a time, as the reader is shown them."""
    route = next(p for p in load().professions if p.key == "apotekare").routes["outside_eu"]
    shown = ((step_in(locale, s), s) for s in route if _TIMED.search(s))
    return [t if isinstance(t, str) else s for t, s in shown]  # (Swedish: the step itself, quoted)


def _fragment(text: str) -> str:
    """The last clause of a locale text or a step (where a step states its time), without placeholders: found in an
    answer whatever a gloss ("Socialstyrelsen (the National Board …)") or a citation mark ("… months [13].") adds."""
    clauses = [" ".join(c.split()) for c in re.split(r"\{[^}]*\}|[.:;,()።፡؛،؟?!«»–]", text)]
    return [c for c in clauses if len(c) >= 10][-1][-25:]


def _in(text: str, answer: str) -> bool:
    return _fragment(text) in " ".join(answer.split())


@pytest.mark.parametrize("locale", ALL)
def test_how_long_the_licence_takes_is_each_steps_time_and_what_the_whole_way_depends_on(client, locale):
    body = Person(client, locale).say(PHARMACIST[locale])
    answer = body["answer"]
    assert body["action"] not in MISREAD, (locale, body["action"], answer)
    assert any("Socialstyrelsen" in c["title"] for c in cited(body, "regulated_profession")), (locale, answer)
    missing = [s for s in _timed_steps(locale) if not _in(s, answer)]
    assert len(_timed_steps(locale)) >= 3 and not missing, (locale, missing, answer)
    assert wording_start(locale, "duration.licence_steps", 30) in answer, (locale, answer)
    assert "route:legitimation_tid_utanfor_eu" in route_ids(body), (locale, route_ids(body), answer)  # the range
    # the assistant nurse's training: its points and that the weeks are the municipality's (who to ask follows)
    body = Person(client, locale).say(NURSE[locale])
    assert "route:komvux_vard_omsorg" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert _in(str(lookup(locale, "duration.points")), body["answer"]), (locale, body["answer"])
    assert "1500" in re.sub(r"[\s,.\u00a0\u202f]", "", body["answer"]), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_money_to_study_for_someone_unemployed_with_a_short_education_names_studiestartsstod(client, locale):
    body = Person(client, locale).say(START[locale])
    assert body["action"] in ("rights", "courses", "outside_scope"), (locale, body["action"], body["answer"])
    assert "route:studiestartsstod" in route_ids(body), (locale, route_ids(body), body["answer"])
    assert not [c for c in cited(body, "statistics") if "Lönestatistik" in c["title"]], (locale, body["answer"])

