"""Twelfth session, comparison: the eleventh session's leftovers (who the dead were, a wire's
attributed first shot, one incident for the cued initiator) and the auditor's follow-ups."""

import datetime as dt

from newsprism.compare import compare

from conftest import analyse


def _strike(text: str, outlet: str):
    return analyse(text, outlet=outlet, published=dt.date(2026, 11, 6))


def test_fighters_in_one_report_and_civilians_in_another_at_one_place_are_a_dispute():
    """The Mijek strike: 'four armed members of the militias' (one outlet) and 'three Sahrawi
    civilians' (the other) were two rows with no finding; now a disputed_victims finding with
    both figures' words, offsets and spans."""
    a_text = (
        "Strike near Mijek\n\nA precision strike on Thursday killed four armed members of the militias near Mijek, "
        "a military source said."
    )
    b_text = "Drone kills civilians\n\nA drone killed three Sahrawi civilians near Mijek on Thursday, the ministry said."
    a, b = _strike(a_text, "The Dune Courier"), _strike(b_text, "Free Desert Review")
    cmp = compare([a, b])
    (d,) = cmp["casualty_figures"]["disputes"]
    ka, kb = (c["id"] for c in cmp["articles"])
    assert (d["marker"], d["outcome"], d["places"]) == ("disputed_victims", "killed", ["Mijek"])
    (fa,) = d["combatants"]["by_article"][ka]
    (fb,) = d["noncombatants"]["by_article"][kb]
    assert (d["combatants"]["victims"], d["noncombatants"]["victims"]) == ("fighters", "civilians")
    assert a_text[fa["start"] : fa["end"]] == "four armed members"
    assert b_text[fb["start"] : fb["end"]] == "three Sahrawi civilians"
    assert next(s for s in a.spans if s.id == fa["span"]).start == fa["start"]
    assert next(s for s in b.spans if s.id == fb["span"]).start == fb["start"]
    assert fa["said_by"]["speaker"] == "a military source"
    marked = [o for r in cmp["casualty_figures"]["rows"] for o in r["other_victims"] if o.get("disputed")]
    assert len(marked) == 2


def test_one_report_giving_both_kinds_and_two_sides_dead_are_no_dispute():
    """'four children and two soldiers' in one report are parts of one toll; Armenian soldiers and
    Azerbaijani civilians at one place are two sides' dead."""
    a = _strike("Strike\n\nA missile killed four children and two soldiers in Kramatorsk on Thursday.", "Donbas Courier")
    b = _strike("Strike\n\nShelling killed two soldiers in Kramatorsk on Thursday, officials said.", "Steppe Wire")
    assert compare([a, b])["casualty_figures"]["disputes"] == []
    c = _strike("Clash\n\nTwo Armenian soldiers were killed near Jermuk on Thursday.", "Yerevan Ledger")
    d = _strike("Clash\n\nThree Azerbaijani civilians were killed near Jermuk on Thursday.", "Caspian Ledger")
    assert compare([c, d])["casualty_figures"]["disputes"] == []


def _cued(side: str) -> dict:
    return {
        "triggers": ["event-1"],
        "actor_sides": [side],
        "actor_ids": [],
        "actor_names": {},
        "modalities": {"asserted": 1},
        "denied": [],
        "initiator": {"sides": [side], "basis": ["initiation_cue"], "accounts": []},
    }


