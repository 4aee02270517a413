"""place20: an ad title that names neither the occupation nor its group is no example of it; the in-person courses
of a list go nearest first, the routes between them staying where they are."""
from __future__ import annotations

import pytest

from assistant.course_places import nearest_first
from retrieval.ad_titles import names_the_work
from vagledning.domain.evidence import Evidence


@pytest.mark.parametrize(("title", "names", "named"), [
    ("Intern 2020 - Stockholm office", ("Redovisningsekonom", "Redovisningsekonomer"), False),
    ("APP DEVELOPER", ("Mjukvaruutvecklare", "Mjukvaru- och systemutvecklare m.fl."), False),
    ("Redovisningsassistent till byrå i Malmö", ("Redovisningsekonom", "Redovisningsekonomer"), True),
    ("Vi söker en kock!", ("Kock", "Kockar och kallskänkor"), True),
    ("Säljare sökes till butik", ("Butikssäljare, dagligvaror", "Butikssäljare, dagligvaror"), True),
    ("Vad som helst", (None, ""), True),
    ("Kockar sökes till lunchrestaurang", ("Kock, à la carte",), True),
    ("Lokalvårdare till skola", ("Städare", "Städare", "Lokalvårdare"), True),
    ("Intern 2020 - Stockholm office", ("Internrevisor", "Revisorer m.fl."), False),
])
def test_an_ad_names_the_work_by_a_word_or_stem(title, names, named):
    assert names_the_work(title, *names) is named


def _edu(doc: str, **facts) -> Evidence:
    return Evidence(doc_id=doc, kind="programme", type="programme", title=doc, facts=facts)


def test_in_person_courses_nearest_first_routes_and_distance_kept_in_place():
    far = _edu("far", km=240, in_region=False)
    near = _edu("near", km_near=20, in_region=True, town="Malmö")
    county = _edu("county", in_region=True)
    route = Evidence(doc_id="route:x", kind="education_route", type="education_route", title="r")
    remote = _edu("remote", distance=True)
    out = nearest_first([far, route, near, county, remote])
    assert [e.doc_id for e in out] == ["county", "route:x", "near", "far", "remote"]
