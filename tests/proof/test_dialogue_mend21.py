"""What a counsellor answers a Ukrainian under temporary protection (rater21 conv2, scored 1/5):

- "may I work here with temporary protection?" / "can I already work while I learn Swedish?" is answered with the
  right to work that the residence permit under the Temporary Protection Directive gives (Migrationsverket's page,
  cited) – never the study-leave law, an education requirement or a list of occupations;
- "how do I exchange my Ukrainian C/D licence, is it valid now?" is a driving-licence question answered from
  Transportstyrelsen: with temporary protection the Ukrainian licence may be used as long as the protection lasts –
  never the generic "a licence from outside the EEA is not valid after a year" stated as fact, never SFI.
Through the real app over the shared test store; the sentences live in phrases/dialogue_mend21.yaml.
"""
from __future__ import annotations

import pytest

from tests.dialogue_support import ALL, route_ids, said, said_all

DRIVER, MAY_WORK, WHILE_SWEDISH, EXCHANGE = said_all(
    "mend21_protected_driver", "mend21_may_work", "mend21_work_while_swedish", "mend21_licence_exchange")
PERMIT = "route:tillfalligt_skydd"
UA_LICENCE, NON_EEA = "route:korkort_tillfalligt_skydd", "route:utlandskt_korkort"


