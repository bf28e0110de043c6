"""Link actor mentions to the actors KB (``data/actors/actors.json``) and the outlet list.

Finders, merged longest-first: KB aliases and side-taking labels ("separatist regime" is
Azerbaijani usage for the Karabakh Armenian authorities); generic institutions resolved to a
country by a possessive, demonym or "of <country>" ("Armenia's Ministry of Foreign Affairs");
"<demonym> troops/forces/…" for any country; metonymy, a capital or country named as the
subject of a verb or the addressee of a demand ("Baku accused …", "asked … to order Baku");
and a role noun in front ("the command of the Russian peacekeepers").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from newsprism.geo import gazetteer
from newsprism.geo.normalize import doc_text, doc_tokens, fold
from newsprism.resources import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROLE_NOUNS = {
    "command",
    "commander",
    "commanders",
    "head",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "leadership",
    "headquarters",
    "chief",
    "press service",
    "envoy",
    "leader",
    "leaders",
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "poss"}
DEMAND_VERBS = {
    "urge",
    "ask",
    "order",
    "call",
    "tell",
    "warn",
    "accuse",
    "blame",
    "condemn",
    "criticize",
    "criticise",
    "demand",
    "press",
    "invite",
    "force",
    "oblige",
    "pressure",
    "sanction",
    "allow",
}


Found = tuple[str, str, tuple[str, ...]]  # (actor id, alias as written in the KB, sides whose label it is)


@dataclass
class ActorMention:
    start: int
    end: int
    rule: str
    attrs: dict[str, Any]
    score: float


@dataclass(frozen=True)
class When:
    """The article's date, which picks an actor's entry where its side changed over time
    (Syria's government before and after 8 December 2024), and where that date came from."""

    date: dt.date | None = None
    source: str = "none"  # "published" | "time anchor" | "text year" | "none"
    basis: str = ""  # for "text year": the date as the text writes it ("2016")
    later_name: str = ""  # for "text year": a name of a later period that moved the date there


_TEXT_DATE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d])")


def when_from_text(values: list[str], today: dt.date | None = None) -> When:
    """An undated article's date from the dates its text names (the time layer's DATE values
    with a known year: "2016", "2012-07", "2016-03-04"): the text was written no earlier than
    the latest of them, so it is read as written then, each value at its last day ("2016" =
    31 December 2016, so a year that straddles a change takes the later side). Values after
    ``today`` are no evidence (plans, typos); none left -> no date. Conservative: where the text
    is older than the latest change it picks the earlier side, otherwise the current one, as
    without a date; a recent text naming only old years ("the war that began in 2011") is
    misdated."""
    today = today or dt.date.today()
    best: tuple[dt.date, str] | None = None
    for v in values:
        m = _TEXT_DATE.match(v or "")
        if not m:
            continue
        day = _last_day(int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))
        if day is not None and day <= today and (best is None or day > best[0]):
            best = (day, v)
    return When(best[0], "text year", best[1]) if best else When()


def _last_day(year: int, month: int, day: int) -> dt.date | None:
    """The last day a year, month or day value covers (None for an impossible date)."""
    try:
        if day:
            return dt.date(year, month, day)
        if month:
            return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


@cache
def _kb() -> dict[str, Any]:
    return load_json("actors", "actors.json")


@cache
def _entries() -> tuple[dict[str, Any], ...]:
    """Every KB entry (an actor whose side changed has one entry per period, sharing its id)
    and the outlets of the meta layer's list."""
    table = list(_kb()["actors"])
    # an acronym the KB already has with its context ('MAP' only where Morocco or Western Sahara is
    # named) is not also an outlet alias that matches anywhere ('The MAP of the city')
    known = {fold(a if isinstance(a, str) else a["alias"]) for e in table for a in e.get("aliases", ())}
    for o in load_json("outlets.json")["outlets"]:
        if o.get("actor") in {e["id"] for e in table}:
            continue  # an agency the KB has with its side and context ('MAP' only where Morocco is named)
        oid = f"outlet:{fold(o['name']).replace(' ', '-')}"
        table.append(
            {
                "id": oid,
                "name": o["name"],
                "kind": "media",
                "country": o.get("country"),
                "side": o.get("side"),
                # a one-word name matches only as written: 'Trend' the agency, not 'an unstoppable historical trend'
                "aliases": [
                    {"alias": a, "exact": True} if " " not in a else a
                    for a in o["aliases"]
                    if len(a) > 2 and not (a.isupper() and fold(a) in known)
                ],
            }
        )
    return tuple(table)


@cache
def _versions() -> dict[str, list[dict[str, Any]]]:
    """Actor id -> its entries, oldest period first."""
    table: dict[str, list[dict[str, Any]]] = {}
    for a in _entries():
        table.setdefault(a["id"], []).append(a)
    for vs in table.values():
        vs.sort(key=lambda a: a.get("from") or "")
    return table


@cache
def actors() -> dict[str, dict[str, Any]]:
    """Actor id -> its current entry (the one without an ``until``)."""
    return {aid: next((a for a in vs if not a.get("until")), vs[-1]) for aid, vs in _versions().items()}


def _period(entry: dict[str, Any]) -> dict[str, str]:
    return {k: entry[k] for k in ("from", "until") if entry.get(k)}


def _valid(entry: dict[str, Any], day: dt.date) -> bool:
    p = _period(entry)
    return p.get("from", "") <= day.isoformat() and (not p.get("until") or day.isoformat() < p["until"])


def entry_for(aid: str, when: When | None = None, alias: str | None = None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The entry of ``aid`` for the article's date, and attrs saying why. A name only one period
    uses picks that period whatever the date ("Assad regime" in 2025 is the former government),
    but not before the period began (None: "regime remnants" in 2015 is no actor of the KB); a
    shared name ("Syrian army") goes by the date; no date -> the current entry, said so."""
    vs = _versions().get(aid, [])
    when = when or When()
    if len(vs) == 1 and vs[0].get("from") and when.date and when.date.isoformat() < vs[0]["from"]:
        return None  # "Assad loyalists" in 2016: the group the KB means did not exist yet
    if len(vs) < 2:
        return (vs[0] if vs else {}), ({"period": _period(vs[0])} if vs and _period(vs[0]) else {})
    if alias is not None:
        having = [v for v in vs if fold(alias) in {fold(n) for n, _u, _c in _names(v)}]
        if len(having) == 1:  # a name of one period only
            if when.date and having[0].get("from") and when.date.isoformat() < having[0]["from"]:
                return None
            return having[0], {"period": _period(having[0]), "dated_by": f"'{alias}' is a name of this period only"}
        vs = [v for v in having if not (when.date and v.get("from") and when.date.isoformat() < v["from"])] or having
    if when.date is None:
        cur = next((v for v in vs if not v.get("until")), vs[-1])
        return cur, {"period": _period(cur), "dated_by": NO_DATE}
    v = next((v for v in vs if _valid(v, when.date)), vs[-1])
    return v, {"period": _period(v), "dated_by": _dated_by(when)}


NO_DATE = "no date for the article and no year in its text: the current entry, which assumes the text is recent"


def _dated_by(when: When) -> str:
    if when.source == "text year":
        return (
            f"no publication date or time anchor: the latest date its text names, '{when.basis}', "
            f"at its last day {when.date.isoformat()} (a text is written on or after the dates it names)"
            if not when.later_name
            else f"no publication date or time anchor: the text names '{when.basis}' and '{when.later_name}', "
            f"a name used from {when.date.isoformat()} on: read as of that day (a text is written on or after "
            "the dates and names it has)"
        )
    return f"{when.source} {when.date.isoformat()}"


@cache
def _label_context() -> dict[tuple[str, str, tuple[str, ...]], tuple[str, ...]]:
    """(actor id, folded alias or label, sides whose label it is) -> countries an article must
    name for the words to mean that actor: "occupiers" is Azerbaijan's army in Armenian sources,
    Russia's in Ukrainian; "PDF" is Myanmar's People's Defence Force only in a Myanmar report; a
    lower-case label without a listed context needs the actor's own country or that of the side
    whose label it is. Keyed by the users too: one actor's same words may be two sides' labels,
    each in its own conflict ("Turkish occupation forces": Greek Cypriot usage with Cyprus
    words, the SDF's with Syria)."""
    table = {}
    for a in _entries():
        for name, used_by, context in _names(a):
            if context:
                table[(a["id"], fold(name), used_by)] = tuple(context)
        for lab in a.get("labels", []):
            if lab.get("context"):
                continue
            if lab["label"] == lab["label"].lower() and a.get("country"):
                # a generic lower-case label ("separatists", "occupation forces", "junta") names
                # this actor only where the article names its country, or the labelling side's
                # ("The occupation forces raided Jenin, Palestinian medics said" names no Israel):
                # the same words are used of other groups in other conflicts (a Kashmir or
                # Western Sahara report)
                used_by = users(lab.get("used_by"))
                table[(a["id"], fold(lab["label"]), used_by)] = (a["country"], *_side_countries(used_by))
    return table


def _need(cand: Found) -> tuple[str, ...] | None:
    """The context a candidate's words need (``_label_context``), None where they need none."""
    return _label_context().get((cand[0], fold(cand[1]), cand[2]))


def users(used_by: str | list[str] | None) -> tuple[str, ...]:
    """The sides whose label a name is: a list ("Houthi militia" is Yemeni-government and Saudi
    usage), or one side as older KB entries and outputs wrote it."""
    if not used_by:
        return ()
    return (used_by,) if isinstance(used_by, str) else tuple(used_by)


def _names(actor: dict[str, Any]) -> list[tuple[str, tuple[str, ...], list[str] | None]]:
    """(name, sides whose label it is — none for a plain alias, countries an article must name)
    for each alias and label: an alias may be an object with a ``context`` ("PDF" is Myanmar's
    People's Defence Force only in an article that names Myanmar) and the flags read by ``_flagged``."""
    out: list[tuple[str, tuple[str, ...], list[str] | None]] = []
    for alias in actor.get("aliases", []):
        if isinstance(alias, str):
            out.append((alias, (), None))
        else:
            out.append((alias["alias"], (), alias.get("context")))
    out += [(lab["label"], users(lab["used_by"]), lab.get("context")) for lab in actor.get("labels", [])]
    return out


def _side_countries(sides: tuple[str, ...]) -> tuple[str, ...]:
    """The countries whose side is one of ``sides`` at some time (actors.json ``country_sides``)."""
    return tuple(cc for cc, s in _kb()["country_sides"].items() if any(x in sides for x in _sides_of(s)))


def _sides_of(value: str | list[dict[str, str]]) -> list[str]:
    return [value] if isinstance(value, str) else [p["side"] for p in value]


def _needs_context(found: list[Found]) -> bool:
    return any(_need(cand) is not None for cand in found)


def _by_context(found: list[Found], countries: Counter, places: Counter | None = None) -> list[Found]:
    """Keep the candidates whose label context the article supports, best supported first
    (``places``: the countries of the places named, 'Karabakh' AZ, for a plain alias's own context)."""
    scored = []
    for cand in found:
        need = _need(cand)
        if need is None:
            scored.append((float("inf"), cand))
        elif (cand[0], fold(cand[1])) in _flagged("main"):
            top = max((k for c, k in countries.items() if _is_code(c)), default=0)
            if any(countries[c] and countries[c] == top for c in need):
                scored.append((sum(countries[c] for c in need), cand))
        elif any(countries[c] for c in need):
            scored.append((sum(countries[c] for c in need), cand))
    # 'Russian peacekeepers' in a Transnistria text: another actor's context alias of the same words, which the
    # article supports, comes before a plain alias (the Karabakh contingent's) — unless the article also names
    # the plain alias's own actor's context ('left Karabakh in 2024; … the ones in Transnistria')
    backed: dict[str, float] = {}
    backers: dict[str, set[str]] = {}
    for n, c in scored:
        if n != float("inf"):
            backed[fold(c[1])] = max(n, backed.get(fold(c[1]), 0.0))
            backers.setdefault(fold(c[1]), set()).add(c[0])
    seen = countries | (places or Counter())

    def outweighed(c: Found) -> bool:
        # ... or names it far less ('al-Shabaab' in a Cabo Delgado report that says it is no Somali group); the
        # same actor's label in context is another side's usage ('Israeli occupation forces' in a Syrian report)
        key = fold(c[1])
        return c[0] in backers[key] or _own_context(c[0], seen) * 2 < backed[key]

    scored = [(0.0 if n == float("inf") and fold(c[1]) in backed and outweighed(c) else n, c) for n, c in scored]
    return [c for _, c in sorted(scored, key=lambda x: -x[0])]


def _own_context(actor_id: str, countries: Counter) -> int:
    """How often the article names the context of the actor's own context aliases ('peacekeepers' of the
    Karabakh contingent needs AZ or AM)."""
    need = {c for (aid, _, _), ctx in _label_context().items() if aid == actor_id for c in ctx or ()}
    return sum(countries[c] for c in need)


def _not_foreign_owned(text: str, start: int, found: list[Found]) -> list[Found]:
    """Drop a candidate read from the article's context words ('border department', 'KGB' in a South
    Ossetia text) where a capitalised word or possessive right before names another owner ('the FSB
    border department', "Russia's border department", 'the Russian KGB'); its own context word
    ('Abkhazia's de facto authorities') or another name of its side ("the KGB's Border Department") may
    stand there."""
    m = re.search(r"([A-Z][\w.’'-]*?)(?:['’]s)?\s+$", text[max(0, start - 40) : start])
    if not m or m.group(1) in ("The", "A", "An", "This", "That", "These", "Its", "Their", "His", "Her", "Our"):
        return found
    word = fold(m.group(1))
    other = _country_of(m.group(1))
    head = text[max(0, start - 40) : start][: m.start()]
    opens = re.search(r"(?:^|[.!?:\n\u2013\u2014(\"\u201c]|\s-)\s*$", head)
    if opens and not other and word not in _aliases() and not gazetteer.get().lookup(m.group(1)):
        return found  # 'Armed separatists killed …': a capital for the sentence start, no owner
    out = []
    for cand in found:
        need = _need(cand) or ()
        if need and other and all(_is_code(w) for w in need) and other[0] not in need:
            continue  # 'Somali federal troops' in a report that names Ethiopia: not Ethiopia's 'federal troops'
        words = [w for w in need if not _is_code(w)]
        side = (actors().get(cand[0]) or {}).get("side")
        own = (
            any(fold(w).split()[-1] == word for w in words)
            or any((actors().get(a) or {}).get("side") == side for a, _al, _u in _aliases().get(word, ()))
            or bool(other and other[0] == (actors().get(cand[0]) or {}).get("country"))  # "Ukraine's Northern Command"
            # "The Army's Northern Command": a force's own generic noun owns its command
            or (word in ("army", "military") and (actors().get(cand[0]) or {}).get("kind") == "armed_forces")
        )
        if words and not own:
            continue
        out.append(cand)
    return out


COMMAND_OF_COUNTRY = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s ((?:Northern|Southern|Eastern|Western|Central|North|South|East|West)"
    r"(?:ern)? (?:Operational |Military |Army )?Command)\b"
)
PLACED_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")
NOT_PLACES = frozenset([*calendar.month_name[1:], *calendar.day_name])  # 'in May', 'of Monday'


def _not_placed_elsewhere(text: str, end: int, found: list[Found]) -> list[Found]:
    """Drop a candidate read from the article's context words whose mention is placed right after in
    another country than the actor's and its context's ('the interim administration in Khartoum' in a
    Sudan report that names Tigray once: not Tigray's; 'in Mekelle', 'settlers in the South Hebron Hills'
    keep it)."""
    m = PLACED_AFTER.match(text, end)
    if not m or m.group(1).split()[0] in NOT_PLACES:
        return found
    where = {e.country for e in gazetteer.get().lookup(m.group(1))}  # a name it does not know: kept
    if not where:
        return found
    out = []
    for cand in found:
        need = _need(cand) or ()
        if any(not _is_code(w) for w in need) and not where & _context_countries(cand[0], tuple(need)):
            continue
        out.append(cand)
    return out


@cache
def _context_countries(aid: str, need: tuple[str, ...]) -> frozenset[str]:
    """The actor's country, its context's codes and the countries of its context words' gazetteer places."""
    out = {(actors().get(aid) or {}).get("country")} | {w for w in need if _is_code(w)}
    for w in need:
        if not _is_code(w):
            out |= {e.country for e in gazetteer.get().lookup(w) if e.main_name}
    return frozenset(c for c in out if c)


def _is_code(item: str) -> bool:
    """A context item that is a country code ("GE"); any other item is a word or name ("Tskhinvali")."""
    return len(item) == 2 and item.isupper()


def _context_word_counts(text: str, matches: list[tuple[int, int, list[Found]]]) -> Counter:
    """How often the article writes each context word of its candidates ("de facto authorities" is
    South Ossetia's in a text naming Tskhinvali, Abkhazia's in one naming Sukhumi: both are in
    Georgia, so the country alone cannot tell them apart)."""
    words = {w for _s, _e, found in matches for cand in found for w in _need(cand) or () if not _is_code(w)}
    counts: Counter = Counter()
    for w in words:
        counts[w] = len(re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE))
    return counts


@cache
def _flagged(flag: str) -> frozenset[tuple[str, str]]:
    """(actor id, folded alias) of the alias objects with ``flag`` set: "main" — the context
    country must be the article's most named ("the coalition" is the Saudi-led one in a Yemen
    report, not in a US op-ed that names Yemen once); "exact" — matched only as written
    ("Islamic State", not "an Islamic state"; the Houthi label "Yemeni Armed Forces", not a
    government outlet's "Yemeni armed forces"); "family_name" — also a person's family name
    ("Abdul-Malik al-Houthi")."""
    named = [
        (a["id"], alias.get("alias") or alias.get("label"), alias)
        for a in _entries()
        for alias in a.get("aliases", []) + a.get("labels", [])
        if isinstance(alias, dict)
    ]
    return frozenset((aid, fold(name)) for aid, name, alias in named if alias.get(flag))


def _article_countries(doc: Doc) -> Counter:
    """How often each country is named (as a place, demonym or capital) in the article."""
    counts: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "LOC"):
            c = _country_of(ent.text)
            if c:
                counts[c[0]] += 1
            else:
                cap = _capitals().get(fold(ent.text))
                if cap:
                    counts[actors()[cap].get("country")] += 1
    return counts


