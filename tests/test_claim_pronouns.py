"""A pronoun speaker goes back to the nearest source it can refer to, unnamed sources included."""

from __future__ import annotations

from conftest import analyse


def test_he_after_an_anonymous_official_is_that_official_not_the_last_named_person():
    text = (
        "Police say bridge attack was planned\n\n"
        'Interior Minister Petar Ilic visited the bridge on Monday. "We will find those responsible," Ilic said.\n\n'
        "A senior police official, who spoke on condition of anonymity, said the attackers had crossed "
        'from the south. "It was a terrorist attack," he said.\n'
    )
    claims = analyse(text, ["claim"]).records["claims"]
    [he] = [c for c in claims if c.get("resolved_from") == "he"]
    assert (he["speaker"], he["source_kind"]) == ("A senior police official", "anonymous")


def test_they_after_an_anonymous_official_still_skips_to_a_group():
    text = (
        "Ministry officials said the convoy was stopped at the checkpoint. "
        "A diplomat, who asked not to be named, said talks had stalled. "
        '"We will not negotiate under fire," they said.'
    )
    claims = analyse(text, ["claim"]).records["claims"]
    they = [c for c in claims if c.get("resolved_from") == "they"]
    assert they and they[0]["speaker"] != "A diplomat"


def _said(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = analyse(text, ["claim"]).records["claims"]
    return [(c.get("resolved_from"), c.get("speaker"), c.get("source_kind")) for c in claims if c.get("resolved_from")]


def test_it_in_a_relative_clause_is_the_doer_of_the_verb_it_hangs_on():
    # Session 10: "it says it has" went to the nearest earlier speaker (the foreign ministry)
    text = "The foreign ministry in Kinshasa called on Rwanda to publish the satellite images it says it has."
    assert _said(text) == [("it", "Rwanda", "government")]
    text = "Kinshasa urged Kigali to hand over the fighters it says it does not support."
    assert _said(text) == [("it", "Kigali", "government")]


def test_relative_binding_can_be_switched_off(monkeypatch):
    from newsprism.claims import speakers

    monkeypatch.setattr(speakers, "RELATIVE_BINDING", False)
    text = "The foreign ministry in Kinshasa called on Rwanda to publish the satellite images it says it has."
    assert _said(text) == [("it", "The foreign ministry in Kinshasa", "government")]


def test_it_skips_a_person_and_unnamed_witnesses_for_the_ministry():
    text = (
        "The ministry said on Monday that it had evidence. Colonel Jean Mbala said the convoy was hit at dawn. "
        "Witnesses said the shelling lasted an hour. It says it has handed the files to prosecutors."
    )
    assert _said(text) == [("It", "The ministry", "government")]


def test_they_is_no_single_named_person():
    # Session 10: "They say" after "Colonel Jean Mbala said" went to the colonel.
    text = "Colonel Jean Mbala said on Monday that the army had evidence. They say they have handed the files to prosecutors."
    assert _said(text) == [("They", "They", "unresolved_pronoun")]
    text = (
        "Jean Mbala and Aline Kabila said on Monday that the army had evidence. "
        "They say they have handed the files to prosecutors."
    )
    assert _said(text) == [("They", "Jean Mbala and Aline Kabila", "named_person")]


def test_they_goes_back_to_a_plural_group_not_a_named_person():
    # Session 10: "Republicans" was a named person (a proper noun) and so the only "they" it could take;
    # it is now an organisation, which "they" still reaches past a single named person.
    text = (
        "Republicans said the timing was not intentional. Senator Jane Doe said the hearing would go ahead. "
        "They said they had disclosed the papers to the committee."
    )
    said = _said(text)
    assert said[0][1:] == ("Republicans", "organisation")
