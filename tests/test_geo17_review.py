"""Seventeenth-session review (geo): near misses of round 1's titled-person, longer-country and local-office rules."""

from __future__ import annotations

from conftest import analyse


def _actors(text: str) -> list[tuple[str, str | None, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return [(s.text, s.attrs.get("id"), s.attrs.get("side")) for s in a.spans_of("actor")]


def _persons(text: str) -> list[tuple[str, str | None]]:
    a = analyse(text, ["meta", "place", "actor"])
    return [(s.text, s.attrs.get("side")) for s in a.spans_of("actor", "person")]


def test_a_former_official_is_no_member_of_the_body():
    # 6702d61 made 'Former Israeli army spokesman Avi Cohen' a person of the army (member_of il:idf)
    assert _persons("JERUSALEM, Nov 27 — Former Israeli army spokesman Avi Cohen said the troops fired first.") == []
    assert _persons("BEIRUT, Nov 27 — Ex-Hezbollah spokesman Mohammad Afif said Israel fired first.") == []
    text = "RAMALLAH, Nov 27 — Nabil Abu Rudeineh, a former spokesman for the Palestinian Authority, said settlers attacked."
    assert _persons(text) == []
    # the serving official still is one
    assert _persons("JERUSALEM, Nov 27 — Israeli army spokesman Avi Cohen said the troops fired first.") == [
        ("Israeli army spokesman Avi Cohen", "israeli")
    ]


def test_no_local_office_under_a_de_facto_seat_or_in_its_province():
    # 062e9e3 read 'Burao police' under HARGEISA as Somalia's and 'Mariupol police' (Donetsk oblast) as Ukraine's
    rows = _actors("HARGEISA, Nov 27 — Las Anod police said clashes erupted. Burao police said four were arrested.")
    assert not [r for r in rows if r[0] == "Burao police"]
    rows = _actors(
        "DONETSK, Nov 27 — Donetsk police said Ukrainian shelling killed three. Mariupol police said a drone hit a bus."
    )
    assert not [r for r in rows if r[0] == "Mariupol police"]
    rows = _actors("KYIV, Nov 27 — Mariupol police said a drone hit a bus. Luhansk police said two were held.")
    assert not [r for r in rows if "police" in r[0]]
    # a town of a province with no de facto seat stays the state's
    assert ("Poltava police", "ua:police", "ukrainian") in _actors("KYIV, Nov 27 — Poltava police said one man died.")


def test_a_country_name_of_three_words_is_not_its_last_word():
    rows = _actors("Papua New Guinea's police said Guinean nationals were detained.")
    assert not [r for r in rows if r[1] == "gn:state"]
    assert ("Guinea", "gn:state", None) in _actors("Equatorial Guinea's government said Guinea's army had closed the border.")


def test_the_surname_as_another_persons_given_name_is_someone_else():
    # 6702d61's 'earlier mention' made 'Abdallah Hamdok, the former prime minister' the army spokesman Nabil Abdallah
    text = (
        "KHARTOUM, Nov 27 — Sudan's army spokesman Nabil Abdallah said the RSF attacked. Abdallah Hamdok, the former"
        " prime minister, called for talks. Abdallah said the army would respond."
    )
    a = analyse(text, ["meta", "place", "actor"])
    spans = [(s.start, s.text) for s in a.spans_of("actor", "person")]
    assert [w for _, w in spans] == ["Sudan's army spokesman Nabil Abdallah", "Abdallah"]
    assert spans[1][0] == text.rindex("Abdallah said")


def test_a_body_right_before_the_office_in_an_apposition():
    text = "ADEN, Nov 27 — Mohammed Abdulsalam, a Houthi spokesman, denied it. Abdulsalam said the ship was Israeli."
    assert _persons(text) == [("Mohammed Abdulsalam", "houthi"), ("Abdulsalam", "houthi")]
    assert _persons("MOSCOW, Nov 27 — Ilya Yashin, a Russian opposition leader, said the vote was rigged.") == []
    assert _persons("GAZA CITY, Nov 27 — Basem Naim, a former Hamas official, said talks failed.") == []


def test_a_bare_local_office_under_a_home_dateline_is_the_states():
    # audit 17 G8 rest: b3 'The provincial government' (TURBAT, Pakistan dateline) had no side
    text = "TURBAT, Pakistan, Nov. 27, 2026 (Meridian Wire) — The provincial government said traffic would resume."
    assert ("The provincial government", "pk:provincial-government", "pakistani") in _actors(text)
    # not under a de facto seat, nor without a dateline
    assert _actors("DONETSK, Nov 27 — The provincial government said power was cut.") == []
    assert _actors("The provincial government said traffic would resume.") == []


def test_a_surname_that_names_a_people_before_a_noun_is_the_people():
    # audit 17 G11: after 'BLA spokesman Dostain Baloch', every later 'Baloch passengers / activists / armed groups'
    # was that person, on the separatist side; the person named again ('Baloch said', 'from Baloch,') still is
    text = (
        "QUETTA, Pakistan, Nov. 27, 2026 (Indus Daily Courier) \u2014 BLA spokesman Dostain Baloch said the fighters had "
        "attacked a convoy. Baloch said the attack was a warning. Baloch activists said twelve people were missing. "
        "The plunder of Baloch resources must end. A statement from Baloch, sent to reporters, named the fighters."
    )
    a = analyse(text, ["meta", "place", "actor"])
    persons = [(s.text, s.attrs["how"], text[s.end : s.end + 6]) for s in a.spans_of("actor", "person")]
    assert persons == [
        ("BLA spokesman Dostain Baloch", "title", " said "),
        ("Baloch", "earlier mention", " said "),
        ("Baloch", "earlier mention", ", sent"),
    ]
