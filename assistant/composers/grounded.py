"""GroundedComposer: deterministic, templated answers in the user's language.

Facts come only from the evidence in the plan (``state.facts``); every sentence with a
source gets its citation marker ``[n]`` (numbered by first use). Templates live in
``assistant/locales/<locale>.yaml``; Swedish source titles are shown as «title» with a short
gloss in the user's language.
"""
from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any

from assistant.citations import citation_for
from assistant.composers.base import Composition
from assistant.composers.budget import within_budget
from assistant.composers.glossary import gloss_terms, plain_numbers
from assistant.composers.merge import merge_frames
from assistant.composers.once import lines_once
from assistant.composers.pointers import with_url, without_empty_pointer
from assistant.composers.topic_names import topic_name
from assistant.composers.variety import vary
from assistant.contract import Citation
from assistant.locales import lookup, text
from assistant.skill_glosses import skill_gloss
from assistant.state import Fact, TurnState
from vagledning.domain.evidence import Evidence

#: Keys that start a new paragraph.
PARAGRAPH_KEYS = {"occ.item", "next.heading", "occ.intro", "occ.intro_brief", "occ.intro_pupil", "courses.intro", "courses.intro_place",
                  "courses.route_intro", "duration.intro", "course_place.distance_heading", "course_place.earlier_other",
                  "explore.question", "ask", "salary.intro"}
SNIPPET_CHARS = 360
_END = re.compile(r"([.!?؟።:])\s*$")
#: What a sentence says without its citation markers and glosses (a title is glossed at its first mention only).
_ASIDE = re.compile(r"\s*(?:\[\d+\]|\([^()]*\))")
#: A sentence that ends with a web address (and its markers): what follows starts a new line, never runs into the
#: address («fråga dem: https://www.csn.se/ «Omställningsstudiestöd»: …», rater11 conv3).
URL_END = re.compile(r"https?://\S+(?:\s*\[\d+\])*$")


def said_as(sentence: str) -> str:
    """The sentence as said, for finding a repeat: no markers, no glosses, no case or spacing differences."""
    return " ".join(_ASIDE.sub("", sentence).casefold().split())


class _Safe(dict):
    def __missing__(self, key: str) -> str:  # a template naming an absent parameter renders it empty
        return ""


def clean_label(label: Any) -> str:
    """A source label without decoration marks (the skills data carries "✓")."""
    return re.sub(r"[\u2713\u2714\u2705]", "", str(label)).strip()


