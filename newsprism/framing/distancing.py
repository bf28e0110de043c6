"""Distancing and hedging cues, with the stretch of text they apply to (from the parse).

``allegedly`` scopes over the clause of the verb it modifies, ``so-called``/``alleged``/
``self-proclaimed`` over the noun phrase they modify (quotation marks included), ``claims``
over its complement (``claims to be``, ``claimed that …``; not ``claimed responsibility``),
and ``what X calls`` over what follows it. Cues are data (``data/framing/distancing_cues.json``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsprism.framing.quotes import left_open
from newsprism.resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Distancing:
    start: int
    end: int
    cue: str
    kind: str
    strength: str
    scope_start: int | None
    scope_end: int | None
    why: str
    namer: str | None = None  # the subject that gives the name ('The Mejlis called the detentions "…"'): its naming, reported
    namer_at: int | None = None  # where the namer's words start (a pronoun's speaker is the claim layer's)


def _first_chars(pattern: str) -> str | None:
    """The characters a cue pattern can start with, read from its literal form: a letter ("alleged"),
    or a plain character class ("[Ww]hat …"); None when the pattern starts otherwise (a group, an
    escape, a class with a range or negation), and then no first-character test is built at all."""
    if pattern[:1].isalpha():
        return pattern[0]
    if pattern.startswith("[") and "]" in pattern:
        chars = pattern[1 : pattern.index("]")]
        if chars and chars.isalpha():
            return chars
    return None


def _compile(cues: list[dict]) -> re.Pattern:
    """One alternation over every cue (one scan of the text); group ``cN`` is cue N. When every cue's
    first character is known, a lookahead on those characters (both cases) skips the alternation at
    every other position."""
    parts = []
    for n, c in enumerate(cues):
        pat = c["pattern"] if c.get("case_sensitive") is not True else f"(?-i:{c['pattern']})"
        end = "" if c["pattern"].endswith("-") else r"\b"
        parts.append(rf"(?P<c{n}>(?:{pat}){end})")
    firsts = [_first_chars(c["pattern"]) for c in cues]
    ahead = ""
    if firsts and all(firsts):
        letters = "".join(sorted({ch for f in firsts for ch in f.lower() + f.upper()}))
        ahead = rf"(?=[{letters}])"
    return re.compile(rf"(?<![\w-]){ahead}(?:{'|'.join(parts)})", re.IGNORECASE)


@cache
def _cues() -> tuple[re.Pattern, list[dict], dict]:
    raw = load_json("framing", "distancing_cues.json")
    return _compile(raw["cues"]), raw["cues"], raw


_CLAUSE_STOP = {".", ";", "!", "?"}
_CLAIM_WORDS = frozenset({"claim", "claims", "claimed"})


def _why(raw: dict, kind: str, phrase: str) -> str:
    """The explanation for a cue: per cue when the data has one, else per kind."""
    key = phrase.lower()
    tmpl = raw.get("why_cue", {}).get(key) or raw.get("why", {}).get(kind) or f"'{{phrase}}' ({kind})"
    return tmpl.format(phrase=phrase)


def _is_legal(raw: dict, phrase: str, tok: Token) -> bool:
    """'charged with the alleged smuggling', 'police said he allegedly …': the legal caution of crime
    and court reporting. True when the cue is alleged/allegedly and its sentence speaks of police,
    charges, courts or suspects; an offence noun alone is not enough ('denied the alleged killings
    of civilians', 'accused Moscow of the alleged deportation' are war reporting, not court reporting)."""
    if phrase.lower() not in raw.get("legal_cues", ()):
        return False
    context = set(raw.get("legal_context", ()))
    return any(t.lower_ in context for t in tok.sent)


def _in_speech(text: str, start: int, end: int) -> bool:
    """The cue sits inside a double quotation (straight or typographic) opened earlier in its
    paragraph and holding four or more words (the quotation classifier's own threshold for speech),
    not merely before a quoted term. Single quotes are not read (they double as apostrophes)."""
    para = text.rfind("\n", 0, start) + 1
    before = text[para:start]
    marks = left_open(before)
    if '"' in marks:
        q0, close = para + before.rfind('"'), '"'
    elif marks:
        q0, close = para + before.rfind("\u201c"), "\u201d"
    else:
        return False
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    q1 = text.find(close, end, para_end)
    return len(re.findall(r"\w+", text[q0 : para_end if q1 == -1 else q1])) >= 4


def _tokens_in(doc: Doc, starts: list[int], start: int, end: int) -> list[Token]:
    i = max(0, bisect.bisect_right(starts, start) - 1)
    out = []
    while i < len(doc) and doc[i].idx < end:
        if doc[i].idx + len(doc[i]) > start:
            out.append(doc[i])
        i += 1
    return out


def _names_a_state(doc: Doc, starts: list[int], scope: tuple[int, int], raw: dict) -> bool:
    """The scope is the name of a state or territory ("the so-called Kosovo", "the self-proclaimed
    Republic of South Ossetia"): a place entity, or a capitalised word of ``statehood_names``."""
    names = set(raw.get("statehood_names", ()))
    return any(t.ent_type_ == "GPE" or (t.lower_ in names and t.text[:1].isupper()) for t in _tokens_in(doc, starts, *scope))


def _extend_quote(text: str, end: int) -> int:
    """Include a closing quotation mark (and only that) right after the scope."""
    if end < len(text) and text[end] in "\"'\u201d\u2019":
        return end + 1
    return end


_CLOSE_QUOTES = '"\u201d'


def _close_quote(text: str, start: int, end: int) -> int:
    """Include the closing mark of a quotation the scope opens (‘“one of the guys.”’), when it
    follows within a punctuation mark."""
    if not left_open(text[start:end]):
        return end
    for k in range(end, min(len(text), end + 2)):
        if text[k] in _CLOSE_QUOTES:
            return k + 1
        if text[k] not in ".,!?":
            break
    return end


def _np_scope(doc: Doc, cue_toks: list[Token], text: str) -> tuple[int, int] | None:
    """The noun phrase a pre-modifier belongs to: from after the cue to its head noun."""
    last = cue_toks[-1]
    head = last.head
    # "so-called" is parsed as so / - / called: climb to the token outside the cue
    cue_ids = {t.i for t in cue_toks}
    while head.i in cue_ids and head.head.i != head.i:
        head = head.head
    if head.lower_ in _CLAIM_WORDS and head.i - 1 > last.i and doc[head.i - 1].pos_ in ("NOUN", "PROPN"):
        head = doc[head.i - 1]  # "the self-proclaimed republic claim that …": claim is the verb, not the noun
    after = [t for t in doc[last.i + 1 : last.i + 8] if not t.is_space]
    if head.i > last.i and head.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and head.i - last.i <= 7:
        first = next((t for t in after if not (t.is_punct and t.is_quote)), head)
        start = first.idx
        if start > 0 and text[start - 1] in "\"'\u201c\u2018":
            start -= 1
        end = _name_of_place(head)
        stop = _inside_quote(text, cue_toks[0].idx, last.idx + len(last), _extend_quote(text, end.idx + len(end)))
        return start, _whole_quotation(text, start, stop)
    # fall back: the following words up to punctuation, at most four
    words = []
    for t in after:
        if (t.is_punct and not t.is_quote) or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            break
        words.append(t)
        if len([w for w in words if not w.is_punct]) >= 4:
            break
    words = [w for w in words if not w.is_punct or w.is_quote]
    if not words:
        return None
    return words[0].idx, _extend_quote(text, words[-1].idx + len(words[-1]))


def _whole_quotation(text: str, start: int, end: int, reach: int = 60) -> int:
    """A scope that opens a quotation ends with it (the so-called "Bureau for Reintegration", the so-called
    "freedom of navigation": not '"Bureau'), when the quotation closes on the same line within ``reach``."""
    closers = left_open(text[start:end])
    if not closers or not left_open(text[start : start + 1]):
        return end
    for k in range(end, min(len(text), end + reach)):
        if text[k] == "\n":
            break
        if text[k] in closers:
            return k + 1
    return end


def _inside_quote(text: str, cue_start: int, cue_end: int, end: int) -> int:
    """A cue that opens a quotation ('the "so-called Ambazonia" militias') scopes only up to the
    quotation's close ('Ambazonia'): the words after it are the writer's."""
    closers = left_open(text[cue_start - 1 : cue_start]) if cue_start else ""  # the mark right before the cue
    if not closers:
        return end
    close = next((k for k in range(cue_end, end) if text[k] in closers), None)
    return end if close is None else close  # its closing mark belongs to the quotation, not to the scope


def _name_of_place(head: Token) -> Token:
    """The last word of a proper name the cue's head noun opens ("the so-called Republic *of
    Kosovo*", "the self-proclaimed People's Republic of Donetsk"): "of" and a capitalised proper
    noun belong to the name; else the head itself."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
        return head
    return obj


def _clause_scope(doc: Doc, cue_tok: Token, contrast: frozenset[str]) -> tuple[int, int] | None:
    """The clause of the verb an adverb modifies, without its subject.

    A predicate joined by a contrastive conjunction ("restored twice *but stopped*") is a new
    assertion the adverb does not cover; spaces and punctuation never end the scope."""
    head = cue_tok.head
    toks = [t for t in head.subtree if t.i != cue_tok.i and t.dep_ not in ("nsubj", "nsubjpass", "punct")]
    drop = {x.i for t in head.children if t.dep_ in ("nsubj", "nsubjpass", "expl") for x in t.subtree}
    if any(c.dep_ == "cc" and c.lower_ in contrast for c in head.children):
        for c in head.children:
            if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "cc" and c.lower_ in contrast):
                drop.update(x.i for x in c.subtree)
    toks = [t for t in toks if t.i not in drop and not (t.dep_ in ("aux", "auxpass") and t.i < cue_tok.i)]
    toks = [t for t in toks if not t.is_space and not (t.is_punct and not t.is_quote)]
    if not toks:
        return None
    sent_end = head.sent.end
    toks = [t for t in toks if t.i < sent_end]
    toks.sort(key=lambda t: t.i)
    while len(toks) > 1 and _mark(toks[-1]) and sum(map(_mark, toks)) % 2:
        toks.pop()  # 'communities they claim to speak for"': the quotation closes after the scope, not in it
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _complement_scope(doc: Doc, verb: Token) -> tuple[int, int] | None:
    comp = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if not comp:
        return None
    comment = {x.i for c in comp for t in c.subtree if _comment_on_claim(t) for x in t.subtree}
    toks = [t for c in comp for t in c.subtree if (t.dep_ != "punct" or t.is_quote) and t.i not in comment]
    toks = sorted((t for t in toks if t.dep_ != "mark" or t.i != min(x.i for x in toks)), key=lambda t: t.i)
    while len(toks) > 1 and _mark(toks[-1]) and sum(map(_mark, toks)) % 2:
        toks.pop()  # 'the communities they claim to speak for"': the quotation closes after the scope, not in it
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _comment_on_claim(t: Token) -> bool:
    """'claimed Cebotari had carried "extremist materials", an accusation his family rejects': an apposition
    after a comma whose head is a claim noun (``claim_nouns_unowned``) comments on the claim; not its content."""
    return (
        t.dep_ == "appos"
        and t.i > 0
        and t.doc[t.left_edge.i - 1].text == ","
        and t.lemma_.lower() in load_json("framing", "quote_cues.json")["claim_nouns_unowned"]
    )


_SINGULAR_DETS = frozenset({"a", "an", "this", "that", "each", "every", "one"})
_NO_END = frozenset({"CCONJ", "SCONJ", "ADP", "DET", "PART"})  # a name does not end on 'and', 'of', 'the'


def _mark(t: Token) -> bool:
    """A quotation mark, not a possessive apostrophe ('what it calls "pastoralists' grazing rights"')."""
    return t.is_quote and t.tag_ != "POS"


def _opens_a_time(prev: Token, t: Token) -> bool:
    """``t`` begins a date or time phrase after a preposition or 'since' ('in 2022', 'since March'), on its own
    ('last year', 'overnight') or ending in 'ago' ('two days ago'); a date inside a name ('the 1974 Peace
    Operation', 'the October 7 massacre') follows no preposition."""
    openers = _cues()[2]["time_openers"]
    if t.lower_ in openers and t.ent_type_ not in ("DATE", "TIME") and t.pos_ == "ADV":
        return True  # 'a provocation | overnight': no date entity
    if t.ent_type_ not in ("DATE", "TIME") or t.ent_iob_ != "B":
        return False
    ent_end = t.i
    while ent_end + 1 < len(t.doc) and t.doc[ent_end + 1].ent_iob_ == "I":
        ent_end += 1
    return prev.pos_ in ("ADP", "SCONJ") or t.lower_ in openers or t.doc[ent_end].lower_ == "ago"


def _plural_after_singular(words: list[Token], t: Token) -> bool:
    """``t`` is a plural noun right after a singular one in a phrase opened by a singular determiner: no
    noun phrase goes on so ('a routine inspection looks'); the tagger read a verb as a plural noun."""
    return (
        len(words) >= 2
        and words[0].lower_ in _SINGULAR_DETS
        and t.tag_ == "NNS"
        and words[-1].tag_ == "NN"
        and not any(w.tag_ == "NNS" for w in words)
    )


def _quoted_name(text: str, comp: Token) -> tuple[int, int] | None:
    """The quotation that holds the name ``comp`` alone ('calls the fighters "militias" backed by …': the
    name is '"militias"'); None when it is not in quotation marks right around it."""
    lo, hi = comp.idx, comp.idx + len(comp)
    while lo > 0 and text[lo - 1] == " ":
        lo -= 1
    opener = text[lo - 1 : lo] if lo > 0 else ""
    closers = left_open(opener) if opener else ""
    if not closers:
        return None
    k = hi
    while k < len(text) and text[k] in " .,":
        k += 1
    return (lo - 1, k + 1) if k < len(text) and text[k] in closers else None


def _attributive(doc: Doc, toks: list[Token], nxt: Token | None, raw: dict) -> bool:
    """Unhyphenated "would be" is the modifier only between a determiner or possessive and a
    noun phrase ("the would be assassin", "the would be independent republic"); after a subject
    it is a verb ("would be paid", "That would be unacceptable": a predicate adjective)."""
    first = toks[0]
    prev = doc[first.i - 1] if first.i > 0 else None
    return (
        prev is not None
        and prev.tag_ in raw.get("would_be_after_tags", ())
        and prev.lower_ not in raw.get("would_be_not_after", ())
        and nxt is not None
        and (nxt.pos_ in ("NOUN", "PROPN") or (nxt.pos_ == "ADJ" and nxt.dep_ == "amod"))
    )


def find(text: str, doc: Doc, starts: list[int] | None = None) -> list[Distancing]:
    """Distancing cues in ``text`` with their scope; ``doc`` is the parse of ``text``."""
    pattern, cue_list, raw = _cues()
    starts = doc.to_array("IDX").tolist() if starts is None else starts
    not_objects = set(raw.get("claim_not_objects", []))
    contrast = frozenset(raw.get("contrast_conjunctions", ()))
    found: list[Distancing] = []
    for m in pattern.finditer(text):
        cue = cue_list[int(m.lastgroup[1:])]
        toks = _tokens_in(doc, starts, m.start(), m.end())
        if not toks:
            continue
        kind, phrase = cue["kind"], m.group(0)
        scope = None
        if kind == "adverb":
            scope = _clause_scope(doc, toks[-1], contrast)
            why = _why(raw, kind, phrase)
        elif kind == "modifier":
            tok = toks[-1]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if phrase.lower() == "supposed" and nxt is not None and nxt.lower_ in raw.get("supposed_not_next", []):
                continue  # "is supposed to"
            if phrase.lower() == "would be" and not _attributive(doc, toks, nxt, raw):
                continue  # "compensation would be paid": a verb phrase, no title denied
            if phrase.lower() == "alleged" and tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl"):
                continue  # "X alleged that …" is a speech verb, not a distancing modifier
            scope = _np_scope(doc, toks, text)
            why = _why(raw, kind, phrase)
            if scope and phrase.lower() in raw.get("statehood_cues", ()) and _names_a_state(doc, starts, scope, raw):
                why = raw["why"]["statehood"].format(phrase=phrase)
        elif kind == "claim":
            verb = toks[-1]
            if verb.pos_ == "VERB" or (verb.lemma_ == "claim" and verb.tag_.startswith("VB")):
                objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
                if any(o.lower_ in not_objects or o.lemma_.lower() in not_objects for o in objs):
                    continue
                scope = _complement_scope(doc, verb)
                if scope is None and not (verb.tag_ == "VBN" and verb.dep_ == "amod"):
                    continue
                if scope is None:
                    scope = _np_scope(doc, [verb], text)
                why = _why(raw, kind, phrase)
            else:
                continue
        else:  # "what X calls"
            verb = toks[-1]
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in raw.get("calls_question_heads", ()):
                continue  # "nobody knew what the generals would call the brigade": a question, not a name
            after = [t for t in doc[toks[-1].i + 1 : toks[-1].i + 12] if not t.is_space]
            words = []
            for t in after:
                if t.is_punct and not t.is_quote and t.text not in "-":
                    break
                if words and (t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBD", "VBP", "MD")):
                    break  # "What Baku calls an environmental protest | has closed the road"
                if _plural_after_singular(words, t):
                    break  # "What China calls a routine inspection | looks …": 'looks' is the verb
                if words and t.pos_ == "CCONJ" and sum(map(_mark, words)) % 2 == 0 and _opens_a_clause(t):
                    break  # 'what Baku described as a "revenge operation" | and Yerevan called a war crime'
                if words and _opens_a_time(words[-1], t) and sum(map(_mark, words)) % 2 == 0:
                    break  # "what Moscow calls the new republics | in 2022"; not inside '"the liberation … last year"'
                words.append(t)
                if _mark(t) and _mark(words[0]) and len(words) > 1 and sum(map(_mark, words)) % 2 == 0:
                    break  # 'What Moscow calls "the liberation of Donbas last year" | killed thousands': the name quoted
            while words and words[-1].pos_ in _NO_END:
                words.pop()  # "what it called aggression against the people of SSC-Khaatumo | and called on …"
            words = [w for w in words if not w.is_punct or w.is_quote]
            if words:
                scope = (words[0].idx, words[-1].idx + len(words[-1]))
            why = _why(raw, kind, phrase)
        strength = cue["strength"]
        if _is_legal(raw, phrase, toks[-1]):
            strength, why = "hedge", raw["why"]["legal"].format(phrase=phrase)
        if _in_speech(text, m.start(), m.end()):
            why += "; inside quoted speech, so the distancing is the speaker's, not the outlet's"
        s0, s1 = scope if scope else (None, None)
        found.append(Distancing(m.start(), m.end(), phrase, kind, strength, s0, s1, why))
    found.extend(_naming_verbs(text, doc, starts, raw, found))
    return sorted(found, key=lambda d: d.start)


def _opens_a_clause(conj: Token) -> bool:
    """A conjunction followed, within four words and before any punctuation, by a finite verb: 'and Yerevan called …'
    opens another clause; 'and their sponsors' does not."""
    for t in conj.doc[conj.i + 1 : conj.i + 5]:
        if t.is_punct and not t.is_quote:
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
    return False


@cache
def _naming_prefilter(verbs: frozenset[str]) -> re.Pattern:
    """Where a naming verb can be: its lemma's stem ("describ" for describe) and any ending, lower
    case (verbs are lower case mid-sentence); built from the cue file's verb lists."""
    stems = sorted({v[:-1] if v.endswith("e") else v for v in verbs}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")[a-z]*")


def _after_relative(subject) -> bool:
    """The namer's subject comes right after a relative 'which'/'whom' that stands for the thing named."""
    i = subject.left_edge.i
    return i > 0 and subject.doc[i - 1].lower_ in ("which", "whom")


def _namer(text: str, verb: Token, subject: Token) -> str | None:
    """Who gives the name, for the distancing's voice: the subject's words ('The Mejlis of the Crimean Tatar People'),
    the agent's object, or the noun a relative 'who/which/that' stands for ('the Mejlis, which called …'); None where the
    named thing is the relative ('the bridge, which Russia calls the Crimean bridge', 'the area that Moscow calls …':
    the outlet's own gloss, as 'what X calls')."""
    if _after_relative(subject) or any(
        (c.dep_ in ("dobj", "obj") and c.lower_ in ("which", "that", "whom")) or c.dep_ == "neg" for c in verb.children
    ):
        return None  # … nor where the subject gives no name: 'The UN has not called the killings a genocide'
    if (
        subject.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative") for c in verb.children)
    ):
        # a participle with no object has no subject of its own: 'Both the army and the separatist groups, often called
        # "Amba boys", have been accused …' (the parser's root 'called' with 'army' its subject): nobody named gives the
        # name ('A senior European diplomat …, who asked not to be named, called the works "…"', tagged VBN, keeps his)
        return None
    if (
        subject.lower_ not in ("who", "which", "that")
        and not any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children)
        and (verb.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children))
    ):
        # a relative clause whose gap is the named thing, with no 'which': 'a state they call "Ambazonia"', 'a referendum
        # that the West calls illegitimate' (parsed as a 'that' clause) — the outlet's gloss, as 'which X calls'
        return None
    if subject.dep_ == "agent":
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
        if subject is None:
            return None
    if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        head = verb.head
        return text[head.left_edge.idx : head.idx + len(head)]
    last = subject
    for c in subject.rights:  # 'Oleg Vyrlan, a spokesman for …,': the name, not its apposition or relative clause
        if c.dep_ in ("appos", "relcl", "acl", "punct"):
            break
        last = c.right_edge
    who = text[subject.left_edge.idx : last.idx + len(last)].rstrip(" ,;:")
    # 'Nfor Peter Tanjong, information secretary of …': an apposition the parse kept inside the subject
    return re.sub(r",\s+(?:[a-z]|who\b|which\b).*", "", who, flags=re.DOTALL)


def _naming_verbs(text: str, doc: Doc, starts: list[int], raw: dict, found: list[Distancing]) -> list[Distancing]:
    """ "Moldova calls the area *a separatist region*", "Kyiv branded the vote *a sham*", "officials
    describe the protest *as a blockade*": a name given by a named subject is attributed, not adopted.

    The verb needs its own subject (or a by-agent) and an object complement (oprd, a second object,
    or "as" + noun); "a town called Bakhmut" (no namer) and "called the meeting" (no complement) are not,
    nor "what he would call the deal" (the deal is what is named) or "friends call him Sasha" (a
    person's name). "The minister called the meeting a success" is kept: an evaluation the writer
    attributes to the minister."""
    verbs = set(raw.get("naming_verbs", ()))
    as_verbs = set(raw.get("naming_as_verbs", ()))
    taken = [(d.start, d.end) for d in found]
    out: list[Distancing] = []
    for m in _naming_prefilter(frozenset(verbs | as_verbs)).finditer(text):
        toks = _tokens_in(doc, starts, m.start(), m.end())
        if len(toks) != 1:
            continue
        v = toks[0]
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in verbs | as_verbs or any(a <= v.idx < b for a, b in taken):
            continue
        kids = list(v.children)
        namers = [c for c in kids if c.dep_ in ("nsubj", "agent")]
        if not namers or any(c.lower_ in ("i", "we") for c in namers):
            continue  # no namer, or the writer's own naming ("I call it …")
        comp = None
        objs = [c for c in kids if c.dep_ in ("dobj", "obj", "oprd")]
        if any(c.lower_ in ("what", "whatever") for c in objs):
            continue  # "asked what he would call the deal": the deal is the thing named, not the name
        if lemma in verbs:
            comp = next((c for c in kids if c.dep_ == "oprd"), None)
            objs = [c for c in kids if c.dep_ in ("dobj", "obj")]
            if comp is None and len(objs) >= 2:
                comp = objs[-1]
            elif comp is None and len(objs) == 1 and objs[0].i > v.i and _after_relative(namers[0]):
                comp = objs[
                    0
                ]  # 'and which Russia calls the Crimean bridge': 'which' (misparsed) is the named, the object the name
            named = [c for c in objs if c is not comp]
            reflexive = any(c.lower_ in raw.get("reflexives", ()) for c in named)  # 'who call themselves Ansar Allah'
            if (
                comp is not None
                and comp.pos_ == "PROPN"
                and not reflexive
                and any(c.tag_ == "PRP" or c.ent_type_ == "PERSON" for c in named)
            ):
                continue  # "Friends call him Sasha": a person's name or nickname, not a contested term; a self-name is
        if lemma in raw.get("naming_self_only", ()) and not any(o.lower_ in raw.get("reflexives", ()) for o in objs):
            continue  # 'presented the video as evidence': only 'presents itself as …' is a name given
        if comp is None and lemma in as_verbs:
            prep = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "as"), None)
            if prep is None:  # 'describe the 1974 intervention as a "peace operation"': "as" hangs on the object
                prep = next((c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            comp = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if comp is None or comp.lemma_.lower() in raw.get("naming_not_objects", ()):
            continue
        sub = [t for t in comp.subtree if not t.is_space and not (t.is_punct and not t.is_quote)]
        if comp.dep_ == "pobj":
            sub = [comp.head, *sub]
        lo, hi = min(sub, key=lambda t: t.i), max(sub, key=lambda t: t.i)
        start, end = lo.idx, _close_quote(text, lo.idx, hi.idx + len(hi))
        if comp.dep_ != "pobj" and (quoted := _quoted_name(text, comp)) is not None:
            start, end = quoted  # the name in quotation marks, not the named ones glued before it
        why = raw["why"]["names"].format(phrase=v.text)
        if _in_speech(text, v.idx, v.idx + len(v)):  # '"They call us criminals …," said X': X reports the name
            why += "; inside quoted speech, so the distancing is the speaker's, not the outlet's"
        namer = _namer(text, v, namers[0])
        at = text.find(namer, namers[0].left_edge.idx if namers[0].dep_ != "agent" else namers[0].idx) if namer else -1
        out.append(
            Distancing(
                v.idx,
                v.idx + len(v),
                v.text,
                "calls",
                "distancing",
                start,
                end,
                why,
                namer=namer,
                namer_at=at if at >= 0 else None,
            )
        )
    return out
