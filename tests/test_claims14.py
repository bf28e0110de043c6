"""Fourteenth session, claims: leftovers of audits 12 and 13 (a naming statement read as a claim,
a casualty count whose doer is in a 'when' clause). Each test failed on dcd8b83."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import analyse, spans_of


def _claim(text: str):
    return analyse("Report\n\n" + text, ["claim"], published=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    "sentence",
    ["Serbs call the region Kosovo and Metohija.", "Israelis call the area Judea and Samaria."],
)
def test_a_name_of_two_joined_words_is_a_naming_not_a_claim(sentence):
    """Audit 12 (review 13): 'Kosovo and Metohija' is one place's name; the 'and' kept it from
    being read as a name, so 'Serbs | call | the region Kosovo and Metohija' was reported speech."""
    a = _claim(sentence)
    assert spans_of(a, "claim", label="cue") == []
    assert spans_of(a, "claim", label="content") == []


def test_a_name_calling_with_joined_persons_is_still_speech():
    a = _claim('The senator called Smith and Jones "liars" on Tuesday.')
    assert [s.text for s in spans_of(a, "claim", label="cue")] == ["called"]


def _sides(sentence: str) -> list[tuple[str, str | None]]:
    a = _claim(sentence)
    return [(f["text"], f["side"]) for f in a.records.get("figures", [])]


def test_a_passive_count_takes_the_side_of_the_when_clause_doer():
    """Audit 13 C9: w2 'Seven Palestinians were martyred …' had no side while '41 Palestinians'
    killed by Israeli forces had 'not israeli'."""
    sentence = (
        "Seven Palestinians were martyred and 23 others injured when Israeli occupation forces stormed the "
        "Balata refugee camp east of Nablus at dawn on Thursday, the Palestinian Ministry of Health said."
    )
    assert _sides(sentence) == [("Seven Palestinians", "not:israeli"), ("23 others", "not:israeli")]


def test_an_as_clause_gives_the_doer_and_an_unsided_cause_gives_none():
    assert _sides("Three civilians were wounded as Azerbaijani forces shelled the village of Sotk, the ministry said.") == [
        ("Three civilians", "not:azerbaijani")
    ]
    assert _sides("Two soldiers were killed when their vehicle hit a mine near Kotli, the army said.") == [("Two soldiers", None)]


_CYPRUS = (
    "Peacekeepers hurt at Pyla\n\n"
    "The peacekeepers were treated at a field clinic, a UNFICYP source said.\n\n"
    "Government spokesman Marios Efthymiou said the government had delivered a protest to the UN. "
    '"This is a premeditated provocation," he said.\n\n'
    "A senior European diplomat in Nicosia, who asked not to be named, called the works a land grab.\n\n"
    "Foreign Minister Eleni Papadaki will raise the matter with EU counterparts next week. "
    '"The European Union cannot stay silent," she said.'
)


def test_he_and_she_after_a_titled_speaker_and_a_subject_minister():
    """Audit 14 C1 (c1): 'he said' went to 'a UNFICYP source' (the titled spokesman, tagged an
    organisation, was no 'he') and 'she said' to the European diplomat (the minister who is the
    sentence's subject says nothing herself)."""
    a = analyse(_CYPRUS, ["claim"], published=dt.date(2026, 11, 25))
    quotes = {r["resolved_from"]: (r["speaker"], r["source_kind"]) for r in a.records["claims"] if r.get("resolved_from")}
    assert quotes == {
        "he": ("Government spokesman Marios Efthymiou", "named_person"),
        "she": ("Eleni Papadaki", "named_person"),
    }


def test_she_after_a_quoted_woman_and_a_passive_person_stays_with_the_speaker():
    text = (
        "Report\n\n"
        "Maria Ionescu, a nurse, said the clinic had run out of bandages. Andrei Popa was taken to hospital in Larnaca. "
        '"We had nothing left," she said.'
    )
    a = analyse(text, ["claim"], published=dt.date(2026, 11, 25))
    (quote,) = [r for r in a.records["claims"] if r.get("resolved_from") == "she"]
    assert quote["speaker"].startswith("Maria Ionescu")


def _figure_places(text: str) -> list[tuple[str, list[str]]]:
    a = analyse("Report\n\n" + text, ["claim", "place"], published=dt.date(2026, 11, 25))
    by_id = {s.id: s for s in a.spans}
    return [(f["text"], [by_id[p].text for p in f["places"]]) for f in a.records.get("figures", [])]


def test_a_figure_in_a_relative_clause_is_at_the_place_of_the_noun_it_tells_of():
    """Audit 14 C4 (m3): the gendarme killed at the Bamessing checkpoint was placed at Babessi and
    Ndop too (the army operation of the sentence's main clause)."""
    sentence = (
        "The army operation on Monday in the village of Babessi, near the town of Ndop, followed an attack on "
        "Sunday evening on a checkpoint at nearby Bamessing in which one gendarme was killed, according to the "
        "defence ministry."
    )
    assert _figure_places(sentence) == [("one gendarme", ["Bamessing"])]


def test_a_relative_clause_without_a_place_of_its_own_keeps_the_clause_places():
    assert _figure_places("Troops shelled Kotli on Monday in an attack in which two civilians were killed, officials said.") == [
        ("two civilians", ["Kotli"])
    ]


def test_peacekeepers_and_a_speakers_own_people_have_a_side():
    """Audit 14 C2: 'three peacekeepers' had no side ('Four UN peacekeepers' neutral), and 'four of
    its soldiers' in the UN force's words had none: they sat in one row with the Turkish Cypriot
    police's 'two of its officers'."""
    text = (
        "Three peacekeepers were hurt near Pyla on Tuesday, police said. "
        "The UN force said that four of its soldiers had been hurt. "
        "Russian peacekeepers were not involved, and two Russian peacekeepers were wounded elsewhere, officials said."
    )
    a = analyse("Report\n\n" + text, ["claim", "actor"], published=dt.date(2026, 11, 25))
    sides = {f["text"]: f["side"] for f in a.records["figures"]}
    assert sides["Three peacekeepers"] == "neutral"
    assert sides["four of its soldiers"] == "neutral"
    assert sides["two Russian peacekeepers"] == "russian"


def test_a_since_in_another_nouns_clause_is_no_running_total():
    """Audit 14 C7 (c2): 'Five officers … were injured on Tuesday … from the road, a project … waited
    for since 1974' was a running total, so the five were left out of the comparison."""
    a = _claim(
        "Five officers were injured on Tuesday on the Pile road, a project the villagers have waited for since 1974, police said. "
        "At least 90 civilians, who have been killed since 2020, were buried in the town, officials said."
    )
    assert {f["text"]: f["running_total"] for f in a.records["figures"]} == {"Five officers": False, "90 civilians": True}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkish Cypriot authorities said five of their police officers and a worker were hurt and accused the "
            "peacekeepers of pushing first.",
            [
                (5, "wounded", "police", "five of their police officers"),
                (1, "wounded", "people", "a worker"),
            ],  # a worker: 17th session
        ),
        ('A TRNC official said only two peacekeepers had "minor scratches".', [(2, "wounded", "military", "two peacekeepers")]),
        (
            "Horizon Rights Monitor said it had documented at least eleven deaths in Babessi, including at least six "
            "civilians, and had identified 31 burned structures.",
            [(11, "killed", "unspecified", "eleven deaths"), (6, "killed", "civilians", "six civilians")],
        ),
    ],
)
def test_audit14_figures_missing_before(sentence, expected):
    """Audit 14 C3: the counts each side disputes were not read ('five of their police officers and a
    worker were hurt' parsed with 'five' as what was said; 'had "minor scratches"'; 'including at
    least six civilians')."""
    a = _claim(sentence)
    assert [(f["value"], f["outcome"], f["victims"], f["text"]) for f in a.records["figures"]] == expected


