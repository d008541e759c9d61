"""The trained encoder: a second reading of each flag, and flags of its own (issue 14,
docs/claims.md "The trained encoder").

The rules and the semantic layer propose; the context step reads each proposal's sentence; what
still stands is read once more by a classifier fine-tuned on the corpus's dev split (all-MiniLM-L6-v2
with one sigmoid output per category, `scripts/claims_finetune.py ship`, shipped as ONNX with
int8 weights in `data/encoder/`). It reads twice over:

- as a veto: a flag is kept when the classifier finds a claim of any kind in the passage around
  it (its highest category's probability at least ``KEEP_FROM``), and set aside otherwise;
- as a source of its own: every passage of the text is read, and a category whose probability
  reaches ``ADD_FROM`` is flagged over what it was read for (a short text whole, else the
  sentence), unless a flag of that kind already stands there (the rule's span is the more
  precise) or a rule reads that kind of claim there and finds it denied (screening.py). Its
  flag names the encoder as its origin and carries its probability; the reason is the
  category's, as for every flag.

Why a veto at 0.2: it was written down before it was tried on rows the classifier had not seen,
and held there (docs/claims.md, sessions 30 and 31: a third of the false flags gone for about one
red flag in a hundred). Why a claim of any kind rather than the flag's own kind: the corpus gives
each row one label, so for a sentence with two claims the classifier learnt only one of them.
Why its own flags at 0.99: written down the same way (session 31), the lowest threshold whose
false flags out of fold on the dev split stayed within a point of the veto's; on the validation
split it raised macro recall by 0.07 for 0.8 points of false flags.

The passage is the whole text when it is as short as the corpus's rows (``WHOLE_TEXT_WORDS``),
else the flag's sentences with the one before them (a pronoun standing for a source named
before). Each passage is read alone: with int8 weights the activations are scaled per call,
so a passage read in a batch would depend on its neighbours. ``CLAIMS_ENCODER=off`` in the
environment turns the reading off, and the screener's version says so.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from .text import _Doc

FOLDER: Final = Path(__file__).resolve().parent / "data" / "encoder"
_FILES: Final = ("model.onnx", "tokenizer.json", "card.json")

# A flag stands when its passage's claim probability (its highest category's) is at least this.
KEEP_FROM: Final = 0.2
# The encoder's own flag: a category whose probability in a passage reaches this stands beside the
# rules' flags (written down before it was tried on the validation split, docs/claims.md).
ADD_FROM: Final = 0.99
# A text of at most this many words is read whole, as the corpus's rows were in training (the
# tokenizer keeps 96 tokens); a longer one is read around each flag, in at most this many words.
WHOLE_TEXT_WORDS: Final = 64


def _digest() -> str:
    """The shipped files' digest: a retrained model is another screener."""
    hashed = hashlib.sha256()
    for name in _FILES:
        path = FOLDER / name
        hashed.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b""))
    return hashed.hexdigest()[:16]


# Read by version.py with the rules' data: the model's files and whether it reads at all (set
# by the environment; `turned_off` sets it aside for a block).
MODEL_DIGEST: Final[str] = _digest()
ENABLED: bool = os.environ.get("CLAIMS_ENCODER", "on").strip().lower() != "off"


class _Model:
    """The ONNX session, the tokenizer and the card's categories."""

    def __init__(self) -> None:
        # The tokenizer's thread pool costs more than it saves on one passage at a time.
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import numpy as np
        import onnxruntime  # type: ignore[import-untyped]  # no py.typed, no stubs
        from tokenizers import Tokenizer

        card = json.loads((FOLDER / "card.json").read_text(encoding="utf-8"))
        self.categories: tuple[str, ...] = tuple(card["categories"])
        self.tokenizer = Tokenizer.from_file(str(FOLDER / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=int(card["max_tokens"]))
        options = onnxruntime.SessionOptions()
        # one core, one order of operations: the same passage gives the same probabilities
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(FOLDER / "model.onnx"), options, providers=["CPUExecutionProvider"]
        )
        self._np: Any = np

    def probabilities(self, passage: str) -> dict[str, float]:
        ids = self.tokenizer.encode(passage).ids
        np = self._np
        feed = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
        }
        (row,) = self.session.run(None, feed)[0]
        return {c: float(p) for c, p in zip(self.categories, row, strict=True)}