@pytest.mark.parametrize("question", ["may_work", "while_swedish"])
@pytest.mark.parametrize("locale", ALL)
def test_temporary_protection_may_work_is_answered_with_the_right_to_work(person, locale, question, request):
    if (locale, question) == ("sv", "may_work"):
        request.applymarker(pytest.mark.xfail(strict=False, reason=(
            "'får jag jobba … ? typ som mekaniker medan jag läser svenska?' cites komvux_sas/komvux_yrke before "
            "tillfalligt_skydd: the WHOLE message's intent reads 'swedish' from the told 'while I study Swedish' "
            "(intents.detect_intent; asked_parts drops such a clause since xfail29, detect_intent – mid-edit by "
            "others in wave 29 – does not yet)")))
    person.say(DRIVER[locale])
    body = person.say((MAY_WORK if question == "may_work" else WHILE_SWEDISH)[locale])
    cited = route_ids(body)
    assert PERMIT in cited, (locale, body["action"], cited, body["answer"])
    assert cited[0] == PERMIT, (locale, cited, body["answer"])  # the right to work first, nothing before it
    assert body["action"] == "rights" and not body["occupations"], (locale, body["action"], body["answer"])
    assert "Migrationsverket" in body["answer"] or any("migrationsverket" in (c.get("url") or "")
                                                      for c in body["citations"]), (locale, body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_ukrainian_licence_under_protection_is_valid_while_it_lasts(person, locale):
    person.say(DRIVER[locale])
    body = person.say(EXCHANGE[locale])
    cited = route_ids(body)
    assert UA_LICENCE in cited, (locale, body["action"], cited, body["answer"])
    assert NON_EEA not in cited, (locale, cited, body["answer"])  # the generic "invalid after a year" is not theirs
    assert "route:sfi" not in cited and body["action"] != "swedish", (locale, body["action"], body["answer"])


# ---------------------------------------------------------------- "this fits your limitation" only from a statement
#: rater21 (so T1, fa T8): a ride operator was called seated for its name's "-förare", a teacher's assistant for
#: "De utför även grundläggande kontorsarbete", guides for ESCO's "perform clerical duties" alone.
NOT_SEATED = ("Attraktionsförare", "Lärarassistent", "Maskinförare, träfiberskivor", "Guide", "Valutaförsäljare")
SEATED = ("Bussförare/Busschaufför", "Kundtjänstmedarbetare", "Taxiförare/Taxichaufför")


@pytest.mark.parametrize("label", NOT_SEATED)
def test_no_fit_from_a_name_ending_or_a_side_task(real_runtime, label):
    from retrieval.limit_fit import fits

    occ = real_runtime.relations.occupation_by_label(label)[0]
    for what in ("knees", "standing"):
        assert fits(occ.id, occ.label, what, real_runtime) is None, (label, what)


@pytest.mark.parametrize("label", SEATED)
def test_seated_work_the_sources_state_still_fits(real_runtime, label):
    from retrieval.limit_fit import fits

    refs = real_runtime.relations.occupation_by_label(label)
    assert refs, label
    found = fits(refs[0].id, refs[0].label, "knees", real_runtime)
    assert found is not None and found.evidence, label


# ---------------------------------------------------------------- what the person says is read, and can be taken back
CLEANER, CANNOT_SIT, SITTING_FINE, CAN_SIT = said_all(
    "mend21_cleaner_cannot_stand", "mend21_cannot_sit", "mend21_sitting_fine", "mend21_job_can_sit")


def _limits(body: dict) -> set[str]:
    return {c["value"] for c in body["profile"]["constraints"] if c["kind"] == "limitation"}


@pytest.mark.parametrize("locale", ALL)
def test_a_limitation_taken_back_is_removed_and_the_other_kept(person, locale):
    """rater21 conv1 T3 and the en probe: "sitting is no problem, only standing" left the sitting limitation."""
    body = person.say(CLEANER[locale])
    assert "standing" in _limits(body), (locale, body["profile"]["constraints"])
    body = person.say(CANNOT_SIT[locale])
    assert "sitting" in _limits(body), (locale, body["profile"]["constraints"])
    body = person.say(SITTING_FINE[locale])
    limits = _limits(body)
    assert "sitting" not in limits and "standing" in limits, (locale, limits)


@pytest.mark.parametrize("locale", ALL)
def test_a_job_where_i_can_sit_is_no_sitting_limitation(person, locale):
    """rater21 conv1 T2: Somali «shaqo aan fadhiisan karo» ("a job I can sit in") was stored as "cannot sit"."""
    person.say(CLEANER[locale])
    body = person.say(CAN_SIT[locale])
    assert "sitting" not in _limits(body), (locale, body["profile"]["constraints"], body["answer"])


DROPOUT = said("mend21_dropout")


@pytest.mark.parametrize("locale", ALL)
def test_a_gymnasium_left_unfinished_is_no_finished_gymnasium(person, locale):
    """rater21 conv3 T4: "hoppade av gymnasiet" was kept as a finished gymnasium (SUN 3), so CSN's studiestartsstöd
    was said not to be his. What he has is compulsory school's level."""
    body = person.say(DROPOUT[locale])
    levels = [(e.get("label"), e.get("sun_level")) for e in body["profile"]["education"]]
    assert not any(str(level or "").startswith(("3", "4", "5", "6")) for _, level in levels), (locale, levels)
    assert any(level == "2" for _, level in levels), (locale, levels)


@pytest.mark.parametrize("locale", ALL)
def test_work_while_learning_swedish_under_protection_is_no_study_leave(person, locale):
    """rater21 conv2 T5: «чи можу я вже працювати, поки вчу шведську?» got the study-leave law for employees."""
    person.say(DRIVER[locale])
    body = person.say(WHILE_SWEDISH[locale])
    assert "route:studieledighet" not in route_ids(body), (locale, route_ids(body), body["answer"])


@pytest.mark.parametrize("locale", ALL)
def test_temporary_protection_is_no_guards_work(person, locale):
    """Tigrinya «ግዝያዊ ሓለዋ ኣለኒ» (I have temporary protection) was read as work as a security guard (ሓለዋ: guarding)."""
    body = person.say(DRIVER[locale])
    guards = [e["occupation"]["label"] for e in body["profile"]["experiences"] if (e.get("ssyk_code") or "") == "5413"]
    assert not guards, (locale, guards)


SFI_NOT_GYMNASIUM = said("mend21_sfi_not_gymnasium")


@pytest.mark.parametrize("locale", ALL)
def test_sfi_finished_but_not_the_gymnasium_is_no_finished_gymnasium(person, locale):
    """rater24 c4 T4: «sfi ayaan dhameeyay laakiin gymnasiet ma dhameyn» (SFI finished, not the gymnasium) was kept
    as a finished gymnasium (SUN 3): the Swedish school word inside Somali, with its negated finish after it."""
    body = person.say(SFI_NOT_GYMNASIUM[locale])
    levels = [(e.get("label"), e.get("sun_level")) for e in body["profile"]["education"]]
    assert not any(str(level or "").startswith(("3", "4", "5", "6")) for _, level in levels), (locale, levels)
