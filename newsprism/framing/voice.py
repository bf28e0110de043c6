"""Whose word a label or loaded word is, beyond quotation marks and reported claims.

- ``characterised_by``: the word sits in the ``as`` phrase of a verb that characterises
  (``Pakistan dismissed the Indian account as fabricated``, ``the ministry rejected the report
  as baseless propaganda``): the subject's characterisation, reported by the outlet.
- ``mentioned_by``: the word sits in a quotation presented as a term or name that someone uses
  (``Georgian officials use the term "occupation line"``): that subject's word, mentioned.
- ``accused_by``: the word sits in the ``of`` phrase of an accusation (``Azerbaijan accused
  Armenia of staging a false flag attack``): the accuser's charge, reported by the outlet.
- ``in_name``: the word is part of a name, not a choice of words (``the Sahrawi People's
  Liberation Army``, an outlet named in the dateline ``(Sahrawi Liberation Review)``).

Cue lists are data (``data/framing/quote_cues.json``: ``characterising_verbs``,
``term_verbs``, ``accusing_verbs``, ``name_heads``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsprism.framing.lexicon import is_title_case
from newsprism.resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STEPS = 7  # 'describing the operation as part of a campaign of [ethnic cleansing]'


@dataclass(frozen=True)
class Characterisation:
    speaker: str  # the subject's words as written ("Pakistan", "A Moroccan security official")
    verb: str  # lemma ("dismiss")
    verb_start: int
    verb_end: int
    how: str = "as"  # "as" ('dismissed X as WORD'), "" for an object predicate ('called it WORD')


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return [t for t in span if not t.is_space] if span is not None else []


def _top(inner: list[Token]) -> Token:
    """The token of the phrase whose head lies outside it (or is itself): where a walk up the
    parse starts."""
    inside = {t.i for t in inner}
    return next((t for t in inner if t.head.i not in inside or t.head.i == t.i), inner[0])


def _top_of(doc: Doc, start: int, end: int) -> Token | None:
    """The top token of the words at ``start``–``end`` (None when no token lies there)."""
    inner = _tokens(doc, start, end)
    return _top(inner) if inner else None


def _phrase(doc: Doc, head: Token):
    """The words of ``head``'s phrase without a comma or space it ends on ('Nfor Peter Tanjong,
    information secretary of the Interim Government …,' is the subject with its apposition)."""
    lo, hi = head.left_edge.i, head.right_edge.i
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space) and not doc[hi].is_quote and doc[hi].text != ")":
        hi -= 1
    return doc[lo : hi + 1]


def _subject(verb: Token) -> Token | None:
    """The active subject, or the agent of a passive (``was dismissed as X by the ministry``); a
    verb coordinated with an earlier one shares its subject (``met the envoy and dismissed …``)."""
    v = verb
    for _ in range(3):
        for c in v.children:
            if c.dep_ == "nsubj":
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        if v.head.i != v.i and (v.dep_ == "conj" or (v.dep_ == "advcl" and v.tag_ == "VBG")):
            v = v.head  # "met the envoy and dismissed …"; "said …, describing the operation as …"
            continue
        break
    return None


@cache
def _namers() -> frozenset[str]:
    """Verbs that give a name ('call', 'label', 'dub' …: quote_cues.json namer_verbs)."""
    return frozenset(load_json("framing", "quote_cues.json")["namer_verbs"])


