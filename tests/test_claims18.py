"""Eighteenth session, casualty figures: audit 17's figures left open (C1 rest, C8, C10), on fictional
sentences with real places (each positive case failed on 6f686df; the negative ones pin the limits)."""

from __future__ import annotations

import pytest

from conftest import figure_rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a1: a bare number driven from its homes (C1)
            "Armed herders attacked three villages near Rumamer on Wednesday, killing 27 people and driving more than "
            "3,400 from their homes.",
            ("displaced", "people", 3400.0, "3,400"),
        ),
        ("The floods drove 2,000 people from their homes in Agok.", ("displaced", "people", 2000.0, "2,000 people")),
        (  # b2: 'take away' (C1)
            "Soldiers took away at least nine young men from Hoshab on Wednesday, a schoolteacher said.",
            ("detained", "people", 9.0, "nine young men"),
        ),
        (  # b3: a party's active 'held' (C1); what it called them is their kind
            "It said it had held 14 people it described as off-duty soldiers near Turbat.",
            ("detained", "military", 14.0, "14 people"),
        ),
        (  # C10: the passive 'disappeared' is the enforced disappearance
            "Fourteen men have been forcibly disappeared from Turbat since Wednesday, activists said.",
            ("detained", "people", 14.0, "Fourteen men"),
        ),
    ],
)
def test_figures_of_displacement_and_custody(claim_pipe, text, want):
    assert want in figure_rows(claim_pipe, text)


@pytest.mark.parametrize("part", ["four people", "those of four people"])
def test_a_part_of_the_bodies_brought_in_keeps_its_kind(claim_pipe, part):
    """b3 (C8): 'including (those of) four people who appeared to be civilians' hangs on 'brought', not on '11
    bodies': a part of the dead, and the relative clause says they are civilians."""
    got = figure_rows(
        claim_pipe,
        f"A local official in Turbat said 11 bodies had been brought to the hospital, including {part} who "
        "appeared to be civilians.",
    )
    assert ("killed", "civilians", 4.0, "four people") in got
    assert ("killed", "unspecified", 11.0, "11 bodies") in got


@pytest.mark.parametrize(
    "text",
    [
        "The stadium in Quetta held 40,000 people on Sunday.",  # a place holds, no party
        "Ambulances took away nine wounded men from the market in Turbat.",  # wounded, not taken
        "Two men disappeared near Turbat on Wednesday.",  # no passive: nobody made them disappear
        "The river drove the boats from the banks near Agok.",
    ],
)
def test_no_custody_or_displacement_where_none_is_told(claim_pipe, text):
    assert not [f for f in figure_rows(claim_pipe, text) if f[0] in ("detained", "displaced")]


def _claims(pipe, text: str) -> list[tuple[str | None, str | None, str]]:
    """(speaker, source kind, cue) of each claim of a one-paragraph text dated 2026-11-26."""
    import datetime as dt

    from newsprism.model import Article

    a = pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    by = {s.id: s for s in a.spans}
    return [
        (c.get("speaker"), c.get("source_kind"), by[c["cue"]].text) for c in a.records.get("claims", []) if c.get("cue") in by
    ]


def test_the_schoolteacher_from_hoshab_speaks_not_hoshab(claim_pipe):
    """b2 (C4): 'A schoolteacher from Hoshab, who asked not to be named for fear of reprisal, said …' gave 'Hoshab'
    (a PERSON to the parser) the request and the quotation after it; the request is no claim, and 'he said' is the
    schoolteacher (a one-person noun)."""
    got = _claims(
        claim_pipe,
        "A schoolteacher from Hoshab, who asked not to be named for fear of reprisal, said soldiers raided homes on "
        'Wednesday. "They came at night and took my cousin," he said.',
    )
    assert [s for s, _, _ in got] == ["A schoolteacher from Hoshab", "A schoolteacher from Hoshab"]
    assert all(cue != "asked" for _, _, cue in got)


def test_a_name_set_off_before_the_cue_is_the_speakers(claim_pipe):
    """a3 (C6): 'A Misseriya elder reached by telephone in Muglad, Bashir Adam Hamid, said …' dropped the name (the
    parse hangs it on Muglad) and made the elder an organisation."""
    got = _claims(
        claim_pipe,
        'A Misseriya elder reached by telephone in Muglad, Bashir Adam Hamid, said the herders had only "defended '
        'their animals".',
    )
    assert got == [("A Misseriya elder reached by telephone in Muglad, Bashir Adam Hamid", "named_person", "said")]


@pytest.mark.parametrize(
    ("text", "not_cue"),
    [
        (  # a3 (C4): a territorial claim
            "At least 15 people were killed near Rumamer in the Abyei Area, claimed by both Sudan and South Sudan, on "
            "Wednesday, the mission said.",
            "claimed",
        ),
        (  # b1 (C4): a clause for a speaker
            "Spokesman Rizwan Baig told reporters in Quetta that no Chinese national had been in the area and that work "
            "on CPEC projects in Gwadar continued as usual.",
            "continued",
        ),
        (  # a2 (C9): the meeting proposed, no statement
            "The Joint Oversight Committee meeting, which Sudan had proposed for Monday, will not take place, a "
            "government spokesman said on Thursday.",
            "proposed",
        ),
        (  # b3 (C9): a report of a missing person
            "Two of the bodies were of men who had been reported missing by their families this year, the official said.",
            "reported",
        ),
        (  # a3 (C9): an act
            'The elder said the herders had only "defended their animals" near Amiet.',
            "defended",
        ),
    ],
)
def test_forms_of_cue_words_that_tell_no_statement(claim_pipe, text, not_cue):
    assert all(cue != not_cue for _, _, cue in _claims(claim_pipe, text))


