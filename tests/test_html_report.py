import datetime as dt
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


def test_highlights_are_reachable_by_keyboard_and_background_layers_are_not():
    marked = str(segments(hostile_analysis()))
    seg_tags = re.findall(r"<span [^>]*>", marked)
    shown = [t for t in seg_tags if "l-" in t]
    assert shown and all('tabindex="0"' in t and 'role="button"' in t for t in shown)
    # a piece only a hidden-by-default layer (entity, sentence) covers is not a tab stop
    an = Analysis(Article(text="Goris is quiet."))
    an.add_span("entity", "GPE", 0, 5, "entities@1:test")
    assert "tabindex" not in str(segments(an))


def test_every_layer_has_a_legend_entry_and_a_cue_besides_colour():
    page = to_html(hostile_analysis())
    legend = re.search(r'<details class="legend">(.*?)</details>', page, re.S).group(1)
    for layer in ("framing", "place", "entity"):
        assert f'class="swatch sw-{layer}"' in legend
    assert "scare quotes" in legend and "which rule or model" in legend
    # colour and underline come from CSS classes: they show without JavaScript, and the underline differs per layer
    css = {m.group(1): m.group(2) for m in re.finditer(r"\.l-(\w+), \.sw-\w+ \{ ([^}]*)\}", page)}
    assert set(css) == {"framing", "place", "entity"}
    lines = {layer: re.search(r"text-decoration:([^;]+);", rule).group(1) for layer, rule in css.items()}
    assert lines["framing"] != lines["place"] and all("background:" in r for r in css.values())
    # the switches say what the number is
    assert 'title="1 highlights: scare quotes' in page


def test_a_layer_name_that_is_not_a_css_class_does_not_reach_the_style_sheet():
    an = Analysis(Article(text="Goris is quiet."))
    an.add_span("x}body{display:none", "X", 0, 5, "x@1:test")
    style = re.search(r"<style>(.*?)</style>", to_html(an), re.S).group(1)
    assert "x}body" not in style and "l-x" not in style


def test_the_details_panel_is_announced_and_can_be_closed_and_the_page_has_print_and_phone_rules():
    page = to_html(hostile_analysis())
    assert 'id="details" aria-live="polite"' in page
    assert '<button type="button" class="close"' in page
    assert 'href="#panels"' in page and '<aside id="panels">' in page
    assert "@media print" in page and "print-color-adjust:exact" in page
    assert 'addEventListener("beforeprint"' in page  # closed panels (details) open for printing
    assert ".legend[open] { max-height:40vh; overflow:auto; }" in page  # an open legend does not fill the sticky header
    assert "grid-template-columns: minmax(0, 1fr)" in page  # one column on a phone, never wider than the screen
    assert "<noscript>" in page


def _comparison():
    from newsprism.compare import compare

    a = hostile_analysis()
    b = Analysis(Article(text="Talks resumed in <Geneva>.", outlet="Wire <i>", title="Talks"))
    return compare([a, b])


def test_the_comparison_page_explains_every_row_and_the_genre_caveat_and_fits_a_phone():
    from newsprism.render import comparison

    page = comparison.to_html(_comparison())
    assert set(comparison.ROW_HELP) == {key for key, _ in comparison.ROWS}
    for key, label in comparison.ROWS:
        assert (
            f'<th scope="row">{html.escape(label, quote=True)}<small>{html.escape(comparison.ROW_HELP[key], quote=True)}</small></th>'
            in page
        )
    assert "The genre caveat row says why" in page  # the caveat is on the page itself
    assert "did not run" in page and "not analysed" in page  # what a dash and 'not analysed' mean
    assert 'name="viewport"' in page and 'class="wrap"' in page and "@media print" in page
    assert "Wire &lt;i&gt;" in page and "<i>" not in page.split("<details>")[0]


