"""What the public pages say, worked out without a database (checklist.engine.presentation)."""

from __future__ import annotations

import dataclasses
import datetime
from types import SimpleNamespace
from typing import Any

import pytest

from checklist.engine import presentation as p
from checklist.engine.claims import REASONS, Flag
from checklist.engine.criteria import CATALOGUE, Catalogue
from checklist.engine.facts import CellSource, ClinicFacts
from checklist.engine.presentation import details as presentation_details
from checklist.engine.scoring import Assessment, score
from tests.checklist.careful import CAREFUL

NOTHING_KNOWN = ClinicFacts()
DONOR_CELLS = dataclasses.replace(CAREFUL, cell_sources=frozenset({CellSource.UMBILICAL_CORD}))


def protocol(**overrides: Any) -> SimpleNamespace:
    values = {
        "name": "Fat-derived cell facial",
        "cell_source": "autologous_adipose",
        "cell_form": "live_cells",
        "processing": "closed_system",
        "manipulation": "same_day",
        "lab": "on_site",
        "delivery": ["injection", "microneedling"],
        "harvest_cc": 80,
        "sessions": 1,
        "procedure_hours": 3,
        "documented": True,
    }
    return SimpleNamespace(**{**values, **overrides})


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (7000, 15000, "US$7,000–15,000"),
        (7000, 7000, "US$7,000"),
        (7000, None, "from US$7,000"),
        (None, 15000, "up to US$15,000"),
        (None, None, ""),
        (450, 900, "US$450–900"),
    ],
)
def test_money_is_written_the_way_people_write_it(low, high, text) -> None:
    assert p.money(low, high) == text


# --- the verdict -------------------------------------------------------------------------------


def test_a_careful_clinic_gets_grade_a_in_plain_words() -> None:
    verdict = p.verdict(score(CAREFUL), CATALOGUE)
    assert (verdict.grade, verdict.label) == ("A", "Grade A")
    assert verdict.meaning == p.GRADE_MEANINGS["A"]
    assert verdict.knockouts == () and verdict.missing_areas == ()


def test_a_failed_knockout_is_named_with_its_reason() -> None:
    verdict = p.verdict(score(DONOR_CELLS), CATALOGUE)
    assert verdict.is_avoid and verdict.label == "F · Avoid"
    assert verdict.meaning == p.KNOCKOUT_MEANING
    (knockout,) = verdict.knockouts
    assert knockout.title == "Your own cells"
    assert "umbilical-cord" in knockout.reason


def test_not_enough_information_names_the_areas_nothing_is_known_about() -> None:
    verdict = p.verdict(score(NOTHING_KNOWN), CATALOGUE)
    assert verdict.label == "Not enough information"
    assert verdict.missing_areas == tuple(g.title for g in CATALOGUE.core_groups)


def test_every_grade_has_a_label_and_a_meaning_without_jargon() -> None:
    for grade in ("A", "B", "C", "D", "F", "insufficient"):
        assert p.GRADE_LABELS[grade]
        meaning = p.GRADE_MEANINGS[grade].lower()
        assert meaning and "coverage" not in meaning and "knockout" not in meaning


# --- the score card ----------------------------------------------------------------------------


def test_the_score_card_follows_the_catalogue_groups_and_adds_up() -> None:
    assessment = score(DONOR_CELLS)
    card = p.score_card(assessment, CATALOGUE)
    assert [g.id for g in card] == [g.id for g in CATALOGUE.groups]
    assert sum(g.earned for g in card) == pytest.approx(assessment.points_earned)
    # A criterion that does not apply (here: ethics approval, the clinic runs no study) is not
    # possible: the card adds up to the assessment's possible points, not the catalogue's.
    assert sum(g.possible for g in card) == assessment.points_possible
    not_applicable = [r for r in assessment.results if r.status == "not_applicable"]
    assert assessment.points_possible == CATALOGUE.possible_points - sum(
        CATALOGUE.by_id[r.criterion_id].points for r in not_applicable
    )
    cells = card[0]
    assert [r.criterion.id for r in cells.rows] == [c.id for c in CATALOGUE.in_group("cells")]
    first = cells.rows[0]
    assert (first.status, first.status_label, first.symbol) == ("not_met", "Not met", "✗")
    assert first.sources == CATALOGUE.by_id["autologous_source"].sources


