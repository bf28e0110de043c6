"""Eleventh session, time layer: a part of a day of the month ('the night of the 18th'), a sentence
opening 'On the 19th' without a comma, a verse, record or price alone at the start of a line, and the
sport vocabulary shared with the event layer, and the audit-11 nights and hours. 19 of the 34 cases
fail on the session start's code (a git archive of 649b96f); the other 15 are guards (ordinals taken
by a noun, single stamps, halves read through the shared vocabulary, 'three hours later').
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.model import Analysis
from newsprism.resources import load_json
from newsprism.temporal import grammar

from conftest import analyse

PUB = dt.date(2026, 11, 20)


def _spans(text: str, published: dt.date | None = PUB) -> Analysis:
    analysis = analyse(text, ["time"], published=published)
    analysis.check_offsets()
    assert not [r for r in analysis.layers if r.status == "failed"]
    return analysis


def _found(text: str, published: dt.date | None = PUB) -> set[tuple[str, str, str]]:
    return {(s.text, s.label, s.attrs["value"]) for s in _spans(text, published).spans_of("time")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shelling continued through the night of the 18th, officials said.", ("the night of the 18th", "DATE", "2026-11-18TNI")),
        ("The attack came on the morning of the 3rd.", ("the morning of the 3rd", "DATE", "2026-11-03TMO")),
        ("Talks resumed in the evening of the 12th.", ("the evening of the 12th", "DATE", "2026-11-12TEV")),
        # the month of a date named before it, as for 'on the 18th'
        ("The truce was signed on October 2. The night of the 5th was quiet.", ("The night of the 5th", "DATE", "2026-10-05TNI")),
    ],
)
def test_a_part_of_a_day_of_the_month_is_that_day(text, expected):
    assert expected in _found(text)


def test_a_part_of_a_day_of_the_month_without_an_anchor_keeps_the_day():
    assert ("the night of the 18th", "DATE", "XXXX-XX-18TNI") in _found("Shelling went on through the night of the 18th.", None)


def test_the_night_of_an_ordinal_before_a_noun_is_no_date():
    assert not _found("He lived through the night of the 5th floor fire.")  # guard-ish: 'floor' takes the ordinal


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the 19th the guns fell silent.", ("the 19th", "DATE", "2026-11-19")),
        ("Shelling went on for days. On the 12th they withdrew.", ("the 12th", "DATE", "2026-11-12")),
        ("On the 19th Russian forces withdrew from the town.", ("the 19th", "DATE", "2026-11-19")),
        ("On the 19th, the guns fell silent.", ("the 19th", "DATE", "2026-11-19")),  # guard: with a comma, as before
    ],
)
def test_a_sentence_opening_on_the_nth_names_a_day(text, expected):
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    ["On the 5th Floor the fire spread.", "He lives on the 5th floor.", "The talks on the 3rd round failed."],
)
def test_an_ordinal_taken_by_a_noun_is_no_day(text):
    assert not _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "3:16 — For God so loved the world.",
        "9.58 — Bolt's record stands.",
        "4.30: The price of bread rose again.",
        "Sermon notes\n\n3:16 — For God so loved the world, the pastor read.\n",
    ],
)
def test_a_verse_record_or_price_alone_at_the_start_of_a_line_is_no_stamp(text):
    """The signal: the text's only stamp-like line says what else its number is (a verse, a record,
    a price: `stamp_number_readers`). A second stamp line, a zone or am/pm make a live blog."""
    assert not _found(text)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("9:05 — Sirens sounded across Kyiv.", "9:05", "2026-11-20T09:05"),
        ("21.40: Drones were seen over Bila Tserkva.", "21.40", "2026-11-20T21:40"),
        ("9.05am BST: Fuel prices rose.", "9.05am BST", "2026-11-20T09:05"),  # a zone: a stamp whatever the words
        ("21:40 — Fuel prices rose in Kyiv.\n\n22:10 — Sirens sounded.", "21:40", "2026-11-20T21:40"),  # two stamps
    ],
)
def test_single_and_double_stamps_stay_stamps(text, expression, value):
    """Guards: the tenth session's single-stamp lines and a price line in a two-stamp blog."""
    spans = _spans(text).spans_of("time")
    assert (expression, value, True) in {(s.text, s.attrs["value"], s.attrs.get("stamp")) for s in spans}


def test_the_time_lexicon_reads_the_shared_sport_vocabulary():
    """One sport vocabulary (data/events/sport_words.json) for the time tagger and the event guard."""
    sport, lex = load_json("events/sport_words.json"), grammar.lexicon()
    assert lex["sport_words"] == sport["game_words"] and lex["sport_verbs"] == sport["verbs"]
    assert lex["sport_words_with_a_verb"] == sport["words_with_a_verb"]
    assert lex["sport_match_nouns"] == sport["match_nouns"] and lex["sport_word_idioms"] == sport["idioms"]
    assert "sport_words" not in load_json("time/lexicon.json")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kyiv equalised in the second half.", set()),
        ("The striker was booked in the first half.", set()),
        ("Celtic conceded two goals in the first half.", set()),
        # context words are the event guard's only: a club's quarter is a quarter of the year
        ("Revenue of Premier League clubs rose in the first quarter.", {("the first quarter", "DATE", "2026-Q1")}),
        ("The company's goal is growth in the second half.", {("the second half", "DATE", "2026-H2")}),
    ],
)
def test_halves_of_a_match_read_the_shared_sport_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Troops violated the ceasefire on the intervening night of October 10 and 11, the Army said.",
            ("the intervening night of October 10 and 11", "DATE", "2026-10-10TNI"),
        ),
        (
            "The firing continued through the intervening night of Sunday and Monday, officials said.",
            ("the intervening night of Sunday and Monday", "DATE", "2026-11-15TNI"),
        ),
        (
            "India had carried out the attack on the night between Saturday and Sunday.",
            ("the night between Saturday and Sunday", "DATE", "2026-11-14TNI"),
        ),
    ],
)
def test_the_night_between_two_days_is_one_night(text, expected):
    """Audit 11 (E10, T3): one night, that of the first day, not two days."""
    found = _found(text)
    assert expected in found and len(found) == 1


