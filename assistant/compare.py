"""Two or three named occupations compared side by side (compare21; issue 10 items 1, 2 and 7).

"buss eller lastbil?", "which is better, bus driver or lorry driver?", "what's the difference between undersköterska
and vårdbiträde?", "which pays more, electrician or plumber?", «أيهما راتبه أعلى، الكهربائي أو السباك؟»: the raters
saw the first occupation answered alone, or each answered in turn with its own long paragraph and nothing set
against the other. A counsellor lays the figures next to each other, says which is higher, and leaves the choice to
the person. So, when a question names two or three occupations (:func:`compared`):

- joined by "or" (:data:`assistant.both_named._JOIN`), by "vs", or by "and" inside a question for the difference or a
  comparison ("skillnaden mellan X och Y", «الفرق بين X وY», "X-ን Y-ን ፍልልይ"), each side naming an occupation of its
  own as any question's name is read (:func:`assistant.focus.named_in_message`; a bare vehicle word is its driver,
  :func:`assistant.vehicle_named.vehicle_named`);
- and the question asks to weigh them: a "which is better / difference / compare" cue (``which_better``,
  ``compare_ask``), a comparative beside a salary or demand question ("which pays more": ``compare_more``), or the
  bare names alone ("buss eller lastbil?"). A question of one kind asked of both without weighing ("do I need a
  licence for taxi or bus?") stays two parts (assistant/both_named.py).

The answer (:func:`plan_compare`, action ``compare``; ``salary`` or ``demand`` when only that was weighed) gives per
aspect one cited line per occupation, in the order named: what the work is (for a difference question, in a
Swedish answer: the texts are Swedish), the way in
(the licence from the regulated-profession source, else the occupation's own curated route), the median salary of its
group (SCB), the job ads in the person's county (the ad statistics), Arbetsförmedlingen's forecast; then which pays
more and which had more ads, said from those figures, and that the choice depends on the person. Occupations of one
SSYK group share their statistics: that is said, never presented as a difference. A weighing question with one side
the sources do not know ("the difference between a nurse and a <word>") says that name plainly.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.asked_parts import PART_INTENTS
from assistant.both_named import JOIN
from assistant.evidence import quote, region_of, sv_text, sv_title, term
from assistant.intent_cues import cue_words, has, normalize
from assistant.intents import question_part
from assistant.own_salary import median_of
from assistant.state import Focus, TurnState
from vagledning.domain.evidence import Evidence
from vagledning.domain.runtime import Runtime

#: At most this many occupations are set side by side (a list answer presents three).
MAX_COMPARED = 3
#: Medians closer than this (kronor a month), or than this share of the lower one, are "about the same": group
#: medians a few hundred kronor apart say nothing about one job paying more.
SAME_PAY, SAME_SHARE = 1000, 0.04
#: A bare "X or Y?" with no question words is at most this many words.
BARE_WORDS = 8
#: "vs" between two names, in each language.
_VERSUS = re.compile(r"\s+(?:(?:vs\.?|versus|jämfört med|i jämförelse med|compared (?:to|with)|in comparison (?:to|with)"
                     r"|مقابل|در مقابل|در مقایسه (?:با|به)|marka (?:loo eego|la barbar dhigo|la barbardhigo)"
                     r"|(?:у |в )?порівнянні з[іо]?|порівняно з[іо]?)\s+"
                     # (Arabic writes "with" on the next word: «مقارنة بالطباخ»)
                     r"|(?:بال|ب)?مقارنة\s*(?:مع\s+|ب(?=[\u0621-\u064a]))"
                     # (Tigrinya: "X ምስ Y ክነጻጸር ከሎ", X when compared with Y: "with" before the second, the verb after it)
                     r"|ምስ\s+(?=[^?፧]*(?:ነጻጸር|ንጽጽር|ተነጻጺሩ|ወዳደር)))",
                     re.IGNORECASE)
#: "and" between two names, in each language (only inside a question for the difference or a comparison).
_AND = re.compile(r"\s+(?:and|och|o|iyo|і|та|й|و|እና)\s+", re.IGNORECASE)
#: "than" between two names, only in a question that weighs ("does a head chef earn more than a cook?", named16).
_THAN = re.compile(r"\s+(?:än|than|ніж|чем)\s+"
                   # shop17: "than" where the comparative stands: Arabic «X أكثر من Y» (more than), Ukrainian
                   # «більше за», Dari «X از Y بیشتر» and Tigrinya «X ካብ Y ዝያዳ» (from Y … more: "from" joins only
                   # when a comparative follows it),
                   # Somali "X ma ka (mushahar) badan yahay Y" (the comparative with its "ka" between the two)
                   r"|\s+(?:أكثر|اكثر|أكتر|اكتر|أعلى|اعلى|أقل|اقل|أحسن|احسن|أفضل|افضل)\s+من\s+"
                   r"|(?<=\s)(?:більше|менше|вище|нижче|краще)\s+за\s+"  # (Ukrainian "більше за": more than)
                   r"|\s+از\s+(?=[^?؟]*(?:بیشتر|کمتر|بهتر|زیادتر|خوبتر|بالاتر))"
                   r"|\s+ካብ\s+(?=[^?፧]*(?:ዝያዳ|ይበልጽ|ዝበለጸ|ዝለዓለ|ዝሓይሽ|ዝነኣሰ))"
                   r"|\s+(?:ma\s+|miyuu\s+|miyay\s+|wuu\s+|way\s+)?ka\s+(?:\S+\s+)?(?:badan|sarreeya|fiican|wanaagsan)"
                   r"(?:\s+(?:yahay|yihiin))?\s+",
                   re.IGNORECASE)
#: Arabic writes "and" on the next word («ومساعد»): split before it when both sides then name an occupation.
_AR_AND = re.compile(r"\s+(?=و[\u0621-\u064a]{2,})")
#: Tigrinya marks each of two joined nouns with ‑ን («ሓጋዚ ነርስን ሓጋዚ ክንክንን»).
_TI_AND = re.compile(r"(?<=[\u1200-\u137f])ን(?=\s)")
_COMMA = re.compile(r"\s*[,،፣]\s*")
#: A question mark with more of the question after it ("Vem tjänar mest? Elektriker eller svetsare?", shop17).
_ASKED_FIRST = re.compile(r"\s*[?؟፧]\s+(?=\S)")
_DetailsFn = Callable[..., dict[str, Any]]


def _strip(words: str) -> str:
    """A side without the comparison's own cue words ("what's the difference between undersköterska" -> the name),
    written as the person wrote it otherwise (a Persian name keeps its zero-width joiner: «لوله‌کش»)."""
    t = words.casefold()
    for group in ("compare_ask", "which_better", "compare_more"):
        pat = cue_words().get(group)  # (each part of a gapped cue alone: its gap is the name)
        if pat is not None and pat.search(normalize(t)):
            t = pat.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip(" ,.?!؟،፣፧")


def _pieces(asked: str, weighed: bool) -> list[str]:
    """The question cut at its joiners (and, for three, its commas); "and" only in a question that weighs."""
    joins = [JOIN, _VERSUS] + ([_AND, _THAN] if weighed else [])
    if weighed:  # ("who earns more? electrician or welder?": the names in a question of their own, as after a comma)
        asked = _ASKED_FIRST.sub(", ", asked)
    pieces = [asked]
    for pat in joins:
        pieces = [p for piece in pieces for p in pat.split(piece)]
    if len(pieces) == 1 and weighed:  # «… الممرضة المساعدة ومساعد الرعاية», «… ሓጋዚ ነርስን ሓጋዚ ክንክንን …»
        for pat in (_AR_AND, _TI_AND):
            cut = [p[1:] if pat is _AR_AND and i else p for i, p in enumerate(pat.split(asked))]
            if len(cut) >= 2:
                pieces = cut
                break
    if len(pieces) < 2:
        return []
    return [s for p in pieces for s in _COMMA.split(p) if s.strip()]


def _weighs(state: TurnState, asked: str) -> bool:
    """The question asks to weigh: which is better, the difference, a comparison, or "more" beside pay or work."""
    return has("which_better", asked) or has("compare_ask", asked) or (
        state.intent in ("salary", "demand") and (has("compare_more", asked) or _VERSUS.search(asked) is not None))


def _proposed(asked: str) -> bool:
    """The bare names put tentatively ("kanske kassa eller reception?", "maybe cashier or receptionist?", «يمكن كاشير
    او موظف استقبال؟»): work the person proposes for themselves, each a wish to be suggested (the interpreter's
    ``proposal`` cues, test_dialogue_wants7), not two occupations to weigh."""
    from assistant.interpretation.constraints import _patterns, fold

    folded = fold(asked)
    return any(pat.search(folded) for _, pat in _patterns()["proposal"])


def aspect(state: TurnState) -> str | None:
    """What the comparison weighs: ``salary`` ("which pays more"), ``demand`` ("where is there more work"), or None
    (everything)."""
    asked = question_part(state.text)
    # ("what does a kitchen manager earn compared to a cook?": one against the other on pay, named16; "compare X and
    # Y" weighs everything)
    if has("compare_ask", asked) and not (state.intent in ("salary", "demand") and _VERSUS.search(asked)):
        return None
    if state.intent in ("salary", "demand"):
        return state.intent
    return None


def compared(state: TurnState, rt: Runtime) -> list[Focus]:
    """The occupations a question asks to weigh against each other, in the order named ([] when it is no such
    question; see the module docstring)."""
    return _read(state, rt)[0]


def _read(state: TurnState, rt: Runtime) -> tuple[list[Focus], str | None]:
    """(the occupations weighed, in the order named; a side of a weighing question that names a job the sources do
    not know, said plainly instead of asking who the person is)."""
    from assistant.focus import named_in_message, unresolved_name
    from assistant.ordinary_words import reportable
    from assistant.parts import part_state
    from assistant.vehicle_named import vehicle_named

    asked = question_part(state.text)
    weighed = _weighs(state, asked)
    if not weighed:
        # the bare names: a short question of no other kind ("buss eller lastbil?", "таксі чи автобус?")
        if state.intent in PART_INTENTS or len(asked.split()) > BARE_WORDS \
                or not (asked.rstrip().endswith(("?", "؟", "፧")) or len(asked.split()) <= 4) or _proposed(asked):
            return [], None
    elif state.intent not in ("salary", "demand", "describe", "provide", "suggest", "more", "explore", "courses"):
        return [], None
    found: list[Focus] = []
    unknown: list[str] = []
    pieces = _pieces(asked, weighed)
    for piece in pieces:
        side = _strip(piece)
        if len(side.replace(" ", "")) < 2:
            continue
        # a vehicle alone is its driver here ("buss eller lastbil?"), as in a question about driving
        named = vehicle_named(part_state(state, "licence", side), rt) or named_in_message(
            part_state(state, "describe", side), rt)
        if named is None:
            if not weighed:
                return [], None  # a bare question whose every word is a name: one that is not is no comparison
            name = reportable(unresolved_name(part_state(state, "describe", side), rt))
            if name and len(name.split()) <= 3:
                unknown.append(name)
            continue
        if all(f.id != named.id for f in found):
            found.append(named.model_copy(update={"named": True}))
    if len(found) >= 2:
        return found[:MAX_COMPARED], None
    # "the difference between X and <a name we do not know>": that name, said (a weighing of one is none)
    return [], (unknown[0] if weighed and found and len(pieces) >= 2 and unknown else None)


def plan_compare(state: TurnState, rt: Runtime, details: _DetailsFn) -> bool:
    """Answer a comparison (module docstring); False when the message asks none."""
    try:
        occs, unknown = _read(state, rt)
    except Exception:  # noqa: BLE001 - no occupation index: nothing named can be read, the question stands
        return False
    if unknown:
        state.facts.clear()
        state.action, state.unresolved = "unknown_occupation", unknown
        state.say("unknown_occupation", name=unknown)
        return True
    if not occs:
        return False
    rows: list[tuple[Focus, dict[str, Any]]] = []
    for occ in occs:
        try:
            rows.append((occ, details(occ.id, rt, region=region_of(state))))
        except Exception:  # noqa: BLE001 - an occupation without details is left out of the comparison
            continue
    if len(rows) < 2:
        return False
    weigh = aspect(state)
    state.facts.clear()
    state.evidence.clear()
    state.presented.clear()
    state.action = weigh or "compare"  # type: ignore[assignment]
    state.focus = rows[0][0]
    for occ, _ in rows:
        state.present(occ)
    state.say("compare.intro", names={"items": [_title(o) for o, _ in rows]})
    if len({o.ssyk_code for o, _ in rows if o.ssyk_code}) == 1 and all(o.ssyk_code for o, _ in rows):
        state.say("compare.same_group", group=sv_title(str(rows[0][1].get("ssyk", {}).get("label") or ""), "ssyk"))
    if weigh is None and has("compare_ask", question_part(state.text)):
        _say_work(state, rt, rows)
    if weigh is None:
        _say_way_in(state, rt, rows)
    if weigh in (None, "salary"):
        _say_salaries(state, rows)
    if weigh in (None, "demand"):
        _say_demand(state, rows)
        _say_outlook(state, rows)
    state.say("compare.close")
    return True


def _title(occ: Focus) -> dict[str, str]:
    return sv_title(occ.label, "occupation")


def _head(state: TurnState, key: str, **params: Any) -> None:
    state.say(key, **params)
    state.facts[-1] = state.facts[-1].model_copy(update={"paragraph": True})


def _say_work(state: TurnState, rt: Runtime, rows: list[tuple[Focus, dict[str, Any]]]) -> None:
    """What each work is: the first sentence of Arbetsförmedlingen's description, else the taxonomy's definition.
    Those texts are Swedish: quoted in a Swedish answer only (another language gets the figures and the way in,
    never a Swedish paragraph it cannot read, issue 10 item 7)."""
    if state.locale not in ("sv", "sv-easy"):
        return
    lines = [(occ, ev, first) for occ in (o for o, _ in rows) if (ev := _description(rt, occ)) is not None
             and (first := _first_sentence(ev))]
    if not lines:
        return
    _head(state, "compare.work_head")
    for occ, ev, first in lines:
        ev = state.add_evidence(ev)
        state.say("compare.work_item", ev.doc_id, bullet=True, occupation=_title(occ), quote=sv_text(quote(first, 200)))


def _first_sentence(ev: Evidence) -> str:
    body = " ".join(ev.snippet.split())
    if ev.title and body.startswith(ev.title):
        body = body[len(ev.title):].lstrip(" .:–-")  # the text repeats its title first
    return re.split(r"(?<=[.!?])\s+", body)[0] if body else ""


def _description(rt: Runtime, occ: Focus) -> Evidence | None:
    """Arbetsförmedlingen's description of the occupation, else its definition in the taxonomy (as describe does)."""
    from assistant.evidence import store_doc

    try:
        for hit in rt.search.search(occ.label, "description", 5):
            if occ.id in (hit.metadata.get("occupation_ids") or []) or hit.concept_id == occ.id:
                return Evidence(doc_id=hit.doc_id, kind=hit.kind, type="description", title=hit.title,
                                url=hit.url or None, snippet=hit.snippet)
    except Exception:  # noqa: BLE001 - no description index: the definition
        pass
    return store_doc(rt, "occupation", f"jobtech:occupation-name:{occ.id}", "occupation")


