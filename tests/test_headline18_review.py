"""Eighteenth-session review of the headline count finding (count_beyond_body): a body figure of one group of people
('3 journalists') is a part of a bare headline count, and one speaker's figures in one sentence may add up to it.
Fictional reports, real places; both probes gave a span on f67edae; the near misses keep theirs."""

from __future__ import annotations

import pytest

from conftest import analyse

LAYERS = ["claim", "event", "framing", "headline"]


def _counts(text: str):
    an = analyse(text, LAYERS, title=text.split("\n", 1)[0])
    assert not an.warnings
    return an.spans_of("headline", "count_beyond_body")


@pytest.mark.parametrize(
    "text",
    [
        # a group's figure (earlier, three journalists) is a part of the dozens detained, not the toll
        "Dozens detained in Tbilisi protest\n\nTBILISI, November 24, 2026 (Kura Post) - Police detained 30 protesters in "
        "Tbilisi on Sunday, the interior ministry said. Rights groups said 120 people were held. Earlier, 3 journalists "
        "were detained.\n",
        # the separatists' one and two add up to the headline's three
        "Three killed in Kashmir firing\n\nSRINAGAR, November 24, 2026 (Valley Post) - Three people were killed when "
        "troops opened fire near Uri on Sunday, police said. Separatists said one protester was killed and two died "
        "later in hospital.\n",
    ],
)
def test_no_count_finding_over_a_part_or_a_sum(text):
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "beyond"),
    [
        # one figure of the hospital's: still gone beyond
        (
            "At least 7 killed in Balochistan blast\n\nQUETTA, November 24, 2026 (Frontier Post) - Seven people were "
            "killed in a blast in Quetta on Sunday, police said. A hospital official said five bodies had been "
            "brought in.\n",
            [(5, "A hospital official")],
        ),
        # the speaker's two figures are in two sentences (a toll told again), not a sum
        (
            "Dozens killed in Alamata clashes\n\nMEKELLE, November 24, 2026 (Highland Courier) - At least 15 people were "
            "killed in clashes near Alamata on Sunday, the United Nations said. Tigrayan officials said 40 people had "
            "been killed. The United Nations said 12 people had died near the market.\n",
            [(15, "the United Nations"), (12, "The United Nations")],
        ),
    ],
)
def test_the_count_finding_stays(text, beyond):
    (s,) = _counts(text)
    assert [(f["value"], f["speaker"]) for f in s.attrs["beyond"]] == beyond
