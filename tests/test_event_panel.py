"""The events panel: what a reader sees of the CASE-2021 fine type."""

from newsprism.render.panels import events


def test_a_low_scoring_case_type_is_not_shown():
    low = {"fine_type": {"type": "NATURAL_DISASTER", "score": 0.1}}
    high = {"fine_type": {"type": "ARREST", "score": 0.74}}
    assert events._fine(low) == ""
    assert events._fine(high) == "ARREST 0.74"
    assert events._fine({"fine_type": None}) == ""


def test_the_threshold_is_the_one_the_html_title_names(sample_analyses):
    html = "".join(str(events.html(a)) for a in sample_analyses.values() if events.html(a) is not None)
    assert f"shown from score {events.FINE_TYPE_SHOWN_FROM:.2f}" in html
    for a in sample_analyses.values():
        for ev in a.records.get("events") or []:
            fine = ev.get("fine_type") or {}
            if fine.get("type") and fine["score"] < events.FINE_TYPE_SHOWN_FROM:
                assert f"{fine['type']} {fine['score']:.2f}" not in html


def test_the_html_list_has_a_key_and_marks_what_was_not_found(sample_analyses):
    import re

    out = str(events.html(sample_analyses["caspian_herald"]))
    assert out.startswith('<p class="panel-note">Each line: event type') and "&#x27;?&#x27;: not found in the text" in out
    assert "— — →" not in out and "→ — " not in out  # a missing actor or recipient reads '?', not a bare dash
    assert re.search(r'<span class="actor" title="who acts">\?</span>', out)
    assert "CASE-2021: " in out


def test_a_nominal_event_is_marked_as_a_noun_with_its_verbs():
    nominal = {"trigger_text": "strike", "form": "nominal", "merged": [{"trigger_text": "killed"}]}
    assert events._trigger(nominal) == "strike (noun; killed)"
    assert events._trigger({"trigger_text": "strike", "form": "nominal", "merged": []}) == "strike (noun)"
    assert events._trigger({"trigger_text": "shelled", "form": "verbal"}) == "shelled"


def test_a_verb_event_lists_the_event_noun_that_refers_back_to_it():
    verbal = {"trigger_text": "shelled", "form": "verbal", "merged": [{"trigger_text": "shelling"}, {"trigger_text": "killed"}]}
    assert events._trigger(verbal) == "shelled (also: shelling, killed)"


def test_a_headline_telling_folded_into_its_lead_is_marked_as_the_headline():
    verbal = {
        "trigger_text": "blocked",
        "form": "verbal",
        "merged": [{"trigger_text": "block", "headline": True}, {"trigger_text": "blockade"}],
    }
    assert events._trigger(verbal) == "blocked (also: block in the headline, blockade)"