def test_each_group_bar_splits_its_points_into_earned_missed_and_unknown() -> None:
    for facts in (CAREFUL, DONOR_CELLS, NOTHING_KNOWN):
        for group in p.score_card(score(facts), CATALOGUE):
            assert sum(s.width for s in group.segments) == pytest.approx(100)
            assert sum(s.points for s in group.segments) == pytest.approx(group.possible)
            for before, after in zip(group.segments, group.segments[1:], strict=False):
                assert after.x == pytest.approx(before.x + before.width)
            earned = [s.points for s in group.segments if s.part == "earned"]
            assert sum(earned) == pytest.approx(group.earned)


def test_the_bar_is_described_in_words_for_screen_readers() -> None:
    (cells, *_) = p.score_card(score(DONOR_CELLS), CATALOGUE)
    assert cells.summary.startswith(f"{cells.earned:g} of {cells.possible} points (")
    assert "missed" in cells.summary


def test_a_criterion_missing_from_an_older_assessment_is_left_out_not_guessed() -> None:
    full = score(CAREFUL)
    older = dataclasses.replace(
        full, results=tuple(r for r in full.results if r.criterion_id != "follow_up")
    )
    ids = [row.criterion.id for group in p.score_card(older, CATALOGUE) for row in group.rows]
    assert "follow_up" not in ids and len(ids) == len(CATALOGUE.criteria) - 1


def test_a_group_with_no_results_is_not_shown() -> None:
    empty = Assessment("v", (), 0.0, 0.0, "insufficient")
    assert p.score_card(empty, CATALOGUE) == ()


# --- questions ---------------------------------------------------------------------------------


def test_a_careful_clinic_leaves_no_questions() -> None:
    assert p.questions_to_ask(score(CAREFUL), CATALOGUE) == ()


def test_questions_put_failures_first_then_unknowns_then_partial_answers() -> None:
    facts = dataclasses.replace(
        DONOR_CELLS, follow_up=None, consultation=None, risks_disclosed=False
    )
    questions = p.questions_to_ask(score(facts), CATALOGUE)
    statuses = [q.status for q in questions]
    assert statuses == sorted(statuses, key=["not_met", "unknown", "partial"].index)
    assert questions[0].criterion_id == "autologous_source", "a failed must-pass comes first"
    assert questions[0].text == CATALOGUE.by_id["autologous_source"].ask_clinic
    assert {"follow_up", "consultation", "risks_disclosed"} <= {q.criterion_id for q in questions}


# --- claims ------------------------------------------------------------------------------------


def test_highlighting_keeps_every_character_and_marks_the_red_flags() -> None:
    text = "Permanent results, guaranteed. Zero risk."
    segments = p.highlight(text)
    assert "".join(s.text for s in segments) == text
    flagged = [(s.text, s.flags[0].category) for s in segments if s.flags]
    assert flagged == [
        ("Permanent", "permanent"),
        ("guaranteed", "guaranteed"),
        ("Zero risk", "no_risk"),
    ]


def test_honest_text_is_one_plain_piece() -> None:
    text = "Results build over three to six months and are not permanent."
    assert p.highlight(text) == (p.Segment(text),)
    assert p.flag_notes(p.highlight(text)) == ()


def test_empty_text_is_one_empty_piece() -> None:
    assert p.highlight("") == (p.Segment(""),)


