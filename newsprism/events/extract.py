"""Event candidates from dependency patterns: one per coded predicate, with its arguments.

Works on a spaCy ``Doc`` only (no other layer), so it is the same with or without the
actor/place/time layers; the event layer then links the argument tokens to their spans.

Patterns (English, spaCy ``en_core_web_*`` labels):
- the predicate is a verb whose lemma is in the PLOVER cue lexicon, refined or required by
  its object, subject or particle ("fire warning shots" → THREATEN, "set up a checkpoint");
- actor: ``nsubj``; for passives the ``agent`` ("by X") and the patient is ``nsubjpass``;
  relative clauses and participles take their head noun; coordinated verbs share the first
  verb's subject; embedded verbs ("expected to meet", "obliges X to withdraw") take the
  subject (or object) of the governing verb;
- control verbs that are events themselves ("refused to accompany", "urged X to stop",
  "threatened to …") code the governing verb and keep the embedded verb as its ``action``:
  a refusal to escort is a REJECT, never an escort;
- negation (``neg``, "neither/no" subjects, "failed to"), modality from governors ("expected
  to", "plans to", "ready to"), adverbs ("allegedly") and modal auxiliaries ("will", "could");
- attribution: an event inside the clausal complement of a speech verb is attributed to
  that verb's subject ("X said …"), as is one in a sentence with "according to X".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsprism.events.lexicon import Lexicon, lexicon
from newsprism.events.offset import offset_link, told_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LOC_PREPS = frozenset(
    {"in", "at", "near", "on", "outside", "inside", "into", "towards", "toward", "from", "through"}
    | {"across", "along", "around", "within", "via", "off"}
)
REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
SELF_PRONOUNS = frozenset({"it", "we"})  # how an organisation speaking of itself is reported
NEG_DETS = frozenset({"no", "neither", "none", "nobody", "noone"})  # "Nobody was beaten", "No one was hurt"
NOT_PLACE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP"})
PHRASE_DROP = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep", "parataxis", "dep"})
PLACE_NOUNS = frozenset(
    {"village", "town", "city", "region", "district", "province", "settlement", "area", "capital", "camp"}
    | {"checkpoint", "bridge", "airport", "base", "port", "border", "corridor", "road", "highway", "enclave"}
    | {"outskirts", "outskirt", "suburb", "suburbs"}
)
PLACE_ENTS = frozenset({"GPE", "FAC"})
NAMED_DOER = "@name"  # the pseudo-word that lets a proper-name doer satisfy a 'require_doers' list
WEAPON_DOER = "@weapon"  # … and a weapon subject (the instrument, no doer) one: 'a drone hit a car' (audit 20 E1)
PLACE_OBJECT = "@place"  # the pseudo-word a named-place object adds to an entry's object classes
CONDITIONAL_MARKS = frozenset({"if", "unless"})
CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"})
CONSEQUENT_MODALITIES = frozenset({"asserted", "future"})  # "if X, they will attack": conditional, not a plain future


@dataclass
class Candidate:
    """One coded predicate, its arguments as tokens, and the reasons for the coding."""

    trigger: Token
    trigger_end: Token
    event_type: str
    mode: str | None
    confidence: float
    actor: Token | None = None
    actor_how: str = ""
    instrument: Token | None = None  # a weapon subject: the means, not the doer ('Rockets struck …')
    instrument_how: str = ""
    reply: bool = False  # told as an answer to another act ('returned fire', 'in response, … struck')
    continues: Token | None = None  # 'In response, …', 'then': goes on from the event told before it
    recipient: Token | None = None
    recipient_how: str = ""
    action: Token | None = None
    negated: bool = False
    modality: str = "asserted"
    modality_cue: str | None = None
    attributed_to: Token | None = None
    attribution_cue: str | None = None
    location: Token | None = None
    location_how: str = ""
    own: list[Token] = field(default_factory=list)  # tokens whose time expressions belong to this event
    shares_time_with: Token | None = None
    time_from: list[Token] = field(default_factory=list)  # time phrases outside its own tokens that date it
    time_from_how: str = ""  # whose phrases they are ('its subject', "the coordinated verb 'spoke'" …)
    time_from_when: bool = False  # shares_time_with is the event of its 'when' clause
    offset: tuple[Token, Token, int, str] | None = None  # dated from another act: 'a day after …' (events.offset)
    why: list[str] = field(default_factory=list)
    sent: Span | None = None  # the sentence of the trigger (set by ``candidates``)
    form: str = "verbal"  # "nominal": an event noun reported as happening ("the shelling continued")
    frame_verb: Token | None = None  # nominal: the verb that reports the noun as happening
    frame_kind: str = ""  # nominal: subject, passive, support, in, there
    merged: list[Candidate] = field(default_factory=list)  # nominal: verb events folded into it
    outcome_apart: bool = False  # nominal: the verb's negation/modal was its outcome's ("did not kill"), not the noun's
    told_by: list[Token] = field(default_factory=list)  # triggers of events that presuppose it ('condemned the shelling')
    done_by: Candidate | None = None  # a verb event of another type whose doer is a nominal event ('the raid forced …')


def phrase(tok: Token) -> tuple[int, int]:
    """Token index range [start, end) of the noun phrase headed by ``tok`` (no clauses).

    Keeps determiners, modifiers, compounds and "of"/"for" attachments; never crosses a line
    break (a headline parsed into the dateline must not lend it words).
    """
    start = end = tok.i
    for child in tok.lefts:
        if child.dep_ not in PHRASE_DROP:
            start = min(start, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            pobj = _child(child, "pobj")
            if pobj is None:
                break
            end = max(end, phrase(pobj)[1] - 1)
            continue
        if child.dep_ in PHRASE_DROP:
            break
        end = max(end, child.right_edge.i)
    doc = tok.doc
    for k in range(tok.i + 1, end + 1):
        if doc[k].is_space or "\n" in doc[k - 1].whitespace_:
            end = k - 1
            break
    for k in range(tok.i - 1, start - 1, -1):
        if doc[k].is_space or "\n" in doc[k].whitespace_:
            start = k + 1
            break
    verbs = [k for k in doc.user_data.get(NOUN_VERBS_KEY, ()) if start <= k < tok.i]
    start = max(verbs) + 1 if verbs else start  # 'Rebels storm airport': the object is 'airport'
    while start < tok.i and doc[start].is_punct:
        start += 1
    if start < tok.i and start == tok.head.i + 1 and doc[start].lower_ in _results(tok.head):
        start += 1  # 'shot dead two Palestinians': 'dead' tells the result, not who
    while end > tok.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "case"):
        end -= 1  # a possessor as the phrase ("Russia's bombardment": the actor is "Russia", not "Russia's")
    while end + 2 < len(doc) and end == tok.i and not doc[end].whitespace_ and doc[end + 1].text == "-":
        if doc[end + 1].whitespace_ or doc[end + 2].pos_ != "PROPN" or doc[end + 2].head.i != tok.head.i:
            break
        end += 2  # 'near the Bab al-Mandab': the parse cuts the name at its hyphen (audit 16 E10)
    return start, _close_quote(doc, start, end) + 1


def _results(verb: Token) -> dict:
    """The result words of a cue verb ('dead' after 'shot'), from its entry's ``result_complements``."""
    return (lexicon().verb(verb.lemma_) or {}).get("result_complements", {}) if verb.pos_ in ("VERB", "AUX") else {}


def _close_quote(doc: Doc, start: int, end: int) -> int:
    """The phrase's end, moved past a closing quote that an opening one inside it calls for
    ('The so-called "coalition"': the parser hangs the closing mark on the verb)."""
    quotes = [t for t in doc[start : end + 1] if t.tag_ in ("``", "''") or t.text in ('"', "“", "”")]
    if len(quotes) % 2 and end + 1 < len(doc) and doc[end + 1].text in ('"', "”", "''") and same_line(doc[end], doc[end + 1]):
        return end + 1
    return end


def _counted_victims(verb: Token, subj: Token, lex: Lexicon) -> bool:
    """'eleven dead: eight men beheaded, two women shot', 'four men detained then were released': a
    victim participle (``victim_participles``) with a counted subject and no auxiliary, object or
    'at/on' phrase tells what was done to them (audit 18 E6); not 'Four gunmen shot …' (armed doers)."""
    if verb.tag_ not in ("VBD", "VBN") or lex.lemma(verb.lemma_) not in lex.victim_participles:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "xcomp") for c in verb.children):
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ in ("at", "on") and not _on_a_day(c)) or (c.dep_ == "ccomp" and c.i > verb.i)
        for c in verb.children
    ):
        return False  # not 'shot at the convoy'; a clause before it ('counted eleven dead: …') is the parse's
    counted = subj.dep_ == "nsubj" and subj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in subj.children)
    return counted and subj.lemma_.lower() not in lex.armed_doers and subj.lower_ not in lex.armed_doers


def _on_a_day(prep: Token) -> bool:
    """'Four protesters detained in Tbilisi on Tuesday': 'on' a day is when, not what was shot at (review)."""
    p = _child(prep, "pobj")
    return prep.lower_ == "on" and p is not None and p.ent_type_ in ("DATE", "TIME")


def _inside_quote(tok: Token) -> bool:
    """The token is in the direct quote that opens its sentence, where a speaker says 'we', not 'it'
    or 'they' ('"The army is counting the bodies of missing persons it has already killed," the
    statement said'); not a quoted fragment of reported speech ('The army said "it has killed 18"')."""
    marks = [t for t in tok.doc[tok.sent.start : tok.i] if t.tag_ in ("``", "''")]
    return len(marks) == 1 and marks[0].tag_ == "``" and marks[0].i == tok.sent.start


def same_line(a: Token, b: Token) -> bool:
    """No line break between two tokens (headlines and datelines are separate lines)."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]


PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # a named party is asked, not the thing asked for
HEADLINE_KEY = "newsprism:headline-end"
ACTORS_KEY = "newsprism:event-actor-spans"  # (start, end, kind, side) of the actor layer's spans, when it ran
DASHES = frozenset({"—", "–", "-", "--"})  # the dash that ends a dateline ('JERMUK, Armenia (Post) — …')
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")  # '3-1' (a token the parser does not call a date)
NOUN_VERBS_KEY = "newsprism:headline-noun-verbs"  # indices of nouns read as a verbless headline's verb
PLACE_KIND_KEY = "newsprism:event-place-kind"  # token → the place layer's kind ('city', 'country' …), when it ran


def in_headline(tok: Token) -> bool:
    """Is the token in the article's headline (the title line the text begins with)? A
    headline's clipped present ("Clashes erupt", "Airstrikes kill 12") tells a past happening."""
    end = tok.doc.user_data.get(HEADLINE_KEY)
    return end is not None and tok.idx < end


def doc_text(doc: Doc) -> str:
    """The document text, built once (``Doc.text`` re-joins every token on each call)."""
    text = doc.user_data.get("newsprism:text")
    if text is None:
        text = doc.user_data["newsprism:text"] = doc.text
    return text


def _doer_lemmas(tok: Token) -> set[str]:
    """``_lemmas`` of a doer and of a noun set beside it ('Four Chinese Communist Party (CCP) coast
    guard vessels', which the parse splits into 'Party' and its apposition 'vessels')."""
    out = _lemmas(tok)
    for c in tok.children:
        if c.dep_ == "appos":
            out |= _lemmas(c)
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in lexicon().collective_doers:
            out |= {w for o in c.children if o.dep_ == "pobj" for w in _lemmas(o)}  # 'a group of miscreants'
    return out


def _of_armed(tok: Token, lex: Lexicon) -> bool:
    """'Most of the soldiers returned to their base': a share of an armed body is that body, whatever
    the skip list says of 'most' alone (review of audit 18 E15)."""
    return any(
        w in lex.armed_doers
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
        for w in _lemmas(o)
    )


def _figurative_taking(actor: Token, obj: Token | None, doers: frozenset[str], coding: dict) -> bool:
    """A doer that fits only by a generic word ('group', 'movement': ``person_object_doers``) takes hostage
    only people: a listed person noun or a count among the object's words ('the group took a New Zealand
    pilot hostage'; not 'The women's movement took the debate hostage', nineteenth-session review of 3fee40f)."""
    soft = coding.get("person_object_doers")
    matched = _doer_lemmas(actor) & doers
    if not soft or not matched or not matched <= soft or _named_doer(actor, doers):
        return False
    if obj is None:
        return True
    words = set().union(*(_lemmas(t) for t in obj.subtree))
    return not (words & coding.get("person_objects", frozenset()) or any(t.dep_ == "nummod" for t in obj.subtree))


def _named_doer(tok: Token, doers: frozenset[str]) -> bool:
    """'@name' in a doer list: a proper name may do it ('Hamas took 240 hostages'; not 'The crisis
    took the economy hostage', seventeenth-session review)."""
    return NAMED_DOER in doers and tok.pos_ == "PROPN"