def _say_way_in(state: TurnState, rt: Runtime, rows: list[tuple[Focus, dict[str, Any]]]) -> None:
    """The way into each: its licence (the regulated-profession source), else its own first curated route."""
    from assistant.routes import occupation_routes, route_gloss, routes
    from retrieval.relations_regulated import regulated_evidence

    _head(state, "compare.way_head")
    for occ, _ in rows:
        try:
            licence = regulated_evidence(occ.id, rt)[:1]
        except Exception:  # noqa: BLE001 - no regulated-profession tables: treated as not regulated
            licence = []
        for ev in licence:
            ev = state.add_evidence(ev)
            state.say(f"licence.{ev.facts['requirement']}", ev.doc_id, bullet=True, occupation=_title(occ),
                      licence={"sv_title": ev.facts["licence"], "kind": "default"}, authority=ev.facts["authority"])
        try:
            own = occupation_routes(state, rt, occ.ssyk_code, occ.label)[:1]
            table = routes(rt)
        except Exception:  # noqa: BLE001 - no curated routes in this store
            own, table = [], {}
        for ev in own:
            ev = state.add_evidence(ev)
            route = table.get(str(ev.facts.get("route") or ""))
            years = getattr(route, "years", None)
            state.say("compare.way_years" if years else "compare.way_item", ev.doc_id, bullet=True,
                      occupation=_title(occ), title={"sv_title": ev.title, "kind": route_gloss(ev)}, years=years or "")
        if not licence and not own:
            state.say("compare.way_none", bullet=True, occupation=_title(occ))


