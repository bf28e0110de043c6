"""An evaluation given a malformed data file says which line is wrong (exit 2), never crashes."""

from __future__ import annotations

from newsprism.cli import main


def test_a_malformed_scare_quote_gold_file_names_its_line(tmp_path, capsys):
    cases = {
        "root:x:0:0:root:/root:/bin/bash\n": ":1: expected 4 tab-separated columns",
        "article_id\tstart\tend\tlabel\n111\t3\t9\tscare\n111\t9\t3\tscare\n": ":3: start and end must be character offsets",
        "111\t3\t9\tirony\n": ":1: unknown label 'irony'",
        "111\t3\t9\tscare\textra\n": ":1: expected 4 tab-separated columns",
    }
    for i, (content, message) in enumerate(cases.items()):
        gold = tmp_path / f"gold{i}.tsv"
        gold.write_text(content, encoding="utf-8")
        assert main(["eval", "scare-quotes", "--gold", str(gold)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"{gold}{message}" in err and "internal error" not in err, err
    latin = tmp_path / "latin.tsv"
    latin.write_bytes("111\t3\t9\tscare \xe9\n".encode("latin-1"))
    assert main(["eval", "scare-quotes", "--gold", str(latin)]) == 2
    assert "not a UTF-8 labels file" in capsys.readouterr().err


def _one_error(capsys, expected: str) -> None:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err and "internal error" not in err, err


def test_other_evaluations_name_the_wrong_file_or_line(tmp_path, capsys):
    tsv = tmp_path / "events.tsv"
    tsv.write_text("id\tEventSnippet\tSubType\n1\tonly two columns\n", encoding="utf-8")
    assert main(["eval", "case2021", "--data", str(tsv)]) == 2
    _one_error(capsys, f"{tsv}:2: expected 3 tab-separated columns, got 2")
    assert main(["train", "events", "--data", str(tsv), "--out", str(tmp_path / "m.npz")]) == 2
    _one_error(capsys, f"{tsv}:2: expected 3 tab-separated columns")

    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "a.tml").write_text("<TimeML><TEXT>broken", encoding="utf-8")
    assert main(["eval", "tempeval3", "--data", str(tmp_path / "tml")]) == 2
    _one_error(capsys, "a.tml: not a TimeML file")

    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "article111.txt").write_text("Shells hit the town.\n", encoding="utf-8")
    labels = tmp_path / "labels.tsv"
    labels.write_text("111\tLoaded_Language\t0\t6\n111\tsix\tseven\n", encoding="utf-8")
    assert main(["eval", "ptc", "--articles", str(arts), "--labels", str(labels)]) == 2
    _one_error(capsys, f"{labels}:2: expected id<TAB>technique<TAB>start<TAB>end")
    labels.write_text("999\tLoaded_Language\t0\t6\n", encoding="utf-8")  # another article's
    assert main(["eval", "ptc", "--articles", str(arts), "--labels", str(labels)]) == 2
    _one_error(capsys, f"{labels}: no gold spans for the 1 articles")
    assert main(["eval", "semeval2023", "--lang", "en", "--articles", str(arts), "--labels", str(labels)]) == 2
    _one_error(capsys, f"{labels}: no labelled paragraphs of the 1 articles")


def test_a_geo_corpus_toponym_without_offsets_names_the_article(tmp_path, capsys):
    xml = tmp_path / "corpus.xml"
    xml.write_text(
        "<articles><article docid='a7'><text>Shells hit Kharkiv.</text><toponyms>"
        "<toponym><start>11</start><end>x</end><phrase>Kharkiv</phrase></toponym></toponyms></article></articles>",
        encoding="utf-8",
    )
    assert main(["eval", "geo", "--corpus", str(xml)]) == 2
    _one_error(capsys, f"{xml}: article a7: a <toponym> without integer <start>/<end>")


def test_a_broken_brat_file_names_itself(tmp_path, capsys):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a1.txt").write_text("The army said the town was shelled on Monday.\n", encoding="utf-8")
    ann = tmp_path / "attributions" / "a1_ab12.ann"
    ann.write_text("T1\tSource x y\tThe army\nE1\tAttribution:T4 Source:T1\n", encoding="utf-8")
    assert main(["eval", "polnear", "--data", str(tmp_path)]) == 2
    _one_error(capsys, f"{ann}: not a BRAT attribution file")