def _lemmas(tok: Token) -> set[str]:
    """The lemma of a noun and of its compounds/modifiers, lower-cased (for class matching)."""
    out = {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            out |= {child.lemma_.lower(), child.lower_}
    return out


def _of_lemmas(tok: Token, lex: Lexicon) -> set[str]:
    """'a barrage of rockets', 'two of the men': what a quantity noun or number counts names the object."""
    counted = tok.like_num or (lex.nominal is not None and tok.lemma_.lower() in lex.nominal.quantity_nouns)
    if not counted:
        return _money_lemmas(tok, lex)
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = _child(of, "pobj") if of is not None else None
    return _lemmas(pobj) if pobj is not None else _money_lemmas(tok, lex)


def _head_words(tok: Token) -> set[str]:
    """The head noun's forms, or for 'a group/crowd of X', 'two of the men', X's: what a ramming or
    a driving hits ('the post office car park' is a car park)."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = _child(of, "pobj") if of is not None else None
    if pobj is not None and (tok.like_num or tok.lemma_.lower() in ("group", "crowd", "line", "column")):
        tok = pobj
    return {tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s")}


def _money_lemmas(tok: Token, lex: Lexicon) -> set[str]:
    """'pledged 50 million euros in aid': a sum of money counts as what it is 'in' or 'of' (the
    parser may hang the 'in' on the verb, right after the sum)."""
    if tok.ent_type_ != "MONEY" and tok.lemma_.lower() not in lex.money_nouns:
        return set()
    preps = [*tok.children, *(c for c in tok.head.children if c.i == tok.right_edge.i + 1)]
    prep = next((c for c in preps if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
    pobj = _child(prep, "pobj") if prep is not None else None
    return _lemmas(pobj) if pobj is not None else set()


def _child(tok: Token, *deps: str) -> Token | None:
    for child in tok.children:
        if child.dep_ in deps:
            return child
    return None


REPLY_NOUNS = frozenset({"response", "retaliation", "reply", "riposte"})
TIME_HEADS = frozenset(
    {"night", "day", "week", "month", "year", "period", "hour", "time", "decade", "weekend", "morning", "evening"}
)
SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "APPEAL", "THREATEN", "SUPPORT"})


def _speech_act_after_reported_copula(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'Rafiq said the targeting of civilians was "a violation …" and urged the UN to investigate':
    the parser makes 'urged' a conjunct of the reported 'was', but a speech act with no subject of
    its own after a reported judgement is the speaker's; so after a reported state ('Transnistrian
    officials say about 40,000 residents have no heating and accuse Chisinau of a blockade', audit 16 E6;
    in the same tense: 'said the suspects have weapons and threatened the officers' stays theirs)."""
    entry = lex.verb(verb.lemma_) or {}
    return (
        verb.tag_ != "VBN"  # not 'claimed that contraception is not forbidden, but even demanded' (a passive)
        and not any(c.dep_ == "acomp" and c.tag_ == "VBN" for c in head.children)
        and (head.lemma_ == "be" or (head.lemma_ == "have" and _present(head) == _present(verb)))
        and _speech_verb_above(head, lex) is not None
        and entry.get("type") in SPEECH_ACT_TYPES
    )


def _present(verb: Token) -> bool:
    """A present form ('have', 'accuse' tagged VB after a plural subject), not a past one."""
    return verb.tag_ in ("VB", "VBP", "VBZ")


def _speech_verb_above(clause: Token, lex: Lexicon) -> Token | None:
    """The speech verb a reported clause hangs under, through at most two more reported clauses
    ('said that the attack proved that the militia was …': 'said'; audit 16, E6)."""
    cur = clause
    for _ in range(3):
        if cur.dep_ != "ccomp" or cur.head is cur:
            return None
        if cur.head.lemma_.lower() in lex.speech_verbs:
            return cur.head
        cur = cur.head
    return None


def _speech_act_after_pluperfect(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'SSC-Khaatumo said its forces had captured 19 soldiers and denied that any of its fighters had
    been taken prisoner': the parser joins 'denied' to the reported 'had captured', but a simple past
    speech act with a clause of its own after a reported pluperfect is the speaker's (audit 15, E8);
    after a reported simple past, with a that-clause of its own ('said Dinka Ngok gunmen attacked
    herders near Amiet, killing four …, and denied that any village had been burned', audit 17 E7)."""
    entry = lex.verb(verb.lemma_) or {}
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    return (
        verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in lex.speech_verbs
        and head.head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        and any(c.dep_ == "ccomp" and (had or _child(c, "mark") is not None) for c in verb.children)
        and entry.get("type") in SPEECH_ACT_TYPES
    )


def _speech_act_after_passive(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'said that its forces were not involved and accused Ngok youth of stealing cattle': the parser
    joins 'accused' to the reported passive, but an active simple-past speech act is the speaker's
    (audit 17 E2); not a verb whose passive takes an object ('the officers were suspended and denied
    bail': the officers were denied it, review)."""
    entry = lex.verb(verb.lemma_) or {}
    return (
        _active_past(verb)
        and verb.lemma_.lower() not in lex.passive_object_verbs
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in lex.speech_verbs
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        and entry.get("type") in SPEECH_ACT_TYPES
    )


def _active_past(verb: Token) -> bool:
    """A simple past, or an accusation the parse tags as a participle although it has its own object
    ('said its troops were not involved and accused Armenian forces of shelling Lachin': no 'were
    accused' takes an object; review of audit 17 E2)."""
    if verb.tag_ == "VBD":
        return True
    entry = lexicon().verb(verb.lemma_) or {}
    return verb.tag_ == "VBN" and entry.get("type") == "ACCUSE" and _child(verb, "dobj") is not None


PRESENT_NUMBER = {"VBZ": "one", "VBP": "many", "VB": "many"}  # 'follows' / 'say', 'reject'


def _speaker_agrees_not_clause(verb: Token, head: Token, lex: Lexicon) -> bool:
    """'South Ossetia and Moscow say the line follows the border and reject the accusation': the parser
    joins 'reject' to the reported 'follows', but a present tense that disagrees in number with the
    reported verb ('reject' / 'follows') and agrees with the speech verb ('say') is the speakers' act."""
    gov = head.head
    number = PRESENT_NUMBER.get(verb.tag_)
    if number is None or head.dep_ != "ccomp" or gov.lemma_.lower() not in lex.speech_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in (*verb.children, *head.children)):
        return False  # 'will follow … and reject': one modal for both
    return PRESENT_NUMBER.get(head.tag_, number) != number and PRESENT_NUMBER.get(gov.tag_, number) == number


def _elided_passive(tok: Token) -> bool:
    """'Three civilians were killed and six wounded', '… were martyred and six others injured': a
    participle joined to a passive, with a subject of its own and no auxiliary, is passive too."""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and _is_passive(tok.head)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
    )


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True
    own_clause = any(c.dep_ in ("nsubj", "aux") for c in tok.children)  # "a statement that its jets had destroyed …"
    return tok.dep_ == "acl" and (tok.tag_ == "VBN" or _predicate_participle(tok)) and not own_clause


def _predicate_participle(tok: Token) -> bool:
    """'he was the only person detained': a participle the parse tags VBD after the noun of a copula
    names what was done to that noun (audit 16 E6); 'militias attacked' (a root noun) stays active."""
    return tok.tag_ == "VBD" and tok.head.dep_ == "attr" and _child(tok, "dobj", "ccomp", "xcomp") is None


def _subject_of(verb: Token, lex: Lexicon, depth: int = 0) -> tuple[Token | None, str]:
    """The doer of ``verb``: its own subject, or one inherited along conj/xcomp/relcl/acl."""
    if depth > 6:
        return None, ""
    if _is_passive(verb):
        agent = _child(verb, "agent")
        if agent is not None:
            pobj = _child(agent, "pobj")
            if pobj is not None:
                return pobj, "agent of the passive verb ('by …')"
        return None, ""
    subj = _nearest_subject(verb)
    if subj is not None:
        if subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            return _relative_head(verb, subj, lex)
        if (launcher := _launcher(subj, lex)) is not None:
            return launcher, f"agent of '{launcher.head.head.text}' (the weapon's launcher)"
        return subj, "subject"
    if (comp := _misparsed_subject(verb)) is not None:
        return comp, "subject (the parser's compound before the verb: 'Militia shells Port Elm')"
    if (split := _split_clause_subject(verb)) is not None:
        return split, "subject (the parser split 'fighters loyal to …' from its verb)"
    if (appos := _according_appos(verb)) is not None:
        return appos, "subject (the parser made it an apposition of the 'according to' source)"
    noun_verb = next((c for c in verb.children if c.dep_ == "csubj" and _noun_as_verb(c)), None)
    if noun_verb is not None and (head := _child(noun_verb, "dobj")) is not None:
        return head, f"subject (the parser made '{noun_verb.text} {head.text}' a clause: 'Aid agencies warned')"
    if (launched := _misparsed_launch(verb, lex)) is not None:
        return launched, f"agent of '{launched.head.head.text}' (the weapon's launcher; the parser made it the main verb)"
    if verb.dep_ == "relcl":
        return None, ""
    if verb.dep_ == "acl":
        if _noun_governor(verb, lex):
            return _governor_noun_doer(verb.head, lex)
        return verb.head, "noun the participle modifies"
    head = verb.head
    if _adjunct_gerund(verb, lex):  # "the navy responded by firing two missiles": the navy fired
        gov = head.head
        tok, how = _subject_of(gov, lex, depth + 1)
        return tok, (how + f", shared with '{gov.text}' ('{head.text}' + gerund)" if tok is not None else "")
    if _purpose_clause(verb):  # "Rebels attacked the base to seize weapons": the rebels
        tok, how = _subject_of(head, lex, depth + 1)
        return tok, (how + f", shared with '{head.text}' (purpose clause)" if tok is not None else "")
    if (main := _main_verb_beside(verb)) is not None:  # '… known as al-Shabaab, attacked Chai …, beheading …'
        tok, how = _subject_of(main, lex, depth + 1)
        return tok, (how + f", shared with '{main.text}' (participle clause)" if tok is not None else "")
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        if head.tag_ == "VBN" and in_headline(head) and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return None, ""  # headline "Woman killed in Pak shelling": the woman is the victim
        tok, how = _subject_of(head, lex, depth + 1)  # "attacked a camp, killing dozens"
        return tok, (how + f", shared with '{head.text}' (participle clause)" if tok is not None else "")
    if _tensed_conj(verb):
        tok, how = _subject_of(head.head, lex, depth + 1)  # "Russia urged … to show restraint and offered …": Russia
        return tok, (how + f", shared with '{head.head.text}'" if tok is not None else "")
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        if head.dep_ == "acl" and _predicate_participle(head) and not _is_passive(verb):
            cop = head.head.head  # 'It said he was the only person detained and denied that …': It denied
            said = _speech_verb_above(cop, lex) if cop.dep_ == "ccomp" else None
            tok, how = _subject_of(said if said is not None else cop, lex, depth + 1)
            return tok, (
                how + f", of '{(said or cop).text}' (the parse joins the act to the participle)" if tok is not None else ""
            )
        if _is_passive(head) and not _is_passive(verb) and not _speech_act_after_passive(verb, head, lex):
            return None, ""
        if (
            _speech_act_after_passive(verb, head, lex)
            or _speech_act_after_reported_copula(verb, head, lex)
            or _speaker_agrees_not_clause(verb, head, lex)
            or _speech_act_after_pluperfect(verb, head, lex)
        ):
            said = (_speech_verb_above(head, lex) if _speech_act_after_reported_copula(verb, head, lex) else None) or head.head
            tok, how = _subject_of(said, lex, depth + 1)
            return tok, (
                how + f", the speaker of '{said.text}' (the parser hangs the act on the reported clause)"
                if tok is not None
                else ""
            )
        tok, how = _subject_of(head, lex, depth + 1)
        return tok, (how + ", shared with the coordinated verb" if tok is not None else "")
    if _series_verb(verb):  # 'vessels entered the waters, boarded a boat and abducted its crew'
        tok, how = _subject_of(verb.head, lex, depth + 1)
        return tok, (how + ", shared with the first verb of the series" if tok is not None else "")
    if verb.dep_ == "xcomp" or _gerund_object(verb):  # "Hezbollah denied firing at the town"
        gov = head
        while gov.dep_ in ("acomp", "xcomp") and gov.pos_ == "ADJ":
            gov = gov.head
        if gov.lemma_.lower() in lex.object_control or (lex.verb(gov.lemma_) or {}).get("control") == "object":
            obj = _child(gov, "dobj")
            if obj is not None:
                return obj, f"object of '{gov.text}' (who is to act)"
        if gov.lemma_.lower() in lex.perception_governors and not _is_passive(gov):
            obj = _child(gov, "dobj")  # 'We heard shooting': the hearer fired nothing
            return (obj, f"object of '{gov.text}' (who was perceived acting)") if obj is not None else (None, "")
        if _is_passive(gov) and gov.lemma_.lower() in lex.instrument_governors:
            return _used_by(gov)  # 'two trucks that had been used to block the road': the means, not the doer
        if _is_passive(gov):
            subj = _child(gov, "nsubjpass")
            if subj is not None:
                return subj, f"subject of '{gov.text}'"
        tok, how = _subject_of(gov, lex, depth + 1)
        return tok, (f"subject of the governing '{gov.text}'" if tok is not None else "")
    return None, ""


def _series_verb(verb: Token) -> bool:
    """'entered the waters off Kinmen on Tuesday morning, boarded a fishing boat and …': a past verb
    after a comma that the parse hangs on the past verb before it as 'dep', with no subject of its
    own, is the next verb of a series with the same doer (audit 15, E5)."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and verb.tag_ == "VBD"
        and head.tag_ == "VBD"
        and head.i < verb.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _described_as(tok: Token) -> bool:
    """'regard the West Bank as occupied territory': a participle marked 'as', with no auxiliary or
    subject of its own, is how something is described (the parser makes it a clause)."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
    return (
        marked
        and tok.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children)
    )


def _present_passive(tok: Token) -> bool:
    """'it is occupied', 'the towns are occupied by …': a present simple passive ('is being' is an act)."""
    aux = [c for c in tok.children if c.dep_ in ("auxpass", "aux")]
    return any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in aux) and not any(
        a.lower_ == "being" or a.tag_ == "MD" or a.lemma_ == "have" for a in aux
    )


def _used_by(gov: Token) -> tuple[Token | None, str]:
    """The 'by' agent of a passive 'used'/'employed' whose subject is the means of the act it serves."""
    agent = _child(gov, "agent")
    pobj = _child(agent, "pobj") if agent is not None else None
    return (pobj, f"agent of '{gov.text}' (who used the means)") if pobj is not None else (None, "")


def _weapon_object(obj: Token, lex: Lexicon) -> bool:
    """A weapon as the thing hit ('shot down a drone'), or a bare number counting one named
    before in the sentence ('intercepted 60 drones; 51 were shot down')."""
    if _weapon(obj, lex) or any(_weapon(t, lex) for t in _of_nouns(obj)):
        return True
    if not obj.like_num or any(c.dep_ == "prep" for c in obj.children):
        return False
    return any(_weapon(t, lex) and any(c.dep_ == "nummod" for c in t.children) for t in obj.sent if t.i < obj.i)


def _of_nouns(tok: Token) -> list[Token]:
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return [p for p in of.children if p.dep_ == "pobj"] if of is not None else []


def _continuation(tok: Token, lex: Lexicon) -> Token | None:
    """The word that makes the verb go on from the event told just before: 'In response, …
    shelled', '… then stormed' (its date is that event's when it names none)."""
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in lex.continuation_advs:
            return c
        if c.dep_ == "prep" and c.lower_ == "in":
            pobj = _child(c, "pobj")
            if pobj is not None and pobj.lemma_.lower() in lex.reply_preps and _child(pobj, "prep") is None:
                return pobj  # not 'in response to the blockade of May 3': that names what it answers
    return None


def _reply(tok: Token, coding: dict, lex: Lexicon) -> bool:
    """An answer to another act: a reply cue ('returned fire', 'retaliated') or an 'in response'
    / 'in retaliation' phrase on the verb."""
    if coding.get("reply"):
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):  # not "as an answer that fits"
        if any(p.lemma_.lower() in lex.reply_preps for p in prep.children if p.dep_ == "pobj"):
            return True
    return False


def _nearest_subject(verb: Token, dep: str = "nsubj") -> Token | None:
    """The verb's subject; of two, the one after a dateline's dash ('JERMUK, Armenia, 13 May (Post)
    — Azerbaijani forces shelled …': the parser makes the dateline's town a second subject; so with a
    passive's subject, 'PORT SUDAN, … — Four pastoralists were killed')."""
    subjects = [c for c in verb.children if c.dep_ == dep]
    if not subjects:
        return None
    first, near = subjects[0], max((c for c in subjects if c.i < verb.i), key=lambda c: c.i, default=subjects[0])
    dash = any(t.text in DASHES for t in verb.doc[first.i : near.i])
    return near if near is not first and first.left_edge.i == verb.sent.start and dash else first


def _main_verb_beside(verb: Token) -> Token | None:
    """'Insurgents known locally as al-Shabaab attacked the village …, beheading eight men': the parse
    hangs both the tensed main verb and the participle clause on the subject's own participle ('known',
    'linked', 'based': an acl with no subject); the participle clause is the main verb's (audit 18 E8:
    'beheading' had no doer and no day)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "acl" or head.tag_ != "VBN":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    tensed = [c for c in head.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBD", "VBZ", "VBP")]
    return tensed[-1] if tensed else None


def _purpose_clause(verb: Token) -> bool:
    """'sent troops across the border to support the rebels': a to-infinitive adjunct of a verb,
    with no subject of its own, tells what the doer meant to do, not what was done."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and _child(verb, "nsubj") is None
    )


def _gerund_object(verb: Token) -> bool:
    """'denied firing at the town', 'admitted shelling the port': a gerund the parser makes the
    object of a verb, with no subject of its own; it is that verb's complement, as an xcomp is."""
    return verb.dep_ == "dobj" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and _child(verb, "nsubj") is None


def _adjunct_gerund(verb: Token, lex: Lexicon) -> bool:
    """'responded by firing', 'shelled the town before withdrawing': a gerund after a listed
    preposition hung on a verb; its doer is that verb's subject ('accused X of firing' is not)."""
    head = verb.head
    gov = head.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.dep_ == "prep"
        and head.lower_ in lex.gerund_subject_preps
        and gov.pos_ == "VERB"  # not 'the deal was by agreeing', 'objectives are … without discussing'
        and gov.tag_ in ("VBD", "VBZ", "VBP", "VBN")  # not 'get the ball rolling by praising X'
        and not in_headline(verb)  # a title-case headline's parse hangs it anywhere
    )


def _launcher(subj: Token, lex: Lexicon) -> Token | None:
    """'A drone launched by the RSF struck the market': a subject with a participle of a launch
    verb and a 'by' agent; the agent is the doer, the weapon only its means. The parser may make
    the participle the main verb with the weapon its subject ('Rockets fired by Hezbollah struck')."""
    acl = _child(subj, "acl")
    if acl is None and subj.dep_ == "nsubj" and subj.i < subj.head.i:
        acl = subj.head
    participle = acl is not None and (acl.tag_ == "VBN" or (acl.tag_ == "VBD" and _child(acl, "agent") is not None))
    if not participle or lex.lemma(acl.lemma_) not in lex.launch_verbs:
        return None
    if any(c.dep_.startswith("aux") for c in acl.children):
        return None  # 'Rockets were fired by Hezbollah': the passive's own subject
    agent = _child(acl, "agent")
    return _child(agent, "pobj") if agent is not None else None


def _misparsed_launch(verb: Token, lex: Lexicon) -> Token | None:
    """'Rockets fired by Hezbollah struck Kiryat Shmona': the parser makes 'fired' the main verb and
    'struck' its clause with no subject; the launcher ('Hezbollah') is the doer of 'struck'."""
    head = verb.head
    if verb.dep_ not in ("advcl", "dep") or verb.tag_ != "VBD" or head.dep_ != "ROOT" or _child(verb, "nsubj") is not None:
        return None
    subj = _child(head, "nsubj")
    return _launcher(subj, lex) if subj is not None else None


def _other_event_noun(obj: Token, event_type: str, lex: Lexicon) -> bool:
    """An event noun of another type as the object of a judging verb ('condemned the airstrike on
    X'): its place phrases are that event's; 'dispersed the protest in Yerevan' keeps them."""
    if event_type not in lex.judged_event_types:
        return False
    nouns = lex.nominal.nouns if lex.nominal is not None else {}
    entry = nouns.get(obj.lemma_.lower()) or nouns.get(obj.lower_)
    return entry is not None and entry.get("type") != event_type


def _named(tok: Token) -> bool:
    """A name: a proper noun, a named entity, or a capital inside a sentence ('beat the Lakers')."""
    inner = tok.is_title and tok.i != tok.sent.start and not in_headline(tok)
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or inner


def _sports_result(actor: Token | None, obj: Token | None, verb: Token, entry: dict, lex: Lexicon) -> bool:
    """Two named sides and a sports word or a score in the sentence ('Bayern Munich hit Dortmund
    for six', 'beat Madrid 3-1 in the league'), or 'beat' between two named sides: a result."""
    club = actor is not None and entry.get("skip_named_pair") and actor.is_title and _weapon(actor, lex)
    if actor is None or obj is None or not ((_named(actor) or club) and _named(obj)):
        return False  # a weapon does not 'beat': a capitalised one beating a name is a club ('Rockets beat Lakers')
    score = any(_score(t) for t in verb.sent)
    return bool(entry.get("skip_named_pair")) or score or _sport_words_in_clause(verb, lex)


def _sport_words_in_clause(verb: Token, lex: Lexicon) -> bool:
    """A sports word in the verb's own clause, not in a time phrase or another clause: 'Russia
    attacked Kyiv during the Champions League final', 'as fans watched the World Cup' tell when.
    The words are the vocabulary the time tagger shares (``data/events/sport_words.json``)."""
    sent = verb.sent
    left_out = {t.i for p in sent if p.dep_ == "prep" and p.lower_ in lex.sport_free_preps for t in p.subtree}
    left_out |= {t.i for c in sent if c.dep_ in ("advcl", "relcl", "ccomp") and c is not verb for t in c.subtree}
    kept = [t for t in sent if t.i not in left_out]
    nouns, text = {t.lower_ for t in kept if t.pos_ in ("NOUN", "PROPN")}, " " + " ".join(t.lower_ for t in kept) + " "

    def found(words: frozenset[str], among: set[str]) -> bool:
        return any((f" {w} " in text) if " " in w else (w in among) for w in words)

    # 'goal', 'defender' are sport only beside a sport verb: 'a human rights defender said' is not
    with_a_verb = found(lex.sport_words_with_a_verb, nouns) and found(lex.sport_verbs, {t.lower_ for t in sent})
    return found(lex.sport_words, nouns) or with_a_verb


def _exercise(verb: Token, obj: Token | None, lex: Lexicon, is_place=None) -> bool:
    """'The missile hit the target during a test launch', 'fired at targets during exercises', 'as
    part of an exercise': a drill or a test, no attack on anyone, when what was hit is a drill's
    target (or nothing, or the weapon fired). Not 'struck Kyiv during NATO's exercise' (a named
    place), 'attacked soldiers during a training exercise', nor a named other party's exercise."""
    if not lex.exercise_words:
        return False
    drill_target = obj is None or _weapon(obj, lex) or obj.lemma_.lower() in lex.exercise_objects
    if not drill_target or (obj is not None and (_named(obj) or _is_named_place(obj, is_place) or _a_partys(obj))):
        return False  # 'struck Kyiv during NATO's exercise', 'attacked soldiers …', 'hit a Russian ship …'
    if _kills_beside(verb, lex):
        return False  # 'struck a firing range during a training exercise, killing 12 soldiers': an attack
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in lex.exercise_preps:
            continue
        noun = _child(prep, "pobj")
        for _ in range(2):  # 'as part of an exercise'
            if noun is None or noun.lemma_.lower() != "part":
                break
            noun = _child(_child(noun, "prep") or noun, "pobj")
        if noun is None:
            continue
        words = {noun.lemma_.lower(), noun.lower_}
        if prep.lower_ not in ("at", "in", "on") or noun.lemma_.lower() in lex.exercise_words:
            # 'during a test launch'; not 'at a police training academy', 'on a training camp' (a place)
            words |= {
                f"{c.lower_} {w}" for c in noun.children if c.dep_ == "compound" for w in (noun.lower_, noun.lemma_.lower())
            }
            words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
        owner = _child(noun, "poss")
        if words & lex.exercise_words and (owner is None or not _named(owner)):
            return True
    return False


def _a_partys(obj: Token) -> bool:
    """'a Russian ship', 'Ukraine's warship': a thing a named party owns, no drill's target."""
    return any(
        c.dep_ in ("amod", "compound", "poss") and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.tag_ in ("NNP", "NNPS"))
        for c in obj.children
    )


def _kills_beside(verb: Token, lex: Lexicon) -> bool:
    """A killing or wounding told on the verb ('…, killing 12 soldiers', '… and killed two')."""
    for c in verb.children:
        if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB":
            entry = lex.verb(c.lemma_) or {}
            if entry.get("type") == "ASSAULT" and entry.get("mode") in ("kill", "wound"):
                return True
    return False


def _score(tok: Token) -> bool:
    """'3-1', '110-98' (one token or three): a result, not a date nor a count ('3-4 missiles')."""
    doc = tok.doc
    if tok.ent_type_ == "DATE" or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNS"):
        return False  # '3-4 times', 'with 3-4 missiles': a count
    if SCORE.match(tok.text):
        return True
    parts = doc[tok.i - 2 : tok.i + 1] if tok.i >= 2 else None
    return parts is not None and not parts[0].whitespace_ and not parts[1].whitespace_ and SCORE.match(parts.text) is not None


def _weapon(tok: Token, lex: Lexicon) -> bool:
    """A weapon or munition noun ('Rockets', 'an artillery shell'); not a name ('Houston Rockets'),
    nor a pit ('a coal mine')."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
        return False
    words = (tok.lemma_.lower(), tok.lower_, tok.lower_.removesuffix("s"))
    return any(w in lex.weapon_nouns for w in words) and not _mining_mine(tok, lex)


def _mining_mine(tok: Token, lex: Lexicon) -> bool:
    """'A coal mine flooded', 'A mine collapsed, killing 12 miners': a pit, not a land mine. A
    mining modifier decides; else, with no explosion word in the sentence, a mining word in it or a
    collapse or flood said of the mine itself ('the mine flooded'; not 'an old mine near the flooded
    river', 'an abandoned anti-tank mine exploded': land mines)."""
    senses = lex.mining_mine
    if not senses or tok.lower_.removesuffix("s") not in senses.get("nouns", ()):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in senses["modifiers"] for c in tok.children):
        return True
    words = {t.lower_ for t in tok.sent} | {t.lemma_.lower() for t in tok.sent}
    if words & senses["explosion"]:
        return False
    own = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if tok.dep_ in ("nsubj", "nsubjpass"):
        own |= {tok.head.lower_, tok.head.lemma_.lower()}
    return bool(words & senses["context"] or own & senses.get("context_of_the_mine", frozenset()))


