"""Find place mentions in a parsed article and resolve each to a gazetteer or KB entry.

Mentions come from four finders, merged longest-first without overlaps:
  1. the curated KB aliases (case/diacritic-insensitive; "Khakari Bridge", "Karabakh" are
     found even where spaCy's small model tags them PERSON),
  2. spaCy NER spans labelled GPE/LOC/FAC/NORP (NORP only when a demonym list names a country),
  3. a gazetteer phrase matcher over capitalised word sequences, kept only with support:
     a country/state/continent, a big city, a locative preposition before it, a
     "Town, State" pattern, or the same name resolved elsewhere in the article,
  4. street/road patterns ("Main Street", "Highway 19") and compounds ("Lachin-Khankendi
     road" -> the road and both towns).
Resolution ranks candidates: KB before GeoNames, then a prior (kind, population, main name)
plus context (countries and US states named in the article, an adjacent "Town, State",
one sense per discourse).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from newsprism.geo import gazetteer, kb
from newsprism.geo.gazetteer import Entry
from newsprism.geo.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOCATIVE = {
    "in",
    "at",
    "near",
    "from",
    "to",
    "into",
    "outside",
    "across",
    "towards",
    "toward",
    "around",
    "through",
    "via",
    "of",
    "within",
    "between",
    "and",
}
STRONG_LOCATIVE = {"in", "at", "near", "outside", "towards", "toward", "into", "through", "via", "across"}
CONNECTORS = {
    "of",
    "de",
    "del",
    "la",
    "le",
    "upon",
    "on",
    "the",
    "al",
    "el",
    "es",
    "du",
    "des",
    "am",
    "sur",
    "-",
    "and",
    "da",
    "do",
    "dos",
}
STREET = (
    r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Drive|Dr\.|Highway|Hwy\.|Lane|Ln\.|Parkway|Pkwy\.|Pike|"
    r"Trail|Square|Terrace|Bridge|Expressway|Freeway|Turnpike"
)
STREET_RE = re.compile(rf"\b(?:[NSEW]\. )?(?:[A-Z][\w'’.-]*|\d+(?:st|nd|rd|th))(?: [A-Z][\w'’.-]*){{0,3}} (?:{STREET})(?=\W|$)")
ROUTE_RE = re.compile(
    r"\b(?:Interstate|Highway|Route|State Route|County Road|U\.S\. Highway|U\.S\. Route|US|I|SR|KY|FM)[ -]\d{1,4}[A-Z]?\b"
)
COMPOUND_RE = re.compile(r"\b([A-Z][\w'’]+)[-–]([A-Z][\w'’]+) (road|highway|railway|motorway|pipeline|corridor|route)\b")
COMMA_CONTEXT = re.compile(r"^,\s*((?:[A-Z][a-z]*\.\s?){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
POSSESSIVE_RE = re.compile(r"([A-Z][\w-]+)['’]s\s+$")
STOP_WORDS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "we",
    "they",
    "i",
    "you",
    "his",
    "her",
    "its",
    "our",
    "their",
    "my",
    "your",
    "in",
    "on",
    "at",
    "of",
    "for",
    "by",
    "with",
    "and",
    "but",
    "or",
    "as",
    "if",
    "so",
    "to",
    "from",
    "is",
    "was",
    "be",
    "are",
    "were",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "not",
    "all",
    "one",
    "two",
    "new",
    "said",
    "says",
    "will",
    "may",
    "can",
    "police",
    "sheriff",
    "county",
    "city",
    "state",
    "university",
    "college",
    "school",
    "church",
    "president",
    "governor",
    "mayor",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "god",
    "love",
    "hope",
    "victoria",
    "union",
    "western",
    "eastern",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "central",
}
KIND_PRIOR = {"country": 6.0, "continent": 5.5, "admin1": 4.0, "admin2": 2.5, "city": 0.0, "demonym": 6.0}


@dataclass
class Candidate:
    start: int
    end: int
    how: str  # kb | ner:GPE | gazetteer | street | route | compound | part
    kb_ids: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    ner: str | None = None
    role: str | None = None
    support: list[str] = field(default_factory=list)
    chosen: dict[str, Any] | None = None


@dataclass
class Mention:
    """A resolved (or deliberately unresolved) place mention with everything the span needs."""

    start: int
    end: int
    label: str  # toponym | demonym
    rule: str
    attrs: dict[str, Any]
    score: float


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading 'the', a trailing possessive and punctuation from a span."""
    s = text[start:end]
    m = re.match(r"(?i)the\s+", s)
    if m:
        start += m.end()
    s = text[start:end]
    m = re.search(r"(['’]s|['’])$", s)
    if m:
        end -= len(m.group(0))
    if end - start > 2 and text[end - 1] == "." and text[end - 2].islower():
        end -= 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper()