def _named_actor_countries(matches) -> Counter:
    """Countries of the KB actors the article names by a plain alias or a label that names a
    place (not a generic lower-case label):
    "Azerbaijan's border service", "the Artsakh authorities" tie a report to its conflict even
    when the parse does not tag the country's name as a place."""
    counts: Counter = Counter()
    for _s, _e, found in matches:
        plain = {
            actors()[aid].get("country")
            for aid, alias, used_by in found
            if aid in actors()
            and (not used_by or alias != alias.lower())  # "Artsakh authorities" names its place
            and _need((aid, alias, used_by)) is None  # "PDF" needs Myanmar named elsewhere: it cannot vouch for itself
        }
        other = {
            actors()[aid].get("country") for aid, alias, used_by in found if aid in actors() and _need((aid, alias, used_by))
        }
        if other - plain:
            continue  # 'al-Shabaab' is also Cabo Delgado's insurgents' name: the words do not vouch for Somalia
        if len(plain) == 1 and None not in plain:
            counts[plain.pop()] += 1
    return counts


@cache
def _aliases() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Folded alias -> [(actor id, alias as written in the KB, sides whose label it is)], once
    per actor however many of its periods share the name."""
    table: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for a in _entries():
        for name, used_by, _context in _names(a):
            found = table.setdefault(fold(name), [])
            if (a["id"], name, used_by) not in found:
                found.append((a["id"], name, used_by))
    for inst in _kb()["country_institutions"]:
        for alias in inst["aliases"]:
            table.setdefault(fold(alias), []).append((f"institution:{inst['key']}", alias, ()))
    return table


@cache
def _first_words() -> frozenset[str]:
    """First words of the aliases, cut at a hyphen ("us" of "US-Saudi aggression") and at a
    space only ("u.s.-led" of "U.S.-led coalition", which the parser keeps as one token)."""
    return frozenset(w for k in _aliases() for w in (re.split(r"[\s\-(/']+", k)[0], k.split(" ")[0]))


@cache
def _institutions() -> dict[str, dict[str, Any]]:
    return {f"institution:{i['key']}": i for i in _kb()["country_institutions"]}


@cache
def _capitals() -> dict[str, str]:
    """Folded capital -> actor id; a ``capital`` may be a list of spellings ('Tskhinvali', 'Tskhinval')."""
    caps = (
        (a["capital"] if isinstance(a["capital"], list) else [a["capital"]], a["id"]) for a in _kb()["actors"] if a.get("capital")
    )
    return {fold(c): aid for names, aid in caps for c in names}


def state_seat(name: str, cc: str | None) -> bool:
    """The written place is the capital of country ``cc``'s KB state ('Nicosia', 'Kyiv'): a dateline
    there is the recognised state's even where the city's name is contested ('Lefkoşa' is the de facto seat)."""
    aid = _capitals().get(fold(name))
    return aid is not None and actors()[aid]["kind"] == "state" and actors()[aid].get("country") == cc


@cache
def de_facto_seats() -> frozenset[str]:
    """Folded names of places a de facto authority governs from (``de_facto_seats`` and the de facto
    authorities' ``capital`` in actors.json): a dateline there does not make a ministry the state's."""
    caps = {c for c, aid in _capitals().items() if actors()[aid]["kind"] == "de_facto_authority"}
    return frozenset(caps | {fold(n) for n in _kb().get("de_facto_seats", ())})


@cache
def _state_of_country() -> dict[str, str]:
    return {a["country"]: a["id"] for a in _kb()["actors"] if a["kind"] == "state"}


_OWNER_BEFORE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+$")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def _a_states_security_council(text: str, m: ActorMention) -> bool:
    """A bare 'Security Council' that a country, its capital or demonym owns ("Russia's Security Council deputy
    chairman Dmitry Medvedev", "secretary of Armenia's Security Council", 'the Russian Security Council',
    'the Security Council of Ukraine') or that 'the country's/republic's/nation's' owns is a state's organ, not
    the UN's (was the UN, neutral): no UN mention there."""
    if m.attrs.get("id") != "un" or text[m.start : m.end] != "Security Council":
        return False
    before = text[max(0, m.start - 40) : m.start]
    if re.search(r"(?i)\b(?:country|republic|nation|state|kingdom|its|their)['’]s?\s+(?:own\s+)?$", before):
        return True
    for owner in (_OWNER_BEFORE.search(before), _OF_AFTER.match(text, m.end)):
        if (
            owner
            and owner.group(1) not in ("United Nations", "UN")
            and (_country_of(owner.group(1)) or fold(owner.group(1)) in _capitals())
        ):
            return True
    return False


def _country_of(word: str) -> tuple[str, str] | None:
    """(ISO code, country name) for a country name or demonym, via the gazetteer."""
    for e in gazetteer.get().lookup(word):
        if e.kind in ("country", "demonym") and e.main_name:
            return e.country, e.name
    return None


@cache
def _territories() -> dict[str, str]:
    """Folded name of a land an actor governs -> actor id (``territory`` in actors.json: 'Somaliland')."""
    return {fold(n): a["id"] for a in _kb()["actors"] for n in a.get("territory", ())}


def _country_or_capital(text: str) -> bool:
    key = fold(text)
    if key in _capitals() or key in _territories():
        return True
    return any(e.kind == "country" and e.main_name for e in gazetteer.get().lookup_key(key))


def _side(cc: str | None, when: When | None = None) -> str | None:
    """The country's side; where it changed (Syria, Afghanistan) the one of the article's date,
    or the current one without a date."""
    value = _kb()["country_sides"].get(cc or "")
    if value is None or isinstance(value, str):
        return value
    day = when.date if when else None
    return next((p["side"] for p in value if day and _valid(p, day)), value[-1]["side"])


def country_side(cc_or_demonym: str, when: dt.date | When | None = None, *, code_if_unlisted: bool = False) -> str | None:
    """The side a country's state and forces take, in the actor layer's terms (actors.json
    ``country_sides``), for an ISO code ("SY": two upper-case letters), a country name ("Syria")
    or a demonym ("Syrian", "Afghan"), on the day ``when`` (a date, or a ``When``).

    Where the side changed over time the entry of that day is taken: Syria's is
    ``syrian_government`` until 8 December 2024 and ``syrian_transitional_government`` from that
    day; Afghanistan's ``afghan_republic`` until 15 August 2021 and ``taliban`` from that day.
    Without a date, the current side (the caller decides how to say that the text is undated:
    ``side_depends_on_date`` tells whether it matters). None for a word that names no country,
    and for a country the KB gives no side, unless ``code_if_unlisted``: then its lower-case
    code ("fr" is listed, "de" for Germany is not)."""
    cc = _code_of(cc_or_demonym)
    if cc is None:
        return None
    if isinstance(when, dt.date):
        when = When(when, "given")
    side = _side(cc, when)
    return side or (cc.lower() if code_if_unlisted else None)


def side_depends_on_date(cc_or_demonym: str) -> bool:
    """True when the country's side changed over time (Syria, Afghanistan), so that an undated
    text cannot tell which it is."""
    cc = _code_of(cc_or_demonym)
    return isinstance(_kb()["country_sides"].get(cc or ""), list)


def _code_of(word: str) -> str | None:
    word = (word or "").strip()
    if len(word) == 2 and word.isupper() and word.isalpha():
        return word if word in set(gazetteer.get().cc_list) or word in _kb()["country_sides"] else None
    got = _country_of(word)
    # 'Sahrawi': a people's word the gazetteer has no demonym for (actors.json ``demonym_codes``)
    return got[0] if got else _kb().get("demonym_codes", {}).get(word)


def _alias_matches(doc: Doc) -> list[tuple[int, int, list[Found]]]:
    text = doc_text(doc)
    words, idx, folds = doc_tokens(doc)
    n = len(words)
    aliases, firsts = _aliases(), _first_words()
    out = []
    i = 0
    while i < n:
        if not words[i][:1].isalnum() or folds[i] not in firsts:
            i += 1
            continue
        hit = None
        for j in range(min(n, i + 8), i, -1):
            if not words[j - 1][-1:].isalnum() and words[j - 1] not in ('"', "\u201d"):
                continue  # a closing quotation mark ends a label only ('Turkish Cypriot "police"')
            start, end = idx[i], idx[j - 1] + len(words[j - 1])
            written = text[start:end]
            found = [
                x
                for x in aliases.get(fold(written), [])
                if _case_ok(x[1], written) and (x[1] == written or (x[0], fold(x[1])) not in _flagged("exact"))
            ]
            if found and (_stance_prefixed(text, start) or _concept_after(text, end)):
                found = []
            found = [x for x in found if not _family_name(text, start, end, x)]
            found = [x for x in found if not _opening_word(doc, i, j, x)]
            if found and i > 0 and _tail_of_a_name(doc, i, written, found):
                found = []
            if found and i > 0 and _inside_a_country_name(doc, i):
                found = []  # 'South Sudanese soldiers', "South Sudan's army": not Sudan's (audit 17 G2)
            if found:
                hit = (start, end, found)
                break
        if hit:
            out.append(hit)
            while i < n and idx[i] < hit[1]:
                i += 1
        else:
            i += 1
    return out


@cache
def _opening_cues() -> dict[tuple[str, str], frozenset[str]]:
    """(actor id, folded alias) -> the words one of the alias objects with ``opening_needs`` must be
    followed by where it opens a sentence."""
    return {
        (a["id"], fold(alias["alias"])): frozenset(w.lower() for w in alias["opening_needs"])
        for a in _entries()
        for alias in a.get("aliases", [])
        if isinstance(alias, dict) and alias.get("opening_needs")
    }


def _opening_word(doc: Doc, i: int, j: int, x: Found) -> bool:
    """'Amnesty was granted to 300 fighters': a name that is also a common noun, capitalised only because it opens
    the sentence, is the actor only before a cue of its ``opening_needs`` ('Amnesty said', 'Amnesty's report')."""
    cues = _opening_cues().get((x[0], fold(x[1])))
    if cues is None:
        return False
    k = i - 1
    while k >= 0 and doc[k].is_punct and doc[k].text in ('"', "\u201c", "'", "\u2018", "("):
        k -= 1
    if not (k < 0 or doc[k + 1].is_sent_start or doc[k].text in (".", "!", "?", ":", "\n", "\n\n")):
        return False
    return not (j < len(doc) and doc[j].lower_ in cues)


_DAY_MONTH_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "  # noqa: SIM905
    "september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday".split()
)


