"""The headline layer: headline words that state as fact what the body reports only on a
speaker's word. Fixtures are fictional reports written for these tests."""

from __future__ import annotations

import pytest

from newsprism import ingest

from conftest import FIXTURES, analyse

BODY = (
    "PRISHTINA, November 23, 2026 (Dardania Observer) - A Kosovo Police officer was killed and two "
    "others were wounded when a heavily armed group attacked a police patrol near the Ibar bridge in "
    "Zveçan early on Monday, Minister of Internal Affairs Blerim Hoxha said.\n\n"
    "Hoxha said the government would declare Tuesday a day of mourning.\n"
)


def _found(text: str):
    an = analyse(text, title=text.split("\n", 1)[0])
    return an, an.spans_of("headline", "stated_as_fact")


def test_a_headline_stating_the_body_attributed_account_as_fact():
    an, [s] = _found("Police officer killed near Ibar bridge\n\n" + BODY)
    assert s.text == "killed" and an.article.text[s.start : s.end] == "killed"
    assert s.attrs["speaker"] == "Minister of Internal Affairs Blerim Hoxha"
    assert s.attrs["cue"] == "said"
    event = next(e for e in an.records["events"] if e["id"] == s.attrs["body_event"])
    assert event["attributed_to"]["text"] == s.attrs["speaker"]
    a, b = s.attrs["body_sentence"]
    assert an.article.text[a:b].startswith("A Kosovo Police officer was killed")
    speaker = an.span(s.attrs["speaker_span"])
    assert speaker.layer == "claim" and speaker.label == "source" and a <= speaker.start < b
    assert "Hoxha" in s.attrs["why"] and s.source.startswith("headline@1.0:")
    assert an.summary["headline"] == {
        "stated_as_fact": 1,
        "tellings_matched": 1,
        "word_as_own": 0,
        "count_beyond_body": 0,
        "count_below_body": 0,
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Police officer killed near Ibar bridge, minister says",
        "Police officer killed near Ibar bridge: minister",
        "Police officer killed near Ibar bridge, according to minister",
        "Police officer killed near Ibar bridge?",
        'Police officer "killed" near Ibar bridge',
        # a question without its mark (twelfth-session review: both were findings)
        "Was police officer killed near Ibar bridge",
        "Did gunmen kill police officer near Ibar bridge",
        # attributions the claim layer finds in the line
        "Police officer killed near Ibar bridge, Hoxha tells parliament",
        "Hoxha: police officer killed near Ibar bridge",
    ],
)
def test_a_headline_that_attributes_hedges_or_quotes_states_nothing_as_fact(headline):
    an, found = _found(headline + "\n\n" + BODY)
    # the event layer did match the headline's telling to the body's: the rule saw it and declined
    assert any(m.get("headline") for e in an.records["events"] for m in e["merged"])
    assert found == []
    assert an.summary["headline"]["stated_as_fact"] == 0


def test_a_speech_verb_headline_states_nothing_and_its_officer_is_the_victim():
    """'Police say officer killed …': the events review (4a2ab00) reads the bare participle under
    'say' as a passive, so the officer is the victim, no longer the killer; the headline's event then
    no longer folds into the body's killing, whose target 'A Kosovo Police officer' names Kosovo
    (read as a place, against the headline's Ibar) — a separate event, and still no finding."""
    an, found = _found("Police say officer killed near Ibar bridge\n\n" + BODY)
    assert found == [] and an.summary["headline"]["stated_as_fact"] == 0
    head = next(e for e in an.records["events"] if e["trigger_text"] == "killed" and e["sentence_start"] == 0)
    assert head["actor"] is None and head["recipient"]["text"] == "officer"


def test_no_finding_when_the_outlet_tells_it_in_its_own_voice_too():
    own = BODY.replace(", Minister of Internal Affairs Blerim Hoxha said.", ".")
    an, found = _found("Police officer killed near Ibar bridge\n\n" + own)
    assert any(m.get("headline") for e in an.records["events"] for m in e["merged"])
    assert found == []


