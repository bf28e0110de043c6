"""Casualty figures: the counts of the killed, wounded, detained … that a report gives.

The consistency reader (``newsprism.claims.consistency.counts``) finds every count of things in a
report; a count is a casualty figure when its status is one of the ``outcomes`` and the noun it
counts is of a kind of victim (``data/claims/figures.json``: 'soldiers' → military, 'civilians',
'people' …; a casualty noun, '25 dead', is of kind 'unspecified'). The claim layer writes one
``figures`` record per figure; the comparison's casualty table reads them (and, for an analysis
made before the records existed, calls :func:`find` on a new parse).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from typing import Any

from newsprism.model import Span

COUNT_RULE = "consistency:counts"  # a number counts the victims ('two soldiers')
PARTITIVE_RULE = "figures:partitive"  # a part of a group ('Three of the attackers were killed'; twelfth session)
ELIDED_RULE = "figures:elided"  # a number for the noun before ('… and four were arrested'; review 12)
ZERO_RULE = "figures:zero"  # a count of none ('No one was injured'; seventeenth session)
ZERO_FIGURES = True
TOLL_FIGURES = True  # eighteenth-session review: "Tigrayan officials put the toll at 40" (framing, audit 18 C2)
TOLL_RULE = "figures:toll"  # a toll put at a number ('put the toll at 40'; eighteenth-session review)
SINGULAR_RULE = "figures:singular"  # an article names one victim ('A woman was killed'; twelfth session)
PLACE_AS_ACTOR = True  # audit 12: 'Priština claims that …': the capital speaks, the victims were not there
FIGURE_CLAUSE = True  # audit 11: a figure's places are those of its clause, not of the whole sentence
RELATIVE_PLACE = True  # audit 14 C4: a figure in a relative clause is at the place of the noun it tells of


@cache
def config() -> dict[str, Any]:
    from newsprism.resources import load_json

    return load_json("claims", "figures.json")


def victim_kind(group: str, shown: str, sentence: str = "") -> str | None:
    """The kind of victim the counted noun names ('soldiers' → military); a casualty noun
    ('25 dead') names none ('unspecified'). An ambiguous noun takes its kind from its sentence
    (``context_kinds``: '… opened fire on a police patrol, killing one officer': police)."""
    if group == "casualty":
        return "unspecified"
    words = re.findall(r"[\w-]+", shown.casefold())
    noun = words[-1] if words else ""
    kind = next((k for k, nouns in config()["victim_kinds"].items() if noun in nouns), None)
    moved = config()["kind_modifiers"].get(kind or "", {})  # 'four armed members': fighters; 'a police officer': police
    kind = next((moved[w] for w in words[:-1] if w in moved), kind)
    around = config().get("context_kinds", {}).get(noun)
    own = set(words[:-1]) & set(config().get("context_blockers", ()))  # 'two army officers': their own word decides
    if around and not own and kind == next((k for k, nouns in config()["victim_kinds"].items() if noun in nouns), None):
        context = set(re.findall(r"[\w-]+", sentence.casefold()))
        kind = next((k for w, k in around.items() if w in context), kind)
    return kind


def _context(doc: Any, sentence: tuple[int, int], text: str) -> str:
    """The figure's sentence for ``context_kinds``, less its subjects: 'when police opened fire on
    protesters' and 'Police said' name the doer or the speaker, not the victims (review 12)."""
    words = doc.char_span(*sentence, alignment_mode="expand")
    if words is None:
        return text[sentence[0] : sentence[1]]
    return " ".join(t.text for t in words if t.dep_ != "nsubj")


class _Sentences:
    """The sentences of a parse, found by bisection over their starts (was a scan of every
    sentence per figure)."""

    def __init__(self, doc: Any) -> None:
        self.bounds = [(s.start_char, s.end_char) for s in doc.sents]
        self.starts = [a for a, _ in self.bounds]

    def at(self, start: int) -> tuple[int, int] | None:
        i = bisect_right(self.starts, start) - 1
        if i < 0 or start >= self.bounds[i][1]:
            return None
        return self.bounds[i]

    def before(self, start: int) -> tuple[int, int] | None:
        """The sentence before the one that starts at ``start``."""
        i = bisect_right(self.starts, start) - 2
        return self.bounds[i] if i >= 0 else None


