"""`screen(text)`: every recognizer's proposals, kept when the context step lets them stand;
`explain(text)`: the same decisions, kept or dropped, with their reasons."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from . import encoder, rules_es, rules_tr
from .categories import REASONS, Flag, rank
from .context import (
    ALREADY_FLAGGED,
    COVERED_BY_A_RULE,
    DENIED_AFTER,
    DENIED_IN_ITS_SENTENCE,
    DOUBTED_BY_THE_ENCODER,
    NEGATED_BEFORE,
    dropped_because,
    holds_same_kind,
    overlaps_same_kind,
    set_aside_by_rules,
)
from .finders import _Candidate
from .foreign import LANGUAGES, Language, prefiltered, proposals
from .prefilter import FOREIGN, register
from .recognizers import RECOGNIZERS
from .text import _Doc

# Spanish and Turkish: their own rules and context words (foreign.py); English is the default.
_FOREIGN: dict[str, Language] = {"es": rules_es.LANGUAGE, "tr": rules_tr.LANGUAGE}
# Their rules are read for the prefilter at import, like the English ones, so that
# data/needles.json keeps them too.
register(
    *(pattern for language in _FOREIGN.values() for pattern in prefiltered(language)),
    registry=FOREIGN,
)


def _foreign(language: str) -> Language | None:
    """The rules of a language other than English; None for English."""
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    return _FOREIGN.get(language)


@dataclass(frozen=True, slots=True)
class Decision:
    """One phrase a recognizer proposed, and what the context step decided about it."""

    category: str
    start: int
    end: int
    match: str
    origin: str  # the rule, finder or exemplar behind the proposal
    kept: bool
    why: str  # for a dropped phrase, the context that dropped it
    recognizer: str = ""
    score: float | None = None  # the semantic layer's similarity to its exemplar
    probability: float | None = None  # the trained encoder's that its passage makes a claim


DENIALS = (NEGATED_BEFORE, DENIED_AFTER)

# A proposal as read: its recognizer, the phrase, why it was dropped (None: it stands) and the
# trained encoder's probability (None where it did not read it).
_Read = tuple[str, _Candidate, str | None, float | None]


# The trained encoder's own flags: their recognizer and origin in `explain`.
ENCODER = "trained encoder"


def _proposals(doc: _Doc) -> list[_Read]:
    """Every recognizer's proposals with the reason each was dropped (None: it stands), and for
    each that the context step let stand, the trained encoder's probability that its passage
    makes a claim; then the encoder's own flags."""
    read = _read_in_context(doc)
    if not encoder.ENABLED:
        return [(name, c, why, None) for name, c, why in read]
    decided = [
        (name, c, why, None) if why is not None else _second_reading(doc, name, c)
        for name, c, why in read
    ]
    return decided + _encoder_flags(doc, decided)


def _second_reading(doc: _Doc, name: str, candidate: _Candidate) -> _Read:
    """A phrase the context step let stand, read again by the trained encoder: it stands when
    the encoder finds a claim of some kind in its passage with a probability of at least
    encoder.KEEP_FROM."""
    kept, probability = encoder.keeps(encoder.passage(doc, candidate.start, candidate.end))
    return name, candidate, None if kept else DOUBTED_BY_THE_ENCODER, probability


def _encoder_flags(doc: _Doc, decided: list[_Read]) -> list[_Read]:
    """The encoder's own flags: each category whose probability reaches encoder.ADD_FROM in a
    passage it reads, over that passage's span. The encoder read the passage whole, hedges,
    warnings and reported speech with it, so the context step does not read it again (on the
    dev split each of its readings took back more true claims than false flags, docs/claims.md,
    session 32), with one exception: where a rule reads the same kind of claim inside the span
    and finds it denied ("No procedure is risk-free": the encoder sees "risk-free", the rule
    sees the "No"). Set aside, too, where a flag of the category already stands in the span,
    whose span is the precise one."""
    refused = [c for _, c, why, _ in decided if why in DENIALS and c.score is None]
    standing = [c for _, c, why, _ in decided if why is None]
    found: list[_Read] = []
    for start, end, passage in encoder.readings(doc):
        for category, probability in encoder.probabilities(passage).items():
            if probability < encoder.ADD_FROM:
                continue
            candidate = _Candidate(category, start, end, origin=ENCODER)
            why = None
            if holds_same_kind(candidate, refused):
                why = DENIED_IN_ITS_SENTENCE
            elif overlaps_same_kind(candidate, standing):
                why = ALREADY_FLAGGED
            found.append((ENCODER, candidate, why, probability))
    return found


