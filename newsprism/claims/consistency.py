"""Internal consistency: one referent given conflicting values within one report.

Three checks, all conservative (a missed conflict is cheaper than a false accusation):

* **dates** — an agreement/meeting/event cited with a date ("the trilateral statement of
  November 10, 2020") and cited again with another date. Mentions refer to the same
  referent when they share the head noun and one's qualifiers contain the other's
  ("statement" ⊂ "trilateral statement"); dates are compared at their common precision,
  so "November 2020" is compatible with "November 10, 2020". Event heads ("attack",
  "massacre") are compared only when they share a proper-name qualifier. The same check
  runs for verb-events: "the checkpoint was set up on April 23" vs "… set up on April 22".
* **names** — one date and head noun, two different proper-name qualifiers ("the Moscow
  statement of November 10, 2020" vs "the Sochi statement of November 10, 2020").
* **counts** — a number of things in the same role (same noun group and the same governing
  word: "a convoy of twelve trucks" vs "a convoy of ten trucks"; "five soldiers were
  killed" vs "killed seven soldiers"). Numbers become intervals ("about 120,000", "more
  than 200", "between 10 and 15"); only disjoint intervals conflict. Partitives ("three of
  the vehicles") and other-set words ("two more trucks", "another") are not compared.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from newsprism.claims.guard import guarded
from newsprism.claims.tokens import tagged
from newsprism.resources import load_json

_MONTHS: dict[str, int] = load_json("time", "lexicon.json")["months"]  # one month table: the time layer's
_MONTH_RE = r"(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"
DATE_RE = guarded(
    rf"\b(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH_RE})\s+(?P<y3>\d{{4}})"
    rf"|(?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})"
    rf"|(?P<d5>\d{{1,2}})\.(?P<m5>\d{{1,2}})\.(?P<y5>\d{{4}}))\b",
    re.IGNORECASE,
)

Date = tuple[int | None, int | None, int | None]  # year, month, day


@lru_cache(maxsize=4)
def _date_matches(text: str) -> tuple[re.Match, ...]:
    """Every date expression in a text (scanned once per text; the checks share it)."""
    return tuple(DATE_RE.finditer(text))


@cache
def tables() -> dict:
    return load_json("claims", "consistency.json")


@dataclass
class Mention:
    """A value attached to a referent, with the character range of the whole mention."""

    check: str  # date | count
    key: tuple
    value: object
    start: int
    end: int
    value_start: int
    value_end: int
    shown: str
    qualifiers: frozenset[str] = field(default_factory=frozenset)
    proper: frozenset[str] = field(default_factory=frozenset)
    side: str | None = None  # counts: whose people ("azerbaijani"), or whose they are not ("not:azerbaijani"), or both_sides
    running_total: bool = False  # counts: in a sentence that may give a running total ("since January")
    total: bool = False  # counts: a running total for the consistency check (stricter: "since" needs a perfect tense)
    unreal: bool = False  # counts: negated, hypothetical or conditional ('not a single soldier was killed'): no figure
    of: str | None = None  # elided counts: the counted words the number takes its noun from ('Three attackers')
    member_of: frozenset[str] = field(default_factory=frozenset)  # 'two members of the security forces': its words
    other: bool = False  # counts: 'other'/'others' ('23 others injured'): a figure, never compared (audit 13)
    zero: bool = False  # counts of none ('No one was injured', ``claims.zeros``): a figure, never compared here
    bare: bool = False  # a number with no noun ('driving more than 3,400 from their homes'): people
    kind_word: str | None = None  # 'four people who appeared to be civilians': the word of the victims' kind
    toll: bool = False  # a toll put at a number ('put the toll at 40', ``claims.tolls``): every victim, no kind


@dataclass
class Finding:
    kind: str  # date_conflict | count_conflict | name_conflict
    first: Mention
    second: Mention
    message: str


# ---------------------------------------------------------------- dates


def parse_date(m: re.Match) -> Date:
    g = m.groupdict()
    if g["y4"]:
        return int(g["y4"]), int(g["m4"]), int(g["d4"])
    if g["y5"]:
        return int(g["y5"]), int(g["m5"]), int(g["d5"])
    month_name = g["m1"] or g["m2"] or g["m3"]
    month = _MONTHS[month_name.lower().rstrip(".")]
    day = g["d1"] or g["d2"]
    year = g["y1"] or g["y2"] or g["y3"]
    return (int(year) if year else None, month, int(day) if day else None)


def dates_compatible(a: Date, b: Date) -> bool:
    """Equal wherever both say something (a missing year, day … is not a contradiction)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def show_date(d: Date) -> str:
    y, m, day = d
    parts = [str(y) if y else "????", f"{m:02d}" if m else "??"]
    if day:
        parts.append(f"{day:02d}")
    return "-".join(parts)


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})
_WORD = r"[A-Za-z][A-Za-z'\u2019-]*"


@cache
def _referent_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    heads = tables()["dated_referents"]
    head_re = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    after = guarded(
        rf"\b(?P<head>{head_re})\s+(?:of|from|dated|signed\s+on|signed\s+in|reached\s+on|held\s+on|on|in)\s+",
        re.IGNORECASE,
    )
    before = re.compile(rf"(?P<np>(?:{_WORD}\s+){{0,2}}?)(?P<head>{head_re})\b", re.IGNORECASE)
    words_before = re.compile(rf"(?:{_WORD}\s+){{0,3}}$")
    return after, before, words_before


class _Pre:
    """A match-like view: qualifier words before a head noun found by a forward search."""

    def __init__(self, text: str, np_start: int, head: re.Match):
        self._text, self._np_start, self._head = text, np_start, head

    def group(self, name: str) -> str:
        if name == "np":
            return self._text[self._np_start : self._head.start("head")]
        return self._head.group("head")

    def start(self, name: str) -> int:
        return self._np_start if name == "np" else self._head.start("head")

    def end(self) -> int:
        return self._head.end()


def dated_referents(text: str) -> list[Mention]:
    """ "<qualifiers> <head> of/from/on/signed on <date>" and "<date> <qualifiers> <head>"."""
    after, before, words_before = _referent_patterns()
    out: list[Mention] = []
    for m in after.finditer(text):
        d = DATE_RE.match(text, m.end())
        if d is None:
            continue
        lead = words_before.search(text, max(0, m.start("head") - 80), m.start("head"))
        pre = _Pre(text, lead.start() if lead else m.start("head"), m)
        out.append(_referent(text, pre, d, pre.start("np") if pre.group("np") else m.start("head"), d.end()))
    for d in _date_matches(text):
        m = before.match(text, d.end() + 1) if text[d.end() : d.end() + 1] == " " else None
        if m is None or (d.group("y3") is None and d.group("y1") is None and d.group("y2") is None):
            continue  # "April 23 meeting" is too often a weekday-less aside; need a year
        out.append(_referent(text, m, d, d.start(), m.end()))
    return out