THE_INCIDENT_BEFORE = True  # audit 20 C2: r1 '… four terrorists … were killed in the strike' (the car near Ayn al-Arab)


def _with_earlier(
    places: list[Span], text: str, sentence: tuple[int, int], spans: list[Span], after: int, sentences: _Sentences
) -> list[Span]:
    """The figure's places, and, when they name no specific place (none, or only a demonym or a country: 'attacks on
    Turkish border posts'), those of the incident its sentence sends back to (`_earlier_places`)."""
    if any((p.attrs.get("kind") or "") not in ("demonym", "country", "continent") for p in places):
        return places
    return places + [p for p in _earlier_places(text, sentence, spans, after, sentences) if p not in places]


@cache
def _incident_back() -> re.Pattern[str] | None:
    """'in/during the strike, attack, raid …' (``incident_back_nouns``), compiled once; None when the list is empty."""
    nouns = "|".join(map(re.escape, config().get("incident_back_nouns", ())))
    return re.compile(rf"\b(?:in|during)\s+the\s+(?:{nouns})\b", re.IGNORECASE) if nouns else None


@cache
def _told_as_verbs() -> frozenset[str]:
    return frozenset(config().get("told_as_verbs", ()))


def _earlier_places(text: str, sentence: tuple[int, int], spans: list[Span], after: int, sentences: _Sentences) -> list[Span]:
    """An unplaced figure whose sentence sends back to the incident just told ('… were killed in the strike', 'in the
    attack': ``incident_back_nouns`` after 'in the') takes the places of the sentence before it in its paragraph
    ('Security sources said an armed drone destroyed a vehicle … near Ayn al-Arab late on Tuesday.'); none otherwise."""
    if not THE_INCIDENT_BEFORE:
        return []
    back = _incident_back()
    if back is None or not back.search(text[after : sentence[1]]):
        return []
    prev = sentences.before(sentence[0])
    if prev is None or "\n" in text[prev[0] : sentence[0]]:  # (a sentence span may hold its paragraph's line break)
        return []
    return _places(text, prev, spans)


# each whitespace branch starts where a run of spaces starts ((?<!\s)): a 100 kB run of spaces
# took minutes when every position of it was tried (review 11)
# ', a day after …' / ', hours before …': another incident told for its time (audit 13, C8)
_CLAUSE_BREAK = re.compile(
    r";|(?<!\s),?\s+and\s+that\b|(?<!\s),?\s+while\s+|(?<!\s)\s+[\u2014\u2013]\s+"
    r"|(?<!\s),\s+(?:a|an|one|two|three|four|five|six|several|some|just|only)?\s*"
    r"(?:day|days|hour|hours|week|weeks|month|months|night|nights)\s+(?:after|before)\b",
    re.IGNORECASE,
)


# ' as ' opening a clause of its own after the figure's main clause ('Drones hit oil depot in occupied Feodosia as
# occupiers detain seven Crimean Tatars': audit 19 C3), not 'as many as', 'such as', 'as well as', 'as part of' …
_AS_BREAK = re.compile(
    r"(?<!such)(?<!many)(?<!much)(?<!well)(?<!\s)\s+as\s+(?!(?:many|much|well|of|part|a|an|result|if|though|long|soon|far|usual|expected|before|ever)\b)",
    re.IGNORECASE,
)
AS_CLAUSE = True
OTHERS_OF_THE_SAME = True  # audit 20 C7 probe s07: 'two others wounded' after 'A Turkish soldier was killed' were people
MEMBERS_OF_ARMED_GROUP = True  # audit 20 C7: 'members of' a body the actor layer labels armed_group are fighters
AS_CLAUSE_AFTER = True  # audit 20 C2: r2's headline 'three civilians near Kobanê as mercenaries attack … near Manbij'


