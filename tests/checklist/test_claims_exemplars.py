"""The semantic layer's exemplar bank: built from the synthetic set, the real corpus's dev
split and reviewed curator labels, never from the validation split; reviewed labels turn into
exemplars the way scripts/claims_exemplars.py says."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from checklist.engine.claims import CATEGORIES, explain, screen, semantic

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "claims_exemplars.py"
REAL = ROOT / "checklist" / "engine" / "claims" / "data" / "real.tsv"


def _build(*args: str) -> list[dict[str, str]]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True
    )
    return list(csv.DictReader(done.stdout.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_committed_bank_is_what_the_script_builds_and_holds_no_validation_row() -> None:
    built = _build()
    committed = semantic.read_bank(semantic.BANK_FILE.read_bytes())
    assert [(r["id"], r["label"], r["text"]) for r in built] == [
        (e.id, e.label, e.text) for e in committed
    ]
    with REAL.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    validation = {r["id"] for r in rows if r["split"] == "validation"}
    assert validation and not validation & {e.id for e in committed}


def test_reviewed_labels_become_exemplars(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    lines = [
        {
            "claim": 7,
            "text": "Our  cells\tregrow lost youth.",
            "category": "cure",
            "decision": "added",
        },
        {
            "claim": 7,
            "text": "Our cells regrow lost youth.",
            "category": "no_risk",
            "decision": "dismissed",
        },
        {
            "claim": 9,
            "text": "We refund your deposit.",
            "category": "guaranteed",
            "decision": "dismissed",
        },
    ]
    labels.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    curated = [r for r in _build("--labels", str(labels)) if r["origin"].startswith("curator")]
    assert [(r["id"], r["label"], r["text"]) for r in curated] == [
        ("c7-cure", "cure", "Our cells regrow lost youth."),
        ("c9-ok", "ok", "We refund your deposit."),
    ]


def test_a_resemblance_names_its_exemplar_and_score() -> None:
    exemplar = next(
        e for e in semantic.read_bank(semantic.BANK_FILE.read_bytes()) if e.label == "cure"
    )
    decisions = [d for d in explain(exemplar.text) if d.recognizer == "semantic"]
    assert decisions, "a known claim resembles itself"
    first = decisions[0]
    assert first.score is not None and first.score > 0.99
    assert exemplar.id in first.origin and first.category == "cure"


def test_an_exemplar_held_out_is_not_found_again() -> None:
    exemplar = next(
        e for e in semantic.read_bank(semantic.BANK_FILE.read_bytes()) if e.label == "cure"
    )
    (found,) = semantic.resemblances([exemplar.text], exclude=frozenset({exemplar.origin}))
    assert all(r.exemplar.origin != exemplar.origin for r in found)


def _resemblances_against_the_whole_bank(
    texts: list[str], language: str, exclude: frozenset[str]
) -> list[list[tuple[str, str, float, float]]]:
    """The layer's decision computed the plain way, every exemplar compared with every text:
    what the faster path (claims first, honest exemplars only where a category passes) must
    give."""
    import numpy as np

    bank = semantic.read_bank(semantic.bank_bytes(language))
    vectors = semantic.embed([e.text for e in bank])
    centre = vectors.mean(axis=0)
    similarities = (
        semantic._centred(semantic.embed(texts), centre) @ semantic._centred(vectors, centre).T
    )
    similarities[:, [i for i, e in enumerate(bank) if e.origin in exclude]] = -1.0
    found: list[list[tuple[str, str, float, float]]] = []
    for row in similarities:
        honest = max(float(row[i]) for i, e in enumerate(bank) if e.label == "ok")
        mine = []
        for category in CATEGORIES:
            columns = [i for i, e in enumerate(bank) if e.label == category]
            if not columns:
                continue
            best = max(columns, key=lambda i: (row[i], -i))
            near = row[best]
            if (
                float(near) >= semantic.THRESHOLDS[category]
                and near - np.float32(honest) >= semantic.MARGIN
            ):
                mine.append((category, bank[best].id, round(float(near), 3), round(honest, 3)))
        found.append(mine)
    return found


@pytest.mark.parametrize("language", ["en", "es", "tr"])
def test_the_faster_comparison_decides_as_the_whole_bank_does(language: str) -> None:
    bank = semantic.read_bank(semantic.bank_bytes(language))
    # exemplars themselves (each resembles itself), held out and not, and honest sentences
    texts = [e.text for e in bank[::7]] + [
        "Results vary from person to person and may take three months.",
        "Our stem cell treatment will restore your skin and last for many years to come.",
    ]
    held = frozenset(e.origin for e in bank[::21] if e.origin.startswith("real "))
    for exclude in (frozenset(), held):
        got = [
            [(r.category, r.exemplar.id, r.score, r.honest) for r in found]
            for found in semantic.resemblances(texts, exclude=exclude, language=language)
        ]
        expected = _resemblances_against_the_whole_bank(texts, language, exclude)
        # the same decisions (category and exemplar); the scores as printed, to within the last
        # rounded digit: a block's float32 products may sum in another order than the whole
        # matrix's, which moves a score sitting on a rounding boundary (0.2995) by 0.001
        assert [[(c, i) for c, i, _, _ in found] for found in got] == [
            [(c, i) for c, i, _, _ in found] for found in expected
        ]
        assert [[(s, h) for _, _, s, h in found] for found in got] == [
            [(pytest.approx(s, abs=0.0011), pytest.approx(h, abs=0.0011)) for _, _, s, h in found]
            for found in expected
        ]
        assert any(got), "some text resembles a claim, or the comparison is not exercised"


def test_a_resemblance_on_the_same_topic_is_not_proposed_without_its_categorys_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # It resembles a claim past the looser threshold used until session 16, 0.65 (a process
    # sentence beside "complications simply cannot happen"), but does not speak of risk: the same
    # topic is not the same claim. (A cord-blood sentence was here too until session 28's bank,
    # with more honest cord-blood pages in it, stopped finding it close to a claim at all.)
    looser = dict.fromkeys(CATEGORIES, 0.65)
    original = semantic.resemblances
    monkeypatch.setattr(
        semantic,
        "resemblances",
        lambda texts, exclude=frozenset(), **given: original(
            texts, exclude, thresholds=looser, **given
        ),
    )
    for text in ("We harvest a small amount of fat from your thigh under local anaesthetic.",):
        (found,) = semantic.resemblances([text])
        assert any(r.category == "no_risk" for r in found), text
        assert not [d for d in explain(text) if d.recognizer == "semantic"], text
    # ... while a known no-risk claim, which speaks of risk or safety, is still proposed
    exemplar = next(
        e
        for e in semantic.read_bank(semantic.BANK_FILE.read_bytes())
        if e.label == "no_risk" and semantic.ANCHORS["no_risk"].search(e.text)
    )
    decisions = [d for d in explain(exemplar.text) if d.recognizer == "semantic"]
    assert any(d.category == "no_risk" for d in decisions), exemplar.text


def test_the_short_embedding_path_gives_the_librarys_vectors() -> None:
    import numpy as np

    texts = [
        "Permanent results, guaranteed.",
        "Results vary from person to person and may take three months.",
        "x",
        "Células madre para el rejuvenecimiento facial.",
    ]
    ours = semantic.embed(texts)
    theirs = _library().embed(texts, norm=True)
    assert np.allclose(ours, theirs, atol=1e-5)
    # a bank is read in one unpadded batch: texts of every length give the library's vectors
    batch = [" ".join(["Stem cells last"] * n) + f" {n} years." for n in range(1, 41)] + texts
    assert len(batch) > semantic._BATCH
    assert np.allclose(semantic.embed(batch), _library().embed(batch, norm=True), atol=1e-5)


def _library():  # type: ignore[no-untyped-def]
    """WordLlama as its own loader builds it, from the same wheel."""
    import wordllama

    package = Path(wordllama.__file__).parent
    return wordllama.WordLlama.load(cache_dir=package, disable_download=True)


def test_a_texts_tokens_read_word_by_word_are_the_tokenizers() -> None:
    tokenizer = semantic._model().tokenizer
    vocabulary = tokenizer.get_vocab()
    # what the shortcut rests on: no token holds a "▁" after another character
    assert not [t for t in vocabulary if any(a != "▁" and b == "▁" for a, b in pairwise(t))]
    texts = [
        e.text
        for language in ("en", "es", "tr")
        for e in semantic.read_bank(semantic.bank_bytes(language))
    ]
    texts += (
        [t.replace(" ", "  ", 2) for t in texts[::10]]
        + [" " + t for t in texts[::25]]
        + [
            "",
            " ",
            "  ",
            "a",
            " a",
            "a ",
            "a  ",
            "x <s> y",
            "ünïcödé  ṡtem\tçélls",
            "a\u00a0b",
            "ı İ ş",
        ]
    )
    for text in texts:
        assert semantic._text_ids(text) == tokenizer.encode(text, add_special_tokens=False).ids, (
            text
        )


def test_the_layer_reads_the_same_model_the_library_loads() -> None:
    import numpy as np

    ours, theirs = semantic._model(), _library()
    assert ours.embedding.dtype == np.float32 and ours.embedding.shape == (theirs.embedding.shape)
    assert np.array_equal(ours.embedding, theirs.embedding)
    text = "Permanent results, guaranteed for every skin type."
    assert (
        ours.tokenizer.encode(text, add_special_tokens=False).ids
        == theirs.tokenizer.encode(text, add_special_tokens=False).ids
    )
    # the library pads a batch to its longest text; the layer reads each text's own ids instead
    assert ours.tokenizer.padding is None and theirs.tokenizer.padding is not None
    assert ours.tokenizer.truncation == theirs.tokenizer.truncation is None


def test_a_resemblance_whose_sentence_denies_the_claim_is_not_a_flag() -> None:
    # The vectors do not see "not": the sentence sits close to the exemplar "Fat grafting is a
    # permanent ...", but a rule reads "permanent" and finds it negated, so the sentence denies
    # the kind of claim it resembles. (Session 28's bank no longer finds "Fat grafting to the face
    # is not permanent." close to a claim at all; this one still is.)
    text = "Fat grafting is not a permanent solution."
    decisions = explain(text)
    resembling = [d for d in decisions if d.recognizer == "semantic" and d.category == "permanent"]
    assert resembling and not any(d.kept for d in resembling)
    assert {d.why for d in resembling} == {"its sentence denies this kind of claim"}
    assert not screen(text)
