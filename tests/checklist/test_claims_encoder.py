"""The trained encoder (checklist/engine/claims/encoder.py): a veto on the flags the rules and the
semantic layer raise and flags of its own, shown in ``explain``, part of the English version only,
the same in every process, and off with CLAIMS_ENCODER=off."""

from __future__ import annotations

import json

import pytest

from checklist.engine.claims import CATEGORIES, SCREENER_VERSIONS, encoder, explain, screen
from checklist.engine.claims import version as claims_version
from checklist.engine.claims.context import (
    ALREADY_FLAGGED,
    DENIED_IN_ITS_SENTENCE,
    DOUBTED_BY_THE_ENCODER,
)
from checklist.engine.claims.text import _Doc
from tests.fresh_python import run_python

# Honest sentences from the real corpus's dev split that the rules flag and the encoder reads as
# making no claim, and red flags it lets stand (ids in checklist/engine/claims/data/real.tsv).
VETOED = {
    # s23-0401: an outcome said to vary, where "therapy for autism" reads as a cure offered
    "The outcomes of stem cell therapy for autism can vary widely from person to person.": "cure",
    # s25-0262: a treatment's established use; s26-0860: side effects weighed
    "Infusions of salt water—or saline solution—are normal and safe treatments for dehydration "
    "and other conditions.": "cure",
    "A primary concern is that prolonged hormonal therapy is associated with serious side "
    "effects.": "cure",
    # s24-0306: cord blood named in a sentence about risks and a ministry's authorisation
    "There are, however, elevated risks of infection and graft rejection, meaning any "
    "procedures using cord blood require extensive testing to ensure compatibility and explicit "
    "authorisation from Japan’s health ministry.": "unverified_source",
}
KEPT = {
    "Our stem cell injections cure arthritis, guaranteed.": {"cure", "guaranteed"},
    # r0981, a red flag of the dev split
    "HydraFacial delivers instant, noticeable results after just one session, making the skin "
    "look more radiant, hydrated, and refreshed.": {"instant", "guaranteed"},
}


def test_the_shipped_model_reads_the_screeners_categories() -> None:
    card = json.loads((encoder.FOLDER / "card.json").read_text(encoding="utf-8"))
    assert tuple(card["categories"]) == CATEGORIES
    assert card["trained_on"]["rows"] > 6000
    probabilities = encoder.probabilities("Our cells cure arthritis.")
    assert set(probabilities) == set(CATEGORIES)
    assert all(0.0 <= p <= 1.0 for p in probabilities.values())


def test_a_second_claim_stands_though_the_corpus_labelled_only_the_first() -> None:
    # the corpus gives each row one label, so the classifier's probability for a sentence's
    # second kind of claim is low: the veto asks whether the passage makes any claim
    text = "A risk free way to look younger."
    probabilities = encoder.probabilities(text)
    assert probabilities["no_risk"] < encoder.KEEP_FROM <= encoder.claim_probability(text)
    assert "no_risk" in {f.category for f in screen(text)}


@pytest.mark.parametrize(("text", "categories"), KEPT.items())
def test_a_red_flag_stands_with_the_encoders_probability(text: str, categories: set) -> None:
    assert {f.category for f in screen(text)} == categories
    kept = [d for d in explain(text) if d.kept]
    assert kept
    assert all(d.probability is not None and d.probability >= encoder.KEEP_FROM for d in kept)


@pytest.mark.parametrize(("text", "category"), VETOED.items())
def test_an_honest_look_alike_the_rules_flag_is_set_aside_with_why(
    text: str, category: str
) -> None:
    assert category not in {f.category for f in screen(text)}
    doubted = [d for d in explain(text) if d.why == DOUBTED_BY_THE_ENCODER]
    assert {d.category for d in doubted} >= {category}
    assert all(d.probability is not None and d.probability < encoder.KEEP_FROM for d in doubted)
    # with the encoder off, the same phrase would be flagged: the veto is what moved it
    with encoder.turned_off():
        assert category in {f.category for f in screen(text)}
        assert all(d.probability is None for d in explain(text))


# Red flags of the dev split that no rule or exemplar catches and the encoder does (s8-0402,
# s24-0667): its own flags.
OWN = {
    "Once it does this, it can be expected to last forever.": "permanent",
    "This treatment works for aging adults and also teenagers.": "universal",
}


@pytest.mark.parametrize(("text", "category"), OWN.items())
def test_the_encoder_flags_a_claim_the_rules_miss_over_what_it_read(
    text: str, category: str
) -> None:
    padded = f"  {text}\n"
    (flag,) = screen(padded)
    assert (flag.category, flag.match) == (category, text)
    (decision,) = [d for d in explain(padded) if d.kept]
    assert decision.recognizer == decision.origin == "trained encoder"
    assert decision.probability is not None and decision.probability >= encoder.ADD_FROM
    assert decision.score is None
    with encoder.turned_off():
        assert screen(padded) == ()
        assert all(d.recognizer != "trained encoder" for d in explain(padded))


def test_in_a_long_text_its_flag_spans_the_sentence() -> None:
    claim = "This treatment works for aging adults and also teenagers."
    filler = " ".join(["The clinic opens at nine and closes at six on weekdays."] * 6)
    # first, so that it is read alone (a later sentence is read with the one before it)
    text = f"{claim} {filler}"
    assert len(text.split()) > encoder.WHOLE_TEXT_WORDS
    (flag,) = screen(text)
    assert (flag.category, flag.match, flag.start) == ("universal", claim, text.index(claim))


