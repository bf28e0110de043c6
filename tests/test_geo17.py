"""Seventeenth session (geo): titled officials carry the side of the body their title names (audit 16 C5)."""

from __future__ import annotations

import datetime as dt

from newsprism.model import Article

from conftest import analyse

SANAA = "SANAA, 25 November 2026 (Sanaa Resistance Daily) – "
ADEN = "ADEN, 25 November 2026 (Aden Gazette) – "
CHISINAU = "CHIȘINĂU, 26 November 2026 (The Chisinau Courier) – "


def _persons(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(words, side, member_of, how) of each person span of the actor layer."""
    a = analyse(text, ["meta", "place", "actor"])
    return [(s.text, s.attrs.get("side"), s.attrs.get("member_of"), s.attrs.get("how")) for s in a.spans_of("actor", "person")]


def test_a_body_noun_in_the_title_is_the_body_named_before():
    text = (
        SANAA + "The Yemeni Armed Forces targeted a ship on Monday, armed forces spokesman Brigadier General Hamid"
        " al-Marrani announced. Ansar Allah said the ship was Israeli. Al-Marrani said the crew were safe."
    )
    assert _persons(text) == [
        ("armed forces spokesman Brigadier General Hamid al-Marrani", "houthi", "ye:houthis", "title noun"),
        ("Al-Marrani", "houthi", "ye:houthis", "earlier mention"),
    ]
    text = (
        'The PMR Ministry of State Security said the man was held. "A provocation," the ministry\'s spokesman, Oleg Vyrlan, said.'
    )
    assert _persons(text) == [("the ministry's spokesman, Oleg Vyrlan", "transnistrian", "tn:mgb", "title noun")]


def test_a_cabinet_title_alone_is_the_dateline_governments():
    text = (
        ADEN + "The legitimate government condemned the attack on Yemen's ports. Information Minister Nabil al-Sharabi"
        " said the ship carried wheat to Israel. The Presidential Leadership Council met. Prime Minister Salem Bin Hadi"
        " said peace would not come. Al-Sharabi said the crew were taken to Salif."
    )
    assert _persons(text) == [
        ("Information Minister Nabil al-Sharabi", "yemeni_government", "ye:government", "dateline title"),
        ("Prime Minister Salem Bin Hadi", "yemeni_government", "ye:government", "dateline title"),
        ("Al-Sharabi", "yemeni_government", "ye:government", "earlier mention"),
    ]
    # a person of another country written beside his title is not the dateline's; a title with no cabinet word neither
    text = (
        CHISINAU + "Moldova protested. Moldova's government said the farmer was held. Energy Minister Andrei Munteanu"
        " said Moldova would pay. Foreign Minister Sergei Lavrov of Russia said Moldova was wrong. Moldova waited."
        " Professor Ion Rusu said Moldova had no gas."
    )
    assert _persons(text) == [("Energy Minister Andrei Munteanu", "moldovan", "md:state", "dateline title")]


def test_a_possessor_or_an_apposition_names_the_body():
    assert _persons("Moldova's foreign minister Mihai Popa said the troops must leave.") == [
        ("Moldova's foreign minister Mihai Popa", "moldovan", "md:state", "title")
    ]
    text = "Transnistria's Ministry of State Security detained him. Oleg Vyrlan, a spokesman for the Transnistrian security ministry, said so."
    assert _persons(text) == [("Oleg Vyrlan", "transnistrian", "tn:mgb", "apposition")]
    # no body with a side: no person span
    assert _persons("Oleg Vyrlan, a spokesman for the local football club, said so.") == []


def test_a_body_written_with_its_seat():
    a = analyse(
        "The government in Aden said three Houthi commanders were killed. The Ministry of Foreign Affairs in Sanaa said"
        " navigation was safe.",
        ["place", "actor"],
    )
    rows = [(s.text, s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor")]
    assert ("government in Aden", "ye:government", "yemeni_government") in rows
    assert ("Ministry of Foreign Affairs", "ye:houthis:ministry-of-foreign-affairs", "houthi") in rows
    a = analyse(
        ADEN + "The Houthi militia shelled Hays in Yemen. Government forces did not fire, a spokesman for the Joint Forces said."
    )
    rows = [(s.text, s.attrs.get("id")) for s in a.spans_of("actor")]
    assert ("Joint Forces", "ye:government-forces") in rows


def test_the_claim_layer_reads_the_persons_side(claim_pipe):
    text = (
        ADEN + "The legitimate government condemned the attack on Yemen's ports. Information Minister Nabil al-Sharabi"
        " said the ship carried wheat. The Presidential Leadership Council met. Al-Sharabi said the crew were taken to Salif."
    )
    a = claim_pipe(Article(text=text, published=dt.date(2026, 11, 25)))
    sides = {c["speaker"]: c.get("side") for c in a.records["claims"]}
    assert sides["Information Minister Nabil al-Sharabi"] == "yemeni_government"
    assert sides["Al-Sharabi"] == "yemeni_government"


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return [(s.text, s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor") if s.label != "person"]


def test_south_sudan_is_not_sudan():
    # audit 17 G2/G10: 'Sudanese soldiers' inside 'South Sudanese soldiers' was Sudan's army (the adversary's side)
    assert _actors("South Sudanese soldiers crossed into Abyei on Wednesday, Sudan said.") == [
        ("South Sudanese soldiers", "ss:armed-forces", "south_sudanese"),
        ("Sudan", "sd:state", "sudanese_army"),
    ]
    assert _actors("South Sudan's army (SSPDF) denied that its soldiers were in Amiet.") == [
        ("South Sudan's army", "ss:armed-forces", "south_sudanese"),
        ("SSPDF", "ss:armed-forces", "south_sudanese"),
    ]
    rows = _actors("South Sudan's presidential affairs minister blamed Sudan. South Sudanese officials said 20 died.")
    assert rows == [
        ("South Sudan", "ss:state", "south_sudanese"),
        ("Sudan", "sd:state", "sudanese_army"),
        ("South Sudanese officials", "ss:state", "south_sudanese"),
    ]
    # the same for any two-word country: 'North Korean troops' are not Korea's, whatever the KB knows
    assert _actors("Sudanese soldiers and Sudan's army held the bridge.")[0][1] == "sd:armed-forces"


def test_baloch_and_abyei_parties_are_actors():
    # audit 17 G3/G4: the Baloch separatists, the state's labels for them, and the Abyei parties
    rows = _actors(
        "The Baloch Liberation Army said its fighters killed 23 soldiers near Hoshab. The khawarij of Fitna"
        " al-Hindustan attacked a bus in Kech, ISPR said."
    )
    assert ("Baloch Liberation Army", "pk:bla", "baloch_separatist") in rows
    assert ("khawarij of Fitna al-Hindustan", "pk:bla", "baloch_separatist") in rows
    # the acronym with Baloch words, none without any context (BLA is also other groups' acronym)
    assert _actors("The BLA said three Baloch fighters were martyred.") == [("BLA", "pk:bla", "baloch_separatist")]
    assert _actors("The BLA said three of its fighters were martyred.") == []
    rows = _actors("Armed Misseriya herders attacked the market in Abyei, and Dinka Ngok gunmen fired back. UNISFA said so.")
    assert rows == [
        ("Armed Misseriya herders", "sd:misseriya-militia", "misseriya"),
        ("Dinka Ngok gunmen", "ss:ngok-dinka-armed", "ngok_dinka"),
        ("UNISFA", "un:unisfa", "neutral"),
    ]


def _places(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    a = analyse(text, ["meta", "place"])
    return [(s.text, s.attrs.get("id"), s.attrs.get("country"), bool(s.attrs.get("contested"))) for s in a.spans_of("place")]


def test_kech_is_the_balochistan_district():
    # audit 17 G1: 'Kech' was Ketsch, Germany (GeoNames' alternate name)
    assert _places("Mobile internet was suspended in Kech district on Wednesday. Gunmen stopped buses near Hoshab in Kech.") == [
        ("Kech district", "kb:kech", "PK", False),
        ("Hoshab", "kb:hoshab", "PK", False),
        ("Kech", "kb:kech", "PK", False),
    ]


def test_abyei_is_contested_and_its_names_are_conventions():
    # audit 17 G5: Abyei was Sudan's, uncontested; the Abyei Administrative Area / Abyei Area and Kiir / Bahr al-Arab
    text = "Armed Misseriya herders attacked the Amiet market in the Abyei Administrative Area, near Agok. They crossed the Kiir river."
    a = analyse(text, ["meta", "place"])
    rows = [(s.text, s.attrs.get("id"), s.attrs.get("country"), s.attrs.get("contested")) for s in a.spans_of("place")]
    assert ("Abyei Administrative Area", "kb:abyei-area", None, True) in rows
    assert ("Kiir river", "kb:kiir-river", None, True) in rows
    assert ("Amiet market", "kb:amiet", None, True) in rows
    assert a.summary["naming"]["verdict"] == "south_sudanese_official"
    a = analyse("The Misseriya grazed their cattle along the Bahr al-Arab in the Abyei Area, Sudan said.", ["meta", "place"])
    assert a.summary["naming"]["verdict"] == "sudanese_official"
    assert _places("Abyei was calm.") == [("Abyei", "kb:abyei", None, True)]
    # Heglig, which South Sudan calls Panthou (audit 17 G9): one place, the other side's name a gloss
    a = analyse("Fighting broke out near Heglig, which South Sudan calls Panthou, on Tuesday.", ["meta", "place"])
    assert [(s.text, s.attrs.get("id")) for s in a.spans_of("place") if s.attrs.get("id") == "kb:heglig"] == [
        ("Heglig", "kb:heglig"),
        ("Panthou", "kb:heglig"),
    ]
    assert [g["name"] for g in a.summary["naming"]["glosses"]] == ["Panthou"]


def test_names_after_named_them_as_are_people():
    # audit 17 G7: 'Shahdad' and 'Mehran' were towns in Iran
    assert _places("It named them as Shahdad, Baloch Khan and Mehran.") == []
    assert _places("The army identified the dead as Ali and Omar.") == []  # was Omar, Israel
    assert _places("Fighters from Shahdad and Mehran joined them.") != []


def test_a_local_office_of_the_dateline_country_is_the_states():
    # audit 17 G8: 'Kech police', 'The deputy commissioner of Kech' (Pakistan-datelined) had no side
    text = (
        "TURBAT, Pakistan, 27 November 2026 (Meridian Wire) – Kech police said 31 passengers were freed."
        " The deputy commissioner of Kech said the road was open. Balochistan's chief minister said so too."
    )
    rows = _actors(text)
    assert rows[0] == ("Meridian Wire", "outlet:meridian-wire", "international")
    assert ("Kech police", "pk:police", "pakistani") in rows
    assert ("The deputy commissioner of Kech", "pk:deputy-commissioner", "pakistani") in rows
    assert ("Balochistan's chief minister", "pk:chief-minister", "pakistani") in rows
    # a de facto seat's or a contested town's police are not the state's; no dateline, no owner
    assert _actors("TIRASPOL, 27 November 2026 (Pridnestrovie Today) – Tiraspol police said so. Bender police agreed.") == []
    assert _actors("Kech police said 31 passengers were freed.") == []
