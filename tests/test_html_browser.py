"""Render a report in headless Chromium: highlights exist, injected markup did not run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from newsprism.model import Article
from newsprism.pipeline import Pipeline
from newsprism.render.html_report import to_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

TEXT = (
    'Shelling near Goris\n\nArmenian officials said on Tuesday that a "humanitarian" convoy was stopped near Goris. '
    '<script>document.title="PWNED";document.body.setAttribute("data-pwned","1")</script>'
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> The so-called checkpoint stayed closed.\n"
)


def _browser(tmp_path, *args):
    if CHROMIUM is None:
        if os.environ.get("NEWSPRISM_REQUIRE_BROWSER"):
            pytest.fail("chromium is required (NEWSPRISM_REQUIRE_BROWSER is set) but not installed")
        pytest.skip("chromium not installed")
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    analysis = Pipeline()(Article(text=TEXT, published=None))
    page = tmp / "report.html"
    page.write_text(to_html(analysis), encoding="utf-8")
    return tmp, page, analysis


def test_dom_after_scripts_ran(report):
    tmp, page, analysis = report
    result = _browser(tmp, "--virtual-time-budget=3000", "--dump-dom", page.as_uri())
    dom = result.stdout
    assert 'data-ready="1"' in dom, result.stderr[-2000:]  # the report's own script ran
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert "data-pwned" not in body and "PWNED</title>" not in dom  # the article's markup did not
    assert dom.count('class="seg') >= len({(s.start, s.end) for s in analysis.spans if s.layer != "sentence"}) > 0
    assert "background: rgb(" in dom or "background-color: rgb(" in dom  # highlights were painted


def test_screenshot(report):
    tmp, page, _ = report
    shot = tmp / "shot.png"
    _browser(tmp, "--window-size=1280,900", f"--screenshot={shot}", page.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_long_unbroken_token_stays_inside_the_text_column(tmp_path):
    text = "Convoy stopped\n\nGORIS - Border guards stopped the convoy, officials said. https://example.org/" + "a" * 3000 + "\n"
    page = to_html(Pipeline(["meta"])(Article(text=text)))
    # measure in the page itself: drop the CSP (it admits only the report's script) and add a probe
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probe = (
        "<script>addEventListener('load', function () { var t = document.getElementById('text');"
        " document.body.setAttribute('data-overflow', String(t.scrollWidth - t.clientWidth)); });</script>"
    )
    path = tmp_path / "long.html"
    path.write_text(page.replace("</body>", probe + "</body>"), encoding="utf-8")
    result = _browser(tmp_path, "--window-size=1280,900", "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    overflow = re.search(r'data-overflow="(-?\d+)"', result.stdout)
    assert overflow, result.stderr[-2000:]
    assert int(overflow.group(1)) <= 0


PROBE = """<script>window.__errs = []; addEventListener('error', function (e) { __errs.push(String(e.message)); });
addEventListener('load', function () { var out = {};
 try {
  document.querySelectorAll('.toggles input').forEach(function (b) { b.click(); b.click(); });
  var seg = document.querySelector('.seg[tabindex="0"]');
  seg.focus();
  seg.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  out.cards = document.querySelectorAll('#details .span-card').length;
  out.details = document.getElementById('details').textContent;
  var framing = document.querySelector('.toggles input[data-layer=framing]');
  if (framing && framing.checked) { framing.click(); }
  out.framingPainted = document.querySelectorAll('.seg.l-framing').length;
  out.overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  var link = document.querySelector('a[data-spans]');
  if (link) { link.click(); out.link = true; out.jumped = location.href.slice(-1) === '#'; }
 } catch (e) { __errs.push('probe: ' + e); }
 out.errs = __errs;
 document.body.setAttribute('data-probe', JSON.stringify(out)); });</script>"""


def _probe(tmp_path, analysis, width):
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", to_html(analysis))
    path = tmp_path / f"probe{width}.html"
    path.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = _browser(tmp_path, f"--window-size={width},900", "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    found = re.search(r'data-probe="([^"]*)"', result.stdout)
    assert found, result.stderr[-2000:]
    import html
    import json

    return json.loads(html.unescape(found.group(1)))


@pytest.mark.parametrize("width", [1280, 420])
def test_switches_and_keyboard_work_without_script_errors_and_the_page_fits_a_phone(report, tmp_path, width):
    _, _, analysis = report
    out = _probe(tmp_path, analysis, width)
    assert out["errs"] == []
    assert out["cards"] >= 1  # Enter on a focused highlight explains it
    assert "found by " in out["details"] and "version " in out["details"] and "why: " in out["details"]
    assert out["framingPainted"] == 0  # switching a layer off removes its highlights
    assert out["overflow"] <= 0  # nothing wider than the window, on a phone too
    assert out.get("link") and not out["jumped"]  # a place link finds its words; it does not jump to the top


HOSTILE = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"></title><script>document.body.setAttribute('data-pwned','2')</script>"
ORDER_PROBE = """<script>addEventListener('load', function () {
 var node = document.querySelector('.facts').firstChild, at = node.data.indexOf('2023-04-25');
 function x(i) { var r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; }
 document.body.setAttribute('data-order', x(at) < x(at + 9) ? 'ltr' : 'reversed'); });</script>"""


def test_hostile_metadata_neither_runs_nor_reverses_the_report(tmp_path):
    """Title, outlet, author, url and file name are input too; a right-to-left override in the
    outlet must not turn the date beside it into 52-40-3202."""
    import datetime as dt

    article = Article(
        text="Talks resumed in Geneva on Monday, mediators said.\n",
        title=HOSTILE,
        outlet="\u202eWire " + HOSTILE,
        author=HOSTILE,
        url="javascript:document.body.setAttribute('data-pwned','3')",
        published=dt.date(2023, 4, 25),
        source_path=HOSTILE + ".txt",
    )
    page = to_html(Pipeline(["meta"])(article))
    path = tmp_path / "hostile.html"
    path.write_text(page, encoding="utf-8")
    result = _browser(tmp_path, "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    body = re.search(r"<body[^>]*>", result.stdout)
    assert body and 'data-ready="1"' in body.group(0) and "data-pwned" not in body.group(0), result.stderr[-2000:]
    assert "<img" not in result.stdout and result.stdout.count("<script") == 2  # the report's data and its script
    # the same page with the CSP dropped and a probe that measures where the date's digits are drawn
    probed = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace("</body>", ORDER_PROBE + "</body>")
    path.write_text(probed, encoding="utf-8")
    result = _browser(tmp_path, "--virtual-time-budget=3000", "--dump-dom", path.as_uri())
    assert 'data-order="ltr"' in result.stdout, result.stderr[-2000:]