def test_a_subset_count_is_no_rival_of_another_count():
    a = _claim(
        "Eleven people were killed in Babessi on Monday, including six civilians. "
        "Fourteen civilians were killed in Babessi on Monday."
    )
    assert [f["text"] for f in a.records["figures"]] == ["Eleven people", "six civilians", "Fourteen civilians"]
    conflicts = [s for s in spans_of(a, "claim", label="consistency_value") if "six civilians" in s.text]
    assert conflicts == []


def test_a_passive_doer_is_no_speaker():
    """Audit 14 C10: 'pushed back by Turkish Cypriot police' was reported speech by the police."""
    a = _claim("The peacekeepers were pushed back by Turkish Cypriot police on Tuesday.")
    assert spans_of(a, "claim", label="source") == []
    b = _claim("The report was confirmed by the police on Tuesday.")
    assert [s.text for s in spans_of(b, "claim", label="source")] == ["the police"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        (
            "Horizon Rights Monitor, an international human rights group, said it had documented eleven deaths.",
            "Horizon Rights Monitor, an international human rights group",
            "organisation",
        ),
        ("Families in Babessi said they had buried their dead.", "Families in Babessi", "anonymous"),
        ("The Governor of the North-West Region said calm had returned.", "The Governor of the North-West Region", "government"),
    ],
)
def test_audit14_source_kinds(sentence, speaker, kind):
    """Audit 14 C5: a rights group was media (its name's 'Monitor'), families at a place the place's
    government, an unnamed governor a named person."""
    a = _claim(sentence)
    assert [(r["speaker"], r["source_kind"]) for r in a.records["claims"] if r.get("speaker")] == [(speaker, kind)]