def test_hostile_text_is_cut_into_pieces_not_marked_safe() -> None:
    text = "<script>alert(1)</script> 100% guaranteed results"
    segments = p.highlight(text)
    assert "".join(s.text for s in segments) == text
    assert all(type(s.text) is str for s in segments), "no SafeString: templates escape it"


def test_overlapping_flags_become_one_marked_piece(monkeypatch) -> None:
    flags = (
        Flag("guaranteed", 0, 10, "guaranteed", "r1"),
        Flag("permanent", 5, 20, "nteed perma", "r2"),
    )
    monkeypatch.setattr(presentation_details, "screen", lambda text: flags)
    segments = p.highlight("guaranteed permanent results")
    assert segments[0] == p.Segment("guaranteed permanent", flags)
    assert segments[0].labels == "Guarantees results; Promises permanent results"
    assert segments[1] == p.Segment(" results")


def test_flag_notes_explain_each_kind_of_flag_once_with_all_its_words() -> None:
    segments = p.highlight("Our treatment is 100% safe, with zero risk.")
    notes = p.flag_notes(segments)
    assert [n.category for n in notes] == ["no_risk"]
    assert notes[0].label == "Says there is no risk"
    assert len(notes[0].matches) == 2
    assert notes[0].reason == REASONS["no_risk"]


# --- red flags ---------------------------------------------------------------------------------


def test_the_main_red_flag_is_a_failed_knockout_before_any_claim() -> None:
    flag = p.main_red_flag(["licensed_physicians"], ["guaranteed"], CATALOGUE)
    assert flag == "No verified, current medical licence"


def test_the_most_serious_claim_is_the_main_red_flag_when_no_knockout_failed() -> None:
    assert p.main_red_flag([], ["universal", "fda_misrepresentation"], CATALOGUE) == (
        "Misleading FDA claim"
    )


def test_a_clean_clinic_has_no_main_red_flag() -> None:
    assert p.main_red_flag([], [], CATALOGUE) is None


def test_a_knockout_without_a_short_label_falls_back_to_its_title() -> None:
    catalogue = Catalogue(criteria=(CATALOGUE.by_id["consultation"],))
    assert p.main_red_flag(["consultation"], [], catalogue) == "Fails: Consultation first"


# --- price -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "low", "high", "status", "advice"),
    [
        ("MX", 900, 1200, "below", "Unusually cheap"),
        ("MX", 4000, 6000, "within", "Within the typical range"),
        ("US", 9000, 20000, "above", "Above the typical range"),
        ("KR", 4000, 6000, "no_range", "no typical range"),
        ("US", None, None, "unknown", "No full-face price is known"),
    ],
)
def test_the_price_is_placed_against_its_country_range(country, low, high, status, advice) -> None:
    summary = p.price_summary(country, low, high)
    assert summary.status == status
    assert advice in summary.advice
    assert summary.quoted == p.money(low, high)


def test_the_price_chart_stays_on_its_axis() -> None:
    for low, high in ((450, 900), (4000, 6000), (9000, 60000), (7000, 7000)):
        summary = p.price_summary("US", low, high)
        assert summary.typical == "US$7,000–15,000" and summary.where == "the United States"
        for start, width in (
            (summary.typical_x, summary.typical_width),
            (summary.quoted_x, summary.quoted_width),
        ):
            assert start is not None and width is not None
            assert 0 <= start <= 100 and width > 0 and start + width <= 101


def test_no_chart_is_drawn_without_a_range_to_draw_against() -> None:
    assert p.price_summary("KR", 4000, 6000).typical_x is None


# --- protocols and credentials -----------------------------------------------------------------


def test_a_protocol_is_described_in_plain_words() -> None:
    lines = {line.label: line.text for line in p.describe_protocol(protocol())}
    assert lines["Where the cells come from"].startswith("Your own cells, taken from a small")
    assert "About 80 cc is taken." in lines["Where the cells come from"]
    assert lines["What is used"] == "Live cells are injected or applied."
    assert "closed, sterile system" in lines["How they are processed"]
    assert "has a written protocol" in lines["How they are processed"]
    assert lines["How it is given"] == (
        "Given by injection with fine needles and microneedling. 1 session, about 3 hours each."
    )


