"""The screener's figures are counted as ../shared/data/CLAIMS.md says (no database)."""

from __future__ import annotations

import pytest

from checklist.engine.claims import Flag
from checklist.engine.claims.measure import Labelled, agreement, measure, measure_reading

ROWS = [
    Labelled("a", "permanent", "lasts forever"),
    Labelled("b", "permanent", "lasts a while"),
    Labelled("c", "cure", "cures arthritis and lasts forever"),
    Labelled("d", "ok", "results vary"),
    Labelled("e", "ok", "no one can promise results forever"),
]


def fake_screen(text: str) -> tuple[Flag, ...]:
    flags = []
    if "forever" in text:
        flags.append(Flag("permanent", 0, 1, "l", "r"))
    if "cures" in text:
        flags.append(Flag("cure", 0, 1, "c", "r"))
    return tuple(flags)


def test_recall_precision_and_false_flags_follow_the_label_rules() -> None:
    figures = measure(ROWS, fake_screen)

    permanent, cure, ok = (figures.by_label[k] for k in ("permanent", "cure", "ok"))
    assert (permanent.caught, permanent.rows, permanent.recall) == (1, 2, 0.5)
    # three rows carry a permanent flag, one of them labelled permanent
    assert (permanent.flagged, permanent.flagged_right) == (3, 1)
    assert cure.recall == 1.0 and cure.precision == 1.0
    assert (ok.caught, ok.rows) == (1, 2)
    assert figures.macro_recall == pytest.approx(0.75)
    assert figures.false_flag_rate == 0.5
    assert figures.misses == ("b",) and figures.false_flags == ("e",)


def test_an_unknown_label_is_refused() -> None:
    with pytest.raises(ValueError, match="'maybe' is not one of ok"):
        Labelled("x", "maybe", "text")


def test_a_second_readers_labels_are_scored_like_a_screeners_flags() -> None:
    reading = {"a": "permanent", "b": "ok", "c": "permanent", "d": "cure", "e": "ok"}
    figures = measure_reading(ROWS, reading)
    assert figures.by_label["permanent"].caught == 1  # "b" read as honest
    assert figures.by_label["cure"].caught == 0  # "c" read as permanent only
    assert figures.false_flags == ("d",)
    assert figures.macro_recall == pytest.approx(0.25)


def test_agreement_is_corrected_for_chance() -> None:
    # 3 of 4 the same; readers labelling at random with their own frequencies agree half the time
    assert agreement(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == (0.75, 0.5)
    assert agreement(["ok", "cure"], ["ok", "cure"]) == (1.0, 1.0)
    assert agreement(["ok", "ok"], ["ok", "ok"]) == (1.0, 1.0)  # no chance to be wrong
    with pytest.raises(ValueError):
        agreement(["ok"], [])
