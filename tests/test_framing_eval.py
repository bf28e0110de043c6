"""Smoke tests of `eval scare-quotes`, `train lexicons` and `eval lexicon` on fixtures in the PTC/BABE layout."""

import argparse
import json
import zipfile

from newsprism.eval import evaluations
from newsprism.eval.scare_quotes import agreement, kappa, load_gold, load_labels, split_of
from newsprism.framing.lexicon import Lexicon, _entry
from newsprism.resources import data_path
from newsprism.train import lexicons, trainers

from conftest import FIXTURES, shared_data

PTC = FIXTURES / "framing_ptc"


def parse(parser_owner, argv):
    p = argparse.ArgumentParser()
    parser_owner.add_arguments(p)
    return p.parse_args(argv)


def test_scare_quote_eval_on_fixture():
    ev = evaluations()["scare-quotes"]
    report = ev.run(parse(ev, ["--articles", str(PTC / "articles"), "--gold", str(PTC / "gold.tsv"), "--errors", "dev"]))
    m = report.metrics
    assert split_of("9002") == "dev" and split_of("9001") == "test"
    assert m["accuracy_test"] == 1.0
    assert round(m["accuracy_dev"], 4) == 0.6667  # the headline 'historic' is a known miss
    assert any("error 9002" in line for line in report.lines)
    assert report.machine_line().startswith("scare_f1_dev=")


def test_kappa_and_agreement_figures():
    gold = ["speech", "speech", "scare", "scare", "name_or_title", "speech"]
    same = list(gold)
    assert kappa(gold, same) == 1.0
    other = ["speech", "name_or_title", "scare", "speech", "name_or_title", "speech"]
    # po = 4/6; pe = (3/6)(3/6) + (2/6)(1/6) + (1/6)(2/6) = 13/36
    assert abs(kappa(gold, other) - (4 / 6 - 13 / 36) / (1 - 13 / 36)) < 1e-12
    lines, metrics = agreement(gold, other, rules=["scare"] * 6)
    assert metrics["agreement"] == round(4 / 6, 4)
    assert metrics["scare_f1_second"] == round(2 * (1 / 1) * (1 / 2) / (1 + 1 / 2), 4)  # P 1, R 1/2
    assert metrics["scare_f1_rules"] == round(2 * (2 / 6) * 1 / (2 / 6 + 1), 4)  # P 2/6, R 1
    assert any("scare→speech:1" in line for line in lines)


def test_second_annotation_option_on_fixture(tmp_path):
    second = tmp_path / "second.tsv"
    second.write_text("article_id\tstart\tend\tlabel\thard\n9002\t46\t58\tname_or_title\th\n9001\t15\t21\tspeech\t\n")
    assert load_labels(second) == {("9002", 46, 58): "name_or_title", ("9001", 15, 21): "speech"}
    ev = evaluations()["scare-quotes"]
    report = ev.run(parse(ev, ["--articles", str(PTC / "articles"), "--gold", str(PTC / "gold.tsv"), "--second", str(second)]))
    m = report.metrics
    assert m["agreement"] == 0.5 and m["scare_f1_second"] == 0.0
    assert "scare_f1_rules" in m and "accuracy_dev" not in m  # only the two instances were scored


def test_second_annotation_file_matches_the_gold_set():
    gold = {(a, s, e) for a, s, e, _ in load_gold(data_path("framing", "scare_quote_gold.tsv"))}
    second = load_labels(data_path("framing", "scare_quote_second.tsv"))
    assert len(second) == 200 and set(second) <= gold
    assert {split_of(a) for a, _, _ in second} == {"dev", "test"}


def test_train_lexicons_on_fixture(tmp_path):
    out = tmp_path / "lex.json"
    tr = trainers()["lexicons"]
    args = parse(
        tr,
        [
            "--articles",
            str(PTC / "articles"),
            "--labels",
            str(PTC / "labels.tsv"),
            "--babe",
            str(FIXTURES / "framing_babe"),
            "--out",
            str(out),
        ],
    )
    seed_before = data_path("framing", "lexicon_seed.json").read_bytes()
    tr.run(args)
    data = json.loads(out.read_text(encoding="utf-8"))
    terms = {e["term"]: e for e in data["entries"]}
    assert set(terms) == {"sham", "grotesque", "draconian"}
    assert terms["sham"]["source"] == "ptc" and terms["sham"]["support"]["in_loaded"] == 5
    assert terms["draconian"]["source"] == "babe" and terms["draconian"]["support"]["babe_sentences"] == 5
    # the held-out article (9008) was not read: its "barbaric" is not counted
    assert "barbaric" not in terms
    assert lexicons.is_heldout("9008") and not lexicons.is_heldout("9001")
    assert data_path("framing", "lexicon_seed.json").read_bytes() == seed_before


def test_lexicon_eval_on_fixture():
    ev = evaluations()["lexicon"]
    base = ["--articles", str(PTC / "articles"), "--labels", str(PTC / "labels.tsv")]
    m = ev.run(parse(ev, [*base, "--all-articles"])).metrics
    assert m["spans"] == 12 and m["precision"] == 1.0
    held = ev.run(parse(ev, base)).metrics  # only article 9008 is held out
    assert held["spans"] == 3  # sham, puppet regime, barbaric
    seed_only = ev.run(parse(ev, [*base, "--all-articles", "--sources", "seed"])).metrics
    assert "precision_babe" not in seed_only and seed_only["spans"] == 9


