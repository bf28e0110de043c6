"""Readers for geoparsing gold corpora in the LGL / TR-News and GeoVirus XML layouts.

LGL and TR-News: ``<article><text>…</text><toponyms><toponym><start/><end/><phrase/>
<gaztag geonameid="…"><lat/><lon/>…`` (a toponym without ``gaztag`` has no gold location).
GeoVirus: ``<article><text>…</text><locations><location><name/><start/><end/><lat/><lon/>``.
Offsets are character offsets into the ``<text>`` content as parsed by an XML parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(node) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _offsets(top, path: str | Path, doc_id: str) -> tuple[int, int]:
    """A toponym's <start>/<end>; one that is missing or not a number names the article."""
    from newsprism.datasets import DataMissing

    raw = (top.findtext("start"), top.findtext("end"))
    if not all(x is not None and x.strip().isdigit() for x in raw):
        raise DataMissing(f"{path}: article {doc_id}: a <{top.tag}> without integer <start>/<end> ({raw[0]!r}, {raw[1]!r})")
    return int(raw[0]), int(raw[1])


def read(path: str | Path) -> list[GoldArticle]:
    """All articles of a corpus file, in file order."""
    import xml.etree.ElementTree as ET

    from newsprism.datasets import DataMissing

    try:
        root = ET.parse(str(path)).getroot()
    except ET.ParseError as exc:
        raise DataMissing(f"{path}: not an XML corpus ({exc})") from None
    articles: list[GoldArticle] = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or (art.findtext("source") or "").strip() or str(n)
        gold: list[GoldToponym] = []
        for top in list(art.iter("toponym")) + list(art.iter("location")):
            start, end = _offsets(top, path, doc_id)
            phrase = top.findtext("phrase") or top.findtext("name") or text[start:end]
            tag = top.find("gaztag")
            if top.tag == "toponym":
                if tag is None:
                    gold.append(GoldToponym(start, end, phrase))
                    continue
                gid = tag.get("geonameid")
                gold.append(
                    GoldToponym(start, end, phrase, int(gid) if gid else None, _float(tag.find("lat")), _float(tag.find("lon")))
                )
            else:
                gold.append(GoldToponym(start, end, phrase, None, _float(top.find("lat")), _float(top.find("lon"))))
        gold.sort(key=lambda t: (t.start, t.end))
        articles.append(GoldArticle(doc_id, text, gold))
    if not articles:
        raise DataMissing(f"{path}: no <article> elements (expected the LGL / GeoVirus / TR-News XML layout)")
    return articles
