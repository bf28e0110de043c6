"""Framing lexicons (actor labels, loaded terms) and a token matcher with context rules.

Two data files: ``lexicon_seed.json`` (hand-written, never touched by training) and
``lexicon_generated.json`` (rewritten by ``newsprism train lexicons`` from PTC and BABE).
Terms match token by token, case-insensitively, longest first; a seed entry wins over a
generated one for the same words. Context rules cancel a match where a word is not loaded
(``sanctions regime``, ``regime of``, ``terrorist attack``, ``occupation of a … building``), and a
label denied in a negated copular clause (``we are not terrorists``, ``X is not a puppet regime``) is
not applied; a negation elsewhere (``it was not the separatists but the army that …``) keeps it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from newsprism.resources import data_path, load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEED_FILE = "lexicon_seed.json"
GENERATED_FILE = "lexicon_generated.json"
_TERM_TOKEN = re.compile(r"'s\b|[\w']+|[^\w\s]")
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")


@dataclass(frozen=True)
class _Theatre:
    """One rule of ``used_by_near``: whose word the term is where this theatre is named near it."""

    near: frozenset[str]
    also_near: frozenset[str]
    used_by: str
    names: frozenset[str] = frozenset()  # names that may qualify the term there (the occupier's: 'Turkish occupation troops')
    unless_near: frozenset[str] = frozenset()  # one of these in the term's own sentence: not this theatre's word there


@dataclass(frozen=True)
class Entry:
    term: str
    kind: str  # "label" | "loaded"
    category: str
    source: str  # "seed" | "ptc" | "babe"
    tokens: tuple[str, ...]
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()  # a listed word with spaces is a phrase ('occupied west bank')
    unless_next_phrases: tuple[tuple[str, ...], ...] = ()
    pos: frozenset[str] = frozenset()
    unless_of: frozenset[str] = frozenset()  # any of these inside the term's own "of" or "by" phrase cancels
    only_near: frozenset[str] = frozenset()  # one of these words (lower case) where the term refers to them
    # with only_near: names its own noun phrase may hold besides those words, which are no context on their own
    # ('Indonesian colonialism' near Wamena; 'Indonesia' alone says nothing of Papua)
    only_near_names: frozenset[str] = frozenset()
    only_prev: frozenset[str] = frozenset()  # with only_next: one of the neighbours must be listed
    only_next: frozenset[str] = frozenset()
    only_head: frozenset[str] = frozenset()  # with only_prev/only_next: or the term's last word hangs on one of these lemmas
    used_by: str = ""  # whose word it is, when one side's (lexicon data, not the speaker of this text)
    unless_object: frozenset[str] = frozenset()  # a verb whose object (or passive subject) is one of these lemmas: no match
    only_object: frozenset[str] = frozenset()  # a verb with an object: only when it is one of these lemmas (or a person)
    unless_head: frozenset[str] = frozenset()  # the term's last word hangs on one of these lemmas: no match
    also_near: frozenset[str] = frozenset()  # with only_near: one of these words too, in the same window
    unless_near: frozenset[str] = frozenset()  # one of these words (lower case) in the term's own sentence: no match
    # unless_near cancels only a place, not the owner of a noun ('the Taiwan region's leader')
    unless_near_place_only: bool = False
    unless_after_name: bool = False  # right after a name, number or date: an event's name ('the Srebrenica massacre')
    after_place: tuple[tuple[str, str], ...] = ()  # only before a place span with these attrs ('community of <settlement>')
    used_by_near: tuple[_Theatre, ...] = ()  # whose word, by the theatre named near it
    cased: tuple[str, ...] = ()  # the words as written ('Southern Cyprus', not 'southern Cyprus'), when set
    coined_name: bool = False  # a side's name for an event: capitalised, still a choice ('the 1974 Peace Operation')
    not_near: frozenset[str] = frozenset()  # a theatre where it is the wires' neutral word: no match near its words
    not_near_names: frozenset[str] = frozenset()  # in its own noun phrase, names of that theatre too ('North-West')
    unless_history: bool = False  # not in a sentence set HISTORY_YEARS or more before the article's year ('In 1944 …')
    unless_capitalised: bool = False  # not capitalised inside a sentence: a body's name ('Commission on Enforced Disappearances')
    support: dict[str, Any] | None = None


@dataclass
class Match:
    start: int
    end: int
    entry: Entry
    used_by: str = ""  # whose word: the entry's, or the one its theatre's words near the match give


def term_tokens(term: str) -> tuple[str, ...]:
    """Split a term the way the spaCy tokenizer splits words (hyphens and a possessive 's become
    tokens: "kurti's regime" → kurti / 's / regime)."""
    return tuple(_TERM_TOKEN.findall(_POSSESSIVE.sub(" 's", term.lower())))


def _entry(d: dict, source: str) -> Entry:
    return Entry(
        term=d["term"],
        kind=d["kind"],
        category=d["category"],
        source=d.get("source", source),
        tokens=term_tokens(d["term"]),
        unless_prev=frozenset(d.get("unless_prev", ())),
        unless_next=frozenset(w for w in d.get("unless_next", ()) if " " not in w),
        unless_next_phrases=tuple(term_tokens(w) for w in d.get("unless_next", ()) if " " in w),
        pos=frozenset(d.get("pos", ())),
        unless_of=frozenset(d.get("unless_of", ())),
        only_near=frozenset(d.get("only_near", ())),
        only_near_names=frozenset(d.get("only_near_names", ())),
        only_prev=frozenset(d.get("only_prev", ())),
        only_next=frozenset(d.get("only_next", ())),
        only_head=frozenset(d.get("only_head", ())),
        used_by=d.get("used_by", ""),
        unless_object=frozenset(d.get("unless_object", ())),
        only_object=frozenset(d.get("only_object", ())),
        unless_head=frozenset(d.get("unless_head", ())),
        also_near=frozenset(d.get("also_near", ())),
        unless_near=frozenset(d.get("unless_near", ())),
        unless_near_place_only=bool(d.get("unless_near_place_only", False)),
        unless_after_name=bool(d.get("unless_after_name", False)),
        after_place=tuple(sorted(d.get("after_place", {}).items())),
        used_by_near=tuple(
            _Theatre(
                frozenset(u["near"]),
                frozenset(u.get("also_near", ())),
                u["used_by"],
                frozenset(u.get("names", ())),
                frozenset(u.get("unless_near", ())),
            )
            for u in d.get("used_by_near", ())
        ),
        cased=tuple(_TERM_TOKEN.findall(d["term"])) if d.get("cased") else (),
        coined_name=bool(d.get("coined_name", False)),
        not_near=frozenset(d.get("not_near", ())),
        not_near_names=frozenset(d.get("not_near_names", ())),
        unless_history=bool(d.get("unless_history", False)),
        unless_capitalised=bool(d.get("unless_capitalised", False)),
        support=d.get("support"),
    )


def load_entries(sources: tuple[str, ...] = ("seed", "ptc", "babe")) -> list[Entry]:
    """Seed entries first, then generated ones whose source is selected."""
    entries = [_entry(d, "seed") for d in load_json("framing", SEED_FILE)["entries"]] if "seed" in sources else []
    if data_path("framing", GENERATED_FILE).exists():
        for d in load_json("framing", GENERATED_FILE)["entries"]:
            if d.get("source") in sources:
                entries.append(_entry(d, d.get("source", "generated")))
    return entries


class Lexicon:
    """Entries indexed by their first token, for matching over a spaCy Doc."""

    def __init__(self, entries: list[Entry]):
        self.by_first: dict[str, list[Entry]] = {}
        seen: set[tuple[str, ...]] = set()
        seeded: set[tuple[str, ...]] = set()
        for e in entries:
            if not e.tokens or (e.tokens in seen and (e.source != "seed" or e.tokens not in seeded)):
                continue  # a seed entry wins over a generated one for the same words
            # several seed entries for the same words, each for its theatre ('criminals' near Cameroon words and near
            # Papua words, each with whose word it is there): tried in file order, the first whose context holds wins
            seen.add(e.tokens)
            if e.source == "seed":
                seeded.add(e.tokens)
            self.by_first.setdefault(e.tokens[0], []).append(e)
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e.tokens))

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_first.values())

    def match(self, doc: Doc, places: dict[int, dict] | None = None, year: int | None = None) -> list[Match]:
        """Matches over ``doc``; ``places`` (a place span's start offset → its attrs, when the place
        layer ran) lets an ``after_place`` entry match; without it such an entry matches nothing. ``year``:
        the article's year (its date), else the newest year the text names, for ``unless_history``."""
        out: list[Match] = []
        strings = doc.vocab.strings
        lowers = [strings[h] for h in doc.to_array("LOWER").tolist()] if len(doc) else []
        lowers = ["'s" if w == "\u2019s" else w for w in lowers]  # "Kurti’s regime" as "Kurti's regime"
        parsed = doc.has_annotation("DEP")
        i, n = 0, len(doc)
        title_case = _TitleCase(doc)  # per sentence, read once (a long line of names costs no square)
        near = _Near(doc, lowers)
        while i < n:
            cands = self.by_first.get(lowers[i])
            hit = None
            denied = 0
            if cands and _negating_compound(doc, i):
                cands = None  # "anti-terrorist operation" labels nobody a terrorist
            if cands:
                for e in cands:
                    k = len(e.tokens)
                    if tuple(lowers[i : i + k]) != e.tokens:
                        continue
                    last = doc[i + k - 1]
                    if e.pos and last.pos_ not in e.pos:
                        continue
                    if e.cased and not _as_written(doc, i, e.cased, title_case if parsed else None):
                        continue  # "Southern Cyprus" (a name for the Republic), not "southern Cyprus" (a direction)
                    prev = next((lowers[j] for j in range(i - 1, max(-1, i - 3), -1) if not doc[j].is_space), "")
                    nxt = next((lowers[j] for j in range(i + k, min(n, i + k + 2)) if not doc[j].is_space), "")
                    if prev in e.unless_prev or nxt in e.unless_next:
                        continue
                    if e.unless_next_phrases and _next_phrase(doc, lowers, i + k, e.unless_next_phrases):
                        continue  # "occupied West Bank" is the UN's term; "occupied West Papua" a side's
                    if e.unless_of and not e.unless_of.isdisjoint(_of_phrase(doc, lowers, i + k, parsed)):
                        continue
                    if (
                        (e.only_prev or e.only_next or e.only_head)
                        and prev not in e.only_prev
                        and nxt not in e.only_next
                        and not (parsed and last.head.lemma_.lower() in e.only_head)
                    ):
                        continue  # "Kurti's terror", "terror against Serbs", "it was a massacre"; not "terror attack"
                    if e.only_near and not near.refers(i, last, e.only_near | e.only_near_names, e.only_near):
                        continue  # "militias" is the Moroccan label for the Polisario, not for every armed group
                    if e.not_near and near.refers(i, last, e.not_near | e.not_near_names, e.not_near):
                        continue  # "Anglophone separatists" in Cameroon: the wire services' own neutral word there; not "Russian-backed separatists" beside a Cameroon word
                    if e.also_near and not near.mentions(i, e.also_near):
                        continue  # "criminal gangs" near Serbs is Kosovo's label only where Kosovo is the subject
                    if e.unless_capitalised and _capitalised_name(doc, i, k):
                        continue  # "the Commission of Inquiry on Enforced Disappearances": a body's name
                    if e.unless_history and _in_history(doc, i, year):
                        continue  # "In 1992 the militia shelled enemy positions": a past war told, not a side taken now
                    if (
                        e.unless_near
                        and near.in_sentence(i, e.unless_near)
                        and not (e.unless_near_place_only and _owns_noun(last))
                    ):
                        continue  # "the feast of the North American Martyrs": a saint, not a fighter killed this week
                    if e.after_place and not _before_place(doc, i + k, places, e.after_place):
                        continue  # "the community of Alon Shvut" (a settlement), not "the Bedouin community of Khan al-Ahmar"
                    if e.unless_after_name and _after_name(doc, i):
                        continue  # "the Srebrenica massacre", "the October 7 massacre": the name of an event
                    if e.unless_object and parsed and _object_lemma(last) in e.unless_object:
                        continue  # "neutralised the bomb" kills nobody
                    if e.unless_head and parsed and last.head.lemma_.lower() in e.unless_head:
                        continue  # "sailing under a false flag", "flew a false flag": a ship's flag, not a staged attack
                    if e.only_object and parsed and not _object_is(last, e.only_object):
                        continue  # "neutralised 45 of 50 drones", "neutralised enemy artillery": machines, no killing
                    if e.source != "seed" and parsed and _names_an_office(last):
                        continue  # "the state's disaster management agency": the agency's field, not the writer's word
                    if e.category == "legitimising" and not e.coined_name and parsed and _inside_a_name(last, title_case):
                        continue  # "the Sahrawi People's Liberation Army": the group's own name, not a word choice
                    if e.kind == "label" and parsed and _denied(doc, i, k):
                        denied = k  # "we are not terrorists" denies the label, it applies it to nobody
                        break
                    hit = e
                    break
            if hit:
                start = doc[i].idx
                last = doc[i + len(hit.tokens) - 1]
                out.append(Match(start, last.idx + len(last), hit, near.used_by(i, hit, last if parsed else None)))
                i += len(hit.tokens)
            else:
                i += denied or 1  # nothing inside a denied label ("not a puppet regime") matches either
        return out


