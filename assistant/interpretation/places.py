"""Places in a self-assessment: the municipality/region a person lives in or wants to work in.

Names are found by the core matcher (:mod:`vagledning.domain.geography`) over the geography of
the relations store (``rel.geography()``), so any case, any of our languages and scripts count.
One place is kept per message, in this order (prof11, rater11 conv4: "Bromma is Stockholm, too far" moved a man
from Borlänge to Stockholm, and "I live in Borlänge, not Stockholm" was stored as a refusal):

- the place named next to a "live in / work in" cue, in any clause, even one that also says "not …"
  ("waxaan ku noolahay Borlänge, stockholm ma aha": Borlänge);
- else the first place of a "where I live/want to work" statement;
- else the first place named anywhere but in a refusal ("not in Stockholm") or in a clause saying it is far
  ("Stockholm is too far"): only MENTIONED, so it never replaces the place the profile already holds
  (:func:`mentioned_only`; "courses in Uppsala?" still answers about Uppsala this turn).
"""
from __future__ import annotations

from vagledning.domain.geography import Geography, PlaceMention
from vagledning.domain.profile import Constraint, Profile, Span

TOLD = 0.9
#: Confidence of a place only mentioned (not said to be where one lives or wants to work).
MENTIONED = 0.75


def _cue_offsets(text: str) -> list[int]:
    """Where the place cues ("bor i", "live in", "waxaan ku noolahay", "እነብር") stand in ``text``."""
    from assistant.interpretation.cues import load_cues
    from retrieval.lexicon.normalize import normalize, tokens

    norm = normalize(text)
    toks = tokens(norm.text)
    words = [t for t, _, _ in toks]
    out = []
    for i in range(len(words)):
        for end, (kind, _), _ in load_cues().kinds.find(words, i):
            if kind == "place":
                out.append(norm.span(toks[i][1], toks[end - 1][2])[0])
    return out


def _chosen(text: str, statements, rel) -> tuple[PlaceMention | None, bool]:
    mentions = rel.geography().find(text)
    if not mentions:
        return None, False
    wanted = places_to_go(text, rel)
    near = [m for m in mentions if any(w.start == m.start for w in wanted)]
    if not near:
        return None, False

    def statement_of(m: PlaceMention):
        return next((st for st in statements if st.start <= m.start < st.end), None)

    # ("I'm in Jönköping, not Luleå!!", «انا بجونشوبينغ مو لوليو»: the message refuses one place and names another,
    # not asking: a correction of where one is, told; rater26 c5 kept Luleå after it twice)
    refused = {m.place.id for m in mentions if m not in near}
    said = [m for m in near if m.place.id not in refused and ((st := statement_of(m)) is None or not st.question)]
    if refused and said:
        return said[0], True
    by_cue = []
    for m in near:
        st = statement_of(m)
        if st is None or st.question:  # ("can I work in Malmö?" asks; it does not say where one lives)
            continue
        cues = [st.start + c for c in _cue_offsets(st.text)]
        if cues:
            by_cue.append((min(abs(m.start - c) for c in cues), m.start, m))
    if by_cue:
        return min(by_cue, key=lambda x: (x[0], x[1]))[2], True

    def kind_of(m: PlaceMention) -> str:
        st = statement_of(m)
        return st.kind if st is not None else "other"

    # (a question that opens with a negation word still asks for its place, as places_to_go reads it: Levantine
    # «ولا في شركات بمالمو…؟» "or are there firms in Malmö…?" opens with ولا, "or" – never "not": second31)
    usable = [m for m in near if kind_of(m) != "negation" or getattr(statement_of(m), "question", False)]
    preferred = [m for m in usable if kind_of(m) == "place" and not statement_of(m).question]
    if preferred:
        return preferred[0], True
    return (usable[0], False) if usable else (None, False)


def chosen_place(text: str, statements, rel) -> PlaceMention | None:
    """The place of this message (see module docstring); ``statements`` are the segmented ones."""
    return _chosen(text, statements, rel)[0]


