"""Needles: the fixed strings a match of a pattern must hold, read from the pattern itself.

An alternative of a rule needs certain strings to be in the text ("guarant" for
``\\bguarant\\w*``; "for" and "sure" for ``\\bfor\\s+sure\\b``): where they are missing, it
cannot match (prefilter.py runs only the alternatives that can). They are read by the standard
library's own parser of regular expressions, never written by hand; what the reading does not
know gives no needle, and an alternative without needles is always run. A needle only has to be
in every match: which of several a pattern is given (the rarer, the fewer alternatives run) is
speed, never a decision.

Reading all the screener's patterns takes a tenth of a second, so what they require is kept in
``data/needles.json`` by pattern, and read there when a process starts; a pattern not found
there (an edited rule) is read at once, and tests/checklist/test_claims_prefilter.py asks for
the file to be written again (``write_store``).
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

# The standard library's reader of regular expressions (re.compile parses with it).
_sre: Any = importlib.import_module("re._parser")

STORE: Final = Path(__file__).with_name("data") / "needles.json"
# At most this many strings are spelled out for a fixed stretch of a pattern ("p[ae]rm[ae]n"
# is four), and at most this many stand for one requirement (a choice of many words).
_MOST_SPELLINGS: Final = 24
_MOST_NEEDLES: Final = 64
# At most this many requirements are checked per alternative: the rarest.
_MOST_REQUIREMENTS: Final = 3
# Under IGNORECASE these match an ASCII letter without lower-casing to one (the lower case of
# "İ" is two characters, which _Doc.lower does not use): a text with one runs such patterns whole.
CASE_SPECIALS: Final = frozenset("İıſ")
# How often a string is in text like the screener's: the exemplar bank, lowercased. It only
# orders the needles (the rarer, the fewer alternatives run), never decides a match.
_REFERENCE: Final = Path(__file__).with_name("data") / "exemplars.tsv"

Requirement = frozenset[str]  # a match holds at least one of these strings


@dataclass(frozen=True, slots=True)
class Reading:
    """A pattern read as its top-level alternatives, each with what it requires."""

    sources: tuple[str, ...]
    # per alternative: every requirement must be met, each by one of its strings
    requirements: tuple[tuple[Requirement, ...], ...]
    # an alternative is run alone only where a match is no more than its start and end: no
    # group to read, never empty (finditer steps over an empty match in its own way)
    separable: bool
    # its needles read \d as 0-9: a text with other decimal digits ("٣") runs it whole
    digits: bool = False


def read(pattern: re.Pattern[str], stored: bool = True) -> Reading:
    """What ``pattern``'s alternatives require; from ``data/needles.json`` where it is there."""
    kept = _kept(pattern) if stored else None
    if kept is not None:
        return kept
    sources, parsed = _alternatives(pattern)
    every, digits = _every(pattern)
    return Reading(
        sources,
        tuple(tuple(sorted(each, key=_cost)[:_MOST_REQUIREMENTS]) for each in every),
        len(sources) > 1
        and pattern.groups == 0
        and all(p is not None and p.getwidth()[0] > 0 for p in parsed),
        digits,
    )


def _alternatives(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], list[Any]]:
    """The pattern's top-level alternatives and their parses (the whole pattern as one where
    an alternative cannot be read alone)."""
    sources = split(pattern.pattern)
    parsed = [_parse(source, pattern.flags) for source in sources]
    if len(sources) == 1 or any(p is None for p in parsed):
        return (pattern.pattern,), [_parse(pattern.pattern, pattern.flags)]
    return tuple(sources), parsed


def _every(pattern: re.Pattern[str]) -> tuple[list[set[Requirement]], bool]:
    """Per alternative, every requirement the reading finds (``read`` keeps the rarest), and
    whether it read \\d as 0-9."""
    folded = bool(pattern.flags & re.IGNORECASE)
    reading = _Reading()
    every = [
        set()
        if parsed is None
        else {
            r
            for found in reading.requirements(parsed)
            if (m := _minimal(found)) is not None and (r := _for_lowercased(m, folded)) is not None
        }
        for parsed in _alternatives(pattern)[1]
    ]
    return every, reading.digits


