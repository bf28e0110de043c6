"""Seventeenth session (framing): the sixteenth audit's leftovers — a group's own term in quotation marks in what
a speaker reports ('the regime's "border guards"'), 'enemy positions' in a history paragraph, 'Taiwan region'
in a weather report, 'what X calls …' scopes that ran into a time phrase. Fictional sentences, real places. Each
fix failed on the session-start code (9bd2eb5); the near misses keep their answer."""

import datetime as dt
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def _quote_classes(text):
    from newsprism import nlp
    from newsprism.framing.quote_class import classify

    return {text[q.start : q.end]: q.label for q in classify(text, nlp.load()(text))}


def _framing(text, layers=("claim", "framing"), **meta):
    from conftest import analyse

    return analyse(text, list(layers), **meta).spans_of("framing")


def _labels(text, **meta):
    return {s.text: s.attrs for s in _framing(text, **meta) if s.label in ("label", "loaded")}


# --- audit16 F3: a group's own term, owned by it, in the subject of what a speaker reports --------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau said one of the regime's “border guards” fired a shot at his car near Varnița.",
        "One of the regime's “border guards” fired a shot at his car near Varnița, the Bureau said.",
        "Chisinau said Russia's “peacekeepers” had done nothing to stop the detention in Bender.",
    ],
)
def test_a_groups_own_term_in_a_reported_subject_is_a_scare_quote(text):
    # audit16 x1: 'one of the regime's "border guards" fired …, the Bureau said' was speech (governed by 'said')
    (label,) = [v for k, v in _quote_classes(text).items()]
    assert label == "scare"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # a quoted modifier with its noun unquoted: the speaker's word (dev gold: 'Israel's "terrorist" allies')
        ("Officials in Damascus said Israel's “terrorist” allies fired the shells near Quneitra.", "“terrorist”"),
        # a pronoun owner may be the speaker's own
        ("His “border guards” fired a shot near Varnița, the Bureau said.", "“border guards”"),
        # one person's, not a group's
        ("Mensah said Okafor's “staff member” called him in Accra.", "“staff member”"),
        # the speaker's own office or company, not another side
        ("The spokesman said the ministry's “new measures” would take effect in Chisinau on Monday.", "“new measures”"),
        ("The chief executive said the company's “growth strategy” was working in Lagos.", "“growth strategy”"),
        # no owner: one attributed word, speech by the gold guideline (dev gold: 'said a "staff member" … contacted')
        ("The “peacekeepers” did nothing to stop the detention in Bender, the Bureau said.", "“peacekeepers”"),
    ],
)
def test_an_attributed_word_without_a_group_owner_stays_speech(text, quote):
    assert _quote_classes(text)[quote] == "speech"


def test_the_chisinau_reports_border_guards_are_a_scare_quote():
    from newsprism.pipeline import Pipeline

    from conftest import analyse_reports

    a = analyse_reports(Pipeline(["claim", "framing"]), FIXTURES / "audit16", ("x1_chisinau_courier",))["x1_chisinau_courier"]
    body = a.article.text.index("one of the regime's")
    scare = [s for s in a.spans_of("framing") if s.label == "scare_quote" and s.start > body]
    assert '"border guards"' in {s.text for s in scare}


# --- fifteenth-audit leftover: 'enemy positions' in a history paragraph --------------------------------------


def test_enemy_positions_in_a_past_war_are_history_not_a_side():
    text = (
        "CHISINAU, 26 November 2026 (Courier) - Police detained a farmer on Wednesday.\n\n"
        "In 1992, the Moldovan army shelled enemy positions on the left bank before a ceasefire froze the conflict."
    )
    assert "enemy positions" not in _labels(text)


def test_the_articles_date_dates_the_history():
    text = "In 1992, the Moldovan army shelled enemy positions on the left bank of the Nistru."
    assert "enemy positions" not in _labels(text, published=dt.date(2026, 11, 26))


@pytest.mark.parametrize(
    "text",
    [
        # this war, two years ago
        "KYIV, 26 November 2026 (Wire) - Shelling went on.\n\nIn 2024, Ukrainian troops attacked enemy positions near "
        "Kupiansk, the army said.",
        # a year of a past war named elsewhere in the sentence's article, not in its own sentence
        "KYIV, 26 November 2026 (Wire) - Veterans of the 1990s wars gathered. Our troops attacked enemy positions near "
        "Kupiansk on Tuesday.",
        # an old year and this one in the same sentence
        "SANAA, 26 November 2026 - In the 1990s, and again this year in 2026, the militia shelled enemy positions near Marib.",
    ],
)
def test_enemy_positions_in_this_war_stay_a_side(text):
    assert "enemy positions" in _labels(text)


