import datetime as dt
import json
from pathlib import Path

from newsprism.cli import main
from newsprism.compare import compare


def test_comparison_of_the_samples(sample_analyses):
    result = compare(list(sample_analyses.values()))
    cols = {c["outlet"]: c for c in result["articles"]}
    assert set(cols) == {"Caspian Herald", "Artsakh Daily Ledger", "Meridian Wire"}
    assert cols["Caspian Herald"]["side"] == "azerbaijani" and cols["Artsakh Daily Ledger"]["side"] == "armenian"
    # every column's facts come from that article's own analysis
    for an in sample_analyses.values():
        col = next(c for c in result["articles"] if c["id"] == an.article.id)
        assert col["events"] == {k: v for k, v in col["events"].items() if v > 0}
        assert sum(col["events"].values()) == len(an.records.get("events", []))
    # the same events show up across reports with their dates
    for ev in result["shared_events"]:
        assert len(ev["articles"]) > 1 and ev["date"]
    # place names that differ between reports are listed with the names each used
    for entry in result["place_names"].values():
        used = {tuple(v["names"]) for v in entry["by_article"].values()}
        assert entry["differs"] == (len(used) > 1)


def test_compare_cli_json_and_html(tmp_path, capsys):
    out = tmp_path / "c.json"
    assert main(["compare", "--format", "json", "-o", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert doc["schema"] == "newsprism.comparison/1" and len(doc["articles"]) == 3
    page = tmp_path / "c.html"
    assert main(["compare", "--format", "html", "-o", str(page)]) == 0
    html = page.read_text()
    assert "Caspian Herald" in html and "<script" not in html


def test_compare_needs_two_reports(tmp_path, capsys):
    one = tmp_path / "one.txt"
    one.write_text("Talks resumed in Geneva on Monday, mediators said.")
    assert main(["compare", str(one)]) == 2
    assert "at least two" in capsys.readouterr().err


def test_the_same_text_from_two_outlets_keeps_two_columns(sample_analyses):
    import copy

    wire = sample_analyses["meridian_wire"]
    again = copy.deepcopy(wire)
    again.article.outlet = "Syndicating Gazette"
    result = compare([wire, again])
    a, b = result["articles"]
    assert a["id"] != b["id"] and b["outlet"] == "Syndicating Gazette"
    n_events = len([e for e in wire.records["events"] if e.get("date") and not e.get("negated")])
    assert n_events and not result["single_source_events"]
    for ev in result["shared_events"]:
        assert set(ev["articles"]) == {a["id"], b["id"]}
        assert ev["articles"][a["id"]]["triggers"] == ev["articles"][b["id"]]["triggers"]


def test_every_voice_is_listed():
    from newsprism.model import Analysis, Article

    voices = [{"speaker": f"voice {i}"} for i in range(12)]
    an = Analysis(article=Article(text="Twelve sources spoke."), summary={"sourcing": {"voices": voices}})
    assert compare([an, an])["articles"][0]["voices"] == [v["speaker"] for v in voices]


def test_terminal_says_how_many_shared_events_it_leaves_out():
    from rich.console import Console

    from newsprism.model import Analysis, Article
    from newsprism.render import comparison

    events = [
        {"id": f"event-{i}", "event_type": "ASSAULT", "date": f"2023-04-{i + 1:02d}", "trigger": f"event-{i}"} for i in range(20)
    ]
    a = Analysis(article=Article(text="Report A.", outlet="A"), records={"events": events})
    b = Analysis(article=Article(text="Report B.", outlet="B"), records={"events": events})
    result = compare([a, b])
    assert len(result["shared_events"]) == 20
    console = Console(record=True, width=140)
    comparison.terminal(result, console)
    assert "5 more" in console.export_text()


def test_every_technique_is_counted():
    from newsprism.model import Analysis, Article, Span

    text = "abcdefg"
    spans = [Span("technique", f"T{i}", i, i + 1, text[i], "technique@1.0:test", id=f"technique-{i}") for i in range(7)]
    an = Analysis(article=Article(text=text), spans=spans)
    assert compare([an, an])["articles"][0]["techniques"] == {f"T{i}": 1 for i in range(7)}


def test_compare_output_never_overwrites_an_input(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    b.write_text("Talks stalled in Geneva on Monday, mediators said.\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--layers", "meta", "-o", str(b)]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert b.read_text(encoding="utf-8").startswith("Talks stalled")


def test_compare_json_on_stdout_is_what_o_writes_and_what_the_docs_list(tmp_path, capsys):
    """docs/schema.md documents newsprism.comparison/1: its keys are the ones written, and
    stdout holds the same bytes as -o."""
    import re
    from pathlib import Path

    assert main(["compare", "--format", "json", "--layers", "meta"]) == 0
    printed = capsys.readouterr().out
    out = tmp_path / "c.json"
    assert main(["compare", "--format", "json", "--layers", "meta", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == printed
    doc = json.loads(printed)
    docs = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    section = docs[docs.index("# The comparison format") :]
    top, columns = section.split("## `articles[]`")

    def keys(table: str) -> set[str]:
        return {k for row in re.findall(r"^\| (`[^|]+`) \|", table, re.M) for k in re.findall(r"`([a-z_]+)`", row)}

    assert keys(top) == set(doc)
    assert keys(columns) == set(doc["articles"][0])
    assert all(col["source_path"].startswith("samples/") for col in doc["articles"])


def test_compare_takes_the_encoding_and_size_options_of_analyze(tmp_path, capsys):
    a = tmp_path / "a.txt"
    a.write_bytes("Кафе в Горисе закрыто, сообщили власти в понедельник.\n".encode("cp1251"))
    b = tmp_path / "b.txt"
    b.write_text("Talks resumed in Geneva on Monday, mediators said.\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--layers", "meta", "--format", "json", "--encoding", "cp1251"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"][0]["words"] == 8
    assert main(["compare", str(a), str(b), "--layers", "meta", "--max-chars", "10"]) == 2
    assert "too large" in capsys.readouterr().err


def test_a_layer_that_did_not_run_reads_not_analysed_not_zero():
    """A French report: the English-only layers are skipped, which is not 'no claims found'."""
    from newsprism.model import Analysis, Article, LayerRun

    text = "Les négociations ont repris mardi à Bruxelles."
    runs = [LayerRun("meta", "1.0"), LayerRun("claim", "1.0", status="skipped", reason="needs English")]
    runs += [LayerRun("framing", "1.0"), LayerRun("technique", "1.0", status="failed", reason="boom")]
    an = Analysis(article=Article(text=text), layers=runs, summary={"genre": {"label": "opinion", "caveat": "too short"}})
    col = compare([an])["articles"][0]
    assert col["unattributed"] == "not analysed" and col["voices"] == "not analysed"
    assert col["techniques"] == "not analysed" and col["events"] == "not analysed"  # event not in the run at all
    assert col["framing"] == {} and col["scare_quoted"] == []  # ran, found nothing
    assert col["genre"] == "opinion (weak evidence: see the caveat row)" and col["genre_caveat"] == "too short"


def test_place_names_row_shows_glosses_and_shared_names():
    """Audit 2026-11-26 (tests/fixtures/audit_compare/k*.txt): a report that mentions a place only
    by a name all sides use ('Karabakh') or gives a name only as a gloss read '—' ('does not
    mention the place'), and a place only one report names with a side's name ('Artsakh') had
    no row at all."""
    from rich.console import Console

    from newsprism.render import comparison

    from conftest import analyse

    a = analyse("Children in Artsakh lack medicine, officials in Stepanakert said on Monday.", ["place"], outlet="Courier A")
    b = analyse(
        "A convoy reached Khankendi, which Armenians call Stepanakert, and other towns of Karabakh on Sunday.",
        ["place"],
        outlet="Wire B",
    )
    result = compare([a, b])
    karabakh = result["place_names"]["karabakh"]
    ka, kb_ = (karabakh["by_article"][c["id"]] for c in result["articles"])
    assert ka["names"] == ["Artsakh"] and kb_["names"] == [] and kb_["shared"] == ["Karabakh"] and kb_["shared_spans"]
    assert karabakh["differs"]
    city = result["place_names"]["khankendi"]["by_article"][result["articles"][1]["id"]]
    assert city["names"] == ["Khankendi"] and city["glosses"] == ["Stepanakert"] and city["gloss_spans"]
    console = Console(record=True, width=160)
    comparison.terminal(result, console)
    text = console.export_text()
    assert "Karabakh (shared name)" in text and "as a gloss: Stepanakert" in text
    page = comparison.to_html(result)
    assert "Karabakh (shared name)" in page and "as a gloss: Stepanakert" in page


def test_every_row_finding_points_at_characters_and_a_rule():
    """Audit 2026-11-26: the labels, scare quotes, voices and naming verdict of a column had no
    span ids, offsets or producing rule; a researcher could not check 'Kiev regime' in the text."""
    from conftest import analyse

    text = (
        "Kremlin aide Vadim Sorokin said on Tuesday that the Kiev regime had refused talks. "
        "Russian forces struck an energy facility in Kharkov, the ministry said."
    )
    an = analyse(text, ["place", "framing", "claim"], outlet="Volga Dispatch")
    col = compare([an, an])["articles"][0]
    ev = col["evidence"]
    assert col["naming_rule"]
    for row in ("naming_verdict", "labels_in_speech", "voices"):
        assert ev[row], row
        for item in ev[row]:
            assert text[item["start"] : item["end"]] == item["text"] and item["source"] and item["span"]
    assert any(i["text"] == "Kiev regime" for i in ev["labels_in_speech"])  # the aide's words, as reported
    assert {i["text"] for i in ev["naming_verdict"]} >= {"Kharkov"}
    assert any(i["text"] == "Kremlin aide Vadim Sorokin" for i in ev["voices"])


def test_event_places_keep_each_reports_own_name():
    """Audit 2026-11-26: an event 'via Akna' in an Armenian report was listed 'at Aghdam' (the
    gazetteer's name), hiding the report's naming in a table meant to compare it."""
    from newsprism.model import Analysis, Article

    def report(outlet: str, written: str) -> Analysis:
        loc = {"text": written, "name": "Aghdam", "id": "kb:aghdam", "span": "place-1"}
        ev = {"id": "event-1", "event_type": "REJECT", "date": "2023-06-12", "trigger": "event-1", "location": loc}
        return Analysis(article=Article(text=f"Officials rejected aid via {written}.", outlet=outlet), records={"events": [ev]})

    result = compare([report("Ararat Courier", "Akna"), report("Absheron Gazette", "Aghdam")])
    (ev,) = result["shared_events"]
    a, b = (ev["articles"][c["id"]]["places"] for c in result["articles"])
    assert a == ["Akna (Aghdam)"] and b == ["Aghdam"]
    # a third report with the canonical name plus the article still reads as the same place name
    (ev,) = compare([report("X", "the Aghdam"), report("Y", "Aghdam")])["shared_events"]
    assert [p for a in ev["articles"].values() for p in a["places"]] == ["the Aghdam", "Aghdam"]  # no "(Aghdam)" suffix


def test_undated_events_are_counted_and_said():
    """Audit 2026-11-26: with datelines that give no year, no event could be aligned and the
    comparison was silent about why."""
    from rich.console import Console

    from newsprism.model import Analysis, Article
    from newsprism.render import comparison

    ev = {"id": "event-1", "event_type": "COERCE", "date": None, "trigger": "event-1"}
    a = Analysis(article=Article(text="A convoy was stopped on Sunday.", outlet="A"), records={"events": [ev]})
    b = Analysis(
        article=Article(text="Trucks were held on Sunday.", outlet="B"), records={"events": [ev, dict(ev, negated=True)]}
    )
    result = compare([a, b])
    assert list(result["undated_events"].values()) == [1, 1] and not result["shared_events"]
    console = Console(record=True, width=200)
    comparison.terminal(result, console)
    text = console.export_text()
    assert "No event is aligned" in text and "A 1, B 1" in text
    assert "No event is aligned" in comparison.to_html(result)


def test_labels_row_separates_the_outlets_voice_from_its_speakers():
    """A label a quoted or reported speaker uses is not the outlet's choice of word: the
    comparison lists the two apart, so an outlet is not charged with its sources' labels."""
    from conftest import analyse

    quoting = analyse(
        'Officials in Baku said the separatists had shelled the road. "These terrorists will pay," the mayor said.',
        ["framing", "claim"],
        outlet="Caspian Courier",
    )
    own = analyse("The separatist regime shelled the road again on Monday.", ["framing", "claim"], outlet="Baku Bugle")
    a, b = compare([quoting, own])["articles"]
    assert a["labels"] == [] and set(a["labels_in_speech"]) == {"separatists", "terrorists"}
    assert b["labels"] == ["separatist regime"] and b["labels_in_speech"] == []
    assert not_analysed_row(compare([analyse("Nothing here.", ["claim"])])["articles"][0])
    scare = compare([analyse('"Liberated" villages were shelled again.', ["framing", "claim"])])["articles"][0]
    assert scare["labels"] == scare["labels_in_speech"] == [] and scare["scare_quoted"] == ["Liberated"]


def not_analysed_row(col: dict) -> bool:
    return col["labels"] == col["labels_in_speech"] == "not analysed"


def test_kinds_of_source_and_the_unnamed_sources_as_evidence():
    from conftest import analyse

    text = (
        'Interior Minister Petar Ilic said the bridge would stay closed. "We will find them," Ilic said. '
        "A senior police official, who spoke on condition of anonymity, said the attackers came from the south. "
        "Sources close to the investigation said two suspects had been detained."
    )
    other = "Residents said the bridge was quiet on Monday. The mayor said shops had reopened."
    result = compare([analyse(text, ["claim"]), analyse(other, ["claim"])])
    col = result["articles"][0]
    assert col["source_kinds"].get("anonymous") == 2 and col["source_kinds"].get("named_person", 0) >= 1
    unnamed = [e["text"] for e in col["evidence"]["source_kinds"]]
    assert unnamed == ["A senior police official", "Sources close to the investigation"], unnamed
    for e in col["evidence"]["source_kinds"]:
        assert text[e["start"] : e["end"]] == e["text"] and e["source"].startswith("claim@")


def test_an_event_both_reports_give_shows_each_reports_doer():
    """The same day's shelling, blamed on the other side by each outlet: the row says so."""
    from newsprism.render.comparison import _event_cell

    from conftest import analyse

    a = analyse(
        "Pakistani troops shelled forward villages in Poonch on Wednesday, killing two civilians, the Indian Army said.",
        published=dt.date(2025, 3, 14),
    )
    b = analyse(
        "Indian forces shelled villages near Kotli on Wednesday, wounding four villagers, the military said.",
        published=dt.date(2025, 3, 14),
    )
    result = compare([a, b])
    [shared] = [e for e in result["shared_events"] if e["event_type"] == "ASSAULT"]
    assert shared["date"] == "2025-03-12"
    actors = {k: v["actors"] for k, v in shared["articles"].items()}
    assert actors == {a.article.id: ["Pakistani troops"], b.article.id: ["Indian forces"]}
    assert "by Indian forces" in _event_cell(shared, b.article.id)
    # the same day, but each report places it on its own side of the line: an exchange of fire,
    # not one shelling blamed on both sides
    assert not shared["markers"]


# --- ninth session: undated events, who says so, collisions -------------------------------


def _ev(i: int, place: str | None = None, pid: str | None = None, **kw) -> dict:
    loc = {"text": place, "name": place, "id": pid, "kind": "city"} if place else None
    return {"id": f"event-{i}", "event_type": "ASSAULT", "date": None, "trigger": f"event-{i}", "location": loc} | kw


def _report(outlet: str, events: list[dict]):
    from newsprism.model import Analysis, Article

    return Analysis(article=Article(text=f"A report by {outlet}.", outlet=outlet), records={"events": events})


def _cols(result: dict) -> list[str]:
    return [c["id"] for c in result["articles"]]


def test_undated_events_align_by_type_and_place_only():
    """No year in either dateline: before, nothing was aligned. The same type at the same place
    is a row, marked as matched by place only; the same type elsewhere, on a day that cannot be
    the same, or at a whole country is not."""
    a = _report(
        "A",
        [
            _ev(1, "Uri", "g:1", time_value="XXXX-WXX-2T22:00"),
            _ev(2, "Keran", "g:2", time_value="XXXX-WXX-1"),
            _ev(3, "India", "g:3"),
        ],
    )
    b = _report("B", [_ev(1, "uri", "g:1"), _ev(2, "Baramulla", "g:4"), _ev(3, "Keran", "g:2", time_value="XXXX-XX")])
    a.records["events"][2]["location"]["kind"] = "country"
    result = compare([a, b])
    ka, kb = _cols(result)
    (row,) = result["shared_events"]
    assert (row["event_type"], row["date"], row["place_id"], row["match"]) == ("ASSAULT", None, "g:1", "place")
    assert row["time_value"] == "XXXX-WXX-2"  # the time of day says nothing about the day
    assert {k: c["matched_by"] for k, c in row["articles"].items()} == {ka: "place", kb: "place"}
    # Keran on an unknown weekday in A and "last month" in B: not one event; Baramulla only in B
    singles = sorted((e["place"], list(e["articles"])) for e in result["single_source_events"])
    assert singles == sorted([("Baramulla", [kb]), ("Keran", [ka]), ("Keran", [kb])])
    assert result["undated_events"] == {ka: 1, kb: 0}  # the event placed only 'in India'


def test_an_event_without_a_date_joins_the_dated_report_at_the_same_place():
    dated = _report("A", [_ev(1, "Uri", "g:1", date="2025-03-11")])  # a Tuesday
    tuesday = _report("B", [_ev(1, "Uri", None, time_value="XXXX-WXX-2")])  # unresolved place: the name
    wednesday = _report("C", [_ev(1, "Uri", "g:1", time_value="XXXX-WXX-3")])
    result = compare([dated, tuesday, wednesday])
    ka, kb, kc = _cols(result)
    (row,) = result["shared_events"]
    assert row["date"] == "2025-03-11" and row["match"] == "date_and_place" and set(row["articles"]) == {ka, kb}
    assert row["articles"][kb]["matched_by"] == "place" and row["articles"][ka]["matched_by"] == "date"
    assert [list(e["articles"]) for e in result["single_source_events"]] == [[kc]]
    # two dated rows at that place: an undated telling could be either, so it joins neither
    two = _report("A", [_ev(1, "Uri", "g:1", date="2025-03-11"), _ev(2, "Uri", "g:1", date="2025-03-18")])
    result = compare([two, _report("B", [_ev(1, "Uri", "g:1")])])
    assert not result["shared_events"] and list(result["undated_events"].values()) == [0, 1]


def test_each_side_blames_the_other_and_one_denies_what_the_other_tells():
    from rich.console import Console

    from newsprism.render import comparison

    def doer(text: str, side: str | None, aid: str | None = None) -> dict:
        return {"text": text, "side": side, "id": aid}

    a = _report("Indian Courier", [_ev(1, "Keran", "g:2", actor=doer("Pakistani troops", "pakistani")), _ev(2, "Uri", "g:1")])
    b = _report(
        "Pakistani Courier",
        [
            _ev(1, "Keran", "g:2", actor=doer("Indian troops", "indian")),
            _ev(2, "Uri", "g:1", negated=True, modality="negated", actor=doer("Pakistani troops", "pakistani")),
            _ev(3, "Leepa", "g:5", modality="denied"),  # a denial alone makes no row
        ],
    )
    result = compare([a, b])
    ka, kb = _cols(result)
    rows = {e["place"]: e for e in result["shared_events"]}
    assert set(rows) == {"Keran", "Uri"} and not result["single_source_events"]
    assert rows["Keran"]["markers"] == [
        {"marker": "disputed_actor", "basis": "sides", "by_article": {ka: ["pakistani"], kb: ["indian"]}}
    ]
    assert rows["Uri"]["markers"] == [{"marker": "disputed_occurrence", "asserted": [ka], "denied": [kb]}]
    uri_b = rows["Uri"]["articles"][kb]
    assert uri_b["triggers"] == [] and uri_b["denied"][0]["trigger"] == "event-2" and uri_b["actor_sides"] == []
    # without sides, different known actors; the same known actor is no dispute
    c = _report("C", [_ev(1, "Naqoura", "g:9", actor=doer("Hezbollah fighters", None, "lb:hezbollah"))])
    d = _report("D", [_ev(1, "Naqoura", "g:9", actor=doer("Israeli troops", None, "il:idf"))])
    e = _report("E", [_ev(1, "Naqoura", "g:9", actor=doer("Hezbollah", None, "lb:hezbollah"))])
    assert compare([c, d])["shared_events"][0]["markers"][0]["basis"] == "ids"
    assert compare([c, e])["shared_events"][0]["markers"] == []
    console = Console(record=True, width=400)
    comparison.terminal(result, console)
    text = console.export_text()
    assert "place only (no date)" in text and "disputed actor (Indian Courier: pakistani" in text
    assert "disputed occurrence (told by Indian Courier; denied by Pakistani Courier)" in text
    assert "each side blames the other" in text and "denied (doer: Pakistani troops)" in text
    page = comparison.to_html(result)
    assert "disputed occurrence: one report tells the event" in page and 'class="mark"' in page


def test_who_says_so_is_the_claim_behind_the_event():
    """The event's attribution, resolved to the claim layer's speaker and kind of source, with the
    claim's source span: 'per the Indian Army (government)'."""
    from newsprism.render.comparison import _event_cell

    from conftest import analyse

    text = "Pakistani troops shelled villages in Uri late on Tuesday, wounding four civilians, the Indian Army said."
    a = analyse(text, outlet="Courier A")
    b = analyse("Pakistani troops fired mortars at homes in Uri, residents said.", outlet="Courier B")
    result = compare([a, b])
    row = next(e for e in result["shared_events"] if e["place"] == "Uri")
    cell = row["articles"][a.article.id]
    (said,) = cell["said_by"]
    assert said["speaker"] == "the Indian Army" and said["source_kind"] == "government" and said["claim"]
    span = next(s for s in a.spans if s.id == said["span"])
    assert text[span.start : span.end] == "the Indian Army"
    assert "per the Indian Army (government)" in _event_cell(row, a.article.id)
    assert cell["own_voice"] == 0 and row["articles"][b.article.id]["said_by"][0]["speaker"] == "residents"


FIX9 = Path(__file__).parent / "fixtures" / "compare9"


def test_two_sides_of_a_kashmir_incident(tmp_path, capsys):
    """Fictional Indian and Pakistani reports of one night on the Line of Control, no year in
    either dateline and no --published: the shepherd killed near Keran is blamed on the other
    side by each; the shelling of Uri is told by one and denied by the other."""
    files = [str(FIX9 / "kashmir_dal_lake_sentinel.txt"), str(FIX9 / "kashmir_neelum_valley_times.txt")]
    assert main(["compare", *files, "--format", "json", "-o", str(tmp_path / "k.json")]) == 0
    doc = json.loads((tmp_path / "k.json").read_text(encoding="utf-8"))
    india, pakistan = _cols(doc)
    rows = {e["place"]: e for e in doc["shared_events"]}
    keran, uri = rows["Keran"], rows["Uri"]
    assert keran["match"] == uri["match"] == "place" and keran["date"] is None
    (m,) = keran["markers"]
    assert m["marker"] == "disputed_actor" and m["by_article"] == {india: ["pakistani"], pakistan: ["indian"]}
    assert [m["marker"] for m in uri["markers"]] == ["disputed_occurrence"]
    assert uri["markers"][0]["asserted"] == [india] and uri["markers"][0]["denied"] == [pakistan]
    speakers = {s["speaker"] for s in uri["articles"][india]["said_by"]}
    assert "the Indian Army" in speakers
    assert uri["articles"][pakistan]["denied"][0]["said_by"]["speaker"] == "ISPR"


def test_three_reports_of_an_israel_lebanon_exchange(tmp_path, capsys):
    """Fictional Israeli, Lebanese and wire reports, no year: who hit the UN post near Naqoura
    (each side names the other) and whether Hezbollah fired at Kiryat Shmona (told / denied)."""
    files = sorted(str(p) for p in FIX9.glob("lebanon_*.txt"))  # Cedar Coast, Galilee, Levant wire
    assert main(["compare", *files, "--format", "json", "-o", str(tmp_path / "l.json")]) == 0
    doc = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))
    lebanese, israeli, wire = _cols(doc)
    rows = {e["place_id"] or e["place"]: e for e in doc["shared_events"]}
    naqoura, kiryat, aitaroun = rows["geonames:278832"], rows["geonames:293825"], rows["Aitaroun"]
    (m,) = naqoura["markers"]
    assert m["marker"] == "disputed_actor" and m["by_article"] == {lebanese: ["israeli"], israeli: ["iran_aligned"]}
    (m,) = kiryat["markers"]
    # the wire tells the rocket strike too ("Rockets struck Kiryat Shmona …, Israeli officials said")
    assert m["marker"] == "disputed_occurrence" and m["asserted"] == [israeli, wire] and m["denied"] == [lebanese]
    assert set(aitaroun["articles"]) == {lebanese, israeli, wire}
    # every 'per …' points at the claim's source span in that report's own analysis
    for row in doc["shared_events"]:
        for cell in row["articles"].values():
            for said in cell["said_by"]:
                assert said["span"] is None or said["span"].startswith("claim-")
    page = tmp_path / "l.html"
    assert main(["compare", *files, "--format", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "disputed actor (Cedar Coast Daily: israeli; Galilee Morning Post: iran_aligned)" in html
    assert "place only (no date)" in html and "<script" not in html


def test_the_docs_list_every_key_of_an_event_row_cell_and_marker():
    """docs/schema.md documents the keys of `shared_events` rows, their cells and markers."""
    import re

    a = _report("A", [_ev(1, "Uri", "g:1", actor={"text": "X", "side": "s1"}), _ev(2, "Keran", "g:2")])
    b = _report("B", [_ev(1, "Uri", "g:1", actor={"text": "Y", "side": "s2"}), _ev(2, "Keran", "g:2", negated=True)])
    rows = compare([a, b])["shared_events"]
    docs = (Path(__file__).parent.parent / "docs" / "schema.md").read_text(encoding="utf-8")
    section = docs[docs.index("# The comparison format") : docs.index("## `articles[]`")]
    row_line = next(line for line in section.splitlines() if line.startswith("| `shared_events`"))
    assert set(rows[0]) <= set(re.findall(r'"([a-z_]+)"', row_line))
    cells = section[section.index("**A cell**") : section.index("**Collision markers**")]
    documented = {k for line in cells.splitlines() if line.startswith("- ") for k in re.findall(r"^- (`[^:]+`):", line)}
    documented = {k for item in documented for k in re.findall(r"`([a-z_]+)`", item)}
    for row in rows:
        for cell in row["articles"].values():
            assert set(cell) == documented
            for d in cell["denied"]:
                assert set(d) <= set(re.findall(r'"([a-z_]+)"', cells))
    markers = section[section.index("**Collision markers**") :]
    for m in (m for r in rows for m in r["markers"]):
        assert f"- `{m['marker']}`" in markers and all(f"`{k}`" in markers for k in m if k != "marker")


def test_a_speaker_is_matched_by_words_not_letters():
    from newsprism.compare_events import _within

    assert _within(["he"], ["he", "said"]) and not _within(["he"], ["the", "army"])
    assert _within(["colonel", "mehra"], ["colonel", "mehra", "a", "spokesman"])


# --- ninth-session review -------------------------------------------------------------------


def test_a_proper_noun_the_place_layer_did_not_find_joins_no_row_by_place():
    """'targeting homes along the Line of Control' on a Tuesday in two reports: the event layer's
    location (no place span, no id) is a 740-km line, not a town; two such tellings are not one
    event. A location without a span whose name another report's place layer found still joins."""
    line = {"text": "the Line of Control", "name": None, "id": None, "span": None}
    a = _report("A", [_ev(1, time_value="XXXX-WXX-2", location=dict(line)), _ev(2, "Leepa valley", None)])
    a.records["events"][1]["location"]["span"] = "place-2"
    b = _report("B", [_ev(1, time_value="XXXX-WXX-2", location=dict(line))])
    b.records["events"].append(_ev(2, location={"text": "the Leepa valley", "name": None, "id": None, "span": None}))
    result = compare([a, b])
    ka, kb = _cols(result)
    assert [(e["place"], sorted(e["articles"])) for e in result["shared_events"]] == [("Leepa valley", sorted([ka, kb]))]
    assert not result["single_source_events"] and result["undated_events"] == {ka: 1, kb: 1}


def test_a_syndicated_copy_is_not_a_second_account():
    """The same text given twice (two outlets printing one wire story) shares every event with
    itself: the columns and rows say it is one text, and rows told by two different texts rank first."""
    import copy

    from newsprism.render.comparison import _event_cell, to_html

    wire = _report("Wire", [_ev(1, "Uri", "g:1"), _ev(2, "Keran", "g:2", event_type="COERCE")])
    again = copy.deepcopy(wire)
    again.article.text = "  " + wire.article.text.replace(" ", "\n")  # spacing aside, the same words
    again.article.outlet, again.article.id = "Reprint", ""
    again.article.__post_init__()
    other = _report("Other", [_ev(1, "Keran", "g:2", event_type="COERCE")])
    result = compare([wire, again, other])
    kw, ka, _ = _cols(result)
    assert [c["same_text_as"] for c in result["articles"]] == [None, kw, None]
    assert [(e["place"], e["texts"], len(e["articles"])) for e in result["shared_events"]] == [
        ("Keran", 2, 3),
        ("Uri", 1, 2),
    ]
    uri = result["shared_events"][1]
    assert _event_cell(uri, ka, "Wire") == "same text as Wire"
    assert "same text as Wire" in to_html(result)


def test_a_place_only_row_says_the_weekday_the_reports_give():
    from newsprism.render.comparison import _when

    row = {"match": "place", "date": None, "time_value": "XXXX-WXX-2"}
    assert _when(row) == "place only (no date; on a Tuesday)"
    assert _when(row | {"time_value": None}) == "place only (no date)"


def test_two_columns_of_one_text_have_two_names():
    from newsprism.render.comparison import _name

    wire = _report("Wire", [_ev(1, "Uri", "g:1")])
    result = compare([wire, wire])
    assert [_name(c) for c in result["articles"]] == ["Wire", "Wire #2"]


def test_two_reports_agree_and_a_third_blames_the_other_side():
    """Three tellings of one market strike: two blame the RSF, the third the army. The marker
    lists all three, so that the dissent is seen against the two that agree."""
    from newsprism.render.comparison import _markers

    rsf = {"text": "RSF", "side": "rsf", "id": "sd:rsf"}
    reports = [
        _report("A", [_ev(1, "El Fasher", "g:9", time_value="XXXX-WXX-7", actor=rsf)]),
        _report("B", [_ev(1, "El Fasher", "g:9", actor=rsf)]),
        _report("C", [_ev(1, "El Fasher", "g:9", actor={"text": "the army", "side": "saf", "id": "sd:saf"})]),
    ]
    result = compare(reports)
    ka, kb, kc = _cols(result)
    (row,) = result["shared_events"]
    (marker,) = row["markers"]
    assert marker["by_article"] == {ka: ["rsf"], kb: ["rsf"], kc: ["saf"]}
    assert _markers(row, {ka: "A", kb: "B", kc: "C"}) == "disputed actor (A: rsf; B: rsf; C: saf)"


def test_a_report_without_the_date_says_which_day_it_gave():
    """'no date: matched by place' did not say why the undated telling fits the dated row: the
    cell keeps the weekday it gives, and the row shows it."""
    from newsprism.render.comparison import _event_cell

    dated = _report("A", [_ev(1, "Uri", "g:1", date="2025-03-11")])
    tuesday = _report("B", [_ev(1, "Uri", "g:1", time_value="XXXX-WXX-2T22:00")])
    result = compare([dated, tuesday])
    ka, kb = _cols(result)
    (row,) = result["shared_events"]
    assert row["articles"][kb]["days"] == ["XXXX-WXX-2"] and row["articles"][ka]["days"] == []
    assert _event_cell(row, kb).endswith("no date (on a Tuesday): matched by place")


FIX9R = Path(__file__).parent / "fixtures" / "compare9_review"


def test_review_two_shellings_of_one_town_and_a_line_that_is_no_town(tmp_path, capsys):
    """Fictional reports: Nikopol shelled on Monday and again on Thursday (one report tells both,
    no year; one gives Monday with a full dateline; one Thursday, no year): Thursday's row holds
    the two reports that tell Thursday, never Monday's; a report repeating another's text is
    marked; 'along the Line of Control' makes no row."""
    files = [str(FIX9R / f) for f in ("nikopol_dnipro_evening_ledger.txt", "nikopol_steppe_wire.txt")]
    files += [str(FIX9R / "nikopol_reservoir_chronicle.txt"), files[1]]
    assert main(["compare", *files, "--format", "json", "-o", str(tmp_path / "n.json")]) == 0
    doc = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    ledger, wire, chronicle, copy = _cols(doc)
    assert [c["same_text_as"] for c in doc["articles"]] == [None, None, None, wire] and copy == f"{wire}#2"
    thursday = [e for e in doc["shared_events"] if e["time_value"] == "XXXX-WXX-4"]
    assert [sorted(e["articles"]) for e in thursday] == [sorted([ledger, chronicle])]
    assert thursday[0]["match"] == "place" and thursday[0]["texts"] == 2
    loc = [str(FIX9R / "loc_pir_panjal_herald.txt"), str(FIX9R / "loc_jhelum_valley_observer.txt")]
    assert main(["compare", *loc, "--format", "json", "-o", str(tmp_path / "l.json")]) == 0
    doc = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))
    places = [e["place"] for e in doc["shared_events"] + doc["single_source_events"]]
    assert "Kotli" in places and not any("Line of Control" in (p or "") for p in places)


def test_on_one_date_a_doer_with_no_place_is_no_dispute():
    """An exchange of fire on one day: 'Pakistani troops shelled Poonch' and 'Indian forces
    opened fire' (no place) share the date, not the incident; each side blaming the other needs
    both reports to place it at one place."""
    pk = {"text": "Pakistani troops", "side": "pakistani", "id": "pk:army"}
    ind = {"text": "Indian forces", "side": "indian", "id": "in:army"}
    a = _report("A", [_ev(1, "Poonch", "g:7", date="2025-03-11", actor=pk)])
    b = _report("B", [_ev(1, date="2025-03-11", actor=ind)])
    (row,) = compare([a, b])["shared_events"]
    assert row["match"] == "date" and row["markers"] == []
    c = _report("C", [_ev(1, "Poonch", "g:7", date="2025-03-11", actor=ind)])
    (row,) = compare([a, c])["shared_events"]
    assert [m["marker"] for m in row["markers"]] == ["disputed_actor"]


def test_a_copy_under_another_headline_and_dateline_is_the_same_text():
    """Syndication seldom repeats a text byte for byte: another headline, the outlet's name in the
    dateline. The same body is still one account; two reports sharing one quote are two."""
    from newsprism.model import Analysis, Article

    body = [
        "Russian forces shelled Nikopol on Thursday, knocking out a power substation on the western edge of the town.",
        "The grid operator said the substation had been hit by at least three shells in the early evening.",
        '"We had candles and a gas stove, so we managed," said Oleksandr, a retired welder.',
        "The town council said it would ask the government for mobile generators.",
        "Repair crews restored power to hospitals and the water pumping station within hours.",
        "Most homes stayed dark until the next morning, the operator said.",
        "The regional governor said no one was hurt and asked residents to stay close to shelters after dark.",
    ]
    original = "Substation hit in Nikopol\n\nNikopol, 14 March (Reservoir Chronicle) — " + "\n\n".join(body)
    reprint = "Nikopol spends night in the dark\n\nNikopol, 14 March (Dnipro Digest) — " + "\n\n".join(body)
    quoting = "Generators wanted\n\nKyiv (Other Post) — Power cuts spread.\n\n" + body[2] + "\n\nRepairs go on."

    def report(text: str, outlet: str) -> Analysis:
        return Analysis(article=Article(text=text, outlet=outlet), records={"events": []})

    result = compare([report(original, "RC"), report(reprint, "DD"), report(quoting, "OP")])
    ko = _cols(result)[0]
    assert [c["same_text_as"] for c in result["articles"]] == [None, ko, None]
