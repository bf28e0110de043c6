"""The framing layer: scare quotes, distancing, labels and loaded words on samples and fixtures."""

import pytest
from rich.console import Console

from newsprism import samples
from newsprism.pipeline import Pipeline
from newsprism.render.panels import framing as panel

from conftest import analyse


@pytest.fixture(scope="module")
def framed():
    p = Pipeline(["framing"])
    return {name: p(article) for name, article in samples.load_all()}


def texts(an, label):
    return [s.text for s in an.spans_of("framing", label)]


def test_layer_runs_and_offsets_hold(framed):
    for an in framed.values():
        run = next(r for r in an.layers if r.name == "framing")
        assert run.status == "ok", run.reason
        an.check_offsets()
        for s in an.spans_of("framing"):
            assert an.article.text[s.start : s.end] == s.text
            assert s.source.startswith("framing@1.0:")
            assert s.attrs["why"]
            if "scope_start" in s.attrs:
                assert an.article.text[s.attrs["scope_start"] : s.attrs["scope_end"]] == s.attrs["scope_text"]


def test_sample_scare_quotes(framed):
    herald = texts(framed["caspian_herald"], "scare_quote")
    assert herald.count('"humanitarian"') == 2  # headline and "so-called" in the lead
    assert '"volunteers"' in herald and '"blockade"' in herald
    ledger = texts(framed["artsakh_daily_ledger"], "scare_quote")
    assert sorted(ledger) == ['"border checkpoint"', '"eco-activists"']
    assert texts(framed["meridian_wire"], "scare_quote") == []  # "deeply concerned" is speech


def test_spokespeople_and_partial_quotes_are_not_scare_quotes(framed):
    for an in framed.values():
        for s in an.spans_of("framing", "scare_quote"):
            assert len(s.text.split()) <= 3
            assert not s.text.startswith(('"Our officers', '"The Azerbaijani side', '"criminal', '"sabotaging'))
    q = framed["caspian_herald"].summary["framing"]["quotations"]
    assert q["speech"] >= 2


def test_sample_labels(framed):
    herald = texts(framed["caspian_herald"], "label")
    assert "separatists" in herald and "separatist regime" in herald
    assert "illegal Armenian armed formations" in herald
    ledger = texts(framed["artsakh_daily_ledger"], "label")
    assert "Baku regime" in ledger and "occupiers" in ledger
    assert texts(framed["meridian_wire"], "label") == []


def test_sample_distancing_scope(framed):
    [so_called, _] = framed["artsakh_daily_ledger"].spans_of("framing", "distancing")
    assert so_called.text == "so-called"
    assert so_called.attrs["scope_text"] == '"border checkpoint"'
    [calls, alleged] = framed["meridian_wire"].spans_of("framing", "distancing")
    assert alleged.text == "alleged" and alleged.attrs["scope_text"] == "mines"
    # "Stepanakert, which Azerbaijan calls Khankendi": the other side's name is attributed
    assert calls.text == "calls" and calls.attrs["scope_text"] == "Khankendi"


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        ("Soldiers allegedly beat three drivers on Tuesday.", "allegedly", "beat three drivers on Tuesday"),
        ("Russia claims that the strike hit only military targets.", "claims", "the strike hit only military targets"),
        ("He claims to be the rightful heir.", "claims", "to be the rightful heir"),
        ("The self-proclaimed republic held a vote.", "self-proclaimed", "republic"),
        (
            "In what Moscow calls a special military operation, troops advanced.",
            "what Moscow calls",
            "a special military operation",
        ),
        ("The purported victims were never named.", "purported", "victims"),
    ],
)
def test_distancing_cues_and_scope(text, cue, scope):
    [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
    assert d.text == cue
    assert d.attrs["scope_text"] == scope


@pytest.mark.parametrize(
    "text",
    [
        "The group claimed responsibility for the attack.",
        "The convoy was supposed to arrive on Monday.",
        "The police alleged that he fled.",
        "The storm claimed three lives.",
    ],
)
def test_not_distancing(text):
    assert analyse(text, ["framing"]).spans_of("framing", "distancing") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sanctions regime and the visa regime stay in force.", []),
        ("A regime of inspections was agreed.", []),
        ("The Baku regime closed the road.", ["Baku regime"]),
        ("The regime in Damascus denied it.", ["regime"]),
        ("Terrorist attacks rose, officials said.", []),
        ("The terrorists fled.", ["terrorists"]),
        ("Illegal armed groups crossed the line.", ["Illegal armed groups"]),
        ("The anti-terrorist operation began at dawn.", []),
        ("A counter-terrorist unit arrived; the terrorists fled.", ["terrorists"]),
    ],
)
def test_labels_with_context_rules(text, expected):
    assert texts(analyse(text, ["framing"]), "label") == expected


