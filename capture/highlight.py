"""A snapshot's text as the curator reads it: every proposal's passage marked, and within it
the words the proposal rests on (a claim's flagged phrases, a name, a number, a price), each
mark naming its proposals, so the list of proposals and the page point at each other."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

# Kinds whose value is a code (umbilical_cord), not words of the page: the passage is marked.
CODED = ("cell_source", "cell_form", "processing", "manipulation")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    proposal: int
    strong: bool  # the exact words, not the whole passage


def spans(text: str, proposals: Iterable[Mapping[str, Any]]) -> tuple[list[Span], set[int]]:
    """The marks of every proposal, and the ids of the proposals whose passage was found."""
    found: list[Span] = []
    located: set[int] = set()
    for proposal in proposals:
        passage = proposal.get("passage") or ""
        start = text.find(passage) if passage else -1
        if start < 0:
            continue
        pid = proposal["id"]
        located.add(pid)
        found.append(Span(start, start + len(passage), pid, False))
        if proposal["kind"] == "claim":
            found.extend(
                Span(start + f["start"], start + f["end"], pid, True)
                for f in proposal.get("flags") or ()
                if 0 <= f["start"] < f["end"] <= len(passage)
            )
        elif proposal["kind"] not in CODED:
            where = passage.find(str(proposal["value"]))
            if where >= 0:
                found.append(
                    Span(start + where, start + where + len(str(proposal["value"])), pid, True)
                )
    return found, located


def highlighted(text: str, proposals: Iterable[Mapping[str, Any]]) -> SafeString:
    """The text, escaped, with <mark> on exact words and a passage class on passages; an
    anchor ``p-<id>`` where each proposal's passage begins."""
    marks, _ = spans(text, proposals)
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    anchors: dict[int, list[int]] = {}
    for span in marks:
        if not span.strong:
            anchors.setdefault(span.start, []).append(span.proposal)
    out: list[str] = []
    for left, right in itertools.pairwise(cuts):
        out.extend(
            str(format_html('<span id="p-{}"></span>', pid)) for pid in anchors.get(left, ())
        )
        piece = escape(text[left:right])
        over = [s for s in marks if s.start <= left and right <= s.end]
        if not over:
            out.append(piece)
            continue
        ids = " ".join(f"p-{pid}" for pid in sorted({s.proposal for s in over}))
        if any(s.strong for s in over):
            out.append(f'<mark class="cv-term" data-proposals="{ids}">{piece}</mark>')
        else:
            out.append(f'<span class="cv-passage" data-proposals="{ids}">{piece}</span>')
    # Every piece of the text is escaped above; the tags are ours.
    return mark_safe("".join(out))
