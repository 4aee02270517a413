"""Linking beyond titles: interests -> RIASEC -> directions, compound heads, false friends, tasks."""
from __future__ import annotations

import pytest

from assistant.interpretation.linking import Link, prefer_titles
from retrieval.interests import cue_scores, load_topics
from retrieval.search import clauses
from retrieval.titles import TitleIndex, reads_swedish
from tests.dialogue_support import said

# ---------------------------------------------------------------- cue words (no store needed)

#: The interest type (RIASEC) each language's liking in phrases/linking_paths.yaml points to.
LIKING_TYPE = {"sv": "A", "en": "R", "ar": "S", "so": "I", "ti": "S", "fa": "E", "uk": "C"}


@pytest.mark.parametrize("text,lang,top", [(text, lang, LIKING_TYPE[lang])
                                           for lang, text in said("liking_one_type").items()])
def test_cue_words_point_to_the_interest_type_in_every_language(text, lang, top):
    scores, topics = cue_scores(text, lang)
    assert topics, text
    assert max(scores, key=scores.get) == top


def test_cue_words_stay_silent_on_unrelated_text_and_short_words_need_whole_words():
    assert cue_scores("Hej, jag heter Anna", "sv")[1] == []
    # "trä" (wood) must not fire on "träffa" and "lag" is no cue at all
    assert "hands_tools" not in cue_scores("Jag vill träffa folk", "sv")[1]


def test_every_topic_has_terms_in_every_language_and_a_swedish_search_phrase():
    for topic in load_topics():
        assert set(topic.terms) >= {"sv", "en", "ar", "so", "ti", "fa", "uk"}, topic.key
        assert topic.search, topic.key
        assert set(topic.types) <= set("RIASEC") and all(0 < w <= 1 for w in topic.types.values()), topic.key


# ---------------------------------------------------------------- titles

def _index() -> TitleIndex:
    return TitleIndex([("Elinstallatör", "el"), ("VVS-installatör", "vvs"), ("Solcellsinstallatör", "sol"),
                       ("Solcellsmontör", "sol"), ("Maskinoperatör", "mo"), ("Processoperatör", "po"),
                       ("Kock", "kock"), ("IT-chef", "itchef"), ("Lagerchef", "lager")])


def test_an_unknown_compound_is_read_by_its_head_word():
    head, fam = _index().head_family("Eldstadsinstallatör")
    assert head == "installatör"
    assert {oid for oid, _ in fam} == {"el", "vvs", "sol"}
    head, fam = _index().head_family("Tappningsoperatör")
    assert head == "operatör" and {oid for oid, _ in fam} == {"mo", "po"}


def test_a_known_word_or_a_short_word_gets_no_family():
    assert _index().head_family("Kock") == ("", [])
    assert _index().head_family("Solcellsinstallatör")[1] == []   # known as a whole word
    assert _index().head_family("xyz") == ("", [])


def test_a_swedish_chef_for_something_is_that_thing_s_manager():
    idx = TitleIndex([("Butikschef", "butik"), ("Kock", "kock"), ("Lagerchef", "lager"), ("Platschef, bygg", "plats")])
    assert idx.head_family("Chef över butiken") == ("chef", [("butik", 1)])
    assert idx.head_family("Chef för lagerverksamheten")[1] == [("lager", 1)]
    assert idx.head_family("Chef på byggarbetsplatsen")[1] == [("plats", 1)]
    assert idx.head_family("Head chef") == ("", [])


def test_swedish_queries_are_recognised_for_false_friends():
    assert reads_swedish("Chef för IT-tjänster")
    assert reads_swedish("Chef i hemtjänsten")
    assert not reads_swedish("Head chef")
    assert not reads_swedish("Chef de partie")
    assert _index().is_title_word("chef")


# ---------------------------------------------------------------- linking

def _link(cid: str, start: int, role: str, route: str = "lexicon") -> Link:
    return Link(cid, cid, "occupation", 0.9, route, start, start + 5, {"role": role, "rrf": 0.1})


def test_a_named_title_outranks_an_earlier_workplace_or_task_phrase():
    links = [_link("building", 0, "workplace"), _link("electrician", 30, "title"), _link("dense", 0, "", "search")]
    kept = {l.concept_id for l in prefer_titles(links)}
    assert kept == {"electrician", "dense"}
    # a task told beside the title is a second thing done: kept, a step below the title
    kept = {l.concept_id: l.score for l in prefer_titles([_link("wiring", 0, "task"), _link("welder", 30, "title")])}
    assert set(kept) == {"wiring", "welder"} and kept["wiring"] < kept["welder"]