def _accident(actor: Token, verb: Token, lex: Lexicon) -> bool:
    """'A coal mine flooded, killing 12', 'A building collapsed, killing 12 people', 'were killed
    when a shaft collapsed': the deaths of an accident, told in a clause hung on its verb (the
    accident's subject is no weapon: 'A drone crashed into the market, killing 3' stays)."""
    if actor is not None and _mining_mine(actor, lex):
        return True
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        clauses.append(verb.head)  # '…, killing 12' on 'collapsed'
    for clause in clauses:
        if lex.lemma(clause.lemma_) not in lex.accident_verbs or _force_in_clause(clause, verb, lex):
            continue
        subj = _child(clause, "nsubj")
        if subj is not None and not _weapon(subj, lex) and subj.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _fell_not_did(actor: Token, verb: Token, lex: Lexicon) -> bool:
    """The subject of an accident verb that a participle hangs on ('A building collapsed after a
    strike, killing 40') is what fell or crashed, not who killed (unless a weapon)."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and lex.lemma(head.lemma_) in lex.accident_verbs
        and getattr(_child(head, "nsubj"), "i", None) == actor.i
        and not _weapon(actor, lex)
    )


def _force_in_clause(clause: Token, verb: Token, lex: Lexicon) -> bool:
    """An attack or a weapon in the accident verb's clause, outside the verb it dates: 'collapsed
    after a Russian missile strike', 'collapsed under shelling', 'a truck packed with explosives
    crashed into the gate' tell the deaths of an attack, no accident."""
    inside = {t.i for t in verb.subtree}
    own = inside if clause.i not in inside else set()
    blasts = lex.mining_mine.get("explosion", frozenset())  # 'packed with explosives'
    for t in clause.subtree:
        if t.i in own or t.i == clause.i or t.pos_ not in ("NOUN", "PROPN", "VERB"):
            continue
        entry = lex.verb(t.lemma_) if t.pos_ == "VERB" else lex.noun(t.lemma_)
        if (entry is not None and entry.get("type") == "ASSAULT") or _weapon(t, lex) or t.lower_ in blasts:
            return True
    return False


def _weapon_owner(weapon: Token, lex: Lexicon) -> Token | None:
    """A party named on the weapon ('Russian drones', 'Hezbollah rockets', 'the army's shells')."""
    for c in weapon.children:
        proper = c.tag_ in ("NNP", "NNPS") and c.i != c.sent.start  # not a capital the sentence start gives
        named = (c.ent_type_ in ("NORP", "ORG", "GPE") or proper) and not _weapon(c, lex)  # not 'Mortar shells'
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and named):
            return c
    return None


def _of_owner(weapon: Token, lex: Lexicon) -> Token | None:
    """The armed party an 'of' phrase gives the weapon ('a drone of the Moroccan occupation army',
    'shells of the 3rd Brigade'); not 'a barrage of rockets', 'a drone of unknown origin'."""
    prep = next((c for c in weapon.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owner = _child(prep, "pobj") if prep is not None else None
    if owner is None or _weapon(owner, lex):
        return None
    named = owner.ent_type_ in ("NORP", "ORG", "GPE") or (owner.tag_ in ("NNP", "NNPS") and owner.i != owner.sent.start)
    return owner if named or _lemmas(owner) & lex.armed_doers else None


def _launched_before(weapon: Token, lex: Lexicon) -> Token | None:
    """The doer of a launch verb whose object is the same weapon, earlier in the sentence or in the
    one before ('Hezbollah fired rockets at the town. The rockets struck Metula.')."""
    doc, start = weapon.doc, weapon.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    lemma = weapon.lemma_.lower()
    for t in reversed(doc[first : weapon.i]):
        if t.lemma_.lower() == lemma and t.dep_ == "dobj" and lex.lemma(t.head.lemma_) in lex.launch_verbs:
            doer, _ = _subject_of(t.head, lex)
            if doer is not None and not _weapon(doer, lex):
                return doer
    return None


def _weapon_as_doer(actor: Token, how: str, lex: Lexicon) -> tuple[Token | None, str, Token | None, str]:
    """(doer, how, instrument, how): a weapon as subject or agent is the means; the doer is its
    launcher when one is named, its owner's phrase ('Russian drones'), else none."""
    if "weapon's launcher" in how:
        launched = actor.head.head
        weapon = launched.head if launched.dep_ == "acl" else _child(launched, "nsubj")
        return actor, how, weapon, "the weapon its launcher fired"
    if not _weapon(actor, lex):
        return actor, how, None, ""
    if (owner := _of_owner(actor, lex)) is not None:  # "A drone of the Moroccan army killed …"
        return owner, f"the weapon's owner ('{actor.text} of …')", actor, how
    if _weapon_owner(actor, lex) is not None:
        return actor, how + " (a weapon named with its owner: the owner is the doer)", actor, how
    if (launcher := _launched_before(actor, lex)) is not None:
        return launcher, f"the one who fired '{actor.text}' (subject of an earlier launch verb)", actor, how
    return None, "", actor, how + " (a weapon: the means, not the doer)"


def _force_nearby(verb: Token, lex: Lexicon, agents: bool = False) -> bool:
    """An act of force told in the verb's sentence or the one before (a verb or event noun coded
    ASSAULT, or a weapon): what a bare 'responded' answers ('Armenian forces shelled the village.
    Its army responded.'). With ``agents``, not a verb whose subject its entry skips ('The storm hit
    the coast': no act of force)."""
    doc, start = verb.doc, verb.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    end = verb.sent.end
    for _ in range(2 if in_headline(verb) else 0):  # 'guard hurt at … checkpoint': the lead (after the
        end = doc[end].sent.end if end < len(doc) else end  # dateline) tells the force (audit 16 F5)
    for t in doc[first:end]:
        if t.i == verb.i or t.lemma_ == verb.lemma_ or t.pos_ not in ("VERB", "NOUN"):
            continue  # 'people being hurt, gravely hurt': the same word is no other act
        entry = lex.verb(t.lemma_) if t.pos_ == "VERB" else lex.noun(t.lemma_)
        subj = _child(t, "nsubj") if agents and entry is not None and t.pos_ == "VERB" else None
        if subj is not None and subj.lemma_.lower() in entry.get("skip_subjects", ()):
            continue  # 'The storm hit the coast'
        if agents and t.pos_ == "VERB" and _none_harmed(t):
            continue  # '… no ship was damaged and no one was hurt': a denial of harm is no act of force
        if (entry is not None and entry.get("type") == "ASSAULT") or _weapon(t, lex):
            return True
    return False


def _is_named_place(tok: Token, is_place=None) -> bool:
    """The place layer's word for it when it ran, else the parser's place labels."""
    return is_place(tok) if is_place is not None else tok.ent_type_ in PLACE_ENTS  # not LOC: 'hit the Earth'


def _place_object(verb: Token, obj: Token, entry: dict, lex: Lexicon, is_place=None) -> Token | None:
    """A named place as the object ('Rockets struck Kiryat Shmona', 'seized the capital Sanaa'),
    unless the subject is no agent ('New sanctions hit Russia', 'the storm hit Florida')."""
    if obj.lemma_.lower() in PLACE_NOUNS:
        app = _child(obj, "appos") or next((c for c in obj.children if c.dep_ == "compound" and c.i > obj.i), None)
        obj = app if app is not None else obj  # "the capital Sanaa"
    if not _is_named_place(obj, is_place):
        return None
    subj, _ = _subject_of(verb, lex)
    no_agents = entry.get("skip_subjects", frozenset()) | entry.get("skip_bare_subjects", frozenset())
    return obj if subj is None or subj.lemma_.lower() not in no_agents else None


def _of_natural_cause(actor: Token, entry: dict) -> bool:
    """'the hurricane totals destroyed 70,000 homes': a measure noun whose modifier is a
    non-agent subject ('hurricane') says what the storm did, not what an armed party did."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in entry.get("skip_subjects", ()) for c in actor.children)


def _local_place(tok: Token, lex: Lexicon) -> bool:
    """A place the place layer found, of a kind an event happens in ('struck Kiryat Shmona'); a
    country as object is a party ('attacked the United States'); without the layer, none."""
    kind = (tok.doc.user_data.get(PLACE_KIND_KEY) or (lambda _t: None))(tok)
    return kind is not None and kind not in lex.party_place_kinds


def _place_modifier(obj: Token, lex: Lexicon, is_place=None) -> Token | None:
    """'striking El Fasher market', 'shelled Uri villages': a named place modifying a target
    noun is where it happened."""
    if obj.lemma_.lower() not in PLACE_NOUNS | lex.place_named_targets:
        return None
    return next((c for c in obj.children if c.dep_ == "compound" and c.i < obj.i and _local_place(c, lex)), None)


def _noun_as_verb(tok: Token) -> bool:
    """A base or present form in a noun's place or with a relative clause ('Aid that flows only
    through capitals rewards …': 'Aid' tagged VB, as subject or root; 'Aid workers said …', a bare
    base form as a clausal subject): no verb stands there."""
    if tok.tag_ not in ("VB", "VBP", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return False
    relative = any(c.dep_ == "relcl" for c in tok.children)  # only a noun takes a relative clause
    bare_subject = tok.dep_ in ("csubj", "csubjpass") and tok.tag_ == "VB"  # 'Aid workers in Shire said …' (no 'to')
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or relative or bare_subject


def _misparsed_subject(verb: Token) -> Token | None:
    """'Militia shells Port Elm': headline syntax the parser reads as a compound noun hung on a
    present-tense main verb; a noun right before such a verb with no subject is its subject."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "ROOT" or verb.i == 0:  # not 'in English Defence League rallies'
        return None
    before = verb.doc[verb.i - 1]
    ok = before.head.i == verb.i and before.dep_ == "compound" and before.pos_ in ("NOUN", "PROPN")
    return before if ok else None


def _split_clause_subject(verb: Token) -> Token | None:
    """'said fighters loyal to the TPLF crossed the river': the parser makes 'fighters loyal to …' a
    clause of its own, right before the subjectless verb; its subject is the verb's (audit-13 E3)."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i and c.pos_ == "ADJ"), None)
    if before is None or any(t.is_punct and t.text not in "()" for t in verb.doc[before.right_edge.i + 1 : verb.i]):
        return None
    return _child(before, "nsubj") if before.right_edge.i + 1 == verb.i or verb.doc[verb.i - 1].text == ")" else None


def _source_of(verb: Token) -> Token | None:
    """What something is taken out of: the object of 'out of' or 'from' on the verb."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return _child(c, "pobj")
        if c.lower_ == "out" and (of := next((g for g in c.children if g.lower_ == "of"), None)) is not None:
            return _child(of, "pobj")
    return None


def _refinement_fits(verb: Token, refine: dict[str, Any]) -> bool:
    """An object class that also needs a phrase on the verb: 'require_preps' ('took the crew to
    Salif'), 'require_prep_objects' ('into custody'), 'require_joined_to' (a verb the act is joined to:
    'captured the soldier … and released him'), 'require_particles' ('took away', 'drove off'), 'require_source' (what it was pulled
    out of: 'pulled him out of the car')."""
    preps = refine.get("require_preps")
    obj = _child(verb, "dobj", "nsubjpass")  # 'destroyed 38 drones over Crimea': the parse may hang it on the object
    held = [*verb.children, *(obj.children if obj is not None else ())]
    if preps and not any(
        c.dep_ == "prep" and c.lower_ in preps and not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in held
    ):  # not 'over the course of the week', 'over the weekend'
        return False  # 'took the crew to the port of Salif'; not 'took him aside'
    pobjs = refine.get("require_prep_objects", {})  # 'took five young men into custody' (audit 18 E11)
    if pobjs and not any(
        c.dep_ == "prep" and c.lower_ in pobjs and (o := _child(c, "pobj")) is not None and o.lemma_.lower() in pobjs[c.lower_]
        for c in verb.children
    ):
        return False
    parts = refine.get("require_particles")  # 'took away nine young men', 'drove off 2,000 cattle'
    if parts and not any(c.dep_ in ("prt", "advmod") and c.lower_ in parts for c in verb.children):
        return False  # not 'drives the sheep off a cliff' (a preposition with its object)
    joined = refine.get("require_joined_to")  # 'captured the soldier in 2023 and released him 19 months later'
    if joined and not (verb.dep_ == "conj" and verb.head.lemma_.lower() in joined.split("|")):
        return False
    taken = refine.get("require_joined_objects")  # 'took the suspects …, released them'; not 'held the figures back'
    if joined and taken:
        held = _child(verb.head, "dobj") or _child(verb.head, "nsubjpass")
        if held is None or not (held.lemma_.lower() in taken or held.lower_ in taken or held.ent_type_ == "PERSON"):
            return False
    src = _source_of(verb)
    return not refine.get("require_source") or (src is not None and bool(_lemmas(src) & refine["require_source"]))


def _according_appos(verb: Token) -> Token | None:
    """'According to al-Sharabi, militia boats boarded the ship': the parser hangs 'militia boats'
    on the source as an apposition; a plain noun right before the subjectless verb is its subject
    (audit 16 E4)."""
    acc = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i), None)
    src = _child(_child(acc, "prep"), "pobj") if acc is not None and _child(acc, "prep") is not None else None
    appos = _child(src, "appos") if src is not None else None
    if appos is None or appos.right_edge.i + 1 != verb.i or appos.ent_type_ or appos.pos_ != "NOUN":
        return None
    return appos if verb.doc[appos.left_edge.i - 1].text == "," else None


def _relative_head(verb: Token, rel: Token, lex: Lexicon) -> tuple[Token, str]:
    """The noun a relative clause's subject stands for: the clause's head, except that a happening
    told of a thing after an event noun is the event's ('the attack on the hospital, which killed
    12': the parser hangs the clause on 'hospital', but the attack did the killing)."""
    head = verb.head
    nom = lex.nominal
    if nom is None or rel.lower_ not in ("which", "that") or lex.lemma(verb.lemma_) not in nom.subject_verbs:
        return head, "head noun of the relative clause"
    doer = head.ent_type_ in ("PERSON", "NORP", "ORG") or head.lemma_.lower() in nom.relative_doers
    if doer and rel.lower_ == "that":  # a restrictive clause on a doer: "an attack on the militia that killed the mayor"
        return head, "head noun of the relative clause"
    cur = head
    for _ in range(3):  # "the attack on the clinic in Port Elm, which killed 12"
        if lex.noun(cur.lemma_) is not None or cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            break
        cur = cur.head.head
        if cur.pos_ == "NOUN" and lex.noun(cur.lemma_) is not None:
            return cur, f"event noun the relative clause is told of ('{cur.text} … {head.text}, {rel.text}')"
    return head, "head noun of the relative clause"


def in_context(sent: Span, words: frozenset[str], free_preps: frozenset[str] = frozenset()) -> bool:
    """A word of ``words`` anywhere in the sentence: a noun or proper noun for single words, the
    lower-cased text for phrases ('Wall Street'); the sentence's words are gathered once. Words
    inside a phrase of ``free_preps`` do not count: 'rallied against rising oil prices' is the
    protest's cause, not a markets report."""
    key = ("newsprism:context", sent.start, free_preps)
    doc = sent.doc
    if key not in doc.user_data:
        left_out = {t.i for p in sent if p.dep_ == "prep" and p.lower_ in free_preps for t in p.subtree}
        kept = [t for t in sent if t.i not in left_out]
        nouns = {t.lower_ for t in kept if t.pos_ in ("NOUN", "PROPN")}
        doc.user_data[key] = (nouns, " " + " ".join(t.lower_ for t in kept) + " ")
    nouns, text = doc.user_data[key]
    return any((f" {w} " in text) if " " in w else (w in nouns) for w in words)


def _antecedent(rel: Token) -> tuple[Token | None, str]:
    """The noun a relative pronoun stands for: the head of its relative clause, if any."""
    cur = rel.head
    for _ in range(6):
        if cur.dep_ == "relcl":
            return cur.head, "head noun of the relative clause"
        if cur.head is cur:
            break
        cur = cur.head
    return None, ""


def _object_of(verb: Token) -> tuple[Token | None, str]:
    """The patient of ``verb``: direct object, passive subject, or the noun a clause modifies."""
    if _is_passive(verb):
        subj = _nearest_subject(verb, "nsubjpass")
        if subj is not None and (counted := _counted_clause_subject(subj, verb)) is not None:
            return counted, "subject of the passive verb (patient; the parse joined the clause before it)"
        if subj is not None:
            if subj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head, "head noun of the relative clause (patient)"
            return subj, "subject of the passive verb (patient)"
        if verb.dep_ == "acl":
            return verb.head, "noun the passive participle modifies"
        return None, ""
    if (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")  # the parse may tag the participle VBD
        and _is_passive(verb.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children)
        and (subj := _nearest_subject(verb.head, "nsubjpass")) is not None
        and subj.lower_ not in REL_PRONOUNS
    ):  # 'Two activists were detained last week and released two days later' (audit 19 E8)
        return subj, "subject of the passive it is joined to, its auxiliary left out (patient)"
    obj = _child(verb, "dobj", "dative")
    if obj is not None:
        if obj.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, "head noun of the relative clause (object)"
        return obj, "direct object"
    if (
        verb.dep_ == "relcl"
        and _child(verb, "nsubj") is not None
        and _child(verb, "nsubj").lower_ not in REL_PRONOUNS
        and not any(c.dep_ == "advmod" and c.lower_ in ("when", "where", "why") for c in verb.children)
        and not _apposed_passive(verb, _child(verb, "nsubj"))
    ):  # not 'in late 2016, when lawyers protested': the time or place of the clause
        return verb.head, "head noun of the relative clause (object)"
    return None, ""


def _a_place_noun(tok: Token) -> bool:
    """'villages', 'one of four villages', 'a town': a common place noun, or 'one of' one."""
    if tok.lemma_.lower() in ("one", "some", "part", "most", "all") and (of := _child(tok, "prep")) is not None:
        tok = _child(of, "pobj") or tok
    return tok.lemma_.lower() in PLACE_NOUNS


def _apposed_passive(verb: Token, subj: Token | None) -> bool:
    """'… the border near Gizilhajili, one of four villages returned to Azerbaijan in 2024' (audit 20 E2):
    the parse makes a reduced passive after a comma a relative clause with its own subject; with no
    relative word and no auxiliary, that 'subject' is what the participle was done to, and the noun
    before the comma no object of it."""
    if subj is None or verb.dep_ not in ("relcl", "advcl") or verb.tag_ not in ("VBD", "VBN") or subj.i > verb.i:
        return False
    if verb.dep_ == "advcl" and not _a_place_noun(subj):
        return False  # the parse may make it a clause of the main verb: only a place then ('one of four villages returned')
    if any(c.dep_ in ("aux", "auxpass") or c.lower_ in REL_PRONOUNS or c.tag_ in ("WDT", "WP", "WP$") for c in verb.children):
        return False
    return subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].text == ","


def _counted_clause_subject(subj: Token, verb: Token) -> Token | None:
    """'the depot supplied fuel to Russian units …, and at least five occupiers were killed': the parse
    makes the clause before ', and' the passive's subject with the counted victims as its conjunct; the
    counted conjunct after ', and' is the subject when the first has no count and holds a verb form of
    its own (audit 19 k2: the target was 'the depot supplied fuel')."""
    if any(c.dep_ == "nummod" for c in subj.children) or not any(t.tag_.startswith("VB") for t in subj.lefts):
        return None
    others = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i != subj.i and c.i < verb.i]  # or two subjects
    for c in [*(c for c in subj.children if c.dep_ == "conj"), *others]:
        if any(g.dep_ == "nummod" for g in c.children):
            before = subj.doc[c.left_edge.i - 2 : c.left_edge.i]
            if [t.text for t in before] == [",", "and"] and c.left_edge.i - 2 - subj.left_edge.i >= 6:
                return c  # a clause's length before it, not 'The captured soldiers, and five civilians'
    return None


