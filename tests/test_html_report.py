import html
import re
from html import unescape

from newsprism.model import Analysis, Article
from newsprism.render.html_report import segments, to_html

HOSTILE = (
    'Title\n\nThe "convoy" <script>document.title="PWNED"</script> reached <img src=x onerror="alert(1)"> Goris & Kornidzor.'
)


def hostile_analysis() -> Analysis:
    an = Analysis(Article(text=HOSTILE, title="<b>bold</b> title"))
    i = HOSTILE.index('"convoy"')
    an.add_span("framing", "scare_quote", i, i + 8, "framing@1:test", {"why": "<i>no speaker</i>"})
    j = HOSTILE.index("Goris")
    an.add_span("place", "PLACE", j, j + 5, "place@1:test")
    an.add_span("entity", "GPE", j, j + 5, "entities@1:test")
    return an


def test_everything_from_the_input_is_escaped():
    page = to_html(hostile_analysis())
    assert "<script>document.title" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; title" in page
    # span data is embedded as JSON that cannot close the script element
    data = re.search(r'<script type="application/json" id="np-data">(.*?)</script>', page, re.S).group(1)
    assert "</" not in data and "<i>" not in data


def test_no_external_resources_and_a_strict_csp():
    page = to_html(hostile_analysis())
    assert "http://" not in page.replace("http-equiv", "") and "https://" not in page
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_segments_cover_the_text_exactly_and_mark_overlaps():
    an = hostile_analysis()
    marked = segments(an)
    plain = re.sub(r"<[^>]+>", "", marked)
    assert unescape(plain) == HOSTILE
    assert 'data-s="place-1 entity-1"' in marked or 'data-s="entity-1 place-1"' in marked


def test_summary_records_become_tables_not_json():
    from newsprism.render.htmlkit import kv_table
    from newsprism.render.panels.summary import _short

    data = {
        "actors": {
            "by_side": {"armenian": 2},
            "side_labels": [
                {"span": "actor-1", "text": "Baku <regime>", "used_by": "armenian"},
                {"span": "actor-2", "text": "separatists", "group": "Karabakh Armenian authorities"},
            ],
            "kinds": ["state", "media"],
        }
    }
    out = kv_table(data)
    assert '<table class="records">' in out
    assert "<th>span</th><th>text</th><th>used_by</th><th>group</th>" in out
    assert "Baku &lt;regime&gt;" in out and "<regime>" not in out
    assert "<td>state, media</td>" in out
    assert '"span"' not in out  # no raw JSON for the records
    short = _short(data["actors"])
    assert "  span: actor-1; text: Baku <regime>; used_by: armenian" in short.splitlines()
    assert "by_side: armenian 2" in short.splitlines()


def test_a_nul_in_the_text_is_shown_not_dropped():
    """JSON input may carry "\\u0000": a raw NUL in HTML is dropped by the parser, so the
    page shows it as U+FFFD and the text keeps its length."""
    text = "Troops \x00 crossed the border near Lachin, officials said."
    an = Analysis(Article(text=text, title="T\x00"))
    i = text.index("Lachin")
    an.add_span("place", "toponym", i, i + 6, "place@1:test")
    page = to_html(an)
    assert "\x00" not in page
    shown = unescape(re.sub(r"<[^>]+>", "", str(segments(an))))
    assert shown == text.replace("\x00", "\ufffd")
