"""Twelfth-session review (places, actors, naming): the round-1 rules for South Ossetia and Kosovo
must not fire in other theatres' texts (fictional one-sentence probes, real places)."""

from __future__ import annotations

from newsprism.model import Analysis

from conftest import analyse


def _written(a: Analysis, layer: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for s in a.spans_of(layer):
        out.setdefault(a.article.text[s.start : s.end], []).append(s.attrs)
    return out


def _glosses(text: str) -> list[str]:
    return [g["name"] for g in analyse(text, ["place"]).summary["naming"].get("glosses", [])]


def test_ssg_in_a_pakistan_text_is_not_georgias_security_service():
    a = analyse("Pakistan's SSG commandos stormed the compound near Muzaffarabad, Pakistani officials said.", ["actor"])
    assert "SSG" not in _written(a, "actor")
    ge = analyse("The SSG said two men were detained near Tskhinvali, Georgia's interior ministry added.", ["actor"])
    assert [x["id"] for x in _written(ge, "actor")["SSG"]] == ["ge:sss"]


def test_nato_peacekeepers_in_bosnia_are_not_kfor():
    a = analyse("NATO peacekeepers in Bosnia arrested a suspect wanted by The Hague, Serbia's government said.", ["actor"])
    assert not [x for xs in _written(a, "actor").values() for x in xs if x["id"] == "nato:kfor"]
    k = analyse("NATO peacekeepers guarded the bridge in Mitrovica, Kosovo's government said.", ["actor"])
    assert [x["id"] for x in _written(k, "actor")["NATO peacekeepers"]] == ["nato:kfor"]


def test_occupation_forces_in_a_gaza_text_naming_georgia_stay_the_israeli_army():
    a = analyse(
        "The occupation forces raided Jenin overnight, the Palestinian health ministry said. "
        "Georgia's foreign minister was visiting Israel.",
        ["actor"],
    )
    assert [x["id"] for x in _written(a, "actor")["occupation forces"]] == ["il:idf"]
    g = analyse("The occupation forces detained two villagers near Tskhinvali, Georgia's State Security Service said.", ["actor"])
    assert [x["id"] for x in _written(g, "actor")["occupation forces"]] == ["ru:armed-forces"]


def test_de_facto_authorities_in_gaza_are_not_abkhaz_because_of_a_name_gali():
    a = analyse(
        "Gaza's de facto authorities said strikes killed 12 people, while Attorney General Gali Baharav-Miara spoke in Jerusalem.",
        ["actor"],
    )
    assert "de facto authorities" not in _written(a, "actor")


def test_occupied_territories_in_a_west_bank_text_naming_georgia_are_not_georgias():
    a = analyse(
        "Israeli troops killed three Palestinians in the occupied territories, the UN said, as Georgia's foreign minister visited.",
        ["place"],
    )
    assert "occupied territories" not in _written(a, "place")
    assert a.summary["naming"]["verdict"] != "georgian"


def test_crimeas_administrative_boundary_line_is_not_kosovos():
    a = analyse(
        "Russia built a fence along the administrative boundary line between Crimea and Kherson region, "
        "as Moscow cited Kosovo as a precedent.",
        ["place"],
    )
    assert "administrative boundary line" not in _written(a, "place")


def test_the_russian_georgian_state_border_is_not_the_south_ossetian_line():
    a = analyse("The Roki tunnel on the Russian-Georgian state border links North Ossetia with Tskhinvali.", ["place"])
    assert "state border" not in _written(a, "place")
    assert a.summary["naming"]["verdict"] != "mixed"
    # the Ossetian side's own word stays the line
    o = analyse("Border guards detained two men who crossed the Georgian-Ossetian state border near Tskhinval.", ["place"])
    assert [x["id"] for x in _written(o, "place")["state border"]] == ["kb:south-ossetia-line"]


def test_a_place_put_to_use_is_no_name_a_side_uses():
    assert _glosses("The Kiev authorities used Artemovsk as a fortress, the Russian Defence Ministry said.") == []
    assert _glosses("The Israeli government used Judea and Samaria as a staging area, Palestinian officials said.") == []
    # a name the text says a side uses stays a gloss
    assert _glosses("Ukrainian media use the name Bakhmut, Russian media use Artemovsk.") == ["Bakhmut", "Artemovsk"]


def test_which_calls_the_without_a_named_subject_is_no_gloss():
    text = "The UN resolution, which calls the West Bank occupied territory, was adopted. Troops raided Jenin in the West Bank."
    assert _glosses(text) == []
    assert (
        _glosses("The resolution, which also calls the West Bank occupied, passed. Troops raided Jenin in the West Bank.") == []
    )
    assert "Tskhinvali region" in _glosses("It lies near Tskhinvali, which Georgians officially call the Tskhinvali region.")
    assert _glosses("Officials in Tskhinvali detained three men for crossing what they call the state border.") == [
        "state border"
    ]


def test_a_place_inside_a_sides_label_is_still_that_sides_name():
    a = analyse("The Nazi regime in Kiev shelled Donetsk again, the Russian ministry said.", ["place"])
    [kiev] = _written(a, "place")["Kiev"]
    assert kiev.get("role") != "in-organisation-name"
    assert "russian" in a.summary["naming"]["verdict"]
    # a body's official name still is no evidence ('Serbia's Office for Kosovo and Metohija')
    o = analyse("Serbia's Office for Kosovo and Metohija said two Serbs were detained in Zvecan.", ["place"])
    assert {x.get("role") for x in _written(o, "place")["Kosovo and Metohija"]} == {"in-organisation-name"}


def test_north_ossetian_words_do_not_make_south_ossetias_kgb_or_border_department():
    a = analyse("The FSB border department in Vladikavkaz detained two men, North Ossetian officials said.", ["actor"])
    assert not [x for xs in _written(a, "actor").values() for x in xs if x["id"].startswith("so:")]
    k = analyse("The KGB detained a student in Minsk, Belarusian media said; her mother is Ossetian.", ["actor"])
    assert not [x for xs in _written(k, "actor").values() for x in xs if x["id"].startswith("so:")]
    s = analyse("North Ossetian officials said the state border at Upper Lars was closed to trucks.", ["place"])
    assert "state border" not in _written(s, "place")


def test_a_name_after_a_gloss_and_a_comma_and_opens_a_new_clause():
    assert _glosses("Serbian media use Kosovska Mitrovica, and Pristina condemned the reports, Kosovo's government said.") == [
        "Kosovska Mitrovica"
    ]
    assert _glosses("Police patrolled what Serbs call Kosovska Mitrovica, and Zvecan was quiet, KFOR said.") == [
        "Kosovska Mitrovica"
    ]
    # a list keeps its names: 'names A and B', 'A, B, and C'
    assert _glosses("Kosovo's government uses the Albanian names Mitrovica e Veriut and Zveçan for the towns.") == [
        "Mitrovica e Veriut",
        "Zveçan",
    ]
    assert _glosses("Serbian officials use the names Zvečan, Leposavić, and Vučitrn for the towns.") == [
        "Zvečan",
        "Leposavić",
        "Vučitrn",
    ]


def test_another_owner_before_a_context_word_alias_keeps_it_from_south_ossetia():
    for text in (
        "The FSB border department in South Ossetia said two Georgians were detained near Tskhinvali.",
        "Russia's border department said two Georgians were detained near Tskhinvali.",
        "The Russian KGB archive in Tskhinvali was opened.",
        "Myanmar's border department said the Arakan Army seized Maungdaw; Tskhinvali was not mentioned.",
    ):
        a = analyse(text, ["actor"])
        assert not [x for xs in _written(a, "actor").values() for x in xs if x["id"] in ("so:border-department", "so:kgb")], text
    # its own side's name before it does not: 'the KGB's border department' in a South Ossetia text
    k = analyse("The KGB's border department detained two men near Tskhinval, South Ossetian media said.", ["actor"])
    assert [x["id"] for x in _written(k, "actor")["border department"]] == ["so:border-department"]


def test_kfors_generic_names_and_the_lines_words_need_their_theatre():
    a = analyse("The international military presence in Mali ended, officials in Bamako said, recalling Kosovo.", ["actor"])
    assert not [x for xs in _written(a, "actor").values() for x in xs if x["id"] == "nato:kfor"]
    p = analyse(
        "Indian army units on the Line of Control exchanged fire, the state border being quiet; Gori Khan was killed.", ["place"]
    )
    assert "state border" not in _written(p, "place")


def test_a_possessive_after_refers_to_as_is_the_writers_own_name():
    assert _glosses("The ministry referred to the attack as Kiev's latest provocation, the Russian ministry said.") == []
    assert _glosses("Belgrade refers to the territory as Kosovo and Metohija, officials said.") == ["Kosovo and Metohija"]