def _kept(pattern: re.Pattern[str]) -> Reading | None:
    """``pattern`` as ``data/needles.json`` keeps it, if it does (and in this shape)."""
    entry = _stored()["patterns"].get(_store_key(pattern))
    if entry is None or entry.keys() != {"whole", "separable", "digits", "requirements"}:
        return None
    sources = (pattern.pattern,) if entry["whole"] else tuple(split(pattern.pattern))
    requirements = tuple(tuple(frozenset(r) for r in each) for each in entry["requirements"])
    if len(sources) != len(requirements):
        return None
    return Reading(sources, requirements, entry["separable"], entry["digits"])


def stored_soundly(pattern: re.Pattern[str]) -> bool:
    """Whether ``data/needles.json`` keeps ``pattern`` as the reading reads it now: the same
    alternatives, each kept requirement one the reading finds (which ones are the rarest
    changes with the exemplar bank, and any of them is sound)."""
    kept = _kept(pattern)
    if kept is None:
        return False
    fresh = read(pattern, stored=False)
    every, _ = _every(pattern)
    return (
        kept.sources == fresh.sources
        and kept.separable == fresh.separable
        and kept.digits == fresh.digits
        and all(set(k) <= e for k, e in zip(kept.requirements, every, strict=True))
    )


def _store_key(pattern: re.Pattern[str]) -> str:
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:16]


def trigram(needle: str, stored: bool = True) -> str:
    """The three characters a needle is looked up by: its rarest (any would do: a text with
    the needle has them all)."""
    kept: str | None = _stored()["keys"].get(needle) if stored else None
    if kept is not None and len(kept) == 3 and kept in needle:
        return kept
    return min((needle[i : i + 3] for i in range(len(needle) - 2)), key=_frequency)


@cache
def _stored() -> dict[str, Any]:
    try:
        stored: dict[str, Any] = json.loads(STORE.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"patterns": {}, "keys": {}}
    return stored


def write_store(patterns: Iterable[re.Pattern[str]]) -> Path:
    """Keep what ``patterns`` (the screener's: prefilter.registered()) require in
    ``data/needles.json``, read afresh: ``.venv/bin/python -c "from checklist.engine.claims
    import prefilter; prefilter.write_needles()"``"""
    entries, keys = {}, {}
    for pattern in patterns:
        reading = read(pattern, stored=False)
        entries[_store_key(pattern)] = {
            "whole": reading.sources == (pattern.pattern,),
            "separable": reading.separable,
            "digits": reading.digits,
            "requirements": [[sorted(r) for r in each] for each in reading.requirements],
        }
        for each in reading.requirements:  # the first requirement is what is looked up
            keys.update(
                {n: trigram(n, stored=False) for n in each[0] if len(n) >= 3} if each else {}
            )

    def lines(items: dict[str, Any]) -> str:  # one entry a line: a changed rule is one line
        dumped = (f"  {_dump(k)}: {_dump(v)}" for k, v in sorted(items.items()))
        return "{\n" + ",\n".join(dumped) + "\n }"

    text = f'{{\n "keys": {lines(keys)},\n "patterns": {lines(entries)}\n}}\n'
    STORE.write_text(text, encoding="utf-8")
    return STORE


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


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
_DIGITS: Final = "0123456789"


class _Reading:
    """What the parse of one alternative requires of a text. A compound item is read once,
    however often it is asked about (by id: the parse is alive while it is read)."""

    def __init__(self) -> None:
        self.digits = False  # whether \d was read as 0-9
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
            if av == [(_sre.CATEGORY, _sre.CATEGORY_DIGIT)]:
                self.digits = True  # \d: any decimal digit; prefilter.py minds the others
                return set(_DIGITS)
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
    one turn the prefilter off for the text: CASE_SPECIALS); without it, its other letters
    must be their own lower case."""
    if folded and not all(c.isascii() or _caseless(c) for s in requirement for c in s):
        return None
    if not all(c.isascii() or c.lower() == c for s in requirement for c in s):
        return None
    return _minimal(frozenset(s.lower() for s in requirement))


def _caseless(c: str) -> bool:
    """Punctuation and spaces ("–", "—", "…"): no letter is one of them in another case."""
    return unicodedata.category(c)[0] in "PZ"


def _parse(source: str, flags: int) -> Any:
    """The parse of one alternative, or None where it cannot be read alone (a flag set inline
    for the whole pattern, or a reference to a group of another alternative)."""
    try:
        parsed = _sre.parse(source, flags)
    except re.error:
        return None
    return parsed if parsed.state.flags == flags else None
