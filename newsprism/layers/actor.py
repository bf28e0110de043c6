"""Actors: states, armed forces, ministries, border services, peacekeepers, de facto
authorities, armed groups, international organisations and outlets, linked to the actors KB.

Spans (layer ``actor``, label = the actor's kind) carry attrs ``id``, ``name``, ``kind``,
``country``, ``side``, ``alias`` (the KB name matched), ``label_used_by`` (a list of sides) when
the words are a side's label for the group ("separatist regime"; "Houthi militia" is two sides'),
``role`` ("command" in "the command of the Russian peacekeepers"), ``owner`` (the armed group or
de facto authority an institution belongs to: "The Polisario's Ministry of Defence"), ``how`` ("earlier mention" for
a generic noun — "the army" after "the Sudanese army", with ``antecedent`` the words it points
back to; "article country" for "the army", "troops", "the junta" in a report about one country;
"unit noun" for "Russian artillery" acting; "coordinated demonym" for "Indian" in "Indian and
Pakistani troops"), ``period`` and ``dated_by`` for an actor whose side
changed over time (Syria's government and army before/after 8 December 2024, Afghanistan's
before/after August 2021, the RSF before/after April 2023: the entry is chosen by the
publication date, else the time layer's anchor, else the latest date the text names — "In 2016
…" —, else the current one, which ``dated_by`` says assumes a recent text: then ``side_uncertain``
is true and ``side_candidates`` lists each period's side, oldest first) and ``why``. ``side`` is a party to a conflict ("houthi", "saudi",
"rapid_support_forces", "myanmar_resistance"), not always a country: see the KB's ``_about``.
``summary.actors`` counts actors by side (``side_uncertain``: how many of those mentions per side
rest on no date), lists the side-taking labels the article uses and gives ``dateline_owner`` (id, name,
side, why: the de facto authority or state whose report the dateline makes it, for a speaker
written with a title and no country; None where the article does not settle it). See
``newsprism.geo.actors`` for the rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from newsprism.layers.base import Context, Layer
from newsprism.model import Analysis


def run(analysis: Analysis, ctx: Context) -> None:
    from newsprism.geo import actors, persons

    assert ctx.doc is not None
    by_side: dict[str, int] = {}
    persons_by_side: dict[str, int] = {}
    uncertain: dict[str, int] = {}
    labels: list[dict] = []
    places = Counter(s.attrs["country"] for s in analysis.spans_of("place", "toponym") if s.attrs.get("country"))
    dateline = (_dateline_country(analysis), places, _dateline_capital(analysis), _dateline_place(analysis))
    found = actors.link(ctx.doc, _when(analysis), *dateline)
    # '(Sanaa Resistance Daily)': a word of the outlet's own name (the meta layer's span) is no actor ('Resistance' is
    # no Hamas there); the outlet itself, where the KB knows it as media, stays
    outlets = [(s.start, s.end) for s in analysis.spans_of("meta", "outlet")]
    found = [m for m in found if m.attrs.get("kind") == "media" or not any(a <= m.start and m.end <= b for a, b in outlets)]
    # '(Kyiv Meridian)', 'told Kyiv Meridian': a known outlet's word inside the article's own outlet name, wherever
    # written, is not that outlet (audit 19 G10: 'Meridian' was Meridian Wire); the whole name stays
    names = {analysis.article.text[a:b] for a, b in outlets if " " in analysis.article.text[a:b].strip()}
    own = [(x.start(), x.end()) for n in names for x in re.finditer(rf"\b{re.escape(n)}\b", analysis.article.text)]
    found = [
        m
        for m in found
        if not (
            m.attrs.get("kind") == "media" and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in own)
        )
    ]
    # 'Georgia's governor signed the bill in Atlanta': a country's name the place layer placed in another country
    # (the US state) is no metonymy for that country's state (audit 20 G8)
    elsewhere = {(s.start, s.end): s.attrs.get("country") for s in analysis.spans_of("place") if s.attrs.get("country")}
    found = [
        m
        for m in found
        if not (
            m.rule == "metonymy-country" and elsewhere.get((m.start, m.end), m.attrs.get("country")) != m.attrs.get("country")
        )
    ]
    # 'Eni Adebayo, a fisherman, said': a company's name (b40658b's energy companies) that opens or sits inside a
    # longer person's name is part of that name, not the company
    persons_at = [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "PERSON"]
    found = [
        m
        for m in found
        if not (
            m.attrs.get("kind") == "company"
            and any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in persons_at)
        )
    ]
    owner = actors.dateline_owner(ctx.doc, found, dateline[2], dateline[3], places, _when(analysis))
    if owner is None:  # 'QUETTA (The Islamabad Standard)': a home place and an outlet of that country
        owner = persons.home_outlet_owner(dateline[0], dateline[3], _outlet_country(analysis), _when(analysis))
    found += persons.seat_bodies(ctx.doc, found)
    spots = [(s.start, s.end, s.attrs.get("country"), bool(s.attrs.get("contested"))) for s in analysis.spans_of("place")]
    after = next((s.end for s in analysis.spans_of("meta", "dateline")), 0)
    demonyms = frozenset(s.start for s in analysis.spans_of("place") if s.label == "demonym")
    found += persons.local_offices(ctx.doc, found, dateline[0], _when(analysis), dateline[3], spots, after, demonyms)
    found += persons.national_offices(ctx.doc, found, owner, _when(analysis), spots, after, demonyms)
    found += persons.installed_offices(ctx.doc, found)
    placed = frozenset((s, e) for s, e, cc, _ in spots if cc)
    found = sorted(found + persons.titled_persons(ctx.doc, found, owner, placed), key=lambda m: (m.start, -m.end))
    found = persons.drop_installers(found)
    for m in found:
        span = analysis.add_span("actor", m.attrs["kind"], m.start, m.end, f"{LAYER.source}:{m.rule}", m.attrs, m.score)
        side = m.attrs.get("side") or "unknown"
        if m.attrs.get("kind") == "person":
            persons_by_side[side] = persons_by_side.get(side, 0) + 1
            continue  # a titled person: counted apart, the body he speaks for is counted where named
        by_side[side] = by_side.get(side, 0) + 1
        if m.attrs.get("side_uncertain"):
            uncertain[side] = uncertain.get(side, 0) + 1
        if m.attrs.get("label_used_by"):
            labels.append({"span": span.id, "text": span.text, "group": m.attrs["name"], "used_by": m.attrs["label_used_by"]})
    used: dict[str, int] = {}
    for lab in labels:
        for user in lab["used_by"]:
            used[user] = used.get(user, 0) + 1
    analysis.summary["actors"] = {
        "by_side": dict(sorted(by_side.items(), key=lambda kv: -kv[1])),
        "side_labels": labels,
        "labels_by_user": used,
        "side_uncertain": uncertain,
        "dateline_owner": owner,
        "persons_by_side": persons_by_side,
    }


def article_when(analysis: Analysis):
    """The article's date — its publication date, else the time layer's anchor, else the latest
    date its text names ("In 2016 …": an undated 2016 Syria report is not read with today's
    sides) — which picks the entry of an actor whose side changed (Syria before and after
    December 2024). Public for other layers that side a country by the article's date
    (``geo.actors.country_side(word, article_when(analysis))``); a ``When`` whose ``date`` is None
    when nothing dates the text."""
    from newsprism.geo.actors import When, when_from_text

    if analysis.article.published:
        return When(analysis.article.published, "published")
    anchor = (analysis.summary.get("time") or {}).get("anchor")
    if anchor:
        return When(dt.date.fromisoformat(anchor[:10]), "time anchor")
    return when_from_text([s.attrs.get("value") or "" for s in analysis.spans_of("time", "DATE")])


_when = article_when  # the old private name


def _dateline_country(analysis: Analysis) -> str | None:
    """The country of the place the dateline names (the place layer's reading of it)."""
    line = next(iter(analysis.spans_of("meta", "dateline")), None)
    if line is None:
        return None
    place = next((s for s in analysis.spans_of("place") if line.start <= s.start < line.end), None)
    return place.attrs.get("country") if place else None


def _dateline_capital(analysis: Analysis) -> str | None:
    """The dateline's country where the gazetteer's state governs the dateline place: not a contested
    place ('TSKHINVAL', 'LAAYOUNE') nor a de facto authority's seat ('Tiraspol', 'Lefkoşa': actors.json
    ``de_facto_seats``), where an unqualified ministry is not the gazetteer country's; a contested name
    of the state's own capital ('NICOSIA', 'KYIV') is the state's."""
    from newsprism.geo import actors
    from newsprism.geo.normalize import fold

    line = next(iter(analysis.spans_of("meta", "dateline")), None)
    place = next((s for s in analysis.spans_of("place") if line and line.start <= s.start < line.end), None)
    if place is None or fold(place.text) in actors.de_facto_seats():
        return None
    if place.attrs.get("contested") and not actors.state_seat(place.text, place.attrs.get("country")):
        return None
    return place.attrs.get("country")


def _outlet_country(analysis: Analysis) -> str | None:
    """The country of the outlet the dateline names (its list's, else a capital in its name)."""
    from newsprism.geo import persons

    line = next(iter(analysis.spans_of("meta", "outlet")), None)
    return persons.outlet_country(line.attrs.get("name"), line.attrs.get("country")) if line is not None else None


def _dateline_place(analysis: Analysis) -> str | None:
    """The dateline's place as written ('LEFKOŞA': a de facto authority's seat; 'NICOSIA': a capital)."""
    line = next(iter(analysis.spans_of("meta", "dateline")), None)
    place = next((s for s in analysis.spans_of("place") if line and line.start <= s.start < line.end), None)
    return place.text if place is not None else None


LAYER = Layer(
    name="actor",
    version="1.5",
    run=run,
    description="actors (states, forces, ministries, peacekeepers, de facto authorities, armed groups, IOs, outlets) with side; metonymy ('Baku accused'); 'the army' after a named army; side-taking labels",
    optional_after=("place", "meta", "time"),
)
