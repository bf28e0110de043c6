"""Tenth session, compare: who fired first, claims without events, districts as areas.

Fictional reports, built by hand (spans at the words they name) so that each rule is tested
without the other layers' changes moving the result; the last test runs the whole pipeline on
the fictional audit set in tests/fixtures/compare10_audit.
"""

import json
from pathlib import Path

from newsprism.cli import main
from newsprism.compare import compare
from newsprism.model import Analysis, Article, Span

FIX10 = Path(__file__).parent / "fixtures" / "compare10_audit"


class Report:
    """A report whose events and claims point at spans found in its text."""

    def __init__(self, outlet: str, text: str):
        self.text, self.spans, self.events, self.claims = text, [], [], []
        self.outlet = outlet

    def span(self, words: str, layer: str, label: str = "x", nth: int = 0, **attrs) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.text.index(words, start + 1)
        s = Span(layer, label, start, start + len(words), words, "test", attrs, id=f"{layer}-{len(self.spans)}")
        self.spans.append(s)
        return s

    def event(self, trigger: str, doer: str | None = None, side: str | None = None, place: str | None = None, pid=None, **kw):
        t = self.span(trigger, "event", nth=kw.pop("trigger_nth", 0))
        loc = None
        if place:
            p = self.span(place, "place", kind=kw.pop("kind", "city"), id=pid, name=kw.pop("name", place))
            loc = {"text": place, "name": p.attrs["name"], "id": pid, "kind": p.attrs["kind"], "span": p.id}
        ev = {"id": f"event-{len(self.events) + 1}", "event_type": "ASSAULT", "trigger": t.id, "location": loc}
        ev["actor"] = {"text": doer, "side": side} if doer else None
        self.events.append(ev | {"date": "2025-05-13"} | kw)
        return ev

    def claim(self, speaker: str, cue: str, content: str, places: dict[str, str] | None = None, side: str | None = None):
        src, c, body = (
            self.span(speaker, "claim", "source"),
            self.span(cue, "claim", "cue"),
            self.span(content, "claim", "content"),
        )
        for name, pid in (places or {}).items():
            self.span(name, "place", kind="city", id=pid, name=name, nth=0)
        cid = f"claim-{len(self.claims) + 1}"
        self.claims.append(
            {
                "id": cid,
                "speaker": speaker,
                "source": src.id,
                "cue": c.id,
                "content": body.id,
                "side": side,
                "source_kind": "government",
            }
        )
        return cid

    def analysis(self) -> Analysis:
        return Analysis(
            article=Article(text=self.text, outlet=self.outlet),
            spans=self.spans,
            records={"events": self.events, "claims": self.claims},
        )


def _ids(result: dict) -> list[str]:
    return [c["id"] for c in result["articles"]]


# --- who fired first ---------------------------------------------------------------------------


def _exchange(outlet: str, first: tuple[str, str], second: tuple[str, str], reply: str) -> Analysis:
    """'<first> shelled positions near Jermuk. <second> <reply> at positions near Jermuk.'"""
    text = f"{first[0]} shelled positions near Jermuk. {second[0]} {reply} at positions near Jermuk."
    r = Report(outlet, text)
    r.event("shelled", first[0], first[1], "Jermuk", "g:1")
    r.event(reply.split()[0], second[0], second[1], trigger_nth=1 if reply == "shelled" else 0)
    r.events[-1]["location"] = r.events[0]["location"]  # the reply is at the same place
    return r.analysis()


def two_sided_wire(text: str) -> Report:
    """A wire that gives both ministries' accounts of shelling near Jermuk: Yerevan says Azerbaijani
    forces shelled, Baku says Armenian forces did (each event attributed to its side's claim)."""
    w = Report("Wire", text)
    w.event("shelled", "Azerbaijani forces", "azerbaijani", "Jermuk", "g:1")
    w.event("shelled", "Armenian forces", "armenian", trigger_nth=1)
    w.events[-1]["location"] = w.events[0]["location"]
    for ev, (who, side, content) in zip(
        w.events,
        [("Yerevan", "armenian", "Azerbaijani forces shelled"), ("Baku", "azerbaijani", "Armenian forces shelled")],
        strict=True,
    ):
        ev["attributed_to"] = {"text": who, "claim": w.claim(who, "said", content, side=side)}
    return w


