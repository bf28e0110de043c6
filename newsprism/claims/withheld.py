"""Evidence asserted but not shown: "officials said they had proof … but did not release it".

A fact-checker needs three things, each with exact offsets: the evidence phrase ("proof that the
drones were launched from Kherson"), the phrase that withholds it ("did not release", "declined to
share", "have not been made public") and whose evidence it is (the layer adds the speaker of the
attribution that holds it). Found on the dependency parse; the words are in
``data/claims/withheld_evidence.json``. Two ways of not being shown (``how``): ``withheld`` (a
negated or declined showing, a withholding verb or adjective) and ``seen_by`` (shown to one party
only: "footage seen by the Herald", "documents shown to journalists"): the reader cannot check
either. Shown evidence ("released a video showing …"), hypotheses ("if there were proof") and
demands ("called on Moscow to show the evidence") are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from newsprism.resources import load_json

_RELATIVE = ("that", "which", "who", "whom")
ANTECEDENT_AGREES = True  # review 9: a pronoun looks back a sentence only if its own offers no agreeing noun
OPEN_QUESTION_HOLDER = True  # review 9: an attribution whose content is a whether/if question holds no evidence
_QUESTION_MARKS = ("whether", "if")
SEEN_WEAK = True  # review 9: "a second report, seen by the Gazette": a weak head seen by one party is evidence
EARLIER_MENTION = True  # review 9: "the results" after "laboratory results" is evidence too
_NEG_OBJECT_DETS = ("any", "no")  # "did not provide any evidence": none is asserted to exist
EVIDENCE_LISTS = True  # session 10: each evidence item of a list is its own finding, whatever the parse
NONE_OF_WHICH = True  # session 10: "footage and photographs, none of which it released"
NONE_DEPICTS = True  # review 10: "footage and photographs, none of which show the suspect": they depict


@dataclass
class Withheld:
    evidence: tuple[int, int]  # the evidence phrase
    withholding: tuple[int, int]  # the words that withhold it (or show it to one party only)
    how: str  # "withheld" or "seen_by"
    head: int  # token index of the evidence noun (the layer looks for an earlier mention of its lemma)
    listed_with: int | None = None  # in a list: the token index of the noun the finding started from


@cache
def cues() -> dict:
    data = load_json("claims", "withheld_evidence.json")
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in data.items()}


def find(doc) -> list[Withheld]:
    """Every evidence phrase in the doc whose showing is withheld, once (with the first words that
    withhold it: "the recordings were classified and could not be shared" is one finding)."""
    out: dict[tuple[int, int], Withheld] = {}
    for i in _candidate_indices(doc):
        for w in _from_token(doc[i]):
            if w.evidence not in out or w.withholding < out[w.evidence].withholding:
                out[w.evidence] = w
    return sorted(out.values(), key=lambda w: w.withholding)


@cache
def _trigger_words() -> frozenset[str]:
    """Every word (lower case) or lemma that can start a finding in ``_from_token``."""
    c = cues()
    return frozenset(
        {"keep"}
        | c["withholding_predicates"]
        | c["withholding_adjectives"]
        | c["withholding_verbs"]
        | c["seen_by_verbs"]
        | c["show_verbs"]
    )


@cache
def _trigger_ids() -> frozenset[int]:
    """The string hashes of the trigger words, lower case and capitalised (a lemma keeps the case of
    some sentence-initial words), as the doc's arrays hold them."""
    from spacy.strings import hash_string

    return frozenset(hash_string(f(w)) for w in _trigger_words() for f in (str, str.capitalize))


def _candidate_indices(doc) -> list[int]:
    """The tokens ``_from_token`` can act on, read from the doc's arrays: building a spaCy Token
    for every word cost most of the layer's time on articles with no such word."""
    from spacy.attrs import LEMMA, LOWER

    rows = doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
    return np.flatnonzero(np.isin(rows, _trigger_array()).any(axis=1)).tolist()


@cache
def _trigger_array() -> np.ndarray:
    return np.array(sorted(_trigger_ids()), dtype=np.uint64)


