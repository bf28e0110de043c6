"""Titled persons: a person whose title or apposition names a body with a side carries that side
('armed forces spokesman Brigadier General X' after 'the Yemeni Armed Forces'; 'X, a spokesman for
the Y'; 'X of the Bureau for Reintegration'; 'Information Minister X' in a report the dateline makes
a government's). The claim layer reads a speaker's side from the actor span over its words; without
this a titled official spoke for nobody (audit 16 C5). Also 'the government in Aden': a body written
with a capital ``in`` it is that capital's actor. Words: ``person_titles`` in actors.json."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from newsprism.geo import actors as kb
from newsprism.geo import gazetteer
from newsprism.geo import kb as places_kb
from newsprism.geo.normalize import doc_text, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

ActorMention = kb.ActorMention
SIDE_KEYS = ("id", "name", "kind", "country", "side", "period", "dated_by", "side_uncertain", "side_candidates")


@cache
def _titles() -> dict[str, frozenset[str]]:
    t = kb._kb()["person_titles"]
    return {k: frozenset(v) for k, v in t.items() if isinstance(v, list)}


@cache
def _offices() -> dict[str, str]:
    return dict(kb._kb()["person_titles"]["local_offices"])


def seat_bodies(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """'The government in Aden', 'the authorities based in Sanaa': a generic body with a capital the
    KB gives an actor (``capital``) is that actor; an institution of no side so written ('The Ministry
    of Foreign Affairs in Sanaa', Yemen's state having no side) takes the capital's actor as owner."""
    text = doc_text(doc)
    caps = kb._capitals()
    out: list[ActorMention] = []
    for m in re.finditer(r"\b(?:[Tt]he\s+)?(government|authorities|administration)\s+(?:based\s+)?in\s+([A-Z][\w'’-]+)", text):
        aid = caps.get(fold(m.group(2)))
        if aid is None or any(x.start < m.end(2) and m.start(1) < x.end for x in mentions):
            continue
        attrs = dict(kb.actors()[aid])
        attrs = {k: attrs.get(k) for k in ("id", "name", "kind", "country", "side")}
        attrs.update(alias=m.group(0), how="seat", why=f"'{m.group(0)}': {m.group(2)} is the seat of {attrs['name']}")
        out.append(ActorMention(m.start(1), m.end(2), "seat-body", attrs, 0.7))
    for x in mentions:
        if x.rule not in ("institution", "institution+dateline") or x.attrs.get("side"):
            continue
        m = re.match(r"\s+(?:based\s+)?in\s+([A-Z][\w'’-]+)", text[x.end : x.end + 40])
        aid = caps.get(fold(m.group(1))) if m else None
        if aid is None:
            continue
        owner = kb.actors()[aid]
        key = kb._institutions().get(f"institution:{x.attrs['id'].split(':')[-1]}", {}).get("key") or x.attrs["id"].split(":")[-1]
        x.attrs.update(
            id=f"{aid}:{key}",
            country=owner.get("country"),
            side=owner.get("side"),
            owner=m.group(1),
            why=f"'{text[x.start : x.end + m.end()]}': {m.group(1)} is the seat of {owner['name']}",
        )
        x.rule = "institution+seat-in"
    return out