def _read_in_context(doc: _Doc) -> list[tuple[str, _Candidate, str | None]]:
    """Every recognizer's proposals with the reason the context step dropped each (None: it
    stands)."""
    decided = [
        (recognizer.name, candidate, dropped_because(doc, candidate))
        for recognizer in RECOGNIZERS
        for candidate in recognizer.propose(doc)
    ]
    denied: dict[tuple[int, str], int] = {}  # (sentence, category) -> where its first denial ends
    for _, c, why in decided:
        if why in DENIALS:
            key = (doc.sentence_index(c.start), c.category)
            denied[key] = min(denied.get(key, c.end), c.end)
    # a whole sentence that resembles a claim but denies it where a rule reads the claim's words
    # ("Fat grafting is not permanent" beside the exemplar "Fat grafting is permanent": the
    # vectors do not see the "not")
    refused = [c for _, c, why in decided if why in DENIALS and c.score is None]
    set_aside = [c for _, c, why in decided if why is not None and c.score is None]

    def read_in_its_sentence(c: _Candidate, why: str | None) -> str | None:
        if why is not None:
            return why
        if _denied(doc, c, denied):
            return DENIED_IN_ITS_SENTENCE
        if c.score is not None:  # a resemblance, read against the rules' phrases inside it
            return set_aside_by_rules(c, refused, set_aside)
        return None

    decided = [(name, c, read_in_its_sentence(c, why)) for name, c, why in decided]
    # a resemblance spans a whole sentence; where a rule flags the same category inside it, the
    # rule's precise span is the flag
    ruled = [c for _, c, why in decided if why is None and c.score is None]
    return [
        (
            name,
            c,
            COVERED_BY_A_RULE
            if why is None and c.score is not None and overlaps_same_kind(c, ruled)
            else why,
        )
        for name, c, why in decided
    ]


def _denied(doc: _Doc, candidate: _Candidate, denied: dict[tuple[int, str], int]) -> bool:
    """A sentence that denies a kind of claim ("the results are not immediate") does not make
    it with its next phrase of that kind ("by the next day the swelling had gone"): a denial
    reaches forward only, so a claim made first stands ("no contraindications, so anyone can
    book"). Not for cell sources: denying one names another ("from donated placentas, it is
    not embryonic")."""
    denial_ends = denied.get((doc.sentence_index(candidate.start), candidate.category))
    return (
        candidate.category != "unverified_source"
        and denial_ends is not None
        and denial_ends <= candidate.start
    )


def explain(text: str, language: str = "en") -> tuple[Decision, ...]:
    """Every phrase proposed in `text`, in order, kept or dropped with the reason: the
    decisions behind `screen(text)` (which merges the kept ones that touch). `language` is
    "en" (the default), "es" or "tr"."""
    foreign = _foreign(language)
    if not text or not text.strip():
        return ()
    # (recognizer, the phrase proposed, why it was dropped or None, similarity or None,
    # the encoder's probability or None)
    found: Iterable[tuple[str, Any, str | None, float | None, float | None]]
    if foreign is not None:
        found = (
            ("rules" if p.score is None else "semantic", p, p.why, p.score, None)
            for p in proposals(text, foreign)
        )
    else:
        found = (
            (name, c, why, c.score, probability)
            for name, c, why, probability in _proposals(_Doc(text))
        )
    decisions = [
        Decision(
            c.category,
            c.start,
            c.end,
            text[c.start : c.end],
            c.origin,
            why is None,
            why or "",
            recognizer=name,
            score=score,
            probability=probability,
        )
        for name, c, why, score, probability in found
    ]
    return tuple(sorted(decisions, key=lambda d: (d.start, -(d.end - d.start), rank(d.category))))


