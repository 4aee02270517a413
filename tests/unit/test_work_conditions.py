"""A condition of the work (pay, hours, contract, place) names no work (wish14, rater28 class 1):
assistant/interpretation/work_conditions.py blanks it, and segment.names_no_work_content reads what is left."""
from __future__ import annotations

import pytest

from assistant.interpretation.corrections import refuses_nothing
from assistant.interpretation.work_conditions import blank_conditions
from assistant.interpretation.work_content import names_no_work_content

#: Wishes made of nothing but conditions of the work (and a missing paper): no work named.
ONLY_CONDITIONS = [
    "Jag vill ha ett jobb med lön men jag har inga papper från skolan",
    "Nu vill jag ha ett dagjobb",
    "Jag söker ett fast jobb på heltid, gärna nära hemmet",
    "I want paid work but I don't have any school papers",
    "I just want a real job with a decent salary",
    "I want a steady job near home",
    "بدي شغل براتب",
    "بدي وظيفة ثابتة بدوام كامل",
    "Waxaan rabaa shaqo mushahar leh laakiin ma haysto wax waraaqo dugsi ah",
    "Waxaan rabaa shaqo joogto ah oo mushahar fiican leh",
    "ደሞዝ ዘለዎ ስራሕ እደሊ፣ ግን ወረቐት ትምህርቲ የብለይን",
    "ቀዋሚ ስራሕ እደሊ",
    "من کار با معاش میخواهم، مگر هیچ اسناد مکتب ندارم",
    "کار دائمی نزدیک خانه میخواهم",
    "Я хочу роботу з нормальною зарплатою, але в мене немає жодних шкільних документів",
    "Шукаю постійну роботу з гідною оплатою, бажано біля дому",
]
#: A field or an occupation named beside a condition stays (and a work verb with pay words is payroll work).
NAMES_WORK = [
    "Jag vill jobba med lön och bokföring",
    "I want a well-paid job in construction",
    "Хочу добре оплачувану роботу в будівництві",
    "بدي شغل براتب منيح بمجال البناء",
    "I want a day job as a cook",
    "Jag vill ha ett fast jobb som undersköterska",
]


@pytest.mark.parametrize("text", ONLY_CONDITIONS)
def test_conditions_alone_name_no_work(text):
    assert names_no_work_content(text), blank_conditions(text)


@pytest.mark.parametrize("text", NAMES_WORK)
def test_work_named_beside_a_condition_stays(text):
    assert not names_no_work_content(text), blank_conditions(text)


def test_offsets_are_kept():
    for text in ONLY_CONDITIONS + NAMES_WORK:
        assert len(blank_conditions(text)) == len(text)


@pytest.mark.parametrize("text", ["ولا ورقة من المدرسة", "I don't have any school papers", "ma haysto wax waraaqo"])
def test_missing_papers_refuse_nothing(text):
    assert refuses_nothing(text)
