"""Saved web pages: trafilatura extracts the main text and its metadata.

Scripts, styles and event-handler attributes never reach the article text: trafilatura
keeps only text content. A page with no readable text is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt

from newsprism.ingest.errors import InputError
from newsprism.ingest.plaintext import split_media_tags
from newsprism.ingest.records import plausible
from newsprism.model import Article


def from_html(markup: str, where: str, **meta) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
        )
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