def _inside_a_country_name(doc: Doc, i: int) -> int:
    """The word or two before the match and its first word make another country's name or demonym ('South'
    + 'Sudanese', 'North' + 'Korean', 'Papua New' + 'Guinea'): the match names no actor of the shorter name's
    country. Returns how many words before make it (0: none)."""
    word = re.sub(r"['’]s$", "", doc[i].text)
    shorter = _country_of(word)
    for k in (1, 2):
        before = doc[max(0, i - k) : i]
        if len(before) < k or not all(t.text[:1].isupper() for t in before):
            return 0
        longer = _country_of(f"{before.text} {word}")
        if longer and (shorter is None or longer[0] != shorter[0]):
            return k
    return 0


def _tail_of_a_name(doc: Doc, i: int, written: str, found: list[Found]) -> bool:
    """ "the Sahrawi People's Liberation Army", "Sudan People's Liberation Army": a name of several
    capitalised words right after another capitalised word (not at a sentence start, not "The")
    ends a longer name, another group's, unless that word names the actor's own country
    ("Chinese People's Liberation Army")."""
    words = written.split()
    prev = doc[i - 1]
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not prev.text[:1].isupper() or prev.is_sent_start:
        return False
    if prev.lower_ in ("the", "a", "an") or (prev.text.isupper() and len(prev.text) > 3):  # 'MOSCOW' dateline
        return False
    # 'On Tuesday Rapid Support Forces fighters', 'In March …', a title-case headline's 'As Indian Army
    # Retaliates': a day, a month or a function word opens no name
    if prev.is_stop or prev.ent_type_ in ("DATE", "TIME") or prev.lower_ in _DAY_MONTH_WORDS:
        return False
    if all(x[0].startswith("institution:") for x in found):
        return False  # 'the Saudi Defence Ministry', 'the Houthi Interior Ministry': whose it is
    own = _country_of(prev.text)
    return not (own and any(own[0] == (actors().get(x[0]) or {}).get("country") for x in found))


def _concept_after(text: str, end: int) -> bool:
    """'Settler colonialism', 'settler-colonial': the name modifies a concept (``concept_words``), no actor is meant."""
    m = re.match(r"[ \t-]+([A-Za-z]+)", text[end : end + 30])
    return m is not None and m.group(1).lower() in _concept_words()


@cache
def _concept_words() -> frozenset[str]:
    return frozenset(_kb().get("concept_words", ()))


def _stance_prefixed(text: str, start: int) -> bool:
    """'anti-Houthi forces', 'pro-government forces', 'pro-U.S. military general': the name
    describes someone else's stance towards the actor, not the actor."""
    before = fold(text[max(0, start - 6) : start])
    return any(before.endswith(p) for p in _kb()["stance_prefixes"])


def _family_name(text: str, start: int, end: int, cand: Found) -> bool:
    """'Abdul-Malik al-Houthi': a group's name that is also a family name, right after a name
    particle ("al-") and not before a group noun ("the al-Houthi group"), names a person."""
    if (cand[0], fold(cand[1])) not in _flagged("family_name"):
        return False
    if not any(text[max(0, start - len(p)) : start] == p for p in _kb()["name_particles"]):
        return False
    nxt = re.match(r"\s+([a-z]+)", text[end : end + 20])
    return not (nxt and nxt.group(1) in _kb()["group_nouns"])


_ACRONYM = re.compile(r"[A-Za-z][A-Z]")


def _case_ok(alias: str, written: str) -> bool:
    """Acronyms match only as written: an all-capitals alias ("AA", "PDF") whole, and in a
    mixed alias each word with a capital after a letter ("LeT", "JeM", "MoD", "IS fighters"),
    so "let", "mod" or "is fighters" in running text are not actors."""
    if alias.isupper():
        return alias == written
    words, got = alias.split(), written.split()
    if len(words) != len(got):
        return not any(_ACRONYM.search(w) for w in words) or alias == written
    return all(w == g for w, g in zip(words, got, strict=True) if _ACRONYM.search(w))