def test_two_cued_first_shots_far_apart_on_one_day_are_two_incidents():
    """Review 11's risk: 'RSF fighters opened unprovoked fire in El Fasher' / 'army troops launched
    an unprovoked attack in Omdurman' on one day (790 km apart) made a disputed_initiator; the
    Line of Control's two halves (Uri and the Leepa valley, 27 km) still do."""
    from newsprism.compare_events import Place, collisions

    def at(name: str, lat: float, lon: float) -> list[Place]:
        return [Place(f"t:{name}", frozenset({name.casefold()}), name, lat=lat, lon=lon)]

    cells = {"a": _cued("rsf"), "b": _cued("saf")}
    apart = collisions(cells, {"a": at("El Fasher", 13.63, 25.35), "b": at("Omdurman", 15.64, 32.48)}, dated=True)
    assert [m["marker"] for m in apart] == []
    near = collisions(cells, {"a": at("Uri", 34.086, 74.032), "b": at("Leepa", 34.32, 73.9)}, dated=True)
    assert [m["marker"] for m in near] == ["disputed_initiator"]
    assert near[0]["by_article"] == {"a": ["rsf"], "b": ["saf"]}


def _wire(body: str):
    return analyse("Fire on the LoC\n\n" + body, outlet="Compass Newswire", published=dt.date(2026, 10, 12))


def _dated_assault(cmp: dict, key: str) -> dict:
    return next(e for e in cmp["shared_events"] if e["event_type"] == "ASSAULT" and e["date"] and key in e["articles"])


def test_a_wires_claims_of_who_fired_first_give_the_attributed_initiator():
    """'Pakistan's military said Indian forces fired first' (and India's claim of the reverse) on a
    wire that tells an exchange of fire: the wire's cell had no initiator."""
    exchange = "Indian and Pakistani troops exchanged heavy fire across the Line of Control on Sunday night, officials said. "
    wire = _wire(exchange + "Pakistan's military said Indian forces fired first. India said Pakistan fired first.")
    other = analyse(
        "Firing on the LoC\n\nPakistani troops shelled villages across the Line of Control on Sunday night, the army said.",
        outlet="Valley Ledger",
        published=dt.date(2026, 10, 12),
    )
    cmp = compare([wire, other])
    kw = cmp["articles"][0]["id"]
    started = _dated_assault(cmp, kw)["articles"][kw]["initiator"]
    assert started["sides"] == ["indian", "pakistani"] and started["basis"] == ["claimed_initiation"]
    by_speaker = {a["said_by"][0]: a for a in started["accounts"]}
    assert by_speaker["Pakistan's military"]["sides"] == ["indian"]
    assert by_speaker["India"]["sides"] == ["pakistani"]
    claims = {c["id"]: c for c in wire.records["claims"]}
    spans = {s.id: s for s in wire.spans}
    (cid,) = by_speaker["India"]["claims"]
    assert spans[claims[cid]["content"]].text.startswith("Pakistan fired first")


def test_each_side_accusing_the_other_names_both_sides():
    """'Each side accused the other of firing first' on a wire: a mutual accusation, both sides."""
    wire = _wire(
        "Indian and Pakistani troops exchanged heavy fire across the Line of Control on Sunday night. "
        "Each side accused the other of firing first."
    )
    other = analyse(
        "Firing on the LoC\n\nIndian troops shelled villages across the Line of Control on Sunday night, the army said.",
        outlet="Karakoram Post",
        published=dt.date(2026, 10, 12),
    )
    cmp = compare([wire, other])
    kw = cmp["articles"][0]["id"]
    started = _dated_assault(cmp, kw)["articles"][kw]["initiator"]
    assert started["basis"] == ["mutual_accusation"] and started["sides"] == ["indian", "pakistani"]
    assert started["accounts"][0]["said_by"] == ["Each side"]


