"""Disease and condition names, from a kept medical classification rather than a hand list.

``data/conditions.txt`` holds the heads of ICD-10-CM's descriptions and inclusion terms
(made by scripts/claims_conditions.py, which says what was left out and why). ``conditions``
finds them in a stretch of text by whole words, in British or American spelling and in the
plural, so "rebuilds worn cartilage in osteoarthritic knees" and "an option for COPD" name a
condition the same way "cures eczema" does. The lay words clinics use beside them ("hair loss",
"autoimmune", "back pain") stay in rules._DISEASES.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

CONDITIONS_FILE: Final = Path(__file__).with_name("data") / "conditions.txt"

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def _read() -> tuple[str, frozenset[tuple[str, ...]], int]:
    raw = CONDITIONS_FILE.read_bytes()
    terms = [
        line.strip()
        for line in raw.decode("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    keys = frozenset(tuple(term.split()) for term in terms)
    return hashlib.sha256(raw).hexdigest()[:16], keys, max(len(k) for k in keys)


# The digest is the vocabulary's part of SCREENER_VERSION: a new list is a new screener.
CONDITIONS_DIGEST, _TERMS, _LONGEST = _read()
# The words a term can start with: most words of a text are not one, and are passed at once.
_FIRST_WORDS = frozenset(term[0] for term in _TERMS)


@lru_cache(maxsize=65536)
def _spellings(word: str) -> tuple[str, ...]:
    """The word as written, in American spelling, and singular: the forms the list holds."""
    forms = [word]
    american = word.replace("aem", "em").replace("oed", "ed").replace("oes", "es")
    american = re.sub(r"our$", "or", american.replace("haem", "hem"))
    if american != word:
        forms.append(american)
    for form in list(forms):
        if form.endswith("ies") and len(form) > 5:
            forms.append(form[:-3] + "y")
        elif form.endswith("es") and len(form) > 5:
            forms.extend((form[:-2], form[:-1]))
        elif form.endswith("s") and not form.endswith(("ss", "is", "us")) and len(form) > 4:
            forms.append(form[:-1])
    return tuple(forms)


@lru_cache(maxsize=65536)
def _may_start(word: str) -> bool:
    return any(form in _FIRST_WORDS for form in _spellings(word))


@cache
def _heads() -> frozenset[tuple[str, ...]]:
    """Every term's words before its last, as written: a window whose first words are none of
    these is no term, whatever its last word (only the last word is read in other spellings)."""
    return frozenset(term[:-1] for term in _TERMS if len(term) > 1)


def conditions(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` that name a disease or condition, longest first at each
    word, never overlapping."""
    found = list(_WORD.finditer(text, start, len(text) if end is None else end))
    words = [m.group().lower().strip("'-") for m in found]
    heads = _heads()
    i = 0
    while i < len(words):
        if not _may_start(words[i]):
            i += 1
            continue
        for size in range(min(_LONGEST, len(words) - i), 0, -1):
            head = tuple(words[i : i + size - 1])
            if head and head not in heads:
                continue
            if any((*head, form) in _TERMS for form in _spellings(words[i + size - 1])):
                yield found[i].start(), found[i + size - 1].end()
                i += size
                break
        else:
            i += 1