def _extend_role(doc: Doc, start: int, end: int) -> tuple[int, str | None]:
    """'the command of [the Russian peacekeepers]' -> start of 'the command', role 'command'."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start, None
    head = span.root.head
    if head.lower_ == "of" and head.head.lower_ in ROLE_NOUNS:
        noun = head.head
        left = noun.left_edge
        return min(left.idx, start), noun.lower_
    window = doc_text(doc)[max(0, start - 40) : start]
    m = re.search(r"(?i)\b(the\s+)?(press service|spokesperson|spokesman|command|commander|head)\s+of\s+(the\s+)?$", window)
    if m:
        return start - len(window) + m.start(), m.group(2).lower()
    return start, None


def _attrs_of(aid: str, when: When | None, alias: str | None = None) -> dict[str, Any] | None:
    """id, name, kind, country, side of a KB actor — of the entry for the article's date where
    its side changed over time (then with ``period`` and ``dated_by``); None for a name of a
    period that had not begun."""
    got = entry_for(aid, when, alias)
    if got is None:
        return None
    a, dated = got
    attrs = {"id": aid, "name": a["name"], "kind": a["kind"], "country": a.get("country"), "side": a.get("side")}
    return attrs | dated


def link(
    doc: Doc,
    when: When | None = None,
    dateline_country: str | None = None,
    place_countries: Counter | None = None,
    dateline_capital: str | None = None,
    dateline_place: str | None = None,
) -> list[ActorMention]:
    """Actor mentions in the parsed article; ``when`` (the article's date) picks the entry of an
    actor whose side changed; ``dateline_country`` and ``place_countries`` (the place layer's
    countries of the places named: 'Aleppo' is Syria) tell a one-country report ("the army");
    ``dateline_capital`` (the dateline's country where its state governs the place) owns an
    institution written without its country; ``dateline_place`` (the dateline's place as written),
    where it is a de facto authority's seat, owns one for that authority."""
    text = doc_text(doc)
    mentions: list[ActorMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    matches = _alias_matches(doc)
    countries = _article_countries(doc) if any(_needs_context(f) for _, _, f in matches) else Counter()
    if any(_needs_context(f) for _, _, f in matches):
        countries.update(_named_actor_countries(matches))
        countries.update(_context_word_counts(text, matches))
    matches = [
        (
            start,
            end,
            _by_context(_not_placed_elsewhere(text, end, _not_foreign_owned(text, start, found)), countries, place_countries),
        )
        for start, end, found in matches
    ]
    when = _raised(when, matches)
    for start, end, found in matches:
        if not found:
            continue  # a bare label ("occupiers") whose conflict the article does not name
        aid, alias, used_by = found[0]
        written = text[start:end]
        if aid.startswith("institution:"):
            m = _institution(doc, start, end, aid, when)
            if m:
                mentions.append(m)
                taken.append((m.start, m.end))
            continue
        attrs = _attrs_of(aid, when, alias)
        if attrs is None or _two_sides_labels(found, countries) or _a_thing(text, end, attrs["kind"]):
            continue
        s2, role = _extend_role(doc, start, end)
        attrs["alias"] = alias
        why = f"'{written}' is a known name of {attrs['name']}"
        if used_by:
            why = f"'{written}' is how {' and '.join(used_by)} sources label {attrs['name']}"
            attrs["label_used_by"] = list(used_by)
        if role:
            attrs["role"] = role
            why += f"; the span names its {role}"
            if text[s2:end].count('"') % 2 and text[end : end + 1] == '"':
                end += 1  # 'The spokesman of the so-called "Free Papua Movement"': not ending inside the quotation
        attrs["why"] = why
        mentions.append(ActorMention(s2, end, "kb-alias" if not used_by else "kb-label", attrs, 0.9))
        taken.append((s2, end))

    # '<demonym> troops/forces' for countries without a KB entry; a lookahead so that "The
    # Yemeni army" is tried again from "Yemeni" when "The Yemeni" is no demonym
    for m in re.finditer(rf"(?=\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) ({_alternation('force_nouns')})\b)", text):
        start, end = m.start(1), m.end(2)
        if not free(start, end) or _inside_a_name(text, start) or _stance_prefixed(text, start):
            continue
        c = _country_of(m.group(1))
        if _a_thing(text, end) or not c or not any(e.kind == "demonym" for e in gazetteer.get().lookup(m.group(1))):
            continue
        cc, cname = c
        attrs = _forces_attrs(cc, cname, when, f"{cc.lower()}:armed-forces") | {"alias": text[start:end]}
        attrs["why"] = f"'{m.group(2)}' qualified by the demonym '{m.group(1)}'"
        mentions.append(ActorMention(start, end, "demonym-forces", attrs, 0.8))
        taken.append((start, end))

    # "Azerbaijan's Northern Command": a country's regional command is its armed forces (the KB knows the IDF's,
    # India's and Ukraine's by context; another country's possessive names its own)
    for m in COMMAND_OF_COUNTRY.finditer(text):
        start, end = m.start(1), m.end(2)
        c = _country_of(m.group(1))
        if not c or not free(start, end) or any(e.kind == "demonym" for e in gazetteer.get().lookup(m.group(1))):
            continue
        attrs = _forces_attrs(c[0], c[1], when) | {"alias": text[start:end], "how": "country's command"}
        attrs["why"] = f"'{m.group(2)}' owned by {c[1]}: a command of its armed forces"
        mentions.append(ActorMention(start, end, "country-command", attrs, 0.7))
        taken.append((start, end))

    # '<demonym> artillery/jets/drones' acting: the armed forces of that country
    for start, end, noun, cc, cname in _unit_mentions(doc):
        if not free(start, end):
            continue
        attrs = _forces_attrs(cc, cname, when) | {"alias": text[start:end], "how": "unit noun"}
        attrs["why"] = f"'{noun}' qualified by a demonym of {cname}, acting: the country's armed forces"
        mentions.append(ActorMention(start, end, "demonym-unit", attrs, 0.7))
        taken.append((start, end))

    # 'Indian and Pakistani troops': the first demonym shares the head noun of the second's forces
    for m in list(mentions):
        group_head = re.match(r"\s+(forces|troops|soldiers|fighters|units)\b", text[m.end : m.end + 20])
        if m.attrs.get("kind") != "armed_forces" and not (m.attrs.get("kind") == "armed_group" and group_head):
            continue  # 'Moroccan and Polisario forces': the demonym shares the group's head noun
        for d in re.finditer(
            r"\b([A-Z][a-z]+)(?:,\s+|\s+and\s+|\s+or\s+)(?=(?:[A-Z][a-z]+(?:,\s+|\s+and\s+|\s+or\s+))*$)",
            text[max(0, m.start - 60) : m.start],
        ):
            start = max(0, m.start - 60) + d.start(1)
            end = start + len(d.group(1))
            c = _country_of(d.group(1))
            if not free(start, end) or not c or not any(e.kind == "demonym" for e in gazetteer.get().lookup(d.group(1))):
                continue
            if c[0] == m.attrs.get("country"):
                continue
            head = group_head.group(1) if group_head else text[m.start : m.end].split(maxsplit=1)[-1]
            attrs = _forces_attrs(c[0], c[1], when) | {"alias": d.group(1), "how": "coordinated demonym"}
            attrs["why"] = f"'{d.group(1)}' coordinated with '{text[m.start : m.end]}': {c[1]}'s {head}"
            mentions.append(ActorMention(start, end, "demonym-coordinated", attrs, 0.75))
            taken.append((start, end))

    # metonymy: a capital or a country acting (subject, possessor, addressee of a demand)
    places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "PERSON", "ORG") and _country_or_capital(e.text)]
    covered = {t.i for e in places for t in e}
    words = doc_tokens(doc)[0]
    places += [doc[k : k + 1] for k, w in enumerate(words) if k not in covered and w[:1].isupper() and _country_or_capital(w)]
    # 'South Sudan's minister' untagged: the two words, the longer country's name (not 'Sudan')
    places = [
        doc[p.start - k : p.end] if len(p) == 1 and p.start > 0 and (k := _inside_a_country_name(doc, p.start)) else p
        for p in places
    ]
    for ent in places:
        if not free(ent.start_char, ent.end_char) or (ent.text.isupper() and len(ent.text) > 3):
            continue  # all-capitals: a dateline, not an actor
        if ent.start > 0 and _inside_a_country_name(doc, ent.start):
            continue  # a tagged 'Sudan' after 'South': not Sudan
        root = ent.root
        acting = root.dep_ in SUBJECT_DEPS or (root.dep_ in ("dobj", "dative") and root.head.lemma_ in DEMAND_VERBS)
        # 'has repeatedly been accused by Ankara' (audit 20 r1): a capital as a passive's agent acts too (not a
        # country's name: 'bordered by Georgia' is land)
        acting = acting or (
            root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent" and fold(ent.text) in _capitals()
        )
        if not acting or _owns_a_place(root) or _dateline(text, ent.start_char, ent.end_char) or _land_undergoing(root):
            continue
        if _in_longer_place_name(text, ent.start_char, ent.end_char):
            continue  # 'considers Kosovo and Metohija an integral part': Serbia's name of the place, no actor
        if re.search(
            r"\b(?:calls?|called|call it|known as|refers? to it as|named)\s+(?:the\s+)?$",
            text[max(0, ent.start_char - 30) : ent.start_char],
        ):
            continue  # 'which Ossetians call Tskhinval and Georgians …': a name given, not a government acting
        key = fold(ent.text)
        aid = _capitals().get(key) or _territories().get(key)
        how = "capital" if key in _capitals() else "territory"
        if aid is None:
            c = _country_of(ent.text)
            if not c or any(e.kind == "demonym" for e in gazetteer.get().lookup(ent.text)):
                continue
            how = "country"
            attrs = _state_attrs(c[0], c[1], when)
        else:
            attrs = _attrs_of(aid, when) or {}
        attrs["alias"] = ent.text
        verb = root.head.lemma_ if root.dep_ != "poss" else f"{root.head.text} (possessor)"
        attrs["why"] = f"metonymy: the {how} '{ent.text}' stands for {attrs['name']} as {root.dep_} of '{verb}'"
        mentions.append(ActorMention(ent.start_char, ent.end_char, f"metonymy-{how}", attrs, 0.7))
        taken.append((ent.start_char, ent.end_char))
    mentions = [_forces_of_state(text, m, when) for m in mentions]
    taken += [(m.start, m.end) for m in mentions if m.rule == "forces-of-state"]
    mentions.sort(key=lambda m: (m.start, -m.end))
    mentions = [m for m in mentions if not _a_states_security_council(text, m)]
    found: list[tuple[str, str] | None] = []

    def home() -> tuple[str, str] | None:
        if not found:
            found.append(_home_country(doc, mentions, dateline_country, place_countries))
        return found[0]

    mentions += _earlier_mentions(doc, mentions, free, home, when, _scene(dateline_country, place_countries))
    _tie_to_antecedent(doc, mentions)
    _tie_to_seat(doc, mentions, dateline_place)
    _tie_to_dateline(doc, mentions, dateline_capital, place_countries, when)
    _same_institution_before(doc, mentions)
    if when is None or when.date is None:
        for m in mentions:
            _mark_undated(m.attrs)
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _forces_of_state(text: str, m: ActorMention, when: When | None) -> ActorMention:
    """'Soldiers of La République du Cameroun', 'troops of Azerbaijan's government': a force noun before
    'of' and a state (or a side's label for it) is that state's armed forces; the label stays marked."""
    if m.attrs.get("kind") != "state" or not m.attrs.get("country"):
        return m
    armies = [n for n in _kb()["force_nouns"] if n not in ("police", "border guards")]  # no police is the army
    nouns = "|".join(re.escape(n) for n in sorted(armies, key=len, reverse=True))
    before = re.search(rf"\b((?i:{nouns}))\s+of\s+(?:the\s+)?$", text[max(0, m.start - 40) : m.start])
    if before is None:
        return m
    start = m.start - (len(text[max(0, m.start - 40) : m.start]) - before.start(1))
    cc = m.attrs["country"]
    attrs = _forces_attrs(cc, _country_name_of(cc) or cc, when) | {"alias": text[start : m.end]}
    if m.attrs.get("label_used_by"):
        attrs["label_used_by"] = m.attrs["label_used_by"]
    attrs["why"] = f"'{before.group(1)} of {text[m.start : m.end]}': the armed forces of {m.attrs['name']}"
    return ActorMention(start, m.end, "forces-of-state", attrs, m.score)


def _tie_to_dateline(
    doc: Doc, mentions: list[ActorMention], dateline_country: str | None, place_countries: Counter | None, when: When | None
) -> None:
    """An institution written without its country ('The Ministry of Foreign Affairs said', in a
    Tbilisi-datelined report) is the dateline country's where the article names that country more
    than any other; a Brussels-datelined report about Georgia names Belgium once and stays unsided.
    No dateline country for a contested place or a de facto authority's seat (Tskhinval, Tiraspol,
    Lefkoşa, Laayoune): their 'foreign ministry' is not Georgia's, Moldova's, Cyprus's or the Sahrawi
    Republic's."""
    loose = [m for m in mentions if m.rule == "institution" and m.attrs.get("country") is None]
    if not loose or not dateline_country:
        return
    counts = _article_countries(doc) | (place_countries or Counter())
    top = counts.get(dateline_country, 0)
    most = top >= 2 and not any(n >= top for c, n in counts.items() if c and c != dateline_country)
    cname = _country_name_of(dateline_country) or dateline_country
    for m in loose:
        inst = _institutions()[m.attrs["id"]]
        if inst["kind"] in ("head_of_state", "legislature"):
            continue
        if not most and not (inst["key"] == "ministry-of-defence" and _own_forces_beside(doc, mentions, m, dateline_country)):
            continue
        if inst.get("sentence_alone") and _other_country_in_sentence(doc, m, dateline_country):
            continue  # 'Eritrea, a government spokesman said, had no troops' in an Adigrat report: Eritrea's
        m.attrs.update(
            id=f"{dateline_country.lower()}:{inst['key']}",
            name=f"{inst['name']} of {cname}",
            country=dateline_country,
            side=_side(dateline_country, when),
            why=f"'{m.attrs['alias']}' written without a country, in a report datelined in {cname} that names "
            f"{cname} more than any other country ({top} times): {cname}'s",
        )
        m.rule = "institution+dateline"


def _own_forces_beside(doc: Doc, mentions: list[ActorMention], m: ActorMention, cc: str) -> bool:
    """'Turkish Armed Forces neutralised 13 … in northern Syria, the Ministry of National Defence said' in an
    ANKARA report (audit 20 r1): the sentence of an unqualified defence ministry names the dateline country's
    forces and no other country's, so the ministry is theirs even where the article names the country it
    fights in more often. 'Russian troops shelled Kharkiv, the Defence Ministry said' under KYIV stays unsided."""
    from newsprism.nlp import token_at

    tok = token_at(doc, m.start)
    if tok is None:
        return False
    sent = tok.sent
    forces = {
        x.attrs.get("country")
        for x in mentions
        if x.attrs.get("kind") == "armed_forces" and sent.start_char <= x.start and x.end <= sent.end_char
    }
    return forces == {cc}


SEAT_OWNER_KINDS = ("de_facto_authority", "government", "armed_group")  # audit 16: Aden the PLC's, Sanaa the Houthis'


def dateline_owner(
    doc: Doc,
    mentions: list[ActorMention],
    cc: str | None,
    seat: str | None,
    place_countries: Counter | None = None,
    when: When | None = None,
) -> dict[str, Any] | None:
    """Whose report the dateline makes it, for speakers written with a title and no country
    ('Foreign Minister Ayşe Kemaloğlu' under LEFKOŞA): the de facto authority whose seat the
    dateline place ``seat`` is, where the article names it at least twice; else the state whose
    capital it is (``cc``: the place's country where its state governs it: 'NICOSIA', 'YAOUNDÉ',
    not 'BAMENDA', where a separatist outlet writes), where the article names that country at
    least twice and more than any other — the tests of the unowned-institution rules."""
    aid = _capitals().get(fold(seat or ""))
    auth = actors().get(aid or "") or {}
    if auth.get("kind") in SEAT_OWNER_KINDS:
        named = sum(1 for m in mentions if m.attrs.get("id") == aid)
        if named < 2:
            return None
        return {
            "id": aid,
            "name": auth["name"],
            "side": auth.get("side"),
            "why": f"datelined in {seat}, the seat of {auth['name']}, which the article names {named} times",
        }
    if not cc or not seat or not state_seat(seat, cc):
        return None
    counts = _article_countries(doc) | (place_countries or Counter())
    top = counts.get(cc, 0)
    why = f"whose country the article names most ({top} times)"
    if top < 2 or any(n >= top for c, n in counts.items() if c and c != cc):
        # 'ANKARA — Turkish Armed Forces neutralised … in northern Syria' (audit 20 r1): the places are the other
        # country's, but the state bodies that act are the dateline country's, at least three times and more than
        # twice as often as any other country's
        bodies = Counter(m.attrs.get("country") for m in mentions if m.attrs.get("kind") in OWNER_BODY_KINDS)
        own = bodies.pop(cc, 0)
        if own < 3 or own <= 2 * max(bodies.values(), default=0):
            return None
        why = f"whose state bodies the article names {own} times, more than twice any other country's"
    state = _state_attrs(cc, _country_name_of(cc) or cc, when)
    return {
        "id": state["id"],
        "name": state["name"],
        "side": state.get("side"),
        "why": f"datelined in {seat}, the capital of {state['name']}, {why}",
    }


OWNER_BODY_KINDS = ("state", "government", "armed_forces", "ministry")


OWNED_BY_PRONOUN = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+$")
OWNED_BY_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+?)(?:['’]s|(?<=s)['’])\s+[\"“]?$")


def _tie_to_antecedent(doc: Doc, mentions: list[ActorMention]) -> None:
    """'Somaliland … said its troops had repelled an attack. Its defence ministry said …': an institution
    after 'its'/'their' is the state's or authority's named last before it (within about two sentences),
    not the dateline's; with none named there it stays without a country."""
    text = doc_text(doc)
    for m in mentions:
        if m.rule != "institution" or m.attrs.get("country") is not None:
            continue
        noun = OWNED_BY_NOUN.search(text[max(0, m.start - 30) : m.start])
        by_noun = _noun_owner(text, mentions, m.start, noun.group(1)) if noun else None
        if by_noun is not None:  # 'one of the regime's "border guards"': the regime named before, not the dateline's
            m.rule, got = "institution+possessive", by_noun
        elif OWNED_BY_PRONOUN.search(text[max(0, m.start - 8) : m.start]):
            m.rule = "institution+pronoun"  # no dateline rule reads it now
            same = _same_kind_before(text, mentions, m)
            if same is not None:  # 'the State Border Service said its border guards detained …' (audit 20 t1)
                m.attrs.update(
                    {k: same.attrs[k] for k in ("id", "name", "country", "side", "period", "dated_by") if k in same.attrs}
                )
                m.attrs.update(how="earlier mention", antecedent=text[same.start : same.end])
                m.attrs["why"] = (
                    f"'its {text[m.start : m.end]}' after '{text[same.start : same.end]}' in its sentence: that body's own"
                )
                continue
            got = _pronoun_owner(doc, mentions, m.start)
        else:
            continue
        if got is None:
            continue
        owner, written = got
        inst = _institutions()[m.attrs["id"]]
        state = owner.get("kind") == "state" and owner.get("country")
        m.attrs.update(  # a state's ministry has its country's id ('ge:ministry-of-foreign-affairs'), as elsewhere
            id=f"{owner['country'].lower()}:{inst['key']}" if state else f"{owner['id']}:{inst['key']}",
            name=f"{inst['name']} of {_country_name_of(owner['country']) if state else owner['name']}",
            country=owner.get("country"),
            side=owner.get("side"),
            owner=written,
            why=f"'{text[m.start - 4 : m.end].strip()}': '{written}', the subject of the sentence before, owns it"
            if m.rule == "institution+pronoun"
            else f"'{text[max(0, m.start - 12) : m.end].strip()}': '{written}', named before, owns it",
        )


def _same_kind_before(text: str, mentions: list[ActorMention], m: ActorMention) -> ActorMention | None:
    """The last actor before 'its <institution>' in the same sentence, where it is a body of the institution's
    own kind with a country ('the State Border Service said its border guards'): the institution is that body."""
    opens = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
    before = [x for x in mentions if opens < x.start and x.end <= m.start and x is not m]
    if not before:
        return None
    last = max(before, key=lambda x: x.end)
    kind = _institutions()[m.attrs["id"]]["kind"]
    return last if last.attrs.get("kind") == kind and last.attrs.get("country") else None


def _same_institution_before(doc: Doc, mentions: list[ActorMention]) -> None:
    """'the Russian Defence Ministry said … The attack came a week after the Defence Ministry reported': an
    institution left without a country is the one of that institution the article tied to a country before
    it, where it tied it to one only (audit 19 G8: k1's second 'Defence Ministry' had no side). Two
    countries' ministries named before, another country's actor earlier in its sentence, or a place written after it
    ('the Defence Ministry in Kyiv'): none (review)."""
    text = doc_text(doc)
    for m in mentions:
        if m.rule != "institution" or m.attrs.get("country") is not None or m.attrs.get("id") not in _institutions():
            continue
        key = _institutions()[m.attrs["id"]]["key"]
        before = [
            x for x in mentions if x.end <= m.start and x.attrs.get("country") and x.attrs.get("id", "").endswith(f":{key}")
        ]
        if len({x.attrs["id"] for x in before}) != 1:
            continue
        ante = before[-1]
        if re.match(r"\s+(?:in|of|at)\s+(?:the\s+)?[A-Z]", text[m.end : m.end + 12]):
            continue  # 'The Defence Ministry in Kyiv' after 'the Russian Defence Ministry': placed elsewhere
        opens = max(ante.end, text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start))
        if any(opens <= x.start < m.start and x.attrs.get("country") not in (None, ante.attrs["country"]) for x in mentions):
            continue  # "Russia's Foreign Ministry … Armenia said the Foreign Ministry would reply": another state before it
        m.rule = "institution+earlier"
        m.attrs.update({k: ante.attrs[k] for k in ("id", "name", "country", "side", "period", "dated_by") if k in ante.attrs})
        m.attrs.update(how="earlier mention", antecedent=text[ante.start : ante.end])
        m.attrs["why"] = (
            f"'{text[m.start : m.end]}' after '{text[ante.start : ante.end]}', the only one the article tied to a country"
        )