def test_the_night_between_days_without_an_anchor_and_two_days_apart():
    assert _found("It went on through the night between Saturday and Sunday.", None) == {
        ("the night between Saturday and Sunday", "DATE", "XXXX-WXX-6TNI")
    }
    # guard: two days that do not follow each other stay two days
    assert _found("Talks were held on the night of Monday and Wednesday.") == {
        ("Monday", "DATE", "2026-11-16"),
        ("Wednesday", "DATE", "2026-11-18"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The shelling began in the early hours of Monday and stopped 48 hours later.", ("48 hours later", "DATE", "2026-11-18")),
        ("The truce began on Monday and collapsed 24 hours later.", ("24 hours later", "DATE", "2026-11-17")),
        ("Fighting broke out on Monday. Three hours later the town fell.", ("Three hours later", "DATE", "2026-11-16")),  # guard
    ],
)
def test_whole_days_of_hours_later_count_days(text, expected):
    """Audit 11 (T2): '48 hours later' is two days after the day named, not that day."""
    assert expected in _found(text)


# Eleventh-session review: inputs that broke the round-1 rules (each fails before its fix)


@pytest.mark.parametrize(
    "text",
    [
        "On the 3rd Infantry Division's front the guns fell silent.",
        "On the 1st Armoured Brigade's sector the shelling went on.",
        "On the 5th Avenue side the crowd grew.",
    ],
)
def test_review11_an_ordinal_taken_by_a_capitalised_name_is_no_day(text):
    """'On the 3rd Infantry Division's front': the ordinal names a unit (the noun taking it comes a
    capitalised word or two later), no day of the month."""
    assert not _found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Residents said the drones came 48 hours ago.", ("48 hours ago", "DATE", "2026-11-18")),
        ("The convoy was hit three hours ago, officials said.", ("three hours ago", "DATE", "2026-11-20")),
        ("The talks collapsed two days ago.", ("two days ago", "DATE", "2026-11-18")),  # guard
    ],
)
def test_review11_hours_ago_count_hours_not_days(text, expected):
    """'48 hours ago' was read as 48 days before the anchor (2026-10-03), 'three hours ago' as three days."""
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("06:30 — Russian drones hit Odesa overnight; the fastest flew at 200 km per hour.", "06:30", "2026-11-20T06:30"),
        ("09:05 — Sirens sounded across Kyiv for the second time tonight.", "09:05", "2026-11-20T09:05"),
        ("14:20 — Shelling hit Khan Younis; the cost of flour has doubled, residents said.", "14:20", "2026-11-20T14:20"),
    ],
)
def test_review11_a_reader_word_far_from_the_number_leaves_a_stamp(text, expression, value):
    """A verse, record or price word says what the number is only right after it ('3:16 — For God',
    '9.58 — Bolt's record'); 'per hour', 'the second time', 'the cost of flour' late in an entry did
    not, and took the only stamp away."""
    spans = _spans(text).spans_of("time")
    assert (expression, value, True) in {(s.text, s.attrs["value"], s.attrs.get("stamp")) for s in spans}


K2 = (
    "MUZAFFARABAD, October 12, 2026 (The Test Ledger) — Three civilians were killed when Indian troops fired on "
    "villages on Sunday night, officials said on Monday.\n\nThe Foreign Office summoned the envoy on Monday.\n\n"
)


def test_review11_a_late_past_clock_time_after_a_named_night_is_that_nights():
    """Audit T1: 'Residents said the shelling started after 11pm' in a report filed on Monday about
    Sunday night was Monday 23:00 (after the filing); it is Sunday's 23:00."""
    found = _found(K2 + "Residents said the shelling started after 11pm and continued for six hours.", dt.date(2026, 10, 12))
    assert ("11pm", "TIME", "2026-10-11T23:00") in found


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("The minister will speak at 8pm.", ("8pm", "TIME", "2026-10-12T20:00")),  # future: the anchor day
        ("Residents said the shelling started at 10am.", ("10am", "TIME", "2026-10-12T10:00")),  # a morning hour
    ],
)
def test_review11_a_clock_time_not_of_the_night_keeps_the_anchor_day(tail, expected):
    assert expected in _found(K2 + tail, dt.date(2026, 10, 12))


def test_review11_dawn_after_a_named_night_is_the_next_morning():
    """Audit T1 (k3): a report filed on Tuesday about Sunday night: 'the shelling lasted until dawn'
    is Monday's dawn, not Tuesday's."""
    text = (
        "SRINAGAR, Oct 13, 2026 (Test Wire) - Indian and Pakistani troops exchanged heavy fire on Sunday night, "
        "officials said.\n\nIn Uri, a shopkeeper said the shelling lasted until dawn."
    )
    assert ("dawn", "TIME", "2026-10-12TMO") in _found(text, dt.date(2026, 10, 13))
    guard = "SRINAGAR, Oct 13, 2026 (Test Wire) - Troops will patrol the border until dawn, officials said."
    assert ("dawn", "TIME", "2026-10-13TMO") in _found(guard, dt.date(2026, 10, 13))