def _say_salaries(state: TurnState, rows: list[tuple[Focus, dict[str, Any]]]) -> None:
    _head(state, "compare.salary_head")
    pays: list[tuple[int, Focus]] = []
    for occ, details in rows:
        ev = Evidence.coerce(details.get("salary"))
        median = median_of(ev)
        if ev is None or median is None:
            state.say("compare.salary_none", bullet=True, occupation=_title(occ))
            continue
        ev = state.add_evidence(ev)
        group = (details.get("ssyk") or {}).get("label")
        if group and normalize(group) != normalize(occ.label):  # (the group named when it is another name)
            state.say("compare.salary_item", ev.doc_id, bullet=True, occupation=_title(occ), median=median,
                      group=sv_title(group, "ssyk"))
        else:
            state.say("compare.salary_item_own", ev.doc_id, bullet=True, occupation=_title(occ), median=median)
        pays.append((median, occ))
    if len(pays) < 2 or len({o.ssyk_code for _, o in pays}) < 2:
        return
    pays.sort(key=lambda p: -p[0])
    (high, top), (low, bottom) = pays[0], pays[-1]
    if high - low < max(SAME_PAY, low * SAME_SHARE):
        state.say("compare.pays_same")
    else:
        state.say("compare.pays_more", higher=_title(top), lower=_title(bottom), diff=int(round(high - low, -2)))


