"""The headline layer's ``count_below_body`` (nineteenth session): a headline count in the outlet's own voice
that takes one speaker's figure while the body gives a higher one for the same outcome and kind of victim
('Three killed' over the army's three and residents' 11). Fictional reports, real places; every positive case
gave no headline span on the session-start code (ef70160)."""

from __future__ import annotations

import pytest

from conftest import analyse

LAYERS = ["place", "claim", "event", "framing", "headline"]


def _spans(text: str, label: str = "count_below_body"):
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    return an, an.spans_of("headline", label)


KUMBA = (
    "KUMBA, November 24, 2026 (Fako Courier) - Three people were killed when gunmen attacked a market in Kumba on "
    "Monday, the army said. Residents said {more} people had been killed.\n"
)


@pytest.mark.parametrize("more", ["11", "at least 11"])
def test_a_headline_that_takes_the_armys_lower_toll(more):
    an, (s,) = _spans("Three killed in Kumba attack\n\n" + KUMBA.format(more=more))
    assert (s.text, s.start) == ("Three killed", 0)
    assert s.attrs["outcome"] == "killed" and s.attrs["least"] == s.attrs["most"] == 3
    assert [(f["value"], f["speaker"]) for f in s.attrs["follows"]] == [(3, "the army")]
    assert [(f["value"], f["speaker"]) for f in s.attrs["above"]] == [(11, "Residents")]
    assert "takes the lower figure" in s.attrs["why"] and f"'{more} people' (Residents)" in s.attrs["why"]
    assert an.summary["headline"]["count_below_body"] == 1 and an.summary["headline"]["count_beyond_body"] == 0


@pytest.mark.parametrize(
    ("text", "count", "above"),
    [
        (
            "Two soldiers killed in Lachin clash\n\nSTEPANAKERT, November 24, 2026 (Karabakh Herald) - Two soldiers were "
            "killed in a clash near Lachin on Monday, the defence ministry said. The opposition said nine soldiers had died.\n",
            "Two soldiers",
            [(9, "The opposition")],
        ),
        (
            "Nearly 30 killed in Abyei clashes\n\nJUBA, November 24, 2026 (Nile Ledger) - Twenty-seven people were killed "
            "in clashes in Abyei on Sunday, South Sudanese officials said. The UN mission said at least 40 people were killed.\n",
            "Nearly 30 killed",
            [(40, "The UN mission")],
        ),
    ],
)
def test_other_lower_tolls_taken_up(text, count, above):
    _, (s,) = _spans(text)
    assert s.text == count
    assert [(f["value"], f["speaker"]) for f in s.attrs["above"]] == above


@pytest.mark.parametrize(
    "text",
    [
        # the outlet's own voice gives the headline's figure
        "Three killed in Kumba attack\n\nKUMBA, November 24, 2026 (Fako Courier) - Three people were killed when gunmen "
        "attacked a market in Kumba on Monday. The army said three people had died. Residents said 11 people had been killed.\n",
        # the headline attributes
        "Army says three killed in Kumba attack\n\n" + KUMBA.format(more="11"),
        # a higher toll of another time or a wider area
        "Three killed in Kumba market attack\n\nKUMBA, November 24, 2026 (Fako Courier) - Three people were killed when "
        "gunmen attacked a market in Kumba on Monday, the army said. Eleven people have been killed since Friday in the "
        "town, residents said.\n",
        "Three killed in Kumba market attack\n\nKUMBA, November 24, 2026 (Fako Courier) - Three people were killed when "
        "gunmen attacked a market in Kumba on Monday, the army said. Last month, separatists said 20 people were killed "
        "in a raid on the same market.\n",
        "Three killed in Kumba market attack\n\nKUMBA, November 24, 2026 (Fako Courier) - Three people were killed when "
        "gunmen attacked a market in Kumba on Monday, the army said. Local officials said 11 people had been killed in "
        "a week of clashes in the region.\n",
        "One killed as drones hit Odesa\n\nODESA, November 24, 2026 (Black Sea Wire) - One person was killed when drones "
        "hit Odesa overnight, the regional governor said. Across Ukraine, Russian strikes killed 14 people overnight, "
        "officials said.\n",
        # another town's toll
        "Four killed in Kharkiv strike\n\nKYIV, November 24, 2026 (Dnipro Wire) - Four people were killed in a Russian "
        "strike on Kharkiv on Monday, the governor said. In Odesa, nine people were killed in a separate strike, the "
        "city's mayor said.\n",
        # the higher figure holds the headline's as a part
        "Two killed in Kashmir firing\n\nSRINAGAR, November 24, 2026 (Valley Ledger) - Two people were killed in an "
        "exchange of fire in Shopian on Monday, police said. Separatists said five people had died, two in the firing "
        "and three in a protest afterwards in Pulwama.\n",
        # another kind of victim
        "Two killed in Kashmir firing\n\nSRINAGAR, November 24, 2026 (Valley Ledger) - Two militants were killed in an "
        "exchange of fire in Shopian on Monday, police said. Residents said five people had been killed.\n",
        "Three children killed in Gaza strike\n\nGAZA, November 24, 2026 (Coastal Wire) - Three children were among the "
        "dead after an Israeli strike on a house in Gaza City on Monday, the civil defence said. Twelve people were "
        "killed in the strike, the health ministry said.\n",
        # a lower bound agrees with any higher figure
        "At least three killed in Kumba attack\n\n" + KUMBA.format(more="11"),
    ],
)
def test_no_lower_toll_finding(text):
    _, spans = _spans(text)
    assert spans == []


