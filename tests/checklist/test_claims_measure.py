"""The screener's figures are counted as ../shared/data/CLAIMS.md says (no database)."""

from __future__ import annotations

import pytest

from checklist.engine.claims import Flag
from checklist.engine.claims.measure import (
    Labelled,
    agreed,
    agreement,
    by_document,
    measure,
    measure_reading,
)

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


def test_the_rows_not_in_doubt_are_those_a_second_reader_labelled_alike() -> None:
    reading = {"a": "permanent", "b": "ok", "c": "cure", "d": "ok"}  # "e" not read
    kept = agreed(ROWS, reading)
    assert [row.id for row in kept] == ["a", "c", "d"]
    figures = measure(kept, fake_screen)
    assert figures.macro_recall == pytest.approx(1.0)  # "b", the doubtful miss, is not counted
    assert figures.false_flag_rate == 0.0


def test_agreement_is_corrected_for_chance() -> None:
    # 3 of 4 the same; readers labelling at random with their own frequencies agree half the time
    assert agreement(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == (0.75, 0.5)
    assert agreement(["ok", "cure"], ["ok", "cure"]) == (1.0, 1.0)
    assert agreement(["ok", "ok"], ["ok", "ok"]) == (1.0, 1.0)  # no chance to be wrong
    with pytest.raises(ValueError):
        agreement(["ok"], [])


def test_the_interval_resamples_whole_documents() -> None:
    # two documents: one whose claims are all caught and honest rows left alone, one all wrong;
    # a draw takes each document whole, so its macro recall is 0, 0.5 or 1, never in between
    rows = [
        Labelled("a1", "permanent", "lasts forever", "https://right.example"),
        Labelled("a2", "ok", "results vary", "https://right.example"),
        Labelled("b1", "permanent", "lasts a while", "https://wrong.example"),
        Labelled("b2", "ok", "no one can promise results forever", "https://wrong.example"),
    ]
    figures = measure(rows, fake_screen)
    assert (figures.macro_recall, figures.false_flag_rate) == (0.5, 0.5)

    intervals = by_document(rows, figures, draws=400)

    assert (intervals["macro_recall"].low, intervals["macro_recall"].high) == (0.0, 1.0)
    assert (intervals["false_flag_rate"].low, intervals["false_flag_rate"].high) == (0.0, 1.0)
    assert str(intervals["macro_recall"]) == "0.000-1.000"


def test_the_interval_is_seeded_and_narrows_as_documents_agree() -> None:
    rows = [
        Labelled(f"{n}", "permanent" if n % 2 else "ok", text, f"https://doc{n}.example")
        for n, text in enumerate(["results vary", "lasts forever"] * 20)
    ]
    figures = measure(rows, fake_screen)  # every claim caught, every honest row left alone
    assert by_document(rows, figures) == by_document(rows, figures)

    intervals = by_document(rows, figures)

    assert (intervals["macro_recall"].low, intervals["macro_recall"].high) == (1.0, 1.0)
    assert (intervals["false_flag_rate"].low, intervals["false_flag_rate"].high) == (0.0, 0.0)


def test_the_interval_holds_the_figure_and_a_draw_without_a_category_skips_it() -> None:
    figures = measure(ROWS, fake_screen)  # no sources: each row is its own document

    intervals = by_document(ROWS, figures, draws=500, seed=3)

    recall, rate = intervals["macro_recall"], intervals["false_flag_rate"]
    assert recall.low <= figures.macro_recall <= recall.high  # type: ignore[operator]
    assert rate.low <= figures.false_flag_rate <= rate.high  # type: ignore[operator]
    assert 0.0 <= recall.low < recall.high <= 1.0