def test_an_undescribed_protocol_says_what_is_not_known() -> None:
    lines = p.describe_protocol(
        protocol(
            cell_source="unknown",
            cell_form="unknown",
            processing="unknown",
            manipulation="unknown",
            lab="unknown",
            delivery=[],
            harvest_cc=None,
            sessions=None,
            procedure_hours=None,
            documented=None,
        )
    )
    text = " ".join(line.text for line in lines)
    assert "does not say where the cells come from" in text
    assert "not stated" in text and "Whether a written protocol exists is not known." in text
    assert "cc" not in text


def test_donor_cells_are_never_described_as_your_own() -> None:
    (source, *_) = p.describe_protocol(protocol(cell_source="umbilical_cord", harvest_cc=80))
    assert source.text == "Cells from umbilical cord tissue of a donor, not from you."


def test_every_protocol_choice_has_plain_words() -> None:
    from checklist.engine.facts import CellForm, Lab, Manipulation, Processing

    for enum, words in (
        (CellSource, p.SOURCE_SENTENCES),
        (CellForm, p.FORM_SENTENCES),
        (Processing, p.PROCESSING_SENTENCES),
        (Manipulation, p.MANIPULATION_SENTENCES),
        (Lab, p.LAB_SENTENCES),
    ):
        assert set(words) == {member.value for member in enum}


def test_credentials_carry_their_status_in_words() -> None:
    today = datetime.date(2026, 11, 21)
    credentials = [SimpleNamespace(status=lambda day, s=s: s) for s in ("verified", "expired")]
    rows = p.credential_rows(credentials, today)
    assert [(r.status_label, r.expired) for r in rows] == [
        ("Verified", False),
        ("Expired: no longer counts", True),
    ]


# --- comparison --------------------------------------------------------------------------------


def test_the_comparison_marks_rows_where_clinics_differ() -> None:
    groups = p.comparison([score(CAREFUL), score(DONOR_CELLS)], CATALOGUE)
    rows = {row.criterion.id: row for group in groups for row in group.rows}
    assert rows["autologous_source"].differs
    assert [c.status for c in rows["autologous_source"].cells] == ["met", "not_met"]
    assert not rows["consultation"].differs
    assert sum(g.differing for g in groups) == sum(r.differs for r in rows.values())


def test_a_clinic_without_an_assessment_gets_empty_cells() -> None:
    groups = p.comparison([score(CAREFUL), None], CATALOGUE)
    row = groups[0].rows[0]
    assert row.cells[1] is None and row.differs


# --- evidence ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("identifier", "link"),
    [
        ("10.1186/s13018-017-0645-5", "https://doi.org/10.1186/s13018-017-0645-5"),
        ("doi:10.1186/x", "https://doi.org/10.1186/x"),
        ("https://doi.org/10.1/abc", "https://doi.org/10.1/abc"),
        ("NCT01234567", "https://clinicaltrials.gov/study/NCT01234567"),
        ("nct01234567", "https://clinicaltrials.gov/study/NCT01234567"),
        ("PMC5600176", ""),
        ("javascript:alert(1)", ""),
    ],
)
def test_cited_evidence_links_only_to_doi_and_trial_registries(identifier, link) -> None:
    assert p.evidence_link(identifier) == link


def test_highlight_with_the_stored_flags_gives_what_screening_the_text_gives():
    from checklist.engine.claims import screen
    from checklist.engine.presentation import highlight

    text = "Permanent results with no risk, FDA approved stem cells."
    assert highlight(text, screen(text)) == highlight(text)
    # The flags given are the ones used: none given, nothing flagged.
    assert [s.flags for s in highlight(text, ())] == [()]