def _kb_matches(doc: Doc) -> list[Candidate]:
    aliases = kb.place_aliases()
    max_len = 8
    out = []
    toks = list(doc)
    text = doc.text
    firsts = kb.alias_first_words()
    i = 0
    while i < len(toks):
        best = None
        if not toks[i].text[:1].isalnum() or fold(toks[i].text) not in firsts:
            i += 1
            continue
        for j in range(min(len(toks), i + max_len), i, -1):
            if not toks[j - 1].text[-1:].isalnum() or toks[j - 1].is_space:
                continue
            start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1].text)
            key = fold(text[start:end])
            ids = aliases.get(key)
            if not ids:
                continue
            written = text[start:end]
            alias_caps = [
                a for pid in ids for a in [kb.places()[pid]["name"], *kb.places()[pid].get("aliases", [])] if fold(a) == key
            ]
            if (
                any(a[:1].isupper() for a in alias_caps)
                and not any(a[:1].islower() for a in alias_caps)
                and not written[:1].isupper()
            ):
                continue
            best = Candidate(start, end, "kb", kb_ids=ids)
            break
        if best:
            out.append(best)
            while i < len(toks) and toks[i].idx < best.end:
                i += 1
        else:
            i += 1
    return out


def _gazetteer_matches(doc: Doc, gaz: gazetteer.Gazetteer) -> list[Candidate]:
    toks = list(doc)
    text = doc.text
    sent_starts = {s.start for s in doc.sents} if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else set()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not _is_cap(t) or not t.text[:1].isalpha():
            i += 1
            continue
        best = None
        for j in range(min(len(toks), i + 5), i, -1):
            last = toks[j - 1]
            if not _is_cap(last) and last.text not in (".",):
                continue
            inner = toks[i:j]
            if any(not (_is_cap(x) or x.text.lower() in CONNECTORS or x.text in (".", "'", "’")) for x in inner):
                continue
            if any(x.i in sent_starts and k > 0 for k, x in enumerate(inner)):
                continue
            start, end = t.idx, last.idx + len(last.text)
            written = text[start:end]
            if written.lower() in STOP_WORDS:
                continue
            entries = tuple(e for e in gaz.lookup(written) if e.main_name or len(written) >= 4)
            if entries:
                best = Candidate(start, end, "gazetteer", entries=entries)
                break
        if best:
            out.append(best)
            while i < len(toks) and toks[i].idx < best.end:
                i += 1
        else:
            i += 1
    return out


def _ner_candidates(doc: Doc, gaz: gazetteer.Gazetteer) -> list[Candidate]:
    out = []
    text = doc.text
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC", "NORP"):
            continue
        start, end = _strip(text, ent.start_char, ent.end_char)
        if end <= start:
            continue
        entries = gaz.lookup(text[start:end])
        if ent.label_ == "NORP":
            entries = tuple(e for e in entries if e.kind == "demonym")
            if not entries:
                continue
        elif ent.label_ == "FAC" and not entries:
            continue
        out.append(Candidate(start, end, f"ner:{ent.label_}", entries=entries, ner=ent.label_))
    return out


def _street_candidates(text: str) -> list[Candidate]:
    out = []
    for m in STREET_RE.finditer(text):
        first = m.group(0).split()[0]
        if first in ("The", "A", "An", "In", "On", "At"):
            continue
        out.append(Candidate(m.start(), m.end(), "street"))
    for m in ROUTE_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "route"))
    return out


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(groups: list[list[Candidate]]) -> list[Candidate]:
    """Earlier groups win; within the merge, longer spans win over shorter overlapping ones."""
    chosen: list[Candidate] = []
    for group in groups:
        for c in sorted(group, key=lambda c: (-(c.end - c.start), c.start)):
            clash = [o for o in chosen if _overlaps(o, c)]
            if not clash:
                chosen.append(c)
            elif all(o.how.startswith("ner") and c.how == "gazetteer" and c.start <= o.start and c.end >= o.end for o in clash):
                for o in clash:
                    chosen.remove(o)
                c.ner = clash[0].ner
                chosen.append(c)
            else:
                for o in clash:  # a gazetteer match inside an NER place span supports it
                    if c.how == "gazetteer" and o.how.startswith("ner") and (o.start, o.end) == (c.start, c.end):
                        o.support.append("gazetteer")
    return sorted(chosen, key=lambda c: c.start)


