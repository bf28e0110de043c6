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
