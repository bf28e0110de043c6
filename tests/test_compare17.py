"""Seventeenth session, comparison: a count of none ('No one was injured') set against another report's
count ('Two crew members were injured'), on fictional reports (fictional outlets, real places; the
first test failed on 9bd2eb5)."""

from __future__ import annotations

import pytest

from newsprism.compare import compare
from newsprism.model import Article

_NONE = (
    "Coast guard inspects trawler\n\n"
    "BATUMI, Nov. 26, 2026 (The Adjara Ledger) — The coast guard stopped a Turkish trawler off Poti on Tuesday "
    "morning and escorted it to port, officials said.\n\n"
    "No one was injured during the inspection, the coast guard said.\n"
)
_TWO = (
    "Trawler boarded off Poti\n\n"
    "TRABZON, Nov. 26, 2026 (Pontic Wire) — Georgian coast guard officers boarded a Turkish trawler off Poti on "
    "Tuesday morning, the owner said.\n\n"
    "Two crew members were injured during the boarding, the owner said.\n"
)
_FIGHTERS = (
    "Army raid on Babessi\n\n"
    "BAMENDA, Nov. 26, 2026 (The Grassfield Post) — Soldiers raided Babessi on Tuesday. Six civilians were killed "
    "in Babessi, a rights group said.\n"
)
_NONE_OF_OURS = (
    "Separatists deny losses\n\n"
    "BAMENDA, Nov. 26, 2026 (Ambazonia Today) — The Ambazonia Defence Forces said none of its fighters had been "
    "killed in Babessi on Tuesday.\n"
)


@pytest.fixture(scope="module")
def reports(pipeline):
    return {
        name: pipeline(Article(text=text, outlet=name))
        for name, text in (("none", _NONE), ("two", _TWO), ("fighters", _FIGHTERS), ("ours", _NONE_OF_OURS))
    }


def test_none_injured_against_two_injured_differs(reports):
    none, two = reports["none"], reports["two"]
    rows = compare([none, two])["casualty_figures"]["rows"]
    row = next(r for r in rows if (r["outcome"], r["victims"]) == ("wounded", "people"))
    assert {e["value"] for e in row["by_article"][none.article.id]} == {0.0}
    assert {e["value"] for e in row["by_article"][two.article.id]} == {2.0}
    assert row["differs"] is True


def test_no_fighter_killed_is_no_kind_of_the_dead(reports):
    """'none of its fighters had been killed in Babessi' does not say the dead were fighters: no
    disputed_victims against the six civilians there, and no 'other victims'."""
    table = compare([reports["fighters"], reports["ours"]])["casualty_figures"]
    assert not [d for d in table["disputes"] if d["marker"] == "disputed_victims"]
    assert all(not r["other_victims"] for r in table["rows"])
    zero = [e for r in table["rows"] for v in r["by_article"].values() for e in v if e["value"] == 0]
    assert [e["text"] for e in zero] == ["none of its fighters"]


def test_a_count_of_none_goes_with_its_rows_counts(pipeline):
    """Audit 15 s: SSC-Khaatumo's 'no fighter had been captured' (s2) stays in the Oog row beside
    Somaliland's 12 captured, as the two sides' counts (same_row sides_differ)."""
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "audit15"
    an = [pipeline(Article(text=p.read_text(encoding="utf-8"))) for p in sorted(folder.glob("s[123]_*.txt"))]
    table = compare(an)["casualty_figures"]
    row = next(r for r in table["rows"] if (r["outcome"], r["victims"]) == ("detained", "fighters") and "Oog" in r["places"])
    values = sorted(e["value"] for v in row["by_article"].values() for e in v)
    assert values == [0.0, 12.0, 12.0, 12.0]
    found = [d for d in table["disputes"] if d["marker"] == "sides_differ" and d["outcome"] == "detained"]
    assert len(found) == 1 and found[0].get("same_row") is True


_SAID_THURSDAY = (
    "Seven soldiers killed near Hoshab\n\n"
    "QUETTA, 27 November 2026 (The Bolan Herald) — Seven soldiers were killed when militants attacked a post near "
    "Hoshab, the army said on Thursday. The separatists said they had killed 23 soldiers near Hoshab.\n"
)
_TUESDAY = (
    "Separatists claim attack on Hoshab post\n\n"
    "LONDON, 27 November 2026 (Makran Voice) — The separatists said they had killed 23 soldiers late on Tuesday.\n"
)


def test_the_day_a_speaker_spoke_does_not_date_the_figure(pipeline):
    """Audit 17 (lead's forward): '…, the ISPR said on Thursday' dated b1's seven soldiers apart from the BLA's 23
    of Tuesday night: two rows, the sides' counts not set against each other."""
    a = pipeline(Article(text=_SAID_THURSDAY, outlet="The Bolan Herald"))
    b = pipeline(Article(text=_TUESDAY, outlet="Makran Voice"))
    rows = compare([a, b])["casualty_figures"]["rows"]
    killed = [r for r in rows if (r["outcome"], r["victims"]) == ("killed", "military")]
    assert len(killed) == 1 and set(killed[0]["by_article"]) == {a.article.id, b.article.id}


_FABRICATED = (
    "Ministry rejects casualty claims\n\n"
    "PORT SUDAN, November 26, 2026 (The Suakin Ledger) — The accounts from Juba of 27 dead in attacks on villages "
    'near Amiet were "fabricated to win sympathy", the foreign ministry in Port Sudan said.\n'
)


def test_a_count_in_the_subject_of_a_rejecting_quotation_is_denied(pipeline):
    """Audit 17 C2: 'The accounts from Juba of 27 dead … were "fabricated …", the foreign ministry … said' gave 27
    in the report's own voice, at Juba."""
    a = pipeline(Article(text=_FABRICATED, outlet="The Suakin Ledger"))
    rows = compare([a])["casualty_figures"]["rows"]
    (fig,) = [e for r in rows for v in r["by_article"].values() for e in v if e["value"] == 27]
    assert fig["said_by"]["speaker"] == "the foreign ministry in Port Sudan" and fig["said_by"]["denies"] is True
    assert "Juba" not in fig["places"]
