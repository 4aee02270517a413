"""An answer says each line once (assistant/citations.said_once) and each frame once
(assistant/composers/merge.merge_frames): the two structural guards against repeated lines (rater 7)."""
from __future__ import annotations

from assistant.citations import said_once
from assistant.composers.grounded import GroundedComposer
from assistant.composers.merge import merge_frames
from assistant.state import Fact


def test_a_line_or_sentence_said_before_is_left_out_whatever_its_marker():
    text = ("- Start with Swedish: «SFI. Free» [1].\n- Start with Swedish: «SFI. Free» [2].\n\n"
            "It is not in my sources. A counsellor can answer.\n\nIt is not in my sources. A counsellor can answer.\n\n"
            "Hello. It is not in my sources. Something new.")
    out = said_once(text)
    assert out.count("Start with Swedish") == 1 and out.count("not in my sources") == 1
    assert out.endswith("Hello. Something new.") and "\n\n\n" not in out


def test_an_answer_without_repeats_is_unchanged():
    text = "«Kock» – it fits [1].\n\n- «Kurs A» [2]\n- «Kurs B» [3]\n\nWhat do you like?"
    assert said_once(text) == text


def test_one_frame_for_several_limitations_or_occupations():
    occ = {"sv_title": "Distributionsförare", "kind": "occupation"}
    facts = [Fact(key="constraint.demands", source="d1", params={"occupation": occ, "what": {"term": "limitation",
                                                                                             "value": "lifting"}}),
             Fact(key="constraint.demands", source="d1", params={"occupation": occ, "what": {"term": "limitation",
                                                                                             "value": "back"}}),
             Fact(key="swedish.none", params={"occupation": {"sv_title": "A", "kind": "occupation"}}),
             Fact(key="swedish.none", params={"occupation": {"sv_title": "B", "kind": "occupation"}}),
             Fact(key="swedish.none", params={"occupation": {"sv_title": "B", "kind": "occupation"}})]
    merged = merge_frames("en", facts)
    assert [f.key for f in merged] == ["constraint.demands", "swedish.none"]

    class _State:
        locale = "en"
        facts = merged
        evidence: list = []
        user_index = 0  # the first message: nothing said before to leave out (composers/once.py)
        history: list = []

    pieces, _ = GroundedComposer().render(_State(), merged)  # type: ignore[arg-type]
    text = "".join(pieces)
    assert text.count("«Distributionsförare»") == 1 and " and " in text
    assert "«A»" in text and "«B»" in text and text.count("say nothing about Swedish") == 1