def test_two_reports_quoting_rival_sides_do_not_differ():
    """Audit 12 (g2/g3): the Ossetian outlet quotes Georgia's 'two men', the wire South Ossetia's
    'three men': the row said 'differs', as if the reports disagreed; the sources do."""
    a = _strike("Detentions\n\nThe Georgian State Security Service said two men had been detained.", "Iryston Post")
    b = _strike("Detentions\n\nThe border department of South Ossetia's KGB said three men were detained.", "Meridian Post")
    (row,) = [r for r in compare([a, b])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert row["differs"] is False
    sides = sorted(e["said_by"]["side"] for v in row["by_article"].values() for e in v)
    assert sides == ["georgian", "south_ossetian"]
    c = _strike("Detentions\n\nThe border department of South Ossetia's KGB said two men were detained.", "Tskhinval Post")
    (row,) = [r for r in compare([c, b])["casualty_figures"]["rows"] if r["outcome"] == "detained"]
    assert row["differs"] is True


def test_counts_of_one_place_in_rows_apart_are_compared():
    """Audit 12, C18: the Georgian outlet's 'two villagers' of Ditsi (not the Russians', civilians)
    and the Ossetian outlet's 'three citizens' at Dici (not the Ossetians', people) were never
    compared: each side names another doer, so the rows stay apart; differing_counts points at both."""
    a_text = "Villagers abducted\n\nRussian forces on Tuesday detained two villagers near Ditsi."
    b_text = "Violators detained\n\nSouth Ossetian border guards on Tuesday detained three citizens of Georgia near Dici."
    a, b = _strike(a_text, "Kura Herald"), _strike(b_text, "Liakhvi Post")
    cmp = compare([a, b])
    (d,) = [x for x in cmp["casualty_figures"]["disputes"] if x["marker"] == "differing_counts"]
    ka, kb = (c["id"] for c in cmp["articles"])
    first, second = d["counts"]
    assert (d["outcome"], first["victims"], second["victims"]) == ("detained", "civilians", "people")
    (fa,) = first["by_article"][ka]
    (fb,) = second["by_article"][kb]
    assert (a_text[fa["start"] : fa["end"]], b_text[fb["start"] : fb["end"]]) == ("two villagers", "three citizens")
    c = _strike("Villagers abducted\n\nRussian forces on Tuesday detained three villagers near Ditsi.", "Kura Courier")
    assert [x for x in compare([c, b])["casualty_figures"]["disputes"] if x["marker"] == "differing_counts"] == []


def test_a_figure_the_report_gives_at_a_distance_says_so():
    """Audit 12, C17: 'Priština claims that three armed attackers were killed …, but Serbian
    officials say no Serb opened fire' was shown as '3 (per Priština)', like a report's own figure."""
    from newsprism.render.comparison import to_html

    a = _strike(
        "Night in Banjska\n\nPriština claims that three armed attackers were killed in a gunfight, but Serbian officials "
        "say no Serb opened fire.",
        "Sava Post",
    )
    b = _strike("Night in Banjska\n\nThe police said three attackers were killed in a gunfight.", "Dardania Post")
    cmp = compare([a, b])
    said = {e["text"]: e["said_by"] for r in cmp["casualty_figures"]["rows"] for v in r["by_article"].values() for e in v}
    assert said["three armed attackers"]["distanced"] == "claims"
    assert "distanced" not in said["three attackers"]
    assert "per Priština (who “claims” so)" in to_html(cmp)


def test_the_headline_stating_as_fact_what_the_body_attributes_is_a_row():
    """Lead (C11, taken by the headline layer): the comparison shows, per report, the headline's
    words that state as fact what the body reports only on someone's word, with their offsets.
    The headline layer's own finding is its tests' matter; here its span, as it writes it."""
    from newsprism.render.comparison import to_html

    text = "Three attackers killed near Banjska\n\nThree attackers were killed near Banjska, the minister said."
    a, b = _strike(text, "Ibar Post"), _strike(text, "Sava Post")
    at = text.index("killed")
    a.add_span("headline", "stated_as_fact", at, at + len("killed"), "headline:stated-as-fact", {"speaker": "the minister"})
    col_a, col_b = (c for c in compare([a, b])["articles"])
    assert (col_a["headline_as_fact"], col_b["headline_as_fact"]) == (["killed"], [])
    (ev,) = col_a["evidence"]["headline_as_fact"]
    assert (ev["start"], ev["end"], ev["text"]) == (at, at + 6, "killed")
    assert "headline states as fact" in to_html(compare([a, b]))
