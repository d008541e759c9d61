"""The context step: one reading of every proposal, whichever recognizer made it.

A proposed phrase stands as a claim unless its sentence says otherwise: a warning about other
clinics covers it, the sentence reports or weighs a claim rather than making it, it is an
unanswered question, a negation before it or a denial after it reaches it, it is hedged, it
promises a process rather than an outcome, or an honest counterpart stands beside it (a cited
figure, an admitted risk, results that build over months). ``dropped_because`` names the first
of these that applies, for ``explain`` and the admin.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from .finders import _Candidate
from .honesty import _honest_context, _promises_only_a_process
from .reported import _reported
from .text import (
    _Doc,
    _hedged,
    _prefix_negated,
    _suffix_negated,
    _unanswered_question,
    _warned,
)

# The two reasons that say a phrase is denied; screening.py reads them to carry a denial forward
# through its sentence.
NEGATED_BEFORE = "negated before it"
DENIED_AFTER = "denied after it"
# What screening.py and foreign.py say of a whole sentence the semantic layer proposed: a rule
# already flags the category inside it, or a rule reads the claim's words there and finds them
# denied.
COVERED_BY_A_RULE = "a rule flags the same kind of claim inside it, with the precise span"
DENIED_IN_ITS_SENTENCE = "its sentence denies this kind of claim"
# ... or reads them there and finds them hedged, reported or answered ("the transplanted hair
# may be permanent, but your native hair keeps thinning"): the vectors see neither
SET_ASIDE_IN_ITS_SENTENCE = "a rule reads this kind of claim in its sentence and sets it aside"
# What screening.py says of a phrase the context step let stand and the trained encoder did not
# (encoder.py): its passage reads as honest to a classifier trained on the corpus.
DOUBTED_BY_THE_ENCODER = "the trained encoder reads its passage as honest"
# ... and of the encoder's own flag where a flag of its kind already stands in its span.
ALREADY_FLAGGED = "a flag of the same kind already stands there, with its own span"


class _Phrase(Protocol):
    """A rule's candidate or a foreign proposal: what it claims and where."""

    @property
    def category(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def overlaps_same_kind(phrase: _Phrase, others: Iterable[_Phrase]) -> bool:
    """Another phrase of the same category overlaps this one (COVERED_BY_A_RULE: a rule's span
    inside a resembling sentence)."""
    return any(
        o.category == phrase.category and o.start < phrase.end and phrase.start < o.end
        for o in others
    )


def holds_same_kind(phrase: _Phrase, others: Iterable[_Phrase]) -> bool:
    """Another phrase of the same category lies wholly inside this one (DENIED_IN_ITS_SENTENCE:
    a rule's denied span inside a resembling sentence)."""
    return any(
        o.category == phrase.category and phrase.start <= o.start and o.end <= phrase.end
        for o in others
    )


def set_aside_by_rules(
    resemblance: _Phrase, refused: Iterable[_Phrase], set_aside: Iterable[_Phrase]
) -> str | None:
    """Why a whole sentence that resembles a claim is no flag, read from what the rules found
    inside it (None: nothing there sets it aside). The vectors do not see "not", "may" or "rather
    than"; a rule's reading of the same kind of claim inside the sentence does: denied
    (``refused``), or set aside by the context step for another reason (``set_aside``). English
    and the other languages decide it here alike."""
    if holds_same_kind(resemblance, refused):
        return DENIED_IN_ITS_SENTENCE
    if holds_same_kind(resemblance, set_aside):
        return SET_ASIDE_IN_ITS_SENTENCE
    return None


def dropped_because(doc: _Doc, candidate: _Candidate) -> str | None:
    """Why a proposed phrase, read in its sentence, is not a claim; None when it is one."""
    index = doc.sentence_index(candidate.start)
    sentence = doc.sentences[index]
    if _warned(doc, sentence, candidate.start):
        return "a warning about other clinics covers it"
    if _reported(doc, sentence, candidate.category):
        return "it reports or weighs a claim, it does not make one"
    if _unanswered_question(doc, index):
        return "it is asked, not claimed"
    clause = doc.clause(candidate.start)
    prefix = doc.text[max(clause.start, candidate.start - 200) : candidate.start]
    suffix = doc.text[candidate.end : max(min(clause.end, candidate.end + 200), candidate.end)]
    if _prefix_negated(prefix, suffix):
        return NEGATED_BEFORE
    if _suffix_negated(suffix, candidate.category):
        return DENIED_AFTER
    if _hedged(prefix, suffix, candidate.category):
        return "hedged"
    if candidate.outcome_only and _promises_only_a_process(doc, candidate.start, candidate.end):
        return "it promises a process, not an outcome"
    if _honest_context(doc, candidate.category, candidate.start, candidate.end):
        return "an honest counterpart stands beside it"
    return None
