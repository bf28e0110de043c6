"""The generic Summary panel: actors' side labels read as one row per word, without span ids."""

from __future__ import annotations

from newsprism.model import Analysis, Article
from newsprism.render import html_report, terminal


def _analysis() -> Analysis:
    an = Analysis(article=Article(text="Kurti's special units stormed Zvečan. Kurti's special units left."))
    an.summary["actors"] = {
        "by_side": {"serbian": 2},
        "side_labels": [
            {"span": "actor-1", "text": "Kurti's special units", "group": "Kosovo Police", "used_by": ["serbian"]},
            {"span": "actor-2", "text": "Kurti's  special units", "group": "Kosovo Police", "used_by": ["serbian"]},
            {"span": "actor-4", "text": "so-called Kosovo police", "group": "Kosovo Police", "used_by": ["serbian"]},
        ],
        "labels_by_user": {"serbian": 3},
    }
    return an


def test_side_labels_are_grouped_without_span_ids():
    an = _analysis()
    out = terminal.to_text(an)
    summary = out[out.index("Summary") :]
    flat = " ".join(summary.split())
    assert "label: Kurti's special units; for: Kosovo Police; used_by: serbian; mentions: 2" in flat
    assert "so-called Kosovo police" in flat and "mentions: 1" in flat
    assert "actor-1" not in summary and "actor-4" not in summary
    page = html_report.to_html(an)
    panel = page[page.index('id="panel-summary"') :]
    assert "mentions" in panel and "actor-2" not in panel[: panel.index("</section>")]
    # the export keeps the rows as they are
    assert [r["span"] for r in an.summary["actors"]["side_labels"]] == ["actor-1", "actor-2", "actor-4"]


def test_empty_entries_are_left_out_not_printed_as_null():
    """Audit 16 L3: 'dateline_owner: null' and an empty 'side_uncertain:' line in every terminal summary."""
    an = _analysis()
    an.summary["actors"] |= {"side_uncertain": {}, "dateline_owner": None}
    an.summary["notes"] = []
    out = terminal.to_text(an)
    summary = out[out.index("Summary") :]
    assert "labels_by_user: serbian 3" in summary
    assert "null" not in summary and "side_uncertain" not in summary and "dateline_owner" not in summary
    assert "notes" not in summary
    page = html_report.to_html(an)
    panel = page[page.index('id="panel-summary"') :]
    panel = panel[panel.index('<table class="kv">') : panel.index("</section>")]
    assert "dateline_owner" not in panel and "side_uncertain" not in panel and "labels_by_user" in panel
    # the export keeps every key
    assert an.summary["actors"]["dateline_owner"] is None and an.summary["actors"]["side_uncertain"] == {}
