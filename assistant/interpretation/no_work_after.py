"""Work done only where it is told, once the person has said they never worked (rater24 class 6).

rater24 c4 (Somali, 24): she said «wax shaqo ah weligay ma qaban» (I have never worked) in her first message; five
turns later «mahadsanid, halkee iska diiwaangeliyaa» (thanks, where do I register?) was read as work done as a hotel
receptionist, and the next list said «Hotellreceptionist» "resembles work you have done", with a validation route.
Every answer that says so (the match reasons "experience" and "similar", answers.asked_for, validation in
assistant/routes.py) reads the profile's experiences, so the rule sits where they enter it: after an earlier message
said the person never worked (no_work.never_worked), a later message adds work done only from a statement that tells
work (an experience cue: "I worked as …", "waxaan ahaa …"; work_evidence.tells_work). A question or a remark misread
as an occupation adds nothing; told work ("I did cleaning for two months after all") is kept.
"""
from __future__ import annotations

from assistant.interpretation.no_work import never_worked
from vagledning.domain.profile import Profile


def keep_told_work(message: Profile, text: str, earlier: list[str], language: str | None) -> None:
    """Drop from ``message`` (the profile read from ``text``) the work done no statement of it tells, when one of the
    ``earlier`` user messages said the person never worked."""
    if not message.experiences or not any(never_worked(t or "") for t in earlier):
        return
    from assistant.interpretation.segment import analyse
    from assistant.interpretation.work_evidence import tells_work

    told = [st.text for st in analyse(text, lang="sv" if language == "sv-easy" else language).statements
            if tells_work(st)]
    message.experiences = [e for e in message.experiences
                           if e.span is not None and any(e.span.quote and e.span.quote in st for st in told)]


def drop_untold_before(profile: Profile, text: str, earlier: list[str], language: str | None) -> None:
    """"I have never worked" after a list read as work done ("lager, mcdonalds, whatever", then «jag har aldrig jobbat»;
    rater35 new03, profile26): the work done an EARLIER message named without telling it (no statement of work, as in
    :func:`keep_told_work`) goes, so no answer says "like work you have done" or offers validation for it. Work an
    earlier message told ("I cleaned offices for two years") stays: the person is asked, not contradicted.
    ``earlier`` are the user messages before ``text``, in order (a span's ``message`` indexes them)."""
    if not profile.experiences or not never_worked(text or ""):
        return
    from assistant.interpretation.segment import analyse
    from assistant.interpretation.work_evidence import tells_work

    lang = "sv" if language == "sv-easy" else language
    told: dict[int, list[str]] = {}

    def told_in(i: int) -> list[str]:
        if i not in told:
            told[i] = [st.text for st in analyse(earlier[i], lang=lang).statements if tells_work(st)] \
                if 0 <= i < len(earlier) else []
        return told[i]

    profile.experiences = [e for e in profile.experiences if e.span is None or e.span.message >= len(earlier)
                           or any(e.span.quote and e.span.quote in st for st in told_in(e.span.message))]