# --- fifteenth-audit leftover: 'Taiwan region' in a weather or quake report is a place, not Beijing's term --------


@pytest.mark.parametrize(
    "text",
    [
        "A typhoon brought heavy rain to the Taiwan region on Monday, the weather agency in Tokyo said.",
        "The quake was felt across the Taiwan region and in Okinawa.",
    ],
)
def test_taiwan_region_in_a_weather_or_quake_report_is_no_side(text):
    assert "Taiwan region" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said Taiwan region leaders were provoking confrontation.",
        # a third party that takes up the term takes up Beijing's term (no neutral political use)
        "A Korean trade ministry report said exports to the Taiwan region rose 4 percent.",
        # a metaphor is no weather
        "Beijing warned of a storm of protest if Taiwan region leaders visited Washington.",
    ],
)
def test_taiwan_region_elsewhere_is_beijings_term(text):
    assert _labels(text)["Taiwan region"]["used_by"].startswith("Beijing's term")


# --- fifteenth-audit leftover: a 'what X calls …' scope ends before a time phrase ---------------------------------


def _scopes(text):
    return [s.attrs.get("scope_text") for s in _framing(text, ("framing",)) if s.label == "distancing"]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Moscow condemned what it called a provocation two days ago in Chisinau.", "a provocation"),
        ("Moscow condemned what it called a provocation overnight.", "a provocation"),
        ("Tiraspol denounced what it calls the economic blockade since March.", "the economic blockade"),
        # near misses: a date inside a name, a time phrase already cut
        ("Ankara still celebrates what it calls the 1974 Peace Operation.", "the 1974 Peace Operation"),
        ("Moscow condemned what it called a provocation on Tuesday in Chisinau.", "a provocation"),
    ],
)
def test_a_what_x_calls_scope_ends_before_ago_overnight_since(text, scope):
    assert _scopes(text) == [scope]


# --- audit17 (Abyei, Balochistan): each side's words, with whose they are ---------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "whose"),
    [
        ("Fitna al-Hindustan terrorists attacked a post in Mastung on Tuesday.", "Fitna al-Hindustan", "Pakistan's state"),
        ("The khawarij attacked the post at night, the ISPR said in Quetta.", "khawarij", "Pakistan's military"),
        ("A group of miscreants attacked the FC post near Hoshab.", "miscreants", "a security force's"),
        ("Security forces killed 18 India-sponsored terrorists near Turbat.", "India-sponsored", "Pakistan's state"),
        ("The Sarmachars attacked a camp near Turbat, the BLA said.", "Sarmachars", "the Baloch armed groups'"),
        ("Her group said the men were killed in a fake encounter near Turbat.", "fake encounter", "a charge by families"),
        ("The army launched a clearance operation near Hoshab on Wednesday.", "clearance operation", "an army's word"),
        ("The herders were attacked by outlaws from Abyei town, the emir said.", "outlaws", "in Abyei"),
        ("Misseriya militias kill 27 in Abyei villages", "militias", "in Abyei: South Sudanese officials'"),
    ],
)
def test_each_sides_words_in_abyei_and_balochistan(text, word, whose):
    assert _labels(text)[word]["used_by"].startswith(whose)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police said miscreants had vandalised the bus shelter in Leeds.", "miscreants"),
        ("Workers began a clearance operation of the flooded warehouse in Karachi.", "clearance operation"),
        ("The sheriff said the outlaws robbed the stagecoach near Tombstone.", "outlaws"),
        ("Tripoli's militias clashed overnight.", "militias"),
    ],
)
def test_the_same_words_elsewhere_are_none(text, word):
    assert word not in _labels(text)


def _report(name, layers=("claim", "framing")):
    from newsprism.pipeline import Pipeline

    from conftest import analyse_reports

    return analyse_reports(Pipeline(list(layers)), FIXTURES / "audit17", (name,))[name]


