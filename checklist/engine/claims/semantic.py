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

Spanish and Turkish have banks of their own (``data/exemplars_es.tsv``, ``exemplars_tr.tsv``: each
language's dev split and its curators' reviewed labels), read the same way by ``foreign.py``
with anchors of their own; a sentence is only ever compared with exemplars of its language.

The bank's digest and the thresholds are part of SCREENER_VERSION: a changed bank is a new
screener (Spanish and Turkish banks: their language's version). Vectors are centred on the
bank's mean before comparison, which removes what every sentence about stem cells shares and
leaves what it says.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from .categories import CATEGORIES

if TYPE_CHECKING:
    from .finders import _Candidate
    from .text import _Doc

BANK_FILE: Final = Path(__file__).with_name("data") / "exemplars.tsv"
MODEL: Final = "wordllama 0.4.0.post1 l2_supercat 256d"

# Tuned on the dev split only, with each document's own exemplars held out; the validation split
# is never looked at to choose them. 0.65 until session 16, when the dev split (1,214 rows) showed
# every proposal the context kept below 0.70 to be a false flag (4 of 4), and the two it caught
# above it (0.75, 0.77).
THRESHOLDS: Final[Mapping[str, float]] = MappingProxyType(dict.fromkeys(CATEGORIES, 0.70))
MARGIN: Final = 0.10
# Shorter texts are headings or fragments: too few words for a vector to mean anything.
MIN_WORDS: Final = 5
# A resemblance is of meaning, and a sentence on the same topic resembles a claim as closely as a
# reworded copy does ("Parents may choose to store their newborn's umbilical cord blood" sits at
# 0.65 from a cord-blood page's "without any risk or pain to the mother or the child"). So a
# proposal must also speak of what its category is about: a no-risk claim of risk or safety, a
# permanence claim of how long, and so on. The words are broad on purpose: they say what a claim
# is about, not whether the sentence makes it (that is the exemplar's and the context's part).
# Cure has none: conditions and ageing are named in too many ways for a list.
ANCHORS: Final[Mapping[str, re.Pattern[str]]] = MappingProxyType(
    {
        "no_risk": re.compile(
            r"\b(?:risk\w*|safe\w*|side[- ]?effects?|complications?|harm\w*|danger\w*|adverse"
            r"|reactions?|reject\w*|allerg\w*|pain\w*|worr\w*|downsides?|infect\w*|toxic\w*"
            r"|natural\w*|gentle|problems?|wrong|fear\w*|concerns?)\b",
            re.IGNORECASE,
        ),
        "permanent": re.compile(
            r"\b(?:last\w*|forever|permanent\w*|lifetime|life|lifelong|never|again|repeat\w*"
            r"|good|long\w*|years?|decades?|touch[- ]?ups?|maintenance|once|irreversibl\w*"
            r"|endur\w*|stay\w*|remain\w*|keep\w*|always|yearly|annual\w*|appointments?|skip\w*"
            r"|fade\w*|wear\w*\s+off|come\s+back)\b",
            re.IGNORECASE,
        ),
        "instant": re.compile(
            r"\b(?:immediate\w*|instant\w*|same[- ]day|overnight|right\s+away|hours?|minutes?"
            r"|days?|walk\s+out|leave|straight\s+away|at\s+once|lunch\w*|now|today|quick\w*"
            r"|fast\w*|rapid\w*|soon|after\s+(?:the|your|one)|next\s+morning|wake)\b",
            re.IGNORECASE,
        ),
        "guaranteed": re.compile(
            r"\b(?:guarant\w*|will|promise\w*|results?|success\w*|percent|refund\w*|money|sure"
            r"|certain\w*|always|every\w*|fail\w*|definite\w*|doubt|works?|proven|odds|rates?"
            r"|patients|outcomes?)\b|%",
            re.IGNORECASE,
        ),
        "universal": re.compile(
            r"\b(?:every\w*|any\w*|all|no\s+matter|whatever|regardless|universal\w*|suits?"
            r"|suitable|candidates?|ages?|types?|whoever|one[- ]size|turned\s+away|excluded)\b",
            re.IGNORECASE,
        ),
        "fda_misrepresentation": re.compile(
            r"\b(?:fda|approv\w*|clear\w*|regist\w*|complian\w*|compliant|regulat\w*|licen[cs]\w*"
            r"|certif\w*|federal|government\w*|sanction\w*|361|hct/?ps?|exempt\w*|authori[sz]\w*"
            r"|endors\w*|accredit\w*|inspect\w*|trials?)\b",
            re.IGNORECASE,
        ),
        "unverified_source": re.compile(
            r"\b(?:donor\w*|donat\w*|cord|placent\w*|amnio\w*|embryo\w*|fetal|foetal|f(?:o)?etus\w*"
            r"|animal\w*|plant\w*|sheep|bovine|porcine|ovine|exosom\w*|proprietary|secret\w*"
            r"|wharton\w*|allogen\w*|xeno\w*|apples?|botanical\w*|newborn\w*|infant\w*|young\w*"
            r"|lamb\w*|birth\w*|umbilical|perinatal|vesicles?|secretome|lab[- ]?grown|cultur\w*"
            r"|third[- ]party|someone\s+else|another\s+person|babies|baby)\b",
            re.IGNORECASE,
        ),
    }
)


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


def bank_file(language: str) -> Path:
    """Where a language's exemplar bank is kept: ``exemplars.tsv`` for English,
    ``exemplars_<language>.tsv`` for the others."""
    return BANK_FILE if language == "en" else BANK_FILE.with_name(f"exemplars_{language}.tsv")


_BANK_BYTES: Final = BANK_FILE.read_bytes()


@cache
def bank_bytes(language: str = "en") -> bytes:
    """A language's bank as it is on disk; empty where the language has none."""
    if language == "en":
        return _BANK_BYTES
    path = bank_file(language)
    return path.read_bytes() if path.exists() else b""


def bank_digest(language: str) -> str:
    """Part of the language's SCREENER_VERSION (foreign.Language.exemplars)."""
    return hashlib.sha256(bank_bytes(language)).hexdigest()[:16]


# Part of SCREENER_VERSION (version.py reads module-level data): the bank as it is on disk.
BANK_DIGEST: Final = bank_digest("en")


@dataclass(frozen=True, slots=True)
class _Vectors:
    """What the layer reads of the model: its tokenizer and its embedding matrix."""

    tokenizer: Any  # tokenizers.Tokenizer
    embedding: Any  # a numpy array, one float32 row per token


# The model's two files, as the wheel ships them (wordllama.WordLlama.load("l2_supercat") reads
# the same ones; tests/checklist/test_claims_exemplars.py holds the vectors equal).
_WEIGHTS: Final = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER: Final = ("tokenizers", "l2_supercat_tokenizer_config.json")


@cache
def _package() -> Path:
    """The installed wordllama wheel's folder, found without running the package."""
    import importlib.util

    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the wordllama wheel is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def _model() -> _Vectors:
    """The tokenizer and the embedding matrix, read straight from the installed wheel's files.
    Importing the wordllama package itself (its training, clustering and download code, with
    requests) cost a third of a second of the screener's load, for two files."""
    # The tokenizer's thread pool costs more than it saves on one sentence at a time.
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

    import numpy as np
    from safetensors import safe_open
    from tokenizers import Tokenizer

    package = _package()
    tokenizer = Tokenizer.from_file(str(package.joinpath(*_TOKENIZER)))
    # never truncate, as the library reads; nor pad: a padded batch's ids are the same ids with
    # pad tokens after them, which only cost time to convert and cut off again
    tokenizer.no_padding()
    tokenizer.no_truncation()
    with safe_open(str(package.joinpath(*_WEIGHTS)), framework="np", device="cpu") as weights:
        embedding = np.ascontiguousarray(weights.get_tensor("embedding.weight").astype(np.float32))
    return _Vectors(tokenizer, embedding)


@dataclass(frozen=True, slots=True)
class _Index:
    """A language's bank as vectors, in two blocks of columns (256 x exemplars): the honest
    exemplars, and the claims' with each category's exemplars together, in rank order."""

    bank: tuple[Exemplar, ...]  # the claims' exemplars in the order of their columns
    labels: tuple[str, ...]  # the categories the bank holds, in rank order
    starts: Any  # where each category's columns start in ``claims``
    claims: Any
    honest: Any  # None when the bank has no honest exemplar
    honest_origins: tuple[str, ...]
    centre: Any  # the bank's mean vector


def _vector_cache() -> str:
    """Where the banks' vectors are kept between starts: a cache, not data (each file is named by
    the digests of its bank and of the model, and a file that does not match is computed again),
    so a function, not a module-level path that SCREENER_VERSION would read. CLAIMS_VECTOR_CACHE
    moves it; an empty value turns it off."""
    default = Path(__file__).resolve().parents[3] / "var" / "cache" / "claims"
    return os.environ.get("CLAIMS_VECTOR_CACHE", str(default))


def _model_key() -> bytes:
    """What names the model's vectors: the wheel's version and its weights file's size."""
    from importlib.metadata import version

    weights = _package().joinpath(*_WEIGHTS)
    return f"{version('wordllama')}:{weights.stat().st_size}".encode()


def bank_vectors(language: str, texts: list[str]):  # type: ignore[no-untyped-def]
    """``embed(texts)`` for a language's bank, read from the vector cache when a file there was
    made from the same bank and model (embedding the bank was a third of the screener's load),
    else computed and written there for the next start. A cache that cannot be read or written
    is passed over."""
    import numpy as np

    folder = _vector_cache()
    if not folder:
        return embed(texts)
    key = hashlib.sha256(bank_bytes(language) + b"\0" + _model_key()).hexdigest()[:20]
    path = Path(folder) / f"bank-{language}-{key}.npy"
    try:
        vectors = np.load(path, allow_pickle=False)
        if (
            vectors.shape == (len(texts), _model().embedding.shape[1])
            and vectors.dtype == np.float32
        ):
            return vectors
    except (OSError, ValueError):
        pass
    vectors = embed(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            np.save(handle, vectors, allow_pickle=False)
        os.replace(partial, path)
    except OSError:
        pass
    return vectors


@cache
def _index(language: str = "en") -> _Index:
    import numpy as np

    bank = read_bank(bank_bytes(language))
    columns, centre = _centred_on_mean(bank_vectors(language, [e.text for e in bank]))
    claims = sorted(
        (i for i, e in enumerate(bank) if e.label != "ok"),
        key=lambda i: CATEGORIES.index(bank[i].label),
    )
    honest = [i for i, e in enumerate(bank) if e.label == "ok"]
    ordered = tuple(bank[i] for i in claims)
    labels = tuple(label for label in CATEGORIES if any(e.label == label for e in ordered))
    starts = np.array(
        [next(i for i, e in enumerate(ordered) if e.label == label) for label in labels]
    )
    return _Index(
        bank=ordered,
        labels=labels,
        starts=starts,
        claims=np.ascontiguousarray(columns[claims].T),
        honest=np.ascontiguousarray(columns[honest].T) if honest else None,
        honest_origins=tuple(bank[i].origin for i in honest),
        centre=centre,
    )


def _centred_on_mean(vectors):  # type: ignore[no-untyped-def]
    """The bank's vectors centred on their mean, and the mean."""
    centre = vectors.mean(axis=0)
    return _centred(vectors, centre), centre


@lru_cache(maxsize=8)
def _held(language: str, exclude: frozenset[str]) -> tuple[Any, Any]:
    """The columns of held-out exemplars, among the claims' and among the honest ones."""
    import numpy as np

    index = _index(language)
    return (
        np.array([i for i, e in enumerate(index.bank) if e.origin in exclude], dtype=int),
        np.array([i for i, o in enumerate(index.honest_origins) if o in exclude], dtype=int),
    )


def embed(texts: list[str]):  # type: ignore[no-untyped-def]
    """``WordLlama.embed(texts, norm=True)``, the same vectors by a shorter path: the model's
    tokenizer, the mean of the tokens' rows of its embedding matrix, unit length. The library's
    call pads every batch and converts it twice, which cost half the screener's time on short
    texts (tests/checklist/test_claims_exemplars.py holds the two equal)."""
    import numpy as np

    rows = _model().embedding
    vectors = np.zeros((len(texts), rows.shape[1]), dtype=np.float32)
    for i, ids in enumerate(_token_ids(texts)):
        if ids:
            # the sum points where the mean does: both become the same unit vector below
            vectors[i] = rows[ids].sum(axis=0)
    return _unit(vectors)


# A whole bank is read in one batch; a screened text's few sentences word by word (below).
_BATCH: Final = 32
# A word with the spaces before it: the text cut where a space follows another character.
_WORD_PIECE: Final = re.compile(r" *[^ ]+| +")


def _token_ids(texts: list[str]) -> list[list[int]]:
    """The tokenizer's ids for each text (no special tokens added).

    Speed only, the same ids: the tokenizer reads a text as one string (its spaces become "▁",
    and byte pairs are merged across the whole), but no token of the model's vocabulary holds a
    "▁" after another character, so no merge ever reaches across the start of a word: a text's
    tokens are its words' tokens one after another, and a word met before is not read again
    (tests/checklist/test_claims_exemplars.py holds them equal to the tokenizer's)."""
    tokenizer = _model().tokenizer
    if len(texts) > _BATCH:
        # encode_batch_fast: the same tokens, without the character offsets nothing here reads
        return [e.ids for e in tokenizer.encode_batch_fast(texts, add_special_tokens=False)]
    return [_text_ids(text) for text in texts]


def _text_ids(text: str) -> list[int]:
    # special tokens ("<s>") are read before the spaces are; a last single space is a token of
    # its own, which the piece left after its "▁" (nothing) would not give
    if not text or "<" in text or text.endswith(" "):
        return list(_model().tokenizer.encode(text, add_special_tokens=False).ids)
    ids: list[int] = []
    for index, piece in enumerate(_WORD_PIECE.findall(text)):
        # the tokenizer puts a "▁" before every text it reads: a later word's first space is it
        ids += _piece_ids(piece if index == 0 else piece[1:])
    return ids


@lru_cache(maxsize=1 << 16)
def _piece_ids(piece: str) -> tuple[int, ...]:
    return tuple(_model().tokenizer.encode(piece, add_special_tokens=False).ids)


def _unit(vectors):  # type: ignore[no-untyped-def]
    import numpy as np

    norms = np.sqrt(np.einsum("ij,ij->i", vectors, vectors))[:, None]
    if not norms.all():  # a text with no tokens: its zero vector stays zero
        norms = np.where(norms == 0, 1, norms)
    return vectors / norms


def _centred(vectors, centre):  # type: ignore[no-untyped-def]
    return _unit(vectors - centre)


@cache
def _floor(labels: tuple[str, ...], thresholds: tuple[tuple[str, float], ...]):  # type: ignore[no-untyped-def]
    import numpy as np

    given = dict(thresholds)
    return np.array([given.get(label, 2.0) for label in labels])  # a label with none never passes


@dataclass(frozen=True, slots=True)
class Resemblance:
    category: str
    exemplar: Exemplar
    score: float  # cosine similarity to the exemplar
    honest: float  # similarity to the nearest honest exemplar

    @property
    def origin(self) -> str:
        """What ``--explain`` and the admin say a proposal came from."""
        e = self.exemplar
        return f"resembles exemplar {e.id} ({e.label}, {e.origin}): {e.text[:80]!r}"


def resemblances(
    texts: list[str],
    exclude: frozenset[str] = frozenset(),
    thresholds: Mapping[str, float] = THRESHOLDS,
    margin: float = MARGIN,
    language: str = "en",
) -> list[list[Resemblance]]:
    """For each text, the categories whose nearest exemplar of ``language``'s bank passes the
    threshold and the margin over the nearest honest one. ``exclude`` holds exemplar origins to
    leave out (a document's own sentences, when tuning on it); ``thresholds`` and ``margin`` are
    for tuning too."""
    if not texts:
        return []
    import numpy as np

    index = _index(language)
    if not index.labels:  # a bank of honest sentences only proposes nothing
        return [[] for _ in texts]
    vectors = _centred(embed(texts), index.centre)
    held, held_honest = _held(language, exclude) if exclude else (None, None)
    # Speed only: the claims' exemplars first (a third of the bank); the honest ones only for
    # the sentences where some category passes its threshold, which most never do.
    similarities = _compared(vectors, index.claims, held)
    nearest = np.maximum.reduceat(similarities, index.starts, axis=1)  # texts x categories
    passing = nearest >= _floor(index.labels, tuple(thresholds.items()))
    if not passing.any():
        return [[] for _ in texts]
    rows = passing.any(axis=1).nonzero()[0]
    honest = np.full(len(texts), -1.0, dtype=np.float32)
    if index.honest is not None:
        honest[rows] = _compared(vectors[rows], index.honest, held_honest).max(axis=1)
    passing &= nearest - honest[:, None] >= margin
    ends = [*index.starts[1:], len(index.bank)]
    found: list[list[Resemblance]] = [[] for _ in texts]
    for i, j in zip(*passing.nonzero(), strict=True):
        best = index.starts[j] + int(similarities[i, index.starts[j] : ends[j]].argmax())
        found[i].append(
            Resemblance(
                index.labels[j],
                index.bank[best],
                round(float(nearest[i, j]), 3),
                round(float(honest[i]), 3),
            )
        )
    return found


def _compared(vectors, columns, held):  # type: ignore[no-untyped-def]
    """Each vector's similarity to each exemplar's column; held-out exemplars at -1."""
    similarities = vectors @ columns
    if held is not None and len(held):
        similarities[:, held] = -1.0
    return similarities


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

        for _, start, end, r in resembling(doc, ANCHORS):
            yield _Candidate(r.category, start, end, origin=r.origin, score=r.score)


def resembling(
    doc: _Doc,
    anchors: Mapping[str, re.Pattern[str]],
    language: str = "en",
    read: str | None = None,
) -> Iterator[tuple[int, int, int, Resemblance]]:
    """Each sentence of ``MIN_WORDS`` words or more that resembles a known claim of
    ``language``'s bank and speaks of what that category is about (its pattern in ``anchors``,
    searched in ``read``: the text the anchors are written for, ``doc.text`` by default), as
    (sentence index, start, end, resemblance). English and the other languages both read their
    sentences this way; documents held out (``held_out``) are left out of the bank."""
    spans = [
        (index, *trimmed(doc.text, sentence.start, sentence.end))
        for index, sentence in enumerate(doc.sentences)
        if len(doc.slice(sentence).split()) >= MIN_WORDS
    ]
    found = resemblances(
        [doc.text[start:end] for _, start, end in spans],
        exclude=_HELD_OUT.get(),
        language=language,
    )
    searched = doc.text if read is None else read
    for (index, start, end), resembles in zip(spans, found, strict=True):
        for r in resembles:
            anchor = anchors.get(r.category)
            if anchor is None or anchor.search(searched, start, end):
                yield index, start, end, r


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
