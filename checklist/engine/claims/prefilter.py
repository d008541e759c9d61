"""Speed only, never a decision: which alternatives of a pattern can match a text at all.

A rule's pattern is an alternation of dozens of phrases, and the regex engine tries each one at
every word of every text. But an alternative needs certain fixed strings, its needles, to be in
the text ("guarant" for ``\\bguarant\\w*``; "for" and "sure" for ``\\bfor\\s+sure\\b``): where
they are missing it cannot match, and only the alternatives that can are run. The needles are
read from the pattern itself, by the standard library's own parser, never written by hand, so an
edited rule needs nothing here; what the reading does not know gives no needle, and an
alternative without needles is always run. The matches, their order and their spans are the
whole pattern's (tests/checklist/test_claims_prefilter.py holds them equal on every labelled
set): this module changes how fast the screener is, never what it says.

Which needles a text holds is worked out once per text for every pattern at once
(``Presence``), from an index of the needles by their first three characters.
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Final

# The standard library's reader of regular expressions (re.compile parses with it).
_sre: Any = importlib.import_module("re._parser")

# "To the end of the text", as re reads an endpos past it.
_END: Final = sys.maxsize
# At most this many strings are spelled out for a fixed stretch of a pattern ("p[ae]rm[ae]n"
# is four), and at most this many stand for one requirement (a choice of many words).
_MOST_SPELLINGS: Final = 24
_MOST_NEEDLES: Final = 64
# At most this many requirements are checked per alternative: the rarest.
_MOST_REQUIREMENTS: Final = 3
# Under IGNORECASE these match an ASCII letter without lower-casing to one (the lower case of
# "İ" is two characters, which _Doc.lower does not use); a text with one runs every alternative.
_CASE_SPECIALS: Final = frozenset("İıſ")
# How often a string is in text like the screener's: the exemplar bank, lowercased. It only
# orders the needles (the rarer, the fewer alternatives run), never decides a match.
_REFERENCE: Final = Path(__file__).with_name("data") / "exemplars.tsv"

Requirement = frozenset[str]  # a match holds at least one of these strings


@cache
def _reference() -> str:
    lines = _REFERENCE.read_text(encoding="utf-8").lower().splitlines()[1:]
    return "\n".join(line.split("\t")[2] for line in lines if line.count("\t") >= 3)


@cache
def _trigrams() -> Counter[tuple[str, ...]]:
    reference = _reference()
    return Counter(zip(reference, reference[1:], reference[2:], strict=False))


@cache
def _frequency(needle: str) -> int:
    """About how often ``needle`` is in the reference: at most its rarest three characters'
    count (counting the needle itself would take a pass over the reference for each)."""
    needle = needle.lower()
    if len(needle) < 3:
        return _reference().count(needle)
    trigrams = _trigrams()
    return min(trigrams[tuple(needle[i : i + 3])] for i in range(len(needle) - 2))


def _cost(requirement: Requirement) -> tuple[int, int, list[str]]:
    return (sum(_frequency(n) + 1 for n in requirement), len(requirement), sorted(requirement))


# --- Reading a pattern ----------------------------------------------------------------------


# What the splitting steps over: an escape, a character class, and else a parenthesis or a bar.
_SYNTAX: Final = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def _top_level_bars(pattern: str) -> tuple[list[int], int]:
    """Where ``pattern`` has a "|" outside any group, and where its first group closes."""
    bars: list[int] = []
    first_close = -1
    depth = 0
    for token in _SYNTAX.finditer(pattern):
        c = token.group()
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0 and first_close < 0:
                first_close = token.start()
        elif c == "|" and depth == 0:
            bars.append(token.start())
    return bars, first_close


_BOUNDARY: Final = r"\b"


def split(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, "(?:a|b)|c" read as "a|b|c" (an ordered
    choice inside an ordered choice is one ordered choice)."""
    bars, _ = _top_level_bars(pattern)
    parts = [pattern[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(pattern)], strict=True)]
    units: list[str] = []
    for part in parts:
        # "\b(?:a|b)\b" is "\ba\b|\bb\b": a word boundary matches in one way or none, so
        # the engine tries a and b at a place in the same order either way
        before = _BOUNDARY if part.startswith(_BOUNDARY + "(?:") else ""
        after = (
            _BOUNDARY if part.endswith(_BOUNDARY) and not part.endswith("\\" + _BOUNDARY) else ""
        )
        group = part[len(before) : len(part) - len(after)]
        _, first_close = _top_level_bars(group)
        if group.startswith("(?:") and first_close == len(group) - 1:
            units.extend(before + unit + after for unit in split(group[3:-1]))
        else:
            units.append(part)
    return units