def _clause(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """The stretch of the sentence between clause breaks (';', ', and that', ' — ') that holds the
    figure: 'drone kills three civilians in liberated territories; SPLA strikes … in Mahbes sector'
    puts the three civilians in the liberated territories, not in Mahbes. In the headline, a figure in an 'as' clause
    after the main clause is not at the main clause's places (the places of an 'as' clause after a figure stay its:
    'Seven were killed as shells hit Kupiansk'); in the body 'Fighting raged in Bakhmut as three soldiers were killed'
    keeps Bakhmut."""
    start, end = sentence
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    if AS_CLAUSE and "\n" not in text[:start]:  # a headline's two events ('… in Feodosia as occupiers detain seven')
        for m in _AS_BREAK.finditer(text, start, at):
            if m.end() <= at:
                start = m.end()
    return start, end


def _places(text: str, sentence: tuple[int, int], spans: list[Span], at: int | None = None, doc: Any = None) -> list[Span]:
    """The place spans of the figure's clause (``at``: the figure's offset; else the whole
    sentence), those after a dateline ('JERMUK, 13 May 2025 —' is where the report was filed, not
    where the victims were), not where they were treated, and not a capital that speaks or acts
    for its government ('Priština claims that three armed attackers were killed', 'Belgrade
    regretted any loss of life': the subject of a verb, audit 12)."""
    start, end = sentence
    inside = [s for s in spans if start <= s.start < end]
    dateline = max((s.end for s in inside if s.layer == "time" and s.attrs.get("dateline")), default=-1)
    lo, hi = _clause(text, sentence, at) if at is not None and FIGURE_CLAUSE else sentence
    # a place in a speaker's name ('Armenian officials in Stepanakert said …') is where the speaker is
    speakers = [(s.start, s.end) for s in inside if s.layer == "claim" and s.label == "source"]
    found = [
        s
        for s in inside
        if s.layer == "place"
        and s.start > dateline
        and lo <= s.start < hi
        and not _care_place(text, s.start)
        and not _actor(doc, s)
        and not any(a <= s.start and s.end <= b for a, b in speakers)
    ]
    if AS_CLAUSE_AFTER and at is not None and "\n" not in text[:lo]:
        # a headline's figure placed before an 'as' clause: that clause's places are its own event's ('… kills three
        # civilians near Kobanê as mercenaries attack villages near Manbij'; audit 20 C2); 'Seven were killed as
        # shells hit Kupiansk' (no place before 'as') keeps Kupiansk
        cut = next((m.start() for m in _AS_BREAK.finditer(text, at, hi)), None)
        if cut is not None and any(s.start < cut for s in found):
            found = [s for s in found if s.start < cut]
    held = _relative_head(doc, at) if at is not None and RELATIVE_PLACE else None
    if held is not None and any(held[0] <= s.start < held[1] for s in found):
        return [s for s in found if held[0] <= s.start < held[1]]
    return found


def _relative_head(doc: Any, at: int) -> tuple[int, int] | None:
    """ "followed an attack … on a checkpoint at nearby Bamessing in which one gendarme was
    killed": a figure inside a relative clause is where the noun the clause tells of is (its
    phrase's offsets), not at the sentence's other places (the operation in Babessi; audit 14 C4)."""
    if doc is None:
        return None
    words = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = words[0] if words is not None and len(words) else None
    for _ in range(6):
        if tok is None or tok.head.i == tok.i:
            return None
        if tok.dep_ == "relcl":
            head = tok.head
            return head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        tok = tok.head
    return None


POSSESSOR_OF_CLAIM = True


def _claim_owned(root: Any) -> bool | None:
    """Is the place whose claim it is ("Hargeisa's claim that 37 …", audit 15 C2; "claims from
    Chisinau that four …", audit 16 C1): True; None when it is no owner of a noun."""
    from newsprism.claims.attribution import speech_cues

    owned = set(speech_cues()["charge_nouns"]) | set(
        config().get("report_nouns", ())
    )  # 'The accounts from Juba of 27 dead' (audit 17 C2)
    if root.dep_ == "poss":
        return root.head.lower_ in owned
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lower_ in owned:
        return True
    return None


def _claimant(root: Any) -> bool:
    """Is the place the agent of a territorial claim ('the Abyei Area, claimed by both Sudan and South
    Sudan': ``territory_cues``; audit 17 C4): a claimant, not where the victims were?"""
    from newsprism.claims.attribution import speech_cues

    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    by = root.head
    return (
        root.dep_ == "pobj"
        and by.dep_ == "agent"
        and by.head.lemma_.lower() in speech_cues().get("territory_cues", ())
        and by.head.tag_ == "VBN"
    )


def _actor(doc: Any, place: Span) -> bool:
    """Is the place the subject of a verb of speech or stance (``place_actor_verbs``), or the owner
    of a claim (``charge_nouns``: "Hargeisa's claim", "claims from Chisinau"), a metonym for its government ('Belgrade
    regretted …', 'Priština claims …')?"""
    if doc is None or not PLACE_AS_ACTOR:
        return False
    words = doc.char_span(place.start, place.end, alignment_mode="expand")
    if words is not None and POSSESSOR_OF_CLAIM and (owner := _claim_owned(words.root)) is not None:
        return owner
    if words is not None and _claimant(words.root):
        return True
    if words is None or words.root.dep_ != "nsubj":
        return False
    # only a verb of speech or stance: 'when Bakhmut came under heavy fire' is where they died (review 12)
    return words.root.head.lemma_.lower() in config()["place_actor_verbs"]


_CARE = re.compile(r"\b(?:hospital|clinic|medical (?:centre|center|college)|morgue)s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _care_place(text: str, start: int) -> bool:
    """ "evacuated to the Army hospital in Srinagar": where the victims were treated, not hit; "…,
    said Colonel Demeke Alemu, speaking to reporters in Humera": where the speaker was
    (``speaker_place_words``, audit 13 C2)."""
    return bool(_CARE.search(text, max(0, start - 40), start)) or bool(_speaker_place().search(text, max(0, start - 60), start))


@cache
def _speaker_place() -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in config().get("speaker_place_words", ()))
    return re.compile(rf"\b(?:{words})\s+(?:in|at|from)\s+(?:the\s+)?$" if words else r"(?!x)x", re.IGNORECASE)


def find(doc: Any, text: str, spans: list[Span], mentions: list | None = None, when: Any = None) -> list[dict[str, Any]]:
    """Every casualty figure of a parsed report: a dict with the number (``value``, its interval
    ``low``–``high``, ``high`` None for 'more than', and the word that widened it, ``how``), the
    figure's words and offsets (``text``, ``start``, ``end``; the number's own ``number_start``,
    ``number_end``), ``outcome``, ``victims``, ``side``, the sentence's offsets and its place
    spans (``places``: Span objects). ``mentions``: the consistency reader's counts when already
    read (the claim layer reads them once for both checks); ``spans``: the analysis's spans
    (actor sides, places, the dateline); ``when``: the article's date, for the side a country
    word names."""
    from newsprism.claims.consistency import counts, elided_counts, partitive_counts, singular_counts
    from newsprism.claims.tolls import toll_counts
    from newsprism.claims.zeros import zero_counts

    sides = [(s.start, s.end, s.attrs["side"]) for s in spans if s.layer == "actor" and s.attrs.get("side")]
    groups = [s for s in spans if s.layer == "actor" and s.label == "armed_group"]
    armies = [s for s in groups if "army" in s.text.casefold()]
    if mentions is None:
        mentions = counts(doc, text, sides, when)
    ones = singular_counts(doc, text, sides, when)  # 'A woman was killed': not in the consistency check
    parts = partitive_counts(doc, text, sides, when)  # 'Three of the attackers were killed': nor this
    elided = elided_counts(doc, text, sides, when)  # '… and four were arrested': nor this
    zeros = zero_counts(doc, text, sides, when) if ZERO_FIGURES else []  # 'No one was injured': nor this
    tolls = toll_counts(doc, text, sides, when) if TOLL_FIGURES else []  # 'put the toll at 40': nor this
    outcomes = config()["outcomes"]
    sentences = _Sentences(doc)
    out = []
    single, partial = {id(m) for m in ones}, {id(m) for m in parts}
    extra = [*ones, *parts, *elided, *zeros, *tolls]
    found = sorted([*mentions, *extra], key=lambda m: m.start) if extra else mentions
    for m in found:
        group, status = m.key
        sentence = sentences.at(m.start) or (m.start, m.end)
        counted = m.of or m.shown
        ambiguous = counted.casefold().rsplit(None, 1)[-1] in config().get("context_kinds", {})  # read the sentence only then
        kind = victim_kind(group, counted, _context(doc, sentence, text) if ambiguous else "")
        if m.kind_word:  # 'four people who appeared to be civilians' (audit 17 C8)
            kind = victim_kind(group, m.kind_word) or kind
        if kind is None and (m.zero or m.bare) and group == "person":
            kind = "people"  # 'No one was injured', 'Nobody was beaten'
        if m.toll:
            kind = "unspecified"  # 'put the toll at 40': every victim
        if kind == "people" and m.member_of:  # 'two members of the security forces': military
            kind = next((k for w, k in config()["member_kinds"].items() if w in m.member_of), kind)
            if kind == "military" and "army" in m.member_of and _non_state_army(m.end, armies):
                kind = "fighters"  # 'members of the Arakan Army': an armed group's name, not a state's army
            elif kind == "people" and MEMBERS_OF_ARMED_GROUP and _members_of(text, m.end, groups):
                kind = "fighters"  # 'six members of the PKK/YPG' (audit 20 C7, audit 19 C10): an armed group's members
        if m.of:  # 'killed three children and wounded 12': the twelve need not be children (``elided_kinds``)
            kind = config()["elided_kinds"].get(kind or "", kind)
        if (
            OTHERS_OF_THE_SAME
            and kind == "people"
            and counted.casefold().rsplit(None, 1)[-1] in ("others", "other")
            and out
            and out[-1]["sentence_start"] == sentence[0]
            and out[-1]["victims"] not in ("people", "unspecified")
            and not _clause_break(text[out[-1]["end"] : m.start])
        ):
            # 'A Turkish soldier was killed and two others wounded': the others are of the first count's kind (audit 20 C7)
            kind = config()["elided_kinds"].get(out[-1]["victims"], out[-1]["victims"])  # not 'children' again
        if status not in outcomes or kind is None or m.unreal:
            continue
        if kind not in config().get("outcome_kinds", {}).get(status, (kind,)):
            continue  # 'four militants fled' is no displacement (audit 13)
        if status not in config().get("kind_outcomes", {}).get(kind, (status,)):
            continue  # 'two families were killed': how many dead it does not say (audit 15 C6)
        low, high, how, value = m.value
        out.append(
            {
                "value": value,
                "low": low,
                "high": None if high == float("inf") else high,
                "how": how or None,
                "text": m.shown,
                "start": m.start,
                "end": m.end,
                "number_start": m.value_start,
                "number_end": m.value_end,
                "outcome": status,
                "victims": kind,
                "side": m.side,
                "running_total": m.running_total,
                "sentence_start": sentence[0],
                "sentence_end": sentence[1],
                "places": _with_earlier(_places(text, sentence, spans, m.start, doc), text, sentence, spans, m.end, sentences),
                "rule": ZERO_RULE
                if m.zero
                else TOLL_RULE
                if m.toll
                else SINGULAR_RULE
                if id(m) in single
                else PARTITIVE_RULE
                if id(m) in partial
                else COUNT_RULE,
            }
        )
        if m.of:
            out[-1] |= {"rule": ELIDED_RULE, "of": m.of}
        if TOLD_AS and status == "killed" and (word := _told_as(doc, m.start, m.end)) is not None:
            out[-1]["told_as"] = word  # '13 militants "neutralised"': killed, captured or surrendered (audit 20 C8)
    return _once(out) if ONE_NUMBER_ONE_FIGURE else out


TOLD_AS = True  # audit 20 C8: a count 'neutralised' is read as killed but keeps the word it was told with


def _told_as(doc: Any, start: int, end: int) -> str | None:
    """The euphemism the count was told with (``told_as_verbs``: 'neutralised'), when the verb that gives the count its
    status is one: its head verb ('Thirteen terrorists were neutralised', 'neutralised 13 terrorists') or a participle on
    its noun ('13 militants "neutralised"'); None otherwise."""
    verbs = _told_as_verbs()
    if doc is None or not verbs:
        return None
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    root = words.root
    near = [root.head, *(c for c in root.children if c.dep_ in ("acl", "relcl"))]
    if root.head.dep_ in ("xcomp", "ccomp", "conj") and root.head.head.pos_ == "VERB":
        near.append(root.head.head)
    return next((t.text for t in near if t.pos_ in ("VERB", "ADJ") and t.lemma_.lower() in verbs), None)


ONE_NUMBER_ONE_FIGURE = True  # audit 16 C2: '9 people were killed and 26 injured' gave '26 injured' and '26'


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:so-called\s+|banned\s+|outlawed\s+)?[\"'\u201c]?$", re.IGNORECASE)


