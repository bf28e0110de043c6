"""Who published it and from where: outlet self-attributions and datelines.

Recognises "Source: TREND News Agency", "…, Trend reports.", "(Reuters) -", and
datelines such as "MOSCOW, July 18 (TASS) —", "Baku, Azerbaijan, Sept. 6", the Indian wires'
"Srinagar, Oct 12 (PTI) A woman …", the Pakistani press's "MUZAFFARABAD: Three …", the Balkan and
Caucasian "PRISHTINË, 23.11.2026 –" and "25.11.2026, Tbilisi (Interpressnews) —", an agency
between slashes ("PRISTINA, Kosovo, Nov. 23, 2026 /Meridian Wire/ --"), two qualifiers ("MEKELLE,
Tigray, Ethiopia, Nov. 24, 2026"), "Nablus, occupied West Bank, 26-11-2026 (Al-Karama Voice):" and
"GAZA CITY — …". Found outlets
fill ``article.outlet`` when the caller did not give one, and a header line's publication date
("Published: 24 November 2026", ``published_line``) fills ``article.published``; the evidence
stays as spans.
The outlet list is data (``data/outlets.json``); the patterns are the algorithm.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.geo import gazetteer, kb
from newsprism.geo.linker import DATELINE_OUTLET, names_a_region
from newsprism.geo.normalize import fold
from newsprism.layers import published_line
from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis
from newsprism.resources import load_json

_MONTH = published_line.MONTH
# day.month.year as the Balkan and Caucasian press write it ("PRISHTINË, 23.11.2026 –"), or with
# hyphens as the Palestinian press does ("Nablus, …, 26-11-2026"); with slashes ("AGOK, South Sudan,
# 26/11/2026 —", audit 17 L1) only when one number cannot be a month, since "11/10/2026" may be
# either day first or month first
_NUMDATE = (
    r"(?:(?:0?[1-9]|[12]\d|3[01])(?P<sep>[.-])(?:0?[1-9]|1[0-2])(?P=sep)"
    r"|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/)(?:19|20)\d\d"
)
# a weekday may come first and the day may be an ordinal ("Kumbo, …, Tuesday 24th November 2026 (…) -");
# the weekday stays outside the date the anchor reads
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_DATE = rf"{_WEEKDAY}(?P<date>{_MONTH} \d{{1,2}}{_ORD}(?:, \d{{4}})?|\d{{1,2}}{_ORD} {_MONTH}(?: \d{{4}})?|{_NUMDATE}(?!\d))"
# place words may carry accented letters ("Lefkoşa", "Gäncä", "Şuşa"): letters are any \w but digits and _
_UP = r"[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]"  # capitals of Latin-1 (no ×); Latin Extended-A as a block
# hyphens and apostrophes inside a word ('Port-au-Prince', "Ra's"), words joined by a space or '/':
# a '-' both inside words and between them backtracks for seconds on a long hyphen chain
_WORD = rf"{_UP}[^\W\d_]*(?:['\u2019.-][^\W\d_]+)*\.?"
# the country or region after the place may run to a few words ("Democratic Republic of Congo"),
# come in two ("MEKELLE, Tigray, Ethiopia"), and open with a lower-case word or two ("Nablus,
# occupied West Bank")
_PLACE = (
    rf"(?P<place>{_WORD}(?:(?: |\s?/\s?){_WORD}){{0,3}}"
    rf"(?:, (?:[a-z]+[ -]){{0,2}}{_UP}(?:[^\W\d_]|\.)+(?: (?:of|the|and|{_UP}[^\W\d_]+)){{0,4}}){{0,2}})"
)
_DASH = r"\s*[-\u2013\u2014:]+"

# the outlet between dashes after the date: "Ijevan, Tavush, November 27, 2026 — Ararat Courier — Azerbaijani
# border guards …" (audit 20 L1: the name was read as the first words of the story); kept only when the name is
# an outlet (``_byline_outlet``), so "…, 2026 — Border Guards — " stays the story's
_DASHED_OUTLET = re.compile(
    rf"^[ \t]*{_PLACE},\s*{_DATE}[ \t]+[\u2013\u2014-]{{1,2}}[ \t]+(?P<outlet>[A-Z][\w.&' -]{{0,39}}[\w.&'])"
    rf"[ \t]+[\u2013\u2014-]{{1,2}}(?=[ \t])",
    re.MULTILINE,
)
# the place's other name in brackets: "AQMESCIT (Simferopol), 25.11.2026 (Qirim News) —" (audit 19 L2); the
# bracket holds one to three capitalised words and is followed by the date, so "KYIV (Reuters) -" stays an agency
# when the bracket is an outlet instead ("BAKU (Caspian Herald), 27 November 2026 –", audit 20 L1: it was the
# place's other name, and the outlet an actor of the story), ``run`` reads it as the outlet
_OTHER_NAME = re.compile(
    rf"^[ \t]*{_PLACE}[ \t]*\((?P<other>{_WORD}(?: {_WORD}){{0,2}})\),\s*{_DATE}"
    rf"(?:\s*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\))?{_DASH}",
    re.MULTILINE,
)

# "MOSCOW, July 18 (TASS) —", "KYIV (Reuters) -", "Baku, Azerbaijan, Sept. 6", and a joint
# dateline of a story filed from both sides: "YEREVAN/BAKU, May 14, 2025 (Meridian Wire) —"
DATELINES = (
    re.compile(rf"^[ \t]*{_PLACE}(?:,\s*{_DATE})?\s*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\){_DASH}", re.MULTILINE),
    re.compile(rf"^[ \t]*{_PLACE},\s*{_DATE}(?:\.|{_DASH}|[ \t]*$)", re.MULTILINE),
    _DASHED_OUTLET,
    # Indian wire style, no dash after the agency: "Srinagar, Oct 12 (PTI) A woman was killed"
    re.compile(rf"^[ \t]*{_PLACE},\s*{_DATE}\s*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\)[ \t]+(?=[A-Z\"\u201c])", re.MULTILINE),
    # the agency between slashes: "PRISTINA, Kosovo, Nov. 23, 2026 /Meridian Wire/ --"
    # or with spaces inside the slashes: "KATZRIN, Golan Heights, 27 November 2026 / The Galilee Ledger / —"
    # and with no dash after the closing slash: "Timika, Papua, Indonesia, November 24, 2026 / Nusantara Post / Four
    # workers …" (audit 19 L2)
    re.compile(
        rf"^[ \t]*{_PLACE},\s*{_DATE}\s*/[ \t]*(?P<outlet>[A-Z][\w.&' -]{{0,39}}[\w.&'])[ \t]*/"
        rf"(?:{_DASH}|[ \t]+(?=[A-Z\"\u201c]))",
        re.MULTILINE,
    ),
    # the date between dashes: "Khartoum — Thursday 26 November 2026 — Militants …" (audit 17 L1), and the agency in
    # brackets after the second dash: "SEVASTOPOL, Ukraine — Nov. 25, 2026 — (Kyiv Meridian) Ukrainian drones …"
    # (audit 19 L2: the bracket was read as the first words of the story)
    re.compile(
        rf"^[ \t]*{_PLACE}[ \t]+[\u2013\u2014-]{{1,2}}[ \t]+{_DATE}{_DASH}"
        rf"(?:[ \t]*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\)(?=[ \t]+[A-Z\"\u201c]))?",
        re.MULTILINE,
    ),
    _OTHER_NAME,
    # the agency before the date: "QUNEITRA, Syria (Crossroads Wire) — Nov. 27, 2026 — Israeli troops …"
    # (audit 18 L2)
    re.compile(
        rf"^[ \t]*{_PLACE}\s*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\)[ \t]+[\u2013\u2014-]{{1,2}}[ \t]+{_DATE}{_DASH}",
        re.MULTILINE,
    ),
)
# the date first: "25.11.2026, Tbilisi (Interpressnews) —", "25.11.2026, Tbilisi —"; read only where
# it opens the text or the paragraph after the title (a chronology's "23.11.2026, Zvečan — gunmen
# attacked …" further down is no dateline), and a bare word before a colon only when it is a place
# ("25.11.2026, Update: …")
DATE_FIRST = re.compile(
    rf"^[ \t]*(?P<date>{_NUMDATE}),\s*{_PLACE}(?:\s*\((?P<outlet>[A-Z][\w.&' -]{{1,40}})\))?(?P<dash>{_DASH})",
    re.MULTILINE,
)
# South Asian press style, the place alone in capitals and a colon: "MUZAFFARABAD: Three civilians …";
# counted only when the gazetteer knows the place ("UPDATE:", "BREAKING:" are no places)
# and the same with a dash, as American papers write it: "GAZA CITY — Israeli troops …"
CAPS_COLON = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'.-]+(?:[ /][A-Z][A-Z'.-]+){0,3})(?::|[ \t]+(?:\u2014|\u2013|--?))[ \t]+(?=[A-Z\"\u201c])",
    re.MULTILINE,
)
# a byline naming its outlet between the author and the date: "By Staff Reporter | Indus Daily Courier |
# 27 Nov 2026" (audit 17 L2); the field is an outlet when known, or when it is no place and ends in
# an outlet word ("Courier", "Times": ``outlet_words`` in data/geo/aliases.json)
BYLINE = re.compile(
    r"^[ \t]*By\s+[^|\n\u00b7\u2022]{2,80}?\s*[|\u00b7\u2022]\s*(?P<outlet>[A-Z][^|\n\u00b7\u2022]{1,59}?)"
    r"\s*[|\u00b7\u2022]\s*[^|\n\u00b7\u2022]*\d[^|\n\u00b7\u2022]*$",
    re.MULTILINE,
)
_WHY = {
    "dateline": "the place (and date) the report was filed from, at the start of its first lines",
    "dateline-outlet": "the outlet named in brackets in the dateline",
    "byline": "the outlet named on the byline, between the author and the date",
    "source-line": "a 'Source: …' line naming the outlet",
    "reports": "', X reports.' with X a known outlet",
}
SOURCE_LINE = re.compile(r"^[ \t]*Source:[ \t]*(?P<outlet>[^\n]{2,60}?)[ \t]*\.?[ \t]*$", re.MULTILINE | re.IGNORECASE)
REPORTS = re.compile(r",\s+(?P<outlet>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})\s+reports?\.")


@cache
def _aliases() -> dict[str, dict]:
    table: dict[str, dict] = {}
    for entry in load_json("outlets.json")["outlets"]:
        for alias in entry["aliases"]:
            table[alias.casefold()] = entry
    return table


def lookup(name: str) -> dict | None:
    """The outlet entry for a name as written, if known."""
    name = name.strip().strip(".").casefold()
    return _aliases().get(name) or _aliases().get(re.sub(r"\s+news agency$", "", name))


def _is_a_region(name: str) -> bool:
    """'Ukraine', 'Gaza Strip', 'Neb.', 'Nineveh Province', 'North Kivu' after a dateline's place
    name its country or region, not an outlet (the place layer's own test). Asked only when the
    named-dateline pattern matches, so the gazetteer is read then, not for every article."""
    if re.match(_MONTH + r"\b", name):
        return True
    return names_a_region(name.strip(), gazetteer.get())


_KB_DATELINE_KINDS = frozenset({"city", "town", "village", "camp"})  # settlements: a filing place


def _caps_place(name: str) -> bool:
    """'MUZAFFARABAD', 'NEW DELHI', 'SRINAGAR/MUZAFFARABAD': each part a populated place or region
    the gazetteer knows, or a settlement of the curated KB ('TSKHINVALI', a spelling GeoNames
    lacks)."""
    gaz = gazetteer.get()
    aliases, places = kb.place_aliases(), kb.places()
    return all(
        any(e.kind in ("country", "admin1") or e.population >= 1000 for e in gaz.lookup(part))
        or any(places[i].get("kind") in _KB_DATELINE_KINDS for i in aliases.get(fold(part), ()))
        for part in re.split(r"\s*/\s*", name)
    )


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(load_json("geo", "aliases.json")["outlet_words"])


def _head_lines_end(text: str) -> int:
    """The end of the header's lines (``published_line.HEAD_LINES``): a byline is read only there."""
    lines = published_line.head_lines(text)
    return lines[-1].end() if lines else 0


def _byline_outlet(name: str) -> bool:
    """'Indus Daily Courier' is an outlet; 'Quetta' or 'North Kivu' between author and date is a place."""
    if lookup(name):
        return True
    words = name.split()
    return words[-1] in _outlet_words() and not (_caps_place(name) or _is_a_region(name))


def _date_first(head: str, m: re.Match) -> bool:
    """A date-first dateline opens the text or the paragraph after its title, and a bare word
    before a colon is a place the gazetteer knows (not "Update:")."""
    if sum(1 for line in head[: m.start()].splitlines() if line.strip()) > 1:
        return False
    return bool(m.group("outlet")) or ":" not in m.group("dash") or _caps_place(m.group("place"))


def run(analysis: Analysis, ctx: Context) -> None:
    text = analysis.article.text
    found: list[tuple[str, dict]] = []  # (how, span attrs)

    def outlet_span(m: re.Match, how: str, require_known: bool, group: str = "outlet") -> None:
        name = m.group(group)
        entry = lookup(name)
        if entry is None and require_known:
            return
        attrs = {"how": how, "name": entry["name"] if entry else name.strip()}
        if entry:
            attrs.update({k: entry[k] for k in ("kind", "country", "side") if k in entry})
        why = _WHY["dateline-outlet" if how == "dateline" else how]
        span = analysis.add_span("meta", "outlet", m.start(group), m.end(group), f"{LAYER.source}:{how}", {**attrs, "why": why})
        found.append((how, {"span": span.id, **attrs}))

    head = text[:2000]
    matches = [m for pattern in DATELINES if (m := pattern.search(head))]
    matches = [m for m in matches if m.re is not _DASHED_OUTLET or _byline_outlet(m.group("outlet"))]
    if (m := DATE_FIRST.search(head)) and _date_first(head, m):
        matches.append(m)
    # "SANAA, Saba Voice —": the place layer's pattern for a dateline naming its outlet; when the
    # name is a country or region ("ABUJA, Nigeria -") it is a dateline that names no outlet
    region = False
    if m := DATELINE_OUTLET.search(head):
        region = _is_a_region(m.group("outlet"))
        matches.append(m)
    # the capitals-and-colon form only where no other dateline is, and not as the headline
    # ("KASHMIR: India and Pakistan trade fire" over its body)
    if not matches and (m := CAPS_COLON.search(head)) and head[: m.start()].strip() and _caps_place(m.group("place")):
        matches.append(m)
    if matches:  # one dateline per article: the earliest
        m = min(matches, key=lambda m: (m.start(), -m.end()))  # the longest reading of the earliest
        names_region = m.re is DATELINE_OUTLET and region
        attrs = {"place": text[m.start("place") : m.end("outlet")] if names_region else m.group("place")}
        if "date" in m.re.groupindex and m.group("date"):
            attrs["date"] = m.group("date")
        start = m.start("place")
        if "date" in m.re.groupindex and m.group("date"):
            start = min(start, m.start("date"))  # "25.11.2026, Tbilisi —": the date comes first
        end = len(text[: m.end()].rstrip(" .-\u2013\u2014:\t\n"))
        analysis.add_span("meta", "dateline", start, end, f"{LAYER.source}:dateline", {**attrs, "why": _WHY["dateline"]})
        analysis.summary.setdefault("meta", {})["dateline"] = attrs
        if "outlet" in m.re.groupindex and m.group("outlet") and not names_region:
            outlet_span(m, "dateline", require_known=False)
        elif m.re is _OTHER_NAME and _byline_outlet(m.group("other")):
            outlet_span(m, "dateline", require_known=False, group="other")
    byline = BYLINE.search(text, 0, _head_lines_end(text))
    if byline and _byline_outlet(byline.group("outlet")):
        outlet_span(byline, "byline", require_known=False)
    for m in SOURCE_LINE.finditer(text):
        outlet_span(m, "source-line", require_known=False)
    for m in REPORTS.finditer(text):
        outlet_span(m, "reports", require_known=True)

    if analysis.article.published is None and (header := published_line.find(text)):
        how, day, start, end = header
        span = analysis.add_span(
            "meta",
            "published",
            start,
            end,
            f"{LAYER.source}:{how}",
            {"how": how, "date": day.isoformat(), "why": published_line.WHY[how]},
        )
        analysis.article.published = day
        analysis.summary.setdefault("meta", {})["published_from"] = {"how": how, "date": day.isoformat(), "span": span.id}

    if found:
        meta = analysis.summary.setdefault("meta", {})
        meta["outlet_evidence"] = [attrs for _, attrs in found]
        if not analysis.article.outlet:
            analysis.article.outlet = found[0][1]["name"]
            meta["outlet_from"] = found[0][0]


LAYER = Layer(
    name="meta",
    version="1.1",
    run=run,
    description=(
        "outlet self-attribution, datelines ('(Reuters) -', 'MOSCOW, July 18 (TASS) —', ', Trend reports.') "
        "and a header line's publication date ('Published: 24 November 2026')"
    ),
    needs_parse=False,
    english_only=False,
)