def test_xlsx_first_column(tmp_path):
    path = tmp_path / "lex.xlsx"
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/sharedStrings.xml", f"<sst {ns}><si><t>sham</t></si><si><t>vile</t></si></sst>")
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet {ns}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            f'<row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>',
        )
    assert lexicons._xlsx_first_column(path) == ["sham", "vile"]


def test_seed_entries_survive_and_win_over_generated():
    seed = _entry({"term": "regime", "kind": "label", "category": "actor_label", "unless_next": ["of"]}, "seed")
    gen = _entry({"term": "regime", "kind": "loaded", "category": "ptc_loaded_language", "source": "ptc"}, "ptc")
    lex = Lexicon([seed, gen])
    assert len(lex) == 1 and lex.by_first["regime"][0].source == "seed"


def test_gold_set_shape():
    rows = load_gold(data_path("framing", "scare_quote_gold.tsv"))
    assert len(rows) >= 850
    assert len({(r[0], r[1]) for r in rows}) == len(rows)  # no instance twice
    assert {r[3] for r in rows} == {"speech", "name_or_title", "scare"}
    assert len({r[0] for r in rows}) >= 350
    assert {split_of(r[0]) for r in rows} == {"dev", "test"}
    # rows 1-886: batches 1-4 over both halves; rows 887-1063 (round 4, batches 5-6): dev articles only,
    # so the test half is exactly what it was (419 instances)
    assert len(rows) >= 1063
    assert {split_of(r[0]) for r in rows[886:]} == {"dev"}
    assert sum(split_of(r[0]) == "test" for r in rows) == 419


def test_gold_offsets_point_at_quotation_marks():
    articles = shared_data("ptc2020", "train-articles")
    for aid, start, end, _ in load_gold(data_path("framing", "scare_quote_gold.tsv")):
        text = (articles / f"article{aid}.txt").read_text(encoding="utf-8")
        assert text[start] in "\"'“‘’", (aid, start)
        assert start < end <= len(text)


def test_quote_model_trains_on_the_dev_half_and_only_revises_classes(tmp_path, monkeypatch):
    from newsprism import nlp
    from newsprism.framing import quote_model
    from newsprism.framing.quote_class import classify

    out = tmp_path / "quote_model.json"
    tr = trainers()["quote-model"]
    argv = ["--articles", str(PTC / "articles"), "--gold", str(PTC / "gold.tsv"), "--labels", "none", "--cv", "0"]
    tr.run(parse(tr, [*argv, "--out", str(out)]))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == quote_model.FORMAT and data["classes"] == ["speech", "name_or_title", "scare"]
    assert data["instances"] == 2  # article 9002 only (9001 is in the test half); its long quotation keeps the rules
    assert "rule_label=scare" in data["weights"] and 0.0 < data["threshold"] < 1.0
    again = tmp_path / "again.json"
    tr.run(parse(tr, [*argv, "--out", str(again)]))
    assert again.read_text(encoding="utf-8") == out.read_text(encoding="utf-8")  # reproducible
    text = (PTC / "articles" / "article9002.txt").read_text(encoding="utf-8")
    doc = nlp.load()(text)
    rules = classify(text, doc, use_model=False)
    monkeypatch.setattr(quote_model, "model", lambda: quote_model.load(out))
    revised = classify(text, doc)
    assert [(x.start, x.end) for x in revised] == [(x.start, x.end) for x in rules]
    for before, after in zip(rules, revised, strict=True):
        if quote_model.in_scope(text, after):
            assert 0.0 < after.score <= 1.0
        else:
            assert after.score is None and after.label == before.label
        assert after.why.endswith(before.why)  # the rules' explanation is kept
        assert (after.label != before.label) == any(c.startswith("model:") for c in after.cues)


def test_quote_model_cross_validation_and_extra_labels(tmp_path, capsys):
    import pytest

    tr = trainers()["quote-model"]
    extra = tmp_path / "extra.tsv"
    extra.write_text("# extra\n9002\t46\t58\tscare\n", encoding="utf-8")
    argv = ["--articles", str(PTC / "articles"), "--gold", str(PTC / "gold.tsv"), "--cv", "2"]
    with pytest.raises(ValueError, match="already in the gold set"):
        tr.run(parse(tr, [*argv, "--labels", str(extra)]))
    extra.write_text("9001\t15\t21\tspeech\n", encoding="utf-8")
    with pytest.raises(ValueError, match="test-split"):
        tr.run(parse(tr, [*argv, "--labels", str(extra)]))
    tr.run(parse(tr, [*argv, "--labels", "none"]))
    printed = capsys.readouterr().out
    assert "rules, gold dev (3)" in printed and "model, 2-fold CV, gold dev (3)" in printed


def test_extra_training_labels_are_dev_only_and_not_in_the_gold_set():
    rows = load_labels(data_path("framing", "scare_quote_train.tsv"))
    gold = {(a, s, e) for a, s, e, _ in load_gold(data_path("framing", "scare_quote_gold.tsv"))}
    assert len(rows) == 458
    assert {split_of(k[0]) for k in rows} == {"dev"}
    assert not set(rows) & gold
    assert set(rows.values()) == {"speech", "name_or_title", "scare"}