def _referent(text: str, m: re.Match, d: re.Match, start: int, end: int) -> Mention:
    found = list(re.finditer(_WORD, m.group("np") or ""))
    articles = [i for i, w in enumerate(found) if w.group().lower() in _ARTICLES]
    if articles:
        found = found[articles[-1] :]
    else:  # no article: keep only a trailing run of capitalised names ("Khojaly massacre")
        keep = len(found)
        while keep > 0 and found[keep - 1].group()[:1].isupper():
            keep -= 1
        found = found[keep:]
    words = [w.group() for w in found]
    if start == (m.start("np") if m.group("np") else m.start("head")):
        start = m.start("np") + found[0].start() if found else m.start("head")
    quals = frozenset(w.lower() for w in words if w.lower() not in _ARTICLES)
    proper = frozenset(w for w in words if w[:1].isupper() and w.lower() not in _ARTICLES)
    head = m.group("head").lower()
    group = tables()["dated_referents"][head]
    return Mention(
        "date",
        (group, head),
        parse_date(d),
        start,
        end,
        d.start(),
        d.end(),
        text[start:end],
        quals,
        frozenset(p.lower() for p in proper),
    )


def _same_referent(a: Mention, b: Mention) -> bool:
    if a.key != b.key:
        return False
    if not (a.qualifiers <= b.qualifiers or b.qualifiers <= a.qualifiers):
        return False
    if a.key[0] == "event":
        return bool(a.proper & b.proper)
    return True


def _renamed(a: Mention, b: Mention) -> bool:
    """Same head and full date (which pins the referent), different proper-name qualifiers."""
    return (
        a.key == b.key
        and a.value == b.value
        and a.value[2] is not None
        and bool(a.proper)
        and bool(b.proper)
        and not (a.proper & b.proper)
    )


def verb_events(doc, text: str | None = None) -> list[Mention]:
    """ "<noun> was <verb> on <date>" / "<verb> <noun> on <date>": key = (noun, verb)."""
    text = doc.text if text is None else text
    out = []
    for m in _date_matches(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        prep = span.root.head
        if prep.lower_ not in ("on", "in") or prep.head.pos_ != "VERB":
            continue
        verb = prep.head
        # one identified thing that something was done to: "the checkpoint was set up on …",
        # "the checkpoint, set up on …" (an indefinite "posted a clip" may be another clip)
        noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if noun is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            noun = verb.head
        if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        verb_text = verb.lemma_.lower() + "".join(" " + c.lower_ for c in verb.children if c.dep_ == "prt")
        start = min(noun.idx, verb.idx, m.start())
        end = max(noun.idx + len(noun.text), verb.idx + len(verb.text), m.end())
        key = ("verb-event", noun.lemma_.lower(), verb_text)
        out.append(Mention("date", key, parse_date(m), start, end, m.start(), m.end(), text[start:end]))
    return out


# ---------------------------------------------------------------- counts

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "hundred": 100, "a hundred": 100,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORDS = "|".join(sorted((k for k in _UNITS if " " not in k), key=len, reverse=True))
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:a\s+)?dozen|(?:{_WORDS})(?:-(?:{_WORDS}))?(?:\s+hundred)?)(?:\s+(?:thousand|million|billion))?"
NUM_RE = guarded(rf"\b{_NUM}\b", re.IGNORECASE)


def number_value(s: str) -> float | None:
    s = s.lower().strip()
    scale = 1
    for word, mult in _SCALES.items():
        if s.endswith(" " + word):
            s, scale = s[: -len(word) - 1].strip(), mult
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", s):
        return float(s.replace(",", "")) * scale
    if s in _UNITS:
        return float(_UNITS[s]) * scale
    if s.endswith(" hundred") and s != "a hundred":  # "two hundred", "twenty-five hundred"
        head = number_value(s[: -len(" hundred")])
        return head * 100 * scale if head is not None and head < 100 else None
    if "-" in s:
        a, _, b = s.partition("-")
        if a in _UNITS and b in _UNITS and _UNITS[a] >= 20 and _UNITS[b] < 10:
            return float(_UNITS[a] + _UNITS[b]) * scale
    return None


def _interval(text: str, start: int, end: int, value: float) -> tuple[float, float, str]:
    """Widen a number by the words before it (or a range after it)."""
    before = text[max(0, start - 25) : start].lower()
    t = tables()
    rng = re.match(rf"\s*(?:-|\u2013|to|and)\s*({_NUM})\b", text[end : end + 30], re.IGNORECASE)
    if rng and (re.search(r"between\s+$", before) or rng.group(0).strip()[0] in "-\u2013"):
        hi = number_value(rng.group(1))
        if hi is not None and hi > value:
            return value, hi, "range"
    # the longest bound phrase: 'no fewer than' is a lower bound, not 'fewer than' (seventeenth-session review)
    bounds = [(p, up) for up, key in ((True, "upper"), (False, "lower")) for p in t[key]]
    found = [(p, up) for p, up in bounds if re.search(rf"\b{re.escape(p)}\s+$", before)]
    if found:
        phrase, up = max(found, key=lambda f: len(f[0]))
        return (0.0, value, phrase) if up else (value, float("inf"), phrase)
    for phrase in t["approx"]:
        if re.search(rf"\b{re.escape(phrase)}\s+$", before):
            if phrase in ("almost", "nearly", "close to"):
                return value * 0.85, value, phrase
            return value * 0.85, value * 1.15, phrase
    return value, value, ""


_ROUND_WORDS = ("hundred", "dozen")  # a bare word number that a vague word can multiply


@cache
def _vague_before() -> re.Pattern:
    words = "|".join(re.escape(w) for w in tables()["vague_multipliers"]["words"])
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


@cache
def _noun_groups() -> dict[str, str]:
    return {noun: group for group, nouns in tables()["count_groups"].items() for noun in nouns}


COUNT_SIDES = True  # review 10: "killing two soldiers" (by Azerbaijani forces) vs "one Azerbaijani soldier" is two sets
WHEN_CLAUSE_OWN = True  # audit 15 C6: a count in a date's 'when' clause reads that clause only
OTHER_NOUNS_CLAUSES = True  # audit 14 C7: a 'since' in another noun's relative clause makes no running total
Sides = list[tuple[int, int, str]]  # character ranges of actors and their side (the actor layer's)


def counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """Numbers of things, keyed by noun group and the word that governs them. ``when``: the
    article's date, for the side a country word names where it changed ("Syrian soldiers" in 2019
    and in 2025)."""
    text = doc.text if text is None else text
    groups = _noun_groups()
    status_verbs = tables()["casualty_verbs"]
    out = []
    vague = _vague_before()
    for m in NUM_RE.finditer(text):
        value = number_value(m.group())
        if value is None or (value >= 1900 and value <= 2100 and "," not in m.group()):
            continue  # years
        if m.group().lower().split()[0] in _ROUND_WORDS and vague.search(text, max(0, m.start() - 12), m.start()):
            continue  # "several hundred (thousand) people", "a few dozen": vague quantities, as "hundreds of" is
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        num = span.root
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
            continue  # "three of the vehicles": a part, not the whole
        noun = num.head if num.dep_ in ("nummod", "quantmod", "amod") else num
        if noun.dep_ == "nummod" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        group = groups.get(noun.lower_) or groups.get(noun.lemma_.lower())
        if group is None and span.end < len(doc):
            # the parse may not attach the number to the word right after it ("spoke of 40 dead"),
            # nor to a noun after adjectives ("in the past year 31 Georgian citizens": year 31)
            for nxt in doc[span.end : span.end + 3]:
                group = groups.get(nxt.lower_) or groups.get(nxt.lemma_.lower())
                if group is not None or nxt.tag_ not in ("JJ", "NNP"):
                    break
            noun = nxt if group is not None else noun
        bare = group is None and noun is num and num.dep_ == "dobj" and _displaced_from(num.head)
        if bare:
            group = "person"  # 'driving more than 3,400 from their homes' (audit 17 C1)
        if group is None:
            continue
        group = _regroup(noun, group)
        mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "advmod")} | {c.lower_ for c in num.children}
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\bmore\s+than\s+$", before):
            mods.discard("more")
        other = noun.lower_ == "others" or "other" in mods  # '23 others injured', '17 other people': another set
        if (mods - {"other"}) & set(tables()["not_same_set"]) or re.search(r"\b(another|other|all)\s+$", before):
            continue
        if re.match(r"\s+more\b", text[m.end() : m.end() + 6]):
            continue  # "two more trucks"
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        status, verb = _status(noun, governor, status_verbs)
        part = _those_of(noun)  # 'including those of four people' (audit 17 C8): the part is the four
        subset = status is None and part.dep_ == "pobj" and part.head.lower_ in tables()["subset_preps"]
        if subset:  # 'at least eleven deaths in Babessi, including at least six civilians' (audit 14 C3)
            governor = part.head.head
            status = tables()["casualty_nouns"].get(governor.lower_)
            if status is None and governor.pos_ in ("VERB", "AUX"):  # '11 bodies had been brought …, including four people'
                status = next(
                    (
                        tables()["casualty_nouns"][c.lower_]
                        for c in governor.children
                        if c.dep_ in _SUBSET_OF and c.lower_ in tables()["casualty_nouns"]
                    ),
                    None,
                )
            if status is None:
                status, verb = _status(governor, governor.head.head if governor.dep_ == "pobj" else governor.head, status_verbs)
            other = other or status is not None  # a part of another count: not compared in the check
        if status is None and noun.dep_ == "conj":
            # 'killed four armed members … and two militiamen': the first conjunct's verb
            role = _first_conjunct(noun)
            status, verb = _status(noun, role.head.head if role.dep_ == "pobj" else role.head, status_verbs)
        lo, hi, how = _interval(text, m.start(), m.end(), value)
        if group == "casualty":
            status = tables()["casualty_nouns"].get(noun.lower_, status)
        context = status or governor.lemma_.lower()
        start = min(m.start(), noun.idx)
        end = max(m.end(), noun.idx + len(noun.text))
        end = _close_quote(text, start, end)  # 'five "armed gunmen"', not 'five "armed gunmen' (audit 13 C9)
        mention = Mention("count", (group, context), (lo, hi, how, value), start, end, m.start(), m.end(), text[start:end])
        if COUNT_SIDES:
            mention.side = "both_sides" if _all_sides(text, end) else _count_side(noun, sides or [], when)
        mention.running_total, mention.total = _totals_of(span.sent, noun)
        mention.member_of = _member_of(noun)
        # 'No one injured in the blast' (no verb) was a count of 1 (seventeenth-session review)
        mention.unreal = _unreal(verb, text, m.start()) if verb is not None else _negated_before(text, m.start())
        mention.other = other
        mention.bare, mention.kind_word = bare, _kind_clause(noun)
        out.append(mention)
    return out


_SUBSET_OF = ("nsubjpass", "nsubj", "dobj")