def _shared_object(verb: Token) -> Token | None:
    """The object of the verb joined right after ``verb`` ('punched and kicked the soldiers'): the
    one object of both verbs (used for cues that need an object)."""
    nxt = verb.doc[verb.i + 2] if verb.i + 2 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "conj" or nxt.head != verb or verb.doc[verb.i + 1].lower_ not in ("and", "or"):
        return None
    return _child(nxt, "dobj") if _child(nxt, "nsubj") is None else None


def _prep_object(verb: Token, *preps: str) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in preps:
            pobj = _child(child, "pobj")
            if pobj is not None:
                return pobj
    return None


def _match_keys(classes: list[tuple[frozenset[str], dict]], refine: dict) -> frozenset[str]:
    """The words of the object class ``refine`` belongs to."""
    return next((keys for keys, v in classes if v is refine), frozenset())


def _match(classes: list[tuple[frozenset[str], dict]], words: set[str]) -> dict | None:
    for keys, refine in classes:
        if keys & words:
            return refine
    return None


def _embedded_in_control(tok: Token, lex: Lexicon) -> Token | None:
    """The coded control verb ('refused', 'urged', 'asked') whose action ``tok`` is, if any."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head is cur:
            return None
        head = cur.head
        if not same_line(cur, head) or _tensed_conj(cur):
            return None
        entry = lex.verb(head.lemma_)
        if cur.dep_ == "xcomp" and entry and entry.get("control") and head.pos_ in ("VERB", "AUX"):
            return head
        if cur.dep_ == "ccomp" and (entry or head.lemma_.lower() in lex.speech_verbs):
            return None
        cur = head
    return None


def _noun_governor(verb: Token, lex: Lexicon) -> bool:
    """'attempts to capture', 'plans to attack', 'a bid to seize': a to-infinitive on a governing noun."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or head.lemma_.lower() not in lex.governors:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _governor_noun_doer(noun: Token, lex: Lexicon) -> tuple[Token | None, str]:
    """Whose attempt or plan it is: 'the army's attempt', 'attempts by rebels', 'Rebels made attempts'."""
    if (poss := _child(noun, "poss")) is not None:
        return poss, f"possessive of '{noun.text}'"
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None and (pobj := _child(by, "pobj")) is not None:
        return pobj, f"object of 'by' after '{noun.text}'"
    if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") and lex.verb(noun.head.lemma_) is None:
        subj, how = _subject_of(noun.head, lex, 1)  # 'made attempts', not 'rejected a proposal': the rejecter's it is not
        return subj, (f"{how} of '{noun.head.text}' (whose '{noun.text}' it is)" if subj is not None else "")
    return None, ""


def requested_action(verb: Token, lex: Lexicon) -> bool:
    """'requests … to impose sanctions', 'calls to withdraw': a to-infinitive on a request noun is
    what is asked for, no happening (as the action of 'urged … to')."""
    head = verb.head
    if verb.dep_ != "acl" or head.pos_ != "NOUN" or head.lemma_.lower() not in lex.request_nouns:
        return False
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _tensed_conj(verb: Token) -> bool:
    """'urged both sides to show restraint and offered to mediate': the parser hangs the tensed
    'offered' on the bare 'show'; it is a verb of the main clause, not part of the urged action."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and verb.head.tag_ == "VB" and verb.head.dep_ == "xcomp"


def _governor_modality(tok: Token, lex: Lexicon) -> tuple[str | None, str | None, bool]:
    """(modality, cue, negated) from a governing 'expected to', 'plans to', 'failed to' …"""
    prep = tok.head if tok.dep_ == "pcomp" else None  # "prevented the rebels from attacking the town"
    if (
        prep is not None
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in lex.preventers
        and lex.governors.get(tok.lemma_.lower()) != "continued"  # 'from continuing his massacre': it happened
    ):
        return "prevented", prep.head.text, True
    cur = tok
    for _ in range(4):
        if _noun_governor(cur, lex):  # "attempts to capture the town", "a bid to seize the port"
            gov = cur.head
            nothing = _negative_argument(gov.head, (gov.dep_,)) is not None and gov.head.i != gov.i  # "has no plans to"
            return lex.governors[gov.lemma_.lower()], gov.text, gov.lemma_.lower() in lex.negated_governors or nothing
        if cur.dep_ != "xcomp":
            return None, None, False
        gov = cur.head
        lemma = gov.lemma_.lower()
        if lemma in lex.governors:
            neg = lemma in lex.negated_governors or _negated(gov)
            return lex.governors[lemma], gov.text, neg
        cur = gov
    return None, None, False


def _content_noun(tok: Token, lex: Lexicon) -> Token | None:
    """The noun whose content clause ``tok`` is ('theories that …', 'allegations that troops
    shelled …', 'theories including that …'): what it says is a hypothesis, not a report."""
    cur = tok
    for _ in range(5):
        head = cur.head
        if head is cur:
            return None
        if cur.dep_ in ("conj", "xcomp") and head.pos_ in ("VERB", "AUX"):
            cur = head
            continue
        finite = any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in cur.children)
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in cur.children)  # parsed as a relative clause
        if (cur.dep_ in ("acl", "ccomp") and finite) or (cur.dep_ == "relcl" and that):
            noun = head
        elif cur.dep_ == "pcomp" and head.dep_ == "prep" and finite:
            noun = head.head
        else:
            return None
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.content_nouns or _confirmed(noun, lex):
            return None
        return noun
    return None


def _claim_owner(noun: Token) -> Token | None:
    """Whose claim it is: 'Yerevan's claim that …', 'claims by Baku that …' (not 'its claim')."""
    poss = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is not None:
        return poss
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    return _child(by, "pobj") if by is not None else None


def _confirmed(noun: Token, lex: Lexicon) -> bool:
    """'Reports that … were confirmed by the UN', 'the UN verified claims that …': a content
    noun that a confirming verb (not negated) takes as subject or object is no hypothesis."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass", "dobj") and lex.lemma(verb.lemma_) in lex.content_confirm_verbs and not _negated(verb)
    )


def _habitual(verb: Token, lex: Lexicon) -> str | None:
    """The frequency cue of a present-tense predicate ('shell the town every night', 'are
    routinely detained'): a habit, not one happening; None otherwise (headlines have no cue)."""
    present = (
        verb.tag_ in ("VBZ", "VBP")
        or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children))
        # 'Airstrikes hit the town nightly': hit/cut/set … read as past by the parser, but the form
        # is also the present one; with a frequency cue the present reading is the habit
        or (
            verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and not any(c.dep_.startswith("aux") for c in verb.children)
        )
    )
    if not present or not (lex.habitual_adverbs or lex.habitual_dets):
        return None
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in lex.habitual_adverbs:
            return c.text
        if c.dep_ in ("npadvmod", "tmod", "obl", "advmod") and (
            det := next((d for d in c.children if d.dep_ == "det" and d.lower_ in lex.habitual_dets), None)
        ):
            return f"{det.text} {c.text}"
    return None


def _repeated(verb: Token, lex: Lexicon) -> str | None:
    """The count of a past act told over a period ('has raided the camp four times in the past
    month', 'raided it twice this year'): repeated happenings, no one incident; None for a count
    with no period or perfect ('was shot three times in the chest' is one incident)."""
    rep = lex.repeated
    if not rep or verb.tag_ not in ("VBD", "VBN"):
        return None
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep") for g in c.children)]
    count = next((c for c in near if c.dep_ == "advmod" and c.lower_ in rep["counts"]), None)
    if count is None:
        noun = next((c for c in near if c.dep_ in ("npadvmod", "advmod") and c.lower_ in rep["count_nouns"]), None)
        num = _child(noun, "nummod") or _child(noun, "amod") if noun is not None else None
        num = num if num is not None and num.lower_ in rep["count_words"] else None  # not 'twice', 'two times'
        count = noun if num is not None else None
        cue = f"{num.text} {noun.text}" if num is not None and noun is not None else None
    else:
        cue = count.text
    if count is None:
        return None
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    period = any(
        (
            c.dep_ == "prep"
            and c.lower_ in rep["period_preps"]
            and (p := _child(c, "pobj")) is not None
            and (p.lower_ in rep["period_nouns"] or (c.lower_ == "since" and p.ent_type_ == "DATE"))
        )
        or (c.dep_ == "npadvmod" and c.lower_ in rep["period_nouns"])
        for c in near
    )
    return cue if perfect or period else None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or _negative_argument(tok, ("nsubj", "nsubjpass")) is not None


def _negative_argument(tok: Token, deps: tuple[str, ...]) -> Token | None:
    """The negative word of a child in ``deps`` that names nobody ('Nobody was beaten', 'no one',
    'none of the men', 'killed no civilians'): the act is told as not done."""
    found: dict[str, Token] = {}
    plain: set[str] = set()
    for c in tok.children:
        if c.dep_ not in deps:
            continue
        det = c if c.lower_ in NEG_DETS else next((d for d in c.children if d.dep_ == "det" and d.lower_ in NEG_DETS), None)
        det = det if det is not None else _not_a_single(c)
        if det is None or _names_an_exception(c):
            plain.add(c.dep_)
        else:
            found.setdefault(c.dep_, det)
    # "hit no military target, only houses": a second, plain object names what the act did reach
    return next((det for dep, det in found.items() if dep not in plain), None)


def _not_a_single(arg: Token) -> Token | None:
    """'Not a single civilian was killed', 'not one soldier': the 'not' before the argument (audit 17 E1)."""
    neg = next((d for d in arg.children if d.dep_ == "neg" and d.lower_ == "not" and d.i < arg.i), None)
    if neg is None:
        return None
    one = any(d.lower_ in ("a", "an", "one", "single") for d in arg.children if neg.i < d.i < arg.i)
    return neg if one or arg.lower_ == "one" else None


def _names_an_exception(arg: Token) -> bool:
    """'none other than the commander', 'nobody but the soldiers', 'no military target, only
    houses': the argument's own phrase names somebody after the negative word (review 12)."""
    doc, phrases = arg.doc, [w.split() for w in lexicon().negative_exceptions]
    return any([w.lower_ for w in doc[t.i : t.i + len(p)]] == p for t in arg.subtree if t.i > arg.i for p in phrases)


def _speaker_subject(said: Token) -> Token | None:
    """The subject of a speech verb; of two the parse gives it ('attacked the village, burning cars,
    the village council said'), the one nearest before it that no participle modifies."""
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        plain = [c for c in subjects if not any(g.tag_ in ("VBG", "VBN") and g.dep_ == "amod" for g in c.children)]
        return max(plain or subjects, key=lambda c: c.i if c.i < said.i else -1)
    return subjects[0] if subjects else None


def _attribution(tok: Token, sent: Span, lex: Lexicon) -> tuple[Token | None, str | None]:
    """The speaker an event is reported from ('X said that …', 'according to X'); a relative pronoun
    speaker is the noun it stands for ('according to the SDF, which said it killed nine attackers': the
    SDF, not 'which'; audit 20 E3)."""
    speaker, cue = _attribution_of(tok, sent, lex)
    if speaker is not None and speaker.lower_ in REL_PRONOUNS:
        noun = _antecedent(speaker)[0]
        doc = speaker.doc
        if noun is None and speaker.i >= 2 and doc[speaker.i - 1].text == "," and doc[speaker.i - 2].pos_ in ("NOUN", "PROPN"):
            noun = doc[speaker.i - 2]  # 'according to residents, who said …': the parse made 'who said' a conjunct
        speaker = noun if noun is not None else speaker
    return speaker, cue


def _attribution_of(tok: Token, sent: Span, lex: Lexicon) -> tuple[Token | None, str | None]:
    cur = tok
    for _ in range(8):
        if cur.head is cur:
            break
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in lex.speech_verbs and not _semicolon_between(cur, cur.head):
            speaker = _speaker_subject(cur.head)
            if speaker is None and cur.head.dep_ == "conj":  # "X denied the airstrike and said its forces …"
                speaker = _subject_of(cur.head, lex)[0]
            if speaker is None and cur.i < cur.head.i:
                speaker = _trailing_speaker(cur.head)
            if speaker is not None:
                return speaker, cur.head.text
        if (said := _said_in(cur, lex)) is not None and (speaker := _child(said, "nsubj")) is not None:
            return speaker, said.text  # "claimed in a statement that its jets had destroyed …"
        cur = cur.head
    said = next((c for c in cur.children if c.dep_ == "parataxis" and c.lemma_.lower() in lex.speech_verbs), None)
    if said is not None and said.i > tok.i and (speaker := _child(said, "nsubj")) is not None:
        return speaker, said.text  # "… shelled Indian posts in Poonch, it said, …"
    for t in _according(sent):
        if t.dep_ == "prep":
            to = _child(t, "prep")
            pobj = _child(to, "pobj") if to is not None else None
            if pobj is not None:
                return pobj, "according to"
    return None, None


def _said_in(clause: Token, lex: Lexicon) -> Token | None:
    """'X said in a statement that …': the parser hangs the that-clause on 'statement'; the
    speech verb the noun's 'in' phrase belongs to frames it."""
    if clause.dep_ not in ("acl", "relcl") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = clause.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    return verb if verb.lemma_.lower() in lex.speech_verbs else None


