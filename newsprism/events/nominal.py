"""Nominal events: 'the shelling of Kherson continued', 'a drone strike killed four civilians'.

An event noun (the cue file's ``nominal.nouns``) is coded only where the sentence reports it as
happening (its frame): subject of a happening verb ("the shelling continued", "a strike killed
four"), passive subject of a reporting/conduct verb ("attacks were reported", "the raid was
carried out by …"), object of a support verb ("launched an attack": the verb's subject is the
actor; "came under attack": the subject is the target), object of "in/during" after a casualty
verb ("were killed in an airstrike") or after "there was/were". A noun anywhere else ("fears of
a strike", "an end to the shelling", "the threat of an attack") is a mention, not an event.

One happening, one event: a verb event whose doer is the event noun ("the strike killed four",
"the port was hit by a strike", "…, killing three") or whose "in" phrase it is ("were killed in
an airstrike") is folded into the nominal event when of the same PLOVER type (listed in
``merged``; its object becomes the recipient when the noun names no target); of another type
it stays, with the noun's actor (or none) instead of the noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprism.events.extract import (
    ACTORS_KEY,
    LOC_PREPS,
    PLACE_NOUNS,
    Candidate,
    _answered_acts_time,
    _attribution,
    _child,
    _governor_modality,
    _lemmas,
    _location,
    _match,
    _modal_head,
    _modality,
    _negated,
    _negative_argument,
    _own_tokens,
    _relative_head,
    _subject_of,
    in_context,
    in_headline,
    phrase,
    placey,
    requested_action,
    same_line,
)
from newsprism.events.lexicon import Lexicon, Nominal

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOUN_TAGS = frozenset({"NN", "NNS"})
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj"})  # a VBG "shelling" standing as a noun
NEG_DETS = frozenset({"no"})
HEADLINE_HEDGES = frozenset({"alleged"})  # 'Teen attacked at diner' / 'was allegedly attacked': the lead's modality stands


def _coding(tok: Token, entry: dict, nom: Nominal) -> dict | None:
    """Type and mode of an event noun, refined by its modifiers ('hunger strike', 'air raid')."""
    if entry.get("plural_only") and tok.tag_ != "NNS":
        return None  # 'talk' is no event, 'talks' are
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    mods |= {m.removesuffix("s") for m in mods}
    if mods & entry.get("skip_modifiers", frozenset()):
        return None
    if "needs_modifier" in entry and not mods & entry["needs_modifier"]:
        return None
    if _figurative(tok, entry, nom):
        return None
    coding = {"type": entry["type"], "mode": entry.get("mode")}
    for words, refine in entry["modifiers"]:
        if words & mods:
            coding.update(refine)
            break
    if "objects" in entry or entry.get("needs_of"):  # a noun coded as its verb ('the capture of the town')
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _child(of, "pobj") if of is not None else None
        if obj is None and entry.get("needs_of"):
            return None  # 'his occupation' is a job
        if obj is not None and (refine := _match(entry.get("objects", ()), _lemmas(obj))) is not None:
            coding.update(refine)
    return coding


def _figurative(tok: Token, entry: dict, nom: Nominal) -> bool:
    """'the shooting of the film', 'her battle with cancer' (an object in ``skip_objects``), 'the
    storm's assault on the coast' (a possessor or modifier in ``non_actor_possessors``)."""
    skip = entry.get("skip_objects", frozenset())
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        if skip and (pobj := _child(prep, "pobj")) is not None and pobj.lemma_.lower() in skip:
            return True
    return any(c.dep_ in ("poss", "compound") and c.lemma_.lower() in nom.non_actor_possessors for c in tok.children)


def figurative(tok: Token, lex: Lexicon) -> bool:
    """An event noun used of something else ('Shooting of the film began'): no event, nominal or
    verbal (the parser's VBG 'Shooting' would otherwise be coded by the verb 'shoot')."""
    entry = lex.noun(tok.lemma_) or lex.noun(tok.lower_)
    return entry is not None and lex.nominal is not None and _figurative(tok, entry, lex.nominal)


def _particle_ok(verb: Token, needed: str | None, particle: Token | None = None) -> bool:
    if needed is None:
        return True
    if particle is not None and particle.lower_ == needed:
        return True
    return any(c.dep_ in ("prt", "prep") and c.lower_ == needed for c in verb.children)


def _generic(tok: Token, verb: Token, lex: Lexicon) -> bool:
    """'Airstrikes kill civilians', 'civilians are killed by airstrikes': a bare plural doer of a
    present-tense verb (or of a passive participle after a present auxiliary) states a habit."""
    if in_headline(verb):
        return False  # "Clashes erupt in Tripoli": a headline's present tells what happened
    present = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    )
    if not present or lex.lemma(verb.lemma_) in lex.nominal.progressive_verbs or tok.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)


def _frame(tok: Token, lex: Lexicon) -> tuple[Token, str, dict] | None:
    """(verb, kind, support entry) when the noun is reported as happening, else None; the
    sentence's own frame first ('the attack, which killed four, was carried out by X': by X)."""
    framed = _sentence_frame(tok, lex)
    if framed is None and (rel := _relative_happening(tok, lex)) is not None:
        return rel, "subject", {}
    if framed is None and (verb := _misparsed_verb(tok, lex)) is not None:
        return verb, "subject", {}
    return framed or _presupposed(tok, lex) or _presupposing_prep(tok, lex)


def _presupposing_prep(tok: Token, lex: Lexicon) -> tuple[Token, str, dict] | None:
    """'after the seizure of the airport', 'since the capture of the town': the change of control
    is given as the setting (nouns in the cue file's ``presupposing_prep_nouns``)."""
    nom = lex.nominal
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in nom.presupposing_preps or not same_line(tok, head):
        return None
    listed = tok.lemma_.lower() in nom.presupposing_prep_nouns or tok.lower_ in nom.presupposing_prep_nouns
    # 'caught fire after a Ukrainian drone attack overnight' (audit 19 E2): an indefinite noun with a side tells
    # a new happening, not one told elsewhere ('after the attack' stays none: seventh-session decision)
    new = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and _sided(tok, lex)
    return (head, "presupposed", {"noun": True}) if (listed or new) and _specific(tok, nom) else None


def _sided(tok: Token, lex: Lexicon) -> bool:
    """The event noun names a side: a national, organisation or force word before it ('a Ukrainian drone
    attack', 'a Sudanese army raid', 'a Hamas attack') or an armed doer after 'by' ('an attack by gunmen').
    Nineteenth-session review: 'a' alone passed (``specific_dets`` holds it), so 'Prices rose after a
    strike by dock workers' and 'after a late attack by the Ukrainian striker' became attacks."""
    nom = lex.nominal
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        side = t.ent_type_ in ("NORP", "ORG") or t.lemma_.lower() in nom.actor_modifier_nouns
        if side and t.dep_ in ("amod", "compound", "nmod") and not _hyphenated(t):
            return True
    for c in tok.children:
        by = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "by" else None
        if by is not None and (by.ent_type_ in ("NORP", "ORG") or by.lemma_.lower() in lex.armed_doers):
            return True
    return False