def test_a_term_the_speaker_disowns_is_mentioned_not_theirs():
    # b3: '… under the label "Fitna al-Hindustan", a term rejected by Baloch nationalists' gave the state's name to
    # the nationalists; b1: 'the so-called "enforced disappearances" campaign' gave the charge to the spokesman
    for name, word, at in (
        ("b3_meridian_wire", "Fitna al-Hindustan", "under the label"),
        ("b1_islamabad_standard", "enforced disappearances", "so-called"),
    ):
        a = _report(name)
        after = a.article.text.index(at)
        (span,) = [s for s in a.spans_of("framing") if s.text == word and s.start > after]
        assert span.attrs["voice"] == "mentioned"


def test_what_it_called_stays_the_namers_word():
    # b2: 'in what it called a "clearance operation"': the military's own term
    a = _report("b2_balochistan_voice")
    (span,) = [s for s in a.spans_of("framing") if s.text == "clearance operation"]
    assert (span.attrs["voice"], span.attrs["attributed_to"]) == ("reported", "Pakistan's military")


def test_a_sentence_case_headlines_own_quoted_fragment_is_a_scare_quote():
    # a1: 'Misseriya militias kill 27 … as UNISFA "stands by"': nobody in the body says it (was speech, a fragment)
    text = (
        'Militias kill 27 in Abyei as UNISFA "stands by"\n\nJUBA, 26 November 2026 - Gunmen attacked three villages '
        "near Rumamer on Wednesday, officials said. Residents accused peacekeepers of failing to protect civilians."
    )
    assert _quote_classes(text)['"stands by"'] == "scare"


@pytest.mark.parametrize(
    "text",
    [
        # after a speech verb in the headline: the speakers' words
        'Residents say troops "opened fire" on crowd in Juba\n\nJUBA, 26 November 2026 - Soldiers shot at '
        "protesters on Wednesday, residents said.",
        # quoted again in the body
        'Army "will not retreat" from Bakhmut, minister says\n\nKYIV, 26 November 2026 - "We will not retreat," the '
        "minister said on Wednesday.",
    ],
)
def test_a_headline_quotation_someone_says_stays_speech(text):
    first = text.split("\n", 1)[0]
    quote = first[first.index('"') : first.index('"', first.index('"') + 1) + 1]
    assert _quote_classes(text)[quote] == "speech"


def test_a_what_x_calls_scope_keeps_a_possessive_inside_the_marks():
    # a1: 'what it calls "pastoralists' grazing rights"' → scope '"pastoralists' (cut at the apostrophe)
    text = 'Sudan insists on what it calls "pastoralists\' grazing rights" in the area, but Arop rejected that.'
    assert _scopes(text) == ['"pastoralists\' grazing rights"']


def test_the_juba_headlines_militias_is_the_outlets_own_word():
    a = _report("a1_nile_dawn_herald", ("claim", "framing", "headline"))
    own = [s for s in a.spans_of("headline") if s.label == "word_as_own"]
    assert [s.text for s in own] == ["militias"]


@pytest.mark.parametrize(
    ("text", "word", "voice", "who"),
    [
        # b3: 'India denies supporting Baloch militants' gave the wire's word to India
        ("India denies supporting Baloch militants.", "militants", "mentioned", None),
        ("Moscow denies that its peacekeepers in Transnistria are occupation troops.", "occupation troops", "mentioned", None),
        # near misses: the denied clause's subject is the denier's word; a plain report keeps its speaker
        ("The ISPR denied that the terrorists had taken civilians hostage near Turbat.", "terrorists", "reported", "The ISPR"),
        ("The army said the terrorists had taken civilians hostage near Turbat.", "terrorists", "reported", "The army"),
        # a noun it rejects, an 'as' phrase: the denier's own words (audit13 w2, audit15 s2)
        (
            "His family rejected the occupation's version and said he had lost control of his car.",
            "occupation",
            "reported",
            "His family",
        ),
        ("He dismissed Hargeisa's claim that 37 fighters had been killed as a fantasy.", "fantasy", "reported", "He"),
    ],
)
def test_what_a_speaker_denies_is_not_its_word(text, word, voice, who):
    attrs = _labels(text)[word]
    assert (attrs["voice"], attrs.get("attributed_to")) == (voice, who)


def test_a_claim_scope_inside_a_quotation_stops_before_its_close():
    # a3: 'to "restrain the communities they claim to speak for".' → scope 'to speak for"'
    text = 'A diplomat said the council would ask both governments to "restrain the communities they claim to speak for".'
    assert _scopes(text) == ["to speak for"]