def _trailing_speaker(said: Token) -> Token | None:
    """'…, wounding six civilians, including two women, the Inter-Services Public Relations (ISPR)
    said': the parser may hang the speaker on a noun of the clause, leaving the speech verb with
    no subject; the speaker is then the noun phrase between the last comma and the verb."""
    doc = said.doc
    comma = next((k for k in range(said.i - 1, max(said.i - 12, said.sent.start) - 1, -1) if doc[k].text == ","), None)
    if comma is None:
        return None
    inside = range(comma + 1, said.i)
    heads = [doc[k] for k in inside if doc[k].head.i not in inside and doc[k].pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if len(heads) == 1 else None


def _according(sent: Span) -> list[Token]:
    """'according' tokens of a sentence, found once per sentence."""
    key = ("newsprism:according", sent.start)
    doc = sent.doc
    if key not in doc.user_data:
        doc.user_data[key] = [t for t in sent if t.lower_ == "according"]
    return doc.user_data[key]


def _own_tokens(verb: Token) -> list[Token]:
    """Tokens of the verb's adjuncts (where its time and place are said), not its clauses, nor
    the clauses inside an adjunct ("accused Moscow of trying to cut exports after Russia quit
    the deal in July": July dates the quitting, not the accusation)."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl", "agent", "dative", "prt") or (
            child.dep_ == "dobj" and child.pos_ in ("PROPN",)
        ):
            stack = [child]
            while stack:
                tok = stack.pop()
                out.append(tok)
                stack.extend(c for c in tok.children if not _is_clause(c))
    for prep in _object_participle_times(verb):
        out.extend(prep.subtree)
        out += _modifier_before(prep)  # 'a vehicle carrying senior PKK members … late on Tuesday' (audit 20 E1)
    for c in verb.children:  # 'captured a camp in Kech district of occupied Balochistan on Tuesday night'
        if c.dep_ == "advcl" and _participle_of_a_name(c):
            out.extend(t for p in c.children if p.dep_ == "prep" and _time_phrase(p) for t in p.subtree)
    return sorted(out, key=lambda t: t.i)


def _object_participle_times(verb: Token) -> list[Token]:
    """'attacked nomads grazing their herds near Amiet on Wednesday morning': the parse hangs the
    closing day on the object's participle, which has no tense of its own; it dates the act
    (audit 17 E4). Only a day phrase that ends the participle's clause."""
    obj = _child(verb, "dobj")
    part = next((c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"), None) if obj is not None else None
    if part is None or any(c.dep_ in ("nsubj", "aux") for c in part.children):
        return []
    return [c for c in part.children if c.dep_ == "prep" and _time_phrase(c) and c.right_edge.i == part.right_edge.i]


def _in_which_incident(verb: Token, lex: Lexicon) -> Token | None:
    """The event noun an 'in which' clause tells of ('an attack on Sunday evening on a checkpoint at
    nearby Bamessing in which one gendarme was killed': the attack, though the parse hangs the
    clause on the last noun): the nearest event noun before the clause, in its sentence (audit 14, E1)."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(p.lower_ == "which" for p in c.children) for c in verb.children
    ):
        return None
    for tok in reversed(verb.doc[verb.sent.start : verb.left_edge.i]):
        if tok.pos_ == "VERB":
            return None
        if tok.pos_ == "NOUN" and lex.noun(tok.lemma_) is not None:
            return tok
    return None


def _leaving_cause(verb: Token, by_trigger: dict[int, Candidate]) -> Token | None:
    """The act a 'leaving X injured' clause tells the outcome of: the nearest coded event above the
    'leaving' (the parse may hang it on a relative clause in between: '… inside the buffer zone that
    divides Cyprus, leaving three peacekeepers injured')."""
    left = verb.head
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or left.lemma_ != "leave" or left.dep_ != "advcl":
        return None
    cur = left.head
    for _ in range(6):
        if cur.i in by_trigger:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _day_on_objects_participle(c: Candidate, by_trigger: dict[int, Candidate]) -> Token | None:
    """'repelled an attack by terrorist militias backed by Puntland on its positions … on Sunday': the
    parse hangs the main act's time phrase on a passive participle ('backed by …') inside the verb's
    object; the phrase ('on Sunday') dates the verb (review 15, audit 15 E3)."""
    verb = c.trigger
    if c.form != "verbal":  # the act noun itself: 'repelled an attack by militias backed by …'
        dobj = verb if verb.dep_ == "dobj" else None
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i not in by_trigger:
        dobj = _child(verb.head, "dobj")  # ', killing 37 of the attackers': the uncoded 'repelled''s object
    else:
        dobj = _child(verb, "dobj")
    if dobj is None:
        return None
    for tok in dobj.subtree:
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children):
            return next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and _time_phrase(c)), None)
    return None


def _time_phrase(prep: Token) -> bool:
    """A preposition whose object is a date or time ('on Tuesday')."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _participle_of_a_name(tok: Token) -> bool:
    """'in occupied Famagusta': a participle the parse makes a preposition's clause taking the name
    right after it as object, with no subject or auxiliary: the name's attribute (audit 14, E7)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    dangling = prev is not None and prev.dep_ == "prep" and _child(prev, "pobj", "pcomp") is None
    return (
        ((tok.dep_ == "pcomp" and tok.head.dep_ == "prep") or dangling)  # 'district of occupied Balochistan' (audit 17 E5)
        and tok.tag_ in ("VBD", "VBN")
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.head == tok
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    )


SPAN_PREPS = ("for", "since", "until", "throughout", "during")


def _later_conjunct(verb: Token) -> Token | None:
    """The verb joined after ``verb`` with the same subject ('Soldiers killed fourteen civilians and
    burnt 47 houses in Babessi on Monday morning': no subject of its own), whose closing time
    phrase dates both acts (audit 14, E2); not when the first act has a span of its own ('besieged
    El Fasher for months and stormed the city on Sunday')."""
    if any(c.dep_ == "prep" and c.lower_ in SPAN_PREPS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
            return c
    return None


def _verb_of_uncoded_participle(noun: Token, by_trigger: dict[int, Candidate], lex: Lexicon) -> Token | None:
    """'Air defence forces destroyed 38 drones … on Tuesday night, repelling a terrorist attack … on a
    fuel depot': an event noun, object of a participle clause that is no event itself, hung on a
    coded verb; it happened then (audit 19 E2)."""
    part = noun.head
    if noun.dep_ != "dobj" or part.dep_ != "advcl" or part.tag_ != "VBG" or part.i in by_trigger:
        return None
    if part.lemma_.lower() in lex.consequence_verbs:
        return None  # 'shelled the town on Monday, triggering protests': what followed
    return part.head if part.head.i in by_trigger and by_trigger[part.head.i].form == "verbal" else None


def _day_left_on_the_speech_verb(verb: Token, lex: Lexicon) -> list[Token]:
    """'… members of a group who shot dead four workers … in Nduga regency, on Saturday, police said on
    Monday': the parse hangs the reported act's day on the speech verb, which has a day of its own after
    it; the day written inside the reported clause, before the speaker, with no other tensed verb
    between the act and it, is the act's (audit 19 E2)."""
    if verb.tag_ not in ("VBD", "VBN") or _own_dates(verb):
        return []
    said = next((a for a in verb.ancestors if a.dep_ == "ROOT"), None)
    if said is None or lex.lemma(said.lemma_) not in lex.speech_verbs or said.i < verb.i:
        return []
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    preps = [c for c in said.children if c.dep_ == "prep" and _time_phrase(c)]
    before = [p for p in preps if verb.i < p.i and (subject is None or p.i < subject.i)]
    if len(before) != 1 or not any(p.i > said.i for p in preps):
        return []
    between = verb.doc[verb.i + 1 : before[0].i]
    if any(t.tag_ in ("VBD", "VBZ", "VBP") or (t.tag_ == "VBN" and t.dep_ != "amod") for t in between):
        return []
    return list(before[0].subtree)


def _day_of_the_targets_gathering(c: Candidate, lex: Lexicon) -> list[Token]:
    """'police opened fire on students who gathered on Monday to reject the operation': an act of force
    with no day of its own on people a relative clause says gathered, protested, rallied or marched on a
    day happened at that gathering, that day (audit 19 E4); a detention of someone who crossed a border
    on a day (``crossing_verbs``: 'detained an Armenian citizen who illegally crossed the state border …
    on Thursday morning', audit 20 E1) was then; not another act told of them ('arrested men who had
    attacked a convoy on Monday')."""
    target = c.recipient
    if target is None or c.event_type not in lex.continuation_types or _own_dates(c.trigger):
        return []
    for clause in target.children:
        caught = c.event_type == "COERCE" and lex.lemma(clause.lemma_) in lex.crossing_verbs  # 'who illegally crossed'
        if clause.dep_ != "relcl" or not (
            caught or lex.lemma(clause.lemma_) in lex.gathering_verbs or (lex.verb(clause.lemma_) or {}).get("type") == "PROTEST"
        ):
            continue
        if any(a.dep_ == "aux" and a.lower_ in ("had", "'d") for a in clause.children):
            continue  # 'arrested 20 activists who had protested outside parliament on Monday': before the arrest
        day = next((p for p in clause.children if p.dep_ == "prep" and _time_phrase(p)), None)
        if day is not None and day.lower_ not in SPAN_PREPS:  # 'who crossed the Line of Control in 2019': no day
            return list(day.subtree)
    return []


SPAN_PREPS = frozenset({"in", "during", "since", "for", "throughout", "over", "between", "from"})  # a stretch, not a day


def _a_words_meaning(verb: Token, lex: Lexicon) -> bool:
    """A bare participle (no subject or auxiliary) that is what a word means ('the term "neutralised" to
    mean killed, captured or surrendered'): the object or clause of a ``meaning_verbs`` verb, or joined
    to one that is (the parse may join 'captured' to 'mean' itself)."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "ccomp", "dobj", "oprd", "conj") and lex.lemma(cur.head.lemma_) in lex.meaning_verbs:
            return True
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    return False


def _answered_acts_time(verb: Token, lex: Lexicon, noun: Token | None = None) -> list[Token]:
    """'neutralised 13 militants …, in retaliation for a mortar attack on a Turkish base near Tal Abyad
    late on Monday' (audit 20 E2): a time phrase the parse hangs on the verb, written right after an
    event noun answered in its 'in retaliation for' / 'in response to' phrase (``reply_preps``), is that
    act's time, not the reply's. The tokens of that phrase (for ``noun`` only: that noun's)."""
    for p in verb.children:
        reply = _child(p, "pobj") if p.dep_ == "prep" else None
        if reply is None or reply.lemma_.lower() not in lex.reply_preps:
            continue
        for q in reply.children:
            act = _child(q, "pobj") if q.dep_ == "prep" and q.lower_ in ("for", "to") else None
            if act is None or lex.noun(act.lemma_) is None or (noun is not None and act.i != noun.i):
                continue
            nxt = act.right_edge.i + 1
            for c in verb.children:
                if c.left_edge.i == nxt and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree):
                    return list(c.subtree)
    return []


def _own_dates(verb: Token) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in _own_tokens(verb))


def _reported_act_of_force(tok: Token, coding: dict, lex: Lexicon) -> bool:
    """An act of force with no doer that is the content of a denial or an accusation ('denied reports that
    the oil terminal had been destroyed', 'Reports … that the depot had been destroyed … are fake'), or
    one said of none ('No ship was damaged in the port of Kerch', after an attack told in the sentence or
    the one before: a denial of damage, audit 19 E3 rest): told of the war, not of a storm, so it codes
    though its entry wants a doer (audit 19 E3)."""
    if coding.get("type") != "ASSAULT":
        return False
    return _complement_frame(tok, lex)[0] is not None or (_none_harmed(tok) and _force_nearby(tok, lex, agents=True))


def _none_harmed(tok: Token) -> bool:
    """The passive's subject is none ('No ship was damaged', 'none of the tanks were destroyed', 'no
    residential buildings had been damaged')."""
    subj = _child(tok, "nsubjpass")
    if subj is None:
        return False
    return subj.lower_ in ("none", "nothing") or any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _under_a_deadline(tok: Token, verb: Token) -> bool:
    """``tok`` is inside a 'by'/'until' phrase of ``verb`` ('restoring calm by Wednesday morning'): the
    time a state was reached or lasted to, which dates no act joined before it (audit 18 E8)."""
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "prep" and tok.lower_ in ("by", "until", "till")


def _speech_time(verb: Token, lex: Lexicon) -> list[Token]:
    """Adjuncts the parse hangs on a reported clause's verb but written between the speech verb and
    the clause's subject ('The army said on Tuesday it had killed nine fighters'): they date the
    saying, not the act (audit 14, E1); not after a 'that' ('said that on Monday troops had …')."""
    head = verb.head
    if verb.dep_ != "ccomp" or lex.lemma(head.lemma_) not in lex.speech_verbs or head.i > verb.i:
        return []
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if subject is None or (mark is not None and mark.i < subject.i):
        return []
    return [c for c in verb.children if c.dep_ in ("prep", "npadvmod", "tmod") and head.i < c.i < subject.i]


def _is_clause(tok: Token) -> bool:
    return tok.dep_ in CLAUSE_EDGES or (tok.dep_ in ("pcomp", "xcomp") and tok.pos_ in ("VERB", "AUX"))


def _whether_mark(tok: Token) -> Token | None:
    """The 'whether' of an open question the verb is in ('She did not say whether Pakistan had
    asked for a meeting', 'it is unclear whether troops withdrew')."""
    cur = tok
    for _ in range(3):
        mark = next((c for c in cur.children if c.dep_ in ("mark", "advmod") and c.lower_ == "whether"), None)
        if mark is not None or cur.dep_ not in ("conj", "xcomp"):
            return mark
        cur = cur.head
    return None


def _condition_mark(tok: Token) -> Token | None:
    """The 'if'/'unless' of the conditional clause ``tok`` is in, also for a verb coordinated
    inside it ('if talks fail and rebels seize the bridge'), which the parser may hang on the
    main verb with the 'and' left on the if-clause verb."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "advcl":
            return next((c for c in cur.children if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS), None)
        if cur.dep_ != "conj" or cur.head is cur:
            return None
        before = cur.doc[cur.left_edge.i - 1] if cur.left_edge.i > 0 else None
        clause = before.head if before is not None and before.dep_ == "cc" else None
        if clause is not None and clause.dep_ == "advcl" and clause.head == cur.head and clause.i < cur.i:
            return _condition_mark(clause)  # the 'and' sits on the if-clause verb: 'seize' belongs to it
        cur = cur.head
    return None


def _modal_head(tok: Token) -> Token:
    """The verb whose modal, negation and governor a coordinated verb shares: "will attack and
    seize", "did not attack or shell" (a conj with no subject, auxiliary or negation of its own,
    not after 'but')."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if cur.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head is cur:
            break
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "expl") for c in cur.children):
            break
        if head.tag_ == "VB" and cur.tag_ in ("VBD", "VBZ"):  # "would not halt … and accused": a tensed verb
            break  # cannot share the bare verb's modal (VBP is left out: its form is the bare one)
        if _active_past(cur) and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children):
            break  # "were not involved and accused …": an active past shares no passive's 'were not'
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in head.children if head.i < c.i < cur.i):
            break
        if any(c.dep_ == "advmod" and c.lower_ in lexicon().adverbs for c in cur.children):
            break
        cur = head
    return cur


def _consequent_of(verb: Token) -> Token | None:
    """The 'if'/'unless' of a condition clause attached to ``verb`` ("if talks fail, the army
    will attack"): the verb is what happens on that condition."""
    for c in verb.children:
        if c.dep_ == "advcl":
            mark = next((m for m in c.children if m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS), None)
            if mark is not None:
                return mark
    return None


def _headline_passive(verb: Token, lex: Lexicon) -> bool:
    """Headline 'RSF accused of new attacks': a participle with a subject, no object and the
    entry's 'passive_without_object' preposition, read as a passive without its auxiliary."""
    entry = lex.verb(verb.lemma_) or {}
    bare = entry.get("passive_without_object")
    bare_ok = bare is not None and any(c.dep_ == "prep" and c.lower_ == bare for c in verb.children)
    # "Shepherd killed near Keran": a headline tells its own past actions in the present
    past_in_headline = (
        entry.get("type") in lex.headline_passive_types
        and in_headline(verb)
        and (
            verb.dep_ == "ROOT"
            or (verb.dep_ == "conj" and verb.tag_ == "VBN")  # '…; 23 soldiers killed, BLA says'
            or (verb.dep_ == "conj" and verb.head.tag_ in ("VBN", "VBD") and _headline_passive(verb.head, lex))
            or (
                verb.dep_ == "ccomp"
                and _subject_right_before(verb)  # not "Kurti's special units storm Zvečan: two Serbs killed"
                and (
                    (verb.head.tag_ in ("VBN", "VBD") and _headline_passive(verb.head, lex))
                    or (verb.tag_ == "VBN" and lex.lemma(verb.head.lemma_) in lex.speech_verbs)
                )
            )
        )  # '…; soldier wounded, shepherd abducted near Berkaber': joined to a headline passive (audit 20 E3);
        # 'Soldier wounded, shepherd abducted …' (the parse: 'wounded' a ccomp), 'Army says militants killed' (review)
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )
    return bool(
        (bare_ok or past_in_headline)
        and verb.tag_ in ("VBN", "VBD")
        and _child(verb, "nsubj") is not None
        and _child(verb, "dobj") is None
    )


def _subject_right_before(verb: Token) -> bool:
    """The participle's subject ends right before it ('Soldier wounded', 'militants killed')."""
    subj = _child(verb, "nsubj")
    return subj is not None and subj.right_edge.i + 1 == verb.i


