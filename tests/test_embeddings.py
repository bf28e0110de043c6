"""The static subword embeddings load offline from the installed wheel and carry meaning."""

import socket

import numpy as np
import pytest

from newsprism import embeddings


@pytest.fixture(scope="module")
def table():
    t = embeddings.static_embeddings()
    if t is None:
        pytest.skip("wordllama is not installed")
    return t


def test_loads_without_network(monkeypatch):
    embeddings._load.cache_clear()

    def refuse(*args, **kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    t = embeddings.static_embeddings()
    assert t is not None and t.dim == embeddings.DIM


def test_related_sentences_are_closer(table):
    a = table.embed("Soldiers shelled the village overnight.")
    b = table.embed("Artillery fire hit the town at night.")
    c = table.embed("The minister signed a trade agreement.")
    assert float(a @ b) > float(a @ c) + 0.1
    assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-5


def test_empty_text_and_batch(table):
    assert not table.embed("").any()
    many = table.embed_many(["Troops withdrew.", ""])
    assert many.shape == (2, table.dim)
    assert np.allclose(many[0], table.embed("Troops withdrew."), atol=1e-6)


def test_token_offsets_index_the_text(table):
    text = "Protesters gathered in Khankendi."
    ids, offsets = table.tokens(text)
    assert len(ids) == len(offsets) > 3
    assert text[offsets[-2][0] : offsets[-1][1]].endswith("endi.")