def _those_of(noun):
    """'those of four people' → 'those' (the word a subset preposition governs), else the noun."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in ("those", "that") and of.head.tag_ == "DT":
        return of.head
    return noun


def _kind_clause(noun) -> str | None:
    """The kind a relative clause gives the counted noun: 'four people who appeared to be civilians',
    'two men who were soldiers' (the copula's attribute), '14 people it described as off-duty soldiers'
    (what the clause names them 'as'; audit 17 C1/C8)."""
    for rel in noun.children:
        if rel.dep_ != "relcl":
            continue
        named = next((c for c in rel.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if named is not None and rel.lemma_ in ("describe", "identify", "name", "list"):
            what = next((c for c in named.children if c.dep_ == "pobj"), None)
            if what is not None:
                return what.lower_
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in rel.children):
            continue
        for be in (rel, *(c for c in rel.children if c.dep_ == "xcomp")):
            if be.lemma_ == "be":
                attr = next((c for c in be.children if c.dep_ == "attr"), None)
                if attr is not None:
                    return attr.lower_
    return None


def _close_quote(text: str, start: int, end: int) -> int:
    """The end of a count's words, past the closing quotation mark of one opened inside them."""
    shown = text[start:end]
    if shown.count('"') % 2 == 1 and text[end : end + 1] == '"':
        return end + 1
    if shown.count("\u201c") > shown.count("\u201d") and text[end : end + 1] == "\u201d":
        return end + 1
    return end


def _status(noun, governor, status_verbs: dict[str, str]):
    """The casualty status of a counted noun and the word that gives it: its head's, its
    governor's or a child's verb ('were killed', 'killing two', 'two dead')."""
    objects = tables().get("casualty_objects", {})
    # a participle on the noun itself first: 'Seven … were martyred and 23 others injured' (audit 13)
    for tok in (*[c for c in noun.children if c.dep_ == "acl"], noun.head, governor, *noun.children):
        lemma = tok.lemma_.lower()
        if lemma in status_verbs:
            return status_verbs[lemma], tok
        if (
            tok.i == noun.head.i
            and noun.dep_ == "nsubjpass"
            and lemma in tables().get("passive_casualty_verbs", {})
            and _held(tok)
        ):
            return tables()["passive_casualty_verbs"][lemma], tok  # 'four Moldovans are now held' (audit 16 C1)
        if tok.i == noun.head.i and noun.dep_ == "dobj" and lemma in tables().get("aboard_verbs", {}) and _boarded(noun, tok):
            return tables()["aboard_verbs"][lemma], tok  # 'boarded it … and found five crew members on board' (audit 15 C4)
        if STATUS_ADJECTIVE and tok.dep_ == "amod" and tok.head.i == noun.i and tok.lower_ in _status_adjectives():
            return _status_adjectives()[tok.lower_], None  # 'had received 34 wounded people' (audit 15 C6)
        if HOSTAGE_COMPOUND and tok.i == noun.head.i and noun.dep_ == "compound" and tok.dep_ in _OBJECT_DEPS:
            got = objects.get(tok.head.lemma_.lower(), {}).get(tok.lower_)
            if got is not None:  # 'taking 31 passengers hostage': the parse makes 'passengers' a compound (audit 17 C1)
                return got, tok.head
        if tok.i == noun.head.i and noun.dep_ == "dobj" and lemma in tables().get("forcing_verbs", ()):
            forced = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in status_verbs), None)
            if forced is not None:  # 'forced more than 3,000 people to flee' (audit 17 C10)
                return status_verbs[forced.lemma_.lower()], forced
        if RELOCATED and tok.i == noun.head.i and noun.dep_ in ("dobj", "nsubjpass") and _relocated(tok):
            return "displaced", tok  # 'about 150 residents had been moved to a church' (audit 19 C3)
        if tok.i == noun.head.i and noun.dep_ == "dobj" and tok.pos_ in ("VERB", "AUX"):
            got = _object_status(noun, tok)
            if got is not None:  # 'took away nine young men', 'driving 3,400 people from their homes' (audit 17 C1)
                return got, tok
        if lemma in objects and tok.pos_ in ("VERB", "AUX"):  # 'lost their lives': the object says it
            got = next(
                (objects[lemma][c.lower_] for c in tok.children if c.dep_ in _OBJECT_DEPS and c.lower_ in objects[lemma]), None
            )
            if got is not None and not _sheltered_apart(tok):
                return got, tok
    return None, None


def _object_status(noun, verb) -> str | None:
    """The status a verb gives its object by its particle ('took away nine young men', not 'took away
    nine wounded men'), by a 'from' phrase of a home ('driving 3,400 people from their homes'), or as
    a party's custody ('it had held 14 people'; ``active_casualty_verbs``)."""
    t, lemma = tables(), verb.lemma_.lower()
    parts = t.get("particle_casualty_verbs", {}).get(lemma, {})
    if parts and not any(c.dep_ == "amod" and c.lower_ in _status_adjectives() for c in noun.children):
        got = next((parts[c.lower_] for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in parts), None)
        if got is not None:
            return got
    if _displaced_from(verb, noun):
        return "displaced"
    preps = t.get("prep_casualty_verbs", {}).get(lemma, {})
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
        got = next((preps[p.lower_][g.lower_] for g in p.children if g.dep_ == "pobj" and g.lower_ in preps[p.lower_]), None)
        if got is not None:  # 'took five young men into custody' (audit 18 E11)
            return got
    active = t.get("active_casualty_verbs", {})
    if lemma in active.get("verbs", {}) and verb.tag_ in ("VBD", "VBN") and _holder(verb, active):
        return active["verbs"][lemma]
    return None


RELOCATED = True


def _relocated(verb) -> bool:
    """Does the verb move people to a refuge (``relocating_verbs``: 'had been moved to a church for their safety',
    'relocated to camps'; not 'moved to hospital', 'moved 300 troops to the border' — troops are never displaced)?"""
    cfg = tables().get("relocating_verbs", {})
    if verb.lemma_.lower() not in cfg.get("verbs", ()):
        return False
    refuges = set(cfg.get("to", ()))
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in refuges
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children
    )


def _displaced_from(verb, noun=None) -> bool:
    """Does the verb drive its object from a home (``displacing_verbs``: 'driving more than 3,400 from
    their homes')?"""
    cfg = tables().get("displacing_verbs", {})
    if verb.lemma_.lower() not in cfg.get("verbs", ()):
        return False
    homes = set(cfg.get("from", ()))
    heads = (verb, noun) if noun is not None else (verb,)
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "from"]
    return any(g.dep_ == "pobj" and (g.lower_ in homes or g.lemma_.lower() in homes) for p in preps for g in p.children)