def test_each_report_tells_both_sides_firing_but_a_different_first_shot():
    """'Azerbaijani forces shelled …; Armenian units fired back' / 'Armenian forces shelled …;
    Azerbaijani units fired back': each cell holds both sides, so no disputed_actor; before, the
    row had no marker at all. Now the first shot is read from 'fired back' and they collide."""
    am = _exchange("Ararat Post", ("Azerbaijani forces", "azerbaijani"), ("Armenian units", "armenian"), "fired back")
    az = _exchange("Caspian Post", ("Armenian forces", "armenian"), ("Azerbaijani units", "azerbaijani"), "fired back")
    result = compare([am, az])
    a, b = _ids(result)
    (row,) = result["shared_events"]
    assert row["articles"][a]["actor_sides"] == ["armenian", "azerbaijani"] == row["articles"][b]["actor_sides"]
    assert {k: v for k, v in row["articles"][a]["initiator"].items() if k != "accounts"} == {
        "sides": ["azerbaijani"],
        "basis": ["response_cue"],
    }
    assert row["markers"] == [
        {
            "marker": "disputed_initiator",
            "by_article": {a: ["azerbaijani"], b: ["armenian"]},
            "basis": {a: ["response_cue"], b: ["response_cue"]},
        }
    ]


def test_a_reply_told_first_and_a_first_shot_named_as_such():
    """'In response to …' may come first in the text; 'fired first' names the first shot."""
    text = "Armenian units fired in response at positions near Jermuk. Azerbaijani forces shelled positions near Jermuk."
    r = Report("Ararat Post", text)
    r.event("fired", "Armenian units", "armenian", "Jermuk", "g:1")
    r.event("shelled", "Azerbaijani forces", "azerbaijani")
    r.events[-1]["location"] = r.events[0]["location"]
    text = "Armenian forces fired first at positions near Jermuk. Azerbaijani units shelled positions near Jermuk."
    s = Report("Caspian Post", text)
    s.event("fired", "Armenian forces", "armenian", "Jermuk", "g:1")
    s.event("shelled", "Azerbaijani units", "azerbaijani")
    s.events[-1]["location"] = s.events[0]["location"]
    result = compare([r.analysis(), s.analysis()])
    a, b = _ids(result)
    (row,) = result["shared_events"]
    assert row["articles"][a]["initiator"]["accounts"] == [{"said_by": [], "sides": ["azerbaijani"], "basis": "response_cue"}]
    assert row["articles"][b]["initiator"]["accounts"] == [{"said_by": [], "sides": ["armenian"], "basis": "initiation_cue"}]
    assert [m["marker"] for m in row["markers"]] == ["disputed_initiator"]


def test_order_alone_makes_no_dispute_and_a_wire_with_both_accounts_none():
    """Two exchanges told in opposite order with no word on who replied: too weak to say. A wire
    giving each side's account (two speakers) names both sides as having started it: no dispute."""
    am = _exchange("Ararat Post", ("Azerbaijani forces", "azerbaijani"), ("Armenian units", "armenian"), "shelled")
    az = _exchange("Caspian Post", ("Armenian forces", "armenian"), ("Azerbaijani units", "azerbaijani"), "shelled")
    (row,) = compare([am, az])["shared_events"]
    assert {tuple(c["initiator"]["basis"]) for c in row["articles"].values()} == {("order",)}
    assert row["markers"] == []
    text = "Azerbaijani forces shelled positions near Jermuk, Yerevan said. Armenian forces shelled positions near Jermuk, Baku said."
    w = two_sided_wire(text)
    wire = w.analysis()
    am = _exchange("Ararat Post", ("Azerbaijani forces", "azerbaijani"), ("Armenian units", "armenian"), "fired back")
    result = compare([am, wire])
    (row,) = result["shared_events"]
    assert row["articles"][_ids(result)[1]]["initiator"]["sides"] == ["armenian", "azerbaijani"]
    assert row["markers"] == []

    from newsprism.render.comparison import _event_cell

    assert "started by azerbaijani per Yerevan (the only side it says fired); armenian per Baku" in _event_cell(
        row, _ids(result)[1]
    )