def _headline_infinitive(verb: Token) -> bool:
    """Headline 'Russia to attack Kharkiv', 'Army to withdraw from X, minister says': a subject and
    a to-infinitive with no finite verb of its own, read as 'will' (the parser may hang the
    infinitive on the subject as its clause: 'Rebels to attack Port Elm')."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    on_subject = (
        verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN")
    )  # not 'Efforts to Aid' (acl)
    return on_subject or _child(verb, "nsubj") is not None


def _semicolon_between(a: Token, b: Token) -> bool:
    """A semicolon between two tokens: two clauses told side by side ('Strike kills three;
    Hezbollah denies firing'), which the parser may still hang one on the other."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1 : hi])


def _complement_frame(tok: Token, lex: Lexicon) -> tuple[Token | None, dict]:
    """The verb that frames ``tok`` as denied or alleged content, with its 'complement' entry:
    "denied blocking the convoy", "denied that its troops shelled …" (no preposition),
    "accused the RSF of attacking …", "blamed Baku for shelling …" (the entry's preposition);
    the participle clause that goes on from such a gerund ("accused the militia of shelling homes
    …, wounding four civilians") and a that-clause of a noun the verb denies ("denied reports that
    any sailor had been killed")."""
    if (gerund := _participle_of_framed_gerund(tok, lex)) is not None:
        return _complement_frame(gerund, lex)
    cur = tok
    for _ in range(5):
        head = cur.head
        if head is cur or not same_line(cur, head):
            break
        if _semicolon_between(cur, head):
            break  # "Israeli strike kills three; Hezbollah denies firing": the strike is not denied
        noun = head if cur.dep_ == "acl" and _that_clause(cur) else _reported_content(cur, lex)
        if cur.dep_ in ("acl", "ccomp") and _that_clause(cur) and head.lemma_.lower() not in lex.content_nouns:
            noun = _reported_content(cur, lex) or noun  # 'Reports by partisan channels that …'
        elif cur.dep_ == "ccomp" and _that_clause(cur) and head.pos_ == "NOUN":
            noun = head  # 'Claims that soldiers had killed …' (the parse: a clause of the noun)
        if noun is not None and noun.lemma_.lower() in lex.content_nouns and (said_false := _called_false(noun, lex)) is not None:
            return said_false, _DENIED_AS_FALSE  # 'Reports that … had been killed are fake' (audit 19 E3)
        if noun is not None and noun.dep_ == "dobj" and noun.lemma_.lower() in lex.content_nouns:
            verb = noun.head  # "denied reports that any sailor had been killed" (audit 16, E5)
            comp = (lex.verb(verb.lemma_) or {}).get("complement")
            if comp and not comp.get("prep") and verb.pos_ in ("VERB", "AUX") and not _is_passive(verb):
                return verb, comp
        if cur.dep_ in ("xcomp", "ccomp") or _gerund_object(cur):
            comp = (lex.verb(head.lemma_) or {}).get("complement")
            if comp and not comp.get("prep") and head.pos_ in ("VERB", "AUX") and not _is_passive(head):
                return head, comp  # "motions to reopen were denied" is a refusal, not a denial of the content
        if cur.dep_ == "pcomp" and head.dep_ == "prep":
            verb = head.head.head if head.head.dep_ == "dobj" else head.head  # "of" may hang on the object
            comp = (lex.verb(verb.lemma_) or {}).get("complement")
            if comp and comp.get("prep") == head.lower_ and verb.pos_ in ("VERB", "AUX"):
                return verb, comp
        if cur.dep_ not in ("xcomp", "conj"):
            break
        cur = head
    return None, {}


def _reported_content(clause: Token, lex: Lexicon) -> Token | None:
    """The content noun a that-clause the parse makes a relative clause tells, past a phrase between
    them ('denied reports circulating on social networks that the attackers had beheaded villagers',
    'denied reports in Syrian media that soldiers had fired at the protesters'; audit 18 E1): a clause
    with 'that' and a subject of its own, under the noun or a phrase on it."""
    if clause.dep_ not in ("relcl", "acl") or not any(c.lower_ == "that" and c.dep_ in ("mark", "dobj") for c in clause.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in REL_PRONOUNS for c in clause.children):
        return None
    noun = clause.head
    for _ in range(3):
        if noun.lemma_.lower() in lex.content_nouns:
            return noun
        if noun.dep_ not in ("pobj", "prep", "acl") or noun.head is noun:
            return None
        noun = noun.head
    return noun if noun.lemma_.lower() in lex.content_nouns else None


_DENIED_AS_FALSE = {"modality": "denied", "negated": True, "no_attribution": True}


def _called_false(noun: Token, lex: Lexicon) -> Token | None:
    """The copula that calls the content noun false ('Reports … are fake', 'Claims … are a lie'): the
    noun is its subject and its complement a listed denial word (``denial_predicates``)."""
    cop = noun.head
    if noun.dep_ != "nsubj" or cop.lemma_ != "be":
        return None
    said = [c for c in cop.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.denial_predicates]
    return cop if said else None


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _met_with(verb: Token) -> bool:
    """A passive with 'with' and no agent: 'would be met with operations', 'were met with tear gas'."""
    return (
        _is_passive(verb)
        and _child(verb, "agent") is None
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    )


def _participle_of_framed_gerund(verb: Token, lex: Lexicon) -> Token | None:
    """The gerund a participle clause goes on from when the parse hangs the clause on the verb
    that frames the gerund: "accused the militia of shelling homes in Hays on Tuesday, wounding
    four civilians" -> 'shelling' (the militia's alleged act, not the accuser's; audit 16, E3)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    frame = verb.head
    comp = (lex.verb(frame.lemma_) or {}).get("complement")
    if not comp or not comp.get("prep") or frame.pos_ not in ("VERB", "AUX"):
        return None
    for holder in (frame, _child(frame, "dobj")):  # 'of' may hang on the object
        for prep in holder.children if holder is not None else ():
            if prep.dep_ == "prep" and prep.lower_ == comp["prep"] and prep.i < verb.i:
                gerund = _child(prep, "pcomp")
                if gerund is not None and gerund.tag_ == "VBG":
                    return gerund
    return None


def _clause_preps(verb: Token) -> list[Token]:
    """Prepositions in the verb's own clause, nearest first: its adjuncts and those inside
    its object (the small parser often hangs "at the checkpoint" on a participle in the
    object), but not inside its subject or other clauses."""
    out: list[Token] = []
    queue = [c for c in verb.children if c.dep_ not in CLAUSE_EDGES | {"nsubj", "nsubjpass", "conj", "xcomp", "csubj"}]
    while queue:
        tok = queue.pop(0)
        if tok.dep_ == "prep":
            out.append(tok)
        if _split_time_clause(tok):
            continue
        if tok.dep_ == "pobj" and tok.lemma_.lower() in lexicon().reply_preps:
            continue  # 'in retaliation for a mortar attack on a base near Tal Abyad': the answered act's place (audit 20 E2)
        queue.extend(c for c in tok.children if c.dep_ not in CLAUSE_EDGES - {"acl"} | {"conj"})
    return out


def _split_time_clause(tok: Token) -> bool:
    """'resumed attacks after fighting in Gaza flared again': the parse makes 'fighting in Gaza' the
    object of 'after' and 'flared' a clause of its own; that is another event's place (audit 16 E8)."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("after", "before", "since", "until", "following"):
        return False
    nxt = tok.right_edge.i + 1
    return nxt < len(tok.doc) and tok.doc[nxt].dep_ == "advcl" and tok.doc[nxt].tag_ in ("VBD", "VBZ", "VBP")


def placey(pobj: Token) -> bool:
    """A proper-noun head or compound that is not a date, number or nationality."""
    toks = [pobj, *(c for c in pobj.children if c.dep_ == "compound")]
    return pobj.ent_type_ not in NOT_PLACE_ENTS and any(t.pos_ == "PROPN" and t.ent_type_ not in NOT_PLACE_ENTS for t in toks)


def _location(verb: Token, skip: set[int], is_place=None) -> tuple[Token | None, str]:
    """The nearest place-like object of a place preposition ('in', 'at', 'near', 'towards' …).

    ``is_place(token)`` (from the place layer's spans) is tried first; otherwise a proper
    noun; "the village of Kornidzor", "the entrance of the Hakari bridge" follow "of". A passive
    verb's subject is its target, so the subject's own place counts too ("A position near
    Naqoura was hit")."""
    subj = _child(verb, "nsubjpass")
    of_subject = [c for c in subj.children if c.dep_ == "prep"] if subj is not None else []
    for prep in _clause_preps(verb) + of_subject:
        if prep.i in skip or prep.lower_ not in LOC_PREPS or not same_line(prep, verb):
            continue
        if prep.lower_ == "from" and prep.head.lemma_.lower() in lexicon().people_from:
            continue  # 'a young man from Beit Ummar': where he is from
        pobj = _child(prep, "pobj")
        if pobj is not None and pobj.lemma_.lower() in lexicon().cause_nouns:
            continue  # 'in support of Gaza': for whom, not where (audit 16, E8)
        for _ in range(3):
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                break
            if (is_place is not None and is_place(pobj)) or placey(pobj):
                return pobj, f"object of '{prep.text}'"
            of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
    return None, ""


def _with_object(verb: Token, *preps: str) -> Token | None:
    for prep in _clause_preps(verb):
        if prep.lower_ in preps and (pobj := _child(prep, "pobj")) is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return pobj
    return None


def candidates(
    doc: Doc,
    is_place=None,
    headline_end: int | None = None,
    actor_spans: list[tuple[int, int, str | None, str | None]] = (),
    place_kind=None,
) -> list[Candidate]:
    """Every coded predicate of the document, in text order; ``headline_end`` is the end offset
    of the headline when the text begins with the article's title (its events may be told again
    in the lead); ``actor_spans`` the actor layer's (start, end, kind, side), which tell two doers
    apart when events told twice are folded."""
    from newsprism.events import nominal

    lex = lexicon()
    doc.user_data[HEADLINE_KEY] = headline_end
    doc.user_data[ACTORS_KEY] = list(actor_spans)
    doc.user_data[PLACE_KIND_KEY] = place_kind
    doc.user_data[NOUN_VERBS_KEY] = set()
    out: list[Candidate] = []
    nouns: list[Candidate] = []
    may_code = _may_code(doc, lex)  # speed: a Token is made only for a possible noun or verb cue
    for sent in doc.sents:
        for i in may_code[bisect_left(may_code, sent.start) : bisect_left(may_code, sent.end)]:
            tok = doc[i]
            tag = tok.tag_
            if tag in ("NN", "NNS", "VBG") and (noun := nominal.nominal_candidate(tok, sent, lex, is_place)) is not None:
                nouns.append(noun)  # "the shelling continued" (the parser may tag it VBG)
            if not tag.startswith("VB") or lex.verb(tok.lemma_) is None:
                continue  # speed: most verbs are no cue, and ``_code`` would return None for them first
            if (tag == "VBG" and nominal.figurative(tok, lex)) or _in_a_name(tok, is_place):
                continue
            if tag == "VBG" and tok.dep_ == "amod" and tok.head.lemma_.lower() in TIME_HEADS:
                continue  # "on the intervening night of October 10 and 11": a time, no intervention
            if tag == "VBN" and (tok.dep_ == "amod" or any(c.dep_ == "det" for c in tok.children)):
                continue  # "each martyred person's family", "the injured were taken to hospital": no new act
            if _attribute_joined_to_a_noun(tok):
                continue  # "the occupied Tskhinvali region and occupied Abkhazia": a place's attribute
            cand = _code(tok, sent, lex, is_place)
            if cand is not None:
                out.append(cand)
        if in_headline(doc[sent.start]):  # a verbless headline reading needs a headline token (most sentences have none)
            out += [c for tok in sent if (c := _headline_noun_verb(tok, sent, lex, is_place)) is not None]
    out = nominal.fold_headline(nominal.fold(out, nouns, lex), lex, is_place)
    by_trigger = {c.trigger.i: c for c in out}
    frames = {c.frame_verb.i: c for c in out if c.frame_verb is not None}  # 'resorted (to firing)'
    told_in = {m.trigger.i: c.trigger for c in out for m in c.merged}  # a verb folded into a noun's event
    for c in out:  # coordinated verbs share the first verb's time ("visited X on Wednesday and met …"),
        # as do participle clauses ("attacked a bus on Monday, killing two drivers")
        participle = c.trigger.dep_ == "advcl" and c.trigger.tag_ == "VBG"
        if (cause := _leaving_cause(c.trigger, by_trigger)) is not None:
            c.shares_time_with = cause  # 'scuffled on Tuesday …, leaving three peacekeepers injured'
        elif participle and (gerund := _participle_of_framed_gerund(c.trigger, lex)) is not None and gerund.i in by_trigger:
            c.shares_time_with = gerund  # 'accused the militia of shelling … on Tuesday, wounding four': Tuesday
        elif participle and (rel := _time_of_the_relative_before(c.trigger, lex)):
            c.time_from = rel  # 'a second strike that hit a power station … on Wednesday morning, cutting …'
            c.time_from_how = "the relative clause right before it"
        elif (c.trigger.dep_ == "conj" or participle) and c.trigger.head.i in by_trigger:
            c.shares_time_with = c.trigger.head
            if participle and by_trigger[c.trigger.head.i].reply and c.event_type == "ASSAULT":
                c.reply = True  # 'troops responded effectively, targeting Indian posts': the reply's own act
        elif participle and c.trigger.head.i in told_in:
            c.shares_time_with = told_in[c.trigger.head.i]  # 'a second strike that hit a power station near
            # Qamishlo on Wednesday morning, cutting electricity …': the verb was folded into the strike (audit 20)
        elif participle and (main := _main_verb_beside(c.trigger)) is not None and main.i in by_trigger:
            c.shares_time_with = main  # '… known as al-Shabaab, attacked Chai late on Tuesday, beheading …'
        elif participle and (act := _child(c.trigger.head, "dobj")) is not None and by_trigger.get(act.i, c).form == "nominal":
            c.shares_time_with = act  # 'repelled an attack … on Tuesday night, killing nine': the attack's night
        elif c.form == "nominal" and (main := _verb_of_uncoded_participle(c.trigger, by_trigger, lex)) is not None:
            c.shares_time_with = main  # 'destroyed 38 drones … on Tuesday night, repelling a terrorist attack'
        elif c.form == "nominal" and (before := _what_it_followed(c.trigger, out)) is not None:
            c.shares_time_with = before  # 'raided a village … on Thursday … shooting during a protest that followed'
        elif (main := _main_of_its_when_clause(c.trigger, by_trigger)) is not None:
            c.shares_time_with, c.time_from_when = main, True  # 'When residents gathered … to protest, the forces opened fire'
        elif (
            c.form == "verbal"
            and (front := _report_it_adds_to(c.trigger, lex)) is not None
            and (front_time := [t for p in front.children if p.dep_ == "prep" and _time_phrase(p) for t in p.subtree])
            and not _placed_apart_from(
                c, front
            )  # '… shelled Kupwara on Tuesday, … adding that militants attacked a post in Baramulla'
        ):
            c.time_from = front_time  # '… repelled an infiltration attempt … on Wednesday, a commander told X,
            c.time_from_how = f"the report '{front.text}' it is added to"  # adding that five terrorists were killed'
            if c.location is None:
                c.location, c.location_how = _location(front, set(), is_place)
                c.location_how += f" of the report '{front.text}' it is added to" if c.location is not None else ""
        elif c.form == "verbal" and (main_time := _time_of_its_main_clause(c.trigger)):
            c.time_from = main_time  # 'The last deadly incident … took place in February 2024, when four soldiers were killed'
            c.time_from_how = "the uncoded main verb of its 'when' clause"
        elif c.form == "verbal" and (gathered := _day_of_the_targets_gathering(c, lex)):
            c.time_from = gathered  # 'police opened fire on students who gathered on Monday to reject …'
            c.time_from_how = "the day of the gathering its target was at"
        elif c.form == "verbal" and (lent := _day_left_on_the_speech_verb(c.trigger, lex)):
            c.time_from = lent  # '… who shot dead four workers … in Nduga, on Saturday, police said on Monday'
            c.time_from_how = f"the time phrase the parse hangs on '{lent[0].head.text}', written in the reported clause"
        elif (when := _when_clause(c.trigger, by_trigger, frames)) is not None:
            c.shares_time_with, c.time_from_when = when, True  # "were killed when troops fired … on Sunday"
        elif c.form == "verbal" and (clause := _time_of_its_when_clause(c.trigger)):
            c.time_from = clause  # 'killed three civilians … when it struck a car … late on Tuesday' (audit 20 E1)
            c.time_from_how = "its 'when'/'while' clause"
        elif c.form == "verbal" and (subj := _happening_subject(c.trigger, lex)) is not None:
            c.time_from = list(subj.subtree)  # "the army's response on Thursday killed four fighters": Thursday
            c.time_from_how = "its subject"
        elif c.actor is not None and (on_day := _day_on_the_doer(c.actor)) is not None:
            c.time_from = list(on_day.subtree)  # "Units of the SPLA on Wednesday carried out bombardments"
            c.time_from_how = "the time phrase the parse hangs on its doer"
        elif (
            (c.trigger.dep_ == "conj" or _series_verb(c.trigger))  # 'entered … on Tuesday morning, boarded a boat'
            and c.trigger.head.pos_ == "VERB"
            and c.form == "verbal"
            and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in c.trigger.children)  # 'and that X killed': its own clause
            and not any(ch.dep_ == "aux" and ch.lower_ in ("has", "have") for ch in c.trigger.children)
        ):  # not 'began in 2017 … and has killed thousands': a tally to now (audit 18 E7)
            head = c.trigger.head  # "spoke on the hotline on Monday and agreed to …": not coded, its Monday is shared
            c.time_from = [
                t for ch in head.children if ch.dep_ in ("prep", "npadvmod") and ch.i < c.trigger.i for t in ch.subtree
            ]
            c.time_from_how = f"the coordinated verb '{head.text}'"
        elif c.form == "verbal" and (incident := _in_which_incident(c.trigger, lex)) is not None:
            c.time_from = [t for ch in incident.children if ch.dep_ == "prep" for t in ch.subtree]
            c.time_from_how = f"the '{incident.text}' its 'in which' clause tells of"  # 'an attack on Sunday … in which one gendarme was killed'
        elif (on_day := _day_on_objects_participle(c, by_trigger)) is not None:
            c.time_from = list(on_day.subtree)  # 'repelled an attack by militias backed by Puntland … on Sunday'
            c.time_from_how = f"the time phrase the parse hangs on '{on_day.head.text}' inside its object"
        elif c.form == "verbal" and (later := _later_conjunct(c.trigger)) is not None:
            c.time_from = [  # 'killed … and burnt … on Monday morning'; not 'restoring calm by Wednesday morning'
                t for t in _own_tokens(later) if t.i > later.i and not _under_a_deadline(t, later)
            ]
            c.time_from_how = f"the coordinated verb '{later.text}' (the time phrase closing both)"
    folded = {m.trigger.i: c.trigger for c in out for m in c.merged}  # verbs told as part of a noun's event
    for c in out:  # 'a day after a driver rammed …': counted from the other act, not sharing its day
        verb = c.trigger if c.form == "verbal" else c.frame_verb  # 'the fighting resumed a day after …'
        if verb is not None and (link := offset_link(verb, set(by_trigger) | set(folded), lex)) is not None:
            if link[0].i in folded:  # 'killed … during a raid … early on Thursday, a day after …': the raid's day
                link = (folded[link[0].i], *link[1:])
            if link[0].pos_ == "NOUN":  # 'Two days before the vote on Sunday': Sunday is the vote's day
                inside = {t.i for t in link[0].subtree}
                c.own = [t for t in c.own if t.i not in inside]
            if link[0].pos_ == "NOUN" and link[0].i not in by_trigger:
                verbs = [v.trigger for v in out if v.form == "verbal"]
                if (verb := told_before(link[0], verbs)) is not None:
                    link = (verb, *link[1:])  # 'Two days after the ramming': the 'rammed' told before
            c.offset = link
            if c.shares_time_with is not None and c.shares_time_with.i == link[0].i:
                c.shares_time_with, c.time_from_when = None, False
    return out


_MAY_CODE: dict[str, dict[int, int]] = {"tag": {}, "lemma": {}, "lower": {}}  # string hash -> bits, for the process


def _may_code(doc: Doc, lex: Lexicon) -> list[int]:
    """The indices of the tokens ``candidates`` can code, in order: an event noun (or a VBG)
    that ``nominal_candidate`` would look at, or a verb with a cue entry. Read from the parse's
    arrays, each distinct tag, lemma and word form looked up once (the lexicon is loaded once).
    Bits: 1 a verb (tag) / a cue verb (lemma), 2 a tag ``nominal_candidate`` reads / an event noun."""
    import numpy as np
    from spacy.attrs import LEMMA, LOWER, TAG

    if not len(doc):
        return []
    strings = doc.vocab.strings
    nouns = lex.nominal.nouns if lex.nominal is not None else {}
    asks = (
        ("tag", lambda tag: tag.startswith("VB") | 2 * (tag in ("NN", "NNS", "VBG"))),
        ("lemma", lambda lemma: (lex.verb(lemma) is not None) | 2 * (lemma.lower() in nouns)),
        ("lower", lambda form: 2 * (form in nouns)),
    )
    arr = doc.to_array([TAG, LEMMA, LOWER])
    bits = []
    for k, (name, ask) in enumerate(asks):
        memo = _MAY_CODE[name]
        uniq, inverse = np.unique(arr[:, k], return_inverse=True)
        answers = []
        for h in uniq.tolist():
            if (got := memo.get(h)) is None:
                got = memo[h] = int(ask(strings[h]))
            answers.append(got)
        bits.append(np.asarray(answers, dtype=np.int64)[inverse.ravel()])
    tag, lemma, form = bits
    return np.flatnonzero((tag & lemma & 1) | (tag & (lemma | form) & 2)).tolist()


def _attribute_joined_to_a_noun(tok: Token) -> bool:
    """A participle the parser joins to a noun as its conjunct, with no subject of its own ('the
    occupied Tskhinvali region and occupied Abkhazia': 'occupied' read as a verb taking Abkhazia):
    an attribute of the second noun, no act (audit 12, E12)."""
    return (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ == "conj"
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.i > 0
        and tok.doc[tok.i - 1].dep_ == "cc"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
    )


def _in_a_name(tok: Token, is_place=None) -> bool:
    """A capitalised verb form inside a name ('Indian Illegally Occupied Jammu and Kashmir'): a
    word of a place the place layer found, or a capital between two capitals inside a sentence
    whose line is not written in title case ('The Pope Is Now Openly Attacking Victims' is one)."""
    if not tok.is_title or tok.i == tok.sent.start or in_headline(tok) or tok.i + 1 >= len(tok.doc):
        return False
    if is_place is not None and is_place(tok):
        return True
    prev, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if not (prev.i != tok.sent.start and prev.is_title and nxt.is_title and same_line(prev, nxt)):
        return False
    return not _title_case_line([t for t in tok.sent if same_line(t, tok)])  # a title-case subhead is a sentence


def _happening_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The verb's subject when it is a happening told with its own day ('the army's response on
    Thursday killed four fighters', 'an attack on Monday destroyed the bridge'): an event noun (or
    a reply noun) with a time phrase hung on it."""
    subj = _child(verb, "nsubj")
    if subj is None or not (lex.noun(subj.lemma_) is not None or subj.lemma_.lower() in REPLY_NOUNS):
        return None
    timed = any(c.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in subj.children)
    return subj if timed else None


def _day_on_the_doer(actor: Token) -> Token | None:
    """'Units of the SPLA on Wednesday carried out bombardments': the parser hangs the verb's 'on
    <day>' on the subject before it; a doer takes no date, so the phrase is the verb's."""
    if actor.dep_ != "nsubj":
        return None
    for c in actor.children:
        if c.dep_ == "prep" and c.lower_ == "on" and (pobj := _child(c, "pobj")) is not None and pobj.ent_type_ == "DATE":
            return c
    return None


def _when_clause(verb: Token, by_trigger: dict[int, Candidate], frames: dict[int, Candidate]) -> Token | None:
    """A coded event in a 'when' clause of the verb ('A woman was killed when the army opened fire
    on Sunday night'; 'was killed and … were injured when …', the clause hung on the conjunct): the
    clause tells when the verb's event happened; the clause's verb may frame an event noun ('when
    troops resorted to unprovoked firing on villages on Sunday night': the firing)."""
    for c in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if c.dep_ != "advcl" or not any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children):
            continue
        if c.i in by_trigger:
            return c
        if c.i in frames:
            return frames[c.i].trigger
    return None


def _time_of_its_when_clause(verb: Token) -> list[Token]:
    """The time phrase of a past 'when'/'while' clause of the verb whose own verb codes no event ('A Turkish
    drone killed three civilians … when it struck a car on the road … late on Tuesday': 'it' is no doer the
    cue takes; 'had been abducted by Azerbaijani border guards while grazing cattle near the village on
    Thursday morning'; audit 20 E1): the two happened together. A day phrase ('on Tuesday', 'late on
    Tuesday') the parse hangs on the clause's verb; not a clause in the present or future ('will attack
    when the rains end in May'); a 'while' clause in the past or a bare participle ('while grazing')."""
    clauses = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]
    clauses += [r for r in verb.subtree if r.dep_ == "relcl" and _misparsed_when_clause(r, verb)]
    for c in clauses:
        mark = next((m.lower_ for m in c.children if m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while")), None)
        if mark is None:
            continue
        # 'while grazing cattle', 'while they were protesting': at the same time; not a contrast in the simple
        # past ('Rebels attacked the town, while the army shelled villages on Monday')
        during = mark == "while" and c.tag_ == "VBG"
        past = mark == "when" and (
            c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in ("was", "were") for a in c.children)
        )
        if not (past or during):
            continue
        out: list[Token] = []
        for p in c.children:
            if p.dep_ == "prep" and _time_phrase(p) and p.i > c.i:
                out += _modifier_before(p) + list(p.subtree)
        if out:
            return sorted(out, key=lambda t: t.i)
    return []


def _time_of_the_relative_before(part: Token, lex: Lexicon) -> list[Token]:
    """'Seven people were wounded in the attack and in a second strike that hit a power station near
    Qamishlo on Wednesday morning, cutting electricity to 40,000 households' (audit 20): the parse hangs
    the participle on the main verb, but a participle right after a relative clause that ends in its own
    time phrase tells that clause's act's outcome: its time (with a 'late'/'early' before it). Only a
    clause on an event noun ('a strike that hit …'; not 'hit a bridge that was built in 2010, cutting …')."""
    doc = part.doc
    if part.i < 2 or doc[part.i - 1].text != ",":
        return []
    cur = doc[part.i - 2]
    while cur.dep_ != "relcl" and cur.head.i != cur.i and cur.head.i != part.head.i:
        cur = cur.head
    if cur.dep_ != "relcl" or cur.right_edge.i != part.i - 2 or lex.noun(cur.head.lemma_) is None:
        return []
    for p in cur.children:
        if p.dep_ == "prep" and _time_phrase(p) and p.right_edge.i == cur.right_edge.i:
            return _modifier_before(p) + list(p.subtree)
    return []


def _modifier_before(p: Token) -> list[Token]:
    """The 'late' / 'early' right before a time phrase, when it modifies the phrase's own head ('late on Tuesday')."""
    before = p.doc[p.left_edge.i - 1] if p.left_edge.i > 0 else None
    return [before] if before is not None and before.dep_ == "advmod" and before.head.i == p.head.i else []


TIME_NOUNS = frozenset({"day", "night", "time", "moment", "year", "week", "month", "hour", "morning", "evening", "period", "era"})


def _misparsed_when_clause(clause: Token, verb: Token) -> bool:
    """'killed three civilians, among them a 12-year-old boy, when it struck a car …': the parse makes the
    'when' clause a relative clause of the last noun; a 'when' relative clause belongs to a time noun
    only ('the day when'), so on another noun of the verb's own clause (no verb between) it is the verb's."""
    head = clause.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in TIME_NOUNS or head.ent_type_ in ("DATE", "TIME"):
        return False
    cur = head
    while cur.head.i != cur.i and cur.head.i != verb.i:
        if cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
    return cur.head.i == verb.i


def _placed_apart_from(c: Candidate, front: Token) -> bool:
    """The added act is placed by a name the reported clause does not have: another act elsewhere, whose day
    the clause does not give (twentieth-session review of audit 20 E4)."""
    loc = c.location
    if loc is None or loc.pos_ != "PROPN":
        return False
    i, j = front.left_edge.i, front.right_edge.i + 1
    return loc.lower_ not in {t.lower_ for t in front.doc[i:j]}


def _report_it_adds_to(verb: Token, lex: Lexicon) -> Token | None:
    """'The SNA repelled an infiltration attempt near Manbij on Wednesday, a commander told Baskent Daily,
    adding that five terrorists were killed' (audit 20 E4): the reported clause before the speech verb
    whose 'adding that …' holds ``verb`` (no day of its own), told of the same happening; its verb."""
    if verb.dep_ not in ("ccomp", "conj") or _own_dates(verb) or verb.tag_ not in ("VBD", "VBN"):
        return None  # not 'adding that troops would retaliate', 'that rebels often attack convoys'
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    add = verb.head if verb.dep_ == "ccomp" else verb.head.head
    if add.lemma_.lower() != "add" or add.tag_ != "VBG" or add.dep_ != "advcl":
        return None
    said = add.head
    if lex.lemma(said.lemma_) not in lex.speech_verbs:
        return None
    return next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i and c.tag_ in ("VBD", "VBN")), None)


