"""Classify each quotation as speech, a name or title, or a scare quote.

Speech carries someone's words: a speaker or speech verb governs it or follows it
(``"…," he said``), a colon introduces it, or it holds a clause or sentence of its own.
Names and titles are presented as names (``titled "…"``, ``the "Gun-Free Schools" law``,
Title Case words with nobody speaking, article headlines cited with their outlet). A scare
quote is a short word or phrase in the author's own sentence with nobody speaking, often
with a distancing cue (``so-called``). The rules read the spaCy parse; cue lists are data
(``data/framing/quote_cues.json``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from newsprism.framing.quotes import Quote, find_quotes
from newsprism.resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH, NAME, SCARE = "speech", "name_or_title", "scare"
CLASSES = (SPEECH, NAME, SCARE)
SHORT_WORDS = 3  # a quotation longer than this is speech unless cues say it is a name
STEPS = 4
WINDOW = 12

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_CITATION_AFTER = re.compile(
    rf"^[ \t]*,?[ \t]*(?:by\s+[A-Z]|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}},\s+{_MONTH}\s+\d{{1,2}}|\(\s*[A-Z])"
)
_LOWER_TITLE_WORDS = {
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "is", "vs", "de", "la", "le", "el", "al",
}  # fmt: skip


@dataclass
class QuoteInstance:
    """A quotation and its class, with the cues that decided it."""

    quote: Quote
    label: str
    term: str
    cues: list[str] = field(default_factory=list)
    why: str = ""
    score: float | None = None  # the model's probability for ``label`` (None: rules only)

    @property
    def start(self) -> int:
        return self.quote.start

    @property
    def end(self) -> int:
        return self.quote.end


@cache
def cues() -> dict[str, frozenset[str] | tuple[str, ...]]:
    raw = load_json("framing", "quote_cues.json")
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _disputed_title(words: list[str], cue: dict) -> bool:
    """An office or state institution, alone or after a qualifier that one side's bodies take ('the
    separatists' "Interim Government"', '"Transitional Council"'): ``office_titles``, ``office_qualifiers``;
    or an office's head noun with its field (``office_heads`` + of/for: '"ministry of state security"')."""
    low = [w.lower() for w in words]
    if " ".join(low) in cue["office_titles"]:
        return True
    if 3 <= len(low) <= 6 and low[1] in ("of", "for") and low[0] in cue["office_heads"]:
        return True  # 'the separatists' "ministry of state security"', 'the so-called "Bureau for Reintegration"'
    return len(low) >= 2 and low[0] in cue["office_qualifiers"] and " ".join(low[1:]) in cue["office_titles"]


def _unrecognised_state(words: list[str], cue: dict) -> bool:
    """The name of a state that few or none recognise, capitalised, alone in the quotation ('the
    "TRNC"', '"Ambazonia"'): ``unrecognised_states``."""
    low = [w.lower() for w in words if w.lower() != "the"]
    return bool(low) and words[-1][:1].isupper() and " ".join(low) in cue["unrecognised_states"]


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _LOWER_TITLE_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def _tail(text: str, pos: int, n: int = 40) -> str:
    """Lower-cased text just before ``pos`` on the same line, whitespace normalised."""
    seg = text[max(0, pos - n) : pos]
    seg = seg.rsplit("\n", 1)[-1]
    return " ".join(seg.lower().split())


_C1 = re.compile("[\x80-\x9f]")  # stray C1 control characters left by mis-decoded sources


def _head(text: str, pos: int, n: int = 40) -> str:
    seg = _C1.sub("", text[pos : pos + n]).split("\n", 1)[0]
    return " ".join(seg.lower().split())


# 'known (locally) as X, or "Y"': the quotation gives a second name after a naming phrase
_SECOND_NAME = re.compile(r"\b(?:known|called|named|dubbed|nicknamed)(?:\s+[a-z]+ly)?\s+as\s+[^,.;:\"\u201c\u201d]{1,40},?\s+or$")
_ONE_NAME_AT_END = re.compile(r"\s+[A-Z][\w'\u2019-]*\s*$")


def _ends_with_phrase(tail: str, phrases: frozenset[str]) -> str | None:
    tail = tail.rstrip(" ,:;—–-(")
    for p in _longest_first(phrases):  # "code-named" before "named", the same in every run
        if tail == p or tail.endswith(" " + p) or (tail.endswith("-" + p) and " " not in p):
            return p
    return None


@cache
def _longest_first(phrases: frozenset[str]) -> tuple[str, ...]:
    """A cue set in a fixed order, longest first: a frozenset's own order changes with the hash
    seed of each run, and with it which of two matching cues a quotation's why names."""
    return tuple(sorted(phrases, key=lambda p: (-len(p), p)))


