"""Would a trained linear model make the semantic layer generalise? Grouped cross-validation on
the real corpus's dev split; its validation split only once, in aggregate, on request.

    .venv/bin/python scripts/claims_model.py [--labels LABELS.jsonl] [--folds 5]

Issue 14 asked whether a small model per category, trained on the same inputs as the exemplar
bank (scripts/claims_exemplars.py: the synthetic set, the real dev split, curators' reviewed
labels), would catch what the rules miss on documents never seen. This script answers it the
honest way: the dev split's documents (``source_url``) are dealt into folds; each fold is
screened by what was learned from the synthetic set and the other folds only. The validation
split is dropped as the corpus is read, before anything else looks at it (unless
``--once-on-validation`` asks for it, below).

For every fold it measures, beside the rules and finders alone (the screener without its
semantic layer, whose rules were tuned on this split, so their own figure here is optimistic):
- **exemplars**: the shipped semantic layer (nearest exemplar, ``semantic.THRESHOLDS`` and
  ``MARGIN``), the fold's documents held out of the bank;
- **embedding LR**: a class-weighted, L2-regularised logistic regression per category on the
  sentence's WordLlama vector (standardised), one threshold for all categories;
- **n-gram LR**: the same on the words and word pairs the sentence holds (those seen twice in
  training), one threshold for all;
- each LR again with **per-category thresholds chosen by nested cross-validation**: inside the
  training folds, the lowest threshold of each category that adds catches without flagging one
  more honest row, or none.
A model's proposal is a whole sentence of ``semantic.MIN_WORDS`` words or more and passes the
context step (negation, warnings, reported speech), as the semantic layer's proposals do.

Training is plain Newton's method in numpy (no scikit-learn: the lock is not changed), with
fixed folds (documents ordered by the SHA-256 of their address): the same output every run.

Another sentence encoder can be tried in WordLlama's place without adding it to the lock:
``--texts-out texts.json`` writes every text the study embeds; encode them elsewhere (for a
sentence-transformers model, ``scripts/claims_encode.py`` in a scratch virtualenv) and rerun
with ``--vectors texts.json vectors.npy``. The per-category AUC (each row scored by its best
sentence, against the honest rows) says how well the vectors alone tell a claim from an honest
look-alike.

``--once-on-validation`` is the one exception, for a decision taken once and written down
beforehand (docs/claims.md): each model is trained on the synthetic set and the whole dev split,
its per-category thresholds chosen on the dev split as the nested study chooses them, and only
its aggregate figures on the validation split are printed (no row, no text).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checklist.engine.claims import CATEGORIES, screen  # noqa: E402
from checklist.engine.claims import semantic as sem  # noqa: E402
from checklist.engine.claims.context import dropped_because  # noqa: E402
from checklist.engine.claims.finders import _Candidate  # noqa: E402
from checklist.engine.claims.recognizers import RECOGNIZERS  # noqa: E402
from checklist.engine.claims.text import _Doc  # noqa: E402
from scripts.claims_exemplars import REAL, SYNTHETIC, _tsv, curated  # noqa: E402
from scripts.claims_rounds import DATA as ROUNDS  # noqa: E402  (the written rounds)

WORD = re.compile(r"[a-z0-9]+")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)


@dataclass
class Sentence:
    text: str
    survives: tuple[bool, ...]  # per category: a whole-sentence proposal passes context
    vector: np.ndarray | None = None
    grams: frozenset[str] = frozenset()


@dataclass
class Row:
    id: str
    label: str
    text: str
    group: str  # the source document; "synthetic" or a curator's claim outside the folds
    rules: frozenset[str]  # categories the rules and finders flag (after context)
    sentences: list[Sentence]
    vector: np.ndarray | None = None
    grams: frozenset[str] = frozenset()


def _grams(text: str) -> frozenset[str]:
    words = WORD.findall(text.lower())
    return frozenset(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def _row(id: str, label: str, text: str, group: str) -> Row:
    doc = _Doc(text)
    decided = [
        (c, dropped_because(doc, c))
        for recognizer in RECOGNIZERS
        if recognizer.name != "semantic"
        for c in recognizer.propose(doc)
    ]
    sentences = []
    for span in doc.sentences:
        if len(doc.slice(span).split()) < sem.MIN_WORDS:
            continue
        start, end = sem.trimmed(doc.text, span.start, span.end)
        survives = tuple(
            dropped_because(doc, _Candidate(category, start, end)) is None
            for category in CATEGORIES
        )
        sentences.append(Sentence(doc.text[start:end], survives))
    rules = frozenset(c.category for c, why in decided if why is None)
    return Row(id, label, text, group, rules, sentences)


Embed = Callable[[list[str]], np.ndarray]


def stored_vectors(texts: Path, vectors: Path) -> Embed:
    """An encoder that looks each text up in vectors computed elsewhere (``--vectors``)."""
    order = json.loads(texts.read_text(encoding="utf-8"))
    matrix = np.load(vectors)
    if len(order) != len(matrix):
        raise SystemExit(f"{texts} holds {len(order)} texts but {vectors} {len(matrix)} vectors")
    index = {text: i for i, text in enumerate(order)}

    def embed(batch: list[str]) -> np.ndarray:
        missing = [t for t in batch if t not in index]
        if missing:
            raise SystemExit(f"{len(missing)} texts have no stored vector, e.g. {missing[0]!r}")
        return np.array([matrix[index[t]] for t in batch])

    return embed


def read_rows(
    labels: Path | None, embed: Embed | None = None, rounds: bool = False
) -> tuple[list[Row], list[Row]]:
    """(training-only rows, dev rows): the synthetic set and curators' labels are always
    trained on, the English written rounds too with ``rounds`` (``--rounds``); the dev split is
    dealt into folds. Validation rows are never kept. ``embed`` replaces WordLlama's vectors
    (``--vectors``)."""
    embed = embed or sem.embed
    dev_rows = [r for r in _tsv(REAL) if r["split"] == "dev"]
    fixed = [_row(r["id"], r["label"], r["text"], "synthetic") for r in _tsv(SYNTHETIC)]
    if labels:
        fixed += [_row(i, label, text, origin) for i, label, text, origin in curated(labels)]
    if rounds:
        fixed += [
            _row(f"{path.stem}:{n}", r["label"], r["text"], "synthetic")
            for path in sorted(ROUNDS.glob("paraphrases_session*_en.tsv"))
            for n, r in enumerate(_tsv(path))
        ]
    dev = [_row(r["id"], r["label"], r["text"], r["source_url"]) for r in dev_rows]
    _featurised(fixed + dev, embed)
    return fixed, dev


def _featurised(rows: list[Row], embed: Embed) -> list[Row]:
    """Each row and each of its sentences given its vector and its n-grams, in two batches."""
    row_vectors = embed([r.text for r in rows])
    sentence_vectors = iter(embed([s.text for r in rows for s in r.sentences]))
    for row, vector in zip(rows, row_vectors, strict=True):
        row.vector, row.grams = vector, _grams(row.text)
        for s in row.sentences:
            s.vector, s.grams = next(sentence_vectors), _grams(s.text)
    return rows


def validation_rows() -> list[Row]:
    """The validation split, for ``--once-on-validation`` only: what the models are measured on,
    never trained or tuned on."""
    rows = [
        _row(r["id"], r["label"], r["text"], r["source_url"])
        for r in _tsv(REAL)
        if r["split"] == "validation"
    ]
    return _featurised(rows, sem.embed)


def once_on_validation(fixed: list[Row], dev: list[Row], fold: dict[str, int]) -> None:
    validation = validation_rows()
    report(
        "validation: rules and finders alone", validation, {r.id: set(r.rules) for r in validation}
    )
    for kind in ("embedding", "ngram"):
        cuts = chosen_cuts(dev, out_of_fold(fixed, dev, fold, kind))
        scores = scored(validation, train(fixed + dev, kind))
        report(
            f"validation: {kind} LR, thresholds chosen on dev {cuts}",
            validation,
            flagged(validation, scores, cuts),
        )
        for cut in (0.9, 0.95):
            report(
                f"validation: {kind} LR, threshold {cut}",
                validation,
                flagged(validation, scores, [cut] * 8),
            )


def folds_of(dev: Sequence[Row], n: int) -> dict[str, int]:
    groups = sorted({r.group for r in dev}, key=lambda g: hashlib.sha256(g.encode()).hexdigest())
    return {g: i % n for i, g in enumerate(groups)}


# --- the model: per category, logistic regression by Newton's method ------------------------


def _logistic(x: np.ndarray, y: np.ndarray, weight: np.ndarray, penalty: np.ndarray) -> np.ndarray:
    """Weights minimising weighted log loss plus ``penalty * w**2 / 2`` (the last column of ``x``
    is the bias). Newton steps through the n-by-n system (Woodbury): rows are fewer than
    features once n-grams are in."""
    beta = np.zeros(x.shape[1])
    kernel = (x / penalty) @ x.T
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ beta)))
        gradient = x.T @ (weight * (p - y)) + penalty * beta
        curvature = np.maximum(weight * p * (1 - p), 1e-10)
        scaled = gradient / penalty
        step = scaled - x.T @ np.linalg.solve(np.diag(1 / curvature) + kernel, x @ scaled) / penalty
        beta -= step
        if np.abs(step).max() < 1e-7:
            break
    return beta


Featurise = Callable[[np.ndarray, frozenset[str]], np.ndarray]


def train(rows: Sequence[Row], kind: str) -> tuple[Featurise, np.ndarray]:
    """(features of a vector and its n-grams, weights: categories x features)."""
    vectors = np.array([r.vector for r in rows])
    mean, spread = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    counts = Counter(g for r in rows for g in r.grams)
    vocabulary = sorted(g for g, c in counts.items() if c >= 2) if kind == "ngram" else []
    index = {g: i for i, g in enumerate(vocabulary)}

    def featurise(vector: np.ndarray, grams: frozenset[str]) -> np.ndarray:
        if kind == "embedding":
            return np.concatenate([(vector - mean) / spread, [1.0]])
        out = np.zeros(len(vocabulary) + 1)
        out[[index[g] for g in grams if g in index]] = 1.0
        out[-1] = 1.0
        return out

    x = np.array([featurise(r.vector, r.grams) for r in rows])  # type: ignore[arg-type]
    penalty = np.full(x.shape[1], 100.0 if kind == "embedding" else 1.0)
    penalty[-1] = 1e-3
    weights = []
    for category in CATEGORIES:
        y = np.array([r.label == category for r in rows], dtype=float)
        balance = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
        weights.append(_logistic(x, y, balance, penalty))
    return featurise, np.array(weights)


Scores = dict[str, list[np.ndarray]]  # row id -> per sentence, a probability per category


def scored(rows: Sequence[Row], model: tuple[Featurise, np.ndarray]) -> Scores:
    featurise, weights = model
    return {
        r.id: [1 / (1 + np.exp(-(weights @ featurise(s.vector, s.grams)))) for s in r.sentences]  # type: ignore[arg-type]
        for r in rows
    }


def out_of_fold(
    fixed: list[Row], rows: list[Row], fold: dict[str, int], kind: str, share: float = 1.0
) -> Scores:
    """Each fold scored by a model trained on the fixed rows and the other folds; with
    ``share`` below 1, on that share of the other folds' documents (the learning curve)."""
    scores: Scores = {}
    for k in sorted(set(fold[r.group] for r in rows)):
        others = sorted(
            {r.group for r in rows if fold[r.group] != k},
            key=lambda g: hashlib.sha256(g.encode()).hexdigest(),
        )
        kept = set(others[: int(len(others) * share)])
        trained = train(fixed + [r for r in rows if r.group in kept], kind)
        scores |= scored([r for r in rows if fold[r.group] == k], trained)
    return scores


