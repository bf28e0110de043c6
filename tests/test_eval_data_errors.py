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