class _Index:
    """Char offset → token lookup for one parse, and each token's sentence, read once (Token.sent
    walks its whole sentence on every call: a line of thousands of quotations made that quadratic)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = doc.to_array("IDX").tolist() if len(doc) else []
        self._sents: list[int] | None = None
        self._words: list[int] | None = None  # tokens before i that are neither punctuation nor space

    def token_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """Token range (start, end) of the sentence that holds token ``i``, as ``Token.sent`` gives it."""
        if self._sents is None:
            self._sents = [sent.start for sent in self.doc.sents]
        k = bisect.bisect_right(self._sents, i) - 1
        return self._sents[k], self._sents[k + 1] if k + 1 < len(self._sents) else len(self.doc)

    def sent_chars(self, i: int) -> tuple[int, int]:
        """Character range of the sentence of token ``i`` (``Span.start_char`` / ``end_char``)."""
        lo, hi = self.sent_bounds(i)
        last = self.doc[hi - 1]
        return self.doc[lo].idx, last.idx + len(last)

    def only_punct(self, lo: int, hi: int) -> bool:
        """Tokens lo..hi-1 are all punctuation or space."""
        if self._words is None:  # from the flag arrays: a Token made for every word of the document is what costs
            import numpy
            from spacy.attrs import IS_PUNCT, IS_SPACE

            flags = self.doc.to_array([IS_PUNCT, IS_SPACE]).reshape(len(self.doc), 2)
            self._words = [0, *numpy.cumsum(flags.sum(axis=1) == 0).tolist()]
        return self._words[hi] == self._words[lo]


def _governing_speech(
    text: str, doc: Doc, inner: list[Token], verbs: frozenset[str], within: tuple[int, int] | None = None
) -> str | None:
    """A speech verb in the same paragraph that the quoted words hang from (not through a subject);
    for a quotation nested in another, only a verb inside the enclosing quotation counts."""
    inside = {t.i for t in inner}
    if not inner:
        return None
    roots = [t for t in inner if t.head.i not in inside or t.head.i == t.i]
    for root in roots[:3]:
        tok, steps = root, 0
        while tok.head.i != tok.i and steps < STEPS:
            if tok.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
                # the quoted words are the subject of a clause, not what a speaker says, unless
                # that clause is what a speaker says ('X said "several" soldiers had been killed')
                said = _reporting_verb_of(tok.head, verbs)
                if said and not (within is not None and not within[0] <= tok.head.head.idx < within[1]):
                    lo, hi = sorted((tok.head.head.idx, inner[0].idx))
                    if "\n" not in text[lo:hi]:
                        return said
                break
            tok = tok.head
            steps += 1
            if tok.i in inside:
                continue
            if within is not None and not within[0] <= tok.idx < within[1]:
                break
            lo, hi = sorted((tok.idx, inner[0].idx))
            if "\n" in text[lo:hi]:
                break
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs and tok.lemma_.lower() not in _COGNITION:
                if _impersonal_what(tok) or (tok.i > inner[-1].i and _owned_noun_before(text, doc, inner, tok)):
                    break  # the writer's phrasing; or the quoted noun phrase is the verb's speaker
                return tok.lemma_.lower()
    return None


def _impersonal_what(verb: Token) -> bool:
    """``what is called the "…"``, ``what can only be described as a "…"``: a passive with 'what' for its
    subject and no agent names nobody who speaks; the writer's own phrasing."""
    deps = {c.dep_: c for c in verb.children}
    subj = deps.get("nsubjpass")
    return "auxpass" in deps and "agent" not in deps and subj is not None and subj.lower_ == "what"


def _reporting_verb_of(clause: Token, verbs: frozenset[str]) -> str | None:
    """The speech verb whose reported clause ``clause`` is (``said [that] … had been killed``):
    a ``ccomp`` of a speech verb (not a verb of thinking, not a 'self-' compound)."""
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    verb = clause.head
    lemma = verb.lemma_.lower()
    if verb.pos_ in ("VERB", "AUX") and lemma in verbs and lemma not in _COGNITION and not _self_compound(verb):
        return lemma
    return None


_FRAGMENT_START = {"ADP", "PRON", "AUX", "PART", "SCONJ", "CCONJ", "VERB"}
_NOT_NAME_SUFFIX = ("ic", "ism", "ist", "ists", "phobia", "phobic", "ed", "ing", "al", "ous", "ive")


def _speech_context(
    before: list[Token],
    verbs: frozenset[str],
    nouns: frozenset[str],
    owned: frozenset[str] = frozenset(),
    protest: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
) -> str | None:
    """A speech verb or a speech noun (statement, memo, letter …) earlier in the sentence; or a
    speech-act noun with its speaker as possessor (``Trump's order for the "…"``, ``its claim of
    "…"``): ``owned`` nouns count only with a possessor (``claims by some that …`` has no speaker);
    or a formal protest lodged by someone (``lodged a protest over the "…"``, ``protest``: the
    nouns and the verbs that lodge them)."""
    for t in reversed(before):
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and lemma in verbs and lemma not in _COGNITION and lemma != "call" and not _self_compound(t):
            if _impersonal_what(t):
                continue
            return lemma
        if t.pos_ == "NOUN" and lemma in nouns:
            return lemma
        if t.pos_ == "NOUN" and lemma in owned and any(c.dep_ == "poss" for c in t.children):
            return lemma
        if t.pos_ == "NOUN" and lemma in protest[0] and t.dep_ == "dobj" and t.head.lemma_.lower() in protest[1]:
            return f"{t.head.lemma_.lower()} a {lemma}"  # 'lodged a strong protest over the "…"'
    return None


