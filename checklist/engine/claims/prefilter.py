"""Speed only, never a decision: run only the alternatives of a pattern that can match a text.

A rule's pattern is an alternation of dozens of phrases, and the regex engine tries each one at
every word of every text. An alternative whose needles (needles.py: the fixed strings each of
its matches holds) are missing from a text cannot match it, so only the others are run, alone
or merged back into the order the whole pattern would find them in. The matches, their order
and their spans are the whole pattern's (tests/checklist/test_claims_prefilter.py holds them
equal on every labelled set and on random texts): this module changes how fast the screener
is, never what it says.

Which needles a text holds is worked out once per text for every pattern at once
(``Presence``), from an index of the needles by three of their characters.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Container, Iterator
from pathlib import Path
from typing import Final

from .needles import CASE_SPECIALS, Requirement, read, trigram, write_store

# "To the end of the text", as re reads an endpos past it.
_END: Final = sys.maxsize
# A decimal digit that is not 0-9, as \d reads it.
_OTHER_DIGIT: Final = re.compile(r"(?![0-9])\d")


class Alternation:
    """A compiled pattern read as its top-level alternatives, each with what it requires."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        reading = read(pattern)
        self.sources = reading.sources
        self.requirements = reading.requirements
        self.separable = reading.separable
        self.digits = reading.digits
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.sources)

    def alternative(self, index: int) -> re.Pattern[str]:
        """One alternative as a pattern of its own, compiled when it is first run."""
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = re.compile(self.sources[index], self.pattern.flags)
        return compiled


_Key = tuple[str, ...]  # three characters, looked up in a text's set of them


class _Registry:
    """Every pattern read for its alternatives, and one index of all their needles."""

    def __init__(self) -> None:
        # by id: hashing a compiled pattern reads its whole code, each time (the registry keeps
        # every pattern it reads, so an id is never another pattern's)
        self.alternations: dict[int, Alternation] = {}
        self.units: list[tuple[int, int]] = []  # (pattern's id, its alternative) by number
        # what an alternative requires beyond its first requirement, checked once that is met
        self.further: list[tuple[Requirement, ...]] = []
        self.always: list[int] = []  # alternatives that require nothing
        # the needles of first requirements by their rarest three characters: those units a
        # text holding a key certainly needs (the needle is the key), and needles to look for
        self._by_key: dict[_Key, tuple[list[int], list[tuple[str, list[int]]]]] = {}
        self._keys: frozenset[_Key] = frozenset()
        self._short: dict[str, list[int]] = {}  # needles of one or two characters

    def add(self, pattern: re.Pattern[str]) -> Alternation:
        alternation = self.alternations.get(id(pattern))
        if alternation is not None:
            return alternation
        alternation = self.alternations[id(pattern)] = Alternation(pattern)
        for index, requirements in enumerate(alternation.requirements):
            unit = len(self.units)
            self.units.append((id(pattern), index))
            self.further.append(requirements[1:])
            if not requirements:
                self.always.append(unit)
            for needle in sorted(requirements[0] if requirements else ()):
                if len(needle) < 3:
                    self._short.setdefault(needle, []).append(unit)
                    continue
                sure, checked = self._by_key.setdefault(tuple(trigram(needle)), ([], []))
                if len(needle) == 3:
                    sure.append(unit)
                elif needle in (n for n, _ in checked):
                    next(units for n, units in checked if n == needle).append(unit)
                else:
                    checked.append((needle, [unit]))
        self._keys = frozenset(self._by_key)
        return alternation

    def alive(self, probe: str) -> dict[int, list[int]]:
        """By pattern id, the alternatives that can match a text whose lowercased form is
        ``probe``, in the pattern's order (a pattern with none is left out)."""
        found = set(self.always)
        by_key = self._by_key
        for key in self._keys.intersection(zip(probe, probe[1:], probe[2:], strict=False)):
            sure, checked = by_key[key]
            found.update(sure)
            for needle, units in checked:
                if needle in probe:
                    found.update(units)
        for needle, units in self._short.items():
            if needle in probe:
                found.update(units)
        alive: dict[int, list[int]] = {}
        further, every = self.further, self.units
        for unit in sorted(found):
            if not further[unit] or _meets(probe, further[unit]):
                pattern, index = every[unit]
                if pattern in alive:
                    alive[pattern].append(index)
                else:
                    alive[pattern] = [index]
        return alive


def _meets(probe: str, requirements: tuple[Requirement, ...]) -> bool:
    for requirement in requirements:
        for needle in requirement:
            if needle in probe:
                break
        else:
            return False
    return True


_REGISTRY: Final = _Registry()
# Spanish and Turkish patterns in a registry of their own: an English text's presence need not
# look for their needles, nor a folded Spanish or Turkish text's for the English ones.
FOREIGN: Final = _Registry()


def register(*patterns: re.Pattern[str], registry: _Registry = _REGISTRY) -> None:
    """Read these patterns for their alternatives' needles (at import, once)."""
    for pattern in patterns:
        registry.add(pattern)


