"""Which occupation a programme trains for: its trade, not a word of the occupation's qualifier (rater16).

:func:`retrieval.education.programme_fits` lets a YH programme through when it shares a trade word with the
occupation's name. But a Swedish occupation name is a trade and a qualifier: «Lantbrukare, blandad drift» is a
farmer (of mixed farming), and «Miljö- och drifttekniker, vatten och avlopp» shares only the qualifier's «drift»
with it; «Bygg- och anläggningsförare» is a driver, and «Projektinköpare/ Entreprenadingenjör inom bygg och
anläggning» shares only the truncated «Bygg-». Both were offered as the education of a farmer and of a minibus
driver. Here a programme below :data:`retrieval.education.STRONG_PROGRAMME_SIMILARITY` fits only when it shares
the trade of the name (the part of each «/» alternative before its comma, without a truncated compound such as
«Bygg-»), or shares the qualifier and names the same kind of work (a word ending as the trade's does, at least
:data:`MIN_SUFFIX` letters: «Civilingenjör, järnväg» ~ «Järnvägsingenjör», «Utvecklingsingenjör, elkraft» ~
«Elkraftsingenjör»).

Applied at answer time over the stored fitting education (retrieval/precomputed.py keeps THE rule's results; this
only narrows them), so it needs no new ingest.
"""
from __future__ import annotations

import os
import re
import unicodedata

from retrieval.education import STRONG_PROGRAMME_SIMILARITY, shares_trade

#: Letters a programme's word and the trade word must end alike in to name the same kind of work.
MIN_SUFFIX = 5
_TRUNCATED = re.compile(r"[^\W\d_]+-(?=\s|$)")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", (text or "").casefold())


def trade_and_qualifier(label: str) -> tuple[str, str]:
    """The trade part of an occupation name and its qualifier: «Maskinförare, lantbruk/Traktorförare, lantbruk» ->
    («Maskinförare / Traktorförare», «lantbruk lantbruk»); «Bygg- och anläggningsförare» -> («och
    anläggningsförare», «Bygg»)."""
    trade: list[str] = []
    qualifier: list[str] = []
    for alt in (label or "").split("/"):
        head, _, rest = alt.partition(",")
        qualifier += [m.group(0).rstrip("-") for m in _TRUNCATED.finditer(head)] + [rest]
        trade.append(_TRUNCATED.sub(" ", head))
    return " / ".join(trade), " ".join(qualifier)


def _same_kind(title: str, trade: str) -> bool:
    """A word of the title ends as a trade word does, over at least :data:`MIN_SUFFIX` letters."""
    ends = [w[::-1] for w in _WORD.findall(_fold(trade))]
    return any(len(os.path.commonprefix((w[::-1], e))) >= MIN_SUFFIX for w in _WORD.findall(_fold(title)) for e in ends)


def trains_for(title: str, similarity: float, label: str, sun5_name: str = "") -> bool:
    """A YH programme (title, its similarity to the occupation, its SUN5 orientation) trains for the occupation
    ``label`` itself (see the module docstring)."""
    if similarity >= STRONG_PROGRAMME_SIMILARITY:
        return True
    text = f"{title} {sun5_name}".strip()
    trade, qualifier = trade_and_qualifier(label)
    if shares_trade(text, [trade]):
        return True
    return bool(qualifier.strip()) and shares_trade(text, [qualifier]) and _same_kind(title, trade)
