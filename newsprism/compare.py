"""Compare how several reports tell the same story: names, framing, voices, events.

``compare(analyses)`` lines up what each analysis already found — it adds no new
per-article findings. Cross-article alignments (an event type at the same place and date in
several reports; a contested place named differently) are derived only from the layers'
records and summaries, and every cell keeps the span ids it rests on. The event alignment
(``newsprism.compare_events``) also says who, in each report, says each event happened, and marks the events whose
accounts collide (each side blames the other; one report asserts what another denies).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from newsprism.compare_events import align, same_text_as
from newsprism.compare_figures import figures
from newsprism.model import Analysis, Span

COMPARISON_ID = "newsprism.comparison/1"


def _side(an: Analysis) -> str | None:
    for ev in (an.summary.get("meta") or {}).get("outlet_evidence", []):
        if ev.get("side"):
            return ev["side"]
    return None


def _genre(an: Analysis) -> str | None:
    g = an.summary.get("genre") or {}
    if not g.get("label"):
        return None
    return g["label"] + (" (weak evidence: see the caveat row)" if g.get("caveat") else "")


def _ran(an: Analysis, layer: str) -> bool:
    """Did the layer run on this report? (Skipped or failed layers leave no findings, which is not 'none found'.)"""
    if not an.layers:  # no provenance (an analysis built by hand): nothing says it did not run
        return True
    return any(r.name == layer and r.status == "ok" for r in an.layers)


def _if_ran(an: Analysis, layers: tuple[str, ...], value: Any) -> Any:
    return value if all(_ran(an, layer) for layer in layers) else "not analysed"


def _keys(analyses: list[Analysis]) -> list[str]:
    """One key per report: the article id, with '#2', '#3' … for a text given again (syndicated
    copies from other outlets), so that each report keeps its own column and counts."""
    seen: Counter[str] = Counter()
    keys = []
    for an in analyses:
        seen[an.article.id] += 1
        n = seen[an.article.id]
        keys.append(an.article.id if n == 1 else f"{an.article.id}#{n}")
    return keys


def _anchor(an: Analysis) -> dict[str, Any] | None:
    """An undated report's time anchor (its dateline's day, or its latest full date): what its
    'on Tuesday' was counted from, shown beside the missing publication date."""
    time = an.summary.get("time") or {}
    if not time.get("anchor"):
        return None
    return {k: time.get(k) for k in ("anchor", "anchor_source", "anchor_why", "anchor_lower_bound")}


def _column(an: Analysis, key: str) -> dict[str, Any]:
    a = an.article
    naming = an.summary.get("naming") or {}
    sourcing = an.summary.get("sourcing") or {}
    framing = Counter(s.label for s in an.spans if s.layer == "framing")
    techniques = Counter(s.label for s in an.spans if s.layer == "technique")
    return {
        "id": key,
        "title": a.title,
        "outlet": a.outlet,
        "side": _side(an),
        "published": a.published.isoformat() if a.published else None,
        "time_anchor": None if a.published else _anchor(an),
        "source_path": a.source_path,
        "words": a.word_count,
        "naming_verdict": naming.get("label") or naming.get("verdict"),
        "genre": _genre(an),
        "genre_caveat": (an.summary.get("genre") or {}).get("caveat"),
        "frames": (an.summary.get("frames") or {}).get("labels", []),
        "framing": _if_ran(an, ("framing",), dict(framing)),
        "scare_quoted": _if_ran(
            an,
            ("framing",),
            sorted({s.attrs.get("term", s.text) for s in an.spans if _own_scare_quote(s)}),
        ),
        "labels": _if_ran(an, ("framing",), sorted({s.attrs.get("entry", s.text) for s in an.spans if _own_label(s)})),
        "labels_in_speech": _if_ran(
            an, ("framing",), sorted({s.attrs.get("entry", s.text) for s in an.spans if _speech_label(s)})
        ),
        "techniques": _if_ran(an, ("technique",), dict(techniques.most_common())),
        "attributed_share": _if_ran(an, ("claim",), sourcing.get("attributed_share")),
        "voices": _if_ran(an, ("claim",), [v.get("speaker") for v in sourcing.get("voices", [])]),
        "source_kinds": _if_ran(an, ("claim",), sourcing.get("source_kinds", {})),
        "unattributed": _if_ran(
            an,
            ("claim",),
            sum(1 for s in an.spans if s.layer == "claim" and s.label in ("unattributed", "evidence_claim")),
        ),
        "events": _if_ran(an, ("event",), dict(Counter(e.get("event_type") for e in an.records.get("events", [])))),
        "consistency": _if_ran(an, ("claim",), [c.get("message") for c in an.records.get("consistency", [])]),
        # the headline's words that state as fact what the body attributes (the headline layer)
        "headline_as_fact": _if_ran(an, ("headline",), [s.text for s in an.spans if _headline_fact(s)]),
        # the headline's label or loaded word in the outlet's voice that the body has only in someone's
        # speech ('Tbilisi stages new provocation': the South Ossetian ministry's word), with whose
        "headline_words_as_own": _if_ran(
            an,
            ("headline",),
            [f"{s.text} (the body: {', '.join(s.attrs.get('speakers') or [])})" for s in an.spans if _headline_word(s)],
        ),
        "naming_rule": naming.get("rule"),
        "evidence": _evidence(an),
    }


def _headline_fact(s: Span) -> bool:
    return s.layer == "headline" and s.label == "stated_as_fact"


def _headline_word(s: Span) -> bool:
    return s.layer == "headline" and s.label == "word_as_own"


def _own_label(s: Span) -> bool:
    """A label or loaded word in the outlet's own voice: not inside quoted or reported speech
    (the framing layer's ``voice``; spans from before it had one count as the outlet's)."""
    return s.layer == "framing" and s.label in ("label", "loaded") and s.attrs.get("voice", "outlet") == "outlet"


def _own_scare_quote(s: Span) -> bool:
    """A scare quote the writer put on a word; one inside a speaker's quoted words ("These
    'freedom fighters' are terrorists," he said: the framing layer's ``voice`` "quoted") is the
    speaker's. Spans from before the framing layer gave a voice count as the outlet's."""
    return s.layer == "framing" and s.label == "scare_quote" and s.attrs.get("voice", "outlet") == "outlet"


def _speech_label(s: Span) -> bool:
    """Inside quoted or reported speech; a scare-quoted label is neither the outlet's own word
    nor a speaker's: it shows in the ``scare_quoted`` row."""
    return s.layer == "framing" and s.label in ("label", "loaded") and s.attrs.get("voice") in ("quoted", "reported")