_NONE_ALIVE: Final[list[int]] = []


class Presence:
    """Which alternatives of the registered patterns can match one text, worked out once."""

    __slots__ = ("_alive", "_count", "_lower", "_registry", "_unsure")

    def __init__(self, lower: str, registry: _Registry = _REGISTRY) -> None:
        self._lower = lower
        self._registry = registry
        self._count = len(registry.units)
        self._alive = registry.alive(lower)
        # Needles are ASCII where the letters or digits they stand for need not be: a text with
        # a letter matching an ASCII one under IGNORECASE ("ſ") or another decimal digit ("٣")
        # runs whole the patterns that could be misread.
        self._unsure = (
            None
            if lower.isascii()
            else (not CASE_SPECIALS.isdisjoint(lower), _OTHER_DIGIT.search(lower) is not None)
        )

    def _indices(self, pattern: re.Pattern[str]) -> list[int] | None:
        """The pattern's alternatives that can match (None: any of them)."""
        registry = self._registry
        if self._unsure is not None and _misread(registry, pattern, *self._unsure):
            return None
        found = self._alive.get(id(pattern))
        if found is None:
            if self._count != len(registry.units) or id(pattern) not in registry.alternations:
                # a pattern read since this text was (or never): read it, then the text again
                registry.add(pattern)
                self._read_again()
                return self._indices(pattern)
            return _NONE_ALIVE
        return found

    def possible(self) -> Container[int] | None:
        """The ids of the read patterns that can match the text (None: any of them may, in a
        text whose letters or digits their needles may misread). A loop over many patterns
        passes the others here without a call each."""
        if self._unsure is not None:
            return None
        if self._count != len(self._registry.units):  # patterns read since this text was
            self._read_again()
        return self._alive

    def _read_again(self) -> None:
        """The text read for every pattern the registry holds now."""
        self._alive = self._registry.alive(self._lower)
        self._count = len(self._registry.units)

    def alive(self, pattern: re.Pattern[str]) -> tuple[Alternation, list[int] | None]:
        """The pattern as read, and its alternatives that can match (None: any of them)."""
        indices = self._indices(pattern)
        return self._registry.alternations[id(pattern)], indices

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False when ``pattern`` cannot match the text, nor any part of it."""
        return self._indices(pattern) != []

    def finditer(
        self, pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = _END
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``, with only the alternatives that can match
        run. ``text`` is the text this presence is of, its lowercased form, or a part of
        either: nothing else (a string made from it may hold what the text does not)."""
        alive = self._indices(pattern)
        if alive is None:
            return pattern.finditer(text, pos, endpos)
        if not alive:
            return iter(())
        alternation = self._registry.alternations[id(pattern)]
        if not alternation.separable or len(alive) == len(alternation.sources):
            return pattern.finditer(text, pos, endpos)
        if len(alive) == 1:
            return alternation.alternative(alive[0]).finditer(text, pos, endpos)
        return _merged([alternation.alternative(i) for i in alive], text, pos, endpos)

    def search(
        self, pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = _END
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``, as ``finditer`` (and on the same texts)."""
        alive = self._indices(pattern)
        if alive is None:
            return pattern.search(text, pos, endpos)
        if not alive:
            return None
        alternation = self._registry.alternations[id(pattern)]
        if not alternation.separable or len(alive) == len(alternation.sources):
            return pattern.search(text, pos, endpos)
        if len(alive) == 1:
            return alternation.alternative(alive[0]).search(text, pos, endpos)
        alternatives = [alternation.alternative(i) for i in alive]
        return next(_merged(alternatives, text, pos, endpos), None)


def _misread(registry: _Registry, pattern: re.Pattern[str], letters: bool, digits: bool) -> bool:
    """Whether the needles of ``pattern`` may miss a text with such letters or digits."""
    return bool(letters and pattern.flags & re.IGNORECASE) or (
        digits and registry.add(pattern).digits
    )


def _merged(
    alternatives: list[re.Pattern[str]], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """The matches of "a|b|c" from those of a, b and c (none matching empty), as the regex
    engine finds them: the leftmost match, of the earliest alternative matching there, then on
    from its end."""
    pending = [p.search(text, pos, endpos) for p in alternatives]
    while True:
        best: re.Match[str] | None = None
        for i, found in enumerate(pending):
            if found is not None and found.start() < pos:
                found = pending[i] = alternatives[i].search(text, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        if best is None:
            return
        yield best
        pos = best.end()


def registered() -> list[re.Pattern[str]]:
    """Every pattern read so far (at import: the rules' and finders', English, Spanish and
    Turkish)."""
    return [
        alternation.pattern
        for registry in (_REGISTRY, FOREIGN)
        for alternation in registry.alternations.values()
    ]


def write_needles() -> Path:
    """Write data/needles.json for the screener's patterns (needles.write_store)."""
    return write_store(registered())
