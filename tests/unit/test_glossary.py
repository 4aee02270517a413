"""Glossing Swedish terms never touches links or quoted source titles."""
from __future__ import annotations

from assistant.composers.glossary import gloss_terms


def test_term_inside_a_url_is_not_glossed_but_the_term_in_text_is():
    out = gloss_terms("en", ["Apply at https://www.socialstyrelsen.se/legitimation/ for legitimation now"])[0]
    assert "https://www.socialstyrelsen.se/legitimation/ " in out
    assert out.count("(") == 1 and out.index("(") > out.index("for legitimation")


def test_term_inside_a_quoted_title_is_not_glossed():
    out = gloss_terms("en", ["«Komvux Malmö» is a course"])[0]
    assert out == "«Komvux Malmö» is a course"


def test_a_term_the_sentence_explains_in_brackets_is_not_glossed_again():
    """Rater 4: 'Komvux (تعليم البالغين البلدي) (تعليم الكبار)' — a licence step already glossed Komvux."""
    for loc, piece in [("ar", "مواد في Komvux (تعليم الكبار)، ثم التقديم من جديد"),
                       ("en", "courses at Komvux (adult education), then apply again"),
                       ("uk", "курси в Komvux (освіта для дорослих), а потім подати заяву знову")]:
        out = gloss_terms(loc, [piece])[0]
        assert out == piece, out