def _what_it_followed(noun: Token, found: list[Candidate]) -> Token | None:
    """'Israeli troops raided a village … on Thursday …, giving different accounts of shooting during a
    protest that followed' (audit 18 g3): an event noun whose relative clause says only that it followed
    ('that followed', 'which ensued') came right after the act of force told first in its sentence: that
    act's trigger, which lends it its day."""
    rel = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ("follow", "ensue")), None)
    if rel is None or any(c.dep_ in ("dobj", "prep", "npadvmod", "advmod") for c in rel.children):
        return None  # 'the protest that followed the verdict', '… that followed on Friday': its own time or cause
    sent = noun.sent
    acts = [c for c in found if c.form == "verbal" and c.event_type == "ASSAULT" and sent.start <= c.trigger.i < noun.i]
    return acts[0].trigger if acts else None


def _time_of_its_main_clause(tok: Token) -> list[Token]:
    """'The last deadly incident on the border took place in February 2024, when four Armenian soldiers
    were killed near Nerkin Hand' (audit 20 E4): an undated event in a 'when' clause whose main verb codes
    nothing takes the main verb's own time phrase (a 'when' clause is at that time), or the date the parse
    hangs the clause on as a relative clause; not a main verb in the present or future ('Talks resume in
    May, when troops withdraw')."""
    if not any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in tok.children):
        return []
    head = tok.head
    if tok.dep_ == "relcl" and head.ent_type_ in ("DATE", "TIME") and tok.tag_ in ("VBD", "VBN") and not _own_dates(tok):
        inside = {t.i for t in tok.subtree}  # 'in February 2024, when four soldiers were killed': the date's clause
        return [t for t in head.subtree if t.i not in inside and t.ent_type_ in ("DATE", "TIME")]
    if tok.dep_ != "advcl":
        return []
    main = tok.head
    if main.tag_ not in ("VBD", "VBN") or _own_dates(tok):
        return []
    for p in main.children:
        if p.dep_ == "prep" and _time_phrase(p) and p.i < tok.i:
            return list(p.subtree)
    return []


