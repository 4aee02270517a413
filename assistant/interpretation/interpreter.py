"""Interpretation: a self-assessment (any of our languages) -> a taxonomy-linked Profile.

Steps: redact personal identifiers -> detect language -> segment into typed statements
(segment.analyse) -> link each statement to occupations/skills (linking: lexicon, hybrid search,
ESCO pivot, calibrated thresholds) -> places, education, languages -> Profile. Deterministic on
the embedded default. Every item carries the span of the (redacted) text that supports it.
"""
from __future__ import annotations

import re

from assistant.interpretation import linking
from assistant.interpretation.acknowledged import acknowledged
from assistant.interpretation.adult_age import add_age
from assistant.interpretation.anaphor import read_pronoun_wishes
from assistant.interpretation.any_work_list import any_work_listed
from assistant.interpretation.asides import blank_asides, names_a_topic, reason_against, reason_avoided, said_instead
from assistant.interpretation.background import (
    add_background,
    carry_years,
    drop_fallback_on_constraints,
    in_statement,
    origins_of,
    statement_span,
)
from assistant.interpretation.colleague import drop_colleagues
from assistant.interpretation.constraints import add_constraints, body_gives_out, is_remark
from assistant.interpretation.corrections import as_told, clause_correction, refuses_nothing
from assistant.interpretation.cues import load_cues
from assistant.interpretation.distance import says_distance
from assistant.interpretation.echoed import drop_echoes
from assistant.interpretation.generic_title import own_family
from assistant.interpretation.good_swedish import read_good_swedish
from assistant.interpretation.hearsay import as_heard
from assistant.interpretation.introduced_work import blank_trade_words, redact_keeping_work
from assistant.interpretation.liked_field import liked_links
from assistant.interpretation.little_swedish import read_little_swedish
from assistant.interpretation.moving import read_moving
from assistant.interpretation.near_own import asks_near_own
from assistant.interpretation.negation_scope import deferred
from assistant.interpretation.no_longer import says_no_longer
from assistant.interpretation.no_papers import papers_missing
from assistant.interpretation.no_schooling import read_no_schooling
from assistant.interpretation.no_work import no_work_done
from assistant.interpretation.or_wishes import alternative_links
from assistant.interpretation.own_shop import not_the_business
from assistant.interpretation.person_words import blank_address
from assistant.interpretation.places import add_place, blank_places, only_a_place
from assistant.interpretation.profile_items import add_occupation, add_skills, not_again
from assistant.interpretation.qualified import qualified
from assistant.interpretation.refusal_restated import drop_restated_refusals
from assistant.interpretation.refused_form import refuse_forms
from assistant.interpretation.refused_thing import refusal_end, refused_thing
from assistant.interpretation.required_title import required_not_done
from assistant.interpretation.school_gaps import school_gaps
from assistant.interpretation.schooling import (
    own_schooling,
    school_now,
)
from assistant.interpretation.second_work import with_words_of_their_own
from assistant.interpretation.segment import analyse, drop_asked
from assistant.interpretation.someone_else import (
    context_only,
    drop_said_of_others,
    drop_theirs,
    read_apart,
    their_spans,
)
from assistant.interpretation.stopgap import NOT_FOUND, says_stopgap
from assistant.interpretation.study_length import unless_study
from assistant.interpretation.study_refusal import a_state, refused_for_study
from assistant.interpretation.told_by import drop_advisers
from assistant.interpretation.work_content import names_no_work_content
from assistant.interpretation.work_evidence import (
    WEAK_KINDS,
    evidenced,
    names_the_work,
    not_a_sibling_of_work_done,
    on_cue,
    task_paths,
    tells_work,
)
from assistant.interpretation.work_topic import asks_work_with_topic, task_beside_the_question
from retrieval.interests import cue_scores
from retrieval.topic_asked import TOPIC_ASKED
from vagledning.domain.links import ATLAS_URL
from vagledning.domain.profile import (
    Constraint,
    Interest,
    Profile,
    Wish,
)
from vagledning.domain.runtime import Runtime

MAX_CHARS = 20_000          # longer input is cut: a self-assessment is rarely over 5,000 characters
MAX_STATEMENTS = 60
ATLAS = ATLAS_URL
_HAS_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
REMARK_TITLE = 0.9            # a named title (curated or literal) in an uncued remark


