"""leave18 cue readers: worn out in one's work (worn_out.yaml), a dislike said in free words (disliked.yaml), and words
of time or strength that name nothing refused (refused_thing.yaml). The conversations: tests/proof/test_dialogue_leave18."""
from __future__ import annotations

import pytest

from assistant.disliked_shown import disliked_sentences
from assistant.interpretation.constraints import fold
from assistant.interpretation.refused_thing import names_something
from assistant.interpretation.worn_out import says_worn_out


@pytest.mark.parametrize("text", [
    "Jag är helt slutkörd efter sju år i vården", "ärligt talat är jag utbränd", "vill göra något helt annat",
    "honestly I'm burnt out", "I feel so drained", "I want something totally different", "تعبت كتير من الشغل",
    "بدي شي مختلف تماماً", "aad baan u daalay", "shaqo gebi ahaanba ka duwan", "ኣዝየ ደኺመ", "ፍጹም ካልእ ስራሕ",
    "خسته و بریده شدیم", "یک کار کاملاً دیگه", "я повністю вигоріла", "хочу чогось зовсім іншого",
    "ما بدي ارجع عالمطاعم", "خلصت طاقتي", "I don't want to go back to the kitchen", "jag vill inte tillbaka till köket",
    "не хочу повертатися до ресторану"])
def test_worn_out_is_read(text):
    assert says_worn_out(fold(text))


@pytest.mark.parametrize("text", [
    "I worked out at the gym", "jag har jobbat i sju år", "something else?", "I'm tired today, can you tell me more?",
    "вона трохи втомилась", "Waxaan ahaa darawal", "ما بدي ارجع عسوريا", "I don't want to go back to Syria"])
def test_no_worn_out_in_ordinary_words(text):
    assert not says_worn_out(fold(text))


@pytest.mark.parametrize("text", [
    "hmm vet stuff sounds bloody", "that sounds way too boring", "usch, det låter tråkigt", "det är inte min grej",
    "هاد الشي فيه دم كتير", "Taasi ima aha", "እዚ ኣይፈትዎን", "خوشم نمیایه", "Ні, це не моє"])
def test_a_dislike_is_read(text):
    assert disliked_sentences(text)


@pytest.mark.parametrize("text", [
    "does it sound boring?", "my job is boring", "that sounds great", "det låter kul", "المدرسة مملة",
    "Waxaan jeclahay xayawaanka", "мені подобається"])
def test_no_dislike_in_questions_likings_or_own_work(text):
    assert not disliked_sentences(text)


@pytest.mark.parametrize("text", [
    "orkar inte så länge till", "jag är så sliten", "how long i can keep going", "قديش بعد بتحمل",
    "inta aan sii awoodi karo", "ክንደይ ክጻወር", "تا چه وقت طاقت", "скільки ще витримаю"])
def test_time_and_strength_name_nothing_refused(text):
    assert not names_something(text)