def _token_at(doc: Doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _prior(e: Entry) -> float:
    if e.kind == "city":
        p = math.log10(e.population + 10) - 2.0
    else:
        p = KIND_PRIOR.get(e.kind, 0.0)
        if e.kind == "admin1":
            p = 3.5 if e.country == "US" else 2.0
    if e.lat is None:
        p -= 2.0
    return p + (0.8 if e.main_name else 0.0)


def _kb_attrs(pid: str, written: str) -> dict[str, Any]:
    p = kb.places()[pid]
    attrs: dict[str, Any] = {
        "id": pid,
        "name": p["name"],
        "lat": p.get("lat"),
        "lon": p.get("lon"),
        "country": p.get("country") or None,
        "kind": p["kind"],
        "contested": bool(p.get("contested")),
        "geonameid": p.get("geonameid"),
    }
    entity = p.get("naming")
    if entity:
        use = kb.name_use(entity, written)
        attrs["naming_entity"] = entity
        attrs["convention"] = "shared" if use is None or use.shared else "/".join(use.conventions)
        attrs["other_names"] = kb.other_names(entity, written)
    else:
        attrs["convention"] = None
        attrs["other_names"] = [a for a in p.get("aliases", []) if fold(a) != fold(written)][:6]
    if p.get("precision_km"):
        attrs["precision_km"] = p["precision_km"]
    return attrs


def _entry_attrs(e: Entry) -> dict[str, Any]:
    return {
        "id": f"geonames:{e.gid}" if e.gid else f"derived:{fold(e.name).replace(' ', '-')}:{e.country}",
        "name": e.name,
        "lat": e.lat,
        "lon": e.lon,
        "country": e.country or None,
        "kind": e.kind,
        "contested": False,
        "geonameid": e.gid,
        "admin1": e.admin1 or None,
        "convention": None,
        "other_names": [],
    }


def link(doc: Doc) -> list[Mention]:
    """All place mentions of the article, resolved."""
    gaz = gazetteer.get()
    text = doc.text
    kb_c = _kb_matches(doc)
    ner_c = _ner_candidates(doc, gaz)
    gaz_c = _gazetteer_matches(doc, gaz)
    street_c = _street_candidates(text)
    cands = _merge([kb_c, street_c, ner_c, gaz_c])
    persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("PERSON",)]
    orgs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG",)]

    # evidence from the article: countries and US states named outright
    doc_cc: dict[str, float] = {}
    doc_admin1: dict[str, float] = {}
    for c in cands:
        if c.how == "kb":
            cc = kb.places()[c.kb_ids[0]].get("country")
            if cc:
                doc_cc[cc] = doc_cc.get(cc, 0) + 1
            continue
        tops = sorted(c.entries, key=_prior, reverse=True)[:1]
        for e in tops:
            if e.kind in ("country", "demonym"):
                doc_cc[e.country] = doc_cc.get(e.country, 0) + 1
            elif e.kind == "admin1" and e.country == "US":
                doc_admin1[e.admin1] = doc_admin1.get(e.admin1, 0) + 1
                doc_cc["US"] = doc_cc.get("US", 0) + 0.5
            elif e.kind == "city" and e.population > 500_000:
                doc_cc[e.country] = doc_cc.get(e.country, 0) + 0.3

    mentions: list[Mention] = []
    resolved_names: dict[str, dict[str, Any]] = {}
    pending: list[tuple[Candidate, str, list[str]]] = []
    for c in cands:
        written = text[c.start : c.end]
        why: list[str] = []
        if c.how == "kb":
            pending.append((c, "kb-alias", [f"curated knowledge base alias '{written}'"]))
            continue
        if c.how in ("street", "route"):
            pending.append((c, c.how, ["street/road name pattern"]))
            continue
        # context signals
        before = text[max(0, c.start - 40) : c.start]
        prev_word = re.findall(r"([A-Za-z]+)\W*$", before)
        prev = prev_word[0].lower() if prev_word else ""
        after = text[c.end : c.end + 30]
        comma = COMMA_CONTEXT.match(after)
        comma_entries = gaz.lookup(comma.group(1).strip()) if comma else ()
        comma_entries = tuple(e for e in comma_entries if e.kind in ("admin1", "country"))
        in_person = any(s <= c.start and c.end <= e for s, e in persons)
        in_org = any(s <= c.start and c.end <= e for s, e in orgs)
        tok = _token_at(doc, c.start)
        dateline = tok is not None and written.isupper() and len(written) > 2 and (c.start == 0 or text[c.start - 1] == "\n")
        if not c.entries:
            if c.ner in ("GPE", "LOC") and not in_person:
                pending.append((c, f"ner-{c.ner}-unresolved", [f"spaCy labels it {c.ner}; no gazetteer entry"]))
            continue
        best_prior = max(_prior(e) for e in c.entries)
        strong_kind = any(e.kind in ("country", "admin1", "continent", "demonym") and e.main_name for e in c.entries)
        support = []
        if c.ner in ("GPE", "LOC", "FAC"):
            support.append(f"spaCy labels it {c.ner}")
        if c.ner == "NORP":
            support.append("demonym of a country")
        if comma_entries:
            support.append(f"followed by ', {comma.group(1).strip()}'")
        if prev in STRONG_LOCATIVE:
            support.append(f"after the preposition '{prev}'")
        if dateline:
            support.append("dateline")
        if c.how == "gazetteer" and not c.ner:
            ok = bool(comma_entries or dateline)
            if not ok and strong_kind and not in_person:
                ok = True
                support.append("a country/state/continent name")
            if not ok and prev in STRONG_LOCATIVE and not in_person and tok is not None and tok.pos_ == "PROPN":
                ok = True
            if not ok and in_org and not _org_head(doc, c.start, orgs):
                pending.append((c, "defer", support))
                continue
            if not ok and best_prior >= 3.8 and not in_person and tok is not None and tok.pos_ == "PROPN":
                ok = True
                support.append("a large city")
            if not ok and in_org and best_prior >= 1.5 and _org_head(doc, c.start, orgs) and not _in_outlet(text, orgs, c.start):
                ok = True
                support.append("place name opening an organisation name")
            if not ok:
                pending.append((c, "defer", support))
                continue
        pending.append((c, "gazetteer", support))

    # one sense per discourse: a deferred match is kept when the same name was accepted elsewhere
    accepted_keys = {fold(text[c.start : c.end]) for c, how, _ in pending if how not in ("defer",)}
    for c, how, why in pending:
        written = text[c.start : c.end]
        if how == "defer":
            if fold(written) not in accepted_keys:
                continue
            why = [*why, "the same name is a place elsewhere in the article"]
            how = "gazetteer"
        if how == "kb-alias":
            pid = c.kb_ids[0]
            attrs = _kb_attrs(pid, written)
            score = 0.95
            rule = "kb"
        elif how in ("street", "route") or how.endswith("-unresolved"):
            attrs = {
                "id": None,
                "name": written,
                "lat": None,
                "lon": None,
                "country": None,
                "kind": "street" if how in ("street", "route") else "unknown",
                "contested": False,
                "geonameid": None,
                "convention": None,
                "other_names": [],
            }
            score = 0.5
            rule = how
        else:
            key = fold(written)
            if key in resolved_names:
                attrs = dict(resolved_names[key])
                why = [*why, "same resolution as the earlier mention"]
                score = attrs.pop("_score")
            else:
                after = text[c.end : c.end + 30]
                comma = COMMA_CONTEXT.match(after)
                comma_entries = gaz.lookup(comma.group(1).strip()) if comma else ()
                best, score, reason = _resolve(c.entries, doc_cc, doc_admin1, comma_entries)
                attrs = _entry_attrs(best)
                why = [*why, reason]
                resolved_names[key] = {**attrs, "_score": score}
            rule = "gazetteer" if c.how == "gazetteer" else f"ner+gazetteer:{c.ner}"
        label = "demonym" if attrs.get("kind") == "demonym" else "toponym"
        if label == "demonym":
            attrs["kind"] = "country"
        poss = POSSESSIVE_RE.search(text[max(0, c.start - 40) : c.start])
        if poss and gaz.lookup(poss.group(1)) and any(e.kind == "country" for e in gaz.lookup(poss.group(1))):
            attrs["possessive"] = poss.group(1)
            why.append(f"written as {poss.group(1)}'s {written}")
        attrs["why"] = "; ".join(dict.fromkeys(why)) or "gazetteer match"
        mentions.append(Mention(c.start, c.end, label, rule, attrs, round(float(score), 3)))
    mentions.extend(_compounds(text, mentions, gaz))
    outlets = _outlet_ranges(text)
    for m in mentions:
        if any(s <= m.start and m.end <= e for s, e in outlets):
            m.attrs["role"] = "in-outlet-name"
            m.attrs["why"] += "; part of a news outlet's name"
    return sorted(mentions, key=lambda m: (m.start, -m.end))