def _members_of(text: str, after: int, groups: list[Span]) -> bool:
    """Does an armed group the actor layer names follow the count right after 'of (the)' ('six members of the PKK/YPG',
    'five members of Hamas')? Not 'three members of a family of an M23 commander'."""
    return any(
        0 <= s.start - after <= 40 and _OF_THE.fullmatch(text, after, s.start) and not _civil_body_of(text, s.end, s.text)
        for s in groups
    )


def _clause_break(between: str) -> bool:
    """Does a clause of another incident open between a count and the 'N others' after it (figures.json
    ``others_clause_breaks``: '; ', ' while ', ' but ' …)? Then the others are not of that count's kind."""
    low = between.casefold()
    return any(w in low for w in config().get("others_clause_breaks", ()))


_WORDS_AFTER = re.compile(r"(?:'s?)?((?:\s+[\w-]+){1,3})")
_NOUN_PHRASE_ENDS = frozenset(
    [
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "in",
        "on",
        "at",
        "near",
        "who",
        "which",
        "that",
        "and",
        "with",
        "by",
        "from",
        "after",
        "during",
        "when",
    ]
)


def _civil_body_of(text: str, end: int, name: str = "") -> bool:
    """Do the words right after an armed group's name (up to the verb or preposition) name a civil body of it
    (figures.json ``member_of_civil_heads``: 'the Hamas political bureau', 'the Taliban government')?"""
    heads = set(config().get("member_of_civil_heads", ()))
    if name and name.casefold().rsplit(None, 1)[-1] in heads:
        return True  # the actor span 'Taliban government' itself
    m = _WORDS_AFTER.match(text, end)
    if not m:
        return False
    for w in m.group(1).split():
        w = w.casefold()
        if w in _NOUN_PHRASE_ENDS:
            return False
        if w in heads:
            return True
    return False