# Verb-final languages put the cue after what it is about ("ስእሊ ምስኣል እፈቱ እየ", "… را دوست دارم"):
# there the part after the cue is not the focus.
_VERB_FINAL = ("ti", "fa", "so")


def _focus(st) -> tuple[int, int]:
    """The part of a statement after its cue ("jag har jobbat som | undersköterska")."""
    if st.cue:
        idx = st.text.casefold().find(st.cue.casefold())
        if idx >= 0:
            a = idx + len(st.cue)
            late = st.cue_lang in _VERB_FINAL and bool(_HAS_LETTER.search(st.text[:idx]))
            if st.text[a:].strip() and not late:
                return st.start + a, st.end
    return st.start, st.end


def _likes_more(interests, st, red: str, fa: int, fb: int, lang: str | None) -> bool:
    """Whether what the statement says the person likes goes beyond the occupations linked in it: in
    "waxaan jeclahay caruurta iyo tolida" only "tolida" links (to tailors), and the children would be lost to the
    interest route unless the whole liked phrase is kept as well (words7's draft, likes8)."""
    inside = [i for i in interests if i.span.start >= st.start and i.span.end <= st.end]
    if not inside:
        return True
    rest = list(red[fa:fb])
    for i in inside:
        for k in range(max(i.span.start, fa), min(i.span.end, fb)):
            rest[k - fa] = " "
    # (only when the rest names an interest of its own: "I like to work with cooking" adds nothing)
    return bool(cue_scores("".join(rest), lang)[1])


def interpret(text: str, rt: Runtime, *, language: str | None = None, llm: bool | None = None,
              chat_model=None, asked: Profile | None = None) -> Profile:
    """Interpret ``text`` (one message) into a Profile; spans point at message 0 (the turn
    pipeline re-stamps them with the message's index and merges into the conversation's profile).

    ``llm``: also ask the configured OpenAI-compatible model (default: settings.llm_interpretation
    and an LLM configured); its proposals are validated against the store before they are merged.

    ``asked``: when given, what the message's QUESTIONS name (occupations, skills) is added to it,
    so a chat turn can answer about it; questions never add to the returned profile."""
    profile = _interpret(text, rt, language=language, asked=asked)
    settings = rt.settings
    use_llm = llm if llm is not None else bool(settings.llm_enabled and settings.llm_interpretation)
    if use_llm and (chat_model is not None or settings.llm_enabled):
        from assistant.interpretation.llm_assist import llm_interpret, merge

        red = redact_keeping_work((text or "")[:MAX_CHARS]).text
        if _HAS_LETTER.search(red):
            extra, _ = llm_interpret(red, rt, language=profile.language, chat_model=chat_model,
                                     message=0, known=profile)
            drop_asked(extra, red)  # the model may read an occupation a question names as the person's
            if asked is not None:  # (nor what is said of another person: "my son speaks little Swedish")
                drop_said_of_others(extra, red)
            profile = merge(profile, extra)
    return profile