def _where(span: Any) -> dict[str, Any]:
    return {"span": span.id, "start": span.start, "end": span.end, "text": span.text, "source": span.source}


def _evidence(an: Analysis) -> dict[str, list[dict[str, Any]]]:
    """Per row, the spans its finding rests on: id, exact character offsets, text and the
    producing rule (``source``), so that every cell of the table can be checked in the text."""
    by_id = {s.id: s for s in an.spans}
    naming = an.summary.get("naming") or {}
    # the source spans of the claims that have a speaker: each voice's exact mentions
    voice_sources = {r["source"] for r in an.records.get("claims", []) if r.get("source") and r.get("speaker")}
    # the unnamed ones ("a senior official who spoke on condition of anonymity"): what a
    # fact-checker cannot call back; social-media posts ("footage circulating on social media")
    # are as unnamed
    unnamed = {
        r["source"]
        for r in an.records.get("claims", [])
        if r.get("source") and r.get("source_kind") in ("anonymous", "social_media")
    }
    out: dict[str, list[dict[str, Any]]] = {
        "naming_verdict": [_where(by_id[i]) for i in naming.get("evidence", []) if i in by_id],
    }
    rows = {
        "labels": _own_label,
        "labels_in_speech": _speech_label,
        "scare_quoted": _own_scare_quote,
        "framing": lambda s: s.layer == "framing",
        "techniques": lambda s: s.layer == "technique",
        "voices": lambda s: s.id in voice_sources,
        "source_kinds": lambda s: s.id in unnamed,
        "unattributed": lambda s: s.layer == "claim" and s.label in ("unattributed", "evidence_claim"),
        "headline_as_fact": _headline_fact,
        "headline_words_as_own": _headline_word,
    }
    layer_of = {
        "headline_as_fact": "headline",
        "headline_words_as_own": "headline",
        "labels": "framing",
        "labels_in_speech": "framing",
        "scare_quoted": "framing",
        "framing": "framing",
        "techniques": "technique",
    }
    for row, keep in rows.items():
        if _ran(an, layer_of.get(row, "claim")):
            out[row] = [_where(s) for s in sorted(an.spans, key=lambda s: s.start) if keep(s)]
    return out