def _misparsed_verb(tok: Token, lex: Lexicon) -> Token | None:
    """'Shelling resumes near Lachin road', 'Fighting rages in Khartoum': headline syntax (no
    determiner, present tense) that the parser reads as a verb with an object or as a compound
    noun. A clause-initial event noun without a determiner followed by a present-tense form of a
    happening verb is that verb's subject; the word is never the noun's object or head noun."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.left_edge.i != tok.sent.start or _child(tok, "det") is not None:
        return None
    verb = doc[tok.i + 1]
    if not same_line(tok, verb) or (tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass")):
        return None  # parsed right: the sentence frame has it
    lemma = lex.lemma(verb.lemma_)
    singular = tok.tag_ != "NNS"
    present = (
        verb.tag_ in ("VBZ", "VBP")
        or verb.lower_ == (f"{lemma}s" if singular else lemma)
        or (singular and verb.lower_ == f"{lemma}es")
    )
    if lemma not in lex.nominal.subject_verbs or not present or verb.tag_ in ("VBD", "VBN", "VBG"):
        return None
    return verb if verb.head.i == tok.i or tok.head.i == verb.i else None


def _specific(tok: Token, nom: Nominal) -> bool:
    """'the shelling', 'a Russian strike', 'Russia's bombardment', 'Israeli strikes': one told
    happening; 'attacks on civilians', 'any attack' may be a kind of act, not a report."""
    for c in tok.children:
        if (c.dep_ == "det" and c.lower_ in nom.specific_dets) or c.dep_ == "poss":
            return True
        doer = c.ent_type_ in ("NORP", "ORG") or c.lemma_.lower() in nom.actor_modifier_nouns
        if c.dep_ in ("amod", "compound") and doer and not _hyphenated(c):
            return True
    return False


def _presupposed(tok: Token, lex: Lexicon) -> tuple[Token, str, dict] | None:
    """(verb, 'presupposed', entry) for an event noun that a condemning, denying or blaming verb
    takes as given ('condemned the shelling of Kharkiv', 'blamed Russia for the strike',
    'claimed responsibility for the attack'); the cue file's ``nominal.presupposing_verbs``."""
    nom = lex.nominal
    if not nom.presupposing_verbs or not _specific(tok, nom):
        return None
    pos = tok
    while pos.dep_ == "conj" and pos.head.pos_ == "NOUN" and pos.head is not pos:
        pos = pos.head  # "condemned the shelling and the blockade"
    head = pos.head
    if head is pos or not same_line(tok, head):
        return None
    if pos.dep_ in ("dobj", "nsubjpass"):
        entry = nom.presupposing_verbs.get(lex.lemma(head.lemma_))
        ok = entry is not None and head.pos_ == "VERB" and not entry.get("only_prep")
        return (head, "presupposed", entry) if ok and not _indefinite_unreal(tok, head, lex) else None
    if pos.dep_ != "pobj" or head.dep_ != "prep":
        return None
    holder = head.head
    if holder.pos_ == "NOUN" and nom.presupposing_nouns.get(holder.lemma_.lower()) == head.lower_:
        return holder, "presupposed", {"noun": True}  # "in response to the killing of three fighters"
    if holder.pos_ == "VERB":
        verb, key = holder, lex.lemma(holder.lemma_)
    elif holder.dep_ == "dobj" and holder.head.pos_ == "VERB":  # "blamed Russia for …", "claimed responsibility for …"
        verb, key = holder.head, lex.lemma(holder.head.lemma_)
        if holder.lemma_.lower() == "responsibility":
            key = f"{key} responsibility"
    else:
        return None
    entry = nom.presupposing_verbs.get(key)
    prep = "for" if key.endswith(" responsibility") else (entry or {}).get("prep")
    ok = entry is not None and head.lower_ == prep and not _indefinite_unreal(tok, verb, lex)
    return (verb, "presupposed", entry) if ok else None


def _indefinite_unreal(tok: Token, verb: Token, lex: Lexicon) -> bool:
    """'would condemn an attack on civilians', 'did not condemn an attack': an indefinite noun under
    a modal or a negation need not have happened ('condemned an attack on a convoy' has)."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return False
    src = _modal_head(verb)
    return _negated(src) or any(c.dep_ == "aux" and c.lower_ in lex.modal_aux for c in src.children)


def _ended_setting(verb: Token, nom) -> bool:
    """'hours after the killing had stopped': an ending verb in the past perfect in a time clause
    (audit 17 E10); 'after the fighting ended on Tuesday' still tells when the fighting was."""
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    return had and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in nom.ended_setting_marks for c in verb.children)


def _sentence_frame(tok: Token, lex: Lexicon) -> tuple[Token, str, dict] | None:
    """(verb, kind, support entry) when the noun is reported as happening, else None."""
    nom = lex.nominal
    pos = tok
    for _ in range(4):
        head = pos.head
        if pos.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN", "VERB") and head is not pos:
            pos = head  # "strikes and shelling continued": share the first noun's frame
        elif pos.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in nom.quantity_nouns:
            pos = head.head  # "dozens of arrests", "days of fighting"
        else:
            break
    head = pos.head
    if pos.dep_ == "ROOT":  # "A general strike paralysed Tbilisi" parsed as a noun phrase with a participle
        acl = next(
            (c for c in pos.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and _child(c, "dobj") is not None), None
        )
        if acl is not None and lex.lemma(acl.lemma_) in nom.subject_verbs:
            return acl, "subject", {}
        return None
    if head is pos or not same_line(tok, head):
        return None
    lemma = lex.lemma(head.lemma_)
    subject = pos.dep_ == "nsubj" and lemma in nom.subject_verbs and head.pos_ in ("VERB", "AUX")
    if subject and lemma in nom.ended_setting_verbs and _ended_setting(head, nom):
        return None  # 'arrived "hours after the killing had stopped"': a time, no second killing
    if subject and _particle_ok(head, nom.subject_verb_particles.get(lemma)) and not _generic(pos, head, lex):
        return head, "subject", {}
    passive = pos.dep_ == "nsubjpass" and lemma in nom.passive_verbs
    if passive and _particle_ok(head, nom.passive_verb_particles.get(lemma)):
        return head, "passive", {}
    if pos.dep_ == "pobj" and head.dep_ == "agent" and lex.lemma(head.head.lemma_) in nom.subject_verbs:
        if _generic(pos, head.head, lex):
            return None  # "civilians are killed by airstrikes every week"
        return head.head, "agent", {}  # "the port was hit by a strike" = "a strike hit the port"
    if pos.dep_ == "attr" and lemma == "be" and any(c.dep_ == "expl" for c in head.children):
        return head, "there", {}
    verb, particle = head, None
    if pos.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        verb, particle = head.head, head
    if pos.dep_ in ("dobj", "pobj") and lex.lemma(verb.lemma_) in nom.support_verbs and verb.pos_ in ("VERB", "AUX"):
        spec = nom.support_verbs[lex.lemma(verb.lemma_)]
        needed = spec.get("particle")
        if spec.get("only") and tok.lemma_.lower() not in spec["only"].split("|"):
            return None
        if spec.get("not_infinitive") and verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children):
            return None  # 'plans to spark unrest': an aim, no unrest told (the cause verbs)
        if not spec.get("skip") and (particle is None or needed == particle.lower_) and _particle_ok(verb, needed, particle):
            return verb, "support", spec
    if pos.dep_ == "pobj" and head.lower_ in nom.in_preps and lex.lemma(head.head.lemma_) in nom.in_verbs:
        return head.head, "in", {}
    return None


def _relative_happening(tok: Token, lex: Lexicon) -> Token | None:
    """The happening verb of a relative clause told of the event noun ('the attack that killed
    12', 'the attack on the hospital, which killed 12': the clause the parser hangs on the noun's
    object); a mentioned event ('condemned the attack') is reported as happening by it."""
    holders, level = [tok], [tok]
    for _ in range(3):  # the objects of the noun's prepositions, down to 'the clinic in Port Elm'
        level = [p for n in level for c in n.children if c.dep_ == "prep" and (p := _child(c, "pobj")) is not None]
        holders += [p for p in level if lex.noun(p.lemma_) is None]
    for noun in holders:
        for verb in noun.children:
            if verb.dep_ != "relcl" or lex.lemma(verb.lemma_) not in lex.nominal.subject_verbs:
                continue  # "the battle that swirls around him" tells of no happening
            if (rel := _child(verb, "nsubj")) is None or rel.lower_ not in ("which", "that"):
                continue
            if _relative_head(verb, rel, lex)[0].i == tok.i and not _generic(tok, verb, lex):
                return verb
    return None


def _prep_objects(tok: Token, preps: frozenset[str] | set[str]) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs after the noun, leaving out times ('clashes on Saturday')."""
    return [
        (c, p)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps and (p := _child(c, "pobj")) is not None and p.ent_type_ not in ("DATE", "TIME")
    ]