def _product(left: set[str], right: set[str]) -> set[str] | None:
    strings = {a + b for a in left for b in right}
    return strings if len(strings) <= _MOST_SPELLINGS else None


_REPEATS: Final = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_LETTERS: Final = object()  # a run of fixed characters, read as one string


class _Reading:
    """What the parse of one alternative requires of a text. A compound item is read once,
    however often it is asked about (by id: the parse is alive while it is read)."""

    def __init__(self) -> None:
        self._exact: dict[int, set[str] | None] = {}
        self._leading: dict[int, set[str] | None] = {}
        self._repeats = tuple(getattr(_sre, name) for name in _REPEATS)
        self._groups = (_sre.SUBPATTERN, _sre.BRANCH, _sre.ATOMIC_GROUP, *self._repeats)

    @staticmethod
    def _chunks(items: Iterable[tuple[Any, Any]]) -> Iterator[tuple[Any, Any]]:
        """The items, letters in a row as one string, without \\b and the like (they have no
        character of their own: the letters either side are next to each other)."""
        letters = ""
        for op, av in items:
            if op is _sre.LITERAL:
                letters += chr(av)
            elif op is not _sre.AT:
                if letters:
                    yield _LETTERS, letters
                    letters = ""
                yield op, av
        if letters:
            yield _LETTERS, letters

    def exact(self, items: Iterable[tuple[Any, Any]]) -> set[str] | None:
        """Every string a sequence of parsed items can match, when they are few and fixed."""
        strings: set[str] | None = {""}
        for op, av in self._chunks(items):
            item = self.exact_item(op, av)
            if item is None or strings is None:
                return None
            strings = _product(strings, item)
        return strings

    def exact_item(self, op: Any, av: Any) -> set[str] | None:
        if op is _LETTERS:
            return {av}
        if op is _sre.LITERAL:
            return {chr(av)}
        if op is _sre.IN:
            if len(av) <= 4 and all(o is _sre.LITERAL for o, _ in av):
                return {chr(a) for _, a in av}
            return None
        if op not in self._groups:
            return None
        if id(av) not in self._exact:
            self._exact[id(av)] = self._exact_compound(op, av)
        return self._exact[id(av)]

    def _exact_compound(self, op: Any, av: Any) -> set[str] | None:
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            return None if add_flags or del_flags else self.exact(inner)
        if op is _sre.BRANCH:
            strings: set[str] = set()
            for branch in av[1]:
                found = self.exact(branch)
                if found is None:
                    return None
                strings |= found
            return strings if len(strings) <= _MOST_SPELLINGS else None
        if op in self._repeats:
            least, most, inner = av
            once = self.exact(inner)
            if once is None or most > 2:
                return None
            repeats: set[str] = set()
            repeated: set[str] | None = {""}
            for times in range(most + 1):
                if repeated is None:
                    return None
                if times >= least:
                    repeats |= repeated
                repeated = _product(repeated, once)
            return repeats if len(repeats) <= _MOST_SPELLINGS else None
        return None

    def requirements(self, items: Iterable[tuple[Any, Any]]) -> list[Requirement]:
        """What a match of a sequence of parsed items must hold: every requirement, each met
        by one of its strings."""
        found: list[Requirement] = []
        run: set[str] = {""}  # the strings that the fixed items just read spell, in a row

        def close_run() -> None:
            nonlocal run
            if "" not in run:
                found.append(frozenset(run))
            run = {""}

        for op, av in self._chunks(items):
            exact = self.exact_item(op, av)
            if exact is not None:
                longer = _product(run, exact)
                if longer is None:
                    close_run()
                    longer = exact
                run = longer
                continue
            # "f(?:da|ood\s+and...)": the fixed strings a compound item starts with join the run
            lead = self.leading_item(op, av)
            if lead is not None and "" not in run and (joined := _product(run, lead)) is not None:
                found.append(frozenset(joined))
            close_run()
            found.extend(self._inner_requirements(op, av))
        close_run()
        return found

    def _inner_requirements(self, op: Any, av: Any) -> list[Requirement]:
        """What one compound item (a group, a choice, a repeat, a lookaround) needs."""
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            return [] if add_flags or del_flags else self.requirements(inner)
        if op is _sre.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                requirement = _best(self.requirements(branch))
                if requirement is None:
                    return []  # a branch that needs nothing: the choice needs nothing
                union |= requirement
            best = _minimal(frozenset(union))
            return [] if best is None else [best]
        if op in self._repeats:
            least, _, inner = av
            return self.requirements(inner) if least >= 1 else []
        if op is _sre.ATOMIC_GROUP:
            return self.requirements(av)
        if op is _sre.ASSERT:  # a lookahead or lookbehind reads the text too
            return self.requirements(av[1])
        return []  # a negative lookaround, a class, a category: nothing fixed

    def leading(self, items: Iterable[tuple[Any, Any]]) -> set[str] | None:
        """The fixed strings that every match of a sequence of parsed items starts with."""
        lead = {""}
        for op, av in self._chunks(items):
            item = self.exact_item(op, av)
            if item is None:
                item = self.leading_item(op, av)
                joined = None if item is None else _product(lead, item)
                lead = lead if joined is None else joined
                break
            joined = _product(lead, item)
            if joined is None:
                break
            lead = joined
        return None if "" in lead else lead

    def leading_item(self, op: Any, av: Any) -> set[str] | None:
        if op is _LETTERS or op is _sre.LITERAL or op is _sre.IN:
            return self.exact_item(op, av)
        if op not in self._groups:
            return None
        if id(av) not in self._leading:
            self._leading[id(av)] = self._leading_compound(op, av)
        return self._leading[id(av)]

    def _leading_compound(self, op: Any, av: Any) -> set[str] | None:
        if op is _sre.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            return None if add_flags or del_flags else self.leading(inner)
        if op is _sre.BRANCH:
            strings: set[str] = set()
            for branch in av[1]:
                found = self.leading(branch)
                if found is None:
                    return None
                strings |= found
            return strings if len(strings) <= _MOST_SPELLINGS else None
        if op in self._repeats:
            least, _, inner = av
            return self.leading(inner) if least >= 1 else None
        if op is _sre.ATOMIC_GROUP:
            return self.leading(av)
        return None