def _num(value: Any) -> int | None:
    try:
        return int(str(value).replace(" ", ""))
    except (TypeError, ValueError):
        return None


def _say_demand(state: TurnState, rows: list[tuple[Focus, dict[str, Any]]]) -> None:
    items = [(occ, Evidence.coerce(details.get("demand"))) for occ, details in rows]
    facts = [ev.facts for _, ev in items if ev is not None]
    region = next((f.get("region_name") for f in facts if f.get("regional") is not None and f.get("region_name")), None)
    year = next((str(f.get("year")) for f in facts if f.get("year")), "")
    if region:
        _head(state, "compare.demand_head", region=region, year=year)
    else:
        _head(state, "compare.demand_head_national", year=year)
    counts: list[tuple[int, Focus]] = []
    for occ, ev in items:
        f = ev.facts if ev is not None else {}
        regional, national = _num(f.get("regional")), _num(f.get("national"))
        if ev is None or (national is None and regional is None):
            state.say("compare.demand_none", bullet=True, occupation=_title(occ))
            continue
        ev = state.add_evidence(ev)
        if region and regional is not None:
            state.say("compare.demand_item", ev.doc_id, bullet=True, occupation=_title(occ), regional=regional,
                      national=national if national is not None else "")
            counts.append((regional, occ))
        else:
            state.say("compare.demand_item_national", ev.doc_id, bullet=True, occupation=_title(occ),
                      national=national)
            counts.append((national or 0, occ))
    if len(counts) >= 2 and len({o.ssyk_code for _, o in counts}) >= 2:
        counts.sort(key=lambda c: -c[0])
        if counts[0][0] > counts[1][0]:
            state.say("compare.more_ads", more=_title(counts[0][1]), place=region or "")


def _say_outlook(state: TurnState, rows: list[tuple[Focus, dict[str, Any]]]) -> None:
    items = [(occ, Evidence.coerce(details.get("outlook"))) for occ, details in rows]
    if not any(ev is not None and (ev.facts.get("competition") or ev.facts.get("outlook")) for _, ev in items):
        return  # no forecast for any: nothing to weigh (said once would be noise here)
    _head(state, "compare.outlook_head")
    for occ, ev in items:
        if ev is None or not (ev.facts.get("competition") or ev.facts.get("outlook")):
            state.say("compare.outlook_none", bullet=True, occupation=_title(occ))
            continue
        ev = state.add_evidence(ev)
        state.say("compare.outlook_item", ev.doc_id, bullet=True, occupation=_title(occ),
                  chances=term("chances", ev.facts.get("competition")), trend=term("trend", ev.facts.get("outlook")))
