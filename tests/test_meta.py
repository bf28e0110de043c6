import datetime as dt

import pytest

from newsprism.ingest.plaintext import from_text
from newsprism.pipeline import Pipeline

from conftest import FIXTURES, analyse


@pytest.mark.parametrize(
    ("text", "outlet", "dateline"),
    [
        ("MOSCOW, July 18 (TASS) — Russian peacekeepers escorted the convoy.", "TASS", "MOSCOW, July 18 (TASS)"),
        ("KYIV (Reuters) - Ukraine said its forces advanced.", "Reuters", "KYIV (Reuters)"),
        ("YEREVAN, April 26 (Meridian Wire) - Officials said.", "Meridian Wire", "YEREVAN, April 26 (Meridian Wire)"),
        ("Baku, Azerbaijan, Sept. 6\n\nThe ministry said so, Trend reports.", "Trend News Agency", "Baku, Azerbaijan, Sept. 6"),
        # a joint dateline of a story filed from both capitals
        (
            "YEREVAN/BAKU, May 14, 2025 (Meridian Wire) \u2014 Both ministries reported shelling.",
            "Meridian Wire",
            "YEREVAN/BAKU, May 14, 2025 (Meridian Wire)",
        ),
        # accented place names (were missed: the place pattern took ASCII letters only)
        (
            "Lefkoşa, 9 October (Pentadaktylos Star) \u2014 Workers put up a fence.",
            "Pentadaktylos Star",
            "Lefkoşa, 9 October (Pentadaktylos Star)",
        ),
    ],
)
def test_datelines_and_outlets(text, outlet, dateline):
    an = analyse(text, ["meta"])
    assert an.article.outlet == outlet
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    assert an.spans_of("meta", "outlet")