def _outlet_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for name in _outlet_names_cased():
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            out.append((m.start(), m.end()))
    return out


@cache
def _outlet_names_cased() -> tuple[str, ...]:
    from newsprism.resources import load_json

    return tuple(
        sorted({a for o in load_json("outlets.json")["outlets"] for a in [o["name"], *o["aliases"]] if len(a) > 3 and " " in a})
    )


def _in_outlet(text: str, orgs: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e and fold(text[s:e]) in _outlet_names() for s, e in orgs)


@cache
def _outlet_names() -> frozenset[str]:
    """Outlet names (the meta layer's data/outlets.json): a place word opening them is not a place."""
    from newsprism.resources import load_json

    return frozenset(fold(a) for o in load_json("outlets.json")["outlets"] for a in [o["name"], *o["aliases"]])


def _org_head(doc: Doc, start: int, orgs: list[tuple[int, int]]) -> bool:
    return any(s == start for s, _ in orgs)


def _resolve(entries, doc_cc, doc_admin1, comma_entries) -> tuple[Entry, float, str]:
    scored = []
    comma_admin = {(e.country, e.admin1) for e in comma_entries if e.kind == "admin1"}
    comma_cc = {e.country for e in comma_entries if e.kind == "country"}
    for e in entries:
        s = _prior(e)
        notes = []
        if (e.country, e.admin1) in comma_admin or e.country in comma_cc:
            s += 8.0
            notes.append("matches the state/country written after it")
        if e.country and doc_cc.get(e.country):
            s += min(3.0, 1.2 * doc_cc[e.country])
            notes.append(f"country {e.country} named in the article")
        if e.kind in ("city", "admin2") and e.country == "US" and doc_admin1.get(e.admin1):
            s += min(4.0, 2.0 * doc_admin1[e.admin1])
            notes.append(f"state {e.admin1} named in the article")
        scored.append((s, e, notes))
    scored.sort(key=lambda x: -x[0])
    s, e, notes = scored[0]
    margin = s - scored[1][0] if len(scored) > 1 else 5.0
    conf = 1 / (1 + math.exp(-(margin - 0.5)))
    what = f"{e.kind} {e.name} ({e.country or 'no country'}{', ' + e.admin1 if e.kind == 'city' and e.admin1 else ''}, pop {e.population:,})"
    reason = f"resolved to {what} among {len(entries)} candidates" + (
        f": {', '.join(notes)}" if notes else ": population and kind prior"
    )
    return e, round(0.5 + 0.5 * conf, 3), reason


