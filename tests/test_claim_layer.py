"""The claim layer on the bundled samples and on small texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Analysis

from conftest import analyse

AUDIT = Path(__file__).parent / "fixtures" / "audit_claims"


@pytest.fixture(scope="module")
def herald(sample_analyses) -> Analysis:
    return sample_analyses["caspian_herald"]


def _claims(a: Analysis, kind: str | None = None) -> list[dict]:
    return [r for r in a.records.get("claims", []) if kind is None or r["kind"] == kind]


def _content(a: Analysis, rec: dict) -> str:
    return a.span(rec["content"]).text


def test_layer_ran_and_offsets_hold(sample_analyses):
    for a in sample_analyses.values():
        assert any(r.name == "claim" and r.status == "ok" for r in a.layers)
        a.check_offsets()
        for rec in _claims(a):
            for key in ("source", "cue", "content"):
                if rec.get(key):
                    assert a.span(rec[key]).layer == "claim"


def test_multi_sentence_quote_with_speaker_after(herald):
    quotes = _claims(herald, "direct_quote")
    rec = next(r for r in quotes if "Safarli" in (r.get("speaker") or ""))
    text = _content(herald, rec)
    assert text.startswith('"Our officers') and "international community" in text  # two sentences
    assert rec["source_kind"] == "named_person" and rec["quote_marks"] == '""'
    assert herald.span(rec["cue"]).text == "told"


def test_reported_speech_and_according_to(herald):
    said = [r for r in _claims(herald, "reported_speech") if r.get("speaker") == "the border service"]
    assert said and said[0]["source_kind"] == "government"
    acc = _claims(herald, "according_to")
    assert acc and acc[0]["speaker"] == "the Ministry of Foreign Affairs"
    assert _content(herald, acc[0]).startswith("Baku remains ready")


def test_own_voice_findings(herald):
    unattributed = [_content(herald, r) for r in _claims(herald, "unattributed")]
    assert any(t.startswith("It quickly became clear to everyone") for t in unattributed)
    assert any(t.startswith("Undoubtedly") for t in unattributed)
    evidence = [_content(herald, r) for r in _claims(herald, "evidence_claim")]
    assert any(t.startswith("Facts and video evidence show") for t in evidence)


def test_sample_statement_date_conflict(herald):
    recs = herald.records.get("consistency", [])
    assert any(r["kind"] == "date_conflict" for r in recs)
    r = next(r for r in recs if r["kind"] == "date_conflict")
    assert "November 10, 2020" in herald.span(r["first"]).text
    assert "November 9, 2020" in herald.span(r["second"]).text


def test_sourcing_summary(herald):
    s = herald.summary["sourcing"]
    assert 0 < s["attributed_sentences"] < s["claim_sentences"]
    assert s["source_kinds"].get("government", 0) >= 2 and s["named"] >= 1
    assert any(v["speaker"] == "spokesperson Elnur Safarli" for v in s["voices"])


def test_pronoun_speaker_resolved(sample_analyses):
    ledger = sample_analyses["artsakh_daily_ledger"]
    rec = next(r for r in _claims(ledger) if r.get("resolved_from") == "He")
    assert rec["speaker"] == "Melkonyan" and rec["source_kind"] == "named_person"


def test_small_texts_sources_and_kinds():
    text = (
        "Officials said the road would stay closed. "
        "The command of the Russian peacekeepers said that the convoy would try again on Thursday. "
        "A source close to the talks told reporters that no deal was near. "
        "The convoy was reportedly turned back at the bridge."
    )
    a = analyse(text, ["claim"])
    speakers = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert speakers.get("Officials") == "anonymous"
    assert speakers.get("The command of the Russian peacekeepers") == "government"
    assert speakers.get("A source close to the talks") == "anonymous"
    assert [_content(a, r) for r in _claims(a, "hedged")] == ["The convoy was reportedly turned back at the bridge."]


def test_plain_text_without_attribution_has_no_claim_records():
    a = analyse("The bridge over the river is two hundred metres long and was built in 1975.", ["claim"])
    assert [r for r in _claims(a) if r["kind"] != "unattributed"] == []
    assert a.summary["sourcing"]["attributed_sentences"] == 0


def test_actions_are_not_claims_and_names_in_apposition(sample_analyses):
    ledger = sample_analyses["artsakh_daily_ledger"]
    cues = {ledger.span(r["cue"]).text for r in _claims(ledger) if r.get("cue")}
    assert "blocked" not in cues and "said" in cues  # the layer keeps communicative cues only
    rec = next(r for r in _claims(ledger) if "Grigoryan" in (r.get("speaker") or ""))
    assert rec["source_kind"] == "named_person"
    herald = sample_analyses["caspian_herald"]
    activists = [r for r in _claims(herald) if (r.get("speaker") or "").startswith("Azerbaijani environmental activists")]
    assert activists and all(r["source_kind"] == "anonymous" for r in activists)  # a group, not a named person
    assert all("who have held" not in r["speaker"] for r in activists)  # relative clause cut from the source


def test_relative_pronoun_speaker_takes_its_noun():
    a = analyse(
        "The talks were praised by Charles Michel, who said that both leaders had agreed to meet again in May.", ["claim"]
    )
    rec = next(r for r in _claims(a) if r.get("resolved_from") == "who")
    assert rec["speaker"] == "Charles Michel" and rec["source_kind"] == "named_person"
    assert _content(a, rec) == "that both leaders had agreed to meet again in May"


def test_a_person_named_again_by_surname_is_one_voice():
    from newsprism.claims.sourcing import profile

    def claim(speaker, kind="named_person"):
        return {"speaker": speaker, "source_kind": kind}

    claims = [claim("Arsen Melkonyan, the spokesman of the State Minister"), claim("Melkonyan"), claim("Melkonyan")]
    claims += [claim("Anahit Grigoryan"), claim("Vardan Grigoryan"), claim("Grigoryan"), claim("Yerevan", "government")]
    voices = {v["speaker"]: v for v in profile([], claims)["voices"]}
    merged = voices["Arsen Melkonyan, the spokesman of the State Minister"]
    assert merged["claims"] == 3 and merged["also_as"] == ["Melkonyan"] and "Melkonyan" not in voices
    assert voices["Grigoryan"]["claims"] == 1  # two Grigoryans: which one is meant is not known
    assert "Yerevan" in voices and "also_as" not in voices["Yerevan"]


# ---------------------------------------------------------------- sixth-session audit (fictional texts)


def _by_speaker(a: Analysis, needle: str) -> list[dict]:
    return [r for r in _claims(a) if needle in (r.get("speaker") or "")]


def test_bare_surname_of_a_named_person_is_a_named_person():
    # The parse labels a lone surname GPE or ORG ("Petrova" -> government, "Drach" -> organisation);
    # a surname that ends a person's name given earlier is that person.
    a = analyse(
        "Deputy Foreign Minister Ana Petrova told reporters that the talks had stalled near the border. "
        "Petrova said the ministry would publish the draft next week.\n\n"
        '"There is still time," Petrova said.',
        ["claim"],
    )
    recs = [r for r in _claims(a) if r.get("speaker") == "Petrova"]
    assert recs and all(r["source_kind"] == "named_person" for r in recs)
    voices = a.summary["sourcing"]["voices"]
    assert [v["speaker"] for v in voices] == ["Deputy Foreign Minister Ana Petrova"]


def test_pronoun_after_a_bare_surname_resolves_to_it():
    # Fixture a3: "Drach" (two Drachs in the article) was classed 'organisation', so the "he" of
    # '"It is not enough," he said' skipped it and went to the mayor two paragraphs up.
    a = analyse((AUDIT / "a3_split_quotes.txt").read_text(encoding="utf-8"), ["claim"])
    drach = [r for r in _claims(a) if r.get("speaker") == "Drach"]
    assert drach and all(r["source_kind"] == "named_person" for r in drach)
    rec = next(r for r in _claims(a) if r.get("resolved_from") == "he" and "not enough" in _content(a, r))
    assert rec["speaker"] == "Drach"


def test_unnamed_adviser_is_anonymous_and_a_named_body_is_no_anonymous_source():
    # "An adviser to the president, speaking on condition of anonymity" was 'government' (the word
    # "president"); "The rebel coalition" and "The mission" fell through to 'anonymous'.
    a = analyse(
        "An adviser to the president, speaking on condition of anonymity, said the capital had asked for more air defence. "
        "The rebel coalition denied that its fighters had shot down an army helicopter near Gao. "
        "The mission said in a statement that its patrols were denied access to two villages.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert kinds["An adviser to the president"] == "anonymous"
    assert kinds["The rebel coalition"] == "organisation"
    assert kinds["The mission"] == "organisation"


def test_a_video_circulating_online_is_a_document():
    # The parse makes "online" the subject and "video" a modifier: the head word was 'online'.
    a = analyse((AUDIT / "a2_documents.txt").read_text(encoding="utf-8"), ["claim"])
    rec = next(r for r in _claims(a) if (r.get("speaker") or "").startswith("A video"))
    assert rec["source_kind"] == "document"
    intel = [r for r in _claims(a) if r.get("speaker") == "Intelligence"]
    assert all(r["source_kind"] == "anonymous" for r in intel)  # was 'named_person' (sentence-initial capital)


def test_past_passive_report_and_facts_on_the_ground_are_findings():
    # "It was reported that …" names no reporter (only "it is reported" was a marker);
    # "Facts on the ground show that …" asserts evidence (only "facts show", "facts and X show").
    a = analyse(
        "It was reported that a working group would meet again in Tbilisi next month. "
        "Facts on the ground show that the army has lost control of the northern roads.",
        ["claim"],
    )
    kinds = {a.span(r["content"]).text[:12]: r["kind"] for r in _claims(a) if r["kind"] in ("hedged", "evidence_claim")}
    assert kinds == {"It was repor": "hedged", "Facts on the": "evidence_claim"}


def test_short_name_merges_into_the_only_person_named_before_it():
    from newsprism.claims import sourcing

    def rec(speaker):
        return {"speaker": speaker, "source_kind": "named_person", "side": None}

    # Audit a1: "Petrosyan … did not confirm" refers to the only Petrosyan named so far (Levon);
    # the opposition's Gor Petrosyan comes a paragraph later. Before: a voice of its own.
    claims = [rec("Foreign Minister Levon Petrosyan"), rec("Petrosyan"), rec("the opposition lawmaker Gor Petrosyan")]
    voices = {v["speaker"]: v for v in sourcing.profile([], claims)["voices"]}
    assert voices["Foreign Minister Levon Petrosyan"]["also_as"] == ["Petrosyan"] and "Petrosyan" not in voices
    # Both named before the short form: it stays apart.
    claims = [rec("Foreign Minister Levon Petrosyan"), rec("the opposition lawmaker Gor Petrosyan"), rec("Petrosyan")]
    assert "Petrosyan" in {v["speaker"] for v in sourcing.profile([], claims)["voices"]}
    # Audit a3: "Major Drach" is the major (Oksana), not the colonel, though both are Drachs.
    claims = [rec("Colonel Mykola Drach"), rec("Drach's deputy, Major Oksana Drach"), rec("Major Drach")]
    voices = {v["speaker"]: v for v in sourcing.profile([], claims)["voices"]}
    assert voices["Drach's deputy, Major Oksana Drach"]["also_as"] == ["Major Drach"]


def test_a_cue_that_names_nobody_does_not_make_a_sentence_attributed():
    text = (
        "It was reported that the convoy was turned back at the checkpoint on Monday.\n\n"
        "The drivers were said to have waited for nine hours without water.\n\n"
        "Officials in Goris said the trucks carried flour and medicine."
    )
    s = analyse(text, ["claim"]).summary["sourcing"]
    assert s["claim_sentences"] == 3
    assert s["attributed_sentences"] == 1  # only the one with a source ("Officials in Goris")
    assert s["unsourced_sentences"] == 2
    assert s["attributed_share"] == round(1 / 3, 3)


def test_documents_held_by_someone_are_a_source_bare_evidence_is_an_evidence_claim():
    text = (
        "Documents seen by the Monitor indicate that the battalion was moved to the border in March.\n\n"
        "Facts and video evidence show that the village was shelled."
    )
    an = analyse(text, ["claim"])
    recs = an.records["claims"]
    doc = [r for r in recs if r.get("source_kind") == "document"]
    assert [r["speaker"] for r in doc] == ["Documents"]
    assert an.span(doc[0]["content"]).text == "that the battalion was moved to the border in March"
    assert [an.span(r["content"]).text[:25] for r in recs if r["kind"] == "evidence_claim"] == ["Facts and video evidence "]


def test_an_event_that_shows_something_is_evidence_not_a_voice():
    text = (
        "The strike showed that the invasion was aimed at the civilian population.\n\n"
        "Officials said the strike showed that air defences had failed."
    )
    an = analyse(text, ["claim"])
    recs = an.records["claims"]
    assert [v["speaker"] for v in an.summary["sourcing"]["voices"]] == ["Officials"]
    assert [r["kind"] for r in recs if r["kind"] == "evidence_claim"] == ["evidence_claim"]
    ev = next(r for r in recs if r["kind"] == "evidence_claim")
    assert an.span(ev["content"]).text.startswith("The strike showed that")


@pytest.mark.parametrize(
    "text",
    [
        "The shelling suggests that the army is running out of shells.",
        "Monday's strike on Kharkiv showed that air defences failed.",
    ],
)
def test_event_evidence_with_modifiers_is_found_not_lost(text):
    recs = analyse(text, ["claim"]).records["claims"]
    assert [r["kind"] for r in recs] == ["evidence_claim"]


def test_state_names_and_state_agencies_as_sources():
    an = analyse(
        "Historians compared the general to George Washington. Washington said on Monday that new sanctions would follow. "
        "British intelligence said the brigade had withdrawn. Intelligence sources said the brigade had withdrawn.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in an.records["claims"] if r.get("speaker")}
    assert kinds == {"Washington": "government", "British intelligence": "government", "Intelligence sources": "anonymous"}


def test_short_name_is_not_merged_into_a_possessive_or_a_prepositional_mention():
    from newsprism.claims import sourcing

    def rec(speaker):
        return {"speaker": speaker, "source_kind": "named_person", "side": None}

    voices = sourcing.profile([], [rec("Ivan Sidorov, Petrov's deputy"), rec("Ivan Petrov"), rec("Petrov")])["voices"]
    assert {v["speaker"]: v.get("also_as") for v in voices} == {"Ivan Petrov": ["Petrov"], "Ivan Sidorov, Petrov's deputy": None}
    voices = sourcing.profile([], [rec("Oksana Petrenko, an aide to Mykola Drach"), rec("Mykola Drach")])["voices"]
    assert len(voices) == 2


def test_unnamed_sources_with_an_affiliation_stay_anonymous():
    # Audit 8: "Sources close to the Northern Command", "A senior official at the Foreign
    # Office", "Hospital officials in northern Mitrovica" were 'government' or 'organisation'
    # because a body or place is named in their prepositional phrase: they are unnamed sources.
    a = analyse(
        "Sources close to the Eastern Command said two posts had been destroyed. "
        "A senior official at the Foreign Office said the envoy would be summoned. "
        "Hospital officials in northern Mitrovica said four people were treated for burns. "
        "The Foreign Office said it would protest. "
        "Kremlin officials said the talks were over.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert kinds["Sources close to the Eastern Command"] == "anonymous"
    assert kinds["A senior official at the Foreign Office"] == "anonymous"
    assert kinds["Hospital officials in northern Mitrovica"] == "anonymous"
    assert kinds["The Foreign Office"] == "government"  # the body itself speaks
    assert kinds["Kremlin officials"] == "government"  # unchanged: the body names the officials


def test_a_named_person_described_by_a_trade_and_a_front_with_the_article():
    # Audit 8: "Nikola Stankovic, a teacher from Zvecan" was 'government' (the parse tagged the
    # name ORG, the town GPE); "The Polisario" was a 'named_person' (tagged PERSON).
    a = analyse(
        '"We are defending our homes," said Nikola Stankovic, a teacher from Zvecan. '
        "The Polisario denied that it had fired at civilians. "
        "The Sahrawi Arab Democratic Republic, a founding member of the African Union, says the territory is a colony.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert kinds["Nikola Stankovic, a teacher from Zvecan"] == "named_person"
    assert kinds["The Polisario"] == "organisation"
    assert kinds["The Sahrawi Arab Democratic Republic, a founding member of the African Union"] != "named_person"


def test_a_title_with_the_article_is_one_person_not_a_group():
    # Review of audit 8: "The Pope" became an 'organisation' under the article rule above, so
    # the "he" of the next quotation could no longer refer back to him.
    a = analyse(
        "The Pope said the shelling of the hospital must end. "
        '"We will not be silenced," he said, not for the first time. '
        "The Polisario denied that it had fired at civilians.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert kinds["The Pope"] == "named_person"
    assert kinds["The Polisario"] == "organisation"


def test_he_may_refer_back_to_one_unnamed_official():
    # Audit 8: '"It was a terrorist attack," he said' after "A senior police official, who spoke
    # on condition of anonymity, said …" went to the interior minister named a paragraph before.
    from newsprism.claims.speakers import compatible

    assert compatible("he", "anonymous", "A senior police official")
    assert compatible("she", "anonymous", "the source")
    assert not compatible("he", "anonymous", "Witnesses")
    assert not compatible("he", "anonymous", "Indian officials")
    assert not compatible("he", "anonymous")  # without the source's text: named people only, as before
    assert compatible("they", "anonymous")


def test_a_description_before_a_name_is_a_named_person():
    # Audit 8: "a former Northern Army commander, Lieutenant General Kuldeep Rawat" was
    # 'government' (the parse tagged the name ORG; "Army" is a government word).
    a = analyse(
        "The volunteers paid by the capital are mercenaries, a former Northern Army commander, "
        "Lieutenant General Kuldeep Rawat, told the Valley Herald.",
        ["claim"],
    )
    kinds = {r["speaker"]: r["source_kind"] for r in _claims(a) if r.get("speaker")}
    assert kinds["a former Northern Army commander, Lieutenant General Kuldeep Rawat"] == "named_person"


def test_a_speaker_after_a_dateline_does_not_take_the_dateline_in():
    from conftest import analyse

    text = (
        "Craters near Sake\n\nGOMA, Democratic Republic of Congo (Kivu Ledger) - MONUSCO said its peacekeepers "
        "had seen impact craters near Sake.\n"
    )
    an = analyse(text, ["meta", "actor", "claim"])
    [claim] = an.records["claims"]
    source = next(s for s in an.spans_of("claim") if s.id == claim["source"])
    assert source.text == "MONUSCO"
    assert claim["speaker"] == "MONUSCO" and claim["side"] == "neutral"
