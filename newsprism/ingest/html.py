"""Saved web pages: trafilatura extracts the main text and its metadata.

Scripts, styles and event-handler attributes never reach the article text: trafilatura
keeps only text content. A page with no readable text is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from newsprism.ingest.errors import InputError
from newsprism.ingest.plaintext import split_media_tags
from newsprism.ingest.records import plausible
from newsprism.model import Article

# A numeric character reference ("&#27;", "&#x1F;", "&#65535;") to a character that XML cannot
# hold makes lxml give up on the whole page; browsers show the page. Such a reference becomes
# U+FFFD, as HTML5 does for "&#0;".
# (Longer numbers, which lxml turns into U+FFFD itself, are not matched: int() of 5,000 digits fails.)
_CHAR_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,6})(?![0-9a-fA-F])|0*([0-9]{1,7})(?![0-9]));?")
_NOT_XML = set(range(1, 32)) - {9, 10, 13} | {0xFFFE, 0xFFFF}


def _xml_safe_ref(m: re.Match) -> str:
    code = int(m.group(1), 16) if m.group(1) else int(m.group(2))
    return "\ufffd" if code in _NOT_XML else m.group(0)


# libxml2 stops at 256 levels of nested elements unless told otherwise (old pages leave <font> open).
_DEEP = 255


def _extract(markup: str | object):
    import trafilatura

    return trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )


def _deep_tree(markup: str):
    """The page parsed without libxml2's nesting limit, for the pages that the default parse gives up on."""
    import lxml.html

    return lxml.html.fromstring(markup, parser=lxml.html.HTMLParser(huge_tree=True))


# A fragment (a scraper's article body: "<p>…</p><p>…</p>") lacks these; trafilatura reads a
# fragment as a page without a body, and finds no text in it.
_PAGE_TAG = re.compile(r"<(?:html|head|body)[\s>/]", re.IGNORECASE)


def _as_page(markup: str) -> str:
    return markup if _PAGE_TAG.search(markup) else f"<html><body>{markup}</body></html>"


def from_html(markup: str, where: str, **meta) -> Article:
    markup = _as_page(_CHAR_REF.sub(_xml_safe_ref, markup))
    try:
        doc = _extract(markup)
        if doc is None and markup.count("<") > _DEEP:
            doc = _extract(_deep_tree(markup))
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(where, f"malformed HTML ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not any(ch.isalpha() for ch in text):
        raise InputError(where, "no readable article text in this HTML")
    title = meta.pop("title", None) or getattr(doc, "title", None)
    tags: list[str] = []
    if title:
        title, tags = split_media_tags(title)
    published = meta.pop("published", None)
    if published is None and getattr(doc, "date", None):
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
        if published is not None and not plausible(published):
            published = None  # page metadata with a year such as 0001: no anchor rather than a wrong one
    return Article(
        text=text,
        title=title or None,
        outlet=meta.pop("outlet", None) or getattr(doc, "sitename", None),
        url=meta.pop("url", None) or getattr(doc, "url", None),
        author=getattr(doc, "author", None),
        published=published,
        media_tags=tags,
        **meta,
    )