def _from_token(tok) -> list[Withheld]:
    c = cues()
    lemma = tok.lemma_.lower()
    if tok.lower_ in c["withholding_predicates"] and (predicate := _predicate_found(tok)) is not None:
        return predicate  # "they were classified", "the recordings remain secret"
    if tok.pos_ == "ADJ" or tok.dep_ == "amod":
        earlier = any(ch.lower_ in c["earlier_adverbs"] for ch in tok.children)  # "a previously unreleased photo"
        if (
            tok.lower_ in c["withholding_adjectives"]
            and tok.dep_ == "amod"
            and tok.head.pos_ in ("NOUN", "PROPN")
            and not earlier
        ):
            return _found(tok.head, [tok], "withheld", tok)  # "undisclosed intelligence"
        return []
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    if lemma in c["withholding_verbs"] or (lemma == "keep" and any(ch.lower_ in c["keep_complements"] for ch in tok.children)):
        if _negated(tok):  # "did not withhold": shown
            return []
        return _theme_found(tok, None, "withheld")  # "withheld the footage", "kept the recordings secret"
    if lemma in c["seen_by_verbs"] and lemma != "show":
        # "footage seen by the Herald"; "had not seen the footage" is no withholding
        return _theme_found(tok, None, "seen_by") if tok.tag_ == "VBN" and _seen_by(tok) and not _negated(tok) else []
    if not _show_verb(tok):
        return []
    decliner = _decliner(tok)
    if decliner is not None and not _negated(decliner):
        return _theme_found(tok, decliner, "withheld")  # "declined to share the recordings"
    none = _none_of_which(tok) if decliner is None and NONE_OF_WHICH else None
    if none is not None and not any(ch.dep_ == "neg" for ch in tok.children):
        words = [
            none[0],
            tok,
            *(ch for ch in tok.children if ch.dep_ in ("aux", "auxpass") or ch.lower_ in c["make_complements"]),
        ]
        return _found(none[1], words, "withheld", tok)  # "…, none of which it released"
    if decliner is None and _negated(tok):
        if any(ch.lower_ in c["later_marks"] for ch in tok.children):
            return []  # "did not release the footage until Friday": released later
        return _theme_found(tok, None, "withheld")  # "did not release it", "were not shown to …"
    if decliner is None and lemma == "show" and tok.tag_ == "VBN" and _seen_by(tok):
        return _theme_found(tok, None, "seen_by")  # "documents shown to reporters"
    return []


