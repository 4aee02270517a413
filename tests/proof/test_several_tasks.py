"""Several things done, told in one story: each clearly stated task gets a place of its own in the
ranking, not only the best-matching phrase (issue 9). A woman who cooked AND cared for her mother is
offered care work as well as kitchen work; a welder who also wired flats hears about electrician work."""
import pytest

from assistant.interpretation.interpreter import interpret
from retrieval.matching import match_profile

CARE = {"5330", "5321", "5343", "5323"}
KITCHEN = {"5120", "9412", "9411"}


@pytest.mark.parametrize("text", [
    "Jag lagade mat och tog hand om min mamma när hon var sjuk.",
    "I cooked for the family and looked after my sick mother.",
    "ንሕምምቲ ዓባየይ እከናኽና ነይረ፣ መግቢ እሰርሓላ፣ እሓጽባን መድሃኒታ እህባን ነይረ።",
    "Afar sano ayaan guriga ku daryeelayay hooyaday oo xanuunsan: waan maydhin jiray, cunto ayaan u karin jiray.",
])
def test_cooking_and_caring_both_reach_the_top_three(real_runtime, text):
    top = [m.ssyk_code for m in match_profile(interpret(text, real_runtime), real_runtime, with_evidence=False).occupations[:3]]
    assert CARE & set(top) and KITCHEN & set(top), top


@pytest.mark.parametrize("text,groups", [
    ("Я зварювальник, але також робив електропроводку в квартирах.", ({"7212"}, {"7411"})),
    ("Jag städade på ett hotell och hjälpte till i receptionen på helgerna.", ({"9111"}, {"4224"})),
    ("Worked as a bus driver and later as a taxi driver.", ({"8331"}, {"8321"})),
    ("روزها در یک کارگاه نجاری کار می‌کردم و شب‌ها نگهبان یک مارکیت بودم.", ({"7111", "7522"}, {"5413"})),
])
def test_a_title_and_a_second_task_both_reach_the_top_three(real_runtime, text, groups):
    top = {m.ssyk_code for m in match_profile(interpret(text, real_runtime), real_runtime, with_evidence=False).occupations[:3]}
    assert all(g & top for g in groups), top


def test_one_statement_still_gives_two_of_its_own_occupations(real_runtime):
    # a single term with two occupations (pharmacist: Apotekare, Receptarie) keeps both
    ids = [e.occupation.id for e in interpret("Я фармацевт з України.", real_runtime).experiences]
    assert ids[:2] == ["pAdE_uVY_JrR", "rp67_sqK_cLB"]
