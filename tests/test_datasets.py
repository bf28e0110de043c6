"""Where the shared data is found: an explicit NEWSPRISM_DATA is never silently replaced."""

import pytest

from newsprism import datasets


def test_a_mistyped_data_variable_is_an_error_not_a_fallback(monkeypatch, tmp_path):
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path / "typo"))
    assert datasets.root() is None
    with pytest.raises(datasets.DataMissing, match=r"NEWSPRISM_DATA=.*typo is not a folder"):
        datasets.path("ptc2020")


def test_the_data_variable_names_the_folder(monkeypatch, tmp_path):
    (tmp_path / "ptc2020").mkdir()
    monkeypatch.setenv(datasets.DATA_ENV, str(tmp_path))
    assert datasets.path("ptc2020") == tmp_path / "ptc2020"
    with pytest.raises(datasets.DataMissing, match="case2021"):
        datasets.path("case2021")
