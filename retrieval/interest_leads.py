"""Which occupation stands for each told interest among the directions (retrieval/interests.directions).

Several interests told ("kids and sewing") each get a lead among the first directions, so one interest's many close
occupations never crowd out the other; for a person new to work, the occupation of the same interest that is reached
from school, Komvux or on the job goes before a long university route or a manager's work.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.interest_model import InterestModel

if TYPE_CHECKING:
    from retrieval.interests import _Topic

TOPIC_REPS = 8                # with several interests, each one's best occupation among its topic's closest
#: For a person new to work, a direction whose SSYK major group asks long university studies or a manager's experience
#: (interest_model.LONG_ROUTE_GROUPS) is preceded by the reachable occupation that stands for the same interest (its
#: topic's occupations) when that one fits at least this well relative to it: a counsellor names the long route after.
REACHABLE_SIBLING = 0.9
INTEREST_SHOWN = 3            # the directions an answer shows first (assistant/evidence.SUGGEST_TOP)


def reachable_before(picked: list[int], ranked, model: InterestModel, rt, topics: list[_Topic],
                     seen: set) -> tuple[list[int], dict[int, int]]:
    """Each picked direction of long university studies or a manager's experience (SSYK major groups 2 and 1) is
    preceded by the best occupation of the same interest (its topic's occupations, TOPIC_REPS) that is reached from
    school, Komvux or on the job, of a group not taken before it, when it fits at least :data:`REACHABLE_SIBLING` as
    well: preschool teacher after barnskötare and teaching assistant for someone who never worked (rater24 c4), while
    an interest whose occupations all ask for a degree (drawing: illustrator, graphic designer) keeps them.
    Returns the new order and the directions moved up, each with the long route it stands in for."""
    order, occs, score = ranked
    long = model.long_routes()
    reps = [{oid for oid, _ in model.topic_hits(rt, t.search)[:TOPIC_REPS]} for t in topics]
    out: list[int] = []
    later: list[int] = []
    moved: dict[int, int] = {}
    for i in picked:
        if i in out:
            continue
        mine = set().union(*[r for r in reps if occs[i][0] in r]) if long[i] and reps else set()
        taken = {occs[k][2] for k in out} | set(seen)
        j = next((j for j in order if occs[j][0] in mine and not long[j] and occs[j][2] not in taken), None) \
            if mine else None
        if j is not None and score[j] >= REACHABLE_SIBLING * score[i]:
            out = [k for k in out if occs[k][2] != occs[j][2]]
            out.append(j)
            moved[j] = i
            later.append(i)  # (the long route steps back: the interest keeps one of the first places, not two)
            continue
        out.append(i)
    out += later
    # (a group moved up is not listed again further down)
    return [k for n, k in enumerate(out) if k in moved or occs[k][2] not in {occs[m][2] for m in moved}], moved


def lead_per_interest(model: InterestModel, rt, keys: list[str], topics: dict[str, _Topic], ranked, covered: set,
                      excluded: set) -> list[int]:
    """Several interests told ("kids and sewing", "cooking and children"): an interest none of the first directions
    an answer shows stands for gets its best occupation among them, after the best direction, so that one interest's
    many close occupations never crowd out the other (rater8 conv5: the children lost). An interest whose occupations
    the person wishes for ("احب الطبخ" read as a wish for cooks) has its lead already."""
    order, occs, natural = ranked
    # (an occupation an interest names, excluded here, takes one of the places shown: "الخياطة" -> Skräddare)
    shown = {occs[i][0] for i in natural[:max(1, INTEREST_SHOWN - len(excluded))]}
    used = set(excluded) | {occs[i][2] for i in natural[:1]}
    out: list[int] = []
    for key in keys:
        reps = {oid for oid, _ in model.topic_hits(rt, topics[key].search)[:TOPIC_REPS]} if key in topics else set()
        if not reps or reps & shown or any(getattr(model.rel.occupation(o), "ssyk_id", None) in covered for o in reps):
            continue
        i = next((i for i in order if occs[i][0] in reps and occs[i][2] not in used), None)
        if i is not None:
            used.add(occs[i][2])
            out.append(i)
    return out


def one_per_interest(model: InterestModel, rt, keys: list[str], topics: dict[str, _Topic], picked: list[int],
                     occs) -> list[int]:
    """``picked`` with the directions that each stand for a told interest not stood for before them moved first: the
    leads go in after the best direction and push the natural second and third down, so an interest that only the
    natural third stood for was lost behind a second occupation of another interest ("I game, draw and like
    animals": a designer, a game designer, an illustrator; interp20). The others (a second one of an interest, or
    one standing for none) follow in their order."""
    reps = {k: {oid for oid, _ in model.topic_hits(rt, topics[k].search)[:TOPIC_REPS]} for k in keys if k in topics}
    first: list[int] = []
    stood: set[str] = set()
    for i in picked:
        mine = {k for k, r in reps.items() if occs[i][0] in r}
        if mine - stood and len(first) < INTEREST_SHOWN:
            first.append(i)
            stood |= mine
    return first + [i for i in picked if i not in first]
