"""The admin's score history line, its "what changed" column and the dashboard bars: pure, no
database."""

import datetime
from types import SimpleNamespace

import pytest

from checklist.engine.criteria import CATALOGUE
from checklist.engine.presentation import bar_chart, score_history, score_history_points


def stored(day: int, score: float, **statuses: str) -> SimpleNamespace:
    base = {c.id: "met" for c in CATALOGUE.criteria}
    base.update(statuses)
    return SimpleNamespace(
        created=datetime.datetime(2026, 1, day),
        catalogue_version=CATALOGUE.version,
        grade="A" if score >= 85 else "C",
        score=score,
        coverage=100.0,
        results=[{"criterion_id": cid, "status": status} for cid, status in base.items()],
    )


def test_history_is_newest_first_and_names_each_criterion_that_moved():
    rows = [
        stored(1, 95),
        stored(2, 60, realistic_claims="not_met"),
        stored(3, 60, realistic_claims="not_met"),
    ]
    history = score_history(rows, CATALOGUE)
    assert [h.created.day for h in history] == [3, 2, 1]
    assert history[2].first and history[2].changes == ()
    (change,) = history[1].changes
    assert (change.criterion_id, change.before, change.after) == (
        "realistic_claims",
        "met",
        "not_met",
    )
    assert (change.before_label, change.after_label) == ("Met", "Not met")
    assert change.title == CATALOGUE.by_id["realistic_claims"].title
    assert history[0].changes == () and not history[0].first


def test_changes_follow_the_catalogue_order():
    rows = [stored(1, 95), stored(2, 50, follow_up="unknown", autologous_source="not_met")]
    ids = [c.criterion_id for c in score_history(rows, CATALOGUE)[0].changes]
    order = [c.id for c in CATALOGUE.criteria]
    assert ids == sorted(ids, key=order.index) and set(ids) == {"follow_up", "autologous_source"}


def test_a_criterion_from_another_catalogue_is_shown_as_added_or_dropped():
    old = stored(1, 90)
    old.results = [*old.results, {"criterion_id": "retired_rule", "status": "met"}]
    history = score_history([old, stored(2, 90)], CATALOGUE)
    (change,) = history[0].changes
    assert (change.criterion_id, change.title, change.after, change.after_label) == (
        "retired_rule",
        "retired_rule",
        None,
        "not assessed",
    )


def test_the_line_spans_the_box_with_100_at_the_top_and_0_at_the_bottom():
    chart = score_history_points([0, 50, 100], width=104, height=54, margin=2, labels=0)
    assert [(p.x, p.y) for p in chart.points] == [(2, 52), (52, 27), (102, 2)]
    assert chart.polyline == "2.00,52.00 52.00,27.00 102.00,2.00"
    assert chart.summary == "Score over 3 assessments, oldest first: 0, 50, 100."
    assert chart.grid == ((0, 52), (50, 27), (100, 2))


@pytest.mark.parametrize(("scores", "expected"), [([], ()), ([40.0], ((50.0, 36.0),))])
def test_no_score_draws_nothing_and_one_score_sits_in_the_middle(scores, expected):
    chart = score_history_points(scores, width=100, height=60, margin=0, labels=0)
    assert tuple((p.x, p.y) for p in chart.points) == expected


def test_the_labels_strip_keeps_the_first_point_clear_of_the_axis_labels():
    chart = score_history_points([80, 90], width=120, height=40, margin=4, labels=16)
    assert [p.x for p in chart.points] == [20, 116]


def test_scores_outside_0_to_100_stay_on_the_chart():
    chart = score_history_points([-5, 120], width=10, height=10, margin=0, labels=0)
    assert [p.y for p in chart.points] == [10, 0]
    assert [p.score for p in chart.points] == [-5, 120]


def test_bars_scale_to_the_largest_count_and_zero_keeps_its_row():
    bars = bar_chart([("A", "Grade A", 4), ("B", "Grade B", 1), ("F", "F", 0)])
    assert [(b.key, b.count, b.width) for b in bars] == [
        ("A", 4, 100.0),
        ("B", 1, 25.0),
        ("F", 0, 0.0),
    ]
    assert [b.width for b in bar_chart([("A", "A", 0)])] == [0.0]
