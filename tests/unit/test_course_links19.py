"""Which course links are a provider's home page away from the course's town (assistant/course_places.provider_host)
and which course titles name a later part of a course (retrieval/education_level.step_in_title) — courses19."""
from __future__ import annotations

import pytest

from assistant.course_places import provider_host
from retrieval.education_level import step_in_title
from vagledning.domain.evidence import Evidence


def _course(url: str) -> Evidence:
    return Evidence(doc_id="c", kind="course", type="course", title="t", url=url, snippet="", facts={})


@pytest.mark.parametrize(("url", "places", "host"), [
    ("https://lidkoping.se/", "Falköping", "lidkoping.se"),          # one provider's site for three towns
    ("https://lidkoping.se/", "Lidköping", None),                    # the host names the course's town
    ("https://www.yrkeshogskolanjonkoping.se", "Göteborg", "yrkeshogskolanjonkoping.se"),
    ("https://www.yrkeshogskolanjonkoping.se", "Jönköping", None),
    ("https://www.lernia.se/yh", "Malmö", "lernia.se"),              # a short section is still the home page
    ("http://yh.enkoping.se", "Enköping", None),
    ("https://www.osterlen.fhsk.se/kurser/underskoterska/", "Tomelilla", None),  # the course's own page
    ("https://education.service.tieto.com/AdultApplication.Student/#/search-offering/LuleaEdu", "Luleå", None),
    ("https://www.campusnynashamn.se", "Nynäshamn", None),
    ("", "Malmö", None),
])
def test_provider_host(url, places, host):
    assert provider_host(_course(url), places) == host


@pytest.mark.parametrize(("title", "later"), [
    ("Undersköterskeutbildning - år 2", True),
    ("Vårdbiträdesutbilding II", True),
    ("Svetsning del 2", True),
    ("Undersköterskeutbildning - hela kursen", False),
    ("Socialpedagog 2 år", False),                    # its length, not its second year
    ("Yrkesförare Lastbil 2024 CE-behörighet", False),
    ("Grund+Kock+APL", False),
])
def test_a_later_part_of_a_course_is_a_further_step(title, later):
    assert bool(step_in_title(title)) is later