@dataclass(frozen=True, slots=True)
class FlagReasons:
    """One flag as a curator reads it: its phrase, and every kept proposal that raised it."""

    category: str
    match: str
    decisions: tuple[Decision, ...]

    @property
    def veto_probability(self) -> float | None:
        """The trained encoder's probability that the flag's passage makes a claim, when every
        proposal inside the flag was read on that one passage (said once, not once a rule);
        None otherwise, each proposal then carrying its own."""
        if len(self.decisions) < 2 or any(d.recognizer == ENCODER for d in self.decisions):
            return None
        read = {d.probability for d in self.decisions}
        return read.pop() if len(read) == 1 else None


def why_flagged(flags: Iterable[Flag], decisions: Iterable[Decision]) -> tuple[FlagReasons, ...]:
    """Each flag with the kept proposals inside its span: one entry for "100% guaranteed" naming
    the three rules and finders that read it, rather than one entry for each. A kept proposal
    that falls in no flag of its kind (a flag stored by another version) is an entry of its
    own."""
    kept = [d for d in decisions if d.kept]
    placed: set[int] = set()
    reasons = []
    for flag in flags:
        inside = [
            i
            for i, d in enumerate(kept)
            if d.category == flag.category and flag.start <= d.start and d.end <= flag.end
        ]
        if inside:
            placed.update(inside)
            reasons.append(FlagReasons(flag.category, flag.match, tuple(kept[i] for i in inside)))
    reasons += [
        FlagReasons(d.category, d.match, (d,)) for i, d in enumerate(kept) if i not in placed
    ]
    return tuple(reasons)


def why_not_flagged(text: str, decisions: Iterable[Decision]) -> tuple[Decision, ...]:
    """The dropped proposals as a curator reads them: overlapping phrases of one category dropped
    for the same reason (and, where the encoder read them, at the same probability) are one
    phrase, from the first one's start to the last one's end ("Beware of clinics that promise
    100% guaranteed results": one entry, not one for each of the three rules and the finder)."""
    merged: list[Decision] = []
    for d in sorted((d for d in decisions if not d.kept), key=lambda d: (d.start, -d.end)):
        for i, m in enumerate(merged):
            alike = (m.category, m.why, m.probability) == (d.category, d.why, d.probability)
            if alike and d.start < m.end:
                end = max(m.end, d.end)
                merged[i] = replace(m, end=end, match=text[m.start : end])
                break
        else:
            merged.append(d)
    return tuple(merged)


def _joins(text: str, previous: _Candidate, candidate: _Candidate) -> bool:
    return candidate.start <= previous.end or not text[previous.end : candidate.start].strip()


def screen(text: str, language: str = "en") -> tuple[Flag, ...]:
    """Red-flag phrases in `text`, ordered by position; at most one flag per category per span.
    `language` is "en" (the default), "es" or "tr"; reasons are in English either way."""
    foreign = _foreign(language)
    if not text or not text.strip():
        return ()
    if foreign is not None:
        standing = {
            _Candidate(p.category, p.start, p.end)
            for p in proposals(text, foreign)
            if p.why is None
        }
        return _flags(text, text, standing)
    doc = _Doc(text)
    return _flags(text, doc.text, {c for _, c, why, _ in _proposals(doc) if why is None})


def _flags(text: str, normalised: str, standing: set[_Candidate]) -> tuple[Flag, ...]:
    """The standing proposals as flags, touching ones of a category merged into one."""
    candidates = sorted(
        standing,
        key=lambda c: (c.start, -(c.end - c.start), rank(c.category)),
    )
    kept: list[_Candidate] = []
    latest: dict[str, int] = {}  # category -> index in `kept` of its last flag
    for candidate in candidates:
        index = latest.get(candidate.category)
        if index is not None and _joins(normalised, kept[index], candidate):
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