def test_a_rule_that_reads_the_claim_denied_sets_the_encoders_flag_aside() -> None:
    # the encoder sees "risk-free"; the rule sees the "No" before it
    text = "No procedure is risk-free, and ours is no exception."
    assert encoder.probabilities(text)["no_risk"] >= encoder.ADD_FROM
    assert screen(text) == ()
    (reading,) = [d for d in explain(text) if d.recognizer == "trained encoder"]
    assert (reading.category, reading.kept, reading.why) == (
        "no_risk",
        False,
        DENIED_IN_ITS_SENTENCE,
    )


def test_where_a_rule_flags_the_same_claim_its_span_is_the_flag() -> None:
    text = "Say goodbye to back pain."
    (flag,) = screen(text)
    assert flag.match == "goodbye to back pain"
    (reading,) = [d for d in explain(text) if d.recognizer == "trained encoder"]
    assert (reading.category, reading.why) == ("cure", ALREADY_FLAGGED)


def test_a_short_text_is_read_whole_and_a_long_one_sentence_by_sentence() -> None:
    short = " Donor cells are used. They come from a lab. "
    assert list(encoder.readings(_Doc(short))) == [(1, len(short) - 1, short.strip())]
    sentences = [f"Sentence number {n} says little about anything at all here." for n in range(12)]
    long = " ".join(sentences)
    read = list(encoder.readings(_Doc(long)))
    assert [long[start:end] for start, end, _ in read] == sentences
    # each sentence with the one before it, as a flag's passage is read
    assert [passage for _, _, passage in read[:2]] == [
        sentences[0],
        f"{sentences[0]} {sentences[1]}",
    ]


def test_a_short_text_is_read_whole_and_a_long_one_around_the_phrase() -> None:
    short = "Donor cells are used. They come from a lab."
    assert encoder.passage(_Doc(short), 0, 5) == short
    sentences = [f"Sentence number {n} says little about anything at all here." for n in range(12)]
    long = " ".join(sentences)
    doc = _Doc(long)
    start = long.index("number 7")
    # the phrase's sentence and the one before it, for a pronoun standing for what came before
    assert encoder.passage(doc, start, start + 8) == f"{sentences[6]} {sentences[7]}"
    assert encoder.passage(doc, 0, 8) == sentences[0]


def test_a_long_sentence_is_read_in_the_words_around_the_phrase() -> None:
    # the tokenizer keeps 96 tokens: what it reads must hold the flagged phrase
    # (short words: a sentence is cut at 400 characters, and this one must stay whole)
    filler = " ".join(["so"] * 45)
    before = f"Background sentence with {filler} in it."
    claim = f"Early {filler} and then our results are permanent for {filler} everyone."
    text = f"{before} {claim}"
    start = text.index("permanent")
    read = encoder.passage(_Doc(text), start, start + len("permanent"))
    # the sentence before is left out, the phrase kept in the middle of at most 64 words
    assert "Background" not in read and "permanent" in read
    assert len(read.split()) <= encoder.WHOLE_TEXT_WORDS
    words = read.split()
    middle = words.index("permanent")
    assert abs(middle - len(words) // 2) <= 2
    # two sentences that fit are read together, the one before first
    fits = "Some clinics use donor cells. " + " ".join(["Filler sentence here."] * 20)
    fits += " We use them too."
    start = fits.index("We use them")
    assert (
        encoder.passage(_Doc(fits), start, start + 11) == "Filler sentence here. We use them too."
    )


def test_the_probabilities_are_the_same_in_every_process() -> None:
    text = "Our exosome facial reverses ageing in one visit, with no downtime and no risk."
    program = (
        "from checklist.engine.claims import encoder; import json; "
        f"print(json.dumps(encoder.probabilities({text!r})))"
    )
    outputs = set()
    for seed in ("1", "2"):
        done = run_python(program, PYTHONHASHSEED=seed)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout.strip())
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == encoder.probabilities(text)


def test_the_model_is_part_of_the_english_version_only(monkeypatch: pytest.MonkeyPatch) -> None:
    edition = claims_version.SCREENER_EDITION
    english = claims_version.version_of(edition, claims_version.english_data())
    spanish = claims_version.version_of(edition, claims_version.language_data("es"))
    assert english == claims_version.SCREENER_VERSION
    assert spanish == SCREENER_VERSIONS["es"]
    monkeypatch.setattr(encoder, "MODEL_DIGEST", "0" * 16)
    assert claims_version.version_of(edition, claims_version.english_data()) != english
    assert claims_version.version_of(edition, claims_version.language_data("es")) == spanish
    monkeypatch.undo()
    monkeypatch.setattr(encoder, "KEEP_FROM", 0.5)
    assert claims_version.version_of(edition, claims_version.english_data()) != english


def test_turned_off_in_the_environment_it_reads_nothing_and_the_version_says_so() -> None:
    program = (
        "from checklist.engine.claims import SCREENER_VERSION, explain, encoder; "
        "print(encoder.ENABLED, SCREENER_VERSION, "
        "[d.probability for d in explain('Results are permanent.')])"
    )
    done = run_python(program, CLAIMS_ENCODER="off")
    assert done.returncode == 0, done.stderr
    enabled, version, probabilities = done.stdout.split(" ", 2)
    assert enabled == "False"
    assert version != claims_version.SCREENER_VERSION
    assert probabilities.strip() == "[None]"


def test_spanish_and_turkish_are_not_read_by_the_english_encoder() -> None:
    decisions = explain("Resultados permanentes y garantizados.", "es")
    assert decisions
    assert all(d.probability is None for d in decisions)