def _minimal(strings: frozenset[str]) -> Requirement | None:
    """The strings without those holding another ("percent" holds "per"): a text with the
    longer one has the shorter too. None when there is nothing to look for."""
    if not strings or "" in strings or len(strings) > _MOST_NEEDLES:
        return None
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _best(requirements: list[Requirement]) -> Requirement | None:
    usable = [m for r in requirements if (m := _minimal(r)) is not None]
    return min(usable, key=_cost) if usable else None


def _for_lowercased(requirement: Requirement, folded: bool) -> Requirement | None:
    """The requirement as read in the lowercased text (_Doc.lower), which holds the lower case
    of each letter of the text: where an ASCII string matches, its lower case is there. Under
    IGNORECASE a string must be ASCII or caseless (the few other letters matching an ASCII
    one turn the prefilter off for the text: _CASE_SPECIALS); without it, its other letters
    must be their own lower case."""
    if folded and not all(c.isascii() or _caseless(c) for s in requirement for c in s):
        return None
    if not all(c.isascii() or c.lower() == c for s in requirement for c in s):
        return None
    return _minimal(frozenset(s.lower() for s in requirement))


def _caseless(c: str) -> bool:
    """Punctuation and spaces ("–", "—", "…"): no letter is one of them in another case."""
    return unicodedata.category(c)[0] in "PZ"


# --- Running a pattern ----------------------------------------------------------------------