def test_a_claim_by_a_group_and_a_defended_decision_stay(claim_pipe):
    got = _claims(
        claim_pipe,
        "The attack, claimed by the Baloch Liberation Army, killed seven soldiers. The minister defended the decision "
        "to close the road, saying it was needed.",
    )
    assert any(cue == "defended" for _, _, cue in got)


@pytest.mark.parametrize(
    "text",
    [
        "It is not true that no one was hurt in the shelling of Kupiansk.",
        "It is false that 12 people were injured in Kupiansk.",
        "Were 12 people injured in the shelling of Kupiansk on Monday?",
        "Have 12 soldiers been killed near Kupiansk?",
    ],
)
def test_a_count_said_to_be_untrue_or_asked_about_is_no_figure(claim_pipe, text):
    """Seventeenth-session review: a count in a clause called untrue, or asked about, was a figure."""
    assert figure_rows(claim_pipe, text) == []


@pytest.mark.parametrize(
    "text",
    ["Why were 12 people killed in Kupiansk?", "It is true that 12 people were injured in Kupiansk."],
)
def test_a_count_a_question_takes_as_told_stays(claim_pipe, text):
    assert len(figure_rows(claim_pipe, text)) == 1


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # audit 18 C1
            "IDF troops apprehended seven suspects in the village of Jubata al-Khashab, the IDF said on Friday.",
            ("detained", "people", 7.0, "seven suspects"),
        ),
        (  # audit 18 C9: a count of a faith, and beheading
            'The mujahideen killed 17 "Christians" in Chai, ISMP said.',
            ("killed", "people", 17.0, '17 "Christians"'),
        ),
        (
            "Residents said the attackers went from house to house in Chai, beheading at least eight men.",
            ("killed", "people", 8.0, "eight men"),
        ),
        (  # audit 18 C2: 'since Tuesday' counts from the incident, no running total
            "He said at least 2,300 people had fled Chai and the neighbouring village of Nguida since Tuesday.",
            ("displaced", "people", 2300.0, "2,300 people"),
        ),
    ],
)
def test_audit18_figures(claim_pipe, text, want):
    import datetime as dt

    from newsprism.model import Article

    a = claim_pipe(Article(text=text, published=dt.date(2026, 11, 26)))
    got = [(f["outcome"], f["victims"], f["value"], f["text"]) for f in a.records["figures"] if not f["running_total"]]
    assert want in got


def test_not_answering_calls_is_no_claim(claim_pipe):
    """audit 18 C10: 'A spokesman for the Rwandan contingent did not answer calls' was a claim with content 'calls'."""
    assert _claims(claim_pipe, "A spokesman for the Rwandan contingent in Macomia did not answer calls.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"No one was beheaded in Chai. These images are old," the governor said.',
        "No one was kidnapped in Jubata al-Khashab, the army said.",
        "Nobody was abducted near Abyei town on Sunday, the police said.",
    ],
)
def test_no_one_beheaded_or_kidnapped_is_no_count_of_none(claim_pipe, text):
    """Eighteenth-session review (audit 18 C13): 'behead', 'kidnap', 'abduct' tell one way of an outcome; a count
    of none for them (the governor denying beheadings) is no 0 killed or detained, which compare c set against
    the outlet's own three dead at Chai."""
    assert [f for f in figure_rows(claim_pipe, text) if f[2] == 0] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("No one was killed in Chai, the governor said.", ("killed", "people", 0.0, "No one")),
        ("No one was detained in Jubata al-Khashab, the army said.", ("detained", "people", 0.0, "No one")),
    ],
)
def test_a_count_of_none_of_the_outcome_itself_stays(claim_pipe, text, want):
    assert want in figure_rows(claim_pipe, text)


def test_a_reason_after_for_keeps_an_anonymity_request_no_claim(claim_pipe):
    """Eighteenth-session review: 'who asked not to be named for security reasons' was a claim by 'Gaza City'
    (government) with content 'not to be named for security reasons'; only 'for fear of' was read as a reason."""
    got = _claims(
        claim_pipe,
        "A resident of Gaza City, who asked not to be named for security reasons, said the strike killed 9 people.",
    )
    assert got == [("A resident of Gaza City", "anonymous", "said")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # framing's follow-up: the officials' 40 behind 'Dozens killed'
            "At least 15 people were killed in clashes near Alamata on Sunday, the United Nations said. Tigrayan "
            "officials put the toll at 40.",
            ("killed", "unspecified", 40.0, "40"),
        ),
        ("Hospital officials put the death toll at 52, the ministry said.", ("killed", "unspecified", 52.0, "52")),
        ("Officials put the number of wounded in Gaza at 300.", ("wounded", "unspecified", 300.0, "300")),
    ],
)
def test_a_toll_put_at_a_number_is_a_figure(claim_pipe, text, want):
    """Eighteenth-session review: 'put the toll at 40' has no victim noun after the number, so no reader took it."""
    assert want in figure_rows(claim_pipe, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army put the cost at 12 million dollars.",
        "The general put his troops at 40 positions along the line.",
        "They put the number of checkpoints at 30.",
    ],
)
def test_other_things_put_at_a_number_are_no_figure(claim_pipe, text):
    assert figure_rows(claim_pipe, text) == []