def _hyphenated(tok: Token) -> bool:
    """Part of a hyphenated modifier ('a pro-Hamas rally', 'an anti-Kremlin march'): no actor."""
    doc = tok.doc
    before = tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    after = not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    return tok.is_punct or before or after


def _place_modifier(tok: Token, nom: Nominal) -> bool:
    """A place name modifying an event noun names its place ('the Kherson shelling'), except those
    that name the actor ('a US strike')."""
    return tok.ent_type_ == "GPE" and tok.pos_ == "PROPN" and tok.lower_ not in nom.actor_place_modifiers


def _actor(tok: Token, verb: Token, kind: str, spec: dict, nom: Nominal, lex: Lexicon) -> tuple[Token | None, str]:
    """Who carried out the nominal event: possessive, 'by' phrase, an actor modifier, or the
    subject of the support verb ('Rebels carried out an ambush'); otherwise nobody."""
    poss = _child(tok, "poss")
    if poss is not None and poss.ent_type_ not in ("DATE", "TIME"):
        if poss.tag_ == "PRP$" and kind == "support" and spec.get("actor") != "none" and spec.get("role") != "recipient":
            subj, how = _subject_of(verb, lex)  # "the rebels resumed their offensive": 'their' is the rebels
            if subj is not None and subj.pos_ != "PRON":
                return subj, f"{how} of the support verb '{verb.text}' (what '{poss.text}' refers to)"
        return poss, "possessive of the event noun"
    for _, pobj in _prep_objects(tok, nom.actor_preps):
        return pobj, "object of 'by' after the event noun"
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound", "nmod")]  # "Russian missile strikes"
    for c in mods:
        if c.ent_type_ in nom.actor_ents and not _place_modifier(c, nom) and not _hyphenated(c):
            return c, f"modifier of the event noun ({c.ent_type_})"
        if c.lemma_.lower() in nom.actor_modifier_nouns and c.dep_ in ("compound", "amod") and not _hyphenated(c):
            return c, "modifier of the event noun (a doer: 'junta airstrike')"
    if kind == "support" and spec.get("actor") != "none" and spec.get("role") != "recipient":
        subj, how = _subject_of(verb, lex)
        if subj is not None and subj.tag_ not in ("WP", "WDT"):  # "could not confirm who carried out the strikes"
            return subj, f"{how} of the support verb '{verb.text}'"
    by_doer = kind == "passive" and lex.lemma(verb.lemma_) in nom.passive_agent_verbs  # not 'was confirmed by the army'
    if by_doer and (agent := _child(verb, "agent")) is not None and (pobj := _child(agent, "pobj")) is not None:
        return pobj, f"agent of '{verb.text}' ('by …')"
    if spec.get("role") == "recipient":  # "came under attack by armoured vehicles"
        by = next((c for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in nom.actor_preps), None)
        if by is not None and (pobj := _child(by, "pobj")) is not None:
            return pobj, f"object of '{by.text}' after '{verb.text}'"
    return None, ""


def _target(tok: Token, verb: Token, kind: str, spec: dict, lex: Lexicon) -> tuple[Token | None, str, Token | None]:
    """(recipient, how, the other side for 'clashes between A and B'); the how of a target
    proper (one that may be the place) starts with 'target'."""
    nom = lex.nominal
    for prep, pobj in _prep_objects(tok, nom.targets):
        return pobj, f"target: object of '{prep.text}' after the event noun", None
    sides = _prep_objects(tok, set(nom.side_preps))
    if not sides and kind in ("subject", "there"):  # "clashes broke out between police and protesters"
        sides = _prep_objects(verb, set(nom.side_preps))
    for prep, pobj in sides:
        if nom.side_preps[prep.lower_] == "both":
            other = _child(pobj, "conj")
            return other, f"second party of '{prep.text}'", pobj
        return pobj, f"object of '{prep.text}' (the other party)", None
    if kind == "support" and spec.get("role") == "recipient":
        subj = _child(verb, "nsubj")
        if subj is not None:
            return subj, f"target: subject of '{verb.text}'", None
    if kind == "subject" and lex.lemma(verb.lemma_) in nom.target_verbs and (obj := _child(verb, "dobj")) is not None:
        return obj, f"target: object of '{verb.text}'", None  # "a general strike paralysed the capital"
    if kind == "agent" and lex.lemma(verb.lemma_) in nom.target_verbs and (obj := _child(verb, "nsubjpass")) is not None:
        return obj, f"target: subject of the passive '{verb.text}'", None  # "the port was hit by a strike"
    return None, "", None


def _place(tok: Token, verb: Token | None, target: Token | None, is_place, nom: Nominal) -> tuple[Token | None, str]:
    """The place of a nominal event: its target when that is a place ('the shelling of Kherson'),
    a place modifier ('the Kherson shelling'), its own place phrase, or the verb's clause (not
    for a presupposed noun: 'condemned the attack in Geneva' is where the condemning was)."""

    def place_like(t: Token) -> bool:
        return (is_place is not None and is_place(t)) or placey(t)

    if target is not None:
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        named = _child(of, "pobj") if of is not None and target.lemma_.lower() in PLACE_NOUNS else None
        if named is not None and place_like(named):
            return named, f"place named by the target '{target.text}'"
        if (is_place is not None and is_place(target)) or (
            target.pos_ == "PROPN" and placey(target) and target.ent_type_ not in ("NORP", "ORG")
        ):
            return target, "the target of the event noun is a place"
    for c in tok.children:
        if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC") and c.lower_ not in nom.actor_place_modifiers:
            return c, "place modifier of the event noun"
    skip = {target.head.i} if target is not None and target.head.dep_ == "prep" else set()  # judged no place above
    loc, how = _location(tok, skip, is_place)
    if loc is not None:
        return loc, how + " after the event noun"
    return _location(verb, skip, is_place) if verb is not None else (None, "")