def place_constraints(found: PlaceMention, geo: Geography, message_index: int,
                      confidence: float = TOLD) -> list[Constraint]:
    """A found place as profile constraints: the municipality (if it is one) and its county."""
    place = found.place
    span = Span(start=found.start, end=found.end, quote=found.text, message=message_index)
    out = []
    if place.kind == "municipality":
        out.append(Constraint(kind="municipality", value=place.id, label=place.label, span=span,
                              confidence=confidence))
    if place.region_id:
        out.append(Constraint(kind="region", value=place.region_id, span=span.model_copy(),
                              label=geo.region_label(place.region_id) or place.label, confidence=confidence))
    return out


def add_place(profile: Profile, text: str, statements, rel, message_index: int) -> None:
    """Add the message's place to ``profile`` (a municipality once; a county only if none yet)."""
    found, told = _chosen(text, statements, rel)
    if found is None:
        return
    for c in place_constraints(found, rel.geography(), message_index, TOLD if told else MENTIONED):
        if c.kind == "municipality" and not any(x.value == c.value for x in profile.constraints):
            profile.constraints.append(c)
        elif c.kind == "region" and not any(x.kind == "region" for x in profile.constraints):
            profile.constraints.append(c)


def mentioned_only(message: Profile) -> bool:
    """The message's places are only mentioned (:data:`MENTIONED`): they do not replace the profile's own."""
    places = [c for c in message.constraints if c.kind in ("region", "municipality")]
    return bool(places) and all(c.confidence <= MENTIONED for c in places)


def blank_places(text: str, rel) -> str:
    """``text`` with every Swedish place it names replaced by spaces (same length: spans stay true), for occupation
    linking: Dari «لوله‌او» (Luleå) holds «لوله», pipe, and was linked to VVS-montör (place15)."""
    mentions = rel.geography().find(text) if text and text.strip() else []
    if not mentions:
        return text
    out = list(text)
    for m in mentions:
        out[m.start:m.end] = " " * (m.end - m.start)
    return "".join(out)


def only_a_place(text: str, rel) -> bool:
    """A refusal that names nothing but a place and its little words ("inte Stockholm", "stockholm ma aha",
    "not in Malmö"): a place is no work to avoid."""
    from assistant.intent_cues import cues
    from assistant.intent_cues import normalize as cue_text
    from assistant.interpretation.cues import load_cues
    from retrieval.lexicon.normalize import normalize, tokens

    mentions = rel.geography().find(text)
    if not mentions:
        return False
    rest = list(text)
    for m in mentions:
        rest[m.start:m.end] = " " * (m.end - m.start)
    # (going or moving there is part of refusing a place: "jag vill inte flytta till Luleå"; rater26 c5)
    moving = cues().get("move_to")
    plain = cue_text("".join(rest))
    words = [t for t, _, _ in tokens(normalize(moving.sub(" ", plain) if moving else plain).text)]
    i, left = 0, []
    while i < len(words):
        hits = load_cues().kinds.find(words, i)
        if hits:
            i = max(h[0] for h in hits)
            continue
        left.append(words[i])
        i += 1
    # (little words: prepositions such as "i", "in", "ኣብ", "در"; Ge'ez negation is a circumfix ኣይ…ን on the verb,
    # "ኣይኮንኩን", and "ኣይፋል" is "no"; a Ge'ez letter is a syllable, so its little words are of two letters: «ምስ ቆልዑ»,
    # with the children, is more than a place – other13, «ክቕይር ኣይክእልን፣ ኣብ ቦሮስ ምስ ቆልዑ እነብር»)
    return all(len(w) <= (2 if "\u1200" <= w[:1] <= "\u137f" else 3) or w.startswith("ኣይ") for w in left)