def test_the_panel_shows_the_lower_toll():
    from newsprism.render.panels.headline import html

    an, _ = _spans("Three killed in Kumba attack\n\n" + KUMBA.format(more="11"))
    out = str(html(an))
    assert "below &#x27;11 people&#x27; (Residents); follows &#x27;Three people&#x27; (the army)" in out


# --- audit 19 F4: a headline's later happening after ' as ' is the outlet's own, whatever the first clause attributes


BURN = (
    "KUMBA, November 24, 2026 (Fako Courier) - Soldiers burned at least 30 houses in three villages near Kumba on "
    "Monday, according to a local priest. The army denied burning any houses. Separatist fighters said they had killed "
    "five soldiers in an ambush on Sunday.\n"
)


def test_a_second_clause_after_as_is_judged_on_its_own():
    _, (s,) = _spans("Separatists say they killed five soldiers as troops burn villages near Kumba\n\n" + BURN, "stated_as_fact")
    assert s.text == "burn" and s.attrs["speaker"] == "a local priest"


@pytest.mark.parametrize(
    "headline",
    [
        "Rebels say troops burn villages near Kumba as residents flee",  # the happening is in the attributed clause
        "Five killed as troops burn villages near Kumba, rebels say",  # the cue covers the later clause
        "Army says rebels burned villages as part of a campaign near Kumba",  # 'as part of' is no second clause
    ],
)
def test_no_second_clause_finding(headline):
    _, spans = _spans(headline + "\n\n" + BURN, "stated_as_fact")
    assert [s.text for s in spans if s.text in ("burn", "burned")] == []


# --- nineteenth-session review --------------------------------------------------------------------------------------


def test_no_lower_toll_finding_for_another_days_toll():
    """The residents' 11 died on Monday when a glide bomb hit a school; the headline's three on Tuesday: two incidents."""
    _, spans = _spans(
        "Three killed in Russian strike on Kharkiv\n\nKHARKIV, November 26, 2026 (Dnipro Wire) - A Russian missile strike "
        "on Kharkiv killed three people on Tuesday, the regional governor said. Residents said 11 people were killed in the "
        "same district on Monday when a glide bomb hit a school.\n"
    )
    assert spans == []


def test_a_lower_toll_of_the_same_day_is_still_found():
    _, (s,) = _spans(
        "Three killed in Russian strike on Kharkiv\n\nKHARKIV, November 26, 2026 (Dnipro Wire) - A Russian missile strike "
        "on Kharkiv killed three people on Tuesday, the regional governor said. Residents said 11 people were killed in the "
        "strike on Tuesday.\n"
    )
    assert [(f["value"], f["speaker"]) for f in s.attrs["above"]] == [(11, "Residents")]


def test_a_headline_as_clause_about_the_speaker_is_the_speakers():
    """'as they were attacked': the police go on telling; the attack is theirs to tell, not the outlet's statement."""
    _, spans = _spans(
        "Police say they fired at a house as they were attacked by militants\n\nSRINAGAR, November 26, 2026 (Valley Wire) - "
        "Police said they fired at a house in Sopore on Tuesday. A police officer said they were attacked by militants.\n",
        "stated_as_fact",
    )
    assert not [s for s in spans if s.text == "attacked"]


def test_the_second_as_of_a_bound_is_no_second_clause():
    """'as many as 40 people detained': one happening, the police's; not a clause of the outlet's own."""
    _, spans = _spans(
        "Police say as many as 40 people detained in Sopore\n\nSRINAGAR, November 26, 2026 (Valley Wire) - A police "
        "officer said 40 people had been detained in raids in Sopore on Tuesday.\n",
        "stated_as_fact",
    )
    assert not [s for s in spans if s.text == "detained"]
