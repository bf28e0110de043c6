"""The spaCy backbone's own adjustments (``newsprism/nlp.py``)."""

from newsprism import nlp

from conftest import analyse


def _tokens(text: str) -> list[str]:
    return [t.text for t in nlp.load()(text)]


def test_a_full_stop_after_a_mixed_case_acronym_ends_the_sentence():
    doc = nlp.load()("Troops fired across the LoC. Residents of Nakyal said the shelling began at dawn.")
    assert [s.text for s in doc.sents] == [
        "Troops fired across the LoC.",
        "Residents of Nakyal said the shelling began at dawn.",
    ]


def test_abbreviations_keep_their_full_stops():
    assert _tokens("He works for the U.S. Army, e.g. in Ph.D. programmes.")[4:6] == ["U.S.", "Army"]
    assert "e.g." in _tokens("e.g. this") and "Ph.D." in _tokens("Ph.D. students")
    assert _tokens("the LoC, residents said")[:3] == ["the", "LoC", ","]


def test_the_sentence_after_the_acronym_keeps_its_speaker():
    an = analyse(
        "Pakistani troops fired across the LoC. Residents of Nakyal said the shelling began at dawn and lasted three hours.",
        ["claim"],
    )
    speakers = [c.get("speaker") for c in an.records["claims"]]
    assert "Residents of Nakyal" in speakers