def test_quoted_words_get_one_pair_of_quotation_marks_and_a_missing_speaker_is_said(sample_analyses):
    from newsprism.render.panels import claims

    assert claims._quoted('"We found mines," he said') == '<span class="quoted">&quot;We found mines,&quot; he said</span>'
    assert claims._quoted("« Nous avons »") == '<span class="quoted">« Nous avons »</span>'
    assert claims._quoted("to stop escorting the convoys") == "<q>to stop escorting the convoys</q>"
    out = str(claims.html(sample_analyses["caspian_herald"]))
    assert "<q>&quot;" not in out and "<q>“" not in out
    assert "(no speaker named)</span> → " in out


def test_panel_numbers_are_labelled(sample_analyses):
    from newsprism.render.htmlkit import kv_table
    from newsprism.render.panels import overview, techniques

    a = sample_analyses["caspian_herald"]
    assert "<tr><th>layer</th><th>highlights</th><th>by label (count)</th></tr>" in overview.html(a)
    tech = str(techniques.html(a))
    assert "<th>score (0–1)</th>" in tech and "the technique&#x27;s probability times the span tagger&#x27;s" in tech
    assert "(* = chosen; scores 0–1)" in tech
    empty = kv_table({"actors": {"by_side": {}, "side_labels": [], "labels_by_user": {}}})
    assert "{}" not in empty and "[]" not in empty and empty.count("<td>none</td>") == 3


def test_the_summary_panel_says_what_its_entries_mean(sample_analyses):
    from newsprism.render.panels import summary

    out = str(summary.html(sample_analyses["caspian_herald"]))
    assert out.startswith('<p class="panel-note">Other article-level results, named as in the JSON export.')
    assert "side_labels lists words that are one side&#x27;s label for an actor" in out


def test_every_class_the_panels_use_for_notes_has_a_style(sample_analyses):
    page = to_html(sample_analyses["caspian_herald"])
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    for cls in ("muted", "note", "panel-note"):
        assert f'class="{cls}"' in page and f".{cls}" in style
    assert "aside th, aside td { text-align:left; vertical-align:top;" in style  # tables without a class too


def test_the_sourcing_line_gives_one_breakdown_then_named_versus_anonymous():
    from newsprism.render.panels import claims

    line = claims._profile_line(
        {
            "claim_sentences": 17,
            "attributed_sentences": 11,
            "attributed_share": 0.647,
            "attributions": 15,
            "source_kinds": {"government": 11, "anonymous": 3, "organisation": 1},
            "named": 12,
            "anonymous": 3,
        }
    )
    assert line == (
        "11 of 17 claim-bearing sentences attributed to a source (65%); 15 attributions, by kind of source: "
        "government 11, anonymous 3, organisation 1 (of them 12 name their source, 3 do not)"
    )
    line = claims._profile_line(
        {"claim_sentences": 5, "attributed_sentences": 1, "attributed_share": 0.2, "unsourced_sentences": 2}
    )
    assert line.startswith("1 of 5 claim-bearing sentences attributed to a source (20%, 2 more only by a cue that names nobody")


def test_a_bidi_override_in_input_ends_with_its_field_but_the_article_keeps_it():
    from newsprism.render.htmlkit import close_bidi, esc

    rlo, pdf, rli, pdi = "\u202e", "\u202c", "\u2067", "\u2069"
    assert close_bidi("plain") == "plain" and close_bidi(f"{rlo}x{pdf}") == f"{rlo}x{pdf}"
    assert close_bidi(f"{rli}a{rlo}b") == f"{rli}a{rlo}b{pdf}{pdi}"
    assert close_bidi(f"{rli}a{rlo}b{pdi}c") == f"{rli}a{rlo}b{pdi}c"  # a PDI closes what its isolate opened
    assert esc(f"{rlo}<b>") == f"{rlo}&lt;b&gt;{pdf}"
    text = f"Talks resumed in Geneva, {rlo}mediators said.\n"
    an = Analysis(Article(text=text, outlet=f"{rlo}Wire", published=dt.date(2023, 4, 25)))
    page = to_html(an)
    facts = re.search(r'<p class="facts">(.*?)</p>', page).group(1)
    assert facts == f"{rlo}Wire{pdf} · 2023-04-25 · ?"  # the date beside the outlet is not reversed
    article = re.search(r'<article id="text">(.*?)</article>', page, re.S).group(1)
    assert unescape(article) == text  # the article is shown as written, override and all
