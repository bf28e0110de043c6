"""Review of the fifteenth session's claim rules: near misses that the round-1 rules must leave alone."""

from __future__ import annotations

import pytest

from newsprism.model import Article
from newsprism.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(["meta", "sentences", "entities", "place", "actor", "time", "claim"])


def _speaker_of(pipe, text: str, content_start: str) -> str | None:
    a = pipe(Article(text=text))
    by = {s.id: s for s in a.spans}
    got = [c.get("speaker") for c in a.records.get("claims", []) if by[c["content"]].text.startswith(content_start)]
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # a town opening the paragraph is no speaker
            "Ukraine's general staff said Russian forces had attacked 30 times near Pokrovsk.\n\n"
            "Pokrovsk remains under heavy fire. It said two of the attacks had been repelled.",
            "two of the attacks",
            "Ukraine's general staff",
        ),
        (  # the other side's act is told, not its words
            "Ukraine's air force said it had shot down 30 of 45 drones overnight.\n\n"
            "Russia launched the drones from the Kursk region. It said two missiles were also intercepted.",
            "two missiles",
            "Ukraine's air force",
        ),
        (
            "The Sudanese army said it had repelled an attack on El Obeid.\n\n"
            "Khartoum has been quiet since March. It said 15 attackers had been killed.",
            "15 attackers",
            "The Sudanese army",
        ),
        (  # a negated verb with a claim noun: the outlet gives no account
            "The Myanmar military said it had bombed a rebel camp in Sagaing.\n\n"
            "Reuters could not verify the claim. It said 30 rebels had been killed.",
            "30 rebels",
            "The Myanmar military",
        ),
        (  # the rule's own case: the opener answers
            "Somaliland's defence ministry said its forces had repelled an attack near Oog.\n\n"
            "SSC-Khaatumo, a clan-based administration recognised by Mogadishu, gave a very different account. "
            "Its information minister said Somaliland artillery had shelled villages. "
            "It said its forces had captured 19 Somaliland soldiers.",
            "its forces had captured",
            "SSC-Khaatumo",
        ),
    ],
)
def test_paragraph_opener_it_only_when_the_opener_speaks(pipe, text, content, speaker):
    assert _speaker_of(pipe, text, content) == speaker


def test_an_office_is_no_he(pipe):
    """The one-person rule for a government speaker needs the title at its end: 'The office of the
    president' is a body ('he' stays unresolved), 'Israel's prime minister' is one person."""
    text = 'The office of the president said talks had failed. "We are disappointed," he said.'
    assert _speaker_of(pipe, text, "We are disappointed") == "he"
    text = 'Israel\'s prime minister said the operation would continue. "We will not stop," he said.'
    assert _speaker_of(pipe, text, '"We will not stop') == "Israel's prime minister"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An MSF doctor said the hospital in Khan Younis was overwhelmed.", "organisation"),
        ("A UNRWA teacher said the school in Jabalia was hit.", "organisation"),
        ("A Kyiv resident said the building shook for a minute.", "anonymous"),
        ("A Kashmiri shopkeeper said police had closed the market in Srinagar.", "anonymous"),
    ],
)
def test_a_town_person_but_not_an_agency_worker(pipe, text, kind):
    """The town-person rule ('A Xiamen fisherman surnamed Huang') is not for an organisation in capitals."""
    a = pipe(Article(text=text))
    assert [c["source_kind"] for c in a.records["claims"]] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The drill was held near self-ruled Taiwan, which China claims as its territory.",
        "Meridian Wire could not independently verify either account or explain the difference between them.",
        "The talks come as Somaliland presses its case for international recognition.",
        "Kosovo, which declared independence from Serbia in 2008, is recognised by more than 100 states.",
    ],
)
def test_no_report_in_these_forms(pipe, text):
    """Audit 15 C11: a lone relative pronoun as content, a verb joined by 'or' to a negated one, a
    declaration of independence, pressing a case: no claim."""
    assert pipe(Article(text=text)).records.get("claims", []) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ministry could not confirm the report, but said two soldiers were wounded.", "two soldiers were wounded"),
        ("The president declared that the war was over.", "that the war was over"),
        ("Azerbaijan claims the region as its own.", "the region"),
    ],
)
def test_near_misses_stay_claims(pipe, text, content):
    a = pipe(Article(text=text))
    by = {s.id: s for s in a.spans}
    assert content in [by[c["content"]].text for c in a.records["claims"]]


def test_it_of_a_free_relative_is_the_main_doer(pipe):
    """t3 'Beijing then began what it calls law enforcement patrols …, which it says are Chinese': the
    'it' is Beijing (was the speaker of an earlier claim); 'Russia then sent what it says are
    peacekeepers' is Russia's, not the Azerbaijani ministry's of the sentence before."""
    text = (
        "Azerbaijan's defence ministry said Armenian snipers fired on its positions. "
        "Russia then sent what it says are peacekeepers to the area."
    )
    assert _speaker_of(pipe, text, "are peacekeepers") == "Russia"
    text = (
        "China's Taiwan Affairs Office said the crew were under investigation. Beijing then began what it "
        "calls law enforcement patrols in the waters, which it says are Chinese."
    )
    assert _speaker_of(pipe, text, "are Chinese") == "Beijing"


def test_a_count_in_a_dates_when_clause_after_since(pipe):
    """'Since October 7, when 1,200 people were killed in Israel, …': the 'when' clause (parsed as the main
    verb's adverbial clause) tells one day's dead; the count after it is the running total."""
    a = pipe(Article(text="Since October 7, when 1,200 people were killed in Israel, more than 40,000 people have died in Gaza."))
    got = {f["text"]: f["running_total"] for f in a.records["figures"]}
    assert got == {"1,200 people": False, "40,000 people": True}