def _noun_owner(text: str, mentions: list[ActorMention], start: int, noun: str) -> tuple[dict[str, Any], str] | None:
    """The actor a possessive noun points back to ('the regime's' after 'the separatist regime'): the last
    state, authority or armed body named before whose written name ends in that noun."""
    kinds = ("state", "de_facto_authority", "government", "armed_group", "armed_forces")
    for x in sorted((x for x in mentions if x.end <= start), key=lambda x: -x.end):
        words = fold(text[x.start : x.end]).split()
        if x.attrs.get("kind") in kinds and x.attrs.get("id") and words and words[-1] == noun:
            return actors().get(x.attrs["id"]) or x.attrs, text[x.start : x.end]
    return None


def _pronoun_owner(doc: Doc, mentions: list[ActorMention], start: int) -> tuple[dict[str, Any], str] | None:
    """The state or authority 'its' points back to: the subject of the sentence before (an actor mention
    there, a territory such as 'Somaliland', or a country's name); None when it is none of these."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.sent.start == 0:
        return None
    prev = doc[tok.sent.start - 1].sent
    subj = next((t for t in prev if t.dep_ == "nsubj" and t.head == prev.root), None)
    if subj is None:
        return None
    for x in mentions:
        if x.start <= subj.idx < x.end and x.attrs.get("kind") in ("state", "de_facto_authority"):
            return actors().get(x.attrs["id"]) or x.attrs, doc_text(doc)[x.start : x.end]
    aid = _territories().get(fold(subj.text)) or _capitals().get(fold(subj.text))
    if aid:
        return actors()[aid], subj.text
    c = _country_of(subj.text) if subj.text[:1].isupper() else None
    return (_state_attrs(c[0], c[1], None), subj.text) if c else None


def _tie_to_seat(doc: Doc, mentions: list[ActorMention], seat: str | None) -> None:
    """An institution written without its owner ('the foreign ministry said', 'Government spokesman …')
    in a report datelined in a de facto authority's capital ('LEFKOŞA', 'TSKHINVAL') is that
    authority's where the article names the authority itself at least twice; 'Eritrea, a government
    spokesman said' style sentences naming another country stay unsided (``sentence_alone``)."""
    loose = [m for m in mentions if m.rule == "institution" and m.attrs.get("country") is None]
    owner = dateline_owner(doc, mentions, None, seat) if loose else None
    if owner is None:
        return
    aid, auth = owner["id"], actors()[owner["id"]]
    for m in loose:
        inst = _institutions()[m.attrs["id"]]
        if inst["kind"] in ("head_of_state", "legislature"):
            continue
        if inst.get("sentence_alone") and _other_country_in_sentence(doc, m, auth.get("country") or ""):
            continue
        m.attrs.update(
            id=f"{aid}:{inst['key']}",
            name=f"{inst['name']} of {auth['name']}",
            country=auth.get("country"),
            side=auth.get("side"),
            owner=auth["name"],
            why=f"'{m.attrs['alias']}' written without an owner, {owner['why']}: theirs",
        )
        m.rule = "institution+seat"