def _as_written(doc: Doc, i: int, cased: tuple[str, ...], title_case: _TitleCase | None) -> bool:
    """Tokens from ``i`` on are written with the term's capitals, and those capitals tell something:
    not the sentence's first word, not a Title Case headline ("Southern Cyprus" as a state's name;
    "southern Cyprus", "Southern Cyprus Beaches Reopen" say nothing)."""
    words = [t for t in doc[i : i + 2 * len(cased)] if not t.is_space][: len(cased)]
    if len(words) < len(cased) or any(t.text != w for t, w in zip(words, cased, strict=True)):
        return False
    return i > 0 and doc[i].is_sent_start is not True and not (title_case is not None and title_case.of(i))


def _next_phrase(doc: Doc, lowers: list[str], j: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of ``phrases`` follows from token j on (spaces skipped)."""
    longest = max(len(p) for p in phrases)
    after = [lowers[t] for t in range(j, min(len(lowers), j + 2 * longest)) if not doc[t].is_space][:longest]
    return any(tuple(after[: len(p)]) == p for p in phrases)


_AGAINST_PREFIXES = frozenset({"anti", "counter"})
OF_WINDOW = 4  # words after "of" read when the parse gives no object


def _of_phrase(doc: Doc, lowers: list[str], j: int, parsed: bool) -> list[str]:
    """The words of the "of" or "by" phrase right after a term (token j is "of" / "by"), up to its
    object noun: "occupation *of a municipal building* by …", "occupation *of the university campus*",
    "the 1974 peace operation *by UN troops*"; nothing when the term is not followed by either ("the
    occupation has left the university in ruins")."""
    while j < len(lowers) and doc[j].is_space:
        j += 1
    if j >= len(lowers) or lowers[j] not in ("of", "by"):
        return []
    obj = next((c for c in doc[j].children if c.dep_ == "pobj"), None) if parsed else None
    if obj is not None:
        return lowers[j + 1 : obj.i + 1]
    out = []
    for t in doc[j + 1 : j + 1 + OF_WINDOW]:
        if t.is_punct:
            break
        out.append(lowers[t.i])
    return out


def _object_lemma(verb) -> str:
    """The lemma of what a verb acts on: its direct object ("neutralised *the device*"), or the
    subject of its passive ("the device was neutralised"); "" when it has neither."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c.lemma_.lower()
    return ""


_QUANTITIES = frozenset({"some", "many", "most", "all", "several", "dozens", "hundreds", "scores", "each", "none"})


def _object_is(verb, lemmas: frozenset[str]) -> bool:
    """What the verb acts on is one of ``lemmas`` or a person / people by the tagger: its direct
    object, the subject of its passive, or the noun it modifies (headline "Three militants
    neutralised in Kupwara"); a number or quantity is read through its "of" phrase ("five of the
    gunmen"). A verb with none of these (no object in the parse) counts."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None and verb.dep_ in ("acl", "amod") and verb.head.i != verb.i:
        obj = verb.head
    if obj is None:
        return True
    if obj.pos_ == "NUM" or obj.like_num or obj.lower_ in _QUANTITIES:
        of = next(
            (g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None
        )
        if of is None:
            return False  # "45 were neutralised": of what, the sentence says elsewhere; no guess
        obj = of
    return obj.lemma_.lower() in lemmas or obj.lower_ in lemmas or obj.ent_type_ in ("PERSON", "NORP")


@cache
def _office_heads() -> frozenset[str]:
    return frozenset(load_json("framing", "quote_cues.json")["office_heads"])


def _names_an_office(tok) -> bool:
    """``tok`` is a noun modifier in a chain of them that ends in an office's or agency's head noun
    ("the state's *disaster* management agency", "the *crisis* unit"), or in the office's 'of' phrase
    ("the Ministry of *Disaster* Management")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
        if tok.lemma_.lower() in _office_heads() and tok.dep_ != "compound":
            return True
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i and of.head.lemma_.lower() in _office_heads()


def _denied(doc: Doc, i: int, k: int) -> bool:
    """The label (tokens i..i+k-1) is the predicate (attr or acomp) of a negated copula: "we are not
    terrorists", "the council is not a puppet regime", "they were never separatists". Not a cleft
    ("it was not the separatists but the army that shelled …"): there the negation is about who
    acted, and the writer still names the group."""
    head = next((t for t in doc[i : i + k] if not i <= t.head.i < i + k or t.head.i == t.i), doc[i + k - 1])
    if head.dep_ not in ("attr", "acomp"):  # the parser gives these only under a copula (be, seem, become …)
        return False
    cop = head.head
    if not any(c.dep_ == "neg" and c.i < head.i for c in (*cop.children, *head.children)):
        return False  # "not" on the copula, or on the predicate ("I’m not crazy")
    cleft = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in cop.children) and any(
        c.dep_ == "relcl" for x in (head, *head.conjuncts) for c in x.children
    )
    return not cleft


def _inside_a_name(tok, title_case: _TitleCase | None = None) -> bool:
    """A capitalised word that the parse makes part of a longer proper name ("Kosovo
    Liberation Army", "People's Liberation Army") in a sentence not written in title case: the
    organisation's name, which every side has to use, not the writer's choice of word. Used for
    legitimising words only (the words groups give themselves): for all loaded words it also
    dropped capitalised loaded phrases PTC marks ("this Rigged Witch Hunt"). Before a person's
    name ("the funeral of Martyr Khalil Awad") the word is a title the writer gives."""
    return (
        tok.text[:1].isupper()
        and tok.ent_type_ != "PERSON"
        and tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.head.i > tok.i
        and tok.head.pos_ == "PROPN"
        and tok.head.text[:1].isupper()
        and not (title_case.of(tok.i) if title_case is not None else is_title_case(tok.sent))
    )


class _Near:
    """Whether a term refers to one of a few named groups: one of their words in its sentence, the
    sentence before or after, or the article's first sentence (the headline: what the article is
    about); and its own noun phrase names no other group ("Wagner-backed militias", "the militias
    of Tripoli", "Libyan militias" in an article about the Polisario). Sentences are read once."""

    def __init__(self, doc: Doc, lowers: list[str]) -> None:
        self.doc, self.lowers = doc, lowers
        self.starts: list[int] | None = None
        self.words: dict[int, set[str]] = {}

    def _sentence_words(self, k: int) -> set[str]:
        if k not in self.words:
            assert self.starts is not None
            hi = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.doc)
            self.words[k] = set(self.lowers[self.starts[k] : hi])
        return self.words[k]

    def refers(self, i: int, last, words: frozenset[str], near: frozenset[str] | None = None) -> bool:
        """One of ``near`` (else ``words``) near token ``i``, and no name but ``words`` in its own noun phrase."""
        return self.mentions(i, words if near is None else near) and not _names_another_group(last, words, i)

    def _sentence(self, i: int) -> int:
        if self.starts is None:
            self.starts = [s.start for s in self.doc.sents] if self.doc.has_annotation("SENT_START") else [0]
        return bisect_right(self.starts, i) - 1

    def used_by(self, i: int, e: Entry, last=None) -> str:
        """Whose word: that of the first theatre of ``e.used_by_near`` named near token ``i`` ('occupation
        forces' near Pyla: Greek Cypriot usage; near Afrin: Syrian and Kurdish), else the entry's own. A
        noun whose own phrase (``last`` its head) names a group of none of that theatre's words is not that
        theatre's ('the Russian occupation forces in Crimea', condemned in Nicosia)."""
        for th in e.used_by_near:
            if not self.mentions(i, th.near) or (th.also_near and not self.mentions(i, th.also_near)):
                continue
            if th.unless_near and self.in_sentence(i, th.unless_near):
                continue  # 'three terrorists linked to JAD in Merauke': jihadists, not Jakarta's word for the TPNPB
            noun = last is not None and last.pos_ in ("NOUN", "PROPN")
            if noun and _names_another_group(last, th.near | th.also_near | th.names, i):
                continue
            return th.used_by
        return e.used_by

    def in_sentence(self, i: int, words: frozenset[str]) -> bool:
        """One of ``words`` in token ``i``'s own sentence."""
        return not words.isdisjoint(self._sentence_words(self._sentence(i)))

    def mentions(self, i: int, words: frozenset[str]) -> bool:
        """One of ``words`` in token ``i``'s sentence, the one before or after, or the first."""
        k = self._sentence(i)
        assert self.starts is not None
        around = {0, *(j for j in (k - 1, k, k + 1) if 0 <= j < len(self.starts))}
        return not all(words.isdisjoint(self._sentence_words(j)) for j in around)


_GROUP_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
_NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "EVENT", "DATE", "ORG"})


_PLACE_GAP = frozenset({"of", "the"})


def _owns_noun(last) -> bool:
    """The term's last word owns or modifies a noun ('the Taiwan region's leader', 'Taiwan region authorities'): the
    term names a polity, not the place a typhoon reaches. Unparsed: no."""
    return last.doc.has_annotation("DEP") and last.dep_ in ("poss", "compound", "nmod") and last.head.pos_ in ("NOUN", "PROPN")


def _capitalised_name(doc: Doc, i: int, k: int) -> bool:
    """The ``k`` words at ``i`` are capitalised inside a sentence, or all of them at its start ('Enforced
    Disappearances Commission chief …', not 'Enforced disappearances are rising'): a name."""
    words = [t for t in doc[i : i + k] if not t.is_space]
    if not words[0].text[:1].isupper():
        return False
    return not doc[i].is_sent_start or (len(words) > 1 and all(t.text[:1].isupper() for t in words))


HISTORY_YEARS = 10  # a sentence dated this many years before the article tells a past war
OLDEST_REPORT = 1900  # an undated text is no older than this: 'The crusaders besieged Jerusalem in 1099' is history
_YEAR = re.compile(r"^(1\d\d\d|20\d\d)s?$")


def _years(toks) -> list[int]:
    """Four-digit years (and decades, '1990s') that the tagger reads as dates."""
    return [int(t.text[:4]) for t in toks if t.ent_type_ == "DATE" and _YEAR.match(t.text)]


def _in_history(doc: Doc, i: int, year: int | None) -> bool:
    """Token ``i``'s sentence names a year at least HISTORY_YEARS before ``year`` (the article's; with none
    given, the newest year the text names, and no earlier than OLDEST_REPORT), and no later one: a history paragraph."""
    sent = doc[i].sent if doc.has_annotation("SENT_START") else doc[:]
    here = _years(sent)
    if not here:
        return False
    ref = year if year is not None else max([*_years(doc), OLDEST_REPORT])
    return max(here) <= ref - HISTORY_YEARS


def _before_place(doc: Doc, j: int, places: dict[int, dict] | None, attrs: tuple[tuple[str, str], ...]) -> bool:
    """A place span with ``attrs`` starts at token ``j``, after "of" / "the" ("community of Alon Shvut")."""
    if not places:
        return False
    while j < len(doc) and (doc[j].is_space or doc[j].lower_ in _PLACE_GAP):
        j += 1
    found = places.get(doc[j].idx) if j < len(doc) else None
    return found is not None and all(found.get(k) == v for k, v in attrs)


def _after_name(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is a name, a number or a date ("the Srebrenica massacre", "the
    Mai Kadra massacre", "the October 7 massacre"): the term is part of an event's name. A people's
    adjective is no name ("an Israeli massacre", "Amhara massacres": the writer's characterisation)."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return False
    prev = doc[j]
    if prev.ent_type_ == "NORP":
        return False
    return prev.pos_ == "PROPN" or prev.like_num or prev.ent_type_ in _NAME_ENTS


def _names_another_group(head, words: frozenset[str], first: int) -> bool:
    """The term's head noun carries a name that is not one of ``words``: a modifier before it
    ("Libyan", "Wagner-backed", "the RSF's") or its "of" phrase ("the militias of Tripoli"). The
    term's own words (tokens ``first`` to ``head``) are no other name ("the 1974 Peace Operation"). A verb
    has no noun phrase: the name before it is its subject, who acts ("CCP coast guard abducts …")."""
    if head.pos_ in ("VERB", "AUX"):
        return False
    mods = [t for c in head.children if c.i < head.i and c.dep_ != "det" for t in c.subtree]
    mods += [
        t
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *(x for k in g.children if k.dep_ != "prep" for x in k.subtree))
    ]  # not a phrase nested in it: 'the peace operation of the UN in Cyprus' names the UN, not Cyprus
    named = [t for t in mods if (t.pos_ == "PROPN" or t.ent_type_ in _GROUP_ENTS) and not first <= t.i <= head.i]
    return bool(named) and all(t.lower_ not in words for t in named)


class _TitleCase:
    """Whether the sentence of a token is in title case, each sentence read once: Token.sent and
    is_title_case per word made a 100 kB line of 'Liberation Army' take minutes."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts: list[int] | None = None
        self.memo: dict[int, bool] = {}

    def of(self, i: int) -> bool:
        if self.starts is None:
            self.sents = list(self.doc.sents)
            self.starts = [s.start for s in self.sents]
        k = bisect_right(self.starts, i) - 1
        if k not in self.memo:
            self.memo[k] = is_title_case(self.sents[k])
        return self.memo[k]


def is_title_case(sent) -> bool:
    """A headline in title case ("Pope Denounces 'Murderous Indifference'"): the parse makes its
    capitalised words one long proper name, so capitals say nothing about names there."""
    words = [t for t in sent if t.is_alpha and not t.is_stop and len(t) > 3 and t.pos_ != "PROPN" and t.i != sent.start]
    return not words or sum(t.text[:1].isupper() for t in words) * 2 > len(words)


def _negating_compound(doc: Doc, i: int) -> bool:
    """Token i is the second half of an "anti-X" / "counter-X" compound written with a hyphen."""
    if i < 2:
        return False
    hyphen, prefix = doc[i - 1], doc[i - 2]
    return (
        hyphen.text in ("-", "\u2010", "\u2011")
        and prefix.lower_ in _AGAINST_PREFIXES
        and prefix.idx + len(prefix) == hyphen.idx
        and hyphen.idx + len(hyphen) == doc[i].idx
    )


@cache
def default_lexicon() -> Lexicon:
    return Lexicon(load_entries())
