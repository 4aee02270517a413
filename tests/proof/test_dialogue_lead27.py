"""A teacher from abroad asking "does my education count?" hears the teacher's own way in (lead, rater36 replay07 T1).

knows26's card on years abroad (UHR assesses a degree, the employer the years) answered a maths teacher from Eritrea
alone, where a counsellor names the teaching licence (Skolverket) and the supplementary programme for teachers from
abroad: work told in a regulated profession with its own authority is answered by that authority's route, in the
answer about the work (assistant/asked_cards._own_recognition). Real app over the shared test store, 8 languages.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said_all

(TEACHER_COUNTS,) = said_all("lead27_teacher_counts")
TEACHER_ROUTES = {"route:hogskola_larare", "route:komplettering_larare", "route:grundlararprogrammet"}


@pytest.mark.parametrize("locale", ALL)
def test_a_teacher_from_abroad_hears_the_teachers_way_not_uhr_alone(person, locale):
    body = person.say(TEACHER_COUNTS[locale])
    ids = route_ids(body)
    assert TEACHER_ROUTES & set(ids), (locale, ids, body["answer"])
    assert ids != ["route:erfarenhet_utland"], (locale, body["answer"])