def _interpret(text: str, rt: Runtime, *, language: str | None, asked: Profile | None = None) -> Profile:
    profile = Profile()
    message_index = 0
    # ("maya walaal", "no bro": a form of address is said to the listener, never read as a refusal, wish or work)
    kept = redact_keeping_work((text or "")[:MAX_CHARS]).text
    red = blank_asides(blank_address(kept))  # ("you're not listening", "forget the salary": asides.py)
    refuse_forms(profile, kept, message_index)  # "forget YH": that form, kept (read before its aside is blanked: rights20)
    if not _HAS_LETTER.search(red):
        profile.language = profile.language or (language if language != "sv-easy" else "sv")
        return profile
    lang_hint = "sv" if language == "sv-easy" else language
    sa = analyse(red, lang=lang_hint)
    # ("my wife is a preschool teacher": her work, years and country, not his – abroad10; in a chat only: a
    # counsellor's account read for the copilot, "she is 19 …", is about the person whose profile it is)
    # ("I am a cook, my son is 16 …" in one sentence: the son's clause is read apart from the cook; other13)
    sa, others = read_apart(sa, red, kept, lang_hint) if asked is not None else (sa, set())
    lang = lang_hint or sa.language.code or profile.language
    profile.language = lang
    rel = rt.relations
    seen_occ = {e.occupation.id for e in profile.experiences} | {w.concept.id for w in profile.wishes if w.concept}
    seen_skill = {s.id for s in profile.skills} | set(profile.removed_skill_ids)
    origins = origins_of(sa)
    years = {y.statement: y for y in sa.years}
    statements = sa.statements[:MAX_STATEMENTS]
    # One embedding batch for every text this interpretation will search with (kept in memory only).
    # (the focus of each statement; a whole statement is embedded on demand in the rare case it is searched)
    wanted = list(dict.fromkeys(t for st in statements for t in (red[slice(*_focus(st))],) if t.strip()))
    vectors = dict(zip(wanted, rt.embedder.embed_queries(wanted))) if wanted else {}
    # ("I like cars. I want to work with it": the wish is read from the cars, never from "with it"; anaphor.py)
    statements = read_pronoun_wishes(statements, [red[slice(*_focus(st))] for st in statements])
    for si, st in enumerate(statements):
        # A statement whose only cue is a place ("drove a minibus from the town to the villages") may
        # still say what the person did: it is read like an uncued statement.
        kind = "other" if st.kind == "place" else st.kind
        target = profile
        said = clause_correction(st.text, statements[si - 1].text if si else "")  # ("…, not about X": away11)
        # ("inte restaurang. skolköket, dagtid": what is wanted instead, a wish; "maskinförare är ju vibrationer hela
        # dagen": a reason against that work, avoided, never work done; asides.py)
        kind = "wish" if said_instead(statements, si) else kind
        kind = "wish" if any_work_listed(statements, si) else kind  # ("any job. lager, mcdonalds": wishes; profile26)
        # ("I drive a bus because I found nothing in my field": the "not" is of the search, the work is told; stopgap.py)
        kind = "experience" if kind == "negation" and says_stopgap(st.text, (NOT_FOUND,)) else kind
        kind = as_heard(kind, st.text, st.question)  # ("I heard UX has a good market": no work done; hearsay.py)
        against = reason_avoided(red, st, message_index) if not said and reason_against(st, kind) else []
        profile.constraints += against
        if said == "not_asked" or (kind == "negation" and refuses_nothing(st.text)) or against:
            continue  # "I didn't ask about X", "I haven't worked yet", "I don't get which": nothing refused (corrections.py)
        # "No, I asked about barnskötare": what is asked about, never work done nor refused; so is another person's
        # work ("my wife is a preschool teacher": what the turn answers about, never the person's own: abroad10)
        if said == "asked" or si in others:
            if asked is None:
                continue
            target, kind = asked, "other"
        elif st.question or (kind in WEAK_KINDS and names_no_work_content(st.text)):
            # A question asks; it states nothing about the person ("do I have to study again?",
            # "is it easy to get a job?"); "I want work soon" names no direction. Places in them
            # are still read (add_place, below). What a question names goes to ``asked`` (the
            # chat turn answers about it) and never into the profile.
            if asked is None or not st.question:
                continue
            target = asked
        fa, fb = _focus(st)
        focus = red[fa:fb]
        if kind in ("experience", "wish", "interest", "other", "education"):
            # ("by trade", «за фахом» name no occupation of their own: blanked from what is linked; introduced_work)
            # (… nor does a town: «لوله‌او», Luleå, is no «لوله», pipe; place15)
            links = linking.link_occupations(blank_places(blank_trade_words(st.text), rel),
                                             blank_places(blank_trade_words(focus), rel), rt, vectors=vectors,
                                             question=target is asked)
            links = qualified(links, st.text)  # ("assistant nurse with children": Barnsköterska; qualified.py)
            if kind == "education":
                # "I'm a qualified primary school teacher": a named profession in an education
                # statement is a qualification; only a clear mention counts.
                links = [l for l in links if l.score >= 0.9 and not on_cue(l, st)]
            if kind == "wish" and load_cues().mentions_study(st.text):
                # "vill utbilda mig vidare" is a wish to study: only a named occupation is a target.
                links = [l for l in links if l.route == "lexicon" or l.extra.get("lexical", 0) >= linking.LEXICAL_ACCEPT]
            if kind == "interest":  # (a liking names an occupation of its field, never a look-alike: liked_field.py)
                links = liked_links(links, st.text, lang, rt)
            limit = 2 if kind in ("experience", "wish") else 1
            # (a remark on a licence, health or fears without a cue of its own names work only by a
            # clear title: "weli ma haysto liisanka darawalnimada" is no driving job)
            floor = REMARK_TITLE if (kind == "other" or not st.cue) and is_remark(st.text) else \
                0.8 if kind == "other" else 0.0
            # (an activity in a question about something else names no work: «ترجمه لازم است؟»; work_topic.py)
            chosen = [l for l in [l for l in links if evidenced(l, kind) and (
                target is not asked and names_the_work(l, st, kind, rel)
                or target is asked and not task_beside_the_question(l.extra.get("role", ""), st.text))][:limit]
                      if l.concept_id not in not_again(target, seen_occ, kind) and l.score >= floor]
            chosen = not_a_sibling_of_work_done(chosen, links, seen_occ, kind)
            # (a look-alike beside a named title is no second work: second_work.py)
            chosen = with_words_of_their_own(chosen, blank_trade_words(st.text), (fa - st.start, fb - st.start), rt, kind)
            # ("lokalvårdare eller barnskötare": each title a wish; or_wishes.py)
            chosen += alternative_links(red, st, (fa, fb), chosen, rt, seen_occ, wish=kind == "wish" and target is profile)
            # (a shop of one's own to open is a business, no shop seller wished: own_shop.py)
            chosen = not_the_business(chosen, st, statements, kind)
            for link in chosen:
                span = statement_span(red, st.start + link.start, st.start + link.end, message_index) \
                    if link.route == "lexicon" else statement_span(red, fa, fb, message_index)
                add_occupation(target, kind, link, rel, span, origins.get(si),
                                _years_of(link, chosen, st, years.get(si)))
                seen_occ.add(link.concept_id)
            # "jobs with animals?" (no occupation named, also none told before: "work for a lorry driver here?")
            if target is asked and not [l for l in links if evidenced(l, kind) and l.score >= floor] \
                    and asks_work_with_topic(st.text, lang, question=st.question) and not asks_near_own(st.text):
                profile.interests.append(Interest(label=focus.strip()[:120], span=statement_span(red, st.start, st.end,
                                                                                         message_index),
                                                  confidence=TOPIC_ASKED))
            # (where one lives names no task: "Waxaan deganahay Borlänge" led the skill route to furniture fitters)
            if kind in ("experience", "other") and (target is asked or tells_work(st)) and focus.strip():
                task_paths(target, rt, links, focus, vectors, seen_occ, (fa, fb), red, message_index,
                            origins.get(si), years.get(si))
            if kind == "wish" and not in_statement(target.wishes, st) and load_cues().mentions_study(st.text):
                target.wishes.append(Wish(kind="study", label=focus.strip()[:120],
                                           span=statement_span(red, st.start, st.end, message_index), confidence=0.7))
        if kind in ("experience", "education", "interest", "other", "wish"):
            add_skills(target, linking.link_skills(st.text, focus, rt, vectors=vectors), seen_skill, st, (fa, fb),
                        red, message_index)
        # ("my body can't": health; "inte Stockholm", "stockholm ma aha": a place is no work to avoid)
        # (... nor is one's own schooling: "gick aldrig ut gymnasiet" refuses no gymnasium teachers)
        # (... nor a state of the person: "inte klar med skolan", "not sure" refuse no work: study_refusal.py)
        # (what is refused is the thing its clause names, in any word order: "прибирати більше не буду" refuses the
        # cleaning, not «буду»; its span keeps the words after the cue, which are linked ("jobba i kök"); a refusal
        # naming nothing records none of its words, but "not any more" is kept for the person's own work to be
        # refused by it: assistant/leave_own.py, then profile_update drops it; profile16)
        # ("Iskuul 3 sano ah ma rabo": long study turned down is no_study, no work refused: study_length.py, parity18)
        thing = unless_study(target, red, refused_thing(red, st), message_index) if kind == "negation" else None
        fb = refusal_end(red, st, fa, fb)  # ("not the army, I mean invoicing": the span linked ends before "I mean")
        ta, tb = thing or (fa, fb)
        # (... nor a deferral: "not pharmacist for now" keeps the goal, negation_scope.py; wishnot12)
        # (... nor a town said not to be far: "Nässjö isn't far" accepts it, distance.py; nor "ok, no CSN then", an
        # answer taken note of: acknowledged.py; profile29)
        if kind == "negation" and (thing or says_no_longer(st.text)) and not body_gives_out(st.text) \
                and not deferred(st.text) and not names_a_topic(red[ta:tb]) and not any(
                only_a_place(t, rel) or own_schooling(t) or a_state(t) or says_distance(t) or acknowledged(t)
                for t in (focus, red[ta:tb])):
            target.constraints.append(Constraint(kind="avoid", value=red[ta:tb].strip()[:120],
                                                 label=red[ta:tb].strip()[:120],
                                                 span=statement_span(red, min(fa, ta), max(fb, tb), message_index), confidence=0.8))
        # ("احب الطبخ والاطفال" is read as a wish for cooks: the children it also names are an interest of their own)
        # (a wish statement keeps its "like" only when an occupation is named outright, not a field's "something")
        named = [w for w in target.wishes if w.concept is not None and w.confidence >= 0.9]
        liked = target.interests if kind == "interest" else named if kind == "wish" and in_statement(named, st) else None
        if liked is not None and focus.strip() and not own_schooling(focus) \
                and _likes_more(liked, st, red, fa, fb, lang):
            target.interests.append(Interest(label=focus.strip()[:120], span=statement_span(red, fa, fb, message_index),
                                              confidence=0.6))
    carry_years(profile, sa, message_index)
    add_background(profile, sa, statements, red, message_index)
    add_place(profile, red, as_told(sa.statements), rel, message_index)  # (a place said beside "I don't get which")
    add_constraints(profile, red, rt, message_index)  # limitations, youth, "no education now", refusals' occupations
    add_age(profile, red, message_index)  # an adult's age told in passing (person17: "e 24 o jobbar …")
    papers_missing(profile, red, message_index)  # "no school papers", "diploma lost": validation, not school (read18)
    read_moving(profile, red, message_index)  # "work where I can move, not sit all day": active work first (move19)
    read_little_swedish(profile, red, message_index)  # "I can't read much Swedish yet": a1, no refusal (person17)
    read_good_swedish(profile, red, message_index)  # "Swedish is my mother tongue": fluent, no newcomer by language
    drop_advisers(profile, red, message_index)  # "the doctor says no lifting": the doctor is no work nor wish
    required_not_done(profile, red, message_index)  # "the boss says I must have usk": a wish, not work done (profile31)
    for read in (profile, asked):  # "what CIO??": a title echoed in disbelief is no work, wish nor question
        drop_echoes(read, red, message_index)
    school_now(profile, red, message_index)  # a pupil's school is education in progress, not the gymnasium named
    school_gaps(profile, red, message_index)  # språkintro is no gymnasium; "no maths grade" is a gap, no refusal
    read_no_schooling(profile, red, message_index)  # "never went to school", "can't read or write": SUN 1 (words17)
    drop_fallback_on_constraints(profile)
    no_work_done(profile, red, message_index)  # "I have never worked": what it tells is no work done
    refused_for_study(profile, red, message_index)  # "engineer is too much study": refused, not work done
    drop_restated_refusals(profile, statements, message_index)  # "no cleaning. don't give me cleaning jobs"
    # ("my son is 16 and speaks little Swedish": his age and Swedish, not the person's; son11, child12)
    drop_theirs(profile, their_spans(sa, kept, others) if asked is not None else [], message_index)
    context_only(asked, profile, sa, red, others, message_index)  # (a husband's studies beside her own work: context)
    drop_colleagues(red, profile)  # "the one who works with the dentist": no dentist wished (colleague.py, profile29)
    own_family(profile)  # "civil engineer … work as an engineer again": his own field (generic_title.py, profile29)
    return profile


def _years_of(link: linking.Link, chosen: list[linking.Link], st, yrs):
    """The years of a statement for one of its named jobs: with two jobs named ("I drove buses for 15
    years and later ran a bakery", "15 років водив автобус, а потім мав пекарню"), the years go to the
    job named right before them, else to the one right after; with one job, to it."""
    if yrs is None or len(chosen) < 2:
        return yrs
    # (a link found by meaning has no words of its own: it stands for the statement's focus)
    fa, fb = (f - st.start for f in _focus(st))
    at = yrs.start - st.start

    def words(l: linking.Link) -> tuple[int, int]:
        return (l.start, l.end) if l.route == "lexicon" and l.end > l.start else (fa, fb)

    before = [l for l in chosen if words(l)[1] <= at]
    owner = max(before, key=lambda l: words(l)[1]) if before else min(chosen, key=lambda l: words(l)[0])
    return yrs if words(link) == words(owner) else None   # (two readings of the same words share them)