def _other_country_in_sentence(doc: Doc, m: ActorMention, cc: str) -> bool:
    """The mention's sentence names a country (or its demonym) other than ``cc``."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return True
    return any((c := _country_of(t.text)) and c[0] != cc for t in span.sent if t.text[:1].isupper())


def _mark_undated(attrs: dict[str, Any]) -> None:
    """Where nothing dates the text (no publication date, time anchor or year in it) and the
    actor's side changed over time (Syria's government, army and ministries before and after
    8 December 2024, Afghanistan's before and after 15 August 2021, the RSF's before and after
    15 April 2023), the side given is the current one, which holds only for a recent text: say
    so with ``side_uncertain`` and list every period's side in ``side_candidates`` (oldest
    first). A name of one period ("Assad regime") is dated by the name and is not marked."""
    side = attrs.get("side")
    if not side or attrs.get("side_uncertain") or attrs.get("owner"):
        return  # 'the Taliban Ministry of Foreign Affairs' is the Taliban's in every period
    vs = _versions().get(attrs.get("id") or "", [])
    if len(vs) > 1 and attrs.get("dated_by") == NO_DATE:
        candidates = [{"side": v.get("side"), **_period(v)} for v in vs]
    else:  # a ministry or force the KB does not list, sided by its country ("Syria's foreign ministry")
        periods = _kb()["country_sides"].get(attrs.get("country") or "")
        if vs or not isinstance(periods, list) or side != periods[-1]["side"] or attrs.get("dated_by", NO_DATE) != NO_DATE:
            return  # a KB actor of one entry keeps its own side in every period ("the Taliban")
        candidates = [{"side": p["side"], **_period(p)} for p in periods]
        attrs["period"] = _period(periods[-1])
        attrs["dated_by"] = NO_DATE
    if len({c["side"] for c in candidates}) < 2:
        return
    earlier = ", ".join(f"{c['side']} until {c['until']}" for c in candidates if c.get("until"))
    attrs["side_uncertain"] = True
    attrs["side_candidates"] = candidates
    attrs["why"] = (
        f"{attrs.get('why', '')}; side uncertain: nothing dates the text, so {side} (its side now) is given, "
        f"which assumes a recent text; before: {earlier}"
    ).lstrip("; ")


def _raised(when: When | None, matches: list[tuple[int, int, list[Found]]]) -> When | None:
    """A text dated by the years it names was written on or after them: a name only a later
    period uses, with a word that presupposes the change (``period_marks``: "remnants of the
    former regime", "the Sharaa government" in a text whose latest year is 2000), shows it is of
    that period, so the date moves to that period's start (the last such start where there are
    several). Not "the interim government" or "Assad loyalists": words used before the change
    too (the opposition's Syrian Interim Government of 2013)."""
    if when is None or when.source != "text year" or when.date is None:
        return when
    best = (when.date, "")
    for _s, _e, found in matches:
        if len(found) != 1 or found[0][0].startswith("institution:"):
            continue
        aid, alias, _u = found[0]
        if not set(re.findall(r"\w+", fold(alias))) & set(_kb()["period_marks"]):
            continue
        having = [v for v in _versions().get(aid, []) if fold(alias) in {fold(n) for n, _x, _c in _names(v)}]
        start = having[0].get("from") if len(having) == 1 else None
        if start and dt.date.fromisoformat(start) > best[0]:
            best = (dt.date.fromisoformat(start), alias)
    if not best[1]:
        return when
    return When(best[0], "text year", when.basis, best[1])


def _two_sides_labels(found: list[Found], countries: Counter) -> bool:
    """'mercenaries' in a Ukraine report: Ukrainian usage for Wagner, Russian for the foreign
    volunteers — two sides' labels for two groups, equally supported by the article: whose
    usage it follows, and so who is meant, the words alone do not say."""
    if len(found) < 2 or not (found[0][2] and found[1][2]) or found[0][0] == found[1][0]:
        return False
    support = [sum(countries[c] for c in _need(cand) or ()) for cand in found[:2]]
    return support[0] == support[1] and found[0][2] != found[1][2]


def _forces_attrs(cc: str, cname: str, when: When | None, aid: str | None = None) -> dict[str, Any]:
    """The country's armed forces (``aid``, else ``_forces_of``): its KB entry for the article's
    date, else a generic one."""
    aid = aid or _forces_of(cc)
    if aid in _versions():
        return _attrs_of(aid, when) or {}
    return {"id": aid, "name": f"Armed forces of {cname}", "kind": "armed_forces", "country": cc, "side": _side(cc, when)}


def _state_attrs(cc: str, cname: str, when: When | None) -> dict[str, Any]:
    """The country's state: its KB entry for the article's date, else a generic one."""
    aid = _state_of_country().get(cc)
    if aid is not None:
        return _attrs_of(aid, when) or {}
    return {
        "id": f"{cc.lower()}:state",
        "name": f"{cname} (state/government)",
        "kind": "state",
        "country": cc,
        "side": _side(cc, when),
    }


def _forces_of(cc: str) -> str:
    """The KB entry for a country's armed forces ("il:idf"), else the generic id; a country
    without a side (Yemen) gets no KB entry's side ("Yemeni jets" may be either side's); a police
    force (Israel's Border Police) is never a country's army."""
    kb = {a["id"]: a for a in _kb()["actors"]}
    if f"{cc.lower()}:armed-forces" in kb:
        return f"{cc.lower()}:armed-forces"
    own = [a["id"] for a in _kb()["actors"] if a["kind"] == "armed_forces" and a.get("country") == cc and not a.get("police")]
    return own[0] if len(own) == 1 and _side(cc) else f"{cc.lower()}:armed-forces"


@cache
def _alternation(key: str) -> str:
    """A regex alternation of a KB word list, longest first ('military units' before 'units')."""
    return "|".join(sorted((re.escape(n) for n in _kb()[key]), key=len, reverse=True))


def _unit_mentions(doc: Doc) -> list[tuple[int, int, str, str, str]]:
    """'Russian artillery shelled …', 'struck by Israeli jets': a unit or weapon noun
    (``unit_nouns``) after a country's demonym, as the doer (subject or agent) — not 'bought
    Turkish drones', where the demonym says where the weapon was made."""
    text = doc_text(doc)
    nouns, mods = _alternation("unit_nouns"), _alternation("unit_premodifiers")
    out = []
    for m in re.finditer(rf"(?=\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:(?:{mods}) )?({nouns})\b(?![-']))", text):
        start, end = m.start(1), m.end(2)
        if _inside_a_name(text, start) or _stance_prefixed(text, start) or _used_by_another(text, start, end):
            continue
        if not any(e.kind == "demonym" for e in gazetteer.get().lookup(m.group(1))):
            continue
        c = _country_of(m.group(1))
        span = doc.char_span(start, end, alignment_mode="expand")
        if not c or span is None or not _doer(span[-1]):  # the noun: 'Russian' may head the span
            continue
        out.append((start, end, m.group(2), c[0], c[1]))
    # 'after a Ukrainian drone attack': the attack noun says who attacked, wherever the phrase stands
    mods, attacks = _alternation("weapon_modifiers"), _alternation("weapon_attacks")
    for m in re.finditer(rf"\b([A-Z][a-z]+) ({mods}) (?:{attacks})\b(?!-)", text):
        start, end = m.start(1), m.end(2)
        if any(s <= start < e for s, e, *_ in out) or _inside_a_name(text, start) or _stance_prefixed(text, start):
            continue
        if _used_by_another(text, start, end):
            continue
        if not any(e.kind == "demonym" for e in gazetteer.get().lookup(m.group(1))):
            continue
        c = _country_of(m.group(1))
        if c:
            out.append((start, end, f"{m.group(2)} attack", c[0], c[1]))
    return out


def _used_by_another(text: str, start: int, end: int) -> bool:
    """'Iranian drone attacks by Russia', 'a Turkish drone strike carried out by the Ethiopian air force',
    "Russia's Iranian drone attacks": the demonym names the weapon's maker where the phrase names its user
    (an agent 'by' right after it, or another owner's possessive right before it)."""
    after = (
        rf"(?:\s+(?:{_alternation('weapon_attacks')}))?\s+(?:(?:carried out|launched|conducted|flown|operated|used|fired)\s+)?"
        r"by\s+(?!night\b|day\b|sea\b|air\b|land\b|the\s+(?:dozens?|hundreds?|thousands?)\b)"
    )
    return bool(re.compile(after).match(text, end)) or bool(re.search(r"['’]s\s+$", text[max(0, start - 4) : start]))


def _doer(tok) -> bool:
    """The noun (or the attack noun it modifies: 'Russian artillery fire', not 'Russian
    helicopters exporter Rostec') is a subject or the agent of a passive ('hit by Israeli jets')."""
    while tok.dep_ == "compound":
        tok = tok.head
        if tok.dep_ != "compound" and tok.lemma_.lower() not in _kb()["unit_attack_nouns"]:
            return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent"


def _earlier_mentions(
    doc: Doc, mentions: list[ActorMention], free, home, when: When | None = None, scene: str | None = None
) -> list[ActorMention]:
    """'The Sudanese army shelled the market. The army said …': a definite generic noun
    (``generic_mentions``: army, militia, group, ministry, coalition …) names the one actor of
    that kind the article named before it. No link when two were named (two armies), when an
    organisation the KB does not know was named in between ('the group' after an NGO), or when
    the noun is part of a longer name ('the army chief', 'the ministry of health'). Nouns marked
    ``home`` ('the army', 'troops', 'the junta') without such an actor before them name the
    forces or government of the one country the article is about (``home``, called once). A bare
    plural ('soldiers', no 'the') after a foreign army in a story set in the dateline's country
    (``scene``), which has an army of its own, links to neither: two armies are in play."""
    text = doc_text(doc)
    table = _kb()["generic_mentions"]
    nouns = "|".join(sorted((re.escape(n) for n in table), key=len, reverse=True))
    out: list[ActorMention] = []
    other_sense: set[str] = set()  # nouns the article used of something else ('troops of actors')
    unknown_armies: list = []  # filled by the first home-noun check
    for m in re.finditer(rf"\b(?:([Tt]he) )?((?i:{nouns}))\b(?!-)", text):
        start, end, noun = m.start(2), m.end(2), m.group(2).lower()
        spec = table[noun]
        member = _member_noun(text, end, spec)  # 'the army units', 'army soldiers': the noun itself
        if member:
            end, spec = end + member, spec | {"bare": True}
        if re.match(rf"\s+(?:{_alternation('generic_of_words')})\b", text[end : end + 6]):
            if not member and not _of_a_country(text, end):
                other_sense.add(noun)  # 'the army of volunteers', 'the junta de vecinos'
            continue
        written = m.group(2)
        # 'the Army said' after 'the Indian Army', 'the Coast Guard' after 'the China Coast Guard': a name's
        # short form, linked only to that earlier name
        titled = all(w[:1].isupper() and w[1:] == w[1:].lower() for w in written.split())
        short_name = _definite(text, m, spec) and titled and m.group(1) is not None
        if not (_generic_form(text, m, spec) or short_name) or not free(m.start(), end) or _a_thing(text, end):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        modifier = not member and _modifies_a_noun(doc, span.root) if span is not None else False
        if span is None or (modifier and not _modifier_ok(doc, span, spec)):
            continue
        if not _definite(text, m, spec) and _qualified(span, compound_ok=modifier):
            if any(c.dep_ in ("compound", "poss") and c.i < span.start for c in span.root.children):
                other_sense.add(noun)  # 'Girl Scout troops … The troops raised $4,000'
            elif spec.get("bare") and (sent := _sent_by(doc, span, mentions + out, when)) is not None:
                out.append(ActorMention(start, end, "deployed-by", sent, 0.6))
            continue
        chain = [o for o in out if o.attrs.get("how") == "earlier mention"]  # 'Army soldiers … the army units'
        ante = _antecedent(doc, mentions + chain, start, noun, spec, out, scene) if spec.get("antecedent", True) else None
        if ante is not None and _acted_on_by(doc, span, ante):
            continue  # 'Armenian forces attack army positions': the army attacked is another side's
        if (
            ante is not None
            and not _definite(text, m, spec)
            and not spec.get("police")
            and _foreign_beside_home(text, ante, start, scene)
            and not _same_sentence(doc, ante.start, start)
        ):
            continue  # 'Rwandan troops … We want soldiers who leave their barracks' in a Mozambican story
        if short_name and (ante is None or not re.search(rf"\b{re.escape(written)}\b", text[ante.start : ante.end])):
            continue  # 'the Army' alone, or after 'Russian troops': a name ('the US Army'), not this noun
        if ante is not None:
            attrs = {
                k: ante.attrs.get(k) for k in ("id", "name", "kind", "country", "side", "period", "dated_by") if k in ante.attrs
            }
            attrs.update(
                alias=noun, how="earlier mention", antecedent=ante.attrs.get("antecedent") or text[ante.start : ante.end]
            )
            what = noun if spec.get("police") else attrs["kind"].replace("_", " ")
            attrs["why"] = f"'the {noun}' after '{attrs['antecedent']}', the only {what} the article named before"
            out.append(ActorMention(start, end, "earlier-mention", attrs, 0.6))
        elif (
            spec.get("home")
            and noun not in other_sense
            and (found := home())
            and _home_ok(mentions, found[0], spec)
            and not (spec["kind"] == "armed_forces" and _unknown_army_before(text, mentions, start, unknown_armies))
        ):
            out.append(_home_mention(doc, start, end, text[start:end], spec, found, when))
    return out


_ARMY_NAME = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+)+)Army\b")


def _unknown_army_before(text: str, mentions: list[ActorMention], start: int, cache: list) -> bool:
    """An armed group's name ending in 'Army' that the KB does not know ('the Kachin Independence Army', 'the New
    People's Army') written before ``start``: a later 'the army'/'troops' may be that group, not the country's
    forces (review leftover, session 19). A country's or demonym's army ('the Indian Army', 'the Myanmar Army',
    'the US Army') is no such name. ``cache`` holds the names' starts, found once per article."""
    if not cache:
        known = [(m.start, m.end) for m in mentions]
        starts = []
        for m in _ARMY_NAME.finditer(text):
            words = m.group(1).split()
            if words[0] in ("The", "the"):
                words = words[1:]
            lead = " ".join(words)
            if not words or _country_of(lead) or _country_of(words[-1]) or (lead.isupper() and len(lead) <= 3):
                continue  # 'Indian Army', "Myanmar's … Army" is owned; 'US Army'
            if any(a <= m.end(0) - 1 < b for a, b in known):
                continue  # a KB actor ('Arakan Army', 'West Papua National Liberation Army')
            starts.append(m.start(0))
        cache.append(starts)
    return any(s < start for s in cache[0])


def _sent_by(doc: Doc, span, known: list[ActorMention], when: When | None) -> dict[str, Any] | None:
    """'Russia sent 10,000 troops to the border', 'The military sent about 600 extra troops' (audit 19 G1 p3): a
    counted force noun that is the object of a deploying verb (actors.json ``deploy_verbs``) whose subject is a
    state, government or armed forces of one country is that country's forces. Not 'Rebels killed four soldiers'
    (no deploying verb), nor 'the UN sent troops' (no country)."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in _kb().get("deploy_verbs", ()):
        return None
    subjects = [c.idx for c in verb.children if c.dep_ == "nsubj"]  # 'MOSCOW (…) — Russia sent': the dateline too
    who = next(
        (
            m
            for m in known
            if any(m.start <= i < m.end for i in subjects)
            and m.attrs.get("kind") in ("state", "government", "armed_forces")
            and m.attrs.get("country")
        ),
        None,
    )
    if who is None:
        return None
    cc = who.attrs["country"]
    if who.attrs.get("kind") == "armed_forces":
        attrs = {k: who.attrs[k] for k in ("id", "name", "kind", "country", "side", "period", "dated_by") if k in who.attrs}
    else:
        attrs = _forces_attrs(cc, _country_name_of(cc) or cc, when)
    attrs.update(alias=span.text, how="deployed by")
    attrs["why"] = f"'{span.text}' {verb.text} by '{doc_text(doc)[who.start : who.end]}': its forces"
    return attrs


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` are in one sentence ('The Israeli military said soldiers had ...'), or
    ``b``'s sentence is the next one and opens with 'It'/'They' as the subject of its main verb ('It said
    the suspects … and that troops had fired warning shots': the army speaking again)."""
    from newsprism.nlp import token_at

    ta, tb = token_at(doc, a), token_at(doc, b)
    if ta is None or tb is None:
        return False
    sa, sb = ta.sent, tb.sent
    if "\n" in doc.text[a:b]:
        return False  # the parser runs a sentence over a paragraph break ('Gao.\n\nSoldiers killed …')
    if sa.start == sb.start:
        return True
    first = sb[0]
    if sb.start == sa.end and first.lower_ in ("it", "they") and first.dep_ == "nsubj" and first.head == sb.root:
        return True
    return _narrative_next(doc, sa, sb, tb)


def _narrative_next(doc: Doc, sa, sb, tb) -> bool:
    """The bare plural is the subject of the next sentence's own act, in the same paragraph, and that act
    answers nobody ('Russian troops shelled Kharkiv. Soldiers also fired on a bus': the same troops, review of
    the G11 rule, which lost them in Kyiv, Goma and Beirut stories); not a reply ('Pakistani troops fired …
    Troops responded', audit 11 k1: the home army) or a rescue, what befell them ('Soldiers died in the
    shelling': no object, no 'on'/'at'/'into'), a quotation, or a speech verb's content before which the
    speaker is named ('Residents said soldiers had looted')."""
    if (
        sb.start != sa.end
        or "\n" in doc.text[sa.end_char : sb.start_char]
        or any(q in doc.text[sb.start_char : tb.idx] for q in '"“')
    ):
        return False
    verb = tb.head
    if verb != sb.root and not (verb.dep_ in ("ccomp", "parataxis") and verb.head == sb.root and verb.i < sb.root.i):
        return False  # a speech verb's content is the outlet's only when the credit comes after ('…, police said')
    if tb.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() in _reply_verbs():
        return False
    # an act on something ('looted shops', 'fired on a bus'), not what befell them ('Soldiers died in the shelling')
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at", "into")) for c in verb.children)