@cache
def _model() -> _Model:
    return _Model()


@lru_cache(maxsize=4096)
def probabilities(passage: str) -> dict[str, float]:
    """Each category's probability for ``passage``, rounded to four places: what ``explain``
    shows and what the veto compares, so that a last-bit difference between processors is less
    likely to move a flag. The dict is shared between callers: read it, do not change it."""
    return {c: round(p, 4) for c, p in _model().probabilities(passage).items()}


def claim_probability(passage: str) -> float:
    """How likely the classifier finds it that ``passage`` makes a claim of any kind: its
    highest category's probability."""
    return max(probabilities(passage).values())


def keeps(passage: str) -> tuple[bool, float]:
    """Whether the classifier lets the flags in ``passage`` stand, and the probability that it
    makes a claim of any kind. The veto asks whether the passage makes a claim at all, not
    whether it makes the flag's own kind: the corpus gives each row one label, so a sentence
    with two claims ("a risk-free way to look younger") taught the classifier only one of them,
    and its probability for the other is low without the claim being any less there."""
    probability = claim_probability(passage)
    return probability >= KEEP_FROM, probability


def passage(doc: _Doc, start: int, end: int) -> str:
    """What the encoder reads for a phrase at ``start:end``: the whole text when it is as short as
    a row of the corpus; else the phrase's sentences and the one before them (a pronoun may stand
    for what that one named), without the one before when together they are too long, and when
    the phrase's own sentences are too long, the words around the phrase, so that what the
    tokenizer keeps always holds the phrase."""
    text = doc.original
    if len(text.split()) <= WHOLE_TEXT_WORDS:
        return text.strip()
    own = doc.sentence_index(start)
    last = doc.sentences[doc.sentence_index(max(end - 1, start))].end
    for first in (max(own - 1, 0), own):
        around = text[doc.sentences[first].start : last].strip()
        if len(around.split()) <= WHOLE_TEXT_WORDS:
            return around
    before = text[doc.sentences[own].start : start].split()
    after = text[end:last].split()
    phrase = text[start:end].split()
    room = max(WHOLE_TEXT_WORDS - len(phrase), 0)
    kept_before = before[max(len(before) - room // 2, 0) :] if room // 2 else []
    kept_after = after[: room - len(kept_before)]
    return " ".join(kept_before + phrase + kept_after)


def readings(doc: _Doc) -> Iterator[tuple[int, int, str]]:
    """What the encoder reads for flags of its own, each with the span its flag would cover: the
    whole text when it is as short as a row of the corpus, else each sentence (read with the one
    before it, as ``passage`` reads a phrase). The veto's passages are the same ones, so a flag
    read for the veto costs no second reading."""
    text = doc.original
    if len(text.split()) <= WHOLE_TEXT_WORDS:
        spans = [(0, len(text))]
    else:
        spans = [(s.start, s.end) for s in doc.sentences]
    for start, end in spans:
        stripped = text[start:end]
        start += len(stripped) - len(stripped.lstrip())
        end -= len(stripped) - len(stripped.rstrip())
        if start < end:
            yield start, end, passage(doc, start, end)


@contextmanager
def turned_off() -> Iterator[None]:
    """The rules and the semantic layer alone, for this block (the tests' two-way checks, the
    training study's flags, the rounds' `vetoed` mark)."""
    global ENABLED
    was, ENABLED = ENABLED, False
    try:
        yield
    finally:
        ENABLED = was


def loaded() -> None:
    """Load the model now rather than at the first flag (a server's start)."""
    _model()
