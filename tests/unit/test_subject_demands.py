"""A subject that is hard and a workplace refused (pupil20): the limitation read in 8 languages, and the occupations
its data says make the demand (retrieval/subject_demands.yaml)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.interpretation.constraints import _patterns, fold
from retrieval.subject_demands import subject_demand

SAID = [
    ("e dålig på matte", "maths"), ("Matematik är svårt för mig.", "maths"), ("im bad at math", "maths"),
    ("انا ضعيف بالرياضيات", "maths"), ("xisaabta aad ayay iigu adag tahay", "maths"), ("ሒሳብ ይኸብደኒ", "maths"),
    ("ریاضیم ضعیفه", "maths"), ("математика мені важко дається", "maths"),
    ("vill inte sitta på kontor hela dagarna", "office"), ("i dont want to sit in an office all day", "office"),
    ("ما بدي اقعد بمكتب طول النهار", "office"), ("ma rabo inaan xafiis fadhiisto", "office"),
    ("ኣብ ቤት ጽሕፈት ኮፍ ክብል ኣይደልን", "office"), ("نمیخوام تمام روز تو دفتر بشینم", "office"),
    ("не хочу сидіти в офісі", "office"),
    # (limits6: a computer or a screen all day refused is the office limitation too)
    ("vill inte heller sitta vid en dator hela dagarna", "office"), ("i don't want to sit at a computer all day", "office"),
    ("ما بدي اقعد قدام الكمبيوتر طول النهار", "office"), ("ma rabo inaan kombiyuutar hortiis fadhiisto", "office"),
    ("ኣብ ቅድሚ ኮምፒተር ኮፍ ክብል ኣይደልን", "office"), ("نمی‌خواهم تمام روز پشت کامپیوتر بنشینم", "office"),
    ("не хочу сидіти за комп'ютером цілий день", "office"),
    ("vill inte jobba utomhus", "outdoors"), ("i dont want to work outside all day", "outdoors"),
    ("ما بدي اشتغل برا بالبرد", "outdoors"), ("bannaanka ma rabo inaan ka shaqeeyo", "outdoors"),
    ("ኣብ ደገ ክሰርሕ ኣይደልን", "outdoors"), ("نمیخوام بیرون کار کنم", "outdoors"), ("не хочу працювати на вулиці", "outdoors"),
]
#: Work told, not refused; abroad is no outdoors.
NOT_SAID = ["jag jobbade på kontor i fem år", "i worked in an office", "i dont want to work outside sweden",
            "jag är bra på matte", "i like maths", "اشتغلت بمكتب محاسبة",
            # (having no computer, or no computer skills, refuses no work: limits6)
            "jag har ingen dator hemma", "i have no computer skills", "ما عندي كمبيوتر", "не маю комп'ютера"]


def _codes(text: str) -> set[str]:
    return {code for code, pat in _patterns()["limitation"] if pat.search(fold(text))}


@pytest.mark.parametrize("text,code", SAID)
def test_a_hard_subject_or_refused_workplace_is_a_limitation(text, code):
    assert code in _codes(text), (text, _codes(text))


@pytest.mark.parametrize("text", NOT_SAID)
def test_work_told_or_a_liked_subject_is_none(text):
    assert not _codes(text) & {"maths", "office", "outdoors"}, (text, _codes(text))


def _rt(code: str):
    occ = SimpleNamespace(ssyk_code=code, ssyk_label="grupp")
    rel = SimpleNamespace(occupation=lambda _id: occ, esco_skills_for_occupation=lambda *a, **k: [])
    return SimpleNamespace(relations=rel)


@pytest.mark.parametrize("label,code,what,hit", [
    ("Systemutvecklare/Programmerare", "2512", "maths", True), ("Servicetekniker, elektronik", "7420", "maths", False),
    ("Systemutvecklare/Programmerare", "2512", "office", True), ("Byggnadskonstruktör", "3112", "office", True),
    ("Servicetekniker, elektronik", "7420", "office", False), ("Anläggningsarbetare", "7114", "outdoors", True),
    ("Bokföringskontorist", "4111", "outdoors", False),
])
def test_the_groups_that_make_the_demand(label, code, what, hit):
    found = subject_demand("x", label, what, _rt(code))
    assert (found is not None) == hit, (label, what, found)
    if found is not None:
        assert found.doc_id == "jobtech:occupation-name:x" and found.reason == what