def test_task_phrases_alone_are_all_kept_and_the_first_title_wins_among_titles():
    assert {l.concept_id for l in prefer_titles([_link("cook", 0, "task"), _link("clean", 20, "task")])} == \
        {"cook", "clean"}
    # a later title without a clause boundary is a workplace ("undersköterska på ett äldreboende") ...
    text = "jobbat som undersköterska på ett äldreboende"
    assert {l.concept_id for l in prefer_titles([_link("usk", 5, "title"), _link("home", 30, "title")], text)} == {"usk"}
    # ... after one it is another job, kept a step below the first
    text = "was a bus driver, and later a taxi driver"
    kept = {l.concept_id: l.score for l in prefer_titles([_link("bus", 5, "title"), _link("taxi", 30, "title")], text)}
    assert set(kept) == {"bus", "taxi"} and kept["taxi"] < kept["bus"]


def test_a_task_outranks_a_workplace_or_sector_word():
    # "در یک شرکت ساختمانی دیوارها را رنگ می‌کردم": painted walls at a construction company -> painter
    kept = {l.concept_id for l in prefer_titles([_link("construction", 0, "workplace"), _link("painter", 20, "task")])}
    assert kept == {"painter"}
    assert {l.concept_id for l in prefer_titles([_link("construction", 0, "workplace")])} == {"construction"}


def test_text_in_geez_script_links_only_through_curated_terms():
    from types import SimpleNamespace

    from assistant.interpretation.linking import confidence, unreadable

    assert unreadable("ንግሆ ክሰርሕ እመርጽ።") and not unreadable("Jag vill jobba på morgonen") and not unreadable("")
    dense = SimpleNamespace(similarity=0.93, lexical=0.0, matched_part="title", matched="", bridge="pivot",
                            bridge_confidence=0.8)
    curated = SimpleNamespace(similarity=0.0, lexical=0.0, matched_part="title", matched="", bridge="lexicon",
                              bridge_confidence=0.95)
    assert confidence(dense, "ንግሆ ክሰርሕ እመርጽ።") == 0.0
    assert confidence(dense, "I prefer mornings") > 0.6
    assert confidence(curated, "ኣብ ሆስፒታል ከም ነርስ ሰሪሐ") >= 0.95


def test_task_terms_of_the_lexicon_in_the_weak_languages():
    from retrieval.lexicon import match

    for text, key in [("Waxaan dhisi jiray guryo: bulukeetyada ayaan isku dul saari jiray", "task_masonry_tiling"),
                      ("ኣብ ካፈ ቡን የፍልሕ ነይረ", "task_cafe_coffee"),
                      ("در کابل موترها را ترمیم می‌کردم، انجن را باز می‌کردم", "task_car_repair"),
                      ("كنت أركّب أنابيب المياه وأصلح المغاسل", "task_plumbing"),
                      ("Я ремонтувала квартири: шпаклювала стіни", "task_painting")]:
        assert key in {h.key for h in match(text)}, text


def test_a_compound_ending_in_a_one_word_alias_has_the_suffix_feature():
    from retrieval.title_reranker import FEATURES, features

    idx = TitleIndex([("Kock", "kock"), ("Kock, storhushåll", "kock"), ("Undersköterska, äldreboende", "usk")])
    cand = {"rrf": 1 / 61, "dense_rank": 1, "sim": 0.85, "lex_rank": 1, "lex": 5.0, "routes": {}}
    rows = features("Äldreboendekock", [dict(cand, occ="kock"), dict(cand, occ="usk")], idx)
    f = FEATURES.index("suffix_alias")
    assert rows[0][f] > 0 and rows[1][f] == 0
    assert features("Kock", [dict(cand, occ="kock")], idx)[0][f] == 0   # the alias itself is no compound


def test_clauses_of_a_sentence():
    assert clauses("I drove a forklift in a warehouse and loaded trucks.") == \
        ["drove a forklift in a warehouse", "loaded trucks"]
    assert clauses("Forklift driver") == []


# ---------------------------------------------------------------- on the real store

@pytest.mark.slow
@pytest.mark.parametrize("text,lang", [
    ("I have never worked, but I love animals and being outside.", "en"),
    ("Jag har aldrig jobbat men jag tycker om att rita och måla.", "sv"),
    ("ليس لدي خبرة. احب مساعدة الناس.", "ar"),
])
def test_interests_alone_give_three_to_five_directions_with_cited_us_profiles(real_runtime, text, lang):
    from assistant.interpretation.interpreter import interpret
    from retrieval.matching import match_profile

    result = match_profile(interpret(text, real_runtime, language=lang), real_runtime)
    assert 3 <= len(result.occupations)
    directions = [m for m in result.occupations if "interest" in m.reasons]
    assert 3 <= len({m.ssyk_id for m in directions}) <= 6   # up to 5 from the profiles (+1 named)
    if real_runtime.relations.interest_profiles():
        cited = [e for m in directions for e in m.evidence if e.type == "interest_profile"]
        assert cited and all("US occupations" in e.snippet for e in cited)
        assert "interest_profiles_made_for_us_occupations" in result.notes