def _none_of_which(tok):
    """ "calls, none of which it released", "images, none of which were released", "documents,
    none of which has been made public": "none"/"neither of which" before the show verb names
    the evidence; returns ("none", the evidence noun) or None. The parse hangs "none" on the
    noun (an apposition), makes it the verb's subject or object, or the verb a clause of the
    sentence's verb: the noun is then the one before the comma."""
    cands = [tok.head] if tok.dep_ == "relcl" else []
    cands += [ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass", "dobj")]
    none = next((t for t in cands if t.lower_ in ("none", "neither") and _of_which(t)), None)
    if none is None:
        return None
    if NONE_DEPICTS and none.dep_ == "nsubj" and none.head.i == tok.i and any(ch.dep_ == "dobj" for ch in tok.children):
        return None  # "footage and photographs, none of which show the suspect": they depict, nobody withholds
    if none.head.i != tok.i and none.head.pos_ in ("NOUN", "PROPN"):
        return none, none.head
    if tok.dep_ == "relcl" and tok.head.i != none.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return none, tok.head
    before = tok.doc[none.i - 2] if none.i >= 2 and tok.doc[none.i - 1].text == "," else None
    return (none, before) if before is not None and before.pos_ in ("NOUN", "PROPN") else None


def _of_which(none) -> bool:
    return any(t.lower_ == "which" and t.head.lower_ == "of" for t in none.subtree)


def _decliner(tok):
    """The verb that declines the showing: "declined to share", "refused to release", "has yet to release"."""
    if tok.dep_ != "xcomp":
        return None
    c = cues()
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma in c["declining_verbs"]:
        return head
    if lemma in c["yet_verbs"] and any(ch.lower_ == "yet" for ch in head.children):
        return head
    return None


def _predicate_found(tok) -> list[Withheld] | None:
    """ "The recordings were classified", "remain secret": the evidence is said to be withheld."""
    if tok.dep_ == "amod":
        return None
    if tok.pos_ == "VERB":  # "were classified"; "it has classified 22 emails" is no such predicate
        if _sorted(tok):
            return None
        subject = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
        words = [tok, *(ch for ch in tok.children if ch.dep_ in ("aux", "auxpass", "neg"))]
    elif tok.dep_ in ("acomp", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        verb = tok.head
        subject = next((ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((ch for ch in verb.head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        words = [tok, verb, *(ch for ch in verb.children if ch.dep_ in ("aux", "neg"))]
    else:
        return None
    if subject is None or any(ch.dep_ == "neg" for w in words for ch in w.children):
        return None  # "are not classified": shown
    if subject.lower_ in cues()["pronouns"]:
        subject = _antecedent(subject)
    return _found(subject, words, "withheld", tok) if subject is not None else None


def _sorted(tok) -> bool:
    """ "were classified into three groups", "classified as minor": sorted, not kept secret
    ("classified as top secret" still is)."""
    c = cues()
    for ch in tok.children:
        if ch.dep_ != "prep" or ch.lower_ not in c["sorting_preps"]:
            continue
        if ch.lower_ != "as" or not any(t.lower_ in c["withholding_predicates"] for t in ch.subtree):
            return True
    return False


def _show_verb(tok) -> bool:
    """A verb of showing; "make" only as "make public/available", "hand" only as "hand over"."""
    c = cues()
    lemma = tok.lemma_.lower()
    if lemma not in c["show_verbs"]:
        return False
    if lemma == "make":
        return any(ch.lower_ in c["make_complements"] for ch in tok.children)
    if lemma == "hand":
        return any(ch.dep_ == "prt" and ch.lower_ == "over" for ch in tok.children)
    return True


_NEGATIVE_DETS = ("no", "neither")


def _negated(tok) -> bool:
    """ "did not release", "never showed", "Neither government has released …"."""
    return any(ch.dep_ == "neg" or ch.lower_ == "never" or _negative_subject(ch) for ch in tok.children)


def _negative_subject(ch) -> bool:
    if ch.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return ch.lower_ in ("neither", "none", "nobody") or any(d.dep_ == "det" and d.lower_ in _NEGATIVE_DETS for d in ch.children)


def _seen_by(tok) -> bool:
    """Seen by, or shown to, one named party: an agent ("seen by the Herald") or a recipient ("shown to journalists")."""
    public = cues()["public_audiences"]
    if _regarded_as(tok):
        return False
    for ch in tok.children:
        shown = tok.lemma_.lower() == "show"  # shown *to* someone; seen or viewed *by* someone
        by = not shown and (ch.dep_ == "agent" or (ch.dep_ == "prep" and ch.lower_ == "by"))
        to = shown and ch.dep_ in ("dative", "prep") and ch.lower_ == "to"
        if by or to:
            party = next((p for p in ch.children if p.dep_ == "pobj"), None)
            return party is not None and party.lemma_.lower() not in public and party.lower_ not in public
    return False


def _regarded_as(tok) -> bool:
    """ "viewed by investigators as crucial", "seen by analysts as a turning point": regarded,
    not seen (the parse hangs "as" on the verb or on the party)."""
    near = [tok, *(p for ch in tok.children if ch.dep_ in ("agent", "prep") for p in ch.children if p.dep_ == "pobj")]
    return any(ch.dep_ == "prep" and ch.lower_ == "as" for t in near for ch in t.children)


def _theme_found(verb, decliner, how: str) -> list[Withheld]:
    if how == "withheld" and _none_asserted(verb, bare=decliner is None):
        return []
    theme = _theme(verb, decliner)
    if theme is None:
        return []
    words = [verb, *(ch for ch in verb.children if _part_of_withholding(verb, ch))]
    if decliner is not None:
        words += [decliner, *(ch for ch in decliner.children if ch.dep_ in ("aux", "neg"))]
    return _found(theme, words, how, decliner or verb)


def _part_of_withholding(verb, ch) -> bool:
    """The words of the withholding phrase around its verb: auxiliaries, negation, "over",
    "public", and to whom or by whom it was shown."""
    c = cues()
    if ch.dep_ in ("aux", "auxpass", "neg", "prt") or _negative_subject(ch):
        return True
    if ch.lower_ in c["make_complements"] or ch.lower_ in c["keep_complements"] or ch.lower_ == "yet":
        return True
    return ch.dep_ in ("agent", "dative") or (ch.dep_ == "prep" and ch.lower_ in ("to", "by"))


def _theme(verb, decliner):
    """What is (not) shown: the passive subject, the object, or the noun a relative or participle
    clause modifies; a relative pronoun stands for its noun, "it"/"them" for the nearest earlier
    evidence noun of its sentence or the one before."""
    c = cues()
    outer = decliner if decliner is not None else verb
    passive = next((ch for ch in verb.children if ch.dep_ == "nsubjpass"), None)
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj" and ch.lower_ not in c["make_complements"]), None)
    theme = passive if passive is not None else obj
    if passive is not None and obj is not None and not _is_evidence(passive):
        theme = obj  # "Reporters were not shown the documents"
    if theme is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        theme = verb.head  # "footage seen by the Herald", "documents not shown to …"
    if (theme is None or theme.lower_ in _RELATIVE) and outer.dep_ == "relcl":
        theme = outer.head  # "images it declined to share", "communications, which it did not make public"
    if theme is None and verb.dep_ == "conj" and verb.tag_ == "VBN":
        theme = next((ch for ch in verb.head.children if ch.dep_ == "nsubjpass"), None)
    if theme is not None and theme.lower_ in c["pronouns"]:
        theme = _antecedent(theme)
    return theme


_PLURAL_PRONOUNS = ("them", "they", "these", "those")
_ARGUMENT_DEPS = ("dobj", "nsubj", "nsubjpass", "attr", "appos", "conj")


def _antecedent(pronoun):
    """The nearest evidence noun before the pronoun in its sentence, else in the one before, but
    only when its own sentence has no other noun it could stand for (a subject or object agreeing
    in number): "bank records showing payments … but declined to share them" is not about the
    "documents" of the sentence before."""
    doc = pronoun.doc
    own = [doc[k] for k in range(pronoun.i - 1, pronoun.sent.start - 1, -1) if doc[k].pos_ in ("NOUN", "PROPN")]
    hit = next((t for t in own if _is_evidence(t)), None)
    if hit is not None or pronoun.sent.start == 0:
        return hit
    plural = pronoun.lower_ in _PLURAL_PRONOUNS
    if ANTECEDENT_AGREES and any(t.dep_ in _ARGUMENT_DEPS and (t.tag_ in ("NNS", "NNPS")) == plural for t in own):
        return None
    before = doc[pronoun.sent.start - 1].sent
    return next((t for t in reversed(before) if t.pos_ in ("NOUN", "PROPN") and _is_evidence(t)), None)


def _is_evidence(noun) -> bool:
    """An evidence noun: a strong head, or a weak one with an evidence word in its phrase
    ("intercepted communications", "intelligence reports")."""
    c = cues()
    lemma = noun.lemma_.lower()
    if lemma in c["evidence_heads"] or noun.lower_ in c["evidence_heads"]:
        return True
    if not _weak_head(noun):
        return False
    if _weak_evidence(noun):
        return True
    return EARLIER_MENTION and _bare_definite(noun) and any(_weak_evidence(t) for t in _earlier_same_lemma(noun))


def _weak_head(noun) -> bool:
    """A weak evidence head, by lemma or by form (the lemmatiser makes "data" "datum")."""
    weak = cues()["weak_heads"]
    return noun.lemma_.lower() in weak or noun.lower_ in weak


def _weak_evidence(noun) -> bool:
    """A weak head with an evidence word in its own phrase ("intercepted communications")."""
    words = {w for m in noun.lefts for t in m.subtree for w in (t.lower_, t.lemma_.lower())}
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("intercept",):
        return True  # "it had intercepted communications"
    return bool(words & cues()["evidence_modifiers"])


def _earlier_same_lemma(noun):
    """Earlier nouns of the same lemma in the noun's sentence and the one before: "it had
    laboratory results …, but the results have not been published"."""
    doc = noun.doc
    start = noun.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    lemma = noun.lemma_.lower()
    return [t for t in doc[start : noun.i] if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() == lemma]


def _found(theme, words: list, how: str, anchor) -> list[Withheld]:
    seen = how == "seen_by" and SEEN_WEAK and _weak_head(theme)  # "a report seen by the Gazette"
    if not (seen or _is_evidence(theme)) or _hypothetical(anchor) or _demanded(anchor) or _negative_subject(theme):
        return []  # "No evidence was released": none is said to exist
    if any(ch.dep_ == "det" and ch.lower_ in _NEG_OBJECT_DETS for ch in theme.children):
        return []  # "any documents that could not be produced": none is said to exist
    withholding = _span_of(words)
    evidence = _evidence_span(theme, {t.i for w in words for t in _own_tokens(w, words)} | {anchor.i})
    if evidence is None or withholding is None:
        return []
    items = _list_items(theme) if EVIDENCE_LISTS else []
    if not items:
        return [Withheld(evidence, withholding, how, theme.i)]
    last = items[-1][1]
    doc = theme.doc
    out = []
    for start, head, ok in items:
        if not ok:
            continue
        end = max(evidence[1], head.idx + len(head.text)) if head.i == theme.i == last.i else head.idx + len(head.text)
        out.append(Withheld((doc[start].idx, end), withholding, how, head.i, theme.i))
    return out


_NP_TAGS = frozenset({"DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "HYPH", "VBN", "POS"})
_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")


def _np_word(tok) -> bool:
    """A word that can stand inside a short noun phrase of a list ("the", "intercepted", "radio")."""
    if tok.lower_ in ("none", "neither", *_RELATIVE) or tok.pos_ == "PRON":
        return False
    if tok.lower_ in cues()["evidence_modifiers"]:
        return True
    return tok.tag_ in _NP_TAGS and (tok.tag_ != "VBN" or tok.dep_ in ("amod", "compound"))  # not "has released"


def _list_items(theme) -> list[tuple[int, object, bool]]:
    """The items of the list the evidence noun stands in, read off the words, not the parse (which
    often breaks a list: "footage, photographs and intercepted calls" with "intercepted" as a verb,
    "the footage, the photos or the recordings" with "the photos" as an apposition of the
    subject): (first token index, head noun, is evidence) per item, in order. A list needs "and"
    or "or" before its last item; [] when the noun stands in none."""
    doc, sent = theme.doc, theme.sent
    lo, hi = sent.start, sent.end

    def left_edge(i: int) -> int:
        while i - 1 >= lo and _np_word(doc[i - 1]):
            i -= 1
        return i

    def separator(i: int, step: int) -> int | None:
        """The index past a separator (",", "and", "or", ", and") starting at i, or None."""
        k, seen = i, False
        while lo <= k < hi and (doc[k].text == "," or doc[k].lower_ in ("and", "or")):
            k, seen = k + step, True
        return k if seen else None

    items = [(left_edge(theme.i), theme)]
    joins = []
    k = items[0][0] - 1
    if theme.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ in ("and", "or") for t in doc[max(k - 1, lo) : k + 1]):
        k = lo - 1  # "…had proof, and the proof has not been published": a new clause, not a list
    while (j := separator(k, -1)) is not None and j >= lo and doc[j].tag_ in _NOUN_TAGS:
        joins.append(doc[j + 1 : k + 1].text)
        items.insert(0, (left_edge(j), doc[j]))
        k = items[0][0] - 1
    k = theme.i + 1
    while (j := separator(k, 1)) is not None:
        run = j
        while run < hi and _np_word(doc[run]):
            run += 1
        nouns = [t for t in doc[j:run] if t.tag_ in _NOUN_TAGS]
        if not nouns or nouns[-1].i != run - 1 or (run < hi and doc[run].pos_ in ("VERB", "AUX")):
            break  # "…the footage, and the photos were shown": the subject of a new clause
        joins.append(doc[k:j].text)
        items.append((j, nouns[-1]))
        k = run
    if len(items) < 2 or not any(w in j.split() for j in joins for w in ("and", "or")):
        return []
    return [(start, head, _item_is_evidence(head, doc[start : head.i + 1])) for start, head in items]


def _item_is_evidence(head, words) -> bool:
    """An item of a list is evidence: its noun is, or a weak head has an evidence word among its
    own words ("intercepted calls" where the parse took "intercepted" for a verb)."""
    if _is_evidence(head):
        return True
    mods = cues()["evidence_modifiers"]
    return _weak_head(head) and any(t.lower_ in mods or t.lemma_.lower() in mods for t in words)


def _own_tokens(word, words: list):
    """A withholding word's own tokens: its subtree for a phrase ("to journalists"), else itself."""
    if word.dep_ in ("agent", "dative", "prep") or _negative_subject(word):
        return list(word.subtree)
    return [word]


def _span_of(words: list) -> tuple[int, int] | None:
    toks = sorted({t.i: t for w in words for t in _own_tokens(w, words)}.values(), key=lambda t: t.i)
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _evidence_span(theme, skip: set[int]) -> tuple[int, int] | None:
    """The evidence noun's phrase without the clause that withholds it ("images it declined to
    share", "proof that the drones were launched … but did not release it": the withholding
    verb's subtree) and without anything after the first withholding word."""
    doc = theme.doc
    below = [doc[k] for k in skip if doc[k].pos_ in ("VERB", "AUX") and theme.i in {a.i for a in doc[k].ancestors}]
    cut = {t.i for v in below for t in v.subtree} | skip
    toks = [t for t in theme.subtree if t.i not in cut]
    first_skip = min((i for i in cut if i > theme.i), default=None)
    if first_skip is not None:
        toks = [t for t in toks if t.i < first_skip]
    left = [t for t in toks if t.i <= theme.i]
    right = [t for t in toks if t.i > theme.i]
    run = [theme]
    for t in sorted(right, key=lambda t: t.i):  # contiguous to the right of the noun
        if t.i != run[-1].i + 1 or (t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _RELATIVE):
            break  # "the trial data, which it says were reviewed …": the evidence, not what is said of it
        run.append(t)
    for t in sorted(left, key=lambda t: -t.i):
        if t.i == theme.i:
            continue
        if t.i != run[0].i - 1:
            break
        run.insert(0, t)
    while run and (run[-1].is_punct or run[-1].is_space or run[-1].dep_ == "cc" or run[-1].lower_ in _RELATIVE):
        run.pop()
    while run and (run[0].is_punct or run[0].dep_ == "cc"):
        run.pop(0)
    if not run:
        return None
    verb = theme.head
    if theme.dep_ == "dobj" and verb.lemma_.lower() == "intercept" and verb.i == run[0].i - 1:
        run.insert(0, verb)  # "it had intercepted communications": the intercepted communications
    return run[0].idx, run[-1].idx + len(run[-1].text)


def _ancestors_in_sentence(tok):
    sent_start, sent_end = tok.sent.start, tok.sent.end
    for a in tok.ancestors:
        if sent_start <= a.i < sent_end:
            yield a


def _hypothetical(tok) -> bool:
    """Inside an if/unless/whether clause ("if there were proof, it would have been released")."""
    marks = cues()["hypothetical_marks"]
    for node in (tok, *_ancestors_in_sentence(tok)):
        if any(ch.dep_ == "mark" and ch.lower_ in marks for ch in node.children):
            return True
    return False


def _demanded(tok) -> bool:
    """Under a demand ("called on Moscow to show the evidence", "urged the army not to withhold …")."""
    demands = cues()["demand_verbs"]
    for node in (tok, *_ancestors_in_sentence(tok)):
        head = node.head
        if node.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") and head.pos_ == "VERB" and head.lemma_.lower() in demands:
            return True  # the showing is the complement of the demand (not a noun "Order" in a headline)
    return False


def _none_asserted(verb, bare: bool = True) -> bool:
    """ "did not provide any evidence", "declined to provide any documentation", "did not show
    proof": the object, with "any"/"no" (or, unless a verb declines it, bare), says no evidence
    was offered, not that some exists (a claim without evidence, not evidence withheld);
    "declined to share evidence" still implies it exists."""
    obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    dets = [ch for ch in obj.children if ch.dep_ in ("det", "poss")]
    return (bare and not dets) or any(d.lower_ in _NEG_OBJECT_DETS for d in dets)


def _bare_definite(noun) -> bool:
    """ "The images", "the footage": a noun that refers back to evidence named before (not "the
    evidence it says it has", which describes its own)."""
    dets = [ch for ch in noun.children if ch.dep_ == "det"]
    return bool(dets) and dets[0].lower_ in ("the", "these", "those", "this", "that") and noun.right_edge.i == noun.i


def _definite(noun) -> bool:
    dets = [ch for ch in noun.children if ch.dep_ == "det"]
    return bool(dets) and dets[0].lower_ in ("the", "these", "those", "this", "that")


def holder(doc, w: Withheld, attributions: list[tuple[tuple[int, int], tuple[int, int] | None]]) -> tuple[int | None, str | None]:
    """Which attribution (index into ``attributions``: (content, source) ranges) says the evidence
    exists, and how that was found: ``content`` (the evidence is in its reported words: "Officials
    said they had proof …"), ``source`` (the evidence is the cited source itself: "according to
    intelligence reports that have not been published"), ``withholding`` (the withholding words
    are in its reported words), ``earlier`` (an earlier attribution, in this sentence or the two
    before, names the same evidence, then a bare definite noun: "The ministry cited satellite
    images. The images have not been made public."); (None, None) when none does."""
    head = doc[w.head]
    at = doc[w.listed_with].idx if w.listed_with is not None else head.idx  # a list's items share its holder
    if OPEN_QUESTION_HOLDER:
        # "did not say whether the government had proof": a question left open says no evidence exists
        text = doc.text
        attributions = [
            (c, s) if text[c[0] : c[1]].split(" ", 1)[0].lower().strip('"\u201c') not in _QUESTION_MARKS else ((0, 0), None)
            for c, s in attributions
        ]

    def inner(hits: list[int]) -> int | None:
        return min(hits, key=lambda k: attributions[k][0][1] - attributions[k][0][0]) if hits else None

    k = inner([k for k, (c, _s) in enumerate(attributions) if c[0] <= at < c[1]])
    if k is not None:
        return k, "content"
    k = inner([k for k, (_c, s) in enumerate(attributions) if s is not None and s[0] <= at < s[1]])
    if k is not None:
        return k, "source"
    k = inner([k for k, (c, _s) in enumerate(attributions) if c[0] <= w.withholding[0] < c[1]])
    if k is not None:
        return k, "withholding"
    if not (_bare_definite(head) or (w.listed_with is not None and _definite(head))):
        return None, None  # a list's item: "the footage and the photographs" (the first holds the rest)
    sent = head.sent
    floor = sent.start
    for _ in range(2):
        if floor > 0:
            floor = doc[floor - 1].sent.start
    lo = doc[floor].idx
    lemma = head.lemma_.lower()
    best = None
    for k, (c, _s) in enumerate(attributions):
        if not (lo <= c[0] and c[1] <= w.evidence[0]):
            continue
        span = doc.char_span(*c, alignment_mode="expand")
        if (
            span is not None
            and any(t.lemma_.lower() == lemma for t in span)
            and (best is None or c[0] > attributions[best][0][0])
        ):
            best = k
    return (best, "earlier") if best is not None else (None, None)
