"""`explain(text)` is the decision process behind `screen(text)`, kept as data: every phrase a
rule or finder proposed, which one, and what the context decided."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from checklist.engine.claims import REASONS, encoder, explain, screen
from checklist.engine.claims.context import ALREADY_FLAGGED
from tests.checklist.dev_set import DEV_SET

TEXTS = [line.split("\t")[-1] for line in DEV_SET.read_text(encoding="utf-8").splitlines()[1:]]


def test_every_flag_comes_from_kept_decisions_and_every_kept_decision_from_a_flag() -> None:
    for text in TEXTS:
        flags = screen(text)
        kept = [d for d in explain(text) if d.kept]
        for flag in flags:
            inside = [
                d for d in kept if d.category == flag.category and flag.start <= d.start < flag.end
            ]
            assert inside and inside[0].start == flag.start, text
        for decision in kept:
            assert any(
                f.category == decision.category and f.start <= decision.start < f.end for f in flags
            ), text


def test_a_dropped_phrase_says_why_and_names_its_rule() -> None:
    decisions = explain("Beware of clinics that promise no risk. Results are not permanent.")
    assert [(d.category, d.kept, d.why) for d in decisions] == [
        ("no_risk", False, "a warning about other clinics covers it"),
        ("permanent", False, "negated before it"),
    ]
    assert all(d.origin.startswith("rule ") for d in decisions)


def test_a_kept_phrase_has_no_reason_to_drop_it() -> None:
    reading, decision = explain("Our results are permanent.")
    assert decision.kept and decision.why == "" and decision.match == "permanent"
    # the trained encoder read the same claim in the whole text; the rule's span is the flag
    assert reading.recognizer == "trained encoder" and reading.category == "permanent"
    assert not reading.kept and reading.why == ALREADY_FLAGGED
    assert reading.probability is not None and reading.probability >= encoder.ADD_FROM


@pytest.mark.parametrize(
    ("options", "keys"), [((), {"text", "flags"}), (("--explain",), {"text", "flags", "explain"})]
)
def test_screen_claims_keeps_its_lines_and_adds_the_decisions_on_request(options, keys) -> None:
    out = io.StringIO()
    call_command(
        "screen_claims", *options, stdin=io.StringIO("Results are permanent.\n"), stdout=out
    )
    line = json.loads(out.getvalue())
    assert set(line) == keys
    assert line["flags"] == [
        {
            "category": "permanent",
            "start": 12,
            "end": 21,
            "match": "permanent",
            "reason": REASONS["permanent"],
        }
    ]
    if "explain" in keys:
        first = next(d for d in line["explain"] if d["recognizer"] != "trained encoder")
        assert first["origin"].startswith("rule ") and first["kept"] is True
        assert first["recognizer"] == "rules" and first["score"] is None
        # the trained encoder's probability of the phrase's category, for a phrase that stands
        assert first["probability"] >= encoder.KEEP_FROM


def test_explain_names_the_exemplar_a_sentence_resembles_with_its_score() -> None:
    out = io.StringIO()
    text = "Stem cell treatment for COPD and lung disease is now a reality for patients.\n"
    call_command("screen_claims", "--explain", stdin=io.StringIO(text), stdout=out)
    (line,) = [json.loads(x) for x in out.getvalue().splitlines()]
    semantic = [d for d in line["explain"] if d["recognizer"] == "semantic"]
    assert semantic and semantic[0]["origin"].startswith("resembles exemplar ")
    assert 0.6 <= semantic[0]["score"] <= 1.0


def test_each_flag_is_explained_once_with_every_proposal_that_raised_it():
    from checklist.engine.claims.screening import why_flagged

    text = "Results are 100% guaranteed. Our stem cells cure arthritis."
    with encoder.turned_off():
        flags, decisions = screen(text), explain(text)
    reasons = why_flagged(flags, decisions)
    # one entry a flag, in the flags' order, whatever number of rules read it
    assert [(r.category, r.match) for r in reasons] == [(f.category, f.match) for f in flags]
    guaranteed = reasons[0]
    assert guaranteed.match == "100% guaranteed"
    origins = [d.origin for d in guaranteed.decisions]
    assert len(origins) == len(set(origins)) >= 2
    assert "success odds finder" in origins
    assert all(
        d.kept and d.category == "guaranteed" and text[d.start : d.end] in "100% guaranteed"
        for d in guaranteed.decisions
    )


def test_the_encoders_reading_of_a_flags_passage_is_given_once_for_all_that_raised_it():
    from checklist.engine.claims.screening import why_flagged

    text = "Results are 100% guaranteed."
    (guaranteed,) = why_flagged(screen(text), explain(text))
    assert len(guaranteed.decisions) >= 2
    shared = guaranteed.veto_probability
    assert shared is not None and shared >= encoder.KEEP_FROM
    assert {d.probability for d in guaranteed.decisions} == {shared}
    # one proposal alone carries its own; with the encoder off there is nothing to give
    (alone,) = why_flagged(screen("Results are permanent."), explain("Results are permanent."))
    assert len(alone.decisions) == 1 and alone.veto_probability is None
    assert alone.decisions[0].probability is not None
    with encoder.turned_off():
        (off,) = why_flagged(screen(text), explain(text))
    assert off.veto_probability is None


def test_a_kept_proposal_in_no_flag_of_its_kind_is_explained_on_its_own():
    from checklist.engine.claims.screening import why_flagged

    text = "Results are 100% guaranteed."
    with encoder.turned_off():
        decisions = explain(text)
    # flags stored by another version that no longer name this phrase
    reasons = why_flagged((), decisions)
    assert [r.decisions for r in reasons] == [(d,) for d in decisions if d.kept]
    assert not why_flagged((), [d for d in decisions if not d.kept])


def test_overlapping_phrases_dropped_for_one_reason_are_one_entry():
    from checklist.engine.claims.screening import why_not_flagged

    text = "Beware of clinics that promise 100% guaranteed results."
    decisions = explain(text)
    dropped = [d for d in decisions if not d.kept]
    assert len(dropped) >= 3  # two rules and the finder read it, each dropped by the warning
    (entry,) = why_not_flagged(text, decisions)
    assert entry.category == "guaranteed" and entry.match == "100% guaranteed results"
    assert entry.why == dropped[0].why
    assert text[entry.start : entry.end] == entry.match


def test_phrases_dropped_for_different_reasons_or_apart_stay_apart():
    from checklist.engine.claims.screening import why_not_flagged

    text = "Beware of clinics that promise no risk. Results are not permanent."
    with encoder.turned_off():
        entries = why_not_flagged(text, explain(text))
    assert [(e.category, e.match) for e in entries] == [
        ("no_risk", "no risk"),
        ("permanent", "permanent"),
    ]
    assert entries[0].why != entries[1].why
    # kept proposals are not listed
    with encoder.turned_off():
        kept_only = explain("Results are permanent.")
    assert kept_only and why_not_flagged("Results are permanent.", kept_only) == ()