def test_plunder_of_a_peoples_resources_is_loaded():
    # b2: '"The plunder of Baloch resources under CPEC will not be tolerated," it said' had no span
    assert "plunder" in _labels("The plunder of Baloch resources under CPEC will not be tolerated, the BLA said.")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # b3: the parse hangs the name as an apposition of the object, or the opening mark outside it: nobody named
        ('The Baloch Liberation Army, which Pakistan calls "Fitna al-Hindustan", said it had attacked a post.', "Pakistan"),
        ('Since last year, Islamabad has labelled Baloch armed groups "Fitna al-Hindustan" and accused India.', "Islamabad"),
        ('Pakistan calls the BLA "Fitna al-Hindustan".', "Pakistan"),
    ],
)
def test_a_quoted_name_given_by_a_namer_is_the_namers(text, who):
    attrs = _labels(text)["Fitna al-Hindustan"]
    assert (attrs["voice"], attrs["attributed_to"]) == ("quoted", who)
    assert attrs["characterised_by"] in ("call", "label")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Commission of Inquiry on Enforced Disappearances in Islamabad said it had traced 30 people.", False),
        ("The UN Working Group on Enforced Disappearances asked Islamabad for information.", False),
        ("Rights groups urged the UN to investigate enforced disappearances in Balochistan.", True),
        ("Enforced disappearances rose in 2025, the group in Quetta said.", True),
    ],
)
def test_enforced_disappearances_in_a_bodys_name_is_no_charge(text, found):
    labels = {k.lower() for k in _labels(text)}
    assert ("enforced disappearances" in labels) == found


# --- review (seventeenth session): near misses of the round-1 rules ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        # the speaker's own side under another name (a capital for its state): its own term, reported
        ("Kyiv said Ukraine's “resilience points” would stay open through the winter near Kharkiv.", False),
        # an organisation that is no side: no distance from another side's word
        ("The WHO's “essential services” were cut in northern Gaza, the agency said.", False),
        ("The Red Cross said the UN's “safe zones” in Tigray were no longer safe.", False),
        # another side still is
        ("The Ukrainian ministry said Russia's “volunteers” had crossed the border near Belgorod.", True),
        ("The Israeli army said Hamas's “police officers” had fired on troops in Rafah.", True),
    ],
)
def test_an_owned_term_is_a_scare_quote_only_for_another_side(text, scare):
    classes = _quote_classes(text)
    assert (next(iter(classes.values())) == "scare") == scare


def test_enforced_disappearances_in_a_name_at_a_sentence_start_is_no_charge():
    assert not _labels("Enforced Disappearances Commission chief Javed Iqbal resigned in Islamabad on Monday.")
    assert "Enforced disappearances" in _labels("Enforced disappearances are rising in Kech, the group in Quetta said.")


def test_plunder_of_public_funds_is_a_corruption_charge_not_a_peoples_resources():
    assert "plunder" not in _labels("The court in Karachi found that the plunder of public funds cost the state millions.")
    assert "plunder" in _labels("Activists in Quetta condemned the plunder of Baloch resources by the state.")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The India-sponsored resolution on Kashmir's water was tabled in Geneva on Monday.", "India-sponsored"),
        ("The Khawarij were an early sect that broke with the caliph Ali, the historian in Lahore said.", "Khawarij"),
        ("The film depicts a fake encounter between two spies in Berlin.", "fake encounter"),
    ],
)
def test_the_balochistan_words_in_their_innocent_uses_are_none(text, term):
    assert term not in _labels(text)


def test_a_fake_encounter_with_a_killing_near_is_a_charge():
    attrs = _labels("Villagers in Kech said soldiers staged a fake encounter to cover the killings.")["fake encounter"]
    assert attrs["voice"] == "reported"


@pytest.mark.parametrize(
    ("text", "term", "found"),
    [
        (
            "Soldiers joined the sanitisation operation at the cholera ward in Quetta, the army said.",
            "sanitisation operation",
            False,
        ),
        ("Troops began a mine clearance operation near Agdam, the army said.", "clearance operation", False),
        (
            "The army carried out a sanitisation operation in Kech after the attack, the ISPR said.",
            "sanitisation operation",
            True,
        ),
        ("The army called it a clearance operation in Rakhine, rights groups said.", "clearance operation", True),
    ],
)
def test_an_operation_euphemism_is_no_hygiene_or_demining_work(text, term, found):
    assert (term in _labels(text)) == found
