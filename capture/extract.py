"""A captured page's text: an HTML page's main text, title and date (trafilatura, which uses
htmldate for the date), a PDF's text (pdfminer.six). What the site said, as plain text, for the
snapshot and for the proposals (capture.propose)."""

from __future__ import annotations

import io
from dataclasses import dataclass

PDF_MAX_PAGES = 60


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str
    date: str  # ISO date the page states or was last modified, "" when none is found


def is_pdf(body: bytes) -> bool:
    # The content decides, not the file's name or the server's header.
    return body.lstrip()[:5] == b"%PDF-"


def extract(body: bytes, *, url: str = "", content_type: str = "") -> Extracted:
    if is_pdf(body):
        return _pdf(body)
    return _html(body, url)


def _html(body: bytes, url: str) -> Extracted:
    import trafilatura

    document = trafilatura.bare_extraction(
        body,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
    )
    if document is None:
        return Extracted(text="", title="", date="")
    # bare_extraction gives a Document (a dict only when asked with as_dict).
    fields = document if isinstance(document, dict) else document.as_dict()
    return Extracted(
        text=(fields.get("text") or "").strip(),
        title=(fields.get("title") or "").strip(),
        date=fields.get("date") or "",
    )


def _pdf(body: bytes) -> Extracted:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(body), maxpages=PDF_MAX_PAGES)
    except (PDFSyntaxError, ValueError, TypeError, KeyError):
        return Extracted(text="", title="", date="")
    lines = [line.strip() for line in text.splitlines()]
    paragraphs = "\n".join(line for line in lines if line)
    return Extracted(text=paragraphs, title="", date="")