@pytest.mark.parametrize(
    "headline", ["Kosovo: Police officer killed near Ibar bridge", "LIVE: Police officer killed near Ibar bridge"]
)
def test_a_topic_or_live_label_before_a_colon_attributes_nothing(headline):
    _an, [s] = _found(headline + "\n\n" + BODY)
    assert s.text == "killed" and s.attrs["speaker"] == "Minister of Internal Affairs Blerim Hoxha"


KHARKIV = (
    "KHARKIV, Ukraine (Dnipro Ledger) - A Russian drone struck an apartment block in Kharkiv overnight, "
    "killing five people, regional governor Oleh Marchenko said on Telegram.\n\n"
)


def test_no_finding_when_the_body_retells_it_in_its_own_voice():
    """Twelfth-session review: the lead is attributed, a later sentence folded into the same event
    tells it in the outlet's voice (was two findings, 'strike' and 'kills')."""
    own = "A Dnipro Ledger reporter at the scene saw the drone hit the fifth floor. The strike killed five residents.\n"
    an, found = _found("Drone strike kills five in Kharkiv\n\n" + KHARKIV + own)
    event = next(e for e in an.records["events"] if any(m.get("headline") for m in e["merged"]))
    assert any(m["trigger_text"] == "killed" and not m["headline"] for m in event["merged"])
    assert found == []
    # the same retelling on the governor's word keeps both findings
    said = "Marchenko later said the strike killed five residents.\n"
    an, found = _found("Drone strike kills five in Kharkiv\n\n" + KHARKIV + said)
    assert sorted(s.text for s in found) == ["kills", "strike"]
    assert {s.attrs["speaker"] for s in found} == {"regional governor Oleh Marchenko"}


def test_the_headline_is_shown_in_both_reports():
    from newsprism.render import html_report, terminal

    an, [s] = _found("Police officer killed near Ibar bridge\n\n" + BODY)
    page = html_report.to_html(an)
    assert 'id="panel-headline"' in page and f'data-spans="{s.id} ' in page
    out = terminal.to_text(an)
    panel = out[out.index("Headline against body") :]
    assert "Blerim Hoxha" in panel[:1200] and "('said')" in panel[:1200]


def test_audit12_fixtures():
    """The Kosovo Police report's headline asserts the minister's account; the Serbian report's
    headline scare-quotes "arrested" but states "two Serbs killed" on the Office's word (matched to
    the lead by the headline layer, thirteenth session); the wire's headline attributes ("Serbia says")."""
    got = {}
    for name in ("k1_dardania_observer", "k2_sava_chronicle", "k3_meridian_wire"):
        (article,) = list(ingest.read(str(FIXTURES / "audit12" / f"{name}.txt")))
        an = analyse(article.text, title=article.title)
        got[name] = [(s.text, s.attrs["speaker"]) for s in an.spans_of("headline", "stated_as_fact")]
    hoxha = "Minister of Internal Affairs Blerim Hoxha"
    assert got["k1_dardania_observer"] == [("killed", hoxha), ("attack", hoxha)]
    assert got["k2_sava_chronicle"] == [("killed", "the Office for Kosovo")]
    assert got["k3_meridian_wire"] == []


@pytest.mark.parametrize("title", [None, "Police officer killed near Ibar bridge"])
def test_nothing_is_judged_without_a_headline_in_the_text(title):
    """No title, or a title given apart from the text (a JSON record): the body alone is no
    headline, so nothing is stated as fact."""
    an = analyse(BODY, title=title)
    assert an.spans_of("headline") == []
    assert an.summary["headline"] == {
        "stated_as_fact": 0,
        "tellings_matched": 0,
        "word_as_own": 0,
        "count_beyond_body": 0,
        "count_below_body": 0,
    }