def titled_persons(
    doc: Doc, mentions: list[ActorMention], owner: dict[str, Any] | None, places: frozenset[tuple[int, int]] = frozenset()
) -> list[ActorMention]:
    """A person span (kind 'person') for each titled person whose body has a side, with that body in
    ``member_of`` (id), ``body`` (the words) and ``how``; a later mention of the surname is the same
    person (``how`` 'earlier mention'). ``owner`` is the dateline's owner (summary.actors); ``places``
    (the place layer's spans) are no persons ('near the village of Mbua, the spokesman of the task
    force, Commissioner Agus Widodo': the parser's PERSON on 'Mbua' is the village)."""
    text = doc_text(doc)
    out: list[ActorMention] = []
    known: dict[str, ActorMention] = {}  # surname -> its first titled mention
    ents = doc.ents  # built once: each read of doc.ents makes every Span anew
    person_starts = {e.start for e in ents if e.label_ == "PERSON"}
    for ent in ents:
        if ent.label_ not in ("PERSON", "ORG") or any(x.start <= ent.start_char and ent.end_char <= x.end for x in mentions):
            continue
        if (ent.start_char, ent.end_char) in places:
            continue
        first = known.get(fold(ent.text.split()[-1]))
        if first is not None:
            continue  # named again: read below from the text (the tagger does not always tag it)
        if ent.end < len(doc) and ent.end in person_starts:
            continue  # 'Minister of Social Protection' tagged apart from the name after it: a title, no name
        if ent.label_ == "ORG" and ent.end + 1 < len(doc) and doc[ent.end].text == "," and ent.end + 1 in person_starts:
            continue  # "The spokesman of Ukraine's Air Force, Yuriy Ihnat": the body before the name, no person 'Air Force'
        name_start = _name_start(ent) if ent.label_ == "PERSON" else _titled_org_name(doc, ent)
        if name_start is None:
            continue
        name_start = _given_names(doc, ent, name_start)
        found = _body(doc, text, ent, name_start, mentions, owner)
        if found is None:
            continue
        start, body, how, why = found
        if _former(text[max(0, start - 3) : ent.start_char] + " " + why):
            continue  # 'Former Israeli army spokesman X', 'X, a former spokesman for the Y': no member now
        attrs = {
            "id": f"person:{fold(text[name_start : ent.end_char]).replace(' ', '-')}",
            "name": text[name_start : ent.end_char],
        }
        attrs.update(kind="person", country=body.get("country"), side=body.get("side"), member_of=body.get("id"))
        attrs.update(body=body.get("_words"), how=how, alias=text[start : ent.end_char], why=why)
        for k in ("period", "dated_by", "side_uncertain", "side_candidates"):
            if k in body:
                attrs[k] = body[k]
        m = ActorMention(start, ent.end_char, f"person-{how.replace(' ', '-')}", attrs, 0.6)
        out.append(m)
        known[fold(ent.text.split()[-1])] = m
    for first in known.values():
        surname = first.attrs["name"].split()[-1]
        pattern = (
            rf"(?<![\w-])(?:{re.escape(surname[0].upper())}|{re.escape(surname[0].lower())}){re.escape(surname[1:])}(?![\w-])"
        )
        for m in re.finditer(pattern, text[first.end :]):
            s, e = first.end + m.start(), first.end + m.end()
            if _another_person(text, s, first.attrs["name"], e) or _modifies_a_noun(doc, s, e):
                continue
            if not any(x.start < e and s < x.end for x in [*mentions, *out]):
                out.append(_again(text, s, e, first))
    return out


def _modifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    """'Baloch passengers', 'Baloch armed groups' after 'spokesman Dostain Baloch' (audit 17 G11): a
    surname that is also a people's name, used before a noun it modifies, is the people, not the person."""
    span = doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _former(words: str) -> bool:
    return any(w in _titles()["former"] for w in re.split(r"[^\w-]+|-(?=\w)", words.lower()))


def _given_names(doc: Doc, ent, name_start: int) -> int:
    """'Natalia [Gorbunova]': capitalised words right before the tagged surname, no title and no other
    entity, are the person's given names."""
    if name_start != ent.start_char:
        return name_start
    i = ent.start - 1
    while i >= ent.sent.start and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].ent_iob_ not in ("B", "I"):
        if doc[i].lower_.rstrip(".") in _titles()["office"] or _body_word(doc[i].lower_):
            break
        name_start, i = doc[i].idx, i - 1
    return name_start


def _titled_org_name(doc: Doc, ent) -> int | None:
    """'Deputy Prime Minister for Reintegration Vasile Rotaru' (the tagger: ORG 'Reintegration Vasile
    Rotaru'): an organisation tag after an office title whose last two words are capitalised names,
    neither a title nor a body word, is the titled person's name (its last two words)."""
    toks = list(ent)
    if len(toks) < 2 or toks[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].pos_ == "DET"):
        return None
    if ent.end < len(doc) and doc[ent.end].text[:1].isupper():
        return None  # 'Minister of [Social Protection] Natalia Gorbunova': the portfolio, a name follows
    if ent.start > 0 and doc[ent.start - 1].lower_ in ("of", "for") and len(toks) < 3:
        return None  # 'Minister for [Reintegration]': a portfolio alone
    last = toks[-2:]
    if not all(t.text[:1].isupper() and t.text[1:].islower() and t.pos_ == "PROPN" for t in last):
        return None
    if any(t.lower_ in _titles()["office"] or _body_word(t.lower_) for t in last):
        return None
    return last[0].idx if _title_before(doc, ent, ent.start_char)[1] else None


def _another_person(text: str, start: int, name: str, end: int) -> bool:
    """'A second Petrosyan, the opposition lawmaker Gor Petrosyan': a surname after another given name,
    or after an article or 'second'/'another', is someone else of that name; so is the word as the given
    name of another ('Abdallah Hamdok' after 'Nabil Abdallah', 'Hassan Sheikh Mohamud' after 'Ali Hassan')."""
    after = re.match(r" ([A-Z][\w'’-]+)", text[end : end + 40])
    if after and after.group(1) not in name.split():
        return True
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in ("a", "an", "another", "second", "other", "third"):
        return True
    return word[:1].isupper() and word not in name.split() and word.lower().rstrip(".") not in _titles()["office"]


