"""Nineteenth session (geo): the eighteenth audit's leftovers — a bare 'soldiers' after a foreign army in a
story set in another country (G11), the IDF's Northern Command (G9), Mocímboa da Praia (G8), Palma in an
insurgency sentence (G2), New York beside the UN (G12), a lone small alternate name (audit 17 G9)."""

from __future__ import annotations

from pathlib import Path

from conftest import analyse

FIX18 = Path(__file__).parent / "fixtures" / "audit18"


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor")}


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    a = analyse(text, ["meta", "place"])
    return {s.text: (s.attrs.get("id"), s.attrs.get("country")) for s in a.spans_of("place")}


def test_a_bare_soldiers_after_a_foreign_army_in_a_home_story_is_nobodys():
    # audit 18 G11: c2 'We want soldiers who leave their barracks', c3 'Christians and soldiers' were Rwandan
    for name in ("c2_rovuma_monitor.txt", "c3_coastline_wire.txt"):
        spans = analyse((FIX18 / name).read_text(), ["meta", "place", "actor"]).spans_of("actor")
        assert not [s for s in spans if s.text == "soldiers"], name
    found = _actors("BAMAKO, Nov. 27 (Sahel Post) — Russian troops patrolled Kidal and Gao. Soldiers killed three herders.")
    assert "Soldiers" not in found
    # kept: 'the soldiers' (definite), a dateline of the army's own country, a dateline country with no army in the KB
    found = _actors("PEMBA, Nov. 27 (Rovuma Monitor) — Rwandan troops patrolled Macomia. The soldiers said the road was open.")
    assert found["soldiers"] == ("rw:armed-forces", "rwandan")
    found = _actors("MOSCOW, Nov. 27 (Moscow Times) — Russian troops advanced near Pokrovsk. Soldiers raised a flag.")
    assert found["Soldiers"] == ("ru:armed-forces", "russian")
    found = _actors("GAZA CITY, Nov. 27 (Gaza Daily) — Israeli troops raided Khan Younis and Rafah. Soldiers arrested 12 men.")
    assert found["Soldiers"] == ("il:idf", "israeli")
    # a story from elsewhere about the foreign army's war keeps the link
    found = _actors(
        "WASHINGTON, Nov. 27 (Capitol Wire) — Russian troops advanced near Pokrovsk, Kramatorsk and Kharkiv in Ukraine."
        " Soldiers raised a flag over a village."
    )
    assert found["Soldiers"] == ("ru:armed-forces", "russian")


def test_northern_command_is_the_idf_in_an_israeli_story_and_indias_in_an_indian_one():
    # audit 18 G9: g1 "Northern Command's chief, Maj. Gen. Ronen Afek" had no side
    a = analyse((FIX18 / "g1_galilee_ledger.txt").read_text(), ["meta", "place", "actor"])
    afek = [s for s in a.spans_of("actor") if s.text.endswith("Ronen Afek")]
    assert afek and afek[0].attrs["side"] == "israeli" and afek[0].attrs["kind"] == "person"
    found = _actors("Northern Command chief Lt. Gen. Pratik Sharma visited Ladakh, the Indian Army said.")
    assert found["Northern Command"] == ("in:armed-forces", "indian")
    assert "Northern Command" not in _actors("The Northern Command of the police said the road to Belfast was closed.")


def test_mocimboa_da_praia_is_a_place():
    # audit 18 G8: c2 'Its fighters held Mocímboa da Praia' had no place (no entity, no place slot)
    a = analyse((FIX18 / "c2_rovuma_monitor.txt").read_text(), ["meta", "place"])
    moc = [s for s in a.spans_of("place") if s.text == "Mocímboa da Praia"]
    assert moc and moc[0].attrs["country"] == "MZ" and round(moc[0].attrs["lat"], 1) == -11.4
    assert _places("Insurgents attacked Mocimboa da Praia on Tuesday.")["Mocimboa da Praia"][1] == "MZ"


def test_palma_in_an_insurgency_sentence_is_cabo_delgados():
    # audit 18 G2 probe: a lone sentence about the insurgency read Palma de Mallorca
    assert _places("Insurgents attacked the town of Palma, residents said.")["Palma"] == ("kb:palma-mz", "MZ")
    assert _places("Tourists in Palma enjoyed the beach on Mallorca.")["Palma"][1] == "ES"
    assert _places("Holidaymakers flew to Palma on Saturday.")["Palma"][1] == "ES"


def test_new_york_beside_the_un_is_the_city():
    # audit 18 G12: g3 'a UN official in New York' was the state's centre (41.80 N, -74.74)
    found = _places("A UN official in New York said the talks would resume.")
    assert found["New York"] == ("kb:new-york-city", "US")
    # without the UN in the sentence the state stays (the LGL and TR-News gold read it so)
    assert _places("He moved to New York in 2019.")["New York"][0] == "geonames:5128638"
    assert _places("New York Governor Kathy Hochul said the UN summit would bring traffic.")["New York"][0] == (
        "geonames:5128638"
    )


def test_a_lone_small_alternate_name_is_no_point():
    # audit 17 G9 rest: 'Majak' alone in its text was Maiac, Moldova (an alternate name, 1,500 people)
    assert _places("Fighting broke out in the village of Majak on Wednesday.")["Majak"] == (None, None)
    assert _places("Moldovan police raided Majak on Wednesday.")["Majak"][1] == "MD"  # the country is named