def _holder(verb, active: dict) -> bool:
    """Is the subject of an active 'held' a party that holds people ('The military held 14 people', 'it
    had held'), not a place ('The stadium held 40,000 people')?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    groups = _noun_groups()
    return (
        subj.lower_ in active.get("holders", ())
        or groups.get(subj.lower_) in ("military", "police", "armed")
        or subj.ent_type_ in ("NORP", "ORG", "PERSON")
    )


def _sheltered_apart(verb) -> bool:
    """Does a preposition on the verb or its object name weather or an air-raid shelter
    (``casualty_object_blockers``: 'sought shelter from the rain', '… in the metro during the air
    raid'), so that the object's status ('shelter': displaced) is none (seventeenth-session review)?"""
    blockers = set(tables().get("casualty_object_blockers", {}).get(verb.lemma_.lower(), ()))
    if not blockers:
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ in _OBJECT_DEPS)]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep"]
    return any(g.dep_ == "pobj" and g.lower_ in blockers for p in preps for g in p.children)


STATUS_ADJECTIVE = True
HOSTAGE_COMPOUND = True


def _held(verb) -> bool:
    """Is a passive 'held' custody, not 'held responsible', 'held back', 'held in contempt' (a word of
    ``passive_casualty_blockers`` as its complement, particle or the object of its preposition; review 16)?"""
    blockers = set(tables().get("passive_casualty_blockers", ()))
    words = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "prt", "advmod", "xcomp")]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return not any(w.lower_ in blockers for w in words)


def _boarded(noun, verb) -> bool:
    """Are the counted people found 'on board' / 'aboard' in a sentence that tells a boarding
    (``boarding_verbs``: 'Officers boarded it … and found five crew members on board')?"""
    near = [*noun.children, *verb.children]
    aboard = any(c.lower_ == "aboard" for c in near) or any(
        c.lower_ == "on" and any(p.lower_ == "board" for p in c.children) for c in near
    )
    boarding = set(tables().get("boarding_verbs", ()))
    boarders = [t for t in verb.sent if t.lemma_.lower() in boarding and t.pos_ == "VERB"]
    if not (aboard and boarders):
        return False
    if BOARDING_NEAR_MISSES:  # review 16: 'found four people on board, all of them dead'; inspectors, rescuers
        if any(c.lower_ in tables()["casualty_nouns"] for c in near if c.dep_ not in ("prep", "nummod")):
            return False
        free = set(tables().get("non_detaining_boarders", ()))
        if all(any(c.dep_ == "nsubj" and c.lower_ in free for c in t.children) for t in boarders):
            return False
    return True


BOARDING_NEAR_MISSES = True


_OBJECT_DEPS = (
    "dobj",
    "oprd",
    "acomp",
)  # audit 19 C3: "had shot dead four members";  'lost their lives'; 'took 12 soldiers captive' (audit 16 C2)


def _verb_status(verb, status_verbs: dict[str, str]) -> str | None:
    """The status a verb gives its victim: its own ('killed'), or its object's or predicate's
    (``casualty_objects``: '… and 17 taken captive')."""
    lemma = verb.lemma_.lower()
    if lemma in status_verbs:
        return status_verbs[lemma]
    objects = tables().get("casualty_objects", {}).get(lemma, {})
    return next((objects[c.lower_] for c in verb.children if c.dep_ in _OBJECT_DEPS and c.lower_ in objects), None)


@cache
def _status_adjectives() -> dict[str, str]:
    """The casualty nouns that also stand before a noun ('34 wounded people', 'three dead soldiers')."""
    return {w: s for w, s in tables()["casualty_nouns"].items() if w in ("dead", "killed", "wounded", "injured")}


def _negated_before(text: str, at: int) -> bool:
    """Is the number at ``at`` right after a negating word ('Not a single', 'No one injured')?"""
    words = "|".join(tables()["unreal"]["negating_before"])
    return re.search(rf"\b(?:{words})\s+(?:even\s+)?$", text[max(0, at - 20) : at], re.IGNORECASE) is not None


def _unreal(verb, text: str, at: int) -> bool:
    """Is the status told of no real victim: negated ('Not a single soldier was killed', 'were not
    killed'), hypothetical ('could be killed', not the hedged 'may have been killed') or
    conditional ('If a civilian is killed, …')? Such a count is no casualty figure (review 12);
    ``at``: where the count's number or article starts."""
    t = tables()["unreal"]
    if _negated_before(text, at):
        return True
    kids = list(verb.children)
    perfect = any(c.lower_ == "have" for c in kids)
    for c in kids:
        word = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "mark" and word in t["marks"]):
            return True
        if c.dep_ == "aux" and c.tag_ == "MD" and word in t["modals"] and not (perfect and word in t["hedges_with_have"]):
            return True
    return UNTOLD_COUNTS and (_asked(verb) or _called_untrue(verb, t))


UNTOLD_COUNTS = True  # seventeenth-session review: 'Were 12 people injured …?', 'It is not true that no one was hurt'


def _asked(verb) -> bool:
    """Is the count's verb asked about: a sentence ending in a question mark that opens on an
    auxiliary ('Were 12 people injured in Kupiansk?', 'Have 12 soldiers been killed …?')? A question
    with a wh-word takes them as told ('Why were 12 people killed?', 'Who killed the 12 people?')."""
    doc, end = verb.doc, verb.i
    while end + 1 < len(doc) and not doc[end + 1].is_sent_start:
        end += 1  # the sentence's last tokens first: building ``verb.sent`` per count costs (speed note)
    if "?" not in (doc[end].text, doc[end - 1].text if end else ""):
        return False
    sent = verb.sent
    if not sent.text.rstrip().rstrip('"\u201d').endswith("?") or any(t.tag_ in ("WRB", "WP", "WDT") for t in sent):
        return False
    first = sent[0]
    return (first.lemma_ in ("be", "have", "do") or first.tag_ == "MD") and first.i < verb.i


def _called_untrue(verb, t: dict) -> bool:
    """Is the count's clause said to be untrue ('It is not true that no one was hurt', 'It is false that
    12 people were injured'; ``unreal.untrue``)?"""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ != "be":
        return False
    said = next((c for c in head.children if c.dep_ == "acomp"), None)
    if said is None:
        return False
    negated = any(c.dep_ == "neg" for c in head.children)
    return (said.lower_ in t.get("untrue", ()) and not negated) or (negated and said.lower_ in t.get("true", ()))


def _said_clause(num, status_verbs: dict[str, str]):
    """ "Turkish Cypriot authorities said five of their police officers and a worker were hurt": the
    parse reads 'five' as what was said and 'a worker' alone as the subject of 'hurt'; the status
    verb is then the said clause whose subject follows the count's 'and' (audit 14 C3)."""
    verb = num.head
    if verb.lemma_.lower() not in _speech_lemmas():
        return None
    doc, last = num.doc, num.right_edge.i  # the 'and' may hang on the number ('five … and')
    joint = last if doc[last].lower_ == "and" else last + 1
    if joint >= len(doc) or doc[joint].lower_ != "and":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in status_verbs:
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is not None and subj.left_edge.i == joint + 1:
            return clause
    return None


@cache
def _speech_lemmas() -> frozenset[str]:
    from newsprism.claims.attribution import speech_cues

    return frozenset(speech_cues()["speech_verbs"])


def partitive_counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """A part counted as victims, 'Three of the attackers were killed': a count for the casualty
    figures (``claims.figures``), kept out of :func:`check` like a part of anything ('three of the
    vehicles' is no rival of 'ten vehicles'). The number is the victim of a status verb (its
    passive subject or object, or the subject of 'die')."""
    text = doc.text if text is None else text
    groups = _noun_groups()
    status_verbs = tables()["casualty_verbs"]
    out = []
    for m in NUM_RE.finditer(text):
        value = number_value(m.group())
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand") if value is not None else None
        if span is None:
            continue
        num = span.root
        of = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or groups.get(noun.lower_) not in _SINGULAR_GROUPS or num.dep_ not in _PATIENT:
            continue
        verb, need = num.head, _PATIENT[num.dep_]
        if num.dep_ == "dobj" and verb.lemma_.lower() not in status_verbs:
            verb = _said_clause(num, status_verbs) or verb
        if (need and verb.lemma_.lower() != need) or verb.lemma_.lower() not in status_verbs:
            continue
        lo, hi, how = _interval(text, m.start(), m.end(), value)
        end = noun.idx + len(noun.text)
        mention = Mention(
            "count",
            (_regroup(noun, groups[noun.lower_]), status_verbs[verb.lemma_.lower()]),
            (lo, hi, how, value),
            m.start(),
            end,
            m.start(),
            m.end(),
            text[m.start() : end],
        )
        mention.side = _count_side(noun, sides or [], when) if COUNT_SIDES else None
        mention.running_total, mention.total = _totals_of(span.sent, noun)
        mention.unreal = _unreal(verb, text, m.start())
        out.append(mention)
    return out


ELIDED_OBJECT_STATUS = True  # audit 16 C2: 'two sailors were killed and 17 taken captive'


def elided_counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """A number standing for the noun of the clause before, 'Three attackers were killed and four
    were arrested', 'killed three soldiers and wounded two': a count of that noun (its group, its
    side) for the casualty figures (``claims.figures``), kept out of :func:`check` (review 12).
    Only a bare number that is the victim of a status verb joined ('conj') to a status verb whose
    victim is a counted noun or a part of one ('Three of the soldiers were wounded and two were
    killed')."""
    text = doc.text if text is None else text
    groups = _noun_groups()
    status_verbs = tables()["casualty_verbs"]
    out = []
    for num in map(doc.__getitem__, tagged(doc, ("CD",), tuple(_PATIENT))):
        if any(c.dep_ in ("prep", "compound") for c in num.children):
            continue
        verb, need = num.head, _PATIENT[num.dep_]
        if num.dep_ == "nsubj" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children):
            need = ""  # '… were killed and four arrested': the passive's 'were' left out (audit 12, C3)
        value = number_value(num.text)
        status = _verb_status(verb, status_verbs) if ELIDED_OBJECT_STATUS else status_verbs.get(verb.lemma_.lower())
        if value is None or (need and verb.lemma_.lower() != need) or status is None:
            continue
        state = ELIDED_AFTER_STATE and _state_clause(verb.head)  # 'one crew member was missing and two were injured'
        if verb.dep_ != "conj" or (verb.head.lemma_.lower() not in status_verbs and not state):
            continue
        lead = "die" if state else verb.head.lemma_.lower()  # its victim: 'killed three soldiers', not the doer 'Militants'
        first = next((c for c in verb.head.children if c.dep_ in _PATIENT and _PATIENT[c.dep_] in ("", lead)), None)
        noun = first
        if first is not None and first.tag_ == "CD":  # 'Three of the soldiers were wounded and two …'
            of = next((c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or groups.get(noun.lower_) not in _SINGULAR_GROUPS:
            continue
        lo, hi, how = _interval(text, num.idx, num.idx + len(num.text), value)
        mention = Mention(
            "count",
            (_regroup(noun, groups[noun.lower_]), status),
            (lo, hi, how, value),
            num.idx,
            num.idx + len(num.text),
            num.idx,
            num.idx + len(num.text),
            num.text,
        )
        mention.of = text[min(first.left_edge.idx, noun.idx) : noun.idx + len(noun.text)]
        mention.side = _count_side(noun, sides or [], when) if COUNT_SIDES else None
        mention.running_total, mention.total = _totals_of(num.sent, num)
        mention.unreal = _unreal(verb, text, num.idx)
        out.append(mention)
    return out


ELIDED_AFTER_STATE = True  # audit 16 C2: the ship manager's 'one crew member was missing and two were injured'


def _state_clause(verb) -> bool:
    """Is the clause a state of its subject ('one crew member was missing', ``elided_after_states``)
    whose subject a number in the next clause counts ('… and two were injured')?"""
    states = tables().get("elided_after_states", ())
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in states for c in verb.children)


def _member_of(noun) -> frozenset[str]:
    """The words of the body a 'member' belongs to ('two members of the security forces', 'A member
    of the so-called Kosovo police'): its kind decides the victims' (``figures.member_kinds``)."""
    if noun.lemma_.lower() != "member":
        return frozenset()
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None:
        return frozenset()
    return frozenset(t.lower_ for t in (body, *body.children) if t.dep_ in ("pobj", "compound", "amod"))


def _first_conjunct(tok):
    """The first of a list of conjuncts ('four children and two soldiers' → children): the one the
    verb governs."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


_SINGULAR_GROUPS = ("person", "military", "armed", "police")
_PRESENT = ("VBZ", "VBP")


def _regroup(noun, group: str) -> str:
    """The group a modifier moves the noun to ('police officers': police, not military)."""
    moved = tables().get("group_modifiers", {})
    return next((moved[c.lower_] for c in noun.children if c.dep_ in ("compound", "amod") and c.lower_ in moved), group)


_PATIENT = {"nsubjpass": "", "dobj": "", "nsubj": "die"}  # the noun's role → a verb it must have ('' any status verb)


def singular_counts(doc, text: str | None = None, sides: Sides | None = None, when: dt.date | None = None) -> list[Mention]:
    """One person told with an article, 'A woman was killed', 'killing a policeman', 'a child
    died': a count of one for the casualty figures (``claims.figures``). Kept out of
    :func:`check`: 'a woman' and a later 'two women' may be other women, and a conflict reported
    wrongly is dearer than one missed. Only the victim of a status verb (its passive subject or
    object, or the subject of 'die'), never its doer ('A soldier killed three civilians')."""
    text = doc.text if text is None else text
    groups = _noun_groups()
    status_verbs = tables()["casualty_verbs"]
    out = []
    for noun in map(doc.__getitem__, tagged(doc, ("NN",))):
        if groups.get(noun.lower_) not in _SINGULAR_GROUPS:
            continue
        role = _first_conjunct(noun)  # 'killing a woman and a child'
        if role.dep_ not in _PATIENT:
            continue
        det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if det is None or any(c.dep_ == "nummod" for c in noun.children):
            continue
        verb = role.head
        need = _PATIENT[role.dep_]
        if (need and verb.lemma_.lower() != need) or verb.lemma_.lower() not in status_verbs:
            continue
        if {c.lower_ for c in noun.children if c.dep_ in ("amod", "det", "advmod")} & set(tables()["not_same_set"]):
            continue  # 'another soldier was killed'
        start, end = det.idx, noun.idx + len(noun.text)
        mention = Mention(
            "count",
            (_regroup(noun, groups[noun.lower_]), status_verbs[verb.lemma_.lower()]),
            (1.0, 1.0, "", 1.0),
            start,
            end,
            det.idx,
            det.idx + len(det.text),
            text[start:end],
        )
        mention.side = _count_side(noun, sides or [], when) if COUNT_SIDES else None
        mention.running_total, mention.total = _totals_of(noun.sent, noun)
        mention.member_of = _member_of(noun)
        # 'a soldier is killed every year', 'a soldier dies': an article with a present tense is any soldier
        generic = verb.tag_ in _PRESENT or any(c.dep_ == "auxpass" and c.tag_ in _PRESENT for c in verb.children)
        mention.unreal = generic or _unreal(verb, text, det.idx)
        out.append(mention)
    return out


def _totals_of(sent, noun) -> tuple[bool, bool]:
    """``_totals`` of the sentence less the relative clauses of other nouns than the
    counted one: 'were injured on Tuesday … from the road, a project the people of the area have
    waited for since 1974' is no running total, the 'since' is the road's (audit 14 C7); 'ninety
    civilians, who have been killed since 2020' still is."""
    if not OTHER_NOUNS_CLAUSES:
        return _totals(sent.text)
    when = next((t for t in noun.ancestors if t.dep_ in ("relcl", "advcl") and any(c.lower_ == "when" for c in t.children)), None)
    if when is not None and when.dep_ == "advcl":  # 'Since October 7, when 1,200 people were killed …,' (review 15)
        before = when.left_edge.i - 1
        dated = before >= 1 and when.doc[before].text == "," and when.doc[before - 1].ent_type_ in ("DATE", "TIME")
        when = when if dated else None
    if WHEN_CLAUSE_OWN and when is not None and (when.dep_ == "advcl" or when.head.ent_type_ in ("DATE", "TIME")):
        # 'the most serious incident since February 2024, when two Chinese nationals died': the date's
        # 'when' clause tells one incident; the 'since' outside it is the incident's, not the count's (audit 15 C6)
        return _totals("".join(t.text_with_ws for t in when.subtree))
    cut = [
        (t.left_edge.i, t.right_edge.i)
        for t in sent
        if ((t.dep_ == "relcl" and t.head.i != noun.i) or (SAID_CLAUSE_OWN and _that_conj(t)))
        and not (t.left_edge.i <= noun.i <= t.right_edge.i)
    ]
    if not cut:
        return _totals(sent.text)
    kept = "".join(t.text_with_ws for t in sent if not any(a <= t.i <= b for a, b in cut))
    return _totals(kept)


SAID_CLAUSE_OWN = True  # audit 16 C2: '… two were injured, and that it had had no contact … since Monday night'


def _that_conj(tok) -> bool:
    """Is the token a second reported clause ('said one … was missing …, and that it had had no
    contact with the others since Monday night')? Its 'since' is its own, not the count's."""
    return tok.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


@lru_cache(maxsize=64)
def _totals(sentence: str) -> tuple[bool, bool]:
    """``running_total(sentence)`` and ``running_total(sentence, perfect_since=True)``, the
    sentence's words read once; a tally of incidents after the count ('detained two residents …,
    the third such abduction … this month': ``incident_tally``) says nothing of the count (audit 12)."""
    tally = re.search(tables()["incident_tally"], sentence, re.IGNORECASE)
    words = _words(sentence[: tally.start()] if tally else sentence)
    return running_total(sentence, words=words), running_total(sentence, perfect_since=True, words=words)


def _words(sentence: str) -> str:
    return " " + " ".join(re.findall(r"[\w-]+", sentence.casefold())) + " "


def running_total(sentence: str, perfect_since: bool = False, words: str | None = None) -> bool:
    """Is the count in a sentence that may give a running total ('40 soldiers have been killed
    since January', 'bringing the toll to 15', 'at least 90 civilians … since 2020'), not one
    incident's figure? ``perfect_since`` (the consistency check, where a muted conflict is lost):
    'since' counts only beside a perfect tense ('have been killed since April'), not in 'three
    civilians were killed on Monday, the first deaths since the truce began' (review 11)."""
    words = _words(sentence) if words is None else words
    found = [w for w in tables()["running_total_words"] if f" {w} " in words]
    if found == ["since"] and _since_recent(words):
        return False  # 'had fled Chai … since Tuesday': the incident's own count (audit 18 C2)
    if perfect_since and found == ["since"]:
        return any(f" {w} " in words for w in ("have", "has", "had", "ve", "s been", "d been"))
    return bool(found)


def _since_recent(words: str) -> bool:
    """Is every 'since' of the sentence's words followed by a day of the week or the incident
    (``recent_since``: 'since Tuesday', 'since the attack')?"""
    recent = tables().get("recent_since", ())
    after = [words[m.end() :] for m in re.finditer(r" since ", words)]
    return bool(after) and all(any(rest.startswith(f"{w} ") for w in recent) for rest in after)


def _all_sides(text: str, end: int) -> bool:
    """ "killing at least four civilians on both sides": a total across the sides."""
    after = " ".join(re.findall(r"[\w-]+", text[end : end + 30].casefold()))
    return any(after.startswith(p) for p in tables()["all_sides_phrases"])


def _token_side(tok, sides: Sides, when: dt.date | None = None) -> str | None:
    """The side a word names: an actor's side from the actor layer, else a nationality or
    place word itself ("Azerbaijani" -> "azerbaijani")."""
    for a, b, side in sides:
        if a <= tok.idx < b:
            return side
    if not tok.text[:1].isupper() or stance_prefixed(tok):
        return None
    from newsprism.claims.speakers import joint_demonym_side

    joint = joint_demonym_side(tok, when)  # 'a Turkish Cypriot man': not Turkey's (audit 14 C12)
    return country_side(tok.text, when) if joint is False else joint


def stance_prefixed(tok) -> bool:
    """ "Anti-Russian protesters", "pro-Armenian activists": the word names a stance, not a side."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("anti", "pro", "non", "ex")


@cache
def country_side(word: str, when: dt.date | None = None) -> str | None:
    """A country's side for its name or demonym ("Azerbaijani", "Armenia") on the article's day
    ``when``, in the actor layer's terms (``geo.actors.country_side``: "Syrian" is
    ``syrian_government`` before 8 December 2024 and ``syrian_transitional_government`` from that
    day; without a date the current side); the lower-case country code for a country with no
    listed side. Only a name or demonym the gazetteer lists as a country's (the tagger calls some
    demonyms PERSON), never a two-letter word read as a code ("IS fighters")."""
    from newsprism.geo import gazetteer
    from newsprism.geo.actors import country_side as dated_side

    cc = next((e.country for e in gazetteer.get().lookup(word) if e.kind in ("country", "demonym") and e.main_name), None)
    if cc is None:
        return None
    return dated_side(cc, when, code_if_unlisted=True)


def article_day(analysis) -> dt.date | None:
    """The article's date as the actor layer reads it (``layers.actor.article_when``: publication
    date, else the time layer's anchor, else the latest date its text names), for the side of a
    country word where it changed (Syria before and after 8 December 2024); None: the current side."""
    from newsprism.layers.actor import article_when

    return article_when(analysis).date


def _phrase_side(noun, sides: Sides, when: dt.date | None = None) -> str | None:
    """The side of a noun phrase: its own word if an actor, else a side word among its modifiers."""
    own = next((side for a, b, side in sides if a <= noun.idx < b), None)  # "Azerbaijani forces" (an actor)
    if own is not None:
        return own
    for tok in noun.children:
        side = _token_side(tok, sides, when) if tok.dep_ in ("amod", "compound", "poss", "nmod") else None
        if side is not None:
            return side
    return None


def _count_side(noun, sides: Sides, when: dt.date | None = None) -> str | None:
    """Whose the counted people are: their own side word ("one Azerbaijani soldier"), else not
    the side of whoever did it to them ("Azerbaijani forces shelled a village, killing two
    soldiers": not Azerbaijani). None when the text does not say."""
    own = _phrase_side(noun, sides, when) or tables()["intrinsic_sides"].get(noun.lower_)
    if own is not None:
        return own
    noun = _first_conjunct(noun)  # 'killing four children and two soldiers': the verb's doer
    verb = noun.head
    # '… were martyred and 23 others injured': the second passive's 'were' left out
    elided = noun.dep_ == "nsubj" and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.head.children)
    if noun.dep_ not in ("dobj", "nsubjpass") and not elided:
        return None
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if not elided else None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if doer is None and noun.dep_ == "dobj" and verb.dep_ in ("advcl", "xcomp", "conj"):
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "X shelled …, killing two"
    if doer is None and noun.dep_ != "dobj":
        doer = _when_doer(verb)
    side = _phrase_side(doer, sides, when) if doer is not None else None
    return f"not:{side}" if side is not None else None


