"""Who says so: attributions by kind (speaker → content), own-voice claims, sourcing profile."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from newsprism.model import Analysis
from newsprism.render.htmlkit import Markup, close_bidi, h, join
from newsprism.render.panels import Panel

_KIND_TITLES = {
    "direct_quote": "Direct quotes",
    "mixed_quote": "Partly quoted",
    "reported_speech": "Reported speech",
    "according_to": "According to …",
    "evidence_withheld": "Evidence said to exist, not shown",
    "evidence_claim": "Evidence invoked in the author's own voice, none cited",
    "unattributed": "Author's own voice, marked as certain",
    "hedged": "Hedged, no source",
}
_SNIP = 90


def _snip(text: str, n: int = _SNIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _text(analysis: Analysis, span_id: str | None) -> str:
    s = analysis.span(span_id) if span_id else None
    return s.text if s is not None else ""


_PARTS = {"evidence_withheld": ("withholding", "evidence")}  # (cue-like, content-like) span fields by kind


def _cue_field(rec: dict) -> str:
    return _PARTS.get(rec.get("kind", ""), ("cue", "content"))[0]


def _content_field(rec: dict) -> str:
    return _PARTS.get(rec.get("kind", ""), ("cue", "content"))[1]


def _by_kind(analysis: Analysis) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for rec in analysis.records.get("claims", []):
        out.setdefault(rec.get("kind", "?"), []).append(rec)
    return {k: out[k] for k in _KIND_TITLES if k in out} | {k: v for k, v in out.items() if k not in _KIND_TITLES}


def _speaker(rec: dict) -> str:
    who = rec.get("speaker") or "—"
    if rec.get("resolved_from"):
        who = f"{rec['resolved_from']} → {who}"
    kind = rec.get("source_kind")
    return f"{who} ({kind})" if kind else who


def _profile_line(sourcing: dict) -> str:
    share = sourcing.get("attributed_share")
    share_s = f"{share:.0%}" if isinstance(share, float) else "n/a"
    kinds = ", ".join(f"{k} {n}" for k, n in sourcing.get("source_kinds", {}).items()) or "none"
    n = sourcing.get("attributions", sourcing.get("named", 0) + sourcing.get("anonymous", 0))
    unsourced = sourcing.get("unsourced_sentences") or 0
    unsourced_s = f", {unsourced} more only by a cue that names nobody ('it was reported')" if unsourced else ""
    return (
        f"{sourcing.get('attributed_sentences', 0)} of {sourcing.get('claim_sentences', 0)} claim-bearing sentences attributed "
        f"to a source ({share_s}{unsourced_s}); {n} attributions, by kind of source: {kinds} "
        f"(of them {sourcing.get('named', 0)} name their source, {sourcing.get('anonymous', 0)} do not)"
    )


def terminal(analysis: Analysis):
    groups = _by_kind(analysis)
    sourcing = analysis.summary.get("sourcing")
    if not groups and not sourcing:
        return None
    parts = []
    if sourcing:
        parts.append(_profile_line(sourcing))
    if groups:
        table = Table(title="Who says so", show_edge=False, pad_edge=False)
        for col in ("kind", "speaker", "cue", "content"):
            table.add_column(col, overflow="fold")
        for kind, recs in groups.items():
            for rec in recs:
                table.add_row(
                    kind,
                    _speaker(rec),
                    _text(analysis, rec.get(_cue_field(rec))),
                    _snip(_text(analysis, rec.get(_content_field(rec)))),
                )
        parts.append(table)
    return Group(*parts)


_OPENING_QUOTES = "\"'\u201c\u201e\u2018\u00ab\u2039"


def _quoted(text: str) -> str:
    """The reported words in quotation marks, unless they already carry their own (no doubled marks)."""
    if text[:1] in _OPENING_QUOTES:
        return h("span", text, class_="quoted")
    return h("q", text)


def html(analysis: Analysis) -> str | None:
    groups = _by_kind(analysis)
    sourcing = analysis.summary.get("sourcing")
    if not groups and not sourcing:
        return None
    parts = []
    if sourcing:
        voices = [
            h(
                "li",
                f"{close_bidi(v['speaker'])} — {v.get('kind') or '?'}{', side ' + v['side'] if v.get('side') else ''}: {v['claims']}",
            )
            for v in sourcing.get("voices", [])
        ]
        parts.append(
            h(
                "div",
                h("p", _profile_line(sourcing)),
                h("details", h("summary", f"Voices ({len(voices)})"), h("ul", join(voices))),
                class_="sourcing",
            )
        )
    for kind, recs in groups.items():
        items = []
        for rec in recs:
            cue_f, content_f = _cue_field(rec), _content_field(rec)
            ids = [rec[k] for k in ("source", cue_f, content_f) if rec.get(k)]
            content = analysis.span(rec.get(content_f)) if rec.get(content_f) else None
            why = content.attrs.get("why") if content is not None else None
            withheld = kind == "evidence_withheld"
            items.append(
                h(
                    "li",
                    h("span", _speaker(rec) if rec.get("speaker") else "(no speaker named)", class_="speaker"),
                    " → ",
                    h("span", _text(analysis, rec.get(content_f)), class_="evidence")
                    if withheld
                    else _quoted(_snip(_text(analysis, rec.get(content_f)), 240)),
                    join([" — ", h("span", _text(analysis, rec.get(cue_f)), class_="withholding")]) if withheld else None,
                    h("div", why, class_="why") if why else None,
                    class_=f"claim claim-{kind}",
                    data_spans=" ".join(ids),
                )
            )
        parts.append(h("details", h("summary", f"{_KIND_TITLES.get(kind, kind)} ({len(recs)})"), h("ul", join(items)), open=True))
    return Markup(join(parts))


PANEL = Panel("claims", "Who says so", 40, terminal=terminal, html=html, covers_records=("claims",), covers_summary=("sourcing",))
