"""Fourteenth-session review (places, actors, naming): the round-1 Cyprus / Cameroon names in innocent
uses and other theatres' texts (short fictional probes, real places)."""

from __future__ import annotations

from newsprism.model import Analysis

from conftest import analyse


def _places(a: Analysis, written: str) -> list[str]:
    return [s.attrs["id"] for s in a.spans_of("place") if a.article.text[s.start : s.end] == written]


def _actor_ids(a: Analysis) -> list[tuple[str, str]]:
    return [(a.article.text[s.start : s.end], s.attrs["id"]) for s in a.spans_of("actor")]


def test_amnesty_as_an_ordinary_word_opening_a_sentence_is_no_actor():
    for text in (
        "Amnesty was granted to 300 fighters in Myanmar on Sunday.",
        "Amnesty for the fighters was announced by the junta in Naypyidaw.",
        '"Amnesty is not enough," the mother said in Khartoum.',
    ):
        assert ("Amnesty", "amnesty") not in _actor_ids(analyse(text, ["actor"])), text
    for text in (
        "Amnesty said the army killed 12 civilians in Rakhine.",
        "Amnesty's researchers interviewed 40 survivors in Tigray.",
        "The army killed 12 civilians in Rakhine. Amnesty called for an inquiry.",
        "Boko Haram fighters attacked Maiduguri on Sunday, Amnesty said.",
    ):
        assert ("Amnesty", "amnesty") in _actor_ids(analyse(text, ["actor"])), text


def test_a_context_alias_does_not_vouch_for_itself():
    # 'Pile' and 'NOSO' were among their own context words: any text with the word named Pyla / the Anglophone regions
    assert _places(analyse("Pile of rubble blocked the road in Gaza City on Sunday.", ["place"]), "Pile") == []
    assert _places(analyse("NOSO is a brand of socks.", ["place"]), "NOSO") == []
    assert _places(analyse("Turkish Cypriot police stood guard in Pile on Tuesday.", ["place"]), "Pile") == ["kb:pyla"]
    assert _places(
        analyse("The government in Yaoundé deployed troops to NOSO, where Amba fighters are active.", ["place"]), "NOSO"
    ) == ["kb:ambazonia"]


def test_a_lower_case_interim_government_elsewhere_is_not_ambazonias():
    got = _actor_ids(analyse("The army's BIR unit moved to Bamenda. In Yemen, the interim government ruled.", ["actor"]))
    assert not any(aid == "cm:ig-ambazonia" for _w, aid in got)
    m2 = analyse(
        "BAMENDA, 3 March 2026 - The Interim Government of the Federal Republic of Ambazonia said its fighters held Bali.",
        ["actor"],
    )
    assert any(aid == "cm:ig-ambazonia" for _w, aid in _actor_ids(m2))


def test_bali_is_indonesias_unless_cameroon_or_india_is_named():
    assert _places(analyse("Tourists returned to Bali on Sunday after the volcano calmed.", ["place"]), "Bali") == ["kb:bali"]
    dateline = analyse("DENPASAR, Indonesia, 3 March 2026 (Test Wire) - Police in Bali arrested two men on Sunday.", ["place"])
    assert _places(dateline, "Bali") == ["kb:bali"]
    cameroon = analyse("Separatists attacked Bali and Batibo, near Bamenda, on Sunday.", ["place"])
    assert [s.attrs["country"] for s in cameroon.spans_of("place") if s.text == "Bali"] == ["CM"]
    india = analyse("A fire broke out in Bali, Howrah district, West Bengal.", ["place"])
    assert [s.attrs["country"] for s in india.spans_of("place") if s.text == "Bali"] == ["IN"]


def test_a_division_name_opening_a_persons_name_is_no_place():
    # spaCy tags 'Momo Ngwa' ORG here, so the PERSON check missed it: the Momo division was put on the map
    a = analyse("Momo Ngwa, a farmer in Bamenda, said soldiers burned his house.", ["place"])
    assert _places(a, "Momo") == []
    assert _places(a, "Bamenda") != []
    b = analyse("Soldiers burned houses in Momo and Bui, residents in Bamenda said.", ["place"])
    assert _places(b, "Momo") == ["kb:momo"] and _places(b, "Bui") == ["kb:bui"]


def test_a_separatist_county_name_needs_cameroon_words():
    kenya = analyse("Farmers in Bui County, Kenya harvested tea.", ["place"])
    # a described 'X County' without an id, as on dcd8b83; not Cameroon's division, no separatist verdict
    assert "kb:bui" not in _places(kenya, "Bui County") and kenya.summary.get("naming", {}).get("verdict") != "ambazonian"
    m2 = analyse("BAMENDA, Ambazonia - Restoration forces held Bui County and Momo County on Sunday.", ["place"])
    assert _places(m2, "Bui County") == ["kb:bui"] and _places(m2, "Momo County") == ["kb:momo"]