def _location_in(prep: Token, is_place) -> tuple[Token | None, str]:
    """The place named in one place phrase ('at a bar in Nairobi' → Nairobi), as ``_location`` reads it."""
    pobj = _child(prep, "pobj")
    for _ in range(3):
        if pobj is None:
            break
        if (is_place is not None and is_place(pobj)) or placey(pobj):
            return pobj, f"object of '{prep.text}' after the event noun"
        nxt = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ in LOC_PREPS | {"of"}), None)
        prep, pobj = (nxt, _child(nxt, "pobj")) if nxt is not None else (prep, None)
    return None, ""


def _time_children(verb: Token) -> list[Token]:
    """The time phrases hung on a verb ('on Monday', 'last week', 'Sunday')."""

    def timed(c: Token) -> bool:
        word = _child(c, "pobj") if c.dep_ == "prep" else c if c.dep_ in ("npadvmod", "tmod") else None
        return word is not None and word.ent_type_ in ("DATE", "TIME")

    return [c for c in verb.children if timed(c)]


def _time_right_after(tok: Token, prep: Token) -> list[Token]:
    """'caught fire after a Ukrainian drone attack overnight into Wednesday' (audit 19 E2): a time phrase
    written right after a new (indefinite) event noun under 'after'/'following', which the parse hangs on
    the verb the preposition modifies, is the noun's: the fire followed it."""
    if prep.dep_ != "prep" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return []
    nxt = tok.right_edge.i + 1
    for c in prep.head.children:
        timed = c.ent_type_ in ("DATE", "TIME") or (
            c.dep_ == "prep" and _child(c, "pobj") is not None and _child(c, "pobj").ent_type_ in ("DATE", "TIME")
        )
        if c.left_edge.i == nxt and timed and same_line(c, tok):
            return list(c.subtree)
    return []


def _struck_subject(cand: Candidate, prep: Token, is_place, nom: Nominal) -> None:
    """'A fuel depot near the port of Feodosia caught fire after a Ukrainian drone attack' (audit 19 E2
    rest): a new (indefinite) event noun under 'after'/'following' on a verb that tells harm done to its
    subject (``struck_after_verbs``: 'caught fire', 'burned'; ``struck_after_passives``: 'was destroyed',
    'were killed') struck that subject — its target when it has none — and the subject's place (a place
    subject, a place phrase of the subject, else the verb's place phrase) is its place when it has none.
    'Prices rose after a Russian strike', 'since a Russian attack', 'after the attack' take nothing."""
    tok, verb = cand.trigger, prep.head
    if cand.event_type not in nom.struck_after_types:
        return  # 'A school was damaged after a Syrian refugee protest'
    if prep.lower_ not in ("after", "following") or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subj = _child(verb, "nsubjpass") if passive else _child(verb, "nsubj")
    if subj is None or not same_line(subj, tok) or subj.pos_ == "PRON":
        return
    if passive:
        if lemma not in nom.struck_after_passives:
            return
    else:
        needs = nom.struck_after_verbs.get(lemma)
        obj = _child(verb, "dobj")
        if needs is None or (needs and (obj is None or obj.lower_ not in needs)) or (not needs and obj is not None):
            return
    if cand.recipient is None:
        cand.recipient, cand.recipient_how = subj, f"target: subject of '{verb.text}' after the event noun (struck by it)"
    if cand.location is not None:
        return
    if (is_place is not None and is_place(subj)) or (
        subj.pos_ == "PROPN" and placey(subj) and subj.ent_type_ not in ("NORP", "ORG")
    ):
        cand.location, cand.location_how = subj, f"the place that '{verb.text}' after the event noun"
        return
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in LOC_PREPS and (loc := _location_in(c, is_place))[0] is not None:
            cand.location, cand.location_how = loc[0], f"object of '{c.text}' in the phrase of the subject of '{verb.text}'"
            return
    loc, how = _location(verb, {prep.i}, is_place)
    if loc is not None and not any(t.i == loc.i for t in tok.subtree):
        cand.location, cand.location_how = loc, f"{how} of '{verb.text}', which the event noun struck"


def _second_date(tok: Token, verb: Token) -> list[Token]:
    """The tokens of a time phrase the parser hangs on the framing verb after the event noun, when
    the verb has a time phrase of its own before the noun: one date each, the later the event's
    ('The UN on Monday deplored the killing … on Sunday'). A single date stays the verb's (the
    parse's reading); the layer bounds the event by it instead."""
    times = _time_children(verb)
    before = [c for c in times if c.i < tok.i]
    after = [c for c in times if c.left_edge.i > tok.right_edge.i]
    return list(after[0].subtree) if before and after and same_line(after[0], tok) else []


def _outcome_apart(cand: Candidate, verb: Token, kind: str, lex: Lexicon) -> None:
    """'The attack did not kill anyone', 'no one was killed in the attack', 'the strike may have
    killed dozens': the negation or the modal of the perfect is the outcome's, not the event's;
    the attack is asserted (and the verb stays its own event, with its own polarity/modality)."""
    if kind not in ("subject", "agent", "in") or lex.lemma(verb.lemma_) not in lex.nominal.outcome_verbs:
        return
    src = _modal_head(verb)
    if cand.modality == "negated":
        if not (_negated(src) or _negative_argument(src, ("dobj",))) or _governor_modality(src, lex)[2]:
            return  # negated by a governor ("did not say that the strike hit …"): keep
        if "negated" in cand.why:
            cand.why.remove("negated")
        cand.why.append(f"'{verb.text}' is negated: the outcome is denied, not the event")
    else:
        cue = cand.modality_cue
        perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in src.children)
        modal = cue is not None and lex.modal_aux.get(cue.lower()) == cand.modality
        if not (perfect and modal and any(c.dep_ == "aux" and c.text == cue for c in src.children)):
            return
        cand.why.append(f"'{cue} have {verb.text}': the outcome is uncertain, not the event")
    cand.negated, cand.modality, cand.modality_cue, cand.outcome_apart = False, "asserted", None, True


def _presupposition(cand: Candidate, verb: Token, entry: dict, sent: Span, lex: Lexicon) -> None:
    """Modality, actor and source of an event noun a verb takes as given. 'Condemned the
    shelling': asserted, even under 'did not condemn' (a presupposition survives negation).
    'Denied the attack': denied (negated), done by the denier unless the noun names a doer.
    'Blamed Russia for the strike': alleged, by Russia. A negated denial or blame says nothing
    against the event (asserted) and names no doer."""
    src = _modal_head(verb)
    negated_frame = _negated(src)
    modality = entry.get("modality", "asserted")
    cand.told_by.append(verb)
    cand.why.append(f"presupposed by '{verb.text}'")
    if negated_frame:
        cand.why.append(f"'{verb.text}' is negated: the event is still given, no doer or denial from it")
    elif modality != "asserted":
        cand.modality, cand.modality_cue, cand.negated = modality, verb.text, bool(entry.get("negated"))
    cand.attributed_to, cand.attribution_cue = _attribution(verb, sent, lex)
    if entry.get("attributed") and not negated_frame and (who := _subject_of(verb, lex)[0]) is not None:
        cand.attributed_to, cand.attribution_cue = who, verb.text
    if cand.actor is not None or negated_frame:
        return
    role = entry.get("actor")
    if role == "subject" and (who := _subject_of(verb, lex)[0]) is not None:
        cand.actor, cand.actor_how = who, f"the one who '{verb.text}' it"
    elif role == "object":
        accused = _child(verb, "dobj")
        if accused is not None and accused.i == cand.trigger.i:  # "blamed the attack on Russia"
            accused = _blamed_on(cand, verb, entry.get("actor_prep"), lex)
        elif accused is None:
            accused = _child(verb, "nsubjpass")  # "Russia was blamed for the strike"
            if accused is not None and accused.i == cand.trigger.i:  # "the attack was blamed on Hamas"
                accused = _blamed_on(cand, verb, entry.get("actor_prep"), lex)
        if accused is not None:
            cand.actor, cand.actor_how = accused, f"the one '{verb.text}' names (accused)"


