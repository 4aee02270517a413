"""Which courses and programmes are a further step of a trade (retrieval/education_level.py), and who may be
offered them (assistant/education.py): the texts are of the kinds the sources hold (Susa-navet course titles
and descriptions, MYH programme titles and SUN5 orientations), written here in our own words."""
from __future__ import annotations

import pytest

from assistant.contract import ChatMessage, ChatRequest
from assistant.education import in_trade
from assistant.state import TurnState
from retrieval.education_level import presupposes
from vagledning.domain.profile import ConceptRef, Experience, Profile, Span

CARE = ["Undersköterska, hemtjänst, äldreboende och habilitering", "Undersköterskor, hemtjänst, hemsjukvård och äldreboende"]


@pytest.mark.parametrize("title, orientation, text, labels", [
    ("Specialistundersköterska inom demensvård", "", "", CARE),
    ("Specialistutbildad undersköterska inom psykiatri", "", "", CARE),
    ("Omvårdnad i hemtjänsten", "Vidareutbildningar för undersköterskor – äldreomsorg", "", CARE),
    ("Handledare inom funktionsstöd", "Övriga utbildningar, inriktning psykiatrisk vård", "", ["Vårdbiträde"]),
    ("Socialpsykiatrihandledare", "", "", ["Skötare"]),
    ("Fastighetsskötare påbyggnad", "", "", ["Fastighetsskötare"]),
    ("Lastbil yrkeskompetensbevis fortbildning 35 timmar", "", "", ["Lastbilsförare"]),
    ("Kock fördjupning", "", "", ["Kock, à la carte"]),
    ("Behandlingspedagog på distans", "", "Två år för dig som arbetar inom socialtjänsten utan formell utbildning.",
     ["Behandlingsassistent"]),
    ("Fritidsledare flex", "", "En utbildning för dig som har minst fem års yrkeserfarenhet.", ["Fritidsledare"]),
    ("Undersköterska", "", "Förkunskapskrav: vårdbiträdesexamen och ett års arbete.", CARE),
    ("Arbetsmiljö i vården", "", "Kursen är för yrkesverksamma inom vård och omsorg.", CARE),
])
def test_a_further_step_of_a_trade_is_recognised_from_its_text(title, orientation, text, labels):
    assert presupposes(title, text, orientation, labels=labels)


@pytest.mark.parametrize("title, text, labels", [
    ("Undersköterska - distans", "Att arbeta som undersköterska är meningsfullt.", CARE),
    ("Vård- och omsorgsutbildning", "Kursen vänder sig till dig som vill, eller redan jobbar, med människor.", CARE),
    ("Byggnadsplåtslagare, grund och fördjupning", "", ["Byggnadsplåtslagare"]),
    ("Lönespecialist", "", ["Löneadministratör"]),
    ("Moln- och infrastrukturspecialist", "", ["Drifttekniker, IT"]),
    ("Digital Marketing Specialist", "", ["Marknadsförare"]),
    ("Mättekniker specialistkompetens", "", ["Mättekniker"]),
    ("Fritidsledare", "", ["Fritidsledare"]),
    ("Handledare i LSS", "", ["Handledare, LSS"]),
    ("Svets", "Förkunskapskrav: svenska på grundläggande nivå eller motsvarande.", ["Svetsare"]),
    ("Murare", "Chansen att få arbete ökar om du har körkort.", ["Murare"]),
])
def test_an_entry_into_a_trade_is_not(title, text, labels):
    assert presupposes(title, text, "", labels=labels) is None


def _state(*experiences: Experience) -> TurnState:
    req = ChatRequest(messages=[ChatMessage(role="user", content="x")], language="sv")
    return TurnState(request=req, language="sv", text="x", profile=Profile(experiences=list(experiences)))


def _exp(code: str, *, abroad: bool = False) -> Experience:
    occupation = ConceptRef(id=f"occ-{code}", kind="occupation", label=code)
    return Experience(occupation=occupation, ssyk_code=code, abroad=abroad, span=Span(start=0, end=1, quote="x"),
                      confidence=0.9)


def test_only_work_in_the_trade_in_sweden_opens_its_further_steps():
    assert in_trade(_state(_exp("5323")), "5321")  # the same minor group: undersköterskor
    assert not in_trade(_state(_exp("5330")), "5321")  # a care assistant is not yet an undersköterska
    assert not in_trade(_state(_exp("5321", abroad=True)), "5321")  # recognised first (validation, the title)
    assert not in_trade(_state(), "5321")