# --- claims without events ---------------------------------------------------------------------


def test_a_denial_without_an_event_joins_the_row_it_denies():
    """'The ministry rejected reports that its troops shelled Uri': the event layer gives no
    event; the claim (same type word, same place) now shows in the row as a denial. A claim
    with only a generic word, or with no place, joins nothing."""
    a = Report("Indian Courier", "Pakistani troops shelled Uri, the army said.")
    a.event("shelled", "Pakistani troops", "pakistani", "Uri", "g:1", date=None)
    text = (
        "The ministry rejected reports that its troops shelled Uri. The spokesman said the border near Uri was open. "
        "The spokesman said troops fired at smugglers."
    )
    b = Report("Pakistani Courier", text)
    denial = b.claim("The ministry", "rejected", "reports that its troops shelled Uri", {"Uri": "g:1"})
    b.span("Uri", "place", nth=1, kind="city", id="g:1", name="Uri")
    b.claims.append(
        {
            "id": "claim-2",
            "speaker": "The spokesman",
            "source": b.claims[0]["source"],
            "content": b.span("the border near Uri was open", "claim").id,
        }
    )
    b.claims.append(
        {
            "id": "claim-3",
            "speaker": "The spokesman",
            "source": b.claims[0]["source"],
            "content": b.span("troops fired at smugglers", "claim").id,
        }
    )
    result = compare([a.analysis(), b.analysis()])
    _, kb = _ids(result)
    (row,) = result["shared_events"]  # a single-source row before: the claim was not aligned
    (claim,) = row["articles"][kb]["claims"]
    assert claim["claim"] == denial and claim["stance"] == "denies" and claim["place_match"] == "same_place"
    assert row["articles"][kb]["triggers"] == [] and row["articles"][kb]["matched_by"] == "claim"
    assert row["markers"] == []  # a claim is shown, not counted as the report denying the event

    from newsprism.render.comparison import _event_cell

    assert _event_cell(row, kb).startswith("denied by The ministry (government): “reports that its troops shelled Uri”")


def test_a_claim_that_fits_two_rows_joins_neither():
    a = Report("A", "Troops shelled Uri on Monday. Troops shelled Uri on Friday.")
    a.event("shelled", "Troops", None, "Uri", "g:1")
    a.event("shelled", "Troops", None, "Uri", "g:1", trigger_nth=1, date="2025-05-16")
    b = Report("B", "Residents said shells hit homes in Uri.")
    b.claim("Residents", "said", "shells hit homes in Uri", {"Uri": "g:1"})
    result = compare([a.analysis(), b.analysis()])
    assert not result["shared_events"]


# --- districts -----------------------------------------------------------------------------------


def test_a_district_and_the_town_match_as_the_same_area():
    """The place layer gives 'the Kalbajar district' the town's id: before, that was the same
    place; now it is the same area, said in the row and on screen."""
    from newsprism.render.comparison import _when

    a = Report("A", "Armenian forces fired on positions in the Kalbajar district.")
    a.event("fired", "Armenian forces", "armenian", "the Kalbajar district", "kb:kalbajar", name="Kalbajar", date=None)
    b = Report("B", "Armenian troops shelled Kalbajar.")
    b.event("shelled", "Armenian troops", "armenian", "Kalbajar", "kb:kalbajar", date=None)
    c = Report("C", "Armenian troops shelled Kalbajar.")
    c.event("shelled", "Armenian troops", "armenian", "Kalbajar", "kb:kalbajar", date=None)
    result = compare([a.analysis(), b.analysis()])
    (row,) = result["shared_events"]
    assert row["match"] == "place" and row["place_match"] == "same_area"
    assert "same area, not the same place" in _when(row)
    # two towns: the same place
    (row,) = compare([b.analysis(), c.analysis()])["shared_events"]
    assert row["place_match"] == "same_place"


# --- the audit set, whole pipeline ----------------------------------------------------------------