def _self_compound(t: Token) -> bool:
    """ "self-proclaimed", "self-declared": a modifier, not a report of speech."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "self"


_PERCEIVE_AS = {"think", "regard", "see", "view", "consider", "perceive", "treat", "use", "such"}


def _characterised_as(tail: str, before: list[Token]) -> str | None:
    """``X as "Y"`` (``listed/found/signed … as "Y"``, ``defended X as an "…"``): the words of whoever
    characterised X.

    Not ``such as`` (examples) nor the author's own perception (``seen/regarded/thought of as``; a passive
    ``be found as`` is a finding, kept; nor ``what can only be described as``); not an action noun with nobody named (``the persecution of X as "…"``);
    with an article, not a characterisation still to come (a verb's base form: ``will try to present X as a "…"``).
    """
    if not re.search(r"(?:^|\s)as(?:\s+(?:a|an|the))?$", tail.rstrip(" ,:")) or not before:
        return None
    article = before[-1].lower_ in ("a", "an", "the") and len(before) > 1
    if article:
        before = before[:-1]  # 'defended Farrakhan as an "outstanding human being"'
    as_tok = before[-1]
    if as_tok.lower_ != "as":
        return None
    prev = before[-2].lower_ if len(before) > 1 else ""
    head = as_tok.head
    while head.lower_ == "of" and head.head.i != head.i:  # "thought of as"
        head = head.head
    lemma = head.lemma_.lower()
    found = lemma == "find" and any(c.dep_ == "auxpass" for c in head.children)  # 'can be found as "…"': a finding
    if prev == "such" or lemma in _PERCEIVE_AS or (lemma in _COGNITION and not found) or _impersonal_what(head):
        return None
    naming = lemma in cues()["naming_nouns"] or head.lower_ in cues()["naming_nouns"]  # 'the labelling of X as "…"'
    if head.pos_ == "NOUN" and not naming and not any(c.dep_ in ("poss", "agent") for c in head.children):
        return None  # 'the persecution of Catholics as "schismatics"': nobody named characterises
    if article and head.tag_ == "VB":
        return None  # still to come ('will try to present the inspection as a "blockade"'): the author's distance
    return lemma


_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@cache
def _speaker_heads() -> frozenset[str]:
    """Nouns that speak, as the claim layer reads them (people, bodies, documents)."""
    raw = load_json("claims", "speech_cues.json")
    keys = ("anonymous_heads", "one_person_heads", "government_heads", "organisation_heads", "person_nouns", "document_heads")
    return frozenset(w for k in keys for w in raw.get(k, ()))


def _clear_maker_speaks(before: list[Token]) -> bool:
    """The subject of 'made/makes/make clear' before the quotation speaks (a name, a personal pronoun, a person,
    body or document noun): 'Mr. Trump made clear …'; not 'The crash made clear …'. No subject found: as before."""
    make = next(
        (t for t in reversed(before) if t.lemma_.lower() == "make" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "clear"),
        None,
    )
    subj = next((c for c in make.children if c.dep_ in ("nsubj", "nsubjpass")), None) if make is not None else None
    if subj is None:
        return True
    if subj.pos_ == "PROPN" or (subj.tag_ == "PRP" and subj.lower_ != "it") or subj.ent_type_ in _SPEAKER_ENTS:
        return True
    return subj.lemma_.lower() in _speaker_heads() or subj.lower_ in _speaker_heads()


_HOLDER_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})


def _perspective_holder(doc: Doc, lo: int, hi: int, openers: frozenset[str]) -> str | None:
    """The holder of the view a sentence opens with ('To Kavanaugh, … is "constitutional."'): the sentence
    starts with an opener, a name, entity, personal pronoun or person/body noun, and a comma before the
    quotation. 'To date,' / 'For years,' / 'For example,' hold nothing."""
    if hi - lo < 3 or doc[lo].lower_ not in openers:
        return None
    comma = next((t for t in doc[lo + 2 : min(hi, lo + 7)] if t.text == ","), None)
    if comma is None:
        return None
    holder = doc[lo + 1 : comma.i]
    root = holder.root
    named = root.pos_ == "PROPN" or root.lower_ in _HOLDER_PRONOUNS or root.ent_type_ in _SPEAKER_ENTS
    return holder.text if named or root.lemma_.lower() in _speaker_heads() else None


_REFER_AS = {"refer to as", "referred to as", "refers to as"}


def _referrer(before: list[Token]) -> str | None:
    """The named subject of an active ``refer … as`` right before the quotation (``what Kavanaugh referred
    to as a "…"``, ``whom he referred to as the "…"``): that person's words. Not a name given by nobody in
    particular (``which some refer to as``, ``often referred to as``: no name or personal pronoun)."""
    toks = before[:-1] if before and before[-1].lower_ in ("a", "an", "the") else before
    if not toks or toks[-1].lower_ != "as":
        return None
    verb = toks[-1].head
    if verb.lemma_.lower() != "refer" and len(toks) >= 3 and toks[-2].lower_ == "to":
        verb = toks[-3]  # 'What Putin referred to as the "…" of Ukraine began': the parse hangs 'as' on 'began'
    if verb.lemma_.lower() != "refer":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.tag_ == "PRP"):
        return None
    return toks[0].doc[subj.left_edge.i : subj.i + 1].text


def _names_a_state(doc: Doc, inner: list[Token], names: frozenset[str]) -> bool:
    """The quoted words name a state or territory: a place entity, or a capitalised word of
    ``statehood_names`` ("Republic of South Ossetia")."""
    return bool(len(doc)) and any(t.ent_type_ == "GPE" or (t.lower_ in names and t.text[:1].isupper()) for t in inner)


def _namer_before(before: list[Token], verbs: frozenset[str], not_next: frozenset[str]) -> tuple[str, str] | None:
    """(verb, subject) when a naming verb with a named subject opens the quotation's clause:
    ``Georgia calls the installation of fences along the line "borderization"``. The parse often
    hangs the quotation on a noun of the object, so the clause is read from the surface: no other
    verb and no ``;``/``:`` between the verb and the quotation; not ``I/we call`` (the writer's)."""
    for t in reversed(before):
        if t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in verbs):
            return None
        if t.pos_ != "VERB":
            continue
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if (nxt is not None and nxt.lower_ in not_next) or subj is None or subj.lower_ in ("i", "we"):
            return None
        return t.lemma_.lower(), t.doc[subj.left_edge.i : subj.right_edge.i + 1].text
    return None


_COGNITION = {"think", "believe", "feel", "hope", "fear", "worry", "find", "show", "indicate", "determine"}


def _next_token(doc: Doc, index: _Index, end: int) -> Token | None:
    i = index.token_at(end)
    while i < len(doc) and (doc[i].idx < end or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) else None


def _speech_after(
    text: str, doc: Doc, index: _Index, end: int, verbs: frozenset[str], inner: list[Token] | None = None
) -> str | None:
    """``"…," he said`` / ``"…" said X`` / ``"…": WHO`` — a speech verb right after the quote.

    Not when the quoted words belong to that verb's subject (``Obama's "pastor," Jeremiah Wright
    uttered …``): the speaker is named, not quoted.
    """
    head = text[end : end + 80].split("\n", 1)[0]
    if not head.strip():
        return None
    if re.match(r"^\s*:\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$", head):
        return "headline attribution"
    if re.match(r"^[\s,]*according to\b", head, re.IGNORECASE):
        return "according to"
    i = index.token_at(end)
    while i < len(doc) and doc[i].idx < end:
        i += 1
    for tok in doc[i : i + 7]:
        if tok.idx >= end + len(head):
            break
        if tok.text in (".", "!", "?", ";") or (tok.is_quote and tok.i > i):
            break
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
            if inner and (_in_subject(inner, tok) or _owned_noun_before(text, doc, inner, tok)):
                return None
            return tok.lemma_.lower()
    return None


def _owned_designation(inner: list[Token]) -> Token | None:
    """``the regime's "border guards"``: the quotation is a whole noun (its head the last quoted word) owned by a
    group or state outside the marks (not a pronoun: ``his "staff member"`` may be the speaker's own; not a person);
    the owner."""
    if not inner or inner[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    quoted = {t.i for t in inner}
    if any(t.head.i not in quoted for t in inner[:-1]):
        return None  # 'Israel's "terrorist" allies': a quoted modifier, the noun unquoted
    owner = next((c for c in inner[-1].children if c.dep_ == "poss" and c.i < inner[0].i), None)
    if owner is None or owner.pos_ not in ("NOUN", "PROPN") or owner.ent_type_ == "PERSON":
        return None  # a group's or a state's people, not one person's
    return owner


@cache
def _side_labels() -> frozenset[str]:
    """One-word side labels of the framing lexicon ('regime', 'junta', 'separatists' …): an owner so named is the
    other side."""
    entries = load_json("framing", "lexicon_seed.json")["entries"]
    return frozenset(e["term"].lower() for e in entries if e["kind"] == "label" and " " not in e["term"])


@cache
def _actor_sides() -> dict[str, frozenset[str]]:
    """Names in the actors data (a state's name and capital, aliases, the side's own word 'ukrainian') → their sides:
    'Kyiv' and 'Ukraine' are one side; the UN, the Red Cross, Amnesty are 'neutral'."""
    out: dict[str, set[str]] = {}
    for a in load_json("actors", "actors.json")["actors"]:
        side = a.get("side") or ""
        caps = a.get("capital") or []
        names = ([a["name"].split(" (")[0]] if a["kind"] == "state" else []) + (caps if isinstance(caps, list) else [caps])
        for n in [*names, *(x for x in a.get("aliases", ()) if isinstance(x, str)), side]:
            out.setdefault(n.lower(), set()).add(side)
    return {k: frozenset(v) for k, v in out.items() if k}


def _sides_named(words: str) -> frozenset[str]:
    """The sides whose names (``_actor_sides``) stand as whole words in ``words`` (lower case, tokens spaced)."""
    padded = f" {words} "
    return frozenset(s for k, v in _actor_sides().items() if f" {k} " in padded for s in v)


def _reported_subject(inner: list[Token], owner: Token, verbs: frozenset[str]) -> bool:
    """The quoted noun sits in the subject of a clause that a speech verb reports (``the Bureau said one of the
    regime's "border guards" fired``; ``…, the Bureau said``), and its owner is another side than the speaker: a
    name or state not in the speaker's words, or a side's label ('the regime's'); not ``the spokesman said the
    ministry's "new measures" …`` (its own office's term)."""
    tok = inner[-1]
    for _ in range(STEPS):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head.head
            if _reporting_verb_of(tok.head, verbs) is None:
                return False
            if owner.lemma_.lower() in _side_labels() or owner.lower_ in _side_labels():
                return True
            speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            said = {t.lower_ for t in speaker.subtree} if speaker is not None else set()
            words = " ".join(t.lower_ for t in speaker.subtree) if speaker is not None else ""
            sides = _actor_sides().get(" ".join(t.lower_ for t in owner.subtree if t.i == owner.i or t.dep_ == "compound"))
            if sides:  # a known state or group: another side than the speaker's, and a side at all (not the UN's)
                return sides != {"neutral"} and not sides & _sides_named(words)
            return owner.ent_type_ in ("GPE", "NORP") and owner.lower_ not in said  # not 'the WHO's': no side
        tok = tok.head
    return False


def _owned_noun_before(text: str, doc: Doc, inner: list[Token], verb: Token) -> bool:
    """``The separatists' "ministry of state security" claimed …``: the quotation follows a possessive or an
    article and runs into the verb with no comma: a noun phrase, the verb's speaker, not what is said (the
    parse may not give it as the subject)."""
    i = inner[0].i - 1
    while i >= 0 and doc[i].is_quote and doc[i].tag_ != "POS":  # the opening mark, not 'separatists''
        i -= 1
    if i < 0 or "," in text[inner[-1].idx : verb.idx]:
        return False
    return doc[i].tag_ in ("POS", "DT", "PRP$") and doc[i].lower_ not in ("that", "this", "these", "those")


def _in_subject(inner: list[Token], verb: Token) -> bool:
    """Whether the quoted words sit inside a larger subject of ``verb`` (``Obama's "pastor," Jeremiah
    Wright``); a subject that is nothing but the quotation (``"Revulsion," Haig said``, parsed with
    two subjects) is what is said."""
    quoted = {t.i for t in inner}
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sub = [x for x in c.subtree if not x.is_punct and not x.is_space]
        if any(x.i in quoted for x in sub) and any(x.i not in quoted for x in sub):
            return True
    return False


GAP_MAX = 40  # a list's gap (' (3), and ') is short; the gap patterns backtrack on a long run of spaces
_SIBLING_GAP = re.compile(r"^(?:\s*\(\d+\))?\s*(?:,|,?\s+(?:and|or))\s*$")


def _list_sizes(text: str, quotes: list[Quote]) -> dict[Quote, int]:
    """For each short quotation, how many quotations form a list with it ('A', 'B' and 'C')."""
    found = sorted((x for x in quotes if x.balanced and x.end - x.start < 60), key=lambda x: x.start)
    sizes: dict[Quote, int] = {}
    group: list[Quote] = []
    for x in found:
        gap = text[group[-1].end : x.start] if group else ""
        if group and not (len(gap) <= GAP_MAX and _SIBLING_GAP.match(gap)):
            sizes.update({g: len(group) for g in group})
            group = []
        group.append(x)
    sizes.update({g: len(group) for g in group})
    return sizes


def classify(text: str, doc: Doc, quotes: list[Quote] | None = None, use_model: bool = True) -> list[QuoteInstance]:
    """Every quotation in ``text`` with its class; ``doc`` is the parse of the same text.

    The rules decide first; the learned model (``quote_model``) may then revise a class
    (``use_model=False``: the rules alone, as the model's training reads them).
    """
    cue = cues()
    verbs = cue["speech_verbs"]
    index = _Index(doc)
    out = []
    first_line_end = text.find("\n")
    quotes = find_quotes(text) if quotes is None else quotes
    sizes = _list_sizes(text, quotes)
    for q, holders in zip(quotes, _holders(quotes), strict=True):
        outer = holders[-1] if holders else None  # the innermost quotation that holds this one
        within = outer.inner if outer is not None else None
        out.append(_classify_one(text, doc, index, q, cue, verbs, first_line_end, sizes.get(q, 1), within))
    _echoes(text, out)
    _quote_dense_sentences(doc, index, out)
    _coordinated_names(text, out)
    _unquoted_headline_terms(text, out, verbs)
    if use_model:
        from newsprism.framing import quote_model

        quote_model.apply(text, doc, out)
    _speakers_scare_quotes(out)
    return out


def _holders(spans: list) -> list[list]:
    """For each quotation (or instance: ``start``/``end``), the ones that hold it (start before it,
    end at or after its end), outermost first. Quotations come sorted by start; a stack keeps the
    ones still open, so a line of thousands of quotations costs no square (any other order: the
    plain scan)."""
    if any(b.start <= a.start for a, b in pairwise(spans)):
        return [[o for o in spans if o.start < q.start and q.end <= o.end and o is not q] for q in spans]
    out, stack = [], []
    for q in spans:
        while stack and stack[-1].end <= q.start:
            stack.pop()  # closed before this one opens: holds nothing from here on
        out.append([o for o in stack if q.end <= o.end])
        stack.append(q)
    return out


INSIDE_SPEECH = "inside quoted speech"


def _speakers_scare_quotes(instances: list[QuoteInstance]) -> None:
    """A scare quote nested in someone's quoted speech (``"These 'freedom fighters' are
    terrorists," he said``) is that speaker's distancing, not the author's: the class stays scare
    (the gold set labels a nested quotation by its role in the speaker's sentence), the cue
    ``inside quoted speech`` and the why say whose it is."""
    order = sorted(range(len(instances)), key=lambda k: (instances[k].start, -instances[k].end))
    holders = dict(zip(order, _holders([instances[k] for k in order]), strict=True))
    for k, x in enumerate(instances):
        if x.label != SCARE or INSIDE_SPEECH in x.cues:
            continue
        outer = next((o for o in holders[k] if o.label == SPEECH), None)
        if outer is None:
            continue
        x.cues = [*x.cues, INSIDE_SPEECH]
        x.why = (
            f"a short term put in quotation marks inside quoted speech (“{_clip(outer.term)}”): "
            "the distancing is the quoted speaker's, not the author's"
        )


DENSE = 2  # other quotations in the sentence that make a short unattributed quote part of a patchwork


def _quote_dense_sentences(doc: Doc, index: _Index, instances: list[QuoteInstance]) -> None:
    """A short quote with nobody speaking in a sentence that holds two or more other quotations
    (``demoted to a mere "proposal" that may not be "feasible" or "viable" in "the concrete
    circumstances …"``) is one piece of a patchwork of someone's phrases: speech.
    """
    candidates = [x for x in instances if x.label == SCARE and x.cues == ["no speaker"]]
    if not candidates or not len(doc):
        return
    ordered = sorted(instances, key=lambda o: (o.start, -o.end))
    starts = [o.start for o in ordered]
    balanced = [0]  # balanced quotations among the first k, to count a sentence's in one step
    for o in ordered:
        balanced.append(balanced[-1] + o.quote.balanced)
    holders = {id(o): h for o, h in zip(ordered, _holders(ordered), strict=True)}
    for x in candidates:
        lo, hi = index.sent_chars(index.token_at(x.start))
        a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        # every balanced quotation that opens in the sentence, less this one, those that hold it and
        # those it holds (one count, not a scan of the sentence's quotations for each candidate)
        inside = ordered[bisect.bisect_left(starts, x.start) : bisect.bisect_left(starts, x.end)]
        nested = {id(o): o for o in (*holders[id(x)], *(o for o in inside if o.end <= x.end))}
        others = balanced[b] - balanced[a] - sum(1 for o in nested.values() if o.quote.balanced and lo <= o.start < hi)
        if others >= DENSE:
            x.label = SPEECH
            x.cues = ["among quoted phrases"]
            x.why = f"one of {others + 1} quotations in the sentence: pieces of someone's words, not the author's"


_PAIR_GAP = re.compile(r"^\s*,?\s+(?:and|or|instead of|rather than)\s+$")  # "the word 'would' instead of \"wouldn't\""


def _coordinated_names(text: str, instances: list[QuoteInstance]) -> None:
    """``what is called "A" and "B"``, ``the word "A" instead of "B"``: a quotation coordinated with one presented
    as a name is a name."""
    ordered = sorted((x for x in instances if x.quote.balanced), key=lambda x: x.start)
    for a, b in pairwise(ordered):
        gap = text[a.end : b.start]
        if len(gap) > GAP_MAX or not _PAIR_GAP.match(gap) or (a.label == NAME) == (b.label == NAME):
            continue
        named, other = (a, b) if a.label == NAME else (b, a)
        if not any(c.startswith(("after '", "followed by '", "ends with '")) for c in named.cues):
            continue
        if len(_words(other.term)) > SHORT_WORDS:
            continue
        other.label = NAME
        other.cues = ["coordinated with a name"]
        other.why = f"coordinated with “{_clip(named.term)}”, which is presented as a name: a name too"


_STOP = {
    "a", "an", "the", "and", "or", "but", "if", "when", "not", "no", "yes", "of", "in", "on", "at", "to",
    "for", "by", "with", "from", "as", "is", "are", "was", "be", "it", "this", "that",
}  # fmt: skip


def _echoes(text: str, instances: list[QuoteInstance]) -> None:
    """A short quote with nobody speaking whose words a speaker uses in a longer quotation
    elsewhere in the article repeats that speaker's words: speech, not the author's scare quote.
    """
    candidates = [x for x in instances if x.label == SCARE and x.cues == ["no speaker"]]
    if not candidates:
        return
    speech = [(x, x.quote.inner) for x in instances if x.label == SPEECH]
    said_words = [_words(text[s:e].lower()) for _, (s, e) in speech]
    holding: dict[str, list[int]] = {}  # word → the speech quotations that hold it, in order
    for k, said in enumerate(said_words):
        for w in set(said):
            holding.setdefault(w, []).append(k)
    for x in candidates:
        words = _words(x.term.lower())
        if not set(words) - _STOP:
            continue  # 'if', 'when': function words recur in any long quotation
        # only the quotations that hold the rarest of its words can hold all of them
        rarest = min((holding.get(w, []) for w in words), key=len)
        for k in rarest:
            (other, (s, e)), said = speech[k], said_words[k]
            if other.start <= x.start and other.end >= x.end:
                continue  # the quotation this one sits in
            if len(said) > len(words) and _contains(said, words):
                x.label = SPEECH
                x.cues = ["echoes a quotation"]
                x.why = (
                    f"the quoted words reappear in a longer quotation elsewhere in the article "
                    f"(“{_clip(text[s:e])}”): a speaker's words, not the author's"
                )
                break


_CLAUSE_START = {
    "i", "we", "you", "he", "she", "it", "they", "it's", "it’s", "we'll", "we’ll", "i'm", "i’m", "there",
    "this", "that", "what", "who", "why", "how", "don't", "don’t", "no", "not", "never",
}  # fmt: skip
_SAID_BEFORE = re.compile(r"(?:^|\s)(\w+)\W*$")


def _unquoted_headline_terms(text: str, instances: list[QuoteInstance], verbs: frozenset[str]) -> None:
    """A quotation in a Title Case headline, or a short fragment in a sentence-case one, that the body never
    quotes is the outlet's own marked term (``Dear Illegal Alien 'Caravan'``, ``Capitol Police "Accidentally"
    Gave …``, ``… as UNISFA "stands by"``): scare.

    Headline quotations that carry someone's words are quoted again in the body (``Nigel Farage
    Warns "We'll Lose" …`` … ``"We'll lose," Farage said``); left alone are those after a speech
    verb or followed by a colon in the headline (``Say, 'Hola'``, ``"…": Congressman Says``).
    """
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return
    # a Title Case headline's quotation, or a short fragment in a sentence-case headline ('as UNISFA "stands by"')
    candidates = [x for x in instances if x.cues == ["headline"] or (x.cues == ["fragment"] and x.start < first_line_end)]
    if not candidates:
        return
    body = [(x, _words(text[x.quote.inner[0] : x.quote.inner[1]].lower())) for x in instances if x.start > first_line_end]
    for x in candidates:
        words = _words(x.term.lower())
        if not words or len(words) > SHORT_WORDS or words[0] in _CLAUSE_START:
            continue  # a clause ("It's 100 % Likely", "We'll Lose") is someone's sentence
        if any(_contains(said, words) for _, said in body):
            continue
        before = text[: x.start].rstrip()
        prev = _SAID_BEFORE.search(before)
        if before.endswith(":") or (prev and _lemma_of_speech(prev.group(1).lower(), verbs)):
            continue
        if text[x.end : x.end + 2].lstrip().startswith(":"):
            continue
        x.label = SCARE
        x.cues = ["headline term not quoted in the body"]
        x.why = "quoted in the headline, but nobody in the article says these words: the outlet's own marked term"


def _lemma_of_speech(word: str, verbs: frozenset[str]) -> bool:
    """A speech verb by its surface form (say/says/said, warns, claims …), for Title Case headlines
    whose parse is unreliable."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("ed") else word}
    return word in ("said", "told", "tells") or bool(forms & verbs)


def _contains(seq: list[str], part: list[str]) -> bool:
    n, first = len(part), part[0]
    return any(w == first and seq[i : i + n] == part for i, w in enumerate(seq))


def _clip(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _headline_title_case(text: str, q: Quote, first_line_end: int) -> bool:
    """Whether the headline's words around the quotation (before it, and after it up to the line's
    end) are in title case: ``_title_case`` of those words, counted on the headline's words read
    once per text (a text with no line break is all headline: one reading per quotation was a square)."""
    words = _headline_words(text, first_line_end)
    ends, starts, content, lower = words
    k = bisect.bisect_right(ends, q.start)  # the words that end before the opening mark
    j = bisect.bisect_left(starts, q.end) if first_line_end >= 0 else len(starts)
    if (k < len(starts) and starts[k] < q.start) or (first_line_end >= 0 and j > 0 and ends[j - 1] > q.end):
        # a word runs across a quotation mark: read the text as it is cut
        return _title_case(_words(text[: q.start] + " " + text[q.end : max(q.end, first_line_end)]))
    n_content = content[k] + content[-1] - content[j]
    n_lower = lower[k] + lower[-1] - lower[j]
    return n_content > 0 and n_lower == 0


@lru_cache(maxsize=2)  # the text being classified (a text is hashed once; no archive of old texts)
def _headline_words(text: str, first_line_end: int) -> tuple[list[int], list[int], list[int], list[int]]:
    """The headline's words (the first line, or the whole text without a line break): their ends,
    starts, and running counts of content words and of content words not capitalised (nor digits)."""
    ends, starts, content, lower = [], [], [0], [0]
    for m in _WORD.finditer(text, 0, first_line_end if first_line_end >= 0 else len(text)):
        w = m.group()
        starts.append(m.start())
        ends.append(m.end())
        is_content = w.lower() not in _LOWER_TITLE_WORDS
        content.append(content[-1] + is_content)
        lower.append(lower[-1] + (is_content and not (w[0].isupper() or w[0].isdigit())))
    return ends, starts, content, lower


class _Phrases:
    """Where each phrase occurs as whole words in one text, read once: ``first_in(a, b)`` is the
    first phrase (in the given order) that the text from ``a`` to ``b`` holds, on ``b``'s line, as
    whole words in any case with any run of spaces between them. The same answer as looking for
    ``" phrase "`` in ``" " + " ".join(text[a:b].rsplit("\\n", 1)[-1].lower().split()) + " "``, without
    copying a long sentence once per quotation (a square on a line of thousands of quotations)."""

    def __init__(self, text: str, phrases: tuple[str, ...]) -> None:
        self.phrases = phrases
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.index = {p: _PhraseSpans(text, p) for p in phrases}

    @staticmethod
    @lru_cache(maxsize=2)  # the text being classified
    def of(text: str, phrases: tuple[str, ...]) -> _Phrases:
        return _Phrases(text, phrases)

    def first_in(self, a: int, b: int) -> str | None:
        k = bisect.bisect_left(self.newlines, b) - 1  # the stretch ends on b's line
        if k >= 0 and self.newlines[k] >= a:
            a = self.newlines[k] + 1
        return next((p for p in self.phrases if self.index[p].within(a, b)), None)


class _PhraseSpans:
    """One phrase's occurrences in a text (overlapping ones too, checked with the same lower-casing),
    with whether each is bounded by spaces (or the text's ends) on its left and on its right."""

    def __init__(self, text: str, phrase: str) -> None:
        pattern = r"\s+".join(re.escape(w) for w in phrase.split())
        self.at_start: dict[int, list[tuple[int, bool]]] = {}  # start → (end, bounded on the right)
        self.at_end: dict[int, list[tuple[int, bool]]] = {}  # end → (start, bounded on the left)
        whole = []
        for m in re.finditer(f"(?=({pattern}))", text, re.IGNORECASE):
            s, e = m.start(1), m.end(1)
            if " ".join(text[s:e].lower().split()) != phrase:
                continue
            left = s == 0 or text[s - 1].isspace()
            right = e == len(text) or text[e].isspace()
            if left and right:
                whole.append((s, e))
            self.at_start.setdefault(s, []).append((e, right))
            self.at_end.setdefault(e, []).append((s, left))
        whole.sort()
        self.starts = [s for s, _ in whole]
        self.least_end = [e for _, e in whole]  # the least end among whole-word occurrences from k on
        for k in range(len(whole) - 2, -1, -1):
            self.least_end[k] = min(self.least_end[k], self.least_end[k + 1])

    def within(self, a: int, b: int) -> bool:
        """An occurrence inside a..b whose ends are spaces or the stretch's own ends."""
        k = bisect.bisect_left(self.starts, a)
        if k < len(self.starts) and self.least_end[k] <= b:
            return True
        if any(e <= b and (right or e == b) for e, right in self.at_start.get(a, ())):
            return True
        return any(s >= a and left for s, left in self.at_end.get(b, ()))


def _after_line_break(text: str, pos: int) -> bool:
    """Only spaces and tabs between the last line break and ``pos`` (read backwards, not a copy of
    the text before it: one copy per quotation was a square on long texts)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] == "\n"


def _classify_one(text, doc, index, q: Quote, cue, verbs, first_line_end, siblings: int, within=None) -> QuoteInstance:
    s, e = q.inner
    raw = text[s:e]
    term = raw.strip().strip(",.;:!?…").strip()
    words = _words(raw)
    n = len(words)
    inst = QuoteInstance(q, SPEECH, term)
    if not q.balanced:
        inst.cues = ["unbalanced"]
        inst.why = "quotation continues to the end of the paragraph (no closing mark): speech"
        return inst

    tail = _tail(text, q.start)
    head = _head(text, q.end)
    first_word_after = head.strip(" ,").split(" ", 1)[0] if head.strip(" ,") else ""
    in_headline = first_line_end < 0 or q.start < first_line_end
    headline_title_case = in_headline and _headline_title_case(text, q, first_line_end)
    before = text[max(0, q.start - 3) : q.start].rstrip(" ")
    para_start = q.start == 0 or text[q.start - 1] == "\n" or _after_line_break(text, q.start)

    i0 = index.token_at(s)
    inner = [t for t in doc[i0 : index.token_at(max(s, e - 1)) + 1] if s <= t.idx < e and not t.is_punct]
    # the sentence's tokens before the opening mark: the last WINDOW of them, and where they start
    sent_lo = sent_hi = 0
    if len(doc):
        sent_lo, sent_end = index.sent_bounds(index.token_at(q.start))
        sent_hi = bisect.bisect_left(index.starts, q.start, sent_lo, sent_end)
    sent_before = list(doc[max(sent_lo, sent_hi - WINDOW) : sent_hi])
    sentence_initial = para_start or index.only_punct(sent_lo, sent_hi)

    def done(label: str, why: str, *found: str) -> QuoteInstance:
        inst.label, inst.why = label, why
        inst.cues = [c for c in found if c]
        return inst

    # --- names and titles -------------------------------------------------------------
    if n >= 3 and _CITATION_AFTER.match(_C1.sub("", text[q.end : q.end + 80])):
        return done(NAME, "quoted words followed by a byline or outlet and date: a cited title", "citation")
    so_called = _ends_with_phrase(tail, cue["scare_before"])
    if so_called is None:  # 'the self-proclaimed Polisario "government"': one name between the cue and the quotation
        cased = " ".join(text[max(0, q.start - 40) : q.start].rsplit("\n", 1)[-1].split())
        if _ONE_NAME_AT_END.search(cased):
            so_called = _ends_with_phrase(_ONE_NAME_AT_END.sub("", cased).lower(), cue["scare_before"])
    ends_sentence = bool(re.search(r"[.!?]\s*$", raw)) or bool(re.match(r"\s*[.!?]", text[q.end : q.end + 3]))
    # "… 'back in play.' Bill Nelson conceded": the next sentence's first word names nothing
    name_after = first_word_after if first_word_after in cue["name_after"] and not ends_sentence else None
    name_before = _ends_with_phrase(re.sub(r"\b(?:the|a|an)$", "", tail).strip(), cue["name_before"])
    if name_before is None and (second := _SECOND_NAME.search(_tail(text, q.start, 80))):
        name_before = second.group(0)  # 'insurgents known locally as al-Shabaab, or "machababos"': a second name
    work_before = _ends_with_phrase(re.sub(r"\b(?:the|a|an)$", "", tail).strip(), cue["work_before"])
    # an office or institution ("Prime Minister", "Government") with nobody speaking is disputed, not named
    # ... but not in capitals: 'jackets marked "POLICE"' quotes an inscription
    office = _disputed_title(words, cue) and not all(w.isupper() for w in words)
    state = not office and _unrecognised_state(words, cue)  # 'The "TRNC" claimed …'
    office = office or state
    # one capitalised adjective or common noun ("Islamophobic") is not a name by itself
    title = not office and _title_case(words) and (n > 1 or not words[0].lower().endswith(_NOT_NAME_SUFFIX))
    next_tok = _next_token(doc, index, q.end)
    if so_called and n <= 6 and _names_a_state(doc, inner, cue["statehood_names"]):
        return done(SCARE, f"a state's name in quotation marks after '{so_called}': its statehood is disputed", f"'{so_called}'")
    if (
        n <= 2
        and not office
        and _title_case(words)
        and next_tok is not None
        and next_tok.pos_ == "PROPN"
        and next_tok.idx - q.end <= 1
        and text[q.end : next_tok.idx] != "\n"  # not the first word of the next paragraph
        and not headline_title_case  # in a Title Case headline every next word looks like a name
        and not re.search(r"[,.!?;:]\s*$", raw)  # '"Absolutely," Pompeo said': a clause ends inside
    ):
        return done(NAME, "quoted nickname before a name", "before a name")
    if 2 <= n <= SHORT_WORDS + 1 and words[-1].lower() in cue["name_after"] and not so_called:
        return done(NAME, f"quoted words name a {words[-1].lower()}", f"ends with '{words[-1].lower()}'")
    if name_after and (title or n <= 3):
        return done(NAME, f"quoted words name a {name_after}", f"followed by '{name_after}'")
    if work_before and n <= 12:
        return done(NAME, f"quoted words are the title of a {work_before}", f"after '{work_before}'")
    referrer = _referrer(sent_before) if name_before in _REFER_AS else None
    if referrer:
        return done(
            SPEECH, f'what {referrer} refers to as "…": the referrer\'s words, not a name', "'refer to as' with its subject"
        )
    if name_before and name_before != "called" and n <= 6:
        return done(NAME, f"quoted words presented as a name ('{name_before}')", f"after '{name_before}'")
    if name_before == "called" and (title or n <= 3) and not so_called:
        tail_words = re.sub(r"\s(?:the|a|an)$", "", tail).split()  # "is called the \"…\" Mass"
        # "are called 'X'" / ", called the 'X'" name something; "X called it 'Y'" is speech
        if len(tail_words) >= 2 and tail_words[-2] in ("is", "are", "was", "were", "be", "been", "being", "also", "often", "now"):
            return done(NAME, "quoted words presented as a name ('called')", "after 'called'")
        if tail.rstrip().endswith((", called", "(called", "called the", "called a")) and title:
            return done(NAME, "quoted words presented as a name ('called')", "after 'called'")

    # '"X," a term …' / '"X" (a term he borrows …)': words mentioned as words
    apposition = re.match(r"^[\s,(]*(?:a|an|the)\s+([a-z-]+)\b", head)
    follows = head.startswith((",", "(")) or raw.rstrip().endswith(",")
    if follows and apposition and apposition.group(1) in cue["name_apposition"]:
        word = apposition.group(1)
        return done(NAME, f"quoted words followed by 'a {word}': words mentioned as words", f"apposition '{word}'")
    if siblings >= 3 or re.match(r"\s*\(\d+\)", text[q.end : q.end + 8]):
        return done(NAME, "one of a list of quoted terms: words mentioned, not used", "list of terms")
    if title and in_headline and headline_title_case and not so_called:
        return done(SPEECH, "Title Case quotation in a Title Case headline: quoted words", "headline")
    colon_before = before.endswith(":") and not in_headline
    if title and (in_headline or not sentence_initial) and n <= 6 and not re.search(r"[.!?]", raw) and not colon_before:
        return done(NAME, "capitalised words in quotation marks with nobody speaking: a name", "title case")
    if so_called and n <= SHORT_WORDS:
        return done(SCARE, f"quoted term after '{so_called}'", f"'{so_called}'")

    # --- speech -------------------------------------------------------------------------
    if before.endswith(":") and not (in_headline and title):
        return done(SPEECH, "introduced by a colon: quoted speech", "colon before")
    closes_clause = bool(re.search(r"[,!?]\s*$", raw)) or text[q.end : q.end + 1] == ","
    after_verb = _speech_after(text, doc, index, q.end, verbs, inner) if closes_clause or n > SHORT_WORDS else None
    if after_verb:
        return done(SPEECH, f"speech verb '{after_verb}' right after the quotation", f"'{after_verb}' after")
    terminal_inside = bool(re.search(r"[.!?…]\s*$", raw)) or bool(re.search(r"[.!?]\s+[A-Z\"“‘']", raw))
    if n > SHORT_WORDS and not (title and not terminal_inside) and not office:
        return done(SPEECH, f"a clause of {n} words in quotation marks: quoted speech", "long")
    if terminal_inside and n >= 3:
        return done(SPEECH, "a sentence in quotation marks: quoted speech", "sentence inside")
    if so_called:
        return done(SCARE, f"quoted term after '{so_called}'", f"'{so_called}'")
    owner = _owned_designation(inner)
    if owner is not None and _reported_subject(inner, owner, verbs):
        return done(
            SCARE,
            f"{doc[owner.left_edge.i : owner.i + 1].text}'s own term in quotation marks, in the subject of what a speaker reports: "
            "distance from that term, not the speaker's words",
            "owned name",
        )
    gov = _governing_speech(text, doc, inner, verbs, within)
    if gov:
        return done(SPEECH, f"quoted words hang from the speech verb '{gov}'", f"governed by '{gov}'")
    if n >= 2 and inner and (inner[0].pos_ in _FRAGMENT_START or any(t.tag_ in ("VB", "VBD", "VBZ", "VBP", "MD") for t in inner)):
        return done(SPEECH, "a fragment of someone's sentence (starts with a function word or holds a verb)", "fragment")
    if title and not in_headline and not sentence_initial:
        return done(NAME, "capitalised words in quotation marks with nobody speaking: a name", "title case")
    modifier = bool(inner) and all(
        t.head.i not in {x.i for x in inner} and t.dep_ in ("amod", "compound", "nmod")
        for t in inner
        if t.head.i not in {x.i for x in inner}
    )
    owned = cue["speech_nouns_with_speaker"]
    protest = (cue["protest_nouns"], cue["protest_verbs"])
    context = None if modifier else _speech_context(sent_before, verbs, cue["speech_nouns"], owned, protest)
    if context:
        return done(SPEECH, f"the sentence reports speech ('{context}')", f"'{context}' earlier in the sentence")
    as_verb = _characterised_as(tail, sent_before)
    if as_verb:
        return done(SPEECH, f"a characterisation ('{as_verb} … as') in quotation marks: someone's words", f"'{as_verb} as'")
    # the whole sentence before the quote on this line ("According to Elliott, the program is "rare"")
    sent_start = doc[sent_lo].idx if sent_hi > sent_lo else q.start
    phrase = _Phrases.of(text, _longest_first(cue["speech_phrases"])).first_in(sent_start, q.start)
    if phrase in cue["speech_phrases_need_speaker"] and not _clear_maker_speaks(sent_before):
        phrase = None  # 'The crash made clear that the "safe corridor" …': nobody speaks
    if phrase:
        return done(SPEECH, f"attributed ('{phrase}')", f"'{phrase}'")
    holder = _perspective_holder(doc, sent_lo, sent_hi, cue["perspective_openers"]) if len(doc) else None
    if holder:
        return done(
            SPEECH, f"the sentence gives {holder}'s view ('{doc[sent_lo].text} {holder},'): the holder's words", "perspective"
        )
    if sentence_initial and n >= 3:
        return done(SPEECH, "quotation opens the sentence: quoted speech", "sentence-initial")

    # --- short quotations with nobody speaking -----------------------------------------------
    if title and not in_headline and not sentence_initial:
        return done(NAME, "capitalised words in quotation marks with nobody speaking: a name", "title case")
    if words and not {w.lower() for w in words} - _STOP:
        # 'a question of 'when', not 'if'': function words cannot be disowned, only mentioned
        return done(NAME, "only function words in quotation marks: words mentioned as words", "function words")
    namer = _namer_before(sent_before, cue["namer_verbs"], cue["namer_not_next"])
    if namer:
        verb, subj = namer
        return done(
            SPEECH, f"the name {subj} gives ('{verb} … \"…\"'): its words, not the author's", f"'{verb}' with its subject"
        )
    if state:
        return done(
            SCARE, "an unrecognised state's name in quotation marks with nobody speaking: the author disputes it", "no speaker"
        )
    if office:
        return done(
            SCARE, "an office or institution in quotation marks with nobody speaking: the author disputes it", "no speaker"
        )
    return done(SCARE, "short quoted term in the author's own sentence, no speaker nearby", "no speaker")


def quote_instances(text: str, doc: Doc) -> list[QuoteInstance]:
    """Public entry point used by the layer and the evaluation."""
    return classify(text, doc)