def compare(analyses: list[Analysis]) -> dict[str, Any]:
    """A comparison table (one column per article) and cross-article alignments."""
    keys = _keys(analyses)
    columns = [_column(an, key) for an, key in zip(analyses, keys, strict=True)]
    # a text given again (a syndicated copy) agrees with itself: say so, so that two columns of
    # one text are not read as two reports confirming each other
    copies = same_text_as(analyses, keys)
    for col in columns:
        col["same_text_as"] = copies[col["id"]]

    names: dict[str, dict[str, Any]] = {}
    for an, key in zip(analyses, keys, strict=True):
        naming = an.summary.get("naming") or {}
        by_id = {s.id: s for s in an.spans}

        def cell(entity: str, place: str | None, names=names, key=key) -> dict[str, Any]:
            entry = names.setdefault(entity, {"place": place, "by_article": {}})
            entry["place"] = entry["place"] or place
            return entry["by_article"].setdefault(
                key,
                {
                    "names": [],
                    "conventions": [],
                    "spans": [],
                    "glosses": [],
                    "gloss_spans": [],
                    "quoted": [],
                    "quoted_spans": [],
                    "shared": [],
                    "shared_spans": [],
                },
            )

        for place in naming.get("places", []):
            c = cell(place.get("entity") or place.get("place"), place.get("place"))
            c.update(names=place.get("names_used", []), conventions=place.get("conventions", []), spans=place.get("spans", []))
        # a report that names the place only in a gloss ("Khankendi, which Armenians call
        # Stepanakert"), only inside someone's direct quotation (the speaker's usage,
        # summary.naming.quoted) or only by a name all sides use ("Karabakh") mentions it too:
        # without these its cell read "—", i.e. 'does not mention the place'
        for kind, names_key, spans_key in (("glosses", "glosses", "gloss_spans"), ("quoted", "quoted", "quoted_spans")):
            for g in naming.get(kind, []):
                span = by_id.get(g.get("span"))
                c = cell(g["entity"], span.attrs.get("name") if span else None)
                if g.get("name") not in c[names_key]:
                    c[names_key].append(g.get("name"))
                c[spans_key].append(g.get("span"))
        for sh in naming.get("shared_names", []):
            spans = [by_id[i] for i in sh.get("spans", []) if i in by_id]
            c = cell(sh["entity"], spans[0].attrs.get("name") if spans else None)
            for span in spans:
                if span.text not in c["shared"]:
                    c["shared"].append(span.text)
            c["shared_spans"].extend(sh.get("spans", []))
    for entry in names.values():
        # the reports' own names (a report with only glosses, quoted or shared names has none of its own)
        used = {tuple(v["names"]) for v in entry["by_article"].values()}
        entry["differs"] = len(used) > 1
        entry["side_names"] = any(v["names"] for v in entry["by_article"].values())

    # Align events by type and resolved date, else by type and place (weaker, and said so),
    # with who says so in each report and where the reports' accounts collide.
    aligned, unaligned = align(analyses, keys)
    # the figures each report gives of the killed, wounded, detained …, side by side
    read = [_ran(an, "claim") and an.article.language in (None, "en") for an in analyses]
    casualties = figures(analyses, keys, read, copies)
    return {
        "schema": COMPARISON_ID,
        "articles": columns,
        "place_names": names,
        "shared_events": [e for e in aligned if len(e["articles"]) > 1],
        "single_source_events": [e for e in aligned if len(e["articles"]) == 1],
        "undated_events": unaligned,
        "casualty_figures": casualties,
    }
