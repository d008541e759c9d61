"""The recognizers: everything that proposes a phrase as a claim, behind one interface.

Shaped like Presidio's analyzer: each recognizer only proposes (a category, a span and where
the proposal came from); whether a proposal stands is decided afterwards, for all of them
alike, by the context step (``context.py``). A new way of finding claims is a new recognizer
in ``RECOGNIZERS``; it inherits negation, warnings, hedges and reported speech for free.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Protocol

from .finders import (
    _Candidate,
    _find_disease_claims,
    _find_emphatic_will,
    _find_fda_claims,
    _find_rule_matches,
    _find_source_referred_back,
    _find_success_odds,
    _find_track_record,
    _find_treatment_offers,
)
from .semantic import SemanticRecognizer
from .text import _Doc


class Recognizer(Protocol):
    @property
    def name(self) -> str: ...

    def propose(self, doc: _Doc) -> Iterable[_Candidate]: ...


@dataclass(frozen=True, slots=True)
class PatternRecognizer:
    """Rules and finders: patterns over the text, each proposal naming the rule behind it."""

    name: str
    find: Callable[[_Doc], Iterator[_Candidate]]

    def propose(self, doc: _Doc) -> Iterator[_Candidate]:
        return self.find(doc)


RECOGNIZERS: Final[tuple[Recognizer, ...]] = (
    PatternRecognizer("rules", _find_rule_matches),
    PatternRecognizer("disease claims", _find_disease_claims),
    PatternRecognizer("treatment offers", _find_treatment_offers),
    PatternRecognizer("FDA endorsement", _find_fda_claims),
    PatternRecognizer("success odds", _find_success_odds),
    PatternRecognizer("emphatic WILL", _find_emphatic_will),
    PatternRecognizer("track record", _find_track_record),
    PatternRecognizer("source referred back", _find_source_referred_back),
    SemanticRecognizer(),
)
