"""Tiny HTML builder that escapes every text and attribute value.

All report HTML goes through ``h()``; raw strings are only the ones marked ``Markup``.
"""

from __future__ import annotations

import html
import json
from typing import Any

from newsprism.render.printable import BIDI_CONTROLS


class Markup(str):
    """A string already safe to place in HTML."""


_EMBED, _ISOLATE, _POP_EMBED, _POP_ISOLATE = "\u202a\u202b\u202d\u202e", "\u2066\u2067\u2068", "\u202c", "\u2069"
_BIDI = BIDI_CONTROLS  # the same nine characters: the four kinds above


def close_bidi(text: str) -> str:
    """``text`` with its open bidi overrides and isolates closed at its end.

    An outlet or speaker name holding U+202E (right-to-left override) would otherwise reverse
    what follows it on the line: the date beside it in the report header, the quote after a
    speaker. The characters are kept; only the closing marks are added.
    """
    if _BIDI.isdisjoint(text):
        return text
    open_: list[str] = []
    for ch in text:
        if ch in _EMBED or ch in _ISOLATE:
            open_.append(ch)
        elif ch == _POP_EMBED and open_ and open_[-1] in _EMBED:
            open_.pop()
        elif ch == _POP_ISOLATE and any(c in _ISOLATE for c in open_):
            while open_.pop() not in _ISOLATE:
                pass
    return text + "".join(_POP_EMBED if c in _EMBED else _POP_ISOLATE for c in reversed(open_))


def esc(value: Any, bidi_closed: bool = True) -> str:
    """Escaped text. A NUL (JSON input may hold "\\u0000") becomes U+FFFD, as a browser shows it,
    instead of a raw NUL that HTML parsers drop (a character less than the analysed text).
    Open bidi overrides are closed (``close_bidi``) unless ``bidi_closed`` is False (the article
    text, cut into pieces at the highlights: an override there runs on as in the article)."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    if bidi_closed:
        text = close_bidi(text)
    return html.escape(text, quote=True).replace("\x00", "\ufffd")


def h(tag: str, *children: Any, **attrs: Any) -> Markup:
    """``h("td", "x", class_="a")`` → ``<td class="a">x</td>``; children are escaped unless Markup."""
    parts = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    open_tag = f"<{tag}{' ' + ' '.join(parts) if parts else ''}>"
    if tag in ("br", "hr", "img", "input", "meta"):
        return Markup(open_tag)
    inner = "".join(esc(c) for c in children if c is not None)
    return Markup(f"{open_tag}{inner}</{tag}>")


def join(items: Any) -> Markup:
    return Markup("".join(esc(i) for i in items))


def script_json(data: Any) -> Markup:
    """JSON safe to embed inside <script type="application/json"> (no '</' or '<!--' escapes)."""
    text = json.dumps(data, ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def _cell(value: Any) -> Any:
    if value == {} or value == []:
        return "none"  # not '{}' or '[]'
    if isinstance(value, str | int | float) or value is None:
        return value
    if isinstance(value, list) and all(isinstance(x, str | int | float) for x in value):
        return ", ".join(str(x) for x in value)
    return json.dumps(value, ensure_ascii=False)


def records_table(items: list[dict[str, Any]]) -> Markup:
    """A list of records as a table, one column per key (in order of first appearance)."""
    keys: list[str] = []
    for item in items:
        keys.extend(k for k in item if k not in keys)
    head = h("tr", join(h("th", k) for k in keys))
    body = join(h("tr", join(h("td", _cell(item.get(k))) for k in keys)) for item in items)
    return h("table", Markup(head + body), class_="records")


def kv_table(data: dict[str, Any], depth: int = 0) -> Markup:
    """A two-column table of a dict: nested dicts become nested tables, lists of records become
    record tables, lists of plain values a comma list, anything else compact JSON."""
    rows = []
    for key, value in data.items():
        if isinstance(value, dict) and value and depth < 2:
            shown: Any = kv_table(value, depth + 1)
        elif isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            shown = records_table(value)
        else:
            shown = _cell(value)
        rows.append(h("tr", h("th", key), h("td", shown)))
    return h("table", join(rows), class_="kv")