# --- what is flagged, and how well ------------------------------------------------------------

Cuts = Sequence[float | None]  # per category; None: the model proposes nothing


def flagged(rows: Sequence[Row], scores: Scores, cuts: Cuts) -> dict[str, set[str]]:
    found = {}
    for r in rows:
        categories = set(r.rules)
        for s, p in zip(r.sentences, scores[r.id], strict=True):
            for j, category in enumerate(CATEGORIES):
                cut = cuts[j]
                if cut is not None and p[j] >= cut and s.survives[j]:
                    categories.add(category)
        found[r.id] = categories
    return found


def chosen_cuts(rows: Sequence[Row], scores: Scores) -> list[float | None]:
    """Per category, the lowest threshold that catches more rows than the rules do without
    flagging one more honest row; None when no threshold does."""
    cuts: list[float | None] = []
    for j, category in enumerate(CATEGORIES):
        best: tuple[int, float | None] = (0, None)
        for cut in sorted(THRESHOLDS, reverse=True):
            alone = [None] * len(CATEGORIES)
            alone[j] = cut
            found = flagged(rows, scores, alone)
            gained = sum(r.label == category and category in found[r.id] for r in rows) - sum(
                r.label == category and category in r.rules for r in rows
            )
            honest = sum(r.label == "ok" and bool(found[r.id]) and not r.rules for r in rows)
            if honest == 0 and gained > best[0]:
                best = (gained, cut)
        cuts.append(best[1])
    return cuts