def _main_of_its_when_clause(tok: Token, by_trigger: dict[int, Candidate]) -> Token | None:
    """The coded main verb of the 'when' clause ``tok`` is in, or is the purpose of ('When residents
    gathered in the village square to protest, the occupation forces opened live fire on them'): the two
    happened together, so the clause's undated event takes the main verb's day (audit 18 E9)."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in cur.children):
            return cur.head if cur.head.i in by_trigger and cur.head.i != tok.i else None
        if cur.dep_ not in ("xcomp", "advcl") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _verbless_headline(tok: Token) -> list[Token] | None:
    """The tokens of the headline line holding ``tok`` when that line has no verb, else None."""
    if not in_headline(tok):
        return None
    line = [t for t in tok.sent if same_line(t, tok)]
    return None if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in line) else line


def _compound_verb_clause(tok: Token) -> list[Token] | None:
    """'Moldovan provocateur rams barrier at Bendery post, customs officer injured': a present verb
    the parser hangs as a compound in a headline with another clause; the tokens of its clause
    (between commas or semicolons) are read as a verbless headline (audit 16 F5)."""
    if tok.tag_ != "VBZ" or tok.dep_ != "compound" or not in_headline(tok):
        return None
    line = [t for t in tok.sent if same_line(t, tok)]
    k = line.index(tok)
    start = max((i + 1 for i, t in enumerate(line[:k]) if t.text in (",", ";")), default=0)
    end = next((k + 1 + i for i, t in enumerate(line[k + 1 :]) if t.text in (",", ";")), len(line))
    clause = line[start:end]
    return None if any(t.tag_.startswith("VB") and t.i != tok.i for t in clause) else clause


def _verbless_clause(tok: Token) -> list[Token] | None:
    """'TPNPB says it killed "TNI spies" in Nduga as colonial military burns villages': a headline whose first clause
    has a verb, and whose clause after ' as / while / amid ' the parser reads as one noun compound; the tokens of that
    clause (up to a comma, semicolon or the next cut) when it has no verb (audit 19 F4)."""
    if not in_headline(tok):
        return None
    line = [t for t in tok.sent if same_line(t, tok)]
    k = line.index(tok)
    cuts = [i for i, t in enumerate(line[:k]) if t.lower_ in CLAUSE_CUTS and t.dep_ in ("prep", "mark") and i > 0]
    if not cuts:
        return None
    end = next((k + i for i, t in enumerate(line[k:]) if t.text in (",", ";") or t.lower_ in CLAUSE_CUTS), len(line))
    clause = line[cuts[-1] + 1 : end]
    return None if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in clause) else clause


CLAUSE_CUTS = frozenset({"as", "while", "amid"})  # the words that open a headline's second happening


def _title_case_line(line: list[Token]) -> bool:
    """Is a headline line written in title case ('Army Shells Port Elm'): every word of four
    letters or more capitalised, and not all in capitals."""
    words = [t for t in line if t.is_alpha]
    return len(words) >= 2 and all(t.text[0].isupper() for t in words if len(t) >= 4) and not all(t.is_upper for t in words)


def _noun_verb_entry(tok: Token, plural_form: bool, lex: Lexicon) -> dict | None:
    """The cue entry of a headline noun read as a verb: 'shells' → shell, 'Strikes' → strike."""
    low = tok.lower_
    if not plural_form:
        return lex.verb(low)
    if tok.tag_ == "NNS" and tok.is_lower:
        return lex.verb(tok.lemma_)
    stems = (low[:-1], low[:-2]) if low.endswith("es") else (low[:-1],)
    return next((e for stem in stems if (e := lex.verb(stem)) is not None), None)


def _headline_noun_verb(tok: Token, sent: Span, lex: Lexicon, is_place=None) -> Candidate | None:
    """'Army shells Port Elm', 'Rebels storm airport': a verbless headline the parser reads as one
    noun compound. A cue word between two noun groups, in the verb form that agrees with the noun
    before it ('Army shells', 'Rebels storm'; not 'Rebel storm warning'), is read as the verb."""
    if tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return None
    line = _verbless_headline(tok) or _compound_verb_clause(tok) or _verbless_clause(tok)
    if line is None:
        return None
    # 'Army Shells Port Elm': in a title-case line the parser tags every word NNP/NNPS, so the
    # cue word's form is read from its spelling ('Shells' plural, 'Storm' singular)
    title = tok.is_title and tok.tag_ in ("NNP", "NNPS", "NN", "NNS") and _title_case_line(line)
    plural_form = tok.tag_ in ("NNS", "NNPS") if title else tok.tag_ == "NNS"
    plural_form = plural_form or (title and tok.lower_.endswith("s") and not tok.lower_.endswith("ss"))
    compound_verb = tok.tag_ == "VBZ" and tok.dep_ == "compound"  # 'provocateur rams barrier'
    plural_form = plural_form or compound_verb
    verb_form = tok.tag_ in ("NNS", "NN") or title or compound_verb
    if not verb_form or not (tok.is_lower or title) or (plural_form and not tok.lower_.endswith("s")):
        return None
    subj, nxt = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    if subj not in line or nxt not in line or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = subj.tag_ in ("NNS", "NNPS") or (subj.tag_ == "NNP" and subj.lower_.endswith("s") and not subj.ent_type_)
    if plural_form == plural or nxt.pos_ not in ("NOUN", "PROPN", "NUM", "DET", "ADJ"):
        return None  # 'Army shells', 'Rebels storm' ('Rebels' NNP); not 'Rebel storm warning'
    entry = _noun_verb_entry(tok, plural_form, lex)
    if (
        entry is None
        or entry.get("control")
        or entry.get("require_particle")
        or entry["type"] not in lex.headline_noun_verb_types
    ):
        return None
    obj = next((t for t in line[line.index(nxt) :] if t.pos_ in ("NOUN", "PROPN", "NUM") and t.head.i != t.i + 1), None)
    obj = obj if obj is not None else nxt
    skip = entry.get("skip_subjects", frozenset()) | entry.get("skip_bare_subjects", frozenset())
    if subj.lemma_.lower() in skip or ("skip_objects" in entry and _lemmas(obj) & entry["skip_objects"]):
        return None
    named = _is_named_place(obj, is_place)
    coding = {"type": entry["type"], "mode": entry.get("mode")}
    if entry["objects"]:
        refine = _match(entry["objects"], _lemmas(obj) | ({PLACE_OBJECT} if named else set()))
        if refine is None and entry.get("require_object"):
            return None
        coding.update(refine or {})
    tok.doc.user_data.setdefault(NOUN_VERBS_KEY, set()).add(tok.i)
    cand = Candidate(
        trigger=tok,
        trigger_end=tok,
        event_type=coding["type"],
        mode=coding.get("mode"),
        confidence=round(float(entry.get("confidence", 0.6)) - 0.1, 2),
        actor=subj,
        actor_how="the noun before a cue word read as the headline's verb",
        recipient=obj,
        recipient_how="the noun group after it",
        why=[f"cue verb '{tok.lemma_}' in a verbless headline (the parser read a noun compound)"],
        sent=sent,
        own=line,
    )
    if named and coding["type"] in ("ASSAULT", "COERCE") and _local_place(obj, lex):
        cand.location, cand.location_how = obj, "the place the object names"
    return cand


def _active_read_as_participle(tok: Token, entry: dict[str, Any], lex: Lexicon) -> bool:
    """'The militias attacked before dawn', 'said the militias, which …, attacked before dawn': the
    parse makes the past tense a participle on a noun that is the sentence's root or a speech
    verb's object; a verb used without an object ('active_without_object') is then that noun's act,
    not done to it (audit 15, E1). Not in a headline, nor with an agent or an object of its own."""
    if not entry.get("active_without_object") or tok.dep_ != "acl" or tok.tag_ != "VBN" or in_headline(tok):
        return False
    head = tok.head
    rooted = head.dep_ == "ROOT" or (head.dep_ == "dobj" and head.head.lemma_.lower() in lex.speech_verbs)
    return rooted and not any(c.dep_ in ("agent", "dobj", "auxpass") for c in tok.children)


def _travel_or_rescue(tok: Token, dobj: Token, entry: dict[str, Any]) -> bool:
    """A vessel boarded to travel ('Police boarded the ferry to Famagusta', 'a ship bound for Odesa':
    a 'travel_preps' phrase or a 'travel_words' word on the verb or the vessel) or towed out of
    trouble ('the stricken yacht': a 'skip_object_modifiers' word on the vessel) is no seizure."""
    preps, words = entry.get("travel_preps", ()), entry.get("travel_words", ())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in (*tok.children, *dobj.children)):
        return True
    if any(c.lower_ in words for c in dobj.children):
        return True
    mods = entry.get("skip_object_modifiers", ())
    return any(c.dep_ in ("amod", "compound") and c.lower_ in mods for c in dobj.children)


def _code(tok: Token, sent: Span, lex: Lexicon, is_place=None) -> Candidate | None:
    entry = lex.verb(tok.lemma_)
    if entry is None or (tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBG", "VBD")) or requested_action(tok, lex):
        return None  # "the occupied left bank", "the detained protesters", "the occupying forces" describe
    if _described_as(tok) or (entry.get("state_in_present_passive") and _present_passive(tok)):
        return None  # "regard the West Bank as occupied territory", "say it is occupied": a state
    if _participle_of_a_name(tok):
        return None  # "the town of Varosha in occupied Famagusta": an attribute of the place, no act
    if _noun_as_verb(tok):
        return None  # "Aid that flows only through capitals rewards …": a noun the parser tags VB
    if entry.get("skip_passive_with") and _met_with(tok):
        return None  # 'any new aggression would be met "with operations"': a response, no meeting (audit 16, E10)
    if _a_words_meaning(tok, lex):
        return None  # 'uses the term "neutralised" to mean killed, captured or surrendered' (audit 20 E3)
    why = [f"cue verb '{tok.lemma_}'"]
    coding: dict[str, Any] = {"type": entry["type"], "mode": entry.get("mode")}
    trigger_end = tok
    no_place = entry.get("no_place_preps", ())  # "blamed the attack on Hamas"
    skip_preps: set[int] = {p.i for p in _clause_preps(tok) if p.lower_ in no_place} if no_place else set()

    if "skip_context" in entry and in_context(sent, entry["skip_context"], entry.get("context_free_preps", frozenset())):
        return None  # "tech shares rallied": a markets report, no protest
    if entry.get("skip_with_xcomp") and any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)
        for c in tok.children
    ):
        return None  # "pushed them to accept the deal": urged, no blow
    if entry.get("skip_particles") and any(
        c.dep_ in ("prt", "prep") and c.lower_ in entry["skip_particles"] and not _time_phrase(c) for c in tok.children
    ):
        return None  # 'seized on the verdict'; not 'seized a boat on Tuesday' (audit 15, E5)
    dobj = _child(tok, "dobj")
    for c in [
        *tok.children,
        *(dobj.children if dobj is not None else ()),
    ]:  # "return to the table"; "capture the blaze on camera"
        skip = entry.get("skip_prep_objects", {}).get(c.lower_) if c.dep_ == "prep" else None
        if skip and (p := _child(c, "pobj")) is not None and (p.lemma_.lower() in skip or p.lower_ in skip):
            return None
    if dobj is not None and _travel_or_rescue(tok, dobj, entry):
        return None  # 'soldiers boarded a ship bound for Odesa', 'towed the stricken yacht' (review 15)
    particle_tok = None
    particles = entry.get("particles", {})
    if entry.get("require_particle") or particles:
        particle_tok = next(
            (
                c
                for c in tok.children
                if c.lower_ in particles
                and (c.dep_ in ("prt", "prep") or (c.dep_ == "advmod" and c.i == tok.i + 1))
                and not _time_phrase(c)  # 'called on Tuesday for an investigation': 'on' dates it
            ),
            None,
        )  # the parser may call the 'back' of 'pulled back' an adverb
        after = _child(tok, "dobj")
        after = tok.doc[after.i + 1] if after is not None and after.i + 1 < len(tok.doc) else None
        if (
            particle_tok is None
            and after is not None
            and after.lower_ in particles
            and after.dep_ in ("aux", "prep")
            and not after.head.tag_.startswith("VB")  # not 'setting fires to protect property'
        ):
            particle_tok = after  # 'set fire to olive trees' parsed with 'to olive' as an infinitive (the 'to' hangs elsewhere)
        if particle_tok is None and entry.get("require_particle"):
            return None
        if particle_tok is not None and (p := _child(particle_tok, "pobj")) is not None:
            if p.lemma_.lower() in entry.get("skip_particle_objects", ()):
                return None  # "fired on the orders of the president", "fired on the spot"
            subj = _child(tok, "nsubjpass") or _child(tok, "dobj")
            if subj is not None and subj.lemma_.lower() in entry.get("dismissed_roles", ()):
                return None  # "the governor was fired on …", "fired workers at its plant": dismissed
        if particle_tok is not None:
            coding.update(
                {
                    k: v
                    for k, v in particles[particle_tok.lower_].items()
                    if k in ("type", "mode", "reply", "require_doers", "any_doer", "light")
                }
            )
            why[0] = f"cue verb '{tok.lemma_} {particle_tok.lower_}'"
            skip_preps.add(particle_tok.i)
            if particle_tok.i == tok.i + 1:
                trigger_end = particle_tok

    after = [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].dep_ == "amod" else []
    for c in [*tok.children, *after]:  # "shot dead a young man" ('dead' may be parsed the object's): a killing
        if c.dep_ in ("acomp", "oprd", "advmod", "amod") and (res := entry.get("result_complements", {}).get(c.lower_)):
            coding.update(res)
            why.append(f"'{tok.text} {c.text}' makes it {coding['type']}/{coding['mode']}")
    obj, obj_how = _object_of(tok)
    if obj is None and entry.get("require_object") and (shared := _shared_object(tok)) is not None:
        obj, obj_how = shared, f"object shared with the verb joined after it ('{shared.head.text}')"
    if obj is not None and (not same_line(obj, tok) or obj.lemma_.lower() in lex.distance_nouns):
        obj, obj_how = None, ""  # "pull back two kilometres": a measure, no party
    if particle_tok is not None and particle_tok.dep_ == "prep" and obj is None:
        obj = _child(particle_tok, "pobj")
        obj_how = f"object of '{tok.text} {particle_tok.text}'"
    if entry.get("forbid_object") and (d := _child(tok, "dobj")) is not None and not _match(entry["objects"], _lemmas(d)):
        return None  # 'returned to Goris', not 'returned the favour'; 'returned fire' is an object it lists
    if obj is not None and "skip_objects" in entry and _lemmas(obj) & entry["skip_objects"]:
        return None  # "pulled back the curtain"
    if tok.dep_ == "conj" and tok.head.lemma_.lower() in entry.get("skip_joined_to", ()):
        return None  # 'Two soldiers were injured and evacuated to hospital': a casualty carried away, no withdrawal
    only = particles.get(particle_tok.lower_, {}).get("only_objects") if particle_tok is not None else None
    if only and (obj is None or not _lemmas(obj) & set(only.split("|"))):
        return None  # "called up reservists", not "called me up"
    optional = False
    place_obj = _place_object(tok, obj, entry, lex, is_place) if obj is not None else None
    if entry["objects"]:
        words = (
            _lemmas(obj) | _of_lemmas(obj, lex) | ({PLACE_OBJECT} if place_obj is not None else set())
            if obj is not None
            else set()
        )
        fitting = [(k, v) for k, v in entry["objects"] if _refinement_fits(tok, v)]
        refine = _match(fitting, words) if obj is not None else None
        if refine and refine.get("head_only") and not {obj.lemma_.lower(), obj.lower_} & _match_keys(fitting, refine):
            refine = None  # 'intercepted a bomb threat', 'a drone shipment': the weapon only modifies what was taken
        optional = (
            particle_tok is not None
            and entry.get("particles", {}).get(particle_tok.lower_, {}).get("object_optional")
            and ((p := _child(particle_tok, "pobj")) is None or p.ent_type_ not in ("DATE", "TIME"))
        )  # "fired on Monday" is a dismissal or nothing, not an attack
        if obj is None and entry.get("bare_doers") and (subj := _subject_of(tok, lex)[0]) is not None:
            optional = bool(_doer_lemmas(subj) & entry["bare_doers"])  # 'The rebels … struck at dawn' (audit 18 E13)
        if refine is None and entry.get("require_object") and not optional:  # "fired at positions" needs no object
            return None
        if refine:
            coding.update(refine)
            why.append(f"object '{obj.text}' makes it {coding['type']}/{coding['mode']}")

    actor, actor_how = _subject_of(tok, lex)
    if (
        entry.get("reciprocal")
        and actor is not None
        and (any(c.dep_ == "conj" for c in actor.children) or _prep_object(tok, "with") is not None)
    ):  # 'UN peacekeepers and Turkish Cypriot police scuffled': both sides' act, no single doer
        actor, actor_how = None, ""
        why.append("a reciprocal act of two parties: no single doer")
    if (
        actor is not None
        and actor.like_num
        and any(c.dep_ == "acl" and lex.lemma(c.lemma_) in lex.victim_participles for c in actor.children)
    ):  # headline 'Two soldiers killed, three wounded in Tavush shelling': 'three' are its victims, no doer
        actor, actor_how = None, ""
    if actor is not None and obj is None and actor_how == "subject" and _apposed_passive(tok, actor):
        obj, obj_how = actor, "subject the parse gives a reduced passive after a comma ('one of four villages returned to …')"
        actor, actor_how = None, ""
    if actor is not None and obj is None and _counted_victims(tok, actor, lex):
        obj, obj_how = actor, "counted subject of a participle with no auxiliary ('eight men beheaded'): who it was done to"
        actor, actor_how = None, ""
    if actor is not None and obj is None and tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.lemma_ == "leave":
        obj, obj_how, actor, actor_how = actor, "subject of 'leaving … injured' (who was left so)", None, ""
    if actor is None and tok.dep_ == "acl" and tok.head.dep_ == "ROOT" and coding["type"] == "PROTEST" and not in_headline(tok):
        actor, actor_how = tok.head, "the noun the parse makes the root ('About 400 Greek Cypriots protested in Pyla')"
        if obj is not None and obj.i == actor.i:
            obj, obj_how = None, ""
    if actor is None and _active_read_as_participle(tok, entry, lex):
        actor, actor_how = tok.head, "the noun the parse hangs the past form on ('The militias attacked before dawn')"
        if obj is not None and obj.i == actor.i:
            obj, obj_how = None, ""
    if actor is not None and actor.lemma_.lower() in lex.clothing_nouns and actor.dep_ == "pobj" and actor.head.lower_ == "in":
        actor = actor.head.head  # 'men in civilian clothes scuffling with soldiers': the men
    if actor is not None and actor.lower_ in REL_PRONOUNS:
        actor, actor_how = _antecedent(actor)
    if entry.get("ergative") and actor is not None and actor_how == "subject" and obj is None and not _is_passive(tok):
        obj, obj_how = actor, "subject of an intransitive use ('the road reopens': the road is what reopens)"
        actor, actor_how = None, ""
    if actor is not None and actor_how == "subject" and obj is None and _elided_passive(tok):
        obj, obj_how = actor, "subject of a passive whose auxiliary the coordination leaves out ('were killed and six wounded')"
        actor, actor_how = None, ""
    bare = entry.get("passive_without_object")
    if (
        actor is not None and actor_how == "subject" and obj is None and _headline_passive(tok, lex)
    ):  # headline "RSF accused of new attacks": a passive without its auxiliary
        obj, obj_how = actor, f"subject of a passive without auxiliary ('{tok.text} {bare or '…'}')"
        actor, actor_how = None, ""
    if actor is not None and (
        (actor.lemma_.lower() in entry.get("skip_subjects", ()) and not _of_armed(actor, lex))
        or (
            actor.lemma_.lower() in entry.get("skip_bare_subjects", ())
            and not any(c.dep_ in ("compound", "amod", "nmod") for c in actor.children)
        )
        or (actor.lemma_.lower() in lex.measure_nouns and _of_natural_cause(actor, entry))
    ):  # "an earthquake struck the town", "sanctions target the energy sector"; not "artillery fire hit"
        return None
    if coding["type"] == "ASSAULT" and _accident(actor, tok, lex):
        return None  # "A coal mine flooded, killing 12 miners": an accident, no attack
    if coding["type"] == "ASSAULT" and actor is not None and _fell_not_did(actor, tok, lex):
        actor, actor_how = None, ""  # "A building collapsed after a missile strike, killing 40": no doer
    if entry["actors"] and actor is not None:
        refine = _match(entry["actors"], _lemmas(actor) | {actor.lower_.strip('"')})
        if refine:
            coding.update(refine)
            why.append(f"actor '{actor.text}' makes it {coding['type']}/{coding['mode']}")
    instrument, instrument_how = None, ""
    if actor is not None:
        actor, actor_how, instrument, instrument_how = _weapon_as_doer(actor, actor_how, lex)
    if actor is not None and actor_how == "subject" and actor.lemma_.lower() in lex.no_doer_subjects:
        actor, actor_how = None, ""  # "the war in Tigray killed hundreds of thousands": no doer
    if coding.get("subject_is_recipient") and actor is not None:  # 'three militiamen lost their lives'
        obj, obj_how, actor, actor_how = actor, f"subject of '{tok.text} {obj.text}' (who died)", None, ""

    if coding["type"] in ("ASSAULT", "COERCE") and _sports_result(actor or instrument, obj, tok, entry, lex):
        return None  # "Bayern Munich hit Dortmund for six", "Barcelona beat Madrid"
    if coding["type"] == "ASSAULT" and _exercise(tok, obj, lex, is_place):
        return None  # "The missile hit the target during a test launch": a drill, no attack
    if entry.get("require_actor") and actor is None and instrument is None and not _reported_act_of_force(tok, coding, lex):
        return None  # "homes were destroyed" (by a storm as often as by an army)
    doers = None if coding.get("any_doer") else coding.get("require_doers") or entry.get("require_doers")
    forced = any(c.dep_ == "advmod" and c.lower_ in entry.get("or_adverbs", ()) for c in tok.children)
    weapon = WEAPON_DOER in (doers or ()) and (  # 'a drone hit a car', 'A Turkish drone struck a vehicle'
        (actor is None and instrument is not None) or (actor is not None and _weapon(actor, lex))
    )
    if doers and not forced and not weapon and (actor is None or not (_doer_lemmas(actor) & doers or _named_doer(actor, doers))):
        return None  # "the ministry responded", "Beijing retaliated with tariffs": no armed reply
    if doers and not forced and actor is not None and _figurative_taking(actor, obj, doers, coding):
        return None  # "The women's movement took the debate hostage": a group's, but no person taken
    force = entry.get("require_force_context") or coding.get("require_force_context")
    if force and not coding.get("any_doer") and not _force_nearby(tok, lex):
        return None  # "Troops responded quickly": no act of force told to reply to
    if entry.get("skip_weapon_objects") and obj is not None and _weapon_object(obj, lex):
        if not entry.get("weapon_objects_intercept"):
            return None  # a weapon as the thing hit: no attack
        coding.update(type="ASSAULT", mode="intercept")  # "51 were shot down" (drones): an interception (audit 19 E1)
        why.append(f"a weapon as object ('{obj.text}'): an interception")
    control = _embedded_in_control(tok, lex)
    if control is not None:
        return None  # the action of a coded 'refused to', 'urged … to', 'asked … to'

    action = None
    if entry.get("control"):
        action = _child(tok, "xcomp")
        if action is not None and action.lemma_.lower() in entry.get("skip_actions", ()):
            return None  # "declined to comment" is no event
        if (
            action is not None
            and action.lemma_.lower() in entry.get("skip_passive_actions", ())
            and any(c.dep_ == "auxpass" for c in action.children)
        ):
            return None  # "a source who asked not to be named": the terms of anonymity, no request event

    # recipient: the counterpart rather than the object for meetings, supplies, calls on
    recipient, recipient_how = obj, obj_how
    location, location_how = None, ""
    light = {**entry, **coding}  # an object class may make the verb light ('returned fire')
    if light.get("subject_is_recipient"):
        pass  # 'lost their lives': the one who died is the recipient already
    elif light.get("light"):  # "hold talks", "fire warning shots": the object is the act itself
        recipient = _with_object(tok, *light.get("recipient_preps", ("at", "against")))
        if light.get("trigger_includes_object") and obj is not None and obj.i == trigger_end.i + 1:
            trigger_end = obj  # "open fire"
        recipient_how = "object of a preposition after the light verb" if recipient is not None else ""
        if recipient is None and optional and obj is not None:  # "the convoy was fired on": the target
            recipient, recipient_how = obj, obj_how
        need = light.get("recipient_objects")
        placed = recipient is not None and (is_place(recipient) if is_place is not None else placey(recipient))
        unfit = bool(need) and (recipient is None or not (_head_words(recipient) | ({PLACE_OBJECT} if placed else set())) & need)
        if unfit and (recipient is not None or not light.get("recipient_optional")):  # 'threw stones' stays
            return None  # 'drove his car into the city', '… into the station', '… into a group of trees
    if entry.get("object_is_place") and recipient is not None:  # 'troops crossed into Abyei': where, not whom
        kinds = set(entry.get("place_objects", "").split("|")) - {""}
        named = (is_place is not None and is_place(recipient)) or placey(recipient)
        if kinds and not named and recipient.lemma_.lower() not in kinds:
            return None  # 'The rebels crossed into the debate': no place (review)
        location, location_how, recipient, recipient_how = recipient, recipient_how, None, ""
    if coding.get("mode") == "visit" and obj is not None and obj.ent_type_ != "PERSON":
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = _child(of, "pobj") if of is not None and not placey(obj) else obj
        if place is not None and ((is_place is not None and is_place(place)) or placey(place)):
            location, location_how, recipient, recipient_how = place, "object of 'visit'", None, ""
    elif (
        place_obj is not None
        and coding["type"] in ("ASSAULT", "COERCE")
        and _local_place(place_obj, lex)
        and lex.lemma(tok.lemma_) not in lex.party_object_verbs
    ):
        location, location_how = place_obj, "the place the object names"  # "Rockets struck Kiryat Shmona"
    elif obj is not None and (place := _place_modifier(obj, lex, is_place)) is not None:  # "striking El Fasher market"
        location, location_how = place, f"place named in the object '{obj.text}'"
    elif obj is not None and obj.lemma_.lower() in PLACE_NOUNS:  # "shelled the village of Sos"
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        place = _child(of, "pobj") if of is not None else obj
        owner = obj.lemma_.lower() in lex.owned_place_nouns and place is not None and place.ent_type_ in ("ORG", "NORP")
        named = place is not None and placey(place) and not owner  # "a camp of the People's Defence Force": its owner
        if place is not None and ((is_place is not None and is_place(place)) or named):
            location, location_how = place, f"place named by the object '{obj.text}'"
    if coding["type"] in ("CONSULT", "COOPERATE") and (w := _with_object(tok, "with")) is not None:
        recipient, recipient_how = w, "object of 'with'"
    elif (coding["type"] == "AID" or coding.get("mode") == "restrict-supply") and (to := _prep_object(tok, "to")) is not None:
        recipient, recipient_how = to, "object of 'to'"
    elif coding["type"] == "REQUEST" and particle_tok is not None and particle_tok.lower_ == "for":
        action, recipient, recipient_how = obj, None, ""
    elif entry.get("object_is_action") and obj is not None and action is None and obj.ent_type_ not in PARTY_ENTS:
        action, recipient, recipient_how = obj, None, ""  # "demanded the release of 40 commanders": what is asked
    if obj is not None and _other_event_noun(obj, coding["type"], lex):  # "condemned the airstrike on Kyauk Ni Maw"
        skip_preps |= {t.i for t in obj.subtree if t.dep_ == "prep"}  # the airstrike's place, not the condemning's
        skip_preps |= {c.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "against") and c.i > obj.i}
    if obj is not None and obj.lemma_.lower() in lex.content_nouns:  # "rejected the claim that shells hit homes in Istisu"
        clauses = [c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")]
        skip_preps |= {t.i for c in clauses for t in c.subtree if t.dep_ == "prep"}  # the place is the claim's content's
    if action is None and obj is not None and _gerund_object(obj):  # "denied firing at the town": what is denied
        action, recipient, recipient_how = obj, None, ""
        skip_preps |= {t.i for t in obj.subtree if t.dep_ == "prep"}  # the firing's place is not the denial's
    if action is not None and recipient is not None and recipient.i == action.i:
        recipient = None

    cand = Candidate(
        trigger=tok,
        trigger_end=trigger_end,
        event_type=coding["type"],
        mode=coding.get("mode"),
        confidence=float(entry.get("confidence", 0.6)),
        actor=actor,
        actor_how=actor_how,
        instrument=instrument,
        instrument_how=instrument_how,
        reply=_reply(tok, {**entry, **coding}, lex),
        continues=_continuation(tok, lex),
        recipient=recipient,
        recipient_how=recipient_how,
        action=action,
        why=why,
        sent=sent,
    )

    if not _modality(cand, tok, sent, lex, entry):
        return None

    cand.location, cand.location_how = (location, location_how) if location is not None else _location(tok, skip_preps, is_place)
    own = _own_tokens(tok)
    if action is not None and action.dep_ == "xcomp" and coding["type"] in lex.control_action_time_types:
        own += _own_tokens(action)  # "refused to sign … on Tuesday night"; not "urged X to return on Thursday"
    if tok.dep_ == "xcomp":  # "is due to meet … next week": the governor's adjuncts too
        own += [t for t in _own_tokens(tok.head) if t.i not in {x.i for x in own}]
    said = {t.i for c in _speech_time(tok, lex) for t in c.subtree}  # 'said on Tuesday it had killed …'
    said |= {t.i for t in _answered_acts_time(tok, lex)}  # 'in retaliation for a mortar attack … late on Monday'
    cand.own = [t for t in own if same_line(t, tok) and t.i not in said]
    if cand.actor is None and cand.recipient is None:
        cand.confidence -= 0.15
    elif cand.actor is not None:
        cand.confidence += 0.05
    cand.confidence = round(min(0.99, max(0.05, cand.confidence)), 2)
    return cand


def _modality(cand: Candidate, tok: Token, sent: Span, lex: Lexicon, entry: dict) -> bool:
    """Negation, modality and attribution of ``cand`` from the predicate ``tok`` and its
    governors; False when the event is the content of a negated accusation (no event)."""
    why = cand.why
    src = _modal_head(tok)  # "will attack and seize": 'seize' shares the modal, negation and governor of 'attack'
    own_object = src is not tok and _child(tok, "dobj") is not None  # 'have no heating and accuse Chisinau': not shared
    nobody = _negative_argument(
        src, ("nsubj", "nsubjpass") if own_object else ("nsubj", "nsubjpass", "dobj")
    )  # "Nobody was beaten", "killed no one"
    cand.negated = _negated(src) or nobody is not None or cand.negated
    modality, cue, gov_neg = _governor_modality(src, lex)
    cand.negated = cand.negated or gov_neg
    if entry.get("modality"):
        cand.modality, cand.modality_cue = entry["modality"], tok.text
    elif modality:
        cand.modality, cand.modality_cue = modality, cue
    else:
        adv = next((c for c in src.children if c.dep_ == "advmod" and c.lower_ in lex.adverbs), None)
        aux = next((c for c in src.children if c.dep_ == "aux" and c.lower_ in lex.modal_aux), None)
        if adv is not None:
            cand.modality, cand.modality_cue = lex.adverbs[adv.lower_], adv.text
        elif aux is not None:
            cand.modality, cand.modality_cue = lex.modal_aux[aux.lower_], aux.text
        elif cand.negated:
            neg = next((c.text for c in src.children if c.dep_ == "neg"), None)
            cand.modality, cand.modality_cue = "negated", neg or (nobody.text if nobody is not None else None)
    if cand.modality == "asserted" and in_headline(src) and _headline_infinitive(src):
        cand.modality, cand.modality_cue = "future", "to"  # headline "Russia to attack Kharkiv": will attack
        why.append("headline 'X to do': a future")
    if src is not tok and (cand.negated or cand.modality != "asserted"):
        why.append(f"modality shared with the coordinated verb '{src.text}'")
    if cand.negated:
        why.append("negated")

    cand.attributed_to, cand.attribution_cue = _attribution(tok, sent, lex)
    if cand.attribution_cue in ("claim", "claimed", "alleged", "allege", "claims") and cand.modality == "asserted":
        cand.modality, cand.modality_cue = "alleged", cand.attribution_cue
    if cand.modality == "asserted" and (noun := _content_noun(src, lex)) is not None:
        cand.modality, cand.modality_cue = lex.content_nouns[noun.lemma_.lower()], noun.text
        why.append(f"content of the noun '{noun.text}': {cand.modality}")
        if cand.attributed_to is None and (owner := _claim_owner(noun)) is not None:
            cand.attributed_to, cand.attribution_cue = owner, noun.text  # "rejected Yerevan's claim that …"
            why.append(f"the {noun.text} is {owner.text}'s")
    if cand.modality == "asserted" and (cue := _habitual(src, lex)) is not None:
        cand.modality, cand.modality_cue = "habitual", cue
        why.append("present tense with a frequency cue: a habit, no single happening")
    elif cand.modality == "asserted" and (cue := _repeated(src, lex)) is not None:
        cand.modality, cand.modality_cue = "habitual", cue
        why.append(f"'{cue}' over a period: repeated happenings, no single one")
    if cand.modality == "asserted" and (mark := _whether_mark(src)) is not None:
        cand.modality, cand.modality_cue = "possible", mark.text  # "did not say whether Pakistan had asked …"
        why.append(f"inside a '{mark.text}' clause: open, not told as done")
    if cand.modality == "asserted" and (mark := _condition_mark(tok)) is not None:
        cand.modality, cand.modality_cue = "conditional", mark.text  # "… unless the RSF withdrew": a condition
    elif cand.modality in CONSEQUENT_MODALITIES and (mark := _consequent_of(src)) is not None:
        cand.modality, cand.modality_cue = "conditional", mark.text  # "if talks fail, the army will attack"
        why.append(f"consequent of an '{mark.text}' clause")
    gathered = cand.event_type == "PROTEST" and lex.lemma(tok.head.lemma_) in lex.gathering_verbs  # audit 18 E9
    if cand.modality == "asserted" and _purpose_clause(tok) and not gathered:  # 'gathered … to protest' is the protest
        cand.modality, cand.modality_cue = "intended", "to"  # "attacked the base to seize weapons"
        why.append(f"purpose of '{tok.head.text}': intended, not told as done")
    if cand.modality == "asserted" and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        adv = next((c for c in tok.head.children if c.dep_ == "advmod" and c.lower_ in lex.adverbs), None)
        if adv is not None:  # "allegedly attacked a camp, killing dozens": the killing is alleged too
            cand.modality, cand.modality_cue = lex.adverbs[adv.lower_], adv.text
    frame, comp = _complement_frame(tok, lex)
    if frame is not None and _negated(frame):
        if comp.get("actor") == "object":  # "Baku did not accuse Yerevan of shelling …": nobody says it happened
            return False
        why.append(f"'{frame.text}' is negated: its content is not denied")  # "did not deny attacking the convoy"
        frame = None
    if frame is not None:  # "denied blocking the convoy", "accused the RSF of attacking El Fasher"
        cand.modality, cand.modality_cue = comp["modality"], frame.text
        cand.negated = cand.negated or bool(comp.get("negated"))
        why.append(f"content of '{frame.text}': {comp['modality']}")
        accused = _child(frame, "nsubjpass" if _is_passive(frame) else "dobj")  # "X is accused of shooting …"
        headline = accused is None and _headline_passive(frame, lex)  # "RSF accused of attacking El Fasher"
        if headline:
            accused = _child(frame, "nsubj")
        if comp.get("actor") == "object" and accused is not None:
            cand.actor, cand.actor_how = accused, f"the one '{frame.text}' names (accused)"
        if (
            cand.attributed_to is None
            and not headline
            and not comp.get("no_attribution")
            and (who := _subject_of(frame, lex)[0]) is not None
        ):
            cand.attributed_to, cand.attribution_cue = who, frame.text

    # pronoun subject of reported speech → the speaker ("X said it was … and urged …")
    speaker = cand.attributed_to
    plural_self = (
        cand.actor is not None
        and cand.actor.lower_ == "they"
        and speaker is not None
        and (speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children))  # "Egypt and Saudi Arabia"
    )
    a_person = speaker is not None and speaker.lemma_.lower() in lex.person_speakers  # not PERSON: 'Azerbaijan' may be one
    people = a_person or (speaker is not None and (speaker.lower_ == "who" or (speaker.tag_ == "NNS" and speaker.text.islower())))
    self_pronoun = cand.actor is not None and cand.actor.lower_ in SELF_PRONOUNS and not (people and cand.actor.lower_ == "it")
    quoted = cand.actor is not None and cand.actor.lower_ in ("it", "they") and _inside_quote(cand.trigger)
    if cand.actor is not None and speaker is not None and (self_pronoun or plural_self) and not quoted:
        cand.actor, cand.actor_how = cand.attributed_to, f"pronoun '{cand.actor.text}' taken as the speaker"
    return True