def _after_no(clause: str) -> int:
    """Where a clause's statement starts after a leading "no" that answers the assistant ("ні, я в Єнчепінгу",
    "maya, waxaan joogaa …", «لا انا بجونشوبينغ»): a negation word followed by a comma or by "I"; 0 when none."""
    import re

    from assistant.intent_cues import has
    from assistant.interpretation.segment import classify_statement

    m = re.match(r"\s*(\S+?)\s*([,،፣]|\s+(\S+))", clause)
    if m is None or classify_statement(m.group(1))[0] != "negation":
        return 0
    if m.group(2).strip() in ",،፣" or has("self", m.group(3) or ""):
        return m.end(1) + (1 if m.group(2).strip() in ",،፣" else 0)
    return 0


def _comma_part(text: str, at: int, a: int, b: int) -> str:
    """The part of ``text[a:b]`` between commas (",", "،", "፣", "፡") that holds offset ``at``."""
    import re

    marks = [a + x.start() for x in re.finditer(r"[,،፣፡]", text[a:b])]
    start = max([a] + [c + 1 for c in marks if c < at])
    return text[start:min([b] + [c for c in marks if c >= at])].strip()


def places_to_go(text: str, rel) -> list[PlaceMention]:
    """The places ``text`` names as ones to go to (any language): not one in a clause saying it is far ("Stockholm
    is too far", "stockholm aad bay u fog tahay") nor in a refusal naming nothing but it ("not Stockholm", "stockholm
    ma aha", "I don't want to move to Luleå"), nor one set against another place by "not" ("I'm in Jönköping not
    Luleå", «انا بجونشوبينغ مو لوليو»: Luleå; rater26 c5); a question ("isn't there anything in Falun?") asks for its
    place. A leading "no," answers the assistant ("ні, я в Єнчепінгу"): the clause is read after it. The same
    reading as :func:`_chosen`."""
    from assistant.intent_cues import has
    from assistant.interpretation.person_words import far_away
    from assistant.interpretation.questions import is_question
    from assistant.interpretation.segment import classify_statement, split_statements

    mentions = rel.geography().find(text)
    if not mentions:
        return []
    spans = split_statements(text)

    def clause_of(m: PlaceMention) -> tuple[int, int]:
        return next(((a, b) for a, b in spans if a <= m.start < b), (0, len(text)))

    def set_against(m: PlaceMention, a: int, b: int) -> bool:
        """``m`` follows another place of its clause with "not" between them or right after it."""
        same = [x for x in mentions if a <= x.start < b]
        i = next((k for k, x in enumerate(same) if x.start == m.start), 0)
        if i == 0:
            return False
        after = text[m.end:same[i + 1].start if i + 1 < len(same) else b]
        return has("place_not", text[same[i - 1].end:m.start]) or (i + 1 == len(same) and has("place_not", after))

    def unwanted(m: PlaceMention) -> bool:
        a, b = clause_of(m)
        clause = text[a:b]
        if far_away(clause):
            return True
        if is_question(text, a, b):
            return False
        if set_against(m, a, b):
            return True
        if any(set_against(x, a, b) for x in mentions if a <= x.start < b):
            return False  # (the place the others are set against: where one is)
        body = clause[_after_no(clause):]
        # (the part of the clause between commas that holds the place: "I can't move, I live in Borås with the kids",
        # «ክቕይር ኣይክእልን፣ ኣብ ቦሮስ ምስ ቆልዑ እነብር», where the Ge'ez «፣» is no statement break, says where one lives;
        # «ናብ ሉሌኦ ክግዕዝ ኣይደልን፣ ቀረባ ዝኾነ እደሊ» refuses Luleå in its own part; other13)
        part = _comma_part(text, m.start, a, b)
        kind = classify_statement(part)[0] if part != clause.strip() else ""
        if kind == "place":
            return False
        body = part if kind == "negation" else body
        return classify_statement(body)[0] == "negation" and only_a_place(body, rel)

    return [m for m in mentions if not unwanted(m)]
