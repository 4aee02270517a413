"""Examples given with a question are wishes, never work done (assistant/interpretation/examples.py, ellipsis8)."""
from __future__ import annotations

import pytest

from assistant.interpretation.constraints import examples_asked
from tests.dialogue_support import said


def _examples(text: str) -> list[str]:
    return [text[a:b] for a, b in examples_asked(text)]


@pytest.mark.parametrize("locale", list(said("ellipsis8_study_like")))
def test_the_examples_after_a_question_are_read(locale):
    for name in ("ellipsis8_study_like", "ellipsis8_work_like"):
        text = said(name)[locale]
        assert _examples(text), (locale, text)


@pytest.mark.parametrize("text", [
    "What does a welder earn? like I worked as a welder for 5 years",   # work told, with its cue
    "Vad tjänar en snickare? Typ snickare i tio år.",                    # years counted: work told
    "I worked as a cleaner, like in offices.",                           # no question before it
    "What jobs are there? I like computers.",                            # no example word
])
def test_work_told_or_no_question_is_no_example(text):
    assert not _examples(text), text


def test_a_statement_with_a_question_word_is_no_question():
    # «var» is "where" and "was": only a question mark makes the clause before the examples a question
    assert not _examples("Jag var städare i fem år. Typ kontor och sjukhus.")