def _compounds(text: str, mentions: list[Mention], gaz) -> list[Mention]:
    """'X-Y road' -> the road (KB when curated, else derived) and both named places."""
    out = []
    for m in COMPOUND_RE.finditer(text):
        span = (m.start(), m.end())
        covering = [x for x in mentions if x.start <= span[0] and x.end >= span[1] and x.rule == "kb"]
        parts = []
        for g in (1, 2):
            s, e = m.start(g), m.end(g)
            if any(x.start <= s and e <= x.end and x.rule != "kb" for x in mentions):
                continue
            kb_ids = kb.place_aliases().get(fold(m.group(g)))
            if kb_ids:
                attrs = _kb_attrs(kb_ids[0], m.group(g))
            else:
                entries = gaz.lookup(m.group(g))
                if not entries:
                    continue
                best, _, _ = _resolve(entries, {}, {}, ())
                attrs = _entry_attrs(best)
            attrs["role"] = "part-of-compound"
            attrs["why"] = f"named end of '{m.group(0)}'"
            parts.append(Mention(s, e, "toponym", "compound-part", attrs, 0.8))
        if not covering and len(parts) == 2:
            a, b = parts[0].attrs, parts[1].attrs
            lat = (a["lat"] + b["lat"]) / 2 if a.get("lat") is not None and b.get("lat") is not None else None
            lon = (a["lon"] + b["lon"]) / 2 if a.get("lon") is not None and b.get("lon") is not None else None
            road = {
                "id": f"derived:{m.group(3)}:{fold(m.group(1))}-{fold(m.group(2))}",
                "name": m.group(0),
                "lat": lat,
                "lon": lon,
                "country": a.get("country"),
                "kind": m.group(3),
                "contested": False,
                "geonameid": None,
                "convention": None,
                "other_names": [],
                "why": f"{m.group(3)} named after the places at its ends; point is their midpoint",
            }
            out.append(Mention(m.start(), m.end(), "toponym", "compound", road, 0.6))
        out.extend(parts)
    return out
