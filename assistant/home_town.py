"""The person's municipality named where an answer would say "your municipality" (rater24 class 7, c5 T6: "where
do I learn Swedish in Luleå?" got "SFI is free, and you sign up with your municipality").

SFI is the municipality's own adult education (Komvux): whoever lives in Luleå signs up at Komvux in Luleå. The data
holds no municipality's own SFI page, so the sentence stays cited with the general SFI source it was said with, and
only names the municipality: the one the message asks about, else the one the person said they live in. A county
(the message names "Norrbotten") is no municipality to sign up with: the sentence stays general then.
"""
from __future__ import annotations

from assistant.interpretation.places import TOLD
from assistant.places import place_in_text
from assistant.state import TurnState
from vagledning.domain.geography import Place
from vagledning.domain.runtime import Runtime

#: The sentences that say where Swedish is learnt (SFI "with your municipality", Swedish as a second language after
#: it), each with its wording naming the municipality.
PLACED = {"route.sfi": "route.sfi_place", "swedish_enough.sfi_if": "swedish_enough.sfi_if_place",
          "heard.sfi_free": "heard.sfi_free_place",
          "route.swedish_second_language": "route.swedish_second_language_place"}


def told_home(state: TurnState) -> str | None:
    """The municipality the person said they live or work in ("jag bor i", «أنا ساكن في», "waxaan deggan ahay"), the
    latest told: a town only named in a question ("the distance programme at Uppsala") is no home of theirs."""
    return next((c.label for c in reversed(state.profile.constraints)
                 if c.kind == "municipality" and c.label and c.confidence >= TOLD), None)


def home_town(state: TurnState, rt: Runtime) -> str | None:
    """The municipality whose Komvux the person signs up at: the one they said they live in (place20, rater33 new02:
    a woman in Norrköping asking about a distance programme at Uppsala heard "Komvux in Uppsala"); else the one
    named in the message (or chosen for it), else any the profile holds; None for a county asked about or none
    known."""
    if (home := told_home(state)) is not None:
        return home
    try:
        place = state.place or place_in_text(state.text, rt)
    except Exception:  # noqa: BLE001 - no geography: the profile's municipality stands
        place = None
    if place is not None:
        return place.label if place.kind == "municipality" and place.label else None
    return next((c.label for c in reversed(state.profile.constraints) if c.kind == "municipality" and c.label), None)


def course_town(state: TurnState, rt: Runtime, place: Place) -> bool:
    """A town the message names is where a programme is given, not where to look for courses: the person told a home
    in another county and asks about studying at a distance ("that distance programme at Uppsala": one studies it
    from home), or names a town an earlier answer gave as a programme's place. Their own county is then the one
    searched and said (place24, rater34 new02: a woman in Norrköping heard "I found nothing in Uppsala län")."""
    from assistant.nearer import asks_distance

    geo = rt.relations.geography()
    told = next((c for c in reversed(state.profile.constraints)
                 if c.kind == "municipality" and c.label and c.confidence >= TOLD), None)
    home = geo.place(told.value) if told is not None else None
    if home is None or place.id == home.id or (place.region_id or place.id) == home.region_id:
        return False
    if asks_distance(state.text):
        return True
    answers = [m.content for m in state.history if m.role == "assistant"]
    return any(m.place.id == place.id or m.place.region_id == place.id for a in answers for m in geo.find(a))


def name_home_town(state: TurnState, rt: Runtime) -> None:
    """Each sentence of the answer on where Swedish is learnt names the municipality's Komvux."""
    if not any(f.key in PLACED for f in state.facts):
        return
    town = home_town(state, rt)
    if town is None:
        return
    state.facts[:] = [f.model_copy(update={"key": PLACED[f.key], "params": {**f.params, "place": town}})
                      if f.key in PLACED else f for f in state.facts]
