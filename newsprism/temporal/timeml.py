"""Read TimeML (.tml) files: the TEXT body with its TIMEX3 annotations as standoff offsets.

Offsets are character offsets into the TEXT element's content with every inline tag
removed and XML entities decoded, which is the text a tagger sees. The document creation
time (``functionInDocument="CREATION_TIME"``, usually inside ``<DCT>``) is the anchor, not
a target, so it is returned separately and never among the gold timexes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from newsprism.datasets import DataMissing


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TimeMLDoc:
    doc_id: str
    path: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def _walk(el: ET.Element, buf: list[str], pos: list[int], out: list[tuple[int, int, dict]]) -> None:
    if el.text:
        buf.append(el.text)
        pos[0] += len(el.text)
    for child in el:
        start = pos[0]
        _walk(child, buf, pos, out)
        if child.tag == "TIMEX3":
            out.append((start, pos[0], dict(child.attrib)))
        if child.tail:
            buf.append(child.tail)
            pos[0] += len(child.tail)


def read(path: str | Path) -> TimeMLDoc:
    """Parse one .tml file."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:  # a broken file in --data is the user's data, named, not a crash
        raise DataMissing(f"{path}: not a TimeML file ({exc})") from None
    doc_id = (root.findtext("DOCID") or Path(path).stem).strip()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
            break
    body = root.find("TEXT")
    buf: list[str] = []
    found: list[tuple[int, int, dict]] = []
    if body is not None:
        _walk(body, buf, [0], found)
    text = "".join(buf)
    timexes = [
        GoldTimex(s, e, a.get("type", ""), a.get("value", ""), text[s:e])
        for s, e, a in found
        if e > s and a.get("functionInDocument") != "CREATION_TIME"
    ]
    return TimeMLDoc(doc_id, str(path), text, dct, sorted(timexes, key=lambda t: t.start))


def read_folder(folder: str | Path) -> list[TimeMLDoc]:
    """Every .tml file under ``folder`` (recursively), sorted by document id; duplicate ids
    (the same document in two subfolders) are read once."""
    docs: dict[str, TimeMLDoc] = {}
    for p in sorted(Path(folder).rglob("*.tml")):
        d = read(p)
        docs.setdefault(d.doc_id, d)
    return [docs[k] for k in sorted(docs)]
