"""other13: another person's clause inside one's own sentence is taken apart before the person's part is classified;
a new sentence said on about them without a pronoun is theirs; a place with words before "I live" is the person's
(assistant/interpretation/someone_else.py, places.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.interpretation.person_words import blank_address
from assistant.interpretation.places import places_to_go
from assistant.interpretation.segment import analyse
from assistant.interpretation.someone_else import read_apart
from ingest.sources.geography import load_geography


def _read(text: str):
    red = blank_address(text)
    return read_apart(analyse(red), red, text, None)


def _theirs(text: str) -> list[str]:
    sa, others = _read(text)
    return [st.text for i, st in enumerate(sa.statements) if i in others]


@pytest.mark.parametrize("text, theirs, mine", [
    ("Xaaskaygu waa kalkaaliye. Jaamacadda ayay ka baratay. Aniga waxaan wadaa taksi.", "Jaamacadda", "taksi"),
    ("Ninkaygu waa koronto-yaqaan. Jaamacad ayuu wax ku bartay. Waxaan ahay nadiifiye.", "Jaamacad", "nadiifiye"),
    ("مرتي ممرضة. بتدرس بالجامعة هلق. أنا سواق تاكسي.", "بتدرس", "سواق"),
    ("جوزي كهربجي. عنده وجع بضهره. أنا بشتغل بالتنظيف.", "وجع", "بالتنظيف"),
    ("خانمم نرس است. در پوهنتون درس خوانده. من تکسی می‌رانم.", "پوهنتون", "تکسی"),
    ("Моя дружина медсестра. Навчається в університеті. Я працюю таксистом.", "університеті", "таксистом"),
    ("ሰበይተይ ነርስ እያ። ኣብ ዩኒቨርሲቲ ትመሃር ኣላ። ኣነ ታክሲ እዝውር።", "ዩኒቨርሲቲ", "ታክሲ"),
])
def test_a_new_sentence_said_on_in_the_third_person_is_theirs(text, theirs, mine):
    said = " ".join(_theirs(text))
    assert theirs in said and mine not in said, _theirs(text)


@pytest.mark.parametrize("text", [
    "Xaaskaygu waa kalkaaliye. Imisa ayay qaadataa bishii?",  # (a question asks; it is not carried as hers)
    "Ninkaygu waa darawal. Imisa ayuu qaataa kalkaaliyuhu?",
    "Моя дружина медсестра. Скільки заробляє медсестра?",
])
def test_a_question_after_them_is_not_carried(text):
    assert len(_theirs(text)) == 1, _theirs(text)


@pytest.mark.parametrize("text, mine", [
    ("ኣነ ከሻኒ እየ፡ ወደይ ድማ 16 ዓመቱ እዩ ቁሩብ ሽወደንኛ ድማ ይዛረብ።", "ከሻኒ"),
    ("ኣነ መራሒ ኣውቶቡስ እየ፡ ጓለይ ድማ 17 ዓመታ እያ ሽወደንኛ ድማ ኣይትዛረብን።", "ኣውቶቡስ"),
    ("Jag är kock och min dotter, som är 17, kan nästan ingen svenska.", "kock"),
    ("Я водій автобуса, а моя донька, якій 17, майже не говорить шведською.", "водій"),
])
def test_the_persons_own_part_is_classified_without_the_other_persons_clause(text, mine):
    sa, others = _read(text)
    own = [st for i, st in enumerate(sa.statements) if i not in others and mine in st.text]
    assert own and own[0].kind != "language" and "17" not in own[0].text and "16" not in own[0].text, sa.statements


@pytest.fixture(scope="module")
def rel(data_dir):
    geo = load_geography(data_dir)
    return SimpleNamespace(geography=lambda: geo)


@pytest.mark.parametrize("text", [
    "ክቕይር ኣይክእልን፣ ኣብ ቦሮስ ምስ ቆልዑ እነብር",
    "ክግዕዝ ኣይክእልን፣ ኣብ ቦሮስ ምስ ደቀይ እነብር",
    "ኣብ ቦሮስ ምስ ቆልዑ ስለ ዘለኹ ክግዕዝ ኣይክእልን",
    "jag kan inte flytta, bor i Borås med barnen",
    "ما بقدر انتقل، ساكنة ببوروس مع ولادي",
    "я не можу переїхати, я живу в Буросі з дітьми",
])
def test_a_place_with_words_before_i_live_is_one_to_go_to(rel, text):
    assert {m.place.label for m in places_to_go(text, rel)} == {"Borås"}, text


def test_a_refused_place_before_a_comma_is_still_refused(rel):
    # (place10: «I don't want to move to Luleå, I want something near»)
    assert not places_to_go("ናብ ሉሌኦ ክግዕዝ ኣይደልን፣ ቀረባ ዝኾነ እደሊ።", rel)