def nested(
    fixed: list[Row], dev: list[Row], fold: dict[str, int], kind: str
) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for k in sorted(set(fold.values())):
        outer = [r for r in dev if fold[r.group] != k]
        cuts = chosen_cuts(outer, out_of_fold(fixed, outer, fold, kind))
        test = [r for r in dev if fold[r.group] == k]
        found |= flagged(test, scored(test, train(fixed + outer, kind)), cuts)
        print(f"    fold {k}: thresholds {cuts}", file=sys.stderr)
    return found


def report(name: str, rows: Sequence[Row], found: dict[str, set[str]]) -> None:
    recalls, parts = [], []
    for category in CATEGORIES:
        mine = [r for r in rows if r.label == category]
        if mine:
            caught = sum(category in found[r.id] for r in mine)
            recalls.append(caught / len(mine))
            parts.append(f"{category} {caught}/{len(mine)}")
    honest = [r for r in rows if r.label == "ok"]
    false = sum(bool(found[r.id]) for r in honest) / len(honest)
    print(f"{name}: macro recall {np.mean(recalls):.3f}, false flags {false:.1%}")
    print("    " + ", ".join(parts))


def separation(rows: Sequence[Row], scores: Scores) -> dict[str, float]:
    """Per category, the AUC of the model's score against the honest rows: the chance that a row
    of the category outscores an honest one (each row scored by its best sentence)."""
    out = {}
    for j, category in enumerate(CATEGORIES):
        best = {r.id: max((p[j] for p in scores[r.id]), default=0.0) for r in rows}
        mine = np.array([best[r.id] for r in rows if r.label == category])
        honest = np.array([best[r.id] for r in rows if r.label == "ok"])
        if len(mine) and len(honest):
            above = (mine[:, None] > honest[None, :]).mean()
            out[category] = float(above + 0.5 * (mine[:, None] == honest[None, :]).mean())
    return out


