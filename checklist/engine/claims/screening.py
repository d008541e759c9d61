"""`screen(text)`: every finder's candidates, kept when their context lets them stand."""

from __future__ import annotations

from dataclasses import dataclass

from .categories import REASONS, Flag, rank
from .finders import _FINDERS, _Candidate, _honest_context, _promises_only_a_process
from .text import _Doc, _hedged, _prefix_negated, _suffix_negated, _unanswered_question, _warned

# --- Screening ------------------------------------------------------------------------------


def _dropped_because(doc: _Doc, candidate: _Candidate) -> str | None:
    """Why a matched phrase, read in its sentence, is not a claim; None when it is one."""
    index = doc.sentence_index(candidate.start)
    sentence = doc.sentences[index]
    if _warned(doc, sentence, candidate.start):
        return "a warning about other clinics covers it"
    if _unanswered_question(doc, index):
        return "it is asked, not claimed"
    clause = doc.clause(candidate.start)
    prefix = doc.text[max(clause.start, candidate.start - 200) : candidate.start]
    suffix = doc.text[candidate.end : max(min(clause.end, candidate.end + 200), candidate.end)]
    if _prefix_negated(prefix, suffix):
        return "negated before it"
    if _suffix_negated(suffix, candidate.category):
        return "denied after it"
    if _hedged(prefix, suffix, candidate.category):
        return "hedged"
    if candidate.outcome_only and _promises_only_a_process(doc, candidate.start, candidate.end):
        return "it promises a process, not an outcome"
    if _honest_context(doc, candidate.category, candidate.start, candidate.end):
        return "an honest counterpart stands beside it"
    return None


def _stands(doc: _Doc, candidate: _Candidate) -> bool:
    return _dropped_because(doc, candidate) is None


@dataclass(frozen=True, slots=True)
class Decision:
    """One phrase a rule or finder proposed, and what context decided about it."""

    category: str
    start: int
    end: int
    match: str
    origin: str
    kept: bool
    why: str  # for a dropped phrase, the context that dropped it


def explain(text: str) -> tuple[Decision, ...]:
    """Every phrase proposed in `text`, in order, kept or dropped with the reason: the
    decisions behind `screen(text)` (which merges the kept ones that touch)."""
    if not text or not text.strip():
        return ()
    doc = _Doc(text)
    decisions = []
    for finder in _FINDERS:
        for c in finder(doc):
            why = _dropped_because(doc, c)
            decisions.append(
                Decision(
                    c.category,
                    c.start,
                    c.end,
                    text[c.start : c.end],
                    c.origin,
                    why is None,
                    why or "",
                )
            )
    return tuple(sorted(decisions, key=lambda d: (d.start, -(d.end - d.start), rank(d.category))))


def _joins(text: str, previous: _Candidate, candidate: _Candidate) -> bool:
    return candidate.start <= previous.end or not text[previous.end : candidate.start].strip()


def screen(text: str) -> tuple[Flag, ...]:
    """Red-flag phrases in `text`, ordered by position; at most one flag per category per span."""
    if not text or not text.strip():
        return ()
    doc = _Doc(text)
    candidates = sorted(
        {c for finder in _FINDERS for c in finder(doc) if _stands(doc, c)},
        key=lambda c: (c.start, -(c.end - c.start), rank(c.category)),
    )
    kept: list[_Candidate] = []
    latest: dict[str, int] = {}  # category -> index in `kept` of its last flag
    for candidate in candidates:
        index = latest.get(candidate.category)
        if index is not None and _joins(doc.text, kept[index], candidate):
            # one flag for "umbilical cord cells", not one per matching word
            previous = kept[index]
            kept[index] = _Candidate(
                previous.category, previous.start, max(previous.end, candidate.end)
            )
            continue
        latest[candidate.category] = len(kept)
        kept.append(candidate)
    return tuple(
        Flag(
            category=c.category,
            start=c.start,
            end=c.end,
            match=text[c.start : c.end],
            reason=REASONS[c.category],
        )
        for c in kept
    )
