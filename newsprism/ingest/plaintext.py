"""Plain-text reports: the title is the first line when a blank line follows it.

Media tags such as ``(PHOTO)``, ``(VIDEO)`` or ``[PHOTOS]`` are moved from the title into
``media_tags``; the article text itself is kept exactly as read, so offsets stay true.
"""

from __future__ import annotations

import re

from newsprism.model import Article

MEDIA_TAG = re.compile(
    r"\s*[\(\[]\s*(?P<tag>(?:PHOTOS?|VIDEOS?|AUDIO|INFOGRAPHICS?|MAPS?|UPDATED|UPDATE|LIVE)"
    r"(?:\s*[/+&,]\s*(?:PHOTOS?|VIDEOS?|AUDIO|INFOGRAPHICS?|MAPS?))*)\s*[\)\]]\s*",
    re.IGNORECASE,
)
_TITLE_MAX = 300


def split_media_tags(title: str) -> tuple[str, list[str]]:
    """``"Convoy stopped (PHOTO/VIDEO)"`` → ``("Convoy stopped", ["PHOTO", "VIDEO"])``."""
    tags: list[str] = []
    for m in MEDIA_TAG.finditer(title):
        tags.extend(t.upper() for t in re.split(r"\s*[/+&,]\s*", m.group("tag")))
    cleaned = MEDIA_TAG.sub(" ", title).strip(" -\u2013\u2014:")
    return re.sub(r"\s{2,}", " ", cleaned), tags


def title_of(text: str) -> str | None:
    """First non-empty line, if a blank line follows it and it is short enough to be a title."""
    m = re.match(r"\s*([^\n]+?)[ \t]*\r?\n[ \t]*\r?\n", text)
    if m and len(m.group(1)) <= _TITLE_MAX:
        return m.group(1)
    return None


def from_text(text: str, **meta) -> Article:
    title = meta.pop("title", None)
    tags = list(meta.pop("media_tags", None) or [])
    if title is None:
        title = title_of(text)
    if title:
        title, found = split_media_tags(title)
        tags.extend(t for t in found if t not in tags)
    return Article(text=text, title=title or None, media_tags=tags, **meta)