def test_a_two_word_demonym_is_not_the_first_words_country():
    """Audit 14 C11: 'Greek Cypriot farmers' had side 'gr' (Greece's raw code)."""
    a = _claim(
        "Greek Cypriot farmers said the works had damaged their fields. "
        "Turkish Cypriot workers said the road was on their land. "
        "The Azerbaijani ministry said the strike hit a depot."
    )
    sides = {r["speaker"]: r.get("side") for r in a.records["claims"] if r.get("speaker")}
    assert sides == {
        "Greek Cypriot farmers": "greek_cypriot",
        "Turkish Cypriot workers": "turkish_cypriot",
        "The Azerbaijani ministry": "azerbaijani",
    }


def test_a_figure_of_a_two_word_demonym_has_its_side():
    """Audit 14 C12: 'a Turkish Cypriot man' detained had side 'turkish' (Turkey's)."""
    a = _claim("Greek Cypriot police detained a Turkish Cypriot man at the Ledra Street crossing point on Tuesday.")
    assert [(f["text"], f["side"]) for f in a.records["figures"]] == [("a Turkish Cypriot man", "turkish_cypriot")]


def test_a_speaker_that_opens_a_quotation_mark_ends_after_it():
    """Audit 14 C5: the speakers 'The "TRNC' and 'The occupation regime's "foreign minister' stopped
    before the closing mark."""
    a = _claim(
        'The "TRNC" claimed that two of its officers had also been hurt. '
        'The occupation regime\'s "foreign minister" accused the peacekeepers of "exceeding their mandate".'
    )
    assert [s.text for s in spans_of(a, "claim", label="source")] == ['The "TRNC"', 'The occupation regime\'s "foreign minister"']


def test_the_ministry_and_a_surname_take_the_earlier_speakers_side():
    """Audit 14 C6 (m1): 'the ministry' after 'the Ministry of Defence' (side from the actor layer) and
    'Colonel Ndzana' after 'Colonel Emmanuel Ndzana, the spokesman of the Ministry of Defence' had no side."""
    text = (
        "Report\n\n"
        "Soldiers killed nine fighters near Ndop on Monday, Cameroon's Ministry of Defence said. "
        "Colonel Emmanuel Ndzana, a spokesman of Cameroon's Ministry of Defence, said weapons were seized. "
        '"The operation is over," Colonel Ndzana said. The ministry said two soldiers were wounded. '
        "Colonel Biya, a farmer, said his goats were lost."
    )
    a = analyse(text, ["claim", "actor"], published=dt.date(2026, 11, 25))
    sides = {r["speaker"]: r.get("side") for r in a.records["claims"] if r.get("speaker")}
    assert sides["Colonel Ndzana"] == "cameroonian"
    assert sides["The ministry"] == "cameroonian"
    assert sides["Colonel Biya, a farmer"] is None  # another surname: no side
