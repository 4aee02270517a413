"""An answer taken note of ("ok, no CSN then", «Зрозуміла, CSN ні», understood, CSN no) refuses no work (profile29;
rater36 new03: it was kept as the refusal «Зрозуміла, CSN»). When the words a negation would refuse are only an
agency's or a benefit's name beside words of acknowledgement and of "no", nothing is refused: the person repeats
what they were told."""
from __future__ import annotations

import re

#: Agencies and benefits, as people write them in every language (the Swedish names, Latin script).
_NAMED = frozenset({"csn", "uhr", "af", "arbetsförmedlingen", "försäkringskassan", "fk", "migrationsverket",
                    "skatteverket", "akassa", "aktivitetsstöd", "studiemedel", "studiestöd", "bidrag",
                    "lån", "loan", "grant", "tilläggsbidrag", "etableringsersättning", "kommunen"})
#: "Understood", "ok", "I see" and "no", 8 languages (sv-easy reads sv).
_SAID = frozenset({
    "ok", "okay", "okej", "okey", "fine", "understood", "i", "see", "got", "it", "then", "so", "no", "not",
    "förstår", "förstått", "jaha", "aha", "då", "nej", "inte", "ingen", "inget",
    "فهمت", "تمام", "طيب", "حسنا", "اوكي", "يعني", "لا", "مو", "ما", "مش", "بلا",
    "hagaag", "waan", "fahmay", "fahamay", "maya", "ma", "haye",
    "ተረዲኡኒ", "ሕራይ", "ኣይፋል", "የለን",
    "فهمیدم", "باشه", "خوب", "خوبه", "پس", "نه", "نیست",
    "зрозуміла", "зрозумів", "зрозуміло", "ясно", "добре", "ок", "ні", "не", "тоді", "отже", "значить",
})


def acknowledged(phrase: str) -> bool:
    """The words name an agency or a benefit, with only acknowledgement and "no" beside it."""
    # ("a-kassa" is one name; a bare "kassa" is the till: "Nej, inte kassa. Något annat?" refuses cashier work, goal16)
    toks = re.findall(r"\w+", re.sub(r"\ba[\s-]?kassa", "akassa", (phrase or "").casefold()))
    return any(t in _NAMED for t in toks) and all(t in _NAMED or t in _SAID for t in toks)