def _non_state_army(after: int, armies: list[Span]) -> bool:
    """The body of 'N members of …' is an armed group the actor layer names with 'Army' in it ('the Arakan Army',
    "the New People's Army", 'the Kachin Independence Army'): its members are fighters, not a state's soldiers
    ('members of the Myanmar Army' stay military: the actor layer's armed forces)."""
    return any(0 <= s.start - after <= 40 for s in armies)


def _once(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One figure per number and outcome: a casualty noun's count of no kind ('26 injured') takes the
    kind (and side) of the elided count of the same number ('26', of '9 people'), which goes."""
    elided = {(f["number_start"], f["outcome"]): f for f in found if f.get("of") and f["victims"] != "unspecified"}
    out = []
    for f in found:
        twin = elided.get((f["number_start"], f["outcome"]))
        if twin is f:
            if any(g is not f and g["victims"] == "unspecified" and g["number_start"] == f["number_start"] for g in found):
                continue  # told by its casualty-noun twin
        elif twin is not None and f["victims"] == "unspecified":
            f = {**f, "victims": twin["victims"], "side": f["side"] or twin["side"], "of": twin["of"]}
        out.append(f)
    return out


def why(fig: dict[str, Any]) -> str:
    """'a count of the killed (military), their side not azerbaijani: "two soldiers"'."""
    if fig["rule"] == ZERO_RULE:
        side = f", their side {fig['side'].replace('not:', 'not ')}" if fig["side"] else ""
        return f"a count of none {fig['outcome']} ({fig['victims']}){side}: '{fig['text']}'"
    side = fig["side"]
    whose = f", their side {side.replace('not:', 'not ')}" if side else ""
    of = f" (of '{fig['of']}')" if fig.get("of") else ""  # an elided count: the words it counts
    return f"a count of the {fig['outcome']} ({fig['victims']}){whose}: '{fig['text']}'{of}"
