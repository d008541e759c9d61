"""The semantic layer: a sentence is proposed as a claim when it means what a known claim means.

Rules catch the wording they were written for; real clinics say the same thing in other words.
Beside the rules, every sentence is turned into a vector by a static embedding model that ships
inside its wheel (WordLlama's 256-dimension "l2_supercat": tokenizer and weights are files of
the installed package, loaded from there and never downloaded) and compared with a bank of
labelled exemplars (``data/exemplars.tsv``): red-flag sentences and honest look-alikes from
the synthetic set, the real corpus's dev split and curators' reviewed labels. A sentence is
proposed for a category when its nearest exemplar of that category is close enough (the
category's threshold) and closer than the nearest honest exemplar by a margin; the proposal
names that exemplar and the similarity, so ``--explain`` shows which known claim it resembles.
Its proposals pass the same context step as the rules' (negation, warnings, reported claims).

The bank's digest and the thresholds are part of SCREENER_VERSION: a changed bank is a new
screener. Vectors are centred on the bank's mean before comparison, which removes what every
sentence about stem cells shares and leaves what it says.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from .categories import CATEGORIES

if TYPE_CHECKING:
    from .finders import _Candidate
    from .text import _Doc

BANK_FILE: Final = Path(__file__).with_name("data") / "exemplars.tsv"
MODEL: Final = "wordllama 0.4.0.post1 l2_supercat 256d"

# Tuned on the dev split only, with each document's own exemplars held out (bench/claims.py
# --tune-semantic); the validation split is never looked at to choose them.
THRESHOLDS: Final[Mapping[str, float]] = MappingProxyType(dict.fromkeys(CATEGORIES, 0.60))
MARGIN: Final = 0.10
# Shorter texts are headings or fragments: too few words for a vector to mean anything.
MIN_WORDS: Final = 5


@dataclass(frozen=True, slots=True)
class Exemplar:
    id: str
    label: str  # "ok" or a category
    text: str
    origin: str  # where it came from: the synthetic set, a real document, a curator's label


def read_bank(raw: bytes) -> tuple[Exemplar, ...]:
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8")), delimiter="\t", quoting=csv.QUOTE_NONE)
    bank = tuple(Exemplar(r["id"], r["label"], r["text"], r["origin"]) for r in rows)
    unknown = {e.label for e in bank} - {"ok", *CATEGORIES}
    if unknown:
        raise ValueError(f"{BANK_FILE.name}: unknown labels {sorted(unknown)}")
    return bank


_BANK_BYTES: Final = BANK_FILE.read_bytes()
# Part of SCREENER_VERSION (version.py reads module-level data): the bank as it is on disk.
BANK_DIGEST: Final = hashlib.sha256(_BANK_BYTES).hexdigest()[:16]


@cache
def _model():  # type: ignore[no-untyped-def]  # wordllama ships no type information
    import wordllama  # loaded on first use: half a second, and only where text is screened

    package = Path(wordllama.__file__).parent
    return wordllama.WordLlama.load(cache_dir=package, disable_download=True)


@cache
def _index():  # type: ignore[no-untyped-def]
    import numpy as np

    bank = read_bank(_BANK_BYTES)
    vectors = _model().embed([e.text for e in bank], norm=True)
    centre = vectors.mean(axis=0)
    matrix = _centred(vectors, centre)
    labels = np.array([e.label for e in bank])
    columns = {label: (labels == label).nonzero()[0] for label in ("ok", *CATEGORIES)}
    return bank, matrix, {k: v for k, v in columns.items() if len(v)}, centre


def _centred(vectors, centre):  # type: ignore[no-untyped-def]
    import numpy as np

    shifted = vectors - centre
    norms = np.linalg.norm(shifted, axis=1, keepdims=True)
    return shifted / np.where(norms == 0, 1, norms)


@dataclass(frozen=True, slots=True)
class Resemblance:
    category: str
    exemplar: Exemplar
    score: float  # cosine similarity to the exemplar
    honest: float  # similarity to the nearest honest exemplar


def resemblances(
    texts: list[str],
    exclude: frozenset[str] = frozenset(),
    thresholds: Mapping[str, float] = THRESHOLDS,
    margin: float = MARGIN,
) -> list[list[Resemblance]]:
    """For each text, the categories whose nearest exemplar passes the threshold and the
    margin over the nearest honest one. ``exclude`` holds exemplar origins to leave out (a
    document's own sentences, when tuning on it); ``thresholds`` and ``margin`` are for
    tuning too."""
    if not texts:
        return []
    import numpy as np

    bank, matrix, columns, centre = _index()
    similarities = _centred(_model().embed(texts, norm=True), centre) @ matrix.T
    if exclude:
        held_out = [i for i, e in enumerate(bank) if e.origin in exclude]
        similarities[:, held_out] = -1.0
    rows = np.arange(len(texts))
    honest = (
        similarities[:, columns["ok"]].max(axis=1) if "ok" in columns else np.full(len(texts), -1.0)
    )
    found: list[list[Resemblance]] = [[] for _ in texts]
    for category in CATEGORIES:
        if category not in columns:
            continue
        mine = similarities[:, columns[category]]
        nearest = columns[category][mine.argmax(axis=1)]
        scores = similarities[rows, nearest]
        passing = (scores >= thresholds[category]) & (scores - honest >= margin)
        for i in passing.nonzero()[0]:
            found[i].append(
                Resemblance(
                    category,
                    bank[nearest[i]],
                    round(float(scores[i]), 3),
                    round(float(honest[i]), 3),
                )
            )
    return found


# Exemplar origins the recognizer leaves out: only for measuring on the bank's own documents
# (bench/claims.py holds a dev row's document out, so it cannot recognise itself).
_HELD_OUT: ContextVar[frozenset[str]] = ContextVar("held_out", default=frozenset())


@contextmanager
def held_out(*origins: str) -> Iterator[None]:
    token = _HELD_OUT.set(frozenset(origins))
    try:
        yield
    finally:
        _HELD_OUT.reset(token)


@dataclass(frozen=True, slots=True)
class SemanticRecognizer:
    """Proposes whole sentences that resemble a known claim (see the module's docstring)."""

    name: str = "semantic"

    def propose(self, doc: _Doc) -> Iterator[_Candidate]:
        from .finders import _Candidate

        spans = []
        for sentence in doc.sentences:
            text = doc.slice(sentence)
            if len(text.split()) >= MIN_WORDS:
                spans.append(_trimmed(doc.text, sentence.start, sentence.end))
        for (start, end), found in zip(
            spans,
            resemblances([doc.text[s:e] for s, e in spans], exclude=_HELD_OUT.get()),
            strict=True,
        ):
            for r in found:
                yield _Candidate(
                    r.category,
                    start,
                    end,
                    origin=(
                        f"resembles exemplar {r.exemplar.id} ({r.exemplar.label}, "
                        f"{r.exemplar.origin}): {r.exemplar.text[:80]!r}"
                    ),
                    score=r.score,
                )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