def _blamed_on(cand: Candidate, verb: Token, prep: str | None, lex: Lexicon) -> Token | None:
    """'blamed the ambush on Fano militiamen': the object of 'on' after the verb, or after the
    noun when it names a doer (the parser's attachment); it is then no target or place."""
    for holder in (verb, cand.trigger):
        for c in holder.children:
            if c.dep_ != "prep" or c.lower_ != prep or (p := _child(c, "pobj")) is None:
                continue
            doer = p.ent_type_ in ("PERSON", "NORP", "ORG") or p.lemma_.lower() in lex.nominal.relative_doers
            if holder is verb or doer:
                if cand.recipient is not None and cand.recipient.i == p.i:
                    cand.recipient, cand.recipient_how = None, ""
                if cand.location is not None and cand.location.i == p.i:
                    cand.location, cand.location_how = None, ""
                return p
    return None


def _verb_side(tok: Token, verb: Token, preps: frozenset[str] | set[str]) -> tuple[Token, Token] | None:
    """(preposition, object) hung on the verb right after the presupposed noun ('confirmed the strike
    on the depot'): the small parser's attachment; the phrase is the noun's."""
    after = tok.right_edge.i + 1
    for c in verb.children:
        p = _child(c, "pobj") if c.dep_ == "prep" and c.i == after and c.lower_ in preps else None
        if p is not None and p.ent_type_ not in ("DATE", "TIME"):
            return c, p
    return None


def _code(tok: Token, sent: Span, lex: Lexicon, is_place) -> Candidate | None:
    nom = lex.nominal
    entry = lex.noun(tok.lemma_) or lex.noun(tok.lower_)
    if entry is None or nom is None:
        return None
    coding = _coding(tok, entry, nom)
    free = entry.get("context_free_preps", frozenset())
    if coding is not None and "skip_context" in entry and in_context(sent, entry["skip_context"], free):
        return None  # "the rally on Wall Street continued as tech shares rose"
    framed = _frame(tok, lex) if coding is not None else None
    if framed is None:
        return None
    verb, kind, spec = framed
    if requested_action(verb, lex):
        return None  # "spurning requests … to impose sanctions against Iran"
    if "only_frames" in entry and (kind != "support" or lex.lemma(verb.lemma_) not in entry["only_frames"]):
        return None  # "came under fire", not "a fire broke out"
    why = [f"event noun '{tok.lemma_}' ({kind} of '{verb.text}')"]
    actor, actor_how = _actor(tok, verb, kind, spec, nom, lex)
    recipient, recipient_how, side = _target(tok, verb, kind, spec, lex)
    if "needs_target" in entry and (recipient is None or not _lemmas(recipient) & entry["needs_target"]):
        return None  # "the minister came under fire from critics" is criticism
    if kind == "presupposed" and recipient is None and (hung := _verb_side(tok, verb, nom.targets)) is not None:
        recipient, recipient_how = hung[1], f"target: object of '{hung[0].text}' after the event noun (hung on '{verb.text}')"
    if side is not None and actor is None:
        actor, actor_how = side, "first party of 'between'"
    cand = Candidate(
        trigger=tok,
        trigger_end=tok,
        event_type=coding["type"],
        mode=coding.get("mode"),
        confidence=float(entry.get("confidence", 0.6)),
        actor=actor,
        actor_how=actor_how,
        recipient=recipient,
        recipient_how=recipient_how,
        why=why,
        sent=sent,
        form="nominal",
        frame_verb=verb,
        frame_kind=kind,
    )
    if kind == "presupposed":
        _presupposition(cand, verb, spec, sent, lex)
    elif not _modality(cand, verb, sent, lex, {}):
        return None
    _outcome_apart(cand, verb, kind, lex)
    if any(c.dep_ == "det" and c.lower_ in NEG_DETS for c in tok.children):  # "there were no clashes"
        cand.negated, cand.modality, cand.modality_cue = True, "negated", "no"
        why.append("negated")
    mod = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in nom.modality_modifiers), None)
    if mod is not None and cand.modality == "asserted":  # "an alleged strike", "a foiled attack"
        cand.modality, cand.modality_cue = nom.modality_modifiers[mod.lower_], mod.text
        cand.negated = cand.negated or cand.modality == "failed"
    target = recipient if recipient_how.startswith("target") else None
    cand.location, cand.location_how = _place(tok, verb if kind != "presupposed" else None, target, is_place, nom)
    if cand.location is None and kind == "presupposed" and (hung := _verb_side(tok, verb, LOC_PREPS)) is not None:
        cand.location, cand.location_how = _location_in(hung[0], is_place)
    if kind == "presupposed" and verb.dep_ == "prep":
        _struck_subject(cand, verb, is_place, nom)
    if cand.actor is not None and cand.actor.lower_ in ("its", "our") and cand.attributed_to is not None:
        cand.actor, cand.actor_how = cand.attributed_to, f"possessive '{cand.actor.text}' taken as the speaker"
    own = [t for t in _own_tokens(tok) if t.dep_ != "poss" or t.ent_type_ in ("DATE", "TIME")]
    own += [
        t for c in tok.children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for t in c.subtree
    ]  # "Monday's strike", "last year's offensive"
    owned = {t.i for t in own}
    if kind != "presupposed":  # "condemned on Tuesday the shelling": Tuesday is the condemnation's
        own += [t for t in _own_tokens(verb) if t.i not in owned and t.i != tok.i]
    else:  # "the UN on Monday deplored the killing of three aid workers on Sunday": Sunday is the killing's
        own += [t for t in _second_date(tok, verb) if t.i not in owned]
        own += [t for t in _time_right_after(tok, verb) if t.i not in owned]
    if tok.head.dep_ == "prep" and (reply := tok.head.head).dep_ == "pobj" and reply.head.dep_ == "prep":
        own += [
            t for t in _answered_acts_time(reply.head.head, lex, tok) if t.i not in owned
        ]  # 'in retaliation for an attack … on Monday'
    cand.own = sorted((t for t in own if same_line(t, tok)), key=lambda t: t.i)
    cand.confidence = round(min(0.99, cand.confidence + (0.05 if actor is not None else -0.1)), 2)
    return cand