def format_number(loc: str, value: Any) -> str:
    """Integers with the locale's thousands separator (the digits themselves are unchanged)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    sep = lookup(loc, "thousands")
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", sep)
    return f"{int(value):,}".replace(",", sep)


def render_value(loc: str, value: Any, glossed: set[str] | None = None) -> str:
    """One typed plan parameter in the locale (see assistant.evidence). ``glossed``: the title kinds
    already explained in this answer (a kind's gloss is given once, at its first title)."""
    if isinstance(value, dict):
        if "items" in value:  # one sentence for several facts (assistant/composers/merge.py)
            return _joined(loc, [render_value(loc, v, glossed) for v in value["items"]])
        if "sv_title" in value:
            kind = value.get("kind") or "default"
            # An occupation's name in the person's language, at the title's first mention in the answer.
            name = _named(loc, value["sv_title"], glossed) if kind == "occupation" else None
            if loc in ("sv", "sv-easy") or (glossed is not None and kind in glossed):
                return text(loc, "title").format_map(_Safe(title=value["sv_title"], gloss=name)) if name \
                    else f"«{value['sv_title']}»"
            if glossed is not None:
                glossed.add(kind)
            gloss = _gloss(loc, value.get("kind"))
            if name:
                gloss = text(loc, "named").format_map(_Safe(name=name, gloss=gloss))
            return text(loc, "title").format_map(_Safe(title=value["sv_title"], gloss=gloss))
        if "sv_text" in value:
            # A quoted source text that is a Swedish skill label («God fysik (tunga lyft)» for a demand, the Swedish
            # label of an ESCO skill) is glossed in the reader's language where the curated table has it (gloss9).
            meaning = skill_gloss(loc, value["sv_text"])
            if meaning:
                return text(loc, "title").format_map(_Safe(title=value["sv_text"], gloss=meaning))
            return text(loc, "quote").format_map(_Safe(text=value["sv_text"]))
        if "term" in value:
            try:
                return str(lookup(loc, f"{value['term']}.{value['value']}"))
            except Exception:  # noqa: BLE001 - unknown vocabulary value: show the source's word
                return str(value["value"])
        if "list" in value:
            return ", ".join(f"«{clean_label(x)}»" for x in value["list"])
        if "skills" in value:  # JobTech skills (assistant/skill_names.py): the reader's language where a source has it
            return skill_list(loc, value["skills"])
        if "interest_topic" in value:  # a told interest named in the reader's language (reasons.all_interest_in)
            return topic_name(loc, value["interest_topic"])
        if "reasons" in value:
            return _render_reasons(loc, value)
    if value is None:
        return ""
    return format_number(loc, value)


def _render_reasons(loc: str, value: dict) -> str:
    """A suggestion's reasons (``{"reasons": [...], "n", "carried", "told", "topic"}``) said in the locale."""
    parts = []
    for r in value["reasons"] or ["default"]:
        try:
            # "1 sak", not "1 saker": a locale may give the singular as <reason>_one
            key = f"reasons.{r}_one" if value.get("n") == 1 and locale_has(loc, f"reasons.{r}_one") else f"reasons.{r}"
            shown = skill_list(loc, value.get("carried") or [])
            work = told_name(loc, value.get("told") or [])
            if shown and locale_has(loc, f"reasons.{r}_skills"):  # the skills that carry over, named
                key = f"reasons.{r}_skills"
            if work and locale_has(loc, f"{key}_from"):  # … from the work told, named in the reader's words
                key = f"{key}_from"
            topic = topic_name(loc, value.get("topic")) if r == "interest" else ""
            if topic and locale_has(loc, "reasons.interest_in"):  # the told interest it stands for (interp24)
                key = "reasons.interest_in"
            parts.append(text(loc, key).format_map(_Safe(n=value.get("n", 0), skills=shown, work=work,
                                                         topic=topic)))
        except Exception:  # noqa: BLE001 - a reason this locale cannot say is left out
            continue
    join = text(loc, "reasons.join")
    if join.rstrip().endswith((".", "።", "!")):  # easy Swedish joins reasons as sentences: each starts upper-case
        parts = parts[:1] + [p[:1].upper() + p[1:] for p in parts[1:]]  # (rater30 c03: ". du kan använda …")
    return join.join(parts or [text(loc, "reasons.default")])


def _joined(loc: str, parts: list[str]) -> str:
    """"a, b and c" in the locale (``join_and``); the list's own commas when a part has one already."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    try:
        last = text(loc, "join_and")
    except Exception:  # noqa: BLE001 - no conjunction in this locale: a comma
        last = ", "
    return ", ".join(parts[:-1]) + last + parts[-1]


#: Skills said only by their Swedish label in an answer in another language: at most this many (rater22: three
#: Swedish skill phrases per occupation in a Tigrinya answer, «upprätthålla kundrelationer», … read as noise).
MAX_SWEDISH_SKILLS = 2


def skill_list(loc: str, carried: list[dict]) -> str:
    """Skills named in the reader's language where a name exists (ESCO's English label in English, the skill
    lexicon's word in the others), else the quoted Swedish source label; never a Swedish label narrower than ESCO's
    skill ("Ergonomiskt arbetssätt inom hälso- och sjukvård" for ESCO's "work ergonomically", said to an electrician
    as a skill from his work: rater8 conv2). In a language other than Swedish the Swedish labels come last, at most
    MAX_SWEDISH_SKILLS of them, marked as Swedish the way a quoted source text is (the locale's ``quote``: «…», «…»
    (in Swedish)), never left to read as words of the answer's language (rater22 ti/ar). A Swedish label the curated
    table glosses is said with its gloss, «foga samman metalldelar» (joining metal parts), beside the names in the
    reader's language (assistant/skill_glosses.py: rater24 c1, a Tigrinya reader could not read why a job fitted)."""
    from assistant.skill_names import SWEDISH, skill_name

    names = [skill_name(loc, c["sv"], c.get("en"), c.get("id")) for c in carried
             if c.get("sv") and not _narrowed(c["sv"], c.get("en"))]
    if loc in SWEDISH:
        return ", ".join(f"«{clean_label(n)}»" for n, _ in names)
    own = [n for n, quoted in names if not quoted]
    kept = [(clean_label(n), skill_gloss(loc, clean_label(n))) for n, quoted in names if quoted]
    # at most MAX_SWEDISH_SKILLS Swedish labels in all, the glossed ones (which the reader can read) first
    kept = sorted(kept, key=lambda k: k[1] is None)[:MAX_SWEDISH_SKILLS]
    own += [text(loc, "title").format_map(_Safe(title=n, gloss=gloss)) for n, gloss in kept if gloss]
    swedish = [n for n, gloss in kept if not gloss]
    if swedish:
        own.append(text(loc, "quote").format_map(_Safe(text="», «".join(swedish))))
    return ", ".join(own)


def told_name(loc: str, told: list[str]) -> str | None:
    """The work the person told (the profile's occupations, Swedish titles) named in the reader's language, for the
    reason 'what you know from your work as X carries over'; None for a Swedish reader, for work no title entry of the
    lexicon names (never «a kind of X») or for several works with different names (which one carries over is not
    told to the composer)."""
    from assistant.occupation_names import SWEDISH, index

    if loc in SWEDISH:
        return None
    names = {index().get(label.casefold(), {}).get(loc) for label in told} - {None}
    return names.pop() if len(names) == 1 else None


def _narrowed(sv: str, en: str | None) -> bool:
    """The Swedish label confines the skill to a field ("… inom hälso- och sjukvård") that ESCO's label does not."""
    return bool(en) and " inom " in f" {sv.casefold()} " and " in " not in f" {(en or '').casefold()} "


def _named(loc: str, sv_title: str, named: set[str] | None) -> str | None:
    """The occupation's name in ``loc`` (assistant/occupation_names.py), once per title and answer."""
    from assistant.occupation_names import own_name

    name = own_name(loc, sv_title)
    if name is None or (named is not None and f"name:{sv_title}" in named):
        return None
    if named is not None:
        named.add(f"name:{sv_title}")
    return name


def locale_has(loc: str, key: str) -> bool:
    """True when the locale itself has ``key`` (no fallback: another language's singular would leak in)."""
    from assistant.locales import get, locale

    return isinstance(get(locale(loc), key), str)


def _gloss(loc: str, kind: str | None) -> str:
    for key in (f"gloss.{kind}", "gloss.default"):
        try:
            return text(loc, key)
        except Exception:  # noqa: BLE001 - no gloss in this locale: try the default, then none
            continue
    return ""


def render_fact(loc: str, fact: Fact, glossed: set[str] | None = None) -> str:
    """The sentence of one fact, without its citation marker."""
    params = {k: render_value(loc, v, glossed) for k, v in fact.params.items()}
    template = without_empty_pointer(text(loc, fact.key), params)  # (no "…website: [5]")
    sentence = template.format_map(_Safe(params))
    # An empty gloss leaves "«Kock» ()" in Swedish; remove it.
    return re.sub(r"\s*\(\s*\)", "", sentence).strip()


def _mark_one(sentence: str, n: int) -> str:
    m = _END.search(sentence)
    if m and m.group(1) != ":":
        return sentence[: m.start()] + f" [{n}]" + m.group(1)
    return f"{sentence} [{n}]"


def with_marker(sentence: str, n: int) -> str:
    """Put ``[n]`` before the final punctuation of every sentence of a factual template."""
    from assistant.citations import sentences

    parts = sentences(sentence)
    if len(parts) <= 1:
        return _mark_one(sentence, n)
    return " ".join(_mark_one(p, n) for p in parts)


class GroundedComposer:
    """Templates + evidence; never fails for a valid plan."""

    name = "grounded"

    def compose(self, state: TurnState) -> Composition:
        exempt: set[str] = set()
        return Composition(self._run(state, exempt), exempt=exempt)

    def render(self, state: TurnState, facts: list[Fact], numbers: dict[str, int] | None = None,
               exempt: set[str] | None = None, budget: bool = False) -> tuple[list[str], dict[str, int]]:
        """Rendered pieces (with separators) of ``facts``; ``numbers`` maps doc_id -> n (filled). ``budget``: the
        whole answer, held to its action's length (assistant/composers/budget.py)."""
        loc = state.locale
        numbers = {} if numbers is None else numbers
        pieces: list[str] = []
        glossed: set[str] = set()
        facts = [with_url(state, f) for f in facts]  # (a pointer to a page names the cited page's address)
        facts = lines_once(state, vary(loc, merge_frames(loc, facts)))  # (no line of an earlier answer again)
        if budget:
            facts = within_budget(state, facts)
        # Two parts of one answer may state the same thing (SFI first in the Swedish part and again in the
        # courses part; rater8 conv1/conv4): a sentence already said is not said again.
        said: set[str] = set()
        for i, fact in enumerate(facts):
            sentence = render_fact(loc, fact, glossed)
            if not sentence or (said_as(sentence) in said and not sentence.rstrip().endswith(":")):
                continue
            said.add(said_as(sentence))
            if fact.source:
                for doc in [fact.source, *fact.also]:  # (one statement of several sources: merge.py)
                    sentence = with_marker(sentence, numbers.setdefault(doc, len(numbers) + 1))
            elif exempt is not None:
                exempt.add(sentence)
            if fact.bullet:
                sep = "\n"
                sentence = "- " + sentence
            elif fact.key in PARAGRAPH_KEYS or fact.key.startswith(("ask.", "occ.item")) or (i and facts[i - 1].bullet) \
                    or fact.paragraph:
                sep = "\n\n"
            elif pieces and (pieces[-1].rstrip().endswith(":") or URL_END.search(pieces[-1].rstrip())
                             or sentence.rstrip().endswith(":")):
                # a heading line ("Lön för «Kock»:") stands alone, never after another sentence on its line; its
                # sentences follow it; a web address ends its line
                sep = "\n"
            else:
                sep = " "
            pieces.append((sep if pieces else "") + sentence)
        if exempt is not None:
            # Glossing changes the text of uncited sentences too: keep the exemption in step.
            glossed_pieces = gloss_terms(loc, pieces)
            for before, after in zip(pieces, glossed_pieces):
                if before != after and before.strip().removeprefix("- ") in exempt:
                    exempt.add(after.strip().removeprefix("- "))
            pieces = glossed_pieces
        else:
            pieces = gloss_terms(loc, pieces)
        return pieces, numbers

    def citations(self, state: TurnState, numbers: dict[str, int]) -> list[Citation]:
        """Citations for the numbered documents. The snippet is the passage that supports what is cited:
        the passages of every evidence item of that document used in the answer (demand and salary of
        one statistics document, for example), those holding the cited numbers first."""
        by_doc: dict[str, list[Evidence]] = {}
        for ev in state.evidence:
            by_doc.setdefault(ev.doc_id, []).append(ev)
        cited: dict[str, set[str]] = {}
        for fact in state.facts:
            if fact.source:
                cited.setdefault(fact.source, set()).update(
                    plain_numbers(" ".join(str(v) for v in fact.params.values() if isinstance(v, int | float))))
        out = []
        for d, n in sorted(numbers.items(), key=lambda kv: kv[1]):
            items = by_doc.get(d)
            if not items:
                continue
            wanted = cited.get(d, set())
            ranked = sorted(items, key=lambda e: -len(wanted & plain_numbers(e.snippet)))
            passages = list(dict.fromkeys(" ".join(e.snippet.split()) for e in ranked if e.snippet.strip()))
            if wanted:
                # Only the passages that hold a cited number (the first one when none does).
                holding = [p for p in passages if wanted & plain_numbers(p)]
                passages = holding or passages[:1]
            else:
                passages = passages[:1]
            snippet = " … ".join(passages)
            if len(snippet) > SNIPPET_CHARS:
                snippet = snippet[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
            out.append(citation_for(n, items[0]).model_copy(update={"snippet": snippet}))
        return out

    def _run(self, state: TurnState, exempt: set[str]) -> Generator[str, None, list[Citation]]:
        pieces, numbers = self.render(state, state.facts, exempt=exempt, budget=True)
        # One chunk per sentence: the answer exists at once, so word-sized chunks only multiplied
        # SSE frames (hundreds per answer; the event loop became the bottleneck under load).
        yield from pieces
        return self.citations(state, numbers)