@cache
def _reply_verbs() -> frozenset[str]:
    """Verbs of an answer to another side's act (actors.json ``reply_verbs``)."""
    return frozenset(_kb().get("reply_verbs", ()))


def _scene(dateline_country: str | None, place_countries: Counter | None) -> str | None:
    """The dateline's country where the article places more things in it than in any other country
    (a story from Pemba about Cabo Delgado, not a Washington story about Ukraine)."""
    if not dateline_country or not place_countries:
        return None
    top = place_countries.get(dateline_country, 0)
    return dateline_country if top and all(n < top for c, n in place_countries.items() if c != dateline_country) else None


def _foreign_beside_home(text: str, ante: ActorMention, start: int, scene: str | None) -> bool:
    """A bare plural ('soldiers', 'troops': no 'the', 'these', 'those') whose would-be antecedent is
    a foreign army ('Rwandan troops') in a story set in the dateline's country (``scene``,
    Mozambique) that has its own forces in the KB: the home army is in play too, so which army is
    meant is unsaid (audit 18 G11: 'We want soldiers who leave their barracks', '17 people it
    described as Christians and soldiers'). The caller keeps the link where the army is named in the
    same sentence ('The Israeli military said soldiers had ...') and for police nouns ('CCP coast guard')."""
    if not scene or ante.attrs.get("kind") != "armed_forces" or ante.attrs.get("country") in (None, scene):
        return False
    if re.search(r"(?i)\b(?:these|those|its|their|his|her)\s+$", text[max(0, start - 8) : start]):
        return False
    return f"{scene.lower()}:armed-forces" in actors()


def _acted_on_by(doc: Doc, span, ante: ActorMention) -> bool:
    """The mention is in the object of a verb whose subject is its would-be antecedent ('Armenian
    forces attack army positions', 'the militia shelled the army base'): what an actor acts on is
    not that actor. Coordination ('Russian troops and the army advanced') and reported clauses
    ('the militia said the army would …') do not count."""
    a = doc.char_span(ante.start, ante.end, alignment_mode="expand")
    if a is None or a.root.dep_ != "nsubj":
        return False
    verb, tok = a.root.head.i, span.root  # spaCy makes a new Token on each access: compare indices
    while tok.head.i != tok.i and tok.head.i != verb:
        if tok.i == a.root.i:
            return False
        tok = tok.head
    return tok.head.i == verb and tok.i != a.root.i and tok.dep_ in ("dobj", "prep", "dative", "attr", "oprd")


def _a_thing(text: str, end: int, kind: str = "armed_forces") -> bool:
    """'a Swiss army knife', 'army surplus boots', 'the navy blue jacket', 'Israeli army
    uniforms': a force's name before one of ``force_thing_words`` describes a thing, not the
    force."""
    if kind != "armed_forces":
        return False
    m = re.match(r"[ -]([a-z]+)\b", text[end : end + 20])
    return bool(m and m.group(1) in _kb()["force_thing_words"])


def _member_noun(text: str, end: int, spec: dict[str, Any]) -> int:
    """Length of ' units' in 'the army units' ('force_member_nouns' after a noun of kind
    armed_forces: the army as a modifier still names the army), else 0."""
    if spec["kind"] != "armed_forces":
        return 0
    m = re.match(rf" ({_alternation('force_member_nouns')})\b(?!-)", text[end : end + 30])
    return m.end() if m else 0


def _of_a_country(text: str, end: int) -> bool:
    """'the army of Sudan': the noun's 'of' names a country, not another kind of army."""
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text[end : end + 40])
    return bool(m and _country_of(m.group(1)))


def _generic_form(text: str, m: re.Match, spec: dict[str, Any]) -> bool:
    """The noun as a common noun: lower case after 'the' ('the Army' is a name), bare only where
    the noun allows it ('troops', 'soldiers'), capitalised then only opening a sentence."""
    written = m.group(2)
    if _definite(text, m, spec):
        return written == written.lower()
    if not spec.get("bare"):
        return False
    if written == written.lower():
        return True
    before = text[: m.start(2)].rstrip(" \t")
    return written[:1].isupper() and written[1:] == written[1:].lower() and (not before or before[-1] in ".!?:\"'“”\n")


def _definite(text: str, m: re.Match, spec: dict[str, Any]) -> bool:
    """'the junta', or with one of the noun's ``premodifiers`` between: 'the ruling junta', 'the
    military junta'."""
    if m.group(1):
        return True
    mods = "|".join(re.escape(w) for w in spec.get("premodifiers", []))
    return bool(mods) and bool(re.search(rf"\b[Tt]he (?:{mods}) $", text[max(0, m.start(2) - 30) : m.start(2)]))


def _qualified(span, compound_ok: bool = False) -> bool:
    """'three soldiers', 'foreign troops', 'rebel soldiers', 'three army soldiers': a bare noun
    with a word before it that says whose or how many is not plainly the country's forces.
    ``compound_ok``: the noun may modify the next one ('Coast guard spokesperson')."""
    tok = span.root
    before = span.doc[span.start - 1] if span.start else None  # 'the mongolian army unit', however parsed
    return (
        any(c.i < span.start for c in tok.children if c.dep_ != "det")
        or (tok.dep_ == "compound" and not compound_ok)
        or (before is not None and before.pos_ in ("ADJ", "NUM", "PROPN", "NOUN"))
    )


def _home_country(
    doc: Doc, mentions: list[ActorMention], dateline_country: str | None, place_countries: Counter | None = None
) -> tuple[str, str] | None:
    """(country, why) of a report plainly about one country: the only country it names (places,
    demonyms, capitals, actors), or its dateline's when every other country is named once and
    is no party (no state, force or group of it named); None otherwise."""
    own = _article_countries(doc)
    counts = own | (place_countries or Counter())  # the larger count: both may see one name
    counts.update(m.attrs["country"] for m in mentions if m.attrs.get("country") and m.attrs.get("kind") != "media")
    named = {c for c, n in counts.items() if n and c}
    placed = _placed_countries(doc, mentions) | set(place_countries or ())
    parties = {m.attrs.get("country") for m in mentions if m.attrs.get("kind") in PARTY_KINDS}
    if len(named) == 1:
        cc, why = next(iter(named)), "the only country the article names"
        # 'trenches near the village of Sotk … soldiers laying mines' (audit_claims a2): a country the article
        # names only through the place layer's towns and villages (no country name, demonym, capital, actor or
        # dateline of it) is where the story is, not whose soldiers they are — a border village's may be either side's
        if cc != dateline_country and not own[cc] and not any(m.attrs.get("country") == cc for m in mentions):
            return None
    elif dateline_country and counts[dateline_country] and all(counts[c] == 1 for c in named - {dateline_country}):
        cc, why = dateline_country, "the dateline's country; the others are named once each"
    else:
        return None
    if parties - {cc, None} or cc in _kb()["no_home_forces"] or cc not in placed:
        return None
    return cc, why


def _placed_countries(doc: Doc, mentions: list[ActorMention]) -> set[str]:
    """Countries named as a place (not only by a demonym) or by their state or forces: "destroyed
    the Saudi warship" in a Houthi report says whose the ship was, not where the report is; an
    armed group, peacekeepers or a coalition may fight abroad ("the Lebanese Hezbollah fighters"
    beside "the army soldiers" in Syria)."""
    out = {m.attrs["country"] for m in mentions if m.attrs.get("country") and m.attrs.get("kind") in PLACING_KINDS}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and not any(e.kind == "demonym" for e in gazetteer.get().lookup(ent.text)):
            c = _country_of(ent.text)
            cap = _capitals().get(fold(ent.text))
            out |= {c[0]} if c else ({actors()[cap].get("country")} if cap else set())
    return out


PLACING_KINDS = {"state", "government", "armed_forces", "de_facto_authority"}
PARTY_KINDS = {"state", "government", "armed_forces", "armed_group", "de_facto_authority", "peacekeepers", "coalition"}


def _home_ok(mentions: list[ActorMention], cc: str, spec: dict[str, Any]) -> bool:
    """No other actor of the kinds that could be meant ('troops' where peacekeepers or an armed
    group were named; 'the army' where a foreign force was) — only the country's own of the
    noun's kind. An insurgent group of ``fighter_groups`` (TPNPB, al-Shabaab) does not block a bare
    'soldiers'/'troops': its men are never called so (audit 19 G1)."""
    fighters = frozenset(_kb().get("fighter_groups", ())) if spec.get("bare") else frozenset()
    for m in mentions:
        kind = m.attrs.get("kind")
        if kind == "armed_group" and m.attrs.get("id") in fighters:
            continue
        if kind in spec.get("home_blocked_by", []) and not (kind == spec["kind"] and m.attrs.get("country") == cc):
            return False
    return True


def _country_name(doc: Doc, cc: str) -> str:
    """The country's name as the gazetteer has it, from a place or demonym the article names."""
    for ent in doc.ents:
        c = _country_of(ent.text) if ent.label_ in ("GPE", "NORP", "LOC") else None
        if c and c[0] == cc:
            return c[1]
    for tok in doc:  # 'Mali's ruling junta': the parser may tag no entity
        c = _country_of(tok.text) if tok.is_title else None
        if c and c[0] == cc:
            return c[1]
    return cc


def _home_mention(
    doc: Doc, start: int, end: int, written: str, spec: dict[str, Any], home: tuple[str, str], when: When | None
) -> ActorMention:
    cc, basis = home
    cname = _country_name(doc, cc)
    attrs = _state_attrs(cc, cname, when) if spec["kind"] == "state" else _forces_attrs(cc, cname, when)
    attrs.update(alias=written, how="article country")
    attrs["why"] = f"'{written}' in a report about {cname}: {basis}"
    return ActorMention(start, end, "article-country", attrs, 0.5)


def _unknown_org_between(doc: Doc, mentions: list[ActorMention], s: int, e: int, blockers: list[str]) -> bool:
    """An organisation the KB does not know between the antecedent and the generic noun: an ORG
    entity containing a blocker word ("Nigerian Army"), or with "*" any ORG entity or proper
    noun left without an entity ("Human Rights Watch … the group said")."""
    known = [(m.start, m.end) for m in mentions]

    def unknown(a: int, b: int) -> bool:
        return s <= a and b <= e and not any(ms <= a < me for ms, me in known)

    for ent in doc.ents:
        named = "*" in blockers or any(w in ent.text.lower() for w in blockers)
        if ent.label_ == "ORG" and named and unknown(ent.start_char, ent.end_char):
            return True
    if "*" not in blockers:
        return False
    return any(
        tok.pos_ == "PROPN"
        and not tok.ent_type_
        and tok.is_title
        and tok.i > tok.sent.start
        and unknown(tok.idx, tok.idx + len(tok))
        and not gazetteer.get().lookup(tok.text)  # a place the parser left untagged
        for tok in doc
    )


def _modifier_ok(doc: Doc, span, spec: dict[str, Any]) -> bool:
    """'Coast guard spokesperson Zhang', 'the coast guard vessels': the noun modifies one of its
    ``modifier_of`` nouns, whose speaker or thing is the actor's."""
    return span.end < len(doc) and doc[span.end].lower_ in spec.get("modifier_of", ())


def _modifies_a_noun(doc: Doc, tok) -> bool:
    """'the army chief', 'the group Hamas': the noun is part of a longer name or a modifier."""
    return tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("PROPN", "NOUN"))