def nominal_candidate(tok: Token, sent: Span, lex: Lexicon, is_place=None) -> Candidate | None:
    """The nominal event of an event noun ``tok`` (or None); called for every noun and VBG."""
    nom = lex.nominal
    if nom is None or (tok.lemma_.lower() not in nom.nouns and tok.lower_ not in nom.nouns):
        return None
    tag = tok.tag_
    gerund = tag == "VBG" and tok.dep_ in NOUN_DEPS and not any(c.dep_ == "dobj" for c in tok.children)
    if tag not in NOUN_TAGS and not gerund and not (tag == "VBG" and _misparsed_verb(tok, lex) is not None):
        return None
    return _code(tok, sent, lex, is_place)


def fold(verbal: list[Candidate], nominal: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """One happening, one event: drop the nominal events a coded verb already names ('held a
    rally' is coded by 'hold'), and fold verb events done by an event noun into it; a verb
    event done by a generic event noun ('Airstrikes kill civilians') is no report either."""
    verbal = [v for v in verbal if not _done_by_generic(v, lex)]
    if not nominal:
        return verbal
    by_verb = {c.trigger.i: c for c in verbal}
    kept_nominal = [
        n for n in nominal if not (n.frame_verb is not None and n.frame_verb.i in by_verb and n.frame_kind == "support")
    ]
    by_noun = {n.trigger.i: n for n in kept_nominal}
    kept_verbal = []
    for v in verbal:
        if v.trigger.i in by_noun:  # "The shelling forced …": the parser's VBG is the event noun
            continue
        noun = _noun_of(v, by_noun)
        if noun is None:
            kept_verbal.append(v)
        elif noun.event_type == v.event_type and noun.negated == v.negated and not noun.outcome_apart:
            noun.merged.append(v)
            noun.why.append(f"includes the verb event '{v.trigger.text}' ({v.event_type}/{v.mode})")
            if noun.recipient is None and v.recipient is not None and v.recipient.i != noun.trigger.i:
                noun.recipient, noun.recipient_how = v.recipient, f"{v.recipient_how} of '{v.trigger.text}'"
            if noun.actor is None and v.actor is not None and v.actor.i != noun.trigger.i:  # "X killed 12 in the attack"
                noun.actor, noun.actor_how = v.actor, f"{v.actor_how} of '{v.trigger.text}'"
            if noun.location is None and v.location is not None:
                noun.location, noun.location_how = v.location, f"{v.location_how} ('{v.trigger.text}')"
        else:
            if noun.outcome_apart and noun.actor is None and v.actor is not None and v.actor.i != noun.trigger.i:
                # "it killed no civilians in the strike": the denied outcome's doer did the strike
                noun.actor, noun.actor_how = v.actor, f"{v.actor_how} of '{v.trigger.text}' (its outcome told apart)"
            own = v.actor is not None and v.actor.i != noun.trigger.i  # 'The raid forced …': the raid is no doer of its own
            if noun.actor is not None or not own:  # not 'Israeli forces detained 25 in overnight raids'
                v.actor, v.actor_how = noun.actor, f"actor of the nominal event '{noun.trigger.text}' (the doer named)"
                v.why.append(f"done by the nominal event '{noun.trigger.text}'")
            v.done_by = noun
            kept_verbal.append(v)
    out = sorted(kept_verbal + kept_nominal, key=lambda c: c.trigger.i)
    kept: list[Candidate] = []
    into: dict[int, Candidate] = {}  # folded noun's trigger → the earlier event it was told again of
    for c in out:  # in text order, so an event told a third time joins the first telling
        antecedent = _antecedent(c, kept, lex) if c.form == "nominal" else None
        if antecedent is None:
            kept.append(c)
        else:
            into[c.trigger.i] = antecedent
    for c in kept:  # "Rebels stormed the village. The raid forced hundreds to flee": the rebels did
        first = into.get(c.done_by.trigger.i) if c.done_by is not None else None
        if first is not None and first.actor is not None and c.actor is None:
            c.actor, c.actor_how = (
                first.actor,
                f"{first.actor_how} of '{first.trigger.text}' ('{c.done_by.trigger.text}' told again)",
            )
    return kept


def fold_headline(found: list[Candidate], lex: Lexicon, is_place=None) -> list[Candidate]:
    """'Drone strike kills four in Kherson' / 'A Russian drone strike killed four civilians in
    Kherson on Monday': a report's headline tells its lead's happening again. A headline event
    joins the one event of the same kind in the first ``headline_window`` body sentences whose
    doer, target, place and day agree with it (its ``merged``, marked as the headline's); one
    with no such event, or with two that fit as well, stays an event of its own."""
    heads = [c for c in found if in_headline(c.trigger)]
    if not heads or lex.nominal is None or lex.nominal.headline_window <= 0:
        return found
    body = [c for c in found if not in_headline(c.trigger)]
    window = _body_window(body, lex.nominal.headline_window)
    folded: set[int] = set()
    for h in heads:
        fits = [b for b in window if _headline_agrees(h, b, lex, is_place)]
        if len(fits) != 1:  # none, or two that fit as well ('Shelling resumes near Donetsk' over two shellings)
            continue
        b = fits[0]
        folded.add(h.trigger.i)
        b.merged[:0] = [h, *h.merged]
        b.told_by += h.told_by
        b.why.append(f"includes the headline's '{h.trigger.text}' (the same happening told in the headline)")
        has_place = bool(_places(b, is_place))
        for role in ("actor", "recipient", "location"):
            mine, theirs = getattr(b, role), getattr(h, role)
            if role == "location" and has_place:
                continue  # 'shelled Horlivka' keeps its own place, not the headline's 'near Donetsk'
            if mine is None and theirs is not None and theirs.pos_ != "PRON" and theirs.i != b.trigger.i:
                setattr(b, role, theirs)
                setattr(b, f"{role}_how", f"{getattr(h, f'{role}_how')} (the headline's '{h.trigger.text}')")
    return [c for c in found if c.trigger.i not in folded]


def _body_window(body: list[Candidate], sentences: int) -> list[Candidate]:
    """The body events of the first ``sentences`` body sentences, leaving out participle clauses
    of another event (', killing six' belongs to the event it follows)."""
    if not body:
        return []
    starts: set[int] = set()
    for sent in body[0].trigger.doc.sents:  # every body sentence counts, with or without an event
        if len(starts) == sentences:
            break
        if not in_headline(sent[0]) and any(not t.is_space for t in sent):
            starts.add(sent.start)
    heads = {c.trigger.i for c in body}
    return [
        c
        for c in body
        if c.sent.start in starts and not (c.trigger.dep_ == "advcl" and c.trigger.tag_ == "VBG" and c.trigger.head.i in heads)
    ]


def _places(c: Candidate, is_place=None) -> set[str]:
    """The place names in an event's target and place: proper names, and the words the place layer
    found (the parser may call a town an ORG: 'shelled Horlivka')."""
    out = _place_names(c.recipient, c.location)
    for tok in (c.recipient, c.location):
        if tok is not None and is_place is not None:
            i, j = phrase(tok)
            out |= {t.lower_ for t in tok.doc[i:j] if is_place(t)}
    return out


def _headline_agrees(h: Candidate, b: Candidate, lex: Lexicon, is_place=None) -> bool:
    """The same kind ('Shelling resumes' ~ 'shelled'; 'Strike' is not 'shelled'), the same
    negation and modality (a headline may drop its lead's 'allegedly'), and no conflicting doer,
    target, place or day (as ``_compatible``; targets are compared with targets: 'Arms dealer
    arrested in the US' / 'was arrested in the United States by ICE agents')."""
    hedged = h.modality == "asserted" and b.modality in HEADLINE_HEDGES
    if not (_same_kind(h, b, lex) or _same_kind(b, h, lex)) or h.negated != b.negated:
        return False
    if h.modality != b.modality and not hedged:
        return False
    if not _doers_agree(_own_actor(h), b.actor, lex):
        return False
    mine, theirs = _words(h.recipient), _words(b.recipient)
    names, other = _names(h.recipient), _names(b.recipient)
    if (mine and theirs and not _agree(mine, theirs)) or (names and other and not _agree(names, other)):
        return False
    mine_places, their_places = _places(h, is_place), _places(b, is_place)
    if mine_places and their_places and not _agree(mine_places, their_places):
        return False
    days, other = _dates(h), _dates(b)
    return not (days and other and not days & other)


def _anaphoric(n: Candidate, lex: Lexicon) -> bool:
    """'the shelling', 'this attack', 'the Russian strike on Kherson': a definite event noun
    (determiner or possessive) with no number, relative clause or modifier of its own other than
    an actor or place name or a word of its entry's modifiers ('the missile strike'); 'the second
    attack', 'the two raids', 'the attack that killed 12' tell of something else."""
    tok = n.trigger
    nom = lex.nominal
    dets = [c for c in tok.children if c.dep_ == "det"]
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if not ((len(dets) == 1 and dets[0].lower_ in nom.anaphoric_dets) or (poss and not dets)):
        return False
    if any(c.dep_ in ("nummod", "acl", "relcl", "appos") for c in tok.children):
        return False
    entry = lex.noun(tok.lemma_) or lex.noun(tok.lower_) or {}
    refining = set().union(*(words for words, _ in entry.get("modifiers", ()))) if entry.get("modifiers") else set()
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and not (
            c.ent_type_ in ("NORP", "ORG", "GPE", "LOC") or c.lower_ in refining or c.lemma_.lower() in refining
        ):
            return False
    return True


def _words(tok: Token | None) -> set[str]:
    """The names and nouns of an argument's phrase, lower-cased ('Russian forces' → russian, forces)."""
    if tok is None:
        return set()
    i, j = phrase(tok)
    return {t.lower_ for t in tok.doc[i:j] if t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_stop}


def _names(tok: Token | None, common: dict[str, str] | frozenset[str] = frozenset()) -> set[str]:
    """The proper names in an argument's phrase: only a name can conflict with another doer. A word
    in ``common`` is none, however the parser tags it ('Troops shell Port Elm': 'Troops' NNP)."""
    if tok is None:
        return set()
    i, j = phrase(tok)
    return {
        t.lower_
        for t in tok.doc[i:j]
        if (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "LOC", "FAC"))
        and _kind_word(t, common) is None
        and not _hyphenated(t)  # 'pro-Russian fighters': whose side, not who they are
    }