def test_three_sides_of_a_border_clash(tmp_path):
    """Fictional Armenian, Azerbaijani and wire reports of one night on the border (Jermuk, which
    Azerbaijan calls Istisu; the Kalbajar district, which Armenia calls Karvachar)."""
    files = [
        str(FIX10 / f)
        for f in ("jermuk_ararat_valley_dispatch.txt", "kalbajar_caspian_evening_herald.txt", "border_meridian_wire.txt")
    ]
    assert main(["compare", *files, "--format", "json", "-o", str(tmp_path / "c.json")]) == 0
    doc = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    am, az, wire = _ids(doc)
    row = next(e for e in doc["shared_events"] if e["event_type"] == "ASSAULT" and az in e["articles"] and am in e["articles"])
    # each national outlet blames the other side; the wire gives both accounts. When the event
    # layer tells the Azerbaijani outlet's "In response, … struck Armenian firing points" as an
    # event, that cell holds both sides and the blame shows as who fired first instead
    (marker,) = row["markers"]
    assert marker["marker"] in ("disputed_actor", "disputed_initiator")
    assert marker["by_article"][am] == ["azerbaijani"] and marker["by_article"][az] == ["armenian"]
    assert row["articles"][wire]["initiator"]["sides"] == ["armenian", "azerbaijani"]
    # the Azerbaijani ministry's rejection of Yerevan's account, a claim about the row's event
    denials = [c for c in row["articles"][az]["claims"] if c["stance"] == "denies"]
    assert denials and "Istisu" in denials[0]["text"]
    assert main(["compare", *files, "--format", "html", "-o", str(tmp_path / "c.html")]) == 0
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert "denied by The ministry" in page and "started by azerbaijani per Armenia&#x27;s Defence Ministry" in page
    assert "<br>denied by The ministry" in page  # one line per part of a cell (it was one run with ' — ')
    # the Armenian ministry's denial says where: the row is a day's events at several places
    assert "denied (doer: Armenian troops), at Karvachar (Kalbajar), per The ministry" in page


def test_first_alone_is_no_first_shot_and_weather_is_no_attack():
    """'for the first time' says nothing about who fired first; 'storms hit Uri' is weather."""
    from newsprism.compare_claims import mentions

    text = "Azerbaijani forces shelled Jermuk for the first time since 2022. Armenian units shelled positions near Jermuk."
    r = Report("Ararat Post", text)
    r.event("shelled", "Azerbaijani forces", "azerbaijani", "Jermuk", "g:1")
    r.event("shelled", "Armenian units", "armenian", trigger_nth=1)
    r.events[-1]["location"] = r.events[0]["location"]
    (row,) = compare([r.analysis(), r.analysis()])["shared_events"]
    assert next(iter(row["articles"].values()))["initiator"]["basis"] == ["order"]
    assert mentions("Storms hit Uri and shells hit homes", "ASSAULT") == ["hit", "shells", "hit"]
    assert mentions("Spring storms in Uri", "ASSAULT") == [] and mentions("Protesters marched in March", "PROTEST") == []
    assert mentions("Prisoners in Uri began a hunger strike over the offensive remarks", "ASSAULT") == []


def test_who_fired_first_through_the_whole_pipeline():
    """Each outlet tells both shellings, the other side's first and its own side's 'in response':
    one row, both sides in both cells, so no disputed_actor; before, no marker at all."""
    from conftest import analyse

    def report(town: str, outlet: str, first: str, second: str):
        text = (
            f"{town} clash\n\n{town.upper()}, 13 May 2025 ({outlet}) — {first} forces shelled positions near {town} late on "
            f"Tuesday, the Defence Ministry said. In response, {second} troops shelled positions near {town}, the ministry said."
        )
        return analyse(text, outlet=outlet)

    am = report("Jermuk", "Ararat Post", "Azerbaijani", "Armenian")
    az = report("Istisu", "Caspian Post", "Armenian", "Azerbaijani")  # Istisu: the Azerbaijani name of Jermuk
    result = compare([am, az])
    a, b = _ids(result)
    (row,) = [e for e in result["shared_events"] if e["event_type"] == "ASSAULT"]
    assert row["articles"][a]["actor_sides"] == ["armenian", "azerbaijani"] == row["articles"][b]["actor_sides"]
    assert [m["marker"] for m in row["markers"]] == ["disputed_initiator"]
    assert row["markers"][0]["by_article"] == {a: ["azerbaijani"], b: ["armenian"]}
    assert row["markers"][0]["basis"] == {a: ["response_cue"], b: ["response_cue"]}
