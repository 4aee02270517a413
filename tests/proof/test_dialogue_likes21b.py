"""A young person's everyday interest, told on its own, leads to the work it is about (link21b; issue 9).

«بحب الالعاب» (I like games) got a theatre agent, a demonstrator and a financial controller: a bare "games" matched
no interest topic, and the words' own closeness to occupation names picked the rest. "Jag tycker om att rita och
måla" and «малювати» got a make-up artist first (painting faces is close to painting by its words). Now, in all
8 languages:

- games lead to making games and the computer work around them (software, games design, IT support);
- drawing and painting lead to drawing and design work (illustrator, graphic designer, designer, artist), and the
  first three shown hold no make-up or beauty work (SSYK 514).
Through the real app over the shared test store; the sentences live in phrases/dialogue_likes21b.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, groups, said_all

GAMES, DRAWING = said_all("likes21b_games", "likes21b_drawing")
#: software and IT (25), IT technicians and support (351), designers of games and digital media (2173)
GAME_WORK = ("25", "351", "2173")
#: designers (216x architects excluded: 217), artists (2651), decorators and interior designers (3432)
DRAWING_WORK = ("217", "2651", "3432")


def _check(body: dict, field: tuple[str, ...], locale: str) -> list[str]:
    shown = groups(body)[:3]
    assert shown, (locale, body["answer"])
    assert shown[0].startswith(field), (locale, body["occupations"])
    assert sum(g.startswith(field) for g in shown) >= 2, (locale, body["occupations"])
    return shown


@pytest.mark.parametrize("locale", ALL)
def test_liking_games_leads_to_game_and_computer_work(person, locale):
    _check(person.say(GAMES[locale]), GAME_WORK, locale)


@pytest.mark.parametrize("locale", ALL)
def test_liking_drawing_leads_to_drawing_and_design_not_make_up(person, locale):
    shown = _check(person.say(DRAWING[locale]), DRAWING_WORK, locale)
    assert not any(g.startswith("514") for g in shown), (locale, shown)
