"""Regular-expression fragments for temporal expressions, built from ``data/time/lexicon.json``.

Each fragment is a string with named groups; ``tagger`` combines them into rules. Month and
weekday names are matched case-insensitively here and checked for capitals by the rules.
"""

from __future__ import annotations

import re
from functools import cache

from newsprism.resources import load_json


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


# the time lexicon's names for the lists of the shared sport vocabulary (data/events/sport_words.json)
SPORT_KEYS = {
    "sport_words": "game_words",
    "sport_words_with_a_verb": "words_with_a_verb",
    "sport_verbs": "verbs",
    "sport_match_nouns": "match_nouns",
    "sport_word_idioms": "idioms",
}


@cache
def lexicon() -> dict:
    """The time lexicon, with the sport lists read from the vocabulary the event layer shares."""
    sport = load_json("events/sport_words.json")
    return {**load_json("time/lexicon.json"), **{key: sport[name] for key, name in SPORT_KEYS.items()}}


class G:
    """Pattern fragments (filled once by ``fragments()``)."""

    B = r"(?<![\w-])"  # left word boundary (no hyphen: '44-day' is not 'day')
    E = r"(?![\w])"
    month: str
    weekday: str
    number: str
    unit: str
    unit_sg: str
    ordinal: str
    day: str = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year: str = r"(?:1[5-9]\d\d|20\d\d)"
    season: str
    pod: str


@cache
def fragments() -> type[G]:
    lex = lexicon()
    abbr = set(lex["month_abbreviations"])
    full = [w for w in lex["months"] if w not in abbr]
    G.month = rf"(?:{_alt(full)}|(?:{_alt(abbr)})\.?)"
    wd_abbr = set(lex["weekday_abbreviations_need_dot"])
    wd_full = [w for w in lex["weekdays"] if w not in wd_abbr]
    G.weekday = rf"(?:{_alt(wd_full)}|(?:{_alt(wd_abbr)})\.)"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    words = _alt(lex["numbers"]) + "|" + _alt(lex["vague_numbers"])
    G.number = rf"(?:\d+(?:[.,]\d+)?|(?:{tens})[-\s](?:{ones})|{words}|hundreds\s+of|dozens\s+of|thousands\s+of|tens\s+of)"
    G.unit = rf"(?:{_alt(lex['units'])})"
    G.unit_sg = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
    G.ordinal = rf"(?:{_alt(lex['ordinals'])}|[1-4](?:st|nd|rd|th))"
    G.season = rf"(?:{_alt(lex['seasons'])})"
    G.pod = rf"(?:{_alt(lex['parts_of_day'])})"
    return G


def number_value(word: str) -> float | None:
    """1 for 'a'/'one'/'1', 24 for 'twenty-four', None for vague amounts ('several')."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    nums = lexicon()["numbers"]
    if w in nums:
        return nums[w]
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return float(w) if "." in w else int(w)
    if re.fullmatch(r"\d{1,3}(,\d{3})+", w):
        return int(w.replace(",", ""))
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return nums[parts[0]] + nums[parts[1]]
    return None