def _when_doer(verb):
    """The doer of a passive casualty verb told in a clause of its own: 'Seven Palestinians were
    martyred and 23 others injured when Israeli occupation forces stormed the camp' (the subject of
    a ``doer_clause_marks`` clause on the verb, or on the verb it is joined to; audit 13 C9)."""
    marks = set(tables()["doer_clause_marks"])
    for v in (verb, *(c for c in verb.children if c.dep_ == "conj"), *((verb.head,) if verb.dep_ == "conj" else ())):
        for clause in v.children:
            if clause.dep_ == "advcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ in marks for c in clause.children):
                return next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return None


def sides_agree(a: str | None, b: str | None) -> bool:
    """Could two counts be of the same side's people? Unknown sides agree with anything; a total
    across the sides ("four civilians on both sides") is compared only with another such total
    (three civilians of one side, or of a side not stated, are part of it)."""
    if "both_sides" in (a, b):
        return a == b
    if a is None or b is None or a == b:
        return True
    if a.startswith("not:") and b.startswith("not:"):
        return True
    if a.startswith("not:"):
        return a[4:] != b
    if b.startswith("not:"):
        return b[4:] != a
    return False


def counts_compatible(a: tuple, b: tuple) -> bool:
    return not (a[1] < b[0] or b[1] < a[0])