class Alternation:
    """A compiled pattern read as its top-level alternatives, each with what it requires."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.folded = bool(pattern.flags & re.IGNORECASE)
        sources = split(pattern.pattern)
        parsed = [_parse(source, pattern.flags) for source in sources]
        if len(sources) == 1 or any(p is None for p in parsed):
            sources, parsed = [pattern.pattern], [_parse(pattern.pattern, pattern.flags)]
        self.sources = tuple(sources)
        self.requirements = tuple(self._requirements_of(p) for p in parsed)
        # An alternative is run alone only where a match is no more than its start and end:
        # no group to read, never empty (finditer steps over an empty match in its own way).
        self.separable = (
            len(sources) > 1
            and pattern.groups == 0
            and all(p is not None and p.getwidth()[0] > 0 for p in parsed)
        )
        self._compiled: list[re.Pattern[str] | None] = [None] * len(sources)

    def _requirements_of(self, parsed: Any) -> tuple[Requirement, ...]:
        if parsed is None:
            return ()
        usable = {
            r
            for found in _Reading().requirements(parsed)
            if (m := _minimal(found)) is not None
            and (r := _for_lowercased(m, self.folded)) is not None
        }
        return tuple(sorted(usable, key=_cost)[:_MOST_REQUIREMENTS])

    def alternative(self, index: int) -> re.Pattern[str]:
        """One alternative as a pattern of its own, compiled when it is first run."""
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = re.compile(self.sources[index], self.pattern.flags)
        return compiled


def _parse(source: str, flags: int) -> Any:
    """The parse of one alternative, or None where it cannot be read alone (a flag set inline
    for the whole pattern, or a reference to a group of another alternative)."""
    try:
        parsed = _sre.parse(source, flags)
    except re.error:
        return None
    return parsed if parsed.state.flags == flags else None


_Key = tuple[str, ...]  # three characters, looked up in a text's set of them
_Units = tuple[int, ...]  # alternatives, by their number in the registry


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
                key = min(
                    (tuple(needle[i : i + 3]) for i in range(len(needle) - 2)),
                    key=lambda k: _trigrams()[k],
                )
                sure, checked = self._by_key.setdefault(key, ([], []))
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


def register(*patterns: re.Pattern[str]) -> None:
    """Read these patterns for their alternatives' needles (at import, once)."""
    for pattern in patterns:
        _REGISTRY.add(pattern)


_NONE_ALIVE: Final[list[int]] = []


class Presence:
    """Which alternatives of the registered patterns can match one text, worked out when a
    pattern is first run on it."""

    __slots__ = ("_alive", "_count", "_lower", "_specials")

    def __init__(self, lower: str) -> None:
        self._lower = lower
        self._count = -1
        self._alive: dict[int, list[int]] = {}
        self._specials = not lower.isascii() and not _CASE_SPECIALS.isdisjoint(lower)

    def _indices(self, pattern: re.Pattern[str]) -> list[int] | None:
        """The pattern's alternatives that can match (None: any of them)."""
        if self._specials and pattern.flags & re.IGNORECASE:
            return None
        if self._count != len(_REGISTRY.units):
            self._alive = _REGISTRY.alive(self._lower)
            self._count = len(_REGISTRY.units)
        found = self._alive.get(id(pattern))
        if found is None:
            if id(pattern) not in _REGISTRY.alternations:
                _REGISTRY.add(pattern)  # a pattern not registered at import: read it now
                return self._indices(pattern)
            return _NONE_ALIVE
        return found

    def alive(self, pattern: re.Pattern[str]) -> tuple[Alternation, list[int] | None]:
        """The pattern as read, and its alternatives that can match (None: any of them)."""
        indices = self._indices(pattern)
        return _REGISTRY.alternations[id(pattern)], indices

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
        alternation = _REGISTRY.alternations[id(pattern)]
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
        alternation = _REGISTRY.alternations[id(pattern)]
        if not alternation.separable or len(alive) == len(alternation.sources):
            return pattern.search(text, pos, endpos)
        if len(alive) == 1:
            return alternation.alternative(alive[0]).search(text, pos, endpos)
        alternatives = [alternation.alternative(i) for i in alive]
        return next(_merged(alternatives, text, pos, endpos), None)


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