def _kind_word(t: Token, kinds: dict[str, str] | frozenset[str]) -> str | None:
    """The listed word a token is, singular or plural, whatever its tag ('Soldiers' NNPS → soldier)."""
    for w in (t.lemma_.lower(), t.lower_, t.lower_.removesuffix("s")):
        if w in kinds:
            return w
    return None


def _place_names(*toks: Token | None) -> set[str]:
    """Proper names of places in the phrases ('the village of Aitaroun' → aitaroun; not 'RSF positions')."""
    out: set[str] = set()
    for tok in toks:
        if tok is not None:
            i, j = phrase(tok)
            out |= {t.lower_ for t in tok.doc[i:j] if t.pos_ == "PROPN" and t.ent_type_ not in ("ORG", "NORP")}
    return out


def _agree(mine: set[str], theirs: set[str]) -> bool:
    """One word in common, a nationality counting for its country ('Russian' ~ 'Russia')."""
    return any(a == b or (min(len(a), len(b)) >= 5 and a[:5] == b[:5]) for a in mine for b in theirs)


def _actor_span(tok: Token) -> tuple[str | None, str | None]:
    """(kind, side) of the actor layer's span over the doer's head word, when that layer ran."""
    for start, end, kind, side in tok.doc.user_data.get(ACTORS_KEY) or ():
        if start < tok.idx + len(tok.text) and tok.idx < end:
            return kind, side
    return None, None


def _doer(tok: Token, lex: Lexicon) -> tuple[str | None, str | None]:
    """(kind, side) of a doer: the kind of its head noun ('Army artillery'), else of its one modifier
    of a listed kind ('rebel forces', 'militia fighters'), else the actor layer's; the side is the
    actor layer's. A hyphenated 'pro-government' says nothing of the doer's own kind. A head that
    says little of the side ('fighters', 'forces': ``doer_heads_yield``) gives way to such a
    modifier ('government forces' state, 'rebel forces' armed_group) and holds without one, except
    in a name ('the Rapid Support Forces', 'Syrian Democratic Forces' are no army)."""
    kinds = lex.nominal.doer_kinds
    span_kind, side = _actor_span(tok)
    word = _kind_word(tok, kinds)
    weak = _kind_word(tok, lex.doer_heads_yield) is not None
    kind = kinds[word] if word is not None and not (weak and tok.pos_ == "PROPN") else None  # 'Rapid Support Forces'
    if kind is None or weak:
        mods = {
            kinds[w]
            for c in tok.children
            if c.dep_ in ("compound", "amod", "nmod") and not _hyphenated(c) and (w := _kind_word(c, kinds)) is not None
        }
        kind = next(iter(mods)) if len(mods) == 1 else kind
    if kind is None and span_kind in set(kinds.values()):
        kind = span_kind
    return kind, side


def _same_side(mine: tuple[str | None, str | None], theirs: tuple[str | None, str | None], nom: Nominal) -> bool:
    """No conflict of kind (equal, unknown, or a pair in ``doer_kinds_agree``: 'security forces' ~
    'police') and of side (equal or unknown)."""
    (kind, side), (other_kind, other_side) = mine, theirs
    if kind and other_kind and kind != other_kind and frozenset((kind, other_kind)) not in nom.doer_kinds_agree:
        return False
    return not (side and other_side and side != other_side)


def _doers_agree(mine: Token | None, theirs: Token | None, lex: Lexicon) -> bool:
    """Two doers conflict when they are of different kinds ('militia' is not 'army artillery';
    'troops' and 'the army' are one kind) or sides (the actor layer's), or when one is named: two
    names must agree ('Ukrainian drones' is not 'Russian drones', though both are drones), a name
    and a description must share a word."""
    if mine is None or theirs is None:
        return True
    if not _same_side(_doer(mine, lex), _doer(theirs, lex), lex.nominal):
        return False
    names, other = _names(mine, lex.nominal.doer_kinds), _names(theirs, lex.nominal.doer_kinds)
    if names and other:
        return _agree(names, other) or _acronym_of(mine, theirs) or _acronym_of(theirs, mine)
    return not (names or other) or _agree(_words(mine), _words(theirs))