def test_loaded_language_and_quote_context():
    an = analyse('The "election" was a sham. "It was barbaric," the mayor said.', ["framing"])
    loaded = {s.text: s for s in an.spans_of("framing", "loaded")}
    assert set(loaded) >= {"sham", "barbaric"}
    assert loaded["barbaric"].attrs["in_quote"] == "speech"
    assert loaded["sham"].attrs["in_quote"] is None
    assert loaded["sham"].attrs["lexicon"] == "seed"
    assert texts(an, "scare_quote") == ['"election"']
    summary = an.summary["framing"]
    assert summary["scare_quote"] == 1 and summary["loaded"] == len(loaded)


def test_labels_say_whose_word_they_are():
    text = (
        "Local officials said the separatists shelled a market on Tuesday.\n\n"
        '"These terrorists will answer for it," the mayor said.\n\n'
        "The regime has not commented."
    )
    an = analyse(text, ["framing", "claim"])
    run = [r.name for r in an.layers]
    assert run.index("claim") < run.index("framing")  # optional_after: claims first when both run
    labels = {s.text: s.attrs for s in an.spans_of("framing", "label")}
    assert labels["separatists"]["voice"] == "reported"
    assert labels["separatists"]["attributed_to"] == "Local officials"
    assert labels["separatists"]["claim"] in {r["id"] for r in an.records["claims"]}
    assert "reported speech attributed to Local officials" in labels["separatists"]["why"]
    assert labels["terrorists"]["voice"] == "quoted"
    assert labels["regime"]["voice"] == "outlet" and "attributed_to" not in labels["regime"]
    assert an.summary["framing"]["own_voice_labels_loaded"] == 1
    # without the claim layer reported speech is unknown: the label counts as the outlet's own
    alone = {s.text: s.attrs["voice"] for s in analyse(text, ["framing"]).spans_of("framing", "label")}
    assert alone == {"separatists": "outlet", "terrorists": "quoted", "regime": "outlet"}
    console = Console(record=True, width=200)
    console.print(panel.terminal(an))
    assert "own voice: 1 of 3" in console.export_text()
    assert "own voice: 1 of 3" in panel.html(an)


def test_panel_terminal_and_html(framed):
    an = framed["caspian_herald"]
    console = Console(record=True, width=140)
    console.print(panel.terminal(an))
    out = console.export_text()
    assert "scare quotes 4" in out and "so-called" in out
    html = panel.html(an)
    assert "scare quotes: 4" in html and 'data-spans="framing-' in html
    assert "&quot;humanitarian&quot;" in html  # escaped
    empty = analyse("Nothing to see here.", ["framing"])
    assert "scare quotes: 0" in panel.html(empty)