def _antecedent(
    doc: Doc,
    mentions: list[ActorMention],
    start: int,
    noun: str,
    spec: dict[str, Any],
    known: list[ActorMention] | None = None,
    scene: str | None = None,
) -> ActorMention | None:
    """The one earlier actor of the noun's kind (armed forces counted by country: 'ISPR' and
    'the Pakistani army' are one army), or None. A unit noun ('Israeli warplanes') is no
    antecedent: it names a weapon, and the army it implies is the rule's guess. ``known``: generic
    mentions already linked ('Army soldiers', which the parser may tag as an organisation)."""
    before = [
        m
        for m in mentions
        if m.end <= start
        and m.attrs.get("kind") == spec["kind"]
        and (m.attrs.get("country") or m.attrs.get("side"))  # not an institution of no country
        and m.attrs.get("how") != "unit noun"
        and _police_ok(m, noun, spec)
    ]
    if not before:
        return None
    by_country = spec["kind"] == "armed_forces" and not spec.get("police")
    # a branch and its movement are one ('Islamic State Mozambique Province' and 'the Islamic State': 'the group')
    key = (
        (lambda m: m.attrs["country"])
        if by_country
        else (lambda m: actors().get(m.attrs["id"], {}).get("branch_of") or m.attrs["id"])
    )
    if len({key(m) for m in before}) != 1:
        return None
    main = [m for m in before if m.attrs["id"].endswith(":armed-forces")]
    ante = (main or before)[-1]
    forces = f"{str(ante.attrs.get('country') or '').lower()}:armed-forces"
    if (
        by_country
        and not main
        and noun in ("army", "military", "armed forces")
        and forces in actors()
        and not any("from" in a or "until" in a for a in _versions().get(forces, ()))
    ):
        if scene and ante.attrs.get("country") != scene and f"{scene.lower()}:armed-forces" in actors():
            # 'BAMAKO — … Soldiers and Africa Corps troops returned fire, the army said': a force abroad (Russia's
            # Africa Corps in Mali) is no 'army' of a story set in a country with its own — which one spoke is unsaid
            return None
        # 'A joint TNI-Polri task force … according to the military': the country's forces, not the task force
        ante = ActorMention(ante.start, ante.end, ante.rule, {**ante.attrs, **(_attrs_of(forces, None) or {})}, ante.score)
    last = max(m.end for m in before)
    if _unknown_org_between(doc, [*mentions, *(known or [])], last, start, spec["blocked_by"]):
        return None
    if spec.get("police") and _other_force_before(doc_text(doc), [*mentions, *(known or [])], start, noun):
        return None  # 'The Philippine Coast Guard and the China Coast Guard … The coast guard said': whose is unsaid
    if any(last <= m.start < start and m.attrs.get("kind") in spec.get("blocked_by_kinds", ()) for m in mentions):
        return None  # 'Hamas fired … Human Rights Watch condemned it. The group said': a rights group is a group too
    if re.search(rf"(?i)\b(?:an?|another)\s+(?:\w+\s+)?{re.escape(noun)}\b", doc_text(doc)[before[0].start : start]):
        return None  # 'attacked a militia group loyal to …': a new one of that kind came in between
    return ante


def _other_force_before(text: str, mentions: list[ActorMention], start: int, noun: str) -> bool:
    """The police noun ('coast guard') written anywhere before, outside every actor mention ('the
    Philippine Coast Guard', which the KB lacks, before or after the one it knows): another force of
    that name was named, so the one the KB knows is not the only one."""
    known = [(m.start, m.end) for m in mentions]
    return any(
        not any(s <= x.start() and x.end() <= e for s, e in known)
        for x in re.finditer(rf"(?i)\b{re.escape(noun)}\b", text[:start])
    )


def _police_ok(m: ActorMention, noun: str, spec: dict[str, Any]) -> bool:
    """'Kosovo Police' is no 'the army'; a police noun ('the coast guard') names only a police force
    whose KB names contain it ('China Coast Guard'), not 'Kosovo Police'."""
    entry = actors().get(m.attrs.get("id", "")) or {}
    if not spec.get("police"):
        return not entry.get("police")
    names = [entry.get("name", ""), *(a if isinstance(a, str) else a["alias"] for a in entry.get("aliases", ()))]
    return bool(entry.get("police")) and any(re.search(rf"(?i)\b{re.escape(noun)}\b", n) for n in names)


def _land_undergoing(root) -> bool:
    """'Cyprus has been divided since 1974', 'Cyprus remains divided': the island or territory undergoes
    what is done to land (``land_passive_verbs``), no government acts."""
    verbs = frozenset(_kb().get("land_passive_verbs", ()))
    if root.dep_ == "nsubjpass":
        return root.head.lemma_.lower() in verbs
    if root.dep_ == "nsubj" and root.head.lemma_ in ("be", "remain", "stay"):
        return any(c.dep_ in ("acomp", "oprd") and (c.lemma_.lower() in verbs or c.lower_ in verbs) for c in root.head.children)
    return False


def _in_longer_place_name(text: str, start: int, end: int) -> bool:
    """The country or capital is the first or last word of a longer KB place name written there
    ('Kosovo and Metohija', 'Republic of Kosovo' is not: that is the state's own name)."""
    from newsprism.geo import kb

    after = re.match(r"(?:\s+(?:and|of|[A-Z][\w'’-]*)){1,3}", text[end : end + 40])
    before = re.search(r"(?:[A-Z][\w'’-]*\s+){1,3}$", text[max(0, start - 40) : start])
    names = kb.place_aliases()
    if after:
        words = after.group(0).split()
        if any(fold(text[start:end] + " " + " ".join(words[:k])) in names for k in range(1, len(words) + 1)):
            return True
    if before:
        words = before.group(0).split()
        return any(fold(" ".join(words[-k:]) + " " + text[start:end]) in names for k in range(1, len(words) + 1))
    return False


def _inside_a_name(text: str, start: int) -> bool:
    """'Latin American military': a capitalised word right before, other than a sentence's
    first ('The Yemeni army'), makes the demonym part of a longer name."""
    m = re.search(r"([A-Z][a-z]+)[ -]$", text[max(0, start - 40) : start])
    if not m:
        return False
    before = text[: start - len(m.group(0))].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\"'“”\n"


def _owns_a_place(root) -> bool:
    """'Syria's Idlib province', 'Mogadishu's Hamar Weyne district', 'Syria's civil war',
    'Syria's Kurds': a possessive that locates a place, a war or a people is not the state acting."""
    if root.dep_ != "poss":
        return False
    head = root.head
    return head.lemma_.lower() in _kb()["possessed_place_nouns"] or head.ent_type_ in ("GPE", "LOC", "FAC", "NORP")


def _dateline(text: str, start: int, end: int) -> bool:
    """'Khartoum, Jun 15 (UNI) A feared unit …', 'ABUJA, Nigeria - The army said …': a city
    opening a line before a comma, or a country after an all-capitals city there, is a
    dateline, not the government speaking."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip():
        return text[end : end + 1] == ","
    return bool(re.fullmatch(r"[A-Z][A-Z.'’ /-]+,\s*", before)) and bool(re.match(r"\s*(?:[-–—(,]|$)", text[end : end + 3]))


# a ministry summons a foreign envoy in its own capital
SUMMONED_IN = re.compile(
    r"[^.;\n]{0,30}?\b(?:summoned|summons|summoning|had summoned|recalled|expelled)\s+(?:the\s+)?[^.;\n]{0,40}?"
    r"(?:ambassador|envoy|charg[eé]s?\s+d['’]affaires|high\s+commissioner|deputy\s+high\s+commissioner|diplomats?|consul)"
    r"\w*(?:\s+to\s+(?:the\s+)?[A-Z][\w ]{0,30}?)?\s+in\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b"
)


def _owner_before(before: str) -> tuple[str, str, int] | None:
    """ "The Polisario's Ministry of Defence", "the SADR Ministry of Defence": a known non-state actor
    (an armed group or de facto authority) named right before an institution owns it. (Its id, the
    words, their offset in ``before``.)"""
    m = re.search(r"(?:\b[Tt]he\s+)?((?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)(?:['’]s)?\s+$", before)
    if not m:
        return None
    found = _aliases().get(fold(m.group(1))) or []
    for aid, alias, _used in found:
        a = actors().get(aid) or {}
        if a.get("kind") in ("armed_group", "de_facto_authority") and _case_ok(alias, m.group(1)):
            return aid, m.group(1), m.start()
    land = _territories().get(fold(m.group(1)))  # "Somaliland's defence ministry": the land its authority governs
    return (land, m.group(1), m.start()) if land and m.group(1)[:1].isupper() else None


def _owner_after(after: str, doc: Doc) -> tuple[str, str, int] | None:
    """ "the Ministry of Foreign Affairs of the Republic of South Ossetia", 'the so-called "border
    guards" of the occupation regime': a de facto authority or armed group named in an "of" phrase
    right after an institution owns it (longest name first; a label the article's context supports,
    as for the label itself)."""
    m = re.match(r"[\"\u201d]?\s+of\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,4})", after)
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        found = [
            x
            for x in _aliases().get(fold(name)) or []
            if (actors().get(x[0]) or {}).get("kind") in ("armed_group", "de_facto_authority") and _case_ok(x[1], name)
        ]
        if _needs_context(found):
            counts = _article_countries(doc) + _context_word_counts(doc_text(doc), [(0, 0, found)])
            found = _by_context(found, counts)
        if found:
            return found[0][0], name, m.start(1)
    return None


def _country_name_of(cc: str) -> str | None:
    return _country_names().get(cc)


@cache
def _country_names() -> dict[str, str]:
    """ISO code -> the gazetteer's country name."""
    from newsprism.geo.build import KINDS

    g = gazetteer.get()
    k = KINDS.index("country")
    return {g.cc_list[g.cc[r]]: g.name_of(r) for r in range(len(g)) if g.kind[r] == k}


def _institution(doc: Doc, start: int, end: int, iid: str, when: When | None = None) -> ActorMention | None:
    """A generic institution, tied to the country named next to it (or left without one)."""
    text = doc_text(doc)
    inst = _institutions()[iid]
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    country = None
    how_tied = ""
    s2, e2 = start, end
    m = re.search(r"(?:\b[Tt]he\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:['’]s)?\s+$", before)
    cap = re.search(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+$", before)
    seat = (actors().get(_capitals().get(fold(cap.group(1)), "")) or {}).get("country") if cap else None
    if m and (c := _country_of(m.group(1))):
        country, s2 = c, start - len(before) + m.start(1)
    elif cap and seat and (actors().get(_capitals()[fold(cap.group(1))]) or {}).get("kind") == "state":
        # "Moscow's foreign ministry" in a KYIV report: the capital's state, not the dateline's (audit 19 G4)
        country, s2 = (seat, _country_name_of(seat) or seat), start - len(before) + cap.start(1)
        how_tied = f"'{cap.group(1)}'s' before it: the capital of {country[1]}"
    else:
        m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)", after)
        if m and (c := _country_of(m.group(1))):
            country, e2 = c, end + m.end(1)
    owner = None
    if country is None:
        owner = _owner_before(before) or _owner_after(after, doc)
        if owner is None:
            m = re.search(r"\b[Ii]n ([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s+(?:the\s+)?$", before)  # 'In Rabat, the foreign ministry'
            aid = _capitals().get(fold(m.group(1))) if m else None
            cc = (actors().get(aid) or {}).get("country") if aid else None
            if cc:
                country = (cc, _country_name_of(cc) or cc)
                how_tied = f"'In {m.group(1)},' before it: the capital of {country[1]}"
        if country is None:  # 'The Foreign Office summoned the Indian charge d'affaires in Islamabad'
            m = SUMMONED_IN.match(text, end)
            aid = _capitals().get(fold(m.group(1))) if m else None
            cc = (actors().get(aid) or {}).get("country") if aid else None
            if cc:
                country = (cc, _country_name_of(cc) or cc)
                how_tied = f"it summoned an envoy in {m.group(1)}, the capital of {country[1]}"
    if owner is not None:
        aid, oname, _ = owner
        a = actors()[aid]
        attrs = {
            "id": f"{aid}:{inst['key']}",
            "name": f"{inst['name']} of {a['name']}",
            "kind": inst["kind"],
            "country": a.get("country"),
            "side": a.get("side"),
            "alias": text[start:end],
            "owner": oname,
            "why": f"'{text[start:end]}' of '{oname}', a known actor written next to it",
        }
        return ActorMention(start, end, "institution+actor", attrs, 0.8)
    if inst["kind"] in ("head_of_state", "legislature") and country is None:
        return None
    written = text[s2:e2]
    if country:
        cc, cname = country
        attrs = {
            "id": f"{cc.lower()}:{inst['key']}",
            "name": f"{inst['name']} of {cname}",
            "kind": inst["kind"],
            "country": cc,
            "side": _side(cc, when),
            "alias": written,
        }
        attrs["why"] = f"'{text[start:end]}' tied to {cname} by the words next to it"
        if how_tied:
            attrs["why"] = f"'{text[start:end]}' tied to {cname}: {how_tied}"
        return ActorMention(s2, e2, "institution+country", attrs, 0.85)
    attrs = {"id": iid, "name": inst["name"], "kind": inst["kind"], "country": None, "side": None, "alias": written}
    attrs["why"] = f"'{written}' is an institution, but the article does not say of which country here"
    return ActorMention(s2, e2, "institution", attrs, 0.5)