def _again(text: str, start: int, end: int, first: ActorMention) -> ActorMention:
    attrs = dict(first.attrs)
    attrs.update(how="earlier mention", antecedent=text[first.start : first.end], alias=text[start:end])
    attrs["why"] = f"'{text[start:end]}' names '{attrs['antecedent']}' again: {first.attrs['why']}"
    return ActorMention(start, end, "person-earlier-mention", attrs, 0.55)


def _name_start(ent) -> int | None:
    """The first character of the name proper, after any title words the tagger put inside it."""
    office = _titles()["office"]
    toks = [t for t in ent]
    k = 0
    while k < len(toks) - 1 and (toks[k].lower_.rstrip(".") in office or toks[k].lower_ in ("of", "for")):
        k += 1
    return toks[k].idx if any(t.text[:1].isupper() for t in toks[k:]) else None


def _body(doc: Doc, text: str, ent, name_start: int, mentions: list[ActorMention], owner: dict[str, Any] | None):
    """(span start, body attrs with '_words', how, why) of the body the person's title or apposition names."""
    title_start, titles = _title_before(doc, ent, name_start)
    sided = [x for x in mentions if x.attrs.get("side") and x.attrs.get("kind") != "person"]
    if titles:
        inside = [
            x for x in sided if (title_start <= x.start and x.end <= ent.start_char) or ent.start_char <= x.start < name_start
        ]
        if inside and _other_noun_of_before(text, title_start):
            return None  # 'The lawyer of the Russian army officer, Ivan Petrov': the lawyer's name, not the officer's
        if inside:  # "Moldova's foreign minister X", "Houthi military spokesman X"
            x = inside[-1]
            words = text[x.start : x.end]
            return title_start, _with(x.attrs, words), "title", f"'{text[title_start:name_start].strip()}' names {words}"
        for noun in sorted(_titles()["body_nouns"], key=len, reverse=True):
            hit = re.search(rf"\b{re.escape(noun)}\b", text[title_start:name_start], re.IGNORECASE)
            ante = _noun_antecedent(text, sided, title_start, noun) if hit else None
            if ante is not None:  # 'armed forces spokesman X' after 'the Yemeni Armed Forces'
                words = text[ante.start : ante.end]
                why = f"'{text[title_start:name_start].strip()}': the {noun} is '{words}', named before"
                return title_start, _with(ante.attrs, words), "title noun", why
    role = next(
        (
            x
            for x in sided
            if re.fullmatch(r",\s*", text[x.end : title_start])
            and not _other_noun_of_before(text, x.start)
            and (
                x.attrs.get("role")
                or text[x.start : x.end].split()[0].lower() in _titles()["office"]
                or _office_of_before(text, x.start)
            )
        ),
        None,
    )
    if role is not None:  # 'the spokesman of the Damai Cartenz task force, Commissioner Agus Widodo'
        start = _office_of_before(text, role.start) or role.start  # 'The director of the Kosovo Police, Gazmend Hoxha'
        words = text[start : role.end]  # 'the head of the Republic of Crimea, Viktor Sorokin'
        return start, _with(role.attrs, words), "title", f"'{words}' names the office and its body"
    after = _apposition_body(text, ent.end_char, sided)
    if after is not None:
        x, link = after
        words = text[x.start : x.end]
        return (title_start if titles else name_start), _with(x.attrs, words), "apposition", f"'{link}' names {words}"
    installed = _installed_by(text, name_start, ent.end_char)
    if installed is not None:
        start, cc, words = installed
        state = kb.actors().get(f"{cc.lower()}:state") or {"id": f"{cc.lower()}:state", "country": cc}
        body = _with(state, words) | {"side": kb._side(cc)}
        return min(start, name_start), body, "installed", f"'{words}': an official the state of {cc} installed"
    title = text[title_start:name_start].strip()
    cabinet = any(w in _titles()["cabinet"] for w in title.lower().split())
    if titles and cabinet and owner and owner.get("side") and not _other_country(doc, ent, owner.get("country")):
        why = f"'{title}' with no country: a member of the government; {owner['why']}"
        body = _with(kb.actors().get(owner["id"]) or {}, owner["name"]) | {k: owner[k] for k in ("id", "side")}
        return title_start, body, "dateline title", why
    return None