# --- sixth-session audit (fictional sentences; articles in tests/fixtures/audit_framing/) ---


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        # a contrastive "but" starts a new assertion the adverb does not cover
        ("The water was supposedly restored twice but stopped after a few hours.", "supposedly", "restored twice"),
        # no sentence-final full stop or paragraph break inside the scope
        (
            "The governor allegedly ordered guards to clear the square.\n\nTalks resumed on Monday.",
            "allegedly",
            "ordered guards to clear the square",
        ),
        # sentence-initial "What X calls"
        ("What Baku calls an environmental protest has closed the road.", "What Baku calls", "an environmental protest"),
    ],
)
def test_audit_distancing_scope(text, cue, scope):
    [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
    assert d.text == cue
    assert d.attrs["scope_text"] == scope


def test_audit_modifier_scope_stops_before_a_claim_verb():
    text = "The leaders of the self-proclaimed republic claim that the shells came from the west."
    spans = analyse(text, ["framing"]).spans_of("framing", "distancing")
    [sp] = [d for d in spans if d.text == "self-proclaimed"]
    assert sp.attrs["scope_text"] == "republic"


def test_audit_alleged_offence_is_a_legal_hedge_with_a_plain_why():
    an = analyse("Two men were charged with the alleged smuggling of cigarettes.", ["framing"])
    [d] = an.spans_of("framing", "distancing")
    assert d.attrs["scope_text"] == "smuggling"
    assert d.attrs["strength"] == "hedge"
    assert "someone else's" not in d.attrs["why"] and "legal" in d.attrs["why"]
    # a name or a group after "alleged" is still distancing
    [d] = analyse("The alleged volunteers crossed the border at night.", ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["strength"] == "distancing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denied label is not applied to anyone
        ('"We are not terrorists," the spokesman said.', []),
        ("Our volunteers are not separatists but farmers.", []),
        ("The council is not a puppet regime, its chairman said.", []),
        ("The terrorists are not welcome here.", ["terrorists"]),
        # technical regimes
        ("The Security Council extended the arms embargo regime.", []),
        ("The visa-free regime with the bloc ends in May.", []),
        ("The nuclear non-proliferation regime is under strain.", []),
        ("Washington has pursued regime change in the region for years.", []),
        # spelling variants of the same label
        ("Neo-Nazi battalions shelled the town.", ["Neo-Nazi"]),
        ("The neo-nazi regime in the capital fell within a week.", ["neo-nazi", "regime"]),
        # wartime slurs for the two sides
        ("The orcs shelled the market again, and the Banderites answered from the ridge.", ["orcs", "Banderites"]),
        # descriptive hyphenated compounds and the wire's default noun for an armed group
        ("Shells hit separatist-held towns and a separatist-controlled depot.", []),
        ("M23 rebels seized two villages; insurgents attacked a convoy.", []),
        # labels for the other side's backers and allies (seventh session)
        ("Kyiv and its Western patrons rely on proxy forces in the south.", ["Western patrons", "proxy forces"]),
        ("Tehran's proxies fired rockets at the base.", ["proxies"]),
        ("The proxy war has lasted a decade; shareholders voted by proxy.", []),
    ],
)
def test_audit_labels(text, expected):
    assert texts(analyse(text, ["framing"]), "label") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court ordered the end of the occupation of a municipal building by striking drivers.", []),
        ("Students ended the occupation of the university campus.", []),
        ("The occupation of Crimea began in 2014.", ["occupation"]),
        # weather and surnames
        ("Refugees in the camp face a brutal winter without fuel.", []),
        ("A caller to the Michael Savage radio show said he had left the town.", []),
        ("Refugees described a brutal raid on the camp at night.", ["brutal"]),
    ],
)
def test_audit_loaded_only_in_some_uses(text, expected):
    assert texts(analyse(text, ["framing"]), "loaded") == expected


def test_audit_legitimising_words():
    text = "The liberators were greeted as heroes, and the fallen commander was buried as a martyr."
    assert texts(analyse(text, ["framing"]), "loaded") == ["liberators", "heroes", "martyr"]