@pytest.mark.parametrize(
    ("text", "outlet", "dateline"),
    [
        ("SANAA, Saba Voice \u2014 Warplanes struck the port overnight.", "Saba Voice", "SANAA, Saba Voice"),
        ("PORT SUDAN, Nile Courier - The army said so.", "Nile Courier", "PORT SUDAN, Nile Courier"),
    ],
)
def test_a_dateline_naming_its_outlet_without_brackets(text, outlet, dateline):
    an = analyse(text, ["meta"])
    assert an.article.outlet == outlet
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline and d.attrs["place"] == dateline.split(",")[0]


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Ukraine \u2014 Air raid sirens sounded.",
        "GAZA CITY, Gaza Strip \u2014 Residents fled.",
        "BAKU, Sept. 6 \u2014 The ministry said so.",
        "LINCOLN, Neb. \u2014 The council met.",
        "MOSUL, Nineveh Province \u2014 Gunmen attacked a checkpoint.",
        "GOMA, North Kivu \u2014 Rebels advanced.",
    ],
)
def test_a_country_or_month_after_the_dateline_place_is_no_outlet(text):
    an = analyse(text, ["meta"])
    assert an.article.outlet is None
    assert not an.spans_of("meta", "outlet")


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("ABUJA, Nigeria - The army said it killed 20 militants.", "ABUJA, Nigeria"),
        ("KYIV, Ukraine \u2014 Air raid sirens sounded.", "KYIV, Ukraine"),
        ("GOMA, North Kivu \u2014 Rebels advanced.", "GOMA, North Kivu"),
    ],
)
def test_a_dateline_naming_its_country_or_region_is_a_dateline_without_an_outlet(text, dateline):
    an = analyse(text, ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline and d.attrs["place"] == dateline
    assert not an.spans_of("meta", "outlet")


def test_a_dateline_country_of_several_words():
    text = "GOMA, Democratic Republic of Congo (Kivu Ledger) - MONUSCO said its peacekeepers had seen craters."
    an = analyse(text, ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == "GOMA, Democratic Republic of Congo (Kivu Ledger)"
    assert an.article.outlet == "Kivu Ledger"


def test_source_line_and_reports_suffix():
    an = Pipeline(["meta"])(from_text((FIXTURES / "core_trend.txt").read_text()))
    hows = [s.attrs["how"] for s in an.spans_of("meta", "outlet")]
    assert hows == ["reports"]
    assert an.summary["meta"]["dateline"]["date"] == "Sept. 6"
    an2 = analyse("The ministry issued a statement.\n\nSource: TREND News Agency\n", ["meta"])
    [s] = an2.spans_of("meta", "outlet")
    assert s.text == "TREND News Agency" and s.attrs["side"] == "azerbaijani"


def test_given_outlet_is_kept_and_evidence_still_recorded():
    an = analyse("KYIV (Reuters) - Talks resumed.", ["meta"], outlet="My Paper")
    assert an.article.outlet == "My Paper"
    assert an.summary["meta"]["outlet_evidence"][0]["name"] == "Reuters"


@pytest.mark.parametrize(
    ("text", "outlet", "dateline", "date"),
    [
        # audit 12: the Balkan and Caucasian press write the date as day.month.year
        (
            "PRISHTIN\u00cb, 23.11.2026 \u2013 Police said two men were detained.",
            None,
            "PRISHTIN\u00cb, 23.11.2026",
            "23.11.2026",
        ),
        (
            "25.11.2026, Tbilisi (Interpressnews) \u2014 Police said two men were detained.",
            "Interpressnews",
            "25.11.2026, Tbilisi (Interpressnews)",
            "25.11.2026",
        ),
        ("25.11.2026, Tbilisi \u2014 Police said two men were detained.", None, "25.11.2026, Tbilisi", "25.11.2026"),
        # an agency between slashes
        (
            "PRISTINA, Kosovo, Nov. 23, 2026 /Meridian Wire/ -- Police said two men were detained.",
            "Meridian Wire",
            "PRISTINA, Kosovo, Nov. 23, 2026 /Meridian Wire/",
            "Nov. 23, 2026",
        ),
        # audit 13: two qualifiers, a lower-case qualifier, day-month-year with hyphens
        (
            "MEKELLE, Tigray, Ethiopia, Nov. 24, 2026 /Lodestar Wire/ -- Residents said they heard shelling.",
            "Lodestar Wire",
            "MEKELLE, Tigray, Ethiopia, Nov. 24, 2026 /Lodestar Wire/",
            "Nov. 24, 2026",
        ),
        (
            "Nablus, occupied West Bank, 26-11-2026 (Al-Karama Voice): Occupation forces raided the old city.",
            "Al-Karama Voice",
            "Nablus, occupied West Bank, 26-11-2026 (Al-Karama Voice)",
            "26-11-2026",
        ),
    ],
)
def test_numeric_and_slash_datelines(text, outlet, dateline, date):
    an = analyse(f"Two detained\n\n{text}", ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    assert d.attrs["date"] == date
    assert an.article.outlet == outlet


def test_numbers_that_are_no_dateline_date():
    for text in (
        "The vote, 23.11.2026 \u2013 as planned \u2013 was held.",  # the place must be a name
        "PRISHTIN\u00cb, 32.11.2026 \u2013 Police said so.",  # no such day
        "PRISHTIN\u00cb, 23.11-2026 \u2013 Police said so.",  # two separators
        "NABLUS, 2026-11-26 \u2013 Police said so.",  # year first is no day-month-year
        "Version 1.2.2026, Tbilisi \u2014 a release.",  # not at the start of the line
    ):
        an = analyse(f"Headline\n\n{text}", ["meta"])
        assert not an.spans_of("meta", "dateline"), text


@pytest.mark.parametrize(
    "text",
    [
        # twelfth-session review: both were datelines ('Zvečan, 23.11.2026'; 'Breaking, 25.11.2026')
        "Police chief replaced\n\nThe government replaced the police director.\n\n"
        "23.11.2026, Zve\u010dan \u2014 gunmen attacked a patrol\n24.11.2026, Leposavi\u0107 \u2014 four men detained",
        "Live updates\n\n25.11.2026, Breaking: the crossing at Ergneti was closed.",
    ],
)
def test_a_chronology_entry_or_a_label_is_no_date_first_dateline(text):
    an = analyse(text, ["meta", "time"])
    assert not an.spans_of("meta", "dateline")
    assert "dateline" not in an.summary.get("meta", {})


def test_a_date_first_dateline_with_a_known_place_before_a_colon():
    an = analyse("Crossing closed\n\n25.11.2026, Gori: the crossing at Ergneti was closed.", ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == "25.11.2026, Gori" and d.attrs["place"] == "Gori"


def test_no_false_dateline_in_ordinary_prose():
    an = analyse("Officials said the road, closed since December, reopened.\n\nTalks continue.", ["meta"])
    assert not an.spans
    assert an.article.outlet is None
    an2 = analyse("The drivers returned towards Goris, the border service reports.", ["meta"])
    assert not an2.spans_of("meta", "outlet")  # "the border service" is not a known outlet


def test_indian_wire_dateline_without_a_dash():
    text = "Woman killed in shelling in Uri\n\nSrinagar, Oct 12 (PTI) A woman was killed when shells hit Uri, officials said."
    an = analyse(text, ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == "Srinagar, Oct 12 (PTI)" and d.attrs["date"] == "Oct 12"
    [o] = an.spans_of("meta", "outlet")
    assert o.attrs["name"] == "Press Trust of India" and o.attrs["side"] == "indian"
    # without a date, brackets after a capitalised word at a line start are no dateline
    assert not analyse("Apple (Nasdaq) Shares rose on Monday.", ["meta"]).spans_of("meta", "dateline")


def test_a_capitals_dateline_place_known_only_to_the_curated_places():
    """Review 12 (GR1): GeoNames has no 'Tskhinvali' (only Ts'khinvali / Tskhinval); the KB has it."""
    an = analyse("Two detained\n\nTSKHINVALI: Two men were detained on Tuesday, officials said.", ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == "TSKHINVALI"
    an = analyse("Two detained\n\nOCCUPATION LINE: Two men were detained on Tuesday.", ["meta"])
    assert not an.spans_of("meta", "dateline")  # a KB line or road is no dateline place


def test_place_in_capitals_and_a_colon_is_a_dateline():
    text = "Three civilians killed along LoC\n\nMUZAFFARABAD: Three civilians were killed on Sunday night, officials said."
    an = analyse(text, ["meta"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == "MUZAFFARABAD" and an.summary["meta"]["dateline"] == {"place": "MUZAFFARABAD"}
    assert an.article.outlet is None


def test_a_day_month_year_dateline_with_hyphens_anchors_the_report():
    text = "Raid in Nablus\n\nNablus, occupied West Bank, 26-11-2026 (Al-Karama Voice): Forces raided the city on Thursday."
    an = analyse(text, ["meta", "time"])
    assert an.summary["time"]["anchor"] == "2026-11-26" and an.summary["time"]["anchor_source"] == "dateline"


def test_place_in_capitals_and_a_dash_is_a_dateline():
    text = "Troops enter Gaza City\n\nGAZA CITY \u2014 Israeli troops moved into Zeitoun on Tuesday, the army said."
    [d] = analyse(text, ["meta"]).spans_of("meta", "dateline")
    assert d.text == "GAZA CITY"
    for text in (
        "UKRAINE \u2014 Russia strikes Kharkiv\n\nRussian forces struck Kharkiv on Tuesday.",  # the headline
        "Update\n\nCEASEFIRE \u2014 What we know about the talks in Doha.",  # no place
        "Ramming\n\nGUSH ETZION JUNCTION \u2014 A driver rammed a bus stop.",  # a junction is no filing place
    ):
        assert not analyse(text, ["meta"]).spans_of("meta", "dateline"), text


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume\n\nUPDATE: The ministry said talks would resume on Monday.",
        "BREAKING NEWS: Shelling reported\n\nOfficials said shells hit the town.",
        # a capitals-and-colon headline is no dateline
        "KASHMIR: India and Pakistan trade fire\n\nShells hit villages on Sunday, officials said.",
    ],
)
def test_capitals_and_colon_that_are_no_dateline(text):
    assert not analyse(text, ["meta"]).spans_of("meta", "dateline")


def test_meta_spans_say_why():
    an = analyse("MOSCOW, July 18 (TASS) — Russian peacekeepers escorted the convoy.", ["meta"])
    assert all(s.attrs.get("why") for s in an.spans)
    assert "why" not in an.summary["meta"]["dateline"]  # the summary keeps {place, date} as written


@pytest.mark.parametrize(
    ("line", "dateline", "date", "anchor"),
    [
        # a weekday first and an ordinal day, after three qualifiers (the Cameroonian online press)
        (
            "Kumbo, North West Region, Cameroon, Tuesday 24th November 2026 (Bui Echo) - A gendarme was killed on Monday.",
            "Kumbo, North West Region, Cameroon, Tuesday 24th November 2026 (Bui Echo)",
            "24th November 2026",
            "2026-11-24",
        ),
        (
            "BAMENDA, Tuesday, November 24th, 2026 (Compass Wire) \u2014 A gendarme was killed on Monday.",
            "BAMENDA, Tuesday, November 24th, 2026 (Compass Wire)",
            "November 24th, 2026",
            "2026-11-24",
        ),
    ],
)
def test_a_dateline_with_a_weekday_and_an_ordinal_day_anchors_the_report(line, dateline, date, anchor):
    an = analyse("Gendarme killed\n\n" + line, ["meta", "time"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline and d.attrs["date"] == date
    assert an.summary["time"]["anchor"] == anchor and an.summary["time"]["anchor_source"] == "dateline"
    # "on Monday" is the day before the dateline's Tuesday
    assert "2026-11-23" in {s.attrs.get("value") for s in an.spans_of("time")}


def test_a_weekday_alone_after_the_place_is_no_dateline_date():
    # "Paris, Tuesday (…)": no day of the month, so the weekday is no date and no anchor
    an = analyse("Talks resume\n\nPARIS, Tuesday (Compass Wire) - Talks resumed.", ["meta", "time"])
    assert an.summary["time"]["anchor_source"] != "dateline"


@pytest.mark.parametrize(
    ("header", "how", "date_text"),
    [
        ("Published: 24 November 2026, 14:32", "published-line", "24 November 2026"),
        ("Posted on 2026-11-24 at 09:15 GMT", "published-line", "2026-11-24"),
        ("Published 24/11/2026 | 3 min read", "published-line", "24/11/2026"),
        ("By Ngwa Bih, Bamenda | 24 November 2026", "byline-date", "24 November 2026"),
        ("Tuesday, November 24th, 2026", "date-line", "November 24th, 2026"),
    ],
)
def test_a_header_line_gives_the_publication_date(header, how, date_text):
    text = f"Gendarme killed near Bambui\n{header}\n\nA gendarme was killed on Monday near Bambui, the army said."
    an = analyse(text, ["meta", "time"])
    [p] = an.spans_of("meta", "published")
    assert p.text == date_text and p.attrs["how"] == how and p.attrs["date"] == "2026-11-24"
    assert an.article.published.isoformat() == "2026-11-24"
    assert an.summary["meta"]["published_from"] == {"how": how, "date": "2026-11-24", "span": p.id}
    assert an.summary["time"]["anchor_source"] == "published"
    assert "2026-11-23" in {s.attrs.get("value") for s in an.spans_of("time")}  # "on Monday"


@pytest.mark.parametrize(
    "text",
    [
        # an update is not when the report was written
        "Talks resume\nUpdated: 24 November 2026\n\nTalks resumed on Monday.",
        # day or month? "11/10/2026" is the tenth of November or the eleventh of October
        "Talks resume\nPublished 11/10/2026\n\nTalks resumed on Monday.",
        # the headline itself, and a date line deep in a chronology, are no header dates
        "24 November 2026\n\nTalks resumed on Monday.",
        "Timeline\nOne\nTwo\nThree\nFour\n24 November 2026\nTalks resumed.",
    ],
)
def test_lines_that_give_no_publication_date(text):
    an = analyse(text, ["meta"])
    assert an.spans_of("meta", "published") == [] and an.article.published is None


def test_a_given_publication_date_is_kept_over_the_header():
    article = from_text("Talks\nPublished: 24 November 2026\n\nTalks resumed.", published=dt.date(2026, 11, 25))
    an = Pipeline(["meta"])(article)
    assert an.article.published.isoformat() == "2026-11-25" and an.spans_of("meta", "published") == []


@pytest.mark.parametrize(
    ("text", "dateline", "anchor"),
    [
        # audit 17 L1: a slashed date is read when one number cannot be a month
        (
            "AGOK, South Sudan, 26/11/2026 \u2014 Gunmen attacked a checkpoint on Tuesday.",
            "AGOK, South Sudan, 26/11/2026",
            "2026-11-26",
        ),
        ("DENVER, Colo., 11/26/2026 \u2014 Gunmen attacked a checkpoint on Tuesday.", "DENVER, Colo., 11/26/2026", "2026-11-26"),
        # the date between two dashes
        (
            "Khartoum \u2014 Thursday 26 November 2026 \u2014 Gunmen attacked a checkpoint on Tuesday.",
            "Khartoum \u2014 Thursday 26 November 2026",
            "2026-11-26",
        ),
    ],
)
def test_numeric_and_dash_framed_dateline_dates_anchor_the_report(text, dateline, anchor):
    an = analyse("Checkpoint attacked\n\n" + text, ["meta", "time", "event"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    assert an.summary["time"]["anchor"] == anchor
    assert an.summary["time"]["anchor_source"] == "dateline"
    # the report's 'on Tuesday' counts from the dateline, and the dateline's own date dates no event
    [attack] = [e for e in an.records["events"] if e["event_type"] == "ASSAULT" and e["date"]]
    assert attack["date"] == "2026-11-24" and attack["time_text"] == "Tuesday"


def test_a_slashed_dateline_date_that_could_be_either_is_not_read():
    an = analyse("Checkpoint attacked\n\nAGOK, South Sudan, 11/10/2026 \u2014 Gunmen attacked a checkpoint.", ["meta", "time"])
    assert not any(d.attrs.get("date") for d in an.spans_of("meta", "dateline"))
    assert an.summary["time"]["anchor_source"] != "dateline"


def test_a_byline_names_its_outlet_between_author_and_date():
    text = "Three soldiers killed\nBy Staff Reporter | Indus Daily Courier | 27 Nov 2026\n\nQUETTA: Militants attacked a post on Tuesday."
    an = analyse(text, ["meta"])
    assert an.article.outlet == "Indus Daily Courier"
    [o] = an.spans_of("meta", "outlet")
    assert o.text == "Indus Daily Courier" and o.attrs["how"] == "byline"
    assert an.article.published == dt.date(2026, 11, 27)
    assert an.summary["meta"]["published_from"]["how"] == "byline-date"


@pytest.mark.parametrize("field", ["Bamenda", "North West Region", "Staff Writer"])
def test_a_byline_place_or_role_is_no_outlet(field):
    an = analyse(
        f"Soldiers raid village\nBy Ngwa Bih | {field} | 24 November 2026\n\nSoldiers raided a village on Monday.", ["meta"]
    )
    assert an.article.outlet is None and not an.spans_of("meta", "outlet")
    assert an.article.published == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "dateline", "outlet", "anchor"),
    [
        (  # the agency before the date, each between dashes (audit 18 L2)
            "QUNEITRA, Syria (Crossroads Wire) \u2014 Nov. 27, 2026 \u2014 Troops detained seven men on Thursday.",
            "QUNEITRA, Syria (Crossroads Wire) \u2014 Nov. 27, 2026",
            "Crossroads Wire",
            "2026-11-27",
        ),
        (  # the agency between slashes, with spaces inside them
            "KATZRIN, Golan Heights, 27 November 2026 / The Galilee Ledger / \u2014 Troops detained seven men on Thursday.",
            "KATZRIN, Golan Heights, 27 November 2026 / The Galilee Ledger /",
            "The Galilee Ledger",
            "2026-11-27",
        ),
    ],
)
def test_an_agency_before_the_date_or_in_spaced_slashes(text, dateline, outlet, anchor):
    an = analyse("Raid in Quneitra\n\n" + text, ["meta", "time", "event"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    [o] = an.spans_of("meta", "outlet")
    assert o.text == outlet and an.article.outlet == outlet
    assert an.summary["time"]["anchor"] == anchor and an.summary["time"]["anchor_source"] == "dateline"
    # 'on Thursday' counts back from the dateline's Friday; the dateline's date dates no event
    [arrest] = [e for e in an.records["events"] if e["date"]]
    assert arrest["date"] == "2026-11-26" and arrest["time_text"] == "Thursday"


@pytest.mark.parametrize(
    ("text", "dateline", "outlet", "anchor"),
    [
        (  # the agency between slashes and no dash after them (audit 19 L2)
            "Timika, Papua, Indonesia, November 24, 2026 / Nusantara Post / Troops detained seven men on Monday.",
            "Timika, Papua, Indonesia, November 24, 2026 / Nusantara Post /",
            "Nusantara Post",
            "2026-11-24",
        ),
        (  # the agency in brackets after the date between dashes
            "SEVASTOPOL, Ukraine \u2014 Nov. 25, 2026 \u2014 (Kyiv Meridian) Troops detained seven men on Monday.",
            "SEVASTOPOL, Ukraine \u2014 Nov. 25, 2026 \u2014 (Kyiv Meridian)",
            "Kyiv Meridian",
            "2026-11-25",
        ),
        (  # the place's other name in brackets before the date
            "AQMESCIT (Simferopol), 25.11.2026 (Qirim News) \u2014 Troops detained seven men on Monday.",
            "AQMESCIT (Simferopol), 25.11.2026 (Qirim News)",
            "Qirim News",
            "2026-11-25",
        ),
    ],
)
def test_slashes_without_a_dash_an_agency_after_the_dashes_and_a_bracketed_other_name(text, dateline, outlet, anchor):
    an = analyse("Men detained in the town\n\n" + text, ["meta", "time", "event"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    [o] = an.spans_of("meta", "outlet")
    assert o.text == outlet and an.article.outlet == outlet
    assert an.summary["time"]["anchor"] == anchor and an.summary["time"]["anchor_source"] == "dateline"
    # the agency is no part of the story: no event argument holds it ('Kyiv Meridian) Troops' was the doer)
    [arrest] = [e for e in an.records["events"] if e["date"]]
    assert arrest["time_text"] == "Monday"
    assert outlet not in str(arrest.get("actor")) and outlet not in str(arrest.get("recipient"))


@pytest.mark.parametrize(
    "text",
    [
        "SEVASTOPOL, Ukraine \u2014 Nov. 25, 2026 \u2014 (Troops had detained seven men) on Monday.",
        "Timika, Papua, November 24, 2026 / 14:30 / Troops detained seven men.",
    ],
)
def test_a_bracketed_sentence_or_a_time_between_slashes_is_no_outlet(text):
    an = analyse("Men detained in the town\n\n" + text, ["meta"])
    assert not an.spans_of("meta", "outlet") and an.article.outlet is None


def test_a_bracketed_agency_without_a_date_stays_the_agency():
    an = analyse("Men detained\n\nKYIV (Kyiv Meridian) \u2014 Troops detained seven men on Monday.", ["meta"])
    [o] = an.spans_of("meta", "outlet")
    assert o.text == "Kyiv Meridian"


@pytest.mark.parametrize(
    ("text", "dateline", "outlet"),
    [
        (  # the outlet in brackets before the date, where a place's other name also stands (audit 20 L1)
            "BAKU (Caspian Herald), 27 November 2026 \u2013 Troops detained seven men on Monday.",
            "BAKU (Caspian Herald), 27 November 2026",
            "Caspian Herald",
        ),
        (  # an outlet unknown to outlets.json, named by its outlet word
            "BAKU (Gazakh Echo), 27 November 2026 \u2013 Troops detained seven men on Monday.",
            "BAKU (Gazakh Echo), 27 November 2026",
            "Gazakh Echo",
        ),
        (  # the outlet between dashes after the date (audit 20 L1: it was the doer of the first event)
            "Ijevan, Tavush, November 27, 2026 \u2014 Ararat Courier \u2014 Troops detained seven men on Monday.",
            "Ijevan, Tavush, November 27, 2026 \u2014 Ararat Courier",
            "Ararat Courier",
        ),
    ],
)
def test_an_outlet_in_the_other_name_brackets_or_between_dashes_after_the_date(text, dateline, outlet):
    an = analyse("Men detained in the town\n\n" + text, ["meta", "time", "event"])
    [d] = an.spans_of("meta", "dateline")
    assert d.text == dateline
    [o] = an.spans_of("meta", "outlet")
    assert o.text == outlet and an.article.outlet == outlet
    assert an.summary["time"]["anchor"] == "2026-11-27" and an.summary["time"]["anchor_source"] == "dateline"
    [arrest] = [e for e in an.records["events"] if e["date"]]
    assert arrest["time_text"] == "Monday" and outlet not in str(arrest.get("actor"))


@pytest.mark.parametrize(
    "text",
    [
        # a place's other name stays a place; a phrase between dashes that is no outlet stays the story's
        "SIMFEROPOL (Aqmescit), 25.11.2026 \u2014 Troops detained seven men on Monday.",
        "Ijevan, Tavush, November 27, 2026 \u2014 Border Guards \u2014 detained seven men on Monday.",
        "Ijevan, Tavush, November 27, 2026 \u2014 Tavush Province \u2014 Troops detained seven men on Monday.",
    ],
)
def test_an_other_name_or_a_non_outlet_between_dashes_is_no_outlet(text):
    an = analyse("Men detained in the town\n\n" + text, ["meta"])
    assert not an.spans_of("meta", "outlet") and an.article.outlet is None
    assert an.spans_of("meta", "dateline")
