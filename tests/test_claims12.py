"""Twelfth session, claims: the eleventh session's leftovers (a victim told with an article, kinds
of victim the figures missed) and the auditor's follow-ups, each with the input that showed it."""

from conftest import analyse


def _figures(an) -> list[tuple[str, float, str, str, str]]:
    return [(f["text"], f["value"], f["outcome"], f["victims"], f["rule"]) for f in an.records.get("figures", [])]


def test_a_victim_told_with_an_article_is_a_figure_of_one():
    """'A woman was killed …' gave no casualty figure (only the 'two soldiers' of the same sentence)."""
    text = (
        "Firing on the LoC\n\nA woman was killed and two soldiers were injured when the Pakistan Army opened fire "
        "in the Uri sector on Sunday night, officials said. A policeman died in Baramulla on Monday."
    )
    an = analyse(text)
    figs = _figures(an)
    assert ("A woman", 1.0, "killed", "women", "figures:singular") in figs
    assert ("two soldiers", 2.0, "wounded", "military", "consistency:counts") in figs
    assert ("A policeman", 1.0, "killed", "military", "figures:singular") in figs
    woman = next(f for f in an.records["figures"] if f["text"] == "A woman")
    assert text[woman["start"] : woman["end"]] == "A woman"
    assert text[woman["number_start"] : woman["number_end"]] == "A"
    span = next(s for s in an.spans if s.id == woman["span"])
    assert (span.label, span.start, span.attrs["victims"]) == ("casualty_figure", woman["start"], "women")
    assert an.summary["sourcing"]["casualty_figures"] == 3


def test_the_doer_told_with_an_article_is_no_victim():
    """'A soldier killed three civilians': the soldier did it; only the civilians are a figure."""
    an = analyse("Shooting in Gori\n\nA soldier killed three civilians in Gori on Monday, the police said.")
    assert [f[0] for f in _figures(an)] == ["three civilians"]


def test_a_victim_told_with_an_article_is_not_compared_in_the_consistency_check():
    """'A woman was killed' and later 'two women were killed' may be other women: no count conflict."""
    an = analyse(
        "Shelling\n\nA woman was killed in Churunda on Sunday, officials said. Two women were killed in Keran on Monday."
    )
    assert [c for c in an.records.get("consistency", []) if c.get("kind") == "count_conflict"] == []
    assert {f[0] for f in _figures(an)} == {"A woman", "Two women"}


def test_herders_militiamen_and_armed_members_have_their_kind():
    """'three herders' was no figure (no kind); 'four armed members' was 'people', so a dispute of
    fighters against civilians did not show."""
    an = analyse(
        "Strike near Mijek\n\nThe drone killed three herders near Mijek, the ministry said. The army said it killed "
        "four armed members of the militias and two militiamen."
    )
    kinds = {f[0]: f[3] for f in _figures(an)}
    assert kinds == {"three herders": "civilians", "four armed members": "military", "two militiamen": "military"}


def test_the_second_conjunct_of_a_casualty_verb_is_a_figure():
    """'A missile killed four children and two soldiers': the soldiers were no figure (a conjunct)."""
    an = analyse("Strike\n\nA missile killed four children and two soldiers in Kramatorsk on Monday, officials said.")
    assert [(f[0], f[2], f[3]) for f in _figures(an)] == [
        ("four children", "killed", "children"),
        ("two soldiers", "killed", "military"),
    ]
