"""Shared helpers for the proof conversation tests (tests/proof/test_dialogue*.py and their kin).

Those tests talk to the real app as a person does (:class:`Person`, the widget's client-side
conversation), in several languages, and assert on the structured response. What they say lives
as data, one YAML file per test module under ``tests/proof/phrases/`` (a situation's name →
``{locale: sentence}``), read with :func:`said`: the multilingual sentences are reviewed like the
locale files, and a new test reuses a situation by its name instead of writing another table.
A test that parametrizes ``locale`` can take the ``person`` fixture (this module is a plugin,
tests/conftest.py). The small readers below (:func:`groups`, :func:`constraints`, :func:`cited`, …) are the questions
every conversation test asks of a response body, written once.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.composers.glossary import plain_numbers
from assistant.locales import lookup
from assistant.state import LOCALES
from tests.api_support import WidgetClient

__all__ = ["ALL", "LIST_ACTIONS", "Person", "person", "cited", "constraints", "education_titles", "first_group", "groups",
           "listed", "numbers_outside_snippets", "skill_lines", "work_done",
           "line_citing", "listed_education",
           "occupation_ids", "quotes", "route_ids", "said", "said_all", "shown_ids", "untranslated_swedish",
           "wording_literal", "wording_start"]

#: Every locale the assistant answers in (for ``@pytest.mark.parametrize("locale", ALL)``).
ALL = list(LOCALES)
#: The actions of an answer that presents a list of occupations.
LIST_ACTIONS = ("suggest", "more", "explore")
PHRASES_DIR = Path(__file__).resolve().parent / "proof" / "phrases"


class Person(WidgetClient):
    """A person at the widget: ``say`` messages, ``tell`` a story, ``press`` a quick reply (the
    conversation and the profile are kept client-side and sent each turn, as widget.js does)."""

    def say(self, *messages: str) -> dict:
        """Say ``messages`` in turn (the earlier ones set the scene); the body of the last answer."""
        body: dict = {}
        for message in messages:
            body = super().say(message)
        return body

    def tell(self, story: str) -> dict:
        """Tell ``story`` and check that occupations are presented (the scene a follow-up needs)."""
        body = self.say(story)
        assert body["occupations"], body["answer"]
        return body

    def press(self, quick: str) -> dict:
        """Press the quick reply ``quick`` (``courses``, ``salary``, ``demand``, ``more`` …): its
        text in the person's language is sent, as the widget's button does."""
        return self.say(lookup(self.language, f"quick.{quick}"))


@pytest.fixture()
def person(client: Any, locale: str) -> Person:
    """A person writing in ``locale`` (the test parametrizes ``locale``) at the real app (``client``)."""
    return Person(client, locale)


@functools.cache
def _phrases() -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path in sorted(PHRASES_DIR.glob("*.yaml")):
        for name, by_locale in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            if name in merged:  # one name, one situation: a second file must choose another name
                raise ValueError(f"phrase {name!r} in {path.name} is already defined in another file")
            unknown = set(by_locale) - set(LOCALES)
            if unknown:
                raise ValueError(f"phrase {name!r} in {path.name}: unknown locales {sorted(unknown)}")
            merged[name] = by_locale
    return merged


def said(name: str) -> dict[str, Any]:
    """What a person says in situation ``name``, by locale: a sentence (or a list of sentences)."""
    return dict(_phrases()[name])


def said_all(*names: str) -> tuple[dict[str, Any], ...]:
    """:func:`said` for several situations at once (a test module's header: ``A, B = said_all("a", "b")``)."""
    return tuple(said(name) for name in names)


# ---------------------------------------------------------------- reading a response body

def shown_ids(body: dict) -> list[str]:
    """The ids of the presented occupations, in order."""
    return [o["id"] for o in body["occupations"]]


def groups(body: dict) -> list[str]:
    """The SSYK groups of the presented occupations, in order ("" for one without a group)."""
    return [o.get("ssyk_code") or "" for o in body["occupations"]]


def first_groups(body: dict, n: int = 3) -> list[str]:
    """The first ``n`` distinct SSYK groups the answer presents, in order (a counsellor names the trade among them)."""
    out: list[str] = []
    for g in groups(body):
        if g and g not in out:
            out.append(g)
    return out[:n]


def listed(body: dict) -> list[str]:
    """The SSYK groups a list answer shows; fails when the answer is no list or shows nothing."""
    assert body["action"] in LIST_ACTIONS, body["answer"]
    shown = groups(body)
    assert shown, body["answer"]
    return shown


def first_group(body: dict) -> str | None:
    """The SSYK group of the first occupation shown (None when none is)."""
    return next(iter(groups(body)), None)


def work_done(body: dict) -> list[str]:
    """The occupation ids of the profile's experiences, in order."""
    return [e["occupation"]["id"] for e in body["profile"]["experiences"]]


def wished_groups(body: dict) -> list[str]:
    """The SSYK groups of the profile's wishes that name an occupation, in order."""
    return [w.get("ssyk_code") or "" for w in body["profile"]["wishes"] if w.get("concept")]


def constraints(body: dict, kind: str) -> list[dict]:
    """The profile's constraints of ``kind`` (``limitation``, ``avoid``, ``other`` …)."""
    return [c for c in body["profile"]["constraints"] if c["kind"] == kind]


def constraint_values(body: dict, kind: str) -> list[str]:
    """The values of the profile's constraints of ``kind``, in order."""
    return [c["value"] for c in constraints(body, kind)]


def cited(body: dict, *kinds: str) -> list[dict]:
    """The citations of the given kinds (all citations when none is given)."""
    return [c for c in body["citations"] if not kinds or c["kind"] in kinds]


def route_ids(body: dict) -> list[str]:
    """The ids of the cited education routes (``route:sfi`` …)."""
    return [c["id"] for c in cited(body, "education_route")]


def education_titles(body: dict) -> list[str]:
    """The titles of the cited courses and programmes."""
    return [c["title"] for c in cited(body, "course", "programme")]


def occupation_ids(profile: dict) -> set[str]:
    """Every occupation the profile holds: work done, wishes and interests."""
    return ({e["occupation"]["id"] for e in profile["experiences"]}
            | {w["concept"]["id"] for w in profile["wishes"] if w.get("concept")}
            | {i["concept"]["id"] for i in profile["interests"] if i.get("concept")})


def quotes(profile: dict) -> list[str]:
    """The person's words each experience, wish and interest was read from (for failure messages)."""
    return [item["span"]["quote"] for name in ("experiences", "wishes", "interests")
            for item in profile[name] if item.get("span")]


def numbers_outside_snippets(body: dict, kinds: tuple[str, ...] = ("statistics",)) -> list[str]:
    """Sentences citing a document of ``kinds`` whose numbers are not in that citation's snippet."""
    by_n = {c["n"]: c for c in body["citations"]}
    bad = []
    for sentence in re.split(r"(?<=[.!?؟።])\s+|\n+", body["answer"]):
        bare = re.sub(r"«[^»]*»", "", sentence)
        for n in {int(x) for x in re.findall(r"\[(\d+)\]", bare)}:
            c = by_n.get(n)
            if c is None or c["kind"] not in kinds:
                continue
            if not plain_numbers(re.sub(r"\[\d+\]", "", bare)) <= plain_numbers(c["snippet"]):
                bad.append(f"{sentence!r} vs {c['snippet']!r}")
    return bad


def wording_start(locale: str, key: str, length: int | None = None) -> str:
    """The fixed start of the locale's wording ``key``, before its first placeholder (cut to ``length``):
    what an answer using that wording must contain whatever is filled in."""
    start = str(lookup(locale, key)).split("{")[0].strip()
    return start if length is None else start[:length]


def wording_literal(locale: str, key: str) -> str:
    """The longest fixed part of the locale's wording ``key`` (the words between its placeholders): what every sentence
    of that wording contains, wherever its parameters stand."""
    return max(re.split(r"\{[^}]*\}", str(lookup(locale, key))), key=len).strip(" .。።")


def listed_education(body: dict) -> list[dict]:
    """The courses, programmes and general routes an education answer lists (at most three), without the
    occupation's own routes (its trade certificate, validation …, assistant/routes.py), which it gives first."""
    from assistant.routes import OCCUPATION_KINDS
    from ingest.sources.routes import load

    own = {r.doc_id for r in load().routes if r.kind in OCCUPATION_KINDS}
    return [c for c in cited(body, "course", "programme", "education_route") if c["id"] not in own]


def skill_lines(locale: str, answer: str) -> list[str]:
    """The skill lists of an answer's reasons: what follows the 'what you know from your earlier work carries over'
    wording (``reasons.transfer_skills``, or ``reasons.transfer_skills_from`` naming that work) up to its citation."""
    found: list[str] = []
    for key in ("reasons.transfer_skills", "reasons.transfer_skills_from"):
        pattern = re.escape(str(lookup(locale, key))).replace(re.escape("{work}"), r"[^\[\n]+?")
        found += [m.group(1) for m in re.finditer(pattern.replace(re.escape("{skills}"), r"([^\[\n]*)"), answer)]
    return found


#: Common Swedish words (function words and the words of requirement and route texts) that an answer in another
#: language has no reason to use outside a «quoted» title; with the Swedish letters, what marks a Swedish word.
_SWEDISH_WORDS = frozenset(
    "och att det som en ett på för med är av till kan man du inte eller om har ska vara den de från hos efter sin "
    "sitt sina också även när så utan bara mycket kräver krävs yrket yrken utbildning utbildningen utbildningar nivå "
    "motsvarande vanligtvis eftergymnasial inga ingen krav formell formella arbete arbeta jobba lär dig svenska "
    "söker kommun kommunen kurser kursen inom samt vid genom eller ofta vissa fall tjänster".split())
_SWEDISH_LETTERS = re.compile(r"[åäö]", re.I)


def untranslated_swedish(answer: str, locale: str, limit: int = 6) -> list[str]:
    """Swedish passages of more than ``limit`` words in an answer in a language other than Swedish: a «quote»
    marked as Swedish (the locale's ``quote`` wording) and, outside «titles», a run of Swedish-looking words."""
    if locale in ("sv", "sv-easy"):
        return []
    marker = str(lookup(locale, "quote")).split("{text}")[1].strip("» ")  # "(in Swedish)"
    found = [m.group(1) for m in re.finditer(r"«([^»]*)»\s*" + re.escape(marker), answer)
             if len(m.group(1).split()) > limit]
    run: list[str] = []
    for token in re.sub(r"«[^»]*»", " | ", answer).split() + ["|"]:
        word = token.strip(".,:;!?()\"'–-").casefold()
        if word and (word in _SWEDISH_WORDS or _SWEDISH_LETTERS.search(word)):
            run.append(token)
            continue
        if len(run) > limit:
            found.append(" ".join(run))
        run = []
    return found


def line_citing(body: dict, doc_id: str) -> str:
    """The first line of the answer that cites the document ``doc_id`` ("" when no line does)."""
    numbers = [c["n"] for c in body["citations"] if c["id"] == doc_id]
    return next((x for x in body["answer"].splitlines() if any(f"[{n}]" in x for n in numbers)), "")


def sentence_piece(locale: str, key: str) -> str:
    """A piece of the locale's sentence ``key`` past the title and the names in it (names get their gloss and figures
    their locale's digits in the answer: a piece between them is said as written)."""
    return max(re.split(r"[A-Za-zÅÄÖåäö][\w.-]*[A-ZÅÄÖ][\w.-]*|[A-ZÅÄÖ][\w-]*|\d[\d ,.]*|[«»()”“.።؛;:–]",
                        wording_literal(locale, key)), key=len).strip(" ,.:;–")[:25]


def assert_no_salary(body: dict, locale: str) -> None:
    """The answer is no salary answer and cites no salary statistics (a card question beside pay words)."""
    cites = [c.get("id", "") for c in body.get("citations") or []]
    assert body.get("action") != "salary" and not any(c.startswith("stats:salary") for c in cites), \
        (locale, body.get("action"), cites, body["answer"])