# ---------------------------------------------------------------- the check


def check(
    doc,
    time_values: dict[tuple[int, int], Date] | None = None,
    text: str | None = None,
    sides: Sides | None = None,
    count_mentions: list[Mention] | None = None,
) -> list[Finding]:
    """All conflicts in one parsed report (first mention → later conflicting mention). ``sides``:
    the actor layer's actors with their side, when it ran (counts of two sides' dead differ);
    ``count_mentions``: ``counts(doc, text, sides)`` when the caller has read them already."""
    findings: list[Finding] = []
    text = doc.text if text is None else text  # spaCy rebuilds doc.text on every access
    referents = dated_referents(text)
    if time_values:
        for mention in referents:
            for (s, e), value in time_values.items():
                if s <= mention.value_start < e and value[1] is not None:
                    mention.value = value
    referents.sort(key=lambda x: x.start)
    seen_pairs: set[tuple[int, int]] = set()
    for i, a in enumerate(referents):
        for b in referents[i + 1 :]:
            if (a.start, b.start) in seen_pairs or a.start == b.start:
                continue
            if _same_referent(a, b) and not dates_compatible(a.value, b.value):
                seen_pairs.add((a.start, b.start))
                findings.append(
                    Finding(
                        "date_conflict",
                        a,
                        b,
                        f"'{a.shown}' and later '{b.shown}': the same {a.key[1]} cited with two dates "
                        f"({show_date(a.value)} vs {show_date(b.value)})",
                    )
                )
            elif _renamed(a, b):
                findings.append(
                    Finding(
                        "name_conflict",
                        a,
                        b,
                        f"'{a.shown}' and '{b.shown}': one {a.key[1]} of {show_date(a.value)} given two names",
                    )
                )
    findings += _clashes(
        verb_events(doc, text),
        dates_compatible,
        "date_conflict",
        lambda a, b: (
            f"'{a.shown}' and later '{b.shown}': the same event ({a.key[1]} {a.key[2]}) dated "
            f"{show_date(a.value)} and {show_date(b.value)}"
        ),
    )
    clashes = _clashes(
        [m for m in (counts(doc, text, sides) if count_mentions is None else count_mentions) if not m.other],
        counts_compatible,
        "count_conflict",
        lambda a, b: f"'{a.shown}' and later '{b.shown}': two counts for the same {a.key[0]} ({a.key[1]})",
    )
    findings += [f for f in clashes if not disjoint(f.first.shown, f.second.shown)]
    return findings