def _acronym_of(short: Token, full: Token) -> bool:
    """'EU' ~ 'European Union foreign ministers', 'RSF' ~ 'the Rapid Support Forces': a name in
    capitals that spells the initials of the other's run of proper names."""
    i, j = phrase(full)
    initials = "".join(t.text[0] for t in full.doc[i:j] if t.pos_ == "PROPN" and t.text[:1].isupper()).lower()
    k, m = phrase(short)
    caps = [t.text for t in short.doc[k:m] if t.pos_ == "PROPN" and len(t.text) >= 2 and t.text.isupper()]
    return any(c.lower() == initials for c in caps)


def _dates(c: Candidate) -> set[str]:
    """Words of the time expressions an event owns ('on Monday' → monday)."""
    return {t.lower_ for t in c.own if t.ent_type_ in ("DATE", "TIME") and not t.is_stop}


def _own_actor(n: Candidate) -> Token | None:
    """The noun's own doer, not the one a frame names ('the RSF denied the attack': the denier)."""
    return None if n.actor_how.startswith("the one ") else n.actor


def _own_target(n: Candidate) -> Token | None:
    """The noun's own on/of/against target, not the object of a verb folded into it."""
    return n.recipient if n.recipient_how.endswith("after the event noun") else None  # not 'killed three civilians'


def _compatible(n: Candidate, v: Candidate, lex: Lexicon) -> bool:
    """The noun's own actor, target/place and date do not name another doer, place or day than
    the earlier event's: a name must agree ('the Russian shelling of Kherson' ~ 'Russian forces
    shelled Kherson'), as must the noun of an own target ('the attack on the base' is not 'attacked
    a convoy'); a place name conflicts only with another place name."""
    if not _doers_agree(_own_actor(n), v.actor, lex):
        return False
    target = _own_target(n)
    theirs = _words(v.recipient) | _words(v.location)
    if target is not None and theirs and not _agree(_words(target), theirs):
        return False
    mine_places, their_places = _place_names(target, n.location), _place_names(v.recipient, v.location)
    if mine_places and their_places and not _agree(mine_places, their_places):
        return False
    mine, other = _dates(n), _dates(v)
    return not (mine and other and not mine & other)


def _same_kind(n: Candidate, v: Candidate, lex: Lexicon) -> bool:
    """Same PLOVER type, and the same mode, the noun's is the type's generic one ('the attack'
    after 'shelled'), or the noun is the verb's own word ('bombed' … 'the bombing'); 'the
    airstrike' after 'shelled' is another weapon, so another event."""
    if n.event_type != v.event_type:
        return False
    same_word = v.form == "verbal" and n.trigger.lemma_.lower().startswith(v.trigger.lemma_.lower())
    return n.mode == v.mode or n.mode == lex.nominal.generic_modes.get(n.event_type) or same_word


def _window_start(n: Candidate, lex: Lexicon) -> int:
    """The first token of the sentence ``anaphora_window`` sentences before the noun's."""
    doc = n.trigger.doc
    start = n.sent.start
    for _ in range(lex.nominal.anaphora_window):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _antecedent(n: Candidate, earlier: list[Candidate], lex: Lexicon) -> Candidate | None:
    """'Russian forces shelled Kherson on Monday. The shelling killed four.': one happening. The
    anaphoric noun (and the verbs folded into it) joins the nearest earlier asserted event of the
    same kind in its sentence or the window before whose actor, target and date agree with it;
    that event keeps its own actor, target and date, and takes the noun's where it had none. A
    noun that a condemnation or denial presupposes ('the UN condemned the Israeli strike on
    Aitaroun') may go back further when its place name agrees. A denied or blamed one ('the RSF
    denied the attack') only links its framing event to the earlier one: the denial is a REJECT
    about that happening, not a second happening."""
    presupposed = n.frame_kind == "presupposed"
    if not presupposed and (n.negated or n.modality != "asserted"):
        return None
    if not _anaphoric(n, lex):
        return None
    lo = _window_start(n, lex)
    named = _place_names(_own_target(n), n.location) if presupposed else set()
    heads = {v.trigger.i for v in earlier}
    found = [
        v
        for v in earlier
        if v.trigger.i < n.trigger.i
        and not (presupposed and n.frame_verb is not None and v.trigger.i == n.frame_verb.i)  # 'protested the rally'
        and not (v.trigger.dep_ == "advcl" and v.trigger.tag_ == "VBG" and v.trigger.head.i in heads)  # '…, killing six'
        and (
            v.trigger.i >= lo
            or (named and _agree(named, _place_names(v.recipient, v.location)))
            or (presupposed and not named and v.form == "nominal" and v.trigger.lemma_ == n.trigger.lemma_)
        )  # 'a video … to claim the attack': the attack the lead told (audit 18), when no place tells them apart
        and _same_kind(n, v, lex)
        and not v.negated
        and v.modality == "asserted"
        and _compatible(n, v, lex)
    ]
    if not found:
        return None
    v = _nearest_of_own_mode(n, found)
    v.told_by += n.told_by
    if n.modality != "asserted":
        v.why.append(f"'{n.trigger.text}' ({n.modality}) refers back to it")
        return v
    v.merged += [n, *n.merged]
    v.why.append(f"includes the later '{n.trigger.text}' (nominal, refers back to it)")
    actor = _own_actor(n) or n.actor
    if v.actor is None and actor is not None and actor.pos_ != "PRON" and actor.tag_ not in ("WP", "WDT"):
        v.actor, v.actor_how = actor, f"{n.actor_how} ('{n.trigger.text}', told again)"
    if v.recipient is None and n.recipient is not None:
        v.recipient, v.recipient_how = n.recipient, f"{n.recipient_how} ('{n.trigger.text}', told again)"
    return v


def _nearest_of_own_mode(n: Candidate, found: list[Candidate]) -> Candidate:
    """The nearest earlier event of the noun's own mode, else the nearest one: 'attacked the village
    …, beheading eight men … claimed the attack' is the attack, not the beheading (audit 18 E8: the
    claimant became the beheading's doer)."""
    own = [v for v in found if v.mode == n.mode]
    return own[-1] if own else found[-1]


def _done_by_generic(v: Candidate, lex: Lexicon) -> bool:
    actor = v.actor
    by_subject = v.actor_how in ("subject", "agent of the passive verb ('by …')")
    if actor is None or not by_subject or actor.tag_ != "NNS" or lex.nominal is None:
        return False
    known = actor.lemma_.lower() in lex.nominal.nouns or actor.lower_ in lex.nominal.nouns
    return known and _generic(actor, v.trigger, lex)


def _noun_of(v: Candidate, by_noun: dict[int, Candidate]) -> Candidate | None:
    """The nominal event that is the doer of verb event ``v``, or the happening it took place in."""
    if v.actor is not None and v.actor.i in by_noun:
        return by_noun[v.actor.i]
    if v.actor is None and v.instrument is not None and v.instrument.i in by_noun:  # "a car bomb exploded, killing five"
        return by_noun[v.instrument.i]
    if v.trigger.dep_ == "acl" and v.trigger.head.i in by_noun:  # "a rally held outside the consulate"
        return by_noun[v.trigger.head.i]
    for n in by_noun.values():  # "were killed and two others injured in an attack": both verbs
        verb = n.frame_verb
        if n.frame_kind == "in" and verb is not None and v.trigger.i in (verb.i, verb.head.i if verb.dep_ == "conj" else -1):
            return n
    return None