def exemplar_layer(dev: list[Row], fold: dict[str, int]) -> dict[str, set[str]]:
    found = {}
    for k in sorted(set(fold.values())):
        documents = [f"real {g}" for g in sorted(g for g, f in fold.items() if f == k)]
        with sem.held_out(*documents):
            for r in dev:
                if fold[r.group] == k:
                    found[r.id] = {f.category for f in screen(r.text)}
    return found


def learning_curve(fixed: list[Row], dev: list[Row], fold: dict[str, int]) -> None:
    """Macro AUC out of fold when each model is trained on the synthetic set and a quarter, a
    half or all of the other folds' documents (docs/claims.md, session 17): does more labelled
    data help?"""
    for kind in ("embedding", "ngram"):
        for share in (0.25, 0.5, 1.0):
            auc = separation(dev, out_of_fold(fixed, dev, fold, kind, share))
            print(
                f"{kind} LR on {share:.0%} of the other folds: macro AUC {np.mean(list(auc.values())):.3f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", type=Path, help="reviewed labels, JSON Lines")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--rounds",
        action="store_true",
        help="train on the English written rounds too (claims and honest look-alikes from CLAIMS.md)",
    )
    parser.add_argument("--texts-out", type=Path, help="write the texts to embed (JSON) and stop")
    parser.add_argument(
        "--vectors",
        nargs=2,
        type=Path,
        metavar=("TEXTS", "VECTORS"),
        help="vectors from another encoder: the JSON list of texts and a .npy matrix, row by row",
    )
    parser.add_argument(
        "--once-on-validation",
        action="store_true",
        help="train on all of dev and print the validation split's aggregate figures (see above)",
    )
    parser.add_argument(
        "--curve",
        action="store_true",
        help="the learning curve: macro AUC with a quarter, a half and all of the training folds",
    )
    args = parser.parse_args()
    if args.texts_out:
        seen: list[str] = []

        def recorded(batch: list[str]) -> np.ndarray:
            seen.extend(batch)
            return sem.embed(batch)

        read_rows(args.labels, recorded)
        args.texts_out.write_text(json.dumps(sorted(set(seen)), ensure_ascii=False), "utf-8")
        print(f"wrote {len(set(seen))} texts to {args.texts_out}")
        return
    embed = stored_vectors(*args.vectors) if args.vectors else None
    fixed, dev = read_rows(args.labels, embed, args.rounds)
    fold = folds_of(dev, args.folds)
    if args.once_on_validation:
        once_on_validation(fixed, dev, fold)
        return
    if args.curve:
        learning_curve(fixed, dev, fold)
        return
    print(f"dev split: {len(dev)} rows from {len(fold)} documents in {args.folds} folds")
    report("rules and finders alone", dev, {r.id: set(r.rules) for r in dev})
    if not embed:
        report("exemplars (shipped), fold held out", dev, exemplar_layer(dev, fold))
    for kind in ("embedding",) if embed else ("embedding", "ngram"):
        scores = out_of_fold(fixed, dev, fold, kind)
        auc = separation(dev, scores)
        print(
            f"{kind} LR, AUC against honest rows: "
            + ", ".join(f"{c} {a:.3f}" for c, a in auc.items())
        )
        for cut in (0.5, 0.8, 0.9, 0.95):
            report(f"{kind} LR, threshold {cut}", dev, flagged(dev, scores, [cut] * 8))
        report(f"{kind} LR, nested per-category thresholds", dev, nested(fixed, dev, fold, kind))


if __name__ == "__main__":
    main()