def test_audit_distancing_inside_quoted_speech_is_the_speakers():
    an = analyse('"The so-called government in the capital has no mandate," the mayor said on Friday.', ["framing"])
    [d] = an.spans_of("framing", "distancing")
    assert "speaker's" in d.attrs["why"]
    an = analyse('The so-called "peacekeepers" stayed in the town on Friday.', ["framing"])
    [d] = an.spans_of("framing", "distancing")
    assert "speaker's" not in d.attrs["why"]


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        ("Moldova calls the area a separatist region.", "calls", "a separatist region"),
        ("Kyiv branded the vote a sham on Monday.", "branded", "a sham"),
        ("It was a referendum that the West calls illegitimate.", "calls", "illegitimate"),
        ("Armenian officials describe the protest as a blockade.", "describe", "as a blockade"),
        ('Friends described him as "one of the guys."', "described", 'as "one of the guys."'),
    ],
)
def test_audit_a_name_given_by_a_named_subject_is_attributed(text, cue, scope):
    [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
    assert (d.text, d.attrs["scope_text"], d.attrs["kind"]) == (cue, scope, "calls")


@pytest.mark.parametrize(
    "text",
    [
        "The minister called the meeting for Monday.",
        "She called her mother on Sunday evening.",
        "They live in a town called Bakhmut near the front.",
        "We call it the bread road, and so does everyone in the valley.",
        "The president called the general's bluff on Tuesday.",
    ],
)
def test_audit_calling_without_a_name_is_not_distancing(text):
    assert analyse(text, ["framing"]).spans_of("framing", "distancing") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the audit: only a negated copula denies a label; a cleft names the group all the same
        ("It was not the separatists but the army that shelled the town.", ["separatists"]),
        ("The mayor did not meet the terrorists who held the school.", ["terrorists"]),
        ("They were never terrorists, the court found.", []),
        ("I\u2019m not a terrorist, the farmer told the court.", []),
    ],
)
def test_review_a_negation_denies_a_label_only_in_a_copular_clause(text, expected):
    assert texts(analyse(text, ["framing"]), "label") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the audit: the building/campus exception holds only inside the term's own "of" phrase
        ("The occupation has left the university in ruins.", ["occupation"]),
        ("Years of occupation closed the factory in the port.", ["occupation"]),
        ("Workers ended their sit-in and the occupation of the steel plant on Friday.", []),
    ],
)
def test_review_occupation_exception_only_in_its_of_phrase(text, expected):
    assert texts(analyse(text, ["framing"]), "loaded") == expected


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # review of the audit: an offence noun or "accused" alone is war reporting, not court reporting
        ("Moscow denied the alleged killings of civilians in the river port.", "distancing"),
        ("Kyiv accused Moscow of the alleged deportation of children.", "distancing"),
        ("The ministry condemned the alleged torture of prisoners at the base.", "distancing"),
        # a police or court word makes it the legal caution of crime reporting
        ("Police arrested two men over the alleged theft of fuel from the depot.", "hedge"),
        ("A judge heard that the mayor allegedly took bribes.", "hedge"),
    ],
)
def test_review_legal_hedge_needs_a_police_or_court_word(text, strength):
    [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["strength"] == strength
    assert ("legal caution" in d.attrs["why"]) == (strength == "hedge")


@pytest.mark.parametrize(
    "text",
    [
        # review of the audit: "what" is the name asked for; a person's name or nickname is no distancing
        "A reporter asked what he would call the deal.",
        "Nobody knew what they would call the new brigade.",
        "Nobody knew what the generals would call the new brigade.",
        "The officers asked what Kyiv would call the operation.",
        "Friends call him Sasha.",
        "In the village everyone calls her Masha.",
    ],
)
def test_review_naming_verbs_without_a_contested_name(text):
    assert analyse(text, ["framing"]).spans_of("framing", "distancing") == []


def test_review_an_attributed_evaluation_is_still_named():
    [d] = analyse("The minister called the meeting a success.", ["framing"]).spans_of("framing", "distancing")
    assert (d.text, d.attrs["scope_text"]) == ("called", "a success")
    [d] = analyse("Critics call him a puppet of the generals.", ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["scope_text"] == "a puppet of the generals"


def test_review_one_quote_balance_helper():
    from newsprism.framing import distancing
    from newsprism.framing.quotes import left_open
    from newsprism.techniques.predict import whole_words

    assert left_open('the "so-called') == '"' and left_open("the \u201cso-called") == "\u201d"
    assert left_open('a "b" c') == "" and left_open("it\u2019s") == ""
    assert left_open('"a \u201cb') == '"\u201d'
    assert not hasattr(distancing, "_OPEN_QUOTES") and not hasattr(distancing, "_CONTRAST")
    # the three users read it the same way
    assert whole_words('He said "blockade" twice.', 8, 17) == (8, 18)
    text = "\u201cThe so-called council has no mandate,\u201d she said."
    assert distancing._in_speech(text, 5, 14)
    text = 'Friends described him as "one of the guys."'
    assert distancing._close_quote(text, text.index("as"), text.index(".")) == len(text)


def test_review_cue_lookahead_reads_each_cues_first_characters():
    from newsprism.framing import distancing

    raw = distancing._cues()[2]
    # without "would-be" (the only other cue starting with w), sentence-initial "What X calls" still matches
    cues = [c for c in raw["cues"] if not c["pattern"].startswith("would")]
    text = "What Baku calls an environmental protest has closed the road."
    assert distancing._compile(cues).match(text).group(0) == "What Baku calls"
    assert distancing._first_chars("[Ww]hat (?:it|they) calls") == "Ww"
    assert distancing._first_chars("(?:so|self)-called") is None  # unknown start: no lookahead, still matches
    assert distancing._compile([{"pattern": "(?:so|self)-called"}]).search("the self-called council")


def test_side_specific_terms_of_the_russia_ukraine_and_cyprus_disputes():
    an = analyse(
        "The special military operation and the denazification of the region go on, he wrote. "
        "Nationalist formations shelled the town. The Greek Cypriot administration protested.",
        ["framing"],
    )
    found = {s.text.lower(): s.label for s in an.spans_of("framing") if s.label in ("label", "loaded")}
    assert found == {
        "special military operation": "loaded",
        "denazification": "loaded",
        "nationalist formations": "label",
        "greek cypriot administration": "label",
    }


def test_voice_of_a_scare_quoted_label_and_of_nested_reported_speech():
    an = analyse(
        '"Liberated" villages were shelled again. '
        "The minister said that rebel commanders claimed the terrorists had left the town.",
        ["framing", "claim"],
    )
    voice = {s.text: (s.attrs["voice"], s.attrs.get("attributed_to")) for s in an.spans_of("framing") if "voice" in s.attrs}
    assert voice["Liberated"] == ("scare_quoted", None)  # the writer's distance, not the writer's word
    assert voice["terrorists"] == ("reported", "rebel commanders")  # the innermost claim, not the minister's
    assert an.summary["framing"]["own_voice_labels_loaded"] == 0


# ---------------------------------------------------------------- audit 8 (two-sided coverage)


@pytest.mark.parametrize(
    "text",
    [
        "The district office said compensation would be paid within a week.",
        "The mayor denied that the bridge would be opened without an agreement.",
        "Talks would be difficult, the envoy said.",
        # review of audit 8: a determiner standing alone as the subject, a predicate adjective
        "That would be unacceptable, the minister said.",
        "This would be a disaster for the valley, the mayor warned.",
    ],
)
def test_audit8_would_be_as_a_verb_is_not_distancing(text):
    # "would be paid" was explained as "denies that the following title fits".
    assert analyse(text, ["framing"]).spans_of("framing", "distancing") == []


def test_audit8_would_be_before_a_title_stays_distancing():
    for text in ("The would-be assassin was arrested.", "Police arrested the would be assassin at the gate."):
        [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
        assert d.attrs["scope_text"] == "assassin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a device is not a loaded word; an "explosive report" still is
        ("Masked men threw stones and an explosive device at the patrol.", []),
        ("The paper published an explosive report on the deal.", ["explosive"]),
        # a legitimising word inside an organisation's own name is part of the name
        ("Units of the Sahrawi People's Liberation Army shelled the wall.", []),
        ("The liberation of the city took three days.", ["liberation"]),
        # review of audit 8: before a person's name it is a title the writer gives, no name of a group
        ("Hundreds attended the funeral of Martyr Khalil Awad in Nablus on Friday.", ["Martyr"]),
        # two-sided vocabulary seen in the audit
        ("They called the raid a pogrom against our people.", ["pogrom"]),
        ("The fighters targeted the command posts of the occupier.", ["occupier"]),
    ],
)
def test_audit8_loaded_words(text, expected):
    assert texts(analyse(text, ["framing"]), "loaded") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crackdown on Kashmiri freedom fighters intensified.", ["freedom fighters"]),
        ("Residents said they were tired of the chetnik gangs in the north.", ["chetnik"]),
        ("Local Chetniks blocked the road.", ["Chetniks"]),
    ],
)
def test_audit8_labels(text, expected):
    assert texts(analyse(text, ["framing"]), "label") == expected


def test_audit8_a_distanced_proper_name_keeps_its_of_phrase():
    # "The so-called Republic of Kosovo" was scoped over "Republic" alone.
    [d] = analyse("The so-called Republic of Kosovo has sent police to the north.", ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["scope_text"] == "Republic of Kosovo"
    [d] = analyse("The so-called liberation of the town was a looting spree.", ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["scope_text"] == "liberation"


def test_audit8_a_name_given_inside_quoted_speech_is_the_speakers():
    # '"They call us criminals because …," said X': the why read as the outlet's attribution.
    text = '"They call us criminals because we will not accept their flags," said Nikola Stankovic, a teacher.'
    [d] = analyse(text, ["framing"]).spans_of("framing", "distancing")
    assert d.attrs["scope_text"] == "criminals"
    assert "inside quoted speech" in d.attrs["why"]