def disjoint(a: str, b: str) -> bool:
    """Do two counted nouns name sets with no member in common ('two Serbs' / 'three Albanians',
    'two journalists' / 'five protesters', 'two women' / 'three children': ``disjoint_sets``, sets of
    one dimension)? Then their counts are no rival figures (review 12)."""
    wa, wb = (re.findall(r"[\w-]+", x.casefold())[-1:] for x in (a, b))
    for sets in tables()["disjoint_sets"].values():
        ia = next((i for i, words in enumerate(sets) if wa and wa[0] in words), None)
        ib = next((i for i, words in enumerate(sets) if wb and wb[0] in words), None)
        if ia is not None and ib is not None and ia != ib:
            return True
    return False


def _clashes(mentions: list[Mention], compatible, kind: str, message) -> list[Finding]:
    """A finding for every pair of mentions with one key and incompatible values, in text order."""
    return [
        Finding(kind, a, b, message(a, b))
        for i, a in enumerate(mentions)
        for b in mentions[i + 1 :]
        if a.key == b.key and not compatible(a.value, b.value) and sides_agree(a.side, b.side) and not _may_hold(a, b)
    ]


def _may_hold(a: Mention, b: Mention) -> bool:
    """A running total may hold the other count ('at least 90 … since 2020' and 'three civilians'),
    and two running totals may be of two days; a total smaller than the other count's lower
    bound cannot ('more than 300 … detained' and '120 … detained in total')."""
    if a.total and b.total:
        return True
    if a.total or b.total:
        total, part = (a, b) if a.total else (b, a)
        return total.value[1] >= part.value[0]
    return False