def characterised_by(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Characterisation | None:
    """The speaker whose ``as`` phrase holds the characters ``start``–``end``, if any.

    Two parses of the same construction: ``as`` a preposition of the verb (``rejected the
    report as [baseless propaganda]``) or the mark of an adverbial clause (``dismissed the account
    as fabricated``: fabricated/advcl with as/mark). Not when the verb has no subject or agent
    (``critics were dismissed as traitors``: nobody is named, the outlet says it).
    """
    tok = _top_of(doc, start, end)
    if tok is None:
        return None
    glued = _glued_namer(tok, start, verbs)
    if glued is not None:
        return glued
    for _ in range(STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        as_prep = tok.lower_ == "as" and tok.dep_ == "prep"  # rejected the report as [baseless propaganda]
        if tok.lower_ == "as" and tok.dep_ == "conj" and (verb := _verb_of_second_as(tok)) is not None:
            head, as_prep = verb, True  # 'described them as "KKB" since 2018 and as [terrorists] since 2021'
        as_clause = tok.dep_ in ("advcl", "acomp", "oprd", "xcomp") and any(
            c.lower_ == "as" and c.dep_ in ("mark", "prep") for c in tok.children
        )  # dismissed the account as fabricated
        second = _second_object(tok, verbs)  # the verb, when the parser gives the name as a second object
        if (second is not None and end <= tok.idx and _glued_plurals(tok)) or _misread_plural(tok):
            return None  # the word is among the named ones ('branded [the Amba boys] criminals'), not the name
        naming = (tok.dep_ == "oprd" and not as_clause) or second is not None  # Yerevan called it [aggression]
        if tok.dep_ == "appos" and head.dep_ == "dobj" and head.head.lemma_.lower() in _namers():
            tok, head, naming = head, head.head, True  # 'Pakistan calls the BLA [Fitna al-Hindustan]': the name given
        if as_prep or as_clause or naming:
            found = second if second is not None else head
            if as_prep and found.pos_ != "VERB":
                found = _verb_of_as_object(found)
            lemma = found.lemma_.lower()
            if found.pos_ != "VERB" or lemma not in verbs:
                return None
            subj = _subject(found)
            relative = subj is not None and subj.lower_ in ("who", "which", "that") and found.dep_ == "relcl"
            if relative:
                subj = found.head  # 'Indonesian authorities, who refer to the rebels as an "armed criminal group"'
            if subj is None or (subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that", "which", "who", "i", "we")):
                return None  # nobody named, or the writer ('we regard this as a sham')
            words = _phrase(doc, subj)
            if relative:  # the antecedent's words before its relative clause
                hi = found.left_edge.i
                while hi > subj.left_edge.i + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
                    hi -= 1
                words = doc[subj.left_edge.i : hi]
            return Characterisation(words.text, lemma, found.idx, found.idx + len(found.text), "" if naming else "as")
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp") or (tok.pos_ == "VERB" and tok.dep_ != "amod"):
            return None  # left the as-phrase: the word is an argument of some clause, not the characterisation
        tok = head
    return None


def designated_by(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Characterisation | None:
    """A label in the 'as' phrase of a designating verb ('banned as a terrorist organisation', 'that Russia banned
    as "extremist"', 'designated as terrorists'): a legal status someone gave, not the writer's word. The speaker is
    the verb's subject or agent, or the state after 'in' ('is banned as … in Russia'); '' when none is named or
    the verb is negated."""
    tok = _top_of(doc, start, end)
    if tok is None:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
    elif tok.dep_ == "oprd" or (
        tok.dep_ == "dobj" and any(c.dep_ in ("dobj", "dative") and c.i < tok.i for c in tok.head.children)
    ):
        # 'designated Hizb ut-Tahrir a terrorist organisation', 'was declared an extremist organisation'; the parser
        # makes the first object a dative in 'designated the OPM a terrorist organisation'
        verb = tok.head
    elif tok.dep_ == "appos" and tok.head.dep_ == "dobj":
        verb = tok.head.head  # 'declared the Mejlis [an extremist organisation]' (the parser's apposition)
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    subj = _subject(verb)
    by = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    if any(c.dep_ == "neg" for c in verb.children):
        who = ""  # 'Kenya has not designated the herders as terrorists': nobody gave that status; it is mentioned
    elif subj is None and by is not None:
        who = _phrase(doc, by).text  # 'was declared an extremist organisation by a Russian court' (the agent hung on the noun)
    elif subj is not None and not (subj.pos_ == "PRON" or subj.dep_ == "nsubjpass"):
        who = _phrase(doc, subj).text
    else:
        place = next(
            (
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ == "GPE"
            ),
            None,
        )
        who = place.text if place is not None else ""
    return Characterisation(who, verb.lemma_.lower(), verb.idx, verb.idx + len(verb.text))


def _glued_namer(tok: Token, start: int, verbs: frozenset[str]) -> Characterisation | None:
    """'which Moscow calls peacekeepers and Chisinau calls [occupation forces]': the parser hangs the second
    'calls' on the name as its modifier (amod), with its own named subject; that subject's word."""
    for verb in tok.children:
        if verb.dep_ != "amod" or verb.idx >= start or verb.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() in verbs and subj is not None and subj.pos_ == "PROPN":
            return Characterisation(_phrase(tok.doc, subj).text, verb.lemma_.lower(), verb.idx, verb.idx + len(verb.text), "")
    return None


def _verb_of_second_as(tok: Token) -> Token | None:
    """The verb a second 'as' phrase joined by 'and' belongs to: the parser hangs it (``conj``) on the first 'as' or
    on a date phrase after it ('described the fighters as "KKB" since 2018 and [as] terrorists since 2021'); up
    through 'as' / prepositions to the first verb, at most three steps, the first step from an 'as' or a
    preposition."""
    head = tok.head
    for _ in range(3):
        if head.pos_ == "VERB":
            return head
        if head.dep_ not in ("prep", "conj") or head.i == head.head.i:
            return None
        head = head.head
    return None


def _verb_of_as_object(noun: Token) -> Token:
    """The verb an ``as`` phrase hung on a noun belongs to: the noun is the verb's object ('describe the 1974
    intervention as a "peace operation"') or a second object coordinated with the first ``as`` phrase
    ('describe the troops as an occupation force and their own campaign [as a liberation]'); else the noun."""
    if noun.dep_ == "dobj":
        return noun.head
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first is not noun and first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.dep_ == "prep":
        return first.head.head
    return noun


def _second_object(tok: Token, verbs: frozenset[str]) -> Token | None:
    """The characterising verb of which ``tok`` is the second object, which the parser gives as another
    dobj rather than an object predicate ('Greek Cypriots call the presence of Turkish troops in the north
    [an occupation]'), or as the object of the named plural misread as a verb ('called the Anglophone
    [separatists] [terrorists]': separatists/VBZ the verb's oprd); None otherwise."""
    verb = tok.head
    if tok.dep_ != "dobj":
        return None
    if verb.tag_ == "VBZ" and verb.dep_ == "oprd" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in verbs:
        return verb.head
    if verb.lemma_.lower() not in verbs:
        return None
    return verb if any(c.dep_ == "dobj" and c.i < tok.i for c in verb.children) or _glued_plurals(tok) else None


def _misread_plural(tok: Token) -> bool:
    """The named plural the parser read as a verb with the name as its object ('called the Russian
    [separatists]/VBZ [terrorists]/dobj')."""
    return tok.tag_ == "VBZ" and tok.dep_ == "oprd" and any(c.dep_ == "dobj" for c in tok.children)


def _glued_plurals(tok: Token) -> bool:
    """The parser's other reading of two objects: one noun phrase of two plurals ('called [the separatists
    criminals]', 'called [the young Amba fighters terrorists]': the plural right before the name is its
    modifier): the named ones, then the name."""
    return tok.tag_ == "NNS" and any(
        c.dep_ in ("amod", "compound") and c.tag_ == "NNS" and c.i == tok.i - 1 for c in tok.children
    )


def mentioned_by(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Characterisation | None:
    """Who uses the term in the quotation ``start``–``end`` (marks included) when the quotation is the
    object of a verb of using or giving a name with a named subject (``Georgian officials use the
    term "occupation line"``, ``Georgia calls it "borderization"``); None when nobody is named (``the
    term "occupation line" is used``) or the writer names (``we call it …``)."""
    inner = [t for t in _tokens(doc, start, end) if not t.is_punct]
    if not inner:
        return None
    tok = _top(inner)
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ == "VERB":
            lemma = head.lemma_.lower()
            subj = _subject(head) if lemma in verbs and tok.dep_ in ("dobj", "oprd", "attr") else None
            if subj is None or subj.lower_ in ("i", "we", "it", "this", "that", "which", "who"):
                return None
            words = _phrase(doc, subj)
            return Characterisation(words.text, lemma, head.idx, head.idx + len(head.text), "")
        tok = head
    return None


def accused_by(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> Characterisation | None:
    """The accuser whose charge holds ``start``–``end``: the word sits in the ``of`` phrase of an
    accusing verb with a subject (``Azerbaijan accused Armenia of staging a false flag attack``,
    ``India accused Pakistan of state terror``); None when an intervening clause has a subject of
    its own or the verb has none (``he was accused of terror``: nobody named)."""
    tok = _top_of(doc, start, end)
    if tok is None:
        return None
    for _ in range(STEPS):
        head = tok.head
        if head.i == tok.i or tok.dep_ in ("ccomp", "relcl", "advcl", "conj"):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.pos_ in ("VERB", "AUX"):
            return None  # a clause of its own inside the phrase
        if tok.lower_ == "of" and tok.dep_ == "prep" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            head = head.head  # the parse may hang the charge on the accused: 'accused [the army of …]'
        if tok.lower_ == "of" and tok.dep_ == "prep" and head.pos_ == "VERB" and head.lemma_.lower() in verbs:
            subj = _subject(head)
            if subj is None or subj.lower_ in ("i", "we", "it", "this", "that", "which", "who"):
                return None
            words = _phrase(doc, subj)
            return Characterisation(words.text, head.lemma_.lower(), head.idx, head.idx + len(head.text), "of")
        tok = head
    return None


def claimed_by(
    doc: Doc, start: int, end: int, nouns: frozenset[str], unowned: frozenset[str] = frozenset()
) -> Characterisation | None:
    """The owner of a claim whose content clause holds ``start``–``end``: a claim noun with a possessor and
    a 'that' clause ('rejecting Beijing's claim that the boat was fishing illegally'): the possessor's words,
    whoever cites them; for a noun of ``unowned`` with no possessor ('rejected the claim that …', 'Reports
    that … were denied by Beijing'), speaker "": nobody's named, and not the words of whoever rejects it;
    None for a relative clause ('the claim that he made') or a pronoun owner."""
    tok = _top_of(doc, start, end)
    if tok is None:
        return None
    for _ in range(STEPS):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX"):
            head = _claim_object(doc, tok, head, nouns | unowned)
        if tok.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in nouns | unowned:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if not any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
                return None
            if owner is None:
                if head.lemma_.lower() not in unowned:
                    return None
                return Characterisation("", head.lemma_.lower(), head.idx, head.idx + len(head.text), "that")
            if head.lemma_.lower() not in nouns:
                return None
            words = [t for t in owner.subtree if t.dep_ != "case" and not t.is_space]
            if not words or owner.lower_ in ("his", "her", "its", "their", "my", "our", "your"):
                return None  # a pronoun names nobody here
            name = doc[words[0].i : words[-1].i + 1].text
            return Characterisation(name, head.lemma_.lower(), head.idx, head.idx + len(head.text), "that")
        if tok.dep_ in ("nsubj", "nsubjpass", "relcl") or (tok.pos_ == "VERB" and tok.dep_ not in ("acl", "ccomp", "conj")):
            return None
        if tok.lower_ == "as" and tok.dep_ == "prep":
            return None  # 'dismissed Hargeisa's claim that 37 had been killed as a fantasy': the dismisser's word
        tok = head
    return None


def _claim_object(doc: Doc, clause: Token, verb: Token, nouns: frozenset[str]) -> Token:
    """The claim noun a 'that' clause belongs to where the parser hangs the clause on the verb instead
    ('Armenia dismissed Baku's allegation that its troops were terrorists': 'were' a ccomp of 'dismissed'):
    the verb's object right before 'that'; else the verb itself."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None or mark.i == 0:
        return verb
    noun = doc[mark.i - 1]
    if noun.dep_ == "dobj" and noun.head.i == verb.i and noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns:
        return noun
    return verb


NAME_WORDS = 12  # the longest name looked for on each side of the word


def in_name(doc: Doc, start: int, end: int, heads: frozenset[str]) -> str | None:
    """The multi-word proper name that holds ``start``–``end``, when the word is one capitalised
    part of a Title Case chain that ends in an organisation's or outlet's head noun (``Sahrawi
    People's Liberation Army``, ``Sahrawi Liberation Review``); None otherwise (``Indian Illegally
    Occupied Jammu and Kashmir`` names a place, and the choice of that name is the outlet's; a
    chain with a verb in it is a Title Case headline, ``Heroic Defenders Of Mariupol Honoured By
    Ukrainian Army``). The chain is looked for at most ``NAME_WORDS`` words on each side."""
    inner = _tokens(doc, start, end)
    if not inner or not all(t.text[:1].isupper() for t in inner):
        return None

    headline_case: list[bool] = []  # read once, only when a glued apostrophe is met

    def part(t: Token) -> bool:
        # a plural's apostrophe written onto its word is part of the name too ("Martyrs' Square"),
        # not in a Title Case headline ("Martyrs' Families Protest Outside Ministry")
        glued = t.text in ("'", "’") and t.i > 0 and doc[t.i - 1].idx + len(doc[t.i - 1]) == t.idx
        if glued and not headline_case:
            headline_case.append(_title_case_around(doc, t.i))
        glued = glued and not headline_case[0]
        return (t.text[:1].isupper() and t.is_alpha) or t.text in ("'s", "’s") or glued or t.lower_ in ("of", "for", "and", "the")

    lo, hi = inner[0].i, inner[-1].i
    # within the sentence (token flags, not Token.sent: that rereads the whole doc on each call)
    while lo > max(0, inner[0].i - NAME_WORDS) and doc[lo].is_sent_start is not True and part(doc[lo - 1]):
        lo -= 1
    while hi + 1 < min(len(doc), inner[-1].i + 1 + NAME_WORDS) and doc[hi + 1].is_sent_start is not True and part(doc[hi + 1]):
        hi += 1
    while hi > inner[-1].i and not doc[hi].text[:1].isupper():  # "… Army of" → "… Army"
        hi -= 1
    while lo < inner[0].i and not doc[lo].text[:1].isupper():
        lo += 1
    capitals = [t for t in doc[lo : hi + 1] if t.text[:1].isupper()]
    if len(capitals) < 2 or doc[hi].lower_ not in heads:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[lo : hi + 1]):
        return None  # a Title Case headline ('Moscow Hails Liberation Of Avdiivka By Russian Forces'), no name
    if lo == inner[0].i and hi == inner[-1].i:
        return None
    return doc[lo : hi + 1].text


SENTENCE_WORDS = 60  # the most tokens read on each side for the title-case test


def _title_case_around(doc: Doc, i: int) -> bool:
    """Whether the sentence of token i (at most ``SENTENCE_WORDS`` tokens each side) is a Title Case line."""
    lo = i
    while lo > max(0, i - SENTENCE_WORDS) and doc[lo].is_sent_start is not True:
        lo -= 1
    hi = i + 1
    while hi < min(len(doc), i + SENTENCE_WORDS) and doc[hi].is_sent_start is not True:
        hi += 1
    return is_title_case(doc[lo:hi])