INSTALLED_BEFORE = re.compile(r"\b([A-Z][a-z]+)-(?:installed|appointed|imposed)\s+(?:[\w'’\"“”-]+\s+){0,5}?[\w'’\"“”-]+,\s*$")
INSTALLED_AFTER = re.compile(r",\s+(?:the|an?)\s+([A-Z][a-z]+)-(?:installed|appointed|imposed)\b")


def _installed_by(text: str, name_start: int, name_end: int) -> tuple[int, str, str] | None:
    """'The Moscow-installed head of the peninsula, Viktor Sorokin', 'a Russian-appointed lawmaker, Oleg
    Kravtsov', 'X, the Russian-installed governor': an official a country's state installed is on its
    side (audit 19 G8). (Where the phrase starts, the country, the words.)"""
    m = INSTALLED_BEFORE.search(text, max(0, name_start - 90), name_start)
    if m is None:
        m = INSTALLED_AFTER.match(text, name_end)
    if m is None:
        return None
    word = m.group(1)
    c = kb._country_of(word)
    cap = kb._capitals().get(fold(word)) or next(  # 'Kremlin-installed': a state's own alias
        (aid for aid, _a, _u in kb._aliases().get(fold(word)) or () if (kb.actors().get(aid) or {}).get("kind") == "state"), None
    )
    cc = c[0] if c else (kb.actors().get(cap) or {}).get("country") if cap else None
    if not cc or (cap and (kb.actors().get(cap) or {}).get("kind") != "state"):
        return None
    return m.start(1) if m.start() < name_start else name_start, cc, m.group(0).strip(" ,")


INSTALLED_OFFICE = re.compile(
    r"\b([A-Z][a-z]+)-(?:installed|appointed|imposed)\s+(governor|head|mayor|authorities|officials|official|"
    r"administration|leader|lawmaker|lawmakers|prosecutor|court)\b"
)


def _installer_word(x: ActorMention, hyphen: int) -> bool:
    """The state's own alias before the hyphen of '(The) Kremlin-installed …' (kb-alias 'Kremlin'/'The Kremlin'):
    part of the office, not the speaker."""
    return x.attrs.get("kind") == "state" and x.end == hyphen


def drop_installers(mentions: list[ActorMention]) -> list[ActorMention]:
    """Without the state alias that only writes who installed an office or official ('The Kremlin-installed
    mayor of Melitopol said': 'The Kremlin' was a russian state speaker beside the office; review of 75beb48
    and 6a134c1), and without the nameless office inside a named official's span."""
    inst = [m for m in mentions if m.rule in ("installed-office", "person-installed")]
    named = [m for m in inst if m.rule == "person-installed"]
    return [
        x
        for x in mentions
        if not any(x.start <= m.start < x.end and _installer_word(x, x.end) and x is not m for m in inst)
        and not (x.rule == "installed-office" and any(p.start <= x.start and x.end <= p.end for p in named))
    ]


def installed_offices(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """'Sevastopol's Russian-appointed governor said', 'Russian-installed officials said': an office a
    country's state installed, with no name after it, is that state's (kind government; audit 19 G8
    probe k30). A state's own alias counts ('Kremlin-installed')."""
    text = doc_text(doc)
    out = []
    for m in INSTALLED_OFFICE.finditer(text):
        if any(x.start < m.end() and m.start() < x.end and not _installer_word(x, m.end(1)) for x in mentions):
            continue
        word = m.group(1)
        c = kb._country_of(word)
        cap = kb._capitals().get(fold(word)) or next(
            (a for a, _w, _u in kb._aliases().get(fold(word)) or () if (kb.actors().get(a) or {}).get("kind") == "state"), None
        )
        cc = c[0] if c else (kb.actors().get(cap) or {}).get("country") if cap else None
        if not cc or (cap and (kb.actors().get(cap) or {}).get("kind") != "state"):
            continue
        state = kb.actors().get(f"{cc.lower()}:state") or {}
        attrs = {
            "id": f"{cc.lower()}:installed-officials",
            "name": f"officials installed by {state.get('name') or cc}",
            "kind": "government",
            "country": cc,
            "side": kb._side(cc),
            "alias": m.group(0),
            "how": "installed",
            "why": f"'{m.group(0)}': an office the state of {cc} installed",
        }
        out.append(ActorMention(m.start(), m.end(), "installed-office", attrs, 0.7))
    return out


def _with(attrs: dict[str, Any], words: str) -> dict[str, Any]:
    return {k: attrs[k] for k in SIDE_KEYS if k in attrs} | {"_words": words}


def _title_before(doc: Doc, ent, name_start: int) -> tuple[int, bool]:
    """Where the title in front of the name starts ('Deputy Prime Minister for Reintegration Vasile
    Rotaru', 'the ministry's spokesman, Oleg Vyrlan') and whether there is one."""
    office = _titles()["office"]
    start, has = name_start, any(t.lower_.rstrip(".") in office for t in ent if t.idx < name_start)
    if has:
        start = ent.start_char
    i = ent.start - 1
    sent_start = ent.sent.start
    if i >= sent_start and doc[i].text == "," and i - 1 >= sent_start and doc[i - 1].lower_ in office and not has:
        i -= 1  # "the ministry's spokesman, Oleg Vyrlan"
    crossed = False
    while i >= sent_start:
        t = doc[i]
        w = t.lower_.rstrip(".")
        if t.text == "," and not crossed and i - 1 >= sent_start and doc[i - 1].lower_ in office:
            crossed, i = True, i - 1  # 'an army spokesman, Lt. Col. X': the office before the ranks
            continue
        if t.text == "," and not crossed and (j := _capitalised_title_end(doc, i, sent_start, office)) is not None:
            crossed, i = True, j  # 'The Coordinating Minister for Political, Legal and Security Affairs, Bambang Suryadi'
            continue
        if w in office:
            has = True
        elif not (t.text[:1].isupper() or w in ("'s", "’s", "of", "for", "the") or _body_word(w) or i < t.head.i < ent.end):
            break  # a left modifier of the title or name ('foreign', 'armed forces'), else the phrase ends
        if t.is_punct and t.text not in (".",):
            break
        start = t.idx
        if w == "the":
            break
        i -= 1
    return (start if has else name_start), has


def _other_noun_of_before(text: str, start: int) -> bool:
    """A noun that is no office word, then 'of (the)', right before ``start`` ('The lawyer of the Russian army
    officer, Ivan Petrov': Petrov is the lawyer, not the officer; review 19): the name after the comma is that
    noun's, so the actor is not the person's title."""
    m = re.search(r"\b([a-z]+)\s+of\s+(?:the\s+|an?\s+)?$", text[max(0, start - 40) : start])
    return bool(m) and m.group(1) not in _titles()["office"] and _office_of_before(text, start) is None


def _office_of_before(text: str, start: int) -> int | None:
    """Where 'the director of (the) ' starts right before ``start`` (an office word, then 'of'), else None."""
    office = "|".join(sorted((re.escape(w) for w in _titles()["office"]), key=len, reverse=True))
    m = re.search(rf"\b(?:[Tt]he|an?)\s+(?:[\w-]+\s+)?(?:{office})\s+of\s+(?:the\s+)?$", text[max(0, start - 60) : start])
    return max(0, start - 60) + m.start() if m else None


def _capitalised_title_end(doc: Doc, comma: int, sent_start: int, office: frozenset[str]) -> int | None:
    """The office word of a capitalised title that ends right before ``comma`` and may hold commas itself
    ('Minister for Political, Legal and Security Affairs'): the token index of that office word, else None.
    Only capitalised words, commas, 'and', 'for', 'of', '&' may stand between (at most 12 tokens)."""
    j = comma - 1
    if j < sent_start or not doc[j].text[:1].isupper():
        return None
    while j >= sent_start and comma - j <= 12:
        t = doc[j]
        if t.lower_ in office and t.text[:1].isupper():
            return j if doc[j + 1].lower_ in ("for", "of") else None
        if not (t.text[:1].isupper() or t.text == "," or t.lower_ in ("and", "for", "of", "&")):
            return None
        j -= 1
    return None


def _body_word(w: str) -> bool:
    return any(w in n.split() for n in _titles()["body_nouns"])


def _noun_antecedent(text: str, sided: list[ActorMention], start: int, noun: str) -> ActorMention | None:
    """The last sided body named before ``start`` whose written name has ``noun`` as its head: its last
    word, or the word before its 'of' ('the ministry' after 'the PMR Ministry of State Security')."""
    for x in sorted((x for x in sided if x.end <= start), key=lambda x: -x.end):
        name = fold(text[x.start : x.end])
        if name.endswith(fold(noun)) or (name.split(" of ")[0].endswith(fold(noun)) and " of " in name):
            return x
    return None


def _apposition_body(text: str, end: int, sided: list[ActorMention]) -> tuple[ActorMention, str] | None:
    """'X, a spokesman for the Y', 'X, of the Y', 'X of the Y': the sided actor the phrase names."""
    office = "|".join(sorted(_titles()["office"], key=len, reverse=True))
    links = "|".join(_titles()["apposition_links"])
    m = re.match(
        rf",?\s+(?:(?:an?|the|its)\s+)?(?:(?:[\w-]+\s+){{0,3}}?(?:{office})\s+(?:{links})\s+|of\s+)(?:the\s+)?",
        text[end : end + 80],
        re.IGNORECASE,
    )
    if not m:
        return _body_then_office(text, end, sided, office)
    at = end + m.end()
    x = next((x for x in sided if x.start <= at + 1 and at < x.end), None)
    if x is None or (x.attrs.get("kind") == "state" and re.match(r"['’]s\b", text[x.end : x.end + 3])):
        return None  # 'the head of the UK's Latin Mass Society': a country's society, not its government's
    return x, text[end:at].strip(" ,")


def _body_then_office(text: str, end: int, sided: list[ActorMention], office: str) -> tuple[ActorMention, str] | None:
    """'Mohammed Abdulsalam, a Houthi spokesman': a sided body right before the office word (no word
    between: 'a Russian opposition leader' is not Russia's)."""
    m = re.match(r",\s+(?:an?|the)\s+", text[end : end + 8])
    x = next((x for x in sided if m and x.start == end + m.end()), None)
    if x is None or not re.match(rf"\s+(?:{office})\b", text[x.end : x.end + 30], re.IGNORECASE):
        return None
    return x, text[end : x.end].strip(" ,")


def _other_country(doc: Doc, ent, cc: str | None) -> bool:
    """The person's own phrase names a country or demonym other than ``cc`` ('Foreign Minister Lavrov
    of Russia', 'the visiting Foreign Minister …'): the dateline does not make him the government's."""
    near = [*doc[max(ent.sent.start, ent.start - 6) : ent.start], *ent.root.subtree]
    for t in near:
        if t.text[:1].isupper() and not (ent.start <= t.i < ent.end):
            c = kb._country_of(t.text)
            if c and c[0] != cc:
                return True
    return False


def local_offices(
    doc: Doc,
    mentions: list[ActorMention],
    cc: str | None,
    when: kb.When | None,
    at: str | None = None,
    places: list[tuple[int, int, str | None, bool]] = (),
    after: int = 0,
    demonyms: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """'Kech police', "Balochistan's chief minister", 'the deputy commissioner of Kech' in a report datelined in
    Pakistan: an office (``local_offices``) of a town or province of the dateline's country — neither contested
    nor a de facto seat, nor in a province with one — is that state's (audit 17 G8: b1/b3's officials had no
    side). Not under a dateline ``at`` a de facto seat ('Burao police' under HARGEISA is Somaliland's)."""
    if not cc or not kb._side(cc, when) or (at and fold(at) in kb.de_facto_seats()):
        return []
    text = doc_text(doc)
    offices = _offices()
    alt = "|".join(sorted((re.escape(o) for o in offices), key=len, reverse=True))
    name = r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)"  # no apostrophe: the possessive 's is read apart
    out: list[ActorMention] = []
    for m in [
        *re.finditer(rf"\b{name}(?:['’]s)? ({alt})\b", text),
        *re.finditer(rf"\b(?:[Tt]he )?({alt}) of {name}", text),
    ]:
        place, office = (m.group(1), m.group(2)) if m.group(1)[:1].isupper() else (m.group(2), m.group(1))
        if any(x.start < m.end() and m.start() < x.end for x in [*mentions, *out]) or not _home_place(place, cc):
            continue
        cname = kb._country_name_of(cc) or cc
        attrs = kb._state_attrs(cc, cname, when) if offices[office] != "armed_forces" else kb._forces_attrs(cc, cname, when)
        attrs.update(id=f"{cc.lower()}:{office.replace(' ', '-')}", kind=offices[office], alias=m.group(0))
        attrs.update(name=f"{office} of {place} ({cname})", how="local office")
        attrs["why"] = f"'{m.group(0)}': {place} is a place of {cname}, where the report is datelined"
        out.append(ActorMention(m.start(), m.end(), "local-office", attrs, 0.6))
    if at and _home_place(at.title(), cc):  # 'Provincial government spokesman X', 'Police said' under QUETTA
        bare = "|".join(sorted((re.escape(o) for o in offices), key=len, reverse=True))
        for m in re.finditer(rf"\b(?:[Tt]he )?(?i:({bare}))\b", text):
            if _qualified_before(text, m.start()):
                continue  # 'Afghan police', "Sindh's provincial government", 'a police officer': not the office
            hit = [x for x in [*mentions, *out] if x.start < m.end() and m.start() < x.end]
            if (hit and not _unsided_institution(hit)) or (not hit and _modifies_next(doc, m.start(1), m.end(1))):
                continue  # 'police officers', 'the district administration building': a person or thing
            office, cname = m.group(1).lower(), kb._country_name_of(cc) or cc
            if offices[office] == "armed_forces" and _police_elsewhere(doc, m.start(1), cc, places):
                continue  # BELGRADE: 'special police' in Kosovska Mitrovica are Kosovo's; a Transnistria story's police
            if offices[office] != "government" and _abroad(places, cc, after, m.start(), demonyms):
                continue  # LAHORE: 'Police in Dhaka fired tear gas … Police said': Bangladesh's
            attrs = kb._state_attrs(cc, cname, when) if offices[office] != "armed_forces" else kb._forces_attrs(cc, cname, when)
            if hit:  # 'Provincial government spokesman': the unowned 'government spokesman' is the dateline state's
                x = hit[0]
                x.attrs.update({k: attrs.get(k) for k in ("country", "side")}, id=f"{cc.lower()}:{x.attrs['id'].split(':')[-1]}")
                x.attrs.update(name=f"{text[m.start() : x.end]} ({cname})", owner=cname, how="local office, dateline")
                x.attrs["why"] = f"'{text[m.start() : x.end]}' with no place: the dateline's, {at} being a place of {cname}"
                x.start, x.rule = min(x.start, m.start()), "institution+local-office"
                continue
            attrs.update(id=f"{cc.lower()}:{office.replace(' ', '-')}", kind=offices[office], alias=m.group(0))
            attrs.update(name=f"{office} ({cname})", how="local office, dateline")
            attrs["why"] = f"'{m.group(0)}' with no place: the dateline's, {at} being a place of {cname}"
            out.append(ActorMention(m.start(), m.end(), "local-office-dateline", attrs, 0.55))
    return out


def _police_elsewhere(doc: Doc, start: int, cc: str, places: list[tuple[int, int, str | None, bool]]) -> bool:
    """Bare police may be another's: the article names a contested place, or the sentence a place of another
    country (the place layer's spans: start, end, country, contested)."""
    if any(contested for _s, _e, _c, contested in places):
        return True
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None:
        return True
    sent = tok.sent
    return any(sent.start_char <= s < sent.end_char and c and c != cc for s, _e, c, _x in places)


def _abroad(
    places: list[tuple[int, int, str | None, bool]],
    cc: str | None,
    after: int,
    start: int,
    demonyms: frozenset[int] = frozenset(),
) -> bool:
    """Between the dateline (ending at ``after``) and ``start`` the article names places of other countries
    more often than its own: a story from abroad, whose bare offices are not the dateline state's. A
    nationality word (a span starting in ``demonyms``) is no place: 'YEREVAN … Azerbaijani troops fired
    at the border. Police said' is a home story."""
    seen = [c for s, _e, c, _x in places if after <= s < start and c and s not in demonyms]
    return sum(c != cc for c in seen) > sum(c == cc for c in seen)


def _qualified_before(text: str, start: int) -> bool:
    """A capitalised word or a possessive right before the office ('Afghan police', "the province's
    police"), not a sentence's first 'The': someone's office, not the dateline's."""
    before = re.search(r"([\w'’-]+)\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before.group(1)
    return bool(re.search(r"['’]s?$", word)) or word.lower() in ("a", "an") or (word[:1].isupper() and word != "The")


def _modifies_next(doc: Doc, start: int, end: int) -> bool:
    """The office's last word modifies the noun after it ('police officer', 'police station')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[-1]
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _unsided_institution(hit: list[ActorMention]) -> bool:
    """One KB institution with no owner ('government spokesman' in 'Provincial government spokesman X')."""
    return len(hit) == 1 and hit[0].rule == "institution" and not hit[0].attrs.get("side") and not hit[0].attrs.get("country")


def national_offices(
    doc: Doc,
    mentions: list[ActorMention],
    owner: dict[str, Any] | None,
    when: kb.When | None,
    places: list[tuple[int, int, str | None, bool]] = (),
    after: int = 0,
    demonyms: frozenset[int] = frozenset(),
) -> list[ActorMention]:
    """'The prime minister', 'The army chief said' with no country: the government (or, for an army
    office, the forces) of the dateline's owner ('QUETTA (The Islamabad Standard)': Pakistan's). Not
    'the prime minister of India', "India's prime minister" (another's), nor a former one."""
    if not owner or not owner.get("side"):
        return []
    offices = _titles_map("national_offices")
    alt = "|".join(sorted((re.escape(o) for o in offices), key=len, reverse=True))
    text = doc_text(doc)
    state = kb.actors().get(owner["id"]) or {}
    out: list[ActorMention] = []
    for m in re.finditer(rf"\b[Tt]he ((?i:{alt}))\b(?![\w-]| of\b|['’])", text):
        kind = offices[m.group(1).lower()]
        if _former(text[m.start() : m.start(1)]) or any(x.start < m.end() and m.start() < x.end for x in mentions):
            continue
        if _another_countrys_before(text, m.start(), m.group(1), state.get("country")):
            continue  # 'Russia's army chief Valery Gerasimov … The army chief said': that one again
        if _abroad(places, state.get("country"), after, m.start(), demonyms):
            continue  # LAHORE: 'Sheikh Hasina fled Bangladesh … The army chief said': Bangladesh's
        if kind == "armed_forces":
            if state.get("kind") != "state":
                continue  # a de facto authority's forces are not read from its seat
            cc = state["country"]
            attrs = kb._forces_attrs(cc, kb._country_name_of(cc) or cc, when)
        else:
            attrs = {k: state[k] for k in SIDE_KEYS if k in state} | {"side": owner["side"], "kind": kind}
            attrs["id"] = f"{owner['id'].removesuffix(':state')}:{m.group(1).lower().replace(' ', '-')}"
            attrs["name"] = f"{m.group(1).lower()} ({owner['name']})"
        attrs = dict(attrs)
        attrs.update(alias=m.group(0), how="national office, dateline", office=m.group(1).lower())
        attrs["why"] = f"'{m.group(0)}' with no country: {owner['why']}"
        out.append(ActorMention(m.start(), m.end(), "national-office", attrs, 0.55))
    return out


def _another_countrys_before(text: str, start: int, office: str, cc: str | None) -> bool:
    """The office was written before with a word naming a country other than ``cc`` ('Indian army chief',
    "Russia's army chief"): the bare office may point back to that official."""
    for m in re.finditer(rf"([\w'’-]+)\s+{re.escape(office)}\b", text[:start], re.IGNORECASE):
        word = re.sub(r"['’]s?$", "", m.group(1))
        c = kb._country_of(word) if word[:1].isupper() else None
        if c and c[0] != cc:
            return True
    return False


def home_outlet_owner(cc: str | None, at: str | None, outlet_cc: str | None, when: kb.When | None) -> dict[str, Any] | None:
    """The state whose report a dateline at one of its home places makes it where the outlet is that
    country's too ('QUETTA (The Islamabad Standard)'); a wire from there is nobody's."""
    if not cc or not at or outlet_cc != cc or not _home_place(at.title(), cc):
        return None
    state = kb._state_attrs(cc, kb._country_name_of(cc) or cc, when)
    why = f"datelined in {at}, a place of {state['name']}, by an outlet of that country"
    return {"id": state["id"], "name": state["name"], "side": state.get("side"), "why": why}


def outlet_country(name: str | None, known: str | None) -> str | None:
    """The outlet's country: the meta layer's (its list), else a KB state's capital in its name ('The
    Islamabad Standard')."""
    if known or not name:
        return known
    words = re.findall(r"[\w'’-]+", name)
    for key in [*(" ".join(words[i : i + 2]) for i in range(len(words) - 1)), *words]:  # 'New Delhi', 'Islamabad'
        aid = kb._capitals().get(fold(key)) if key[:1].isupper() else None
        if aid and kb.actors()[aid]["kind"] == "state":
            return kb.actors()[aid].get("country")
    return None


@cache
def _titles_map(key: str) -> dict[str, str]:
    return dict(kb._kb()["person_titles"][key])


def _home_place(name: str, cc: str) -> bool:
    """A town or province of ``cc`` by that name (the KB's, else the gazetteer's main name), neither a
    contested place nor a de facto authority's seat."""
    if fold(name) in kb.de_facto_seats() or kb._country_of(name):
        return False
    known = [p for p in places_kb.places().values() if name in p.get("aliases", ())]
    if known:
        return all(p.get("country") == cc and not p.get("contested") for p in known)
    if kb.state_seat(name, cc):
        return True  # 'DAMASCUS' (also two US towns): the capital of the state
    found = [e for e in gazetteer.get().lookup(name) if e.kind in ("city", "admin1", "admin2")]
    entries = [e for e in found if e.main_name] or found  # 'Quneitra': only an alternate name of Al Qunayţirah
    held = _seat_provinces(cc)
    return bool(entries) and all(e.country == cc and e.admin1 not in held for e in entries)


@cache
def _seat_provinces(cc: str) -> frozenset[str]:
    """Provinces of ``cc`` holding a de facto authority's seat ('Mariupol' shares Donetsk's oblast): an office
    there may be the de facto authority's, so it is no office of the state."""
    g = gazetteer.get()
    names = [*kb.de_facto_seats(), *kb._kb().get("de_facto_held", ())]  # 'Burao' (Togdheer): Somaliland's
    return frozenset(e.admin1 for n in names for e in g.lookup(n) if e.country == cc and e.admin1)
