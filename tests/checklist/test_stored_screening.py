"""Claim screenings are stored with each claim and reused until the text or the screener changes.

A stored screening is only a shortcut: every assessment must be exactly what screening the text
afresh would give.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checklist.engine import claims
from checklist.engine.claims import SCREENER_VERSION, screen
from checklist.engine.claims import version as claims_version
from checklist.engine.stored import flags_from_stored, stored_screening
from checklist.models import ClinicAssessment
from checklist.services.assessments import assessment_refresh, assessments_refresh
from clinics.models import Claim, Clinic
from clinics.services import claim_screen
from tests.checklist.dev_set import DEV_SET
from tests.factories import ClaimFactory, ClinicFactory
from tests.fresh_python import run_python

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RED_FLAGS = "Permanent results, guaranteed. Zero risk."
HONEST = "Results build gradually over three to six months and are not permanent."


def _dev_texts() -> list[str]:
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()[1:]  # id, label, text
    return [line.split("\t", 2)[2] for line in lines if line.count("\t") >= 2]


def _refuse_to_screen(text: str) -> tuple[claims.Flag, ...]:
    raise AssertionError(f"screened again: {text!r}")


def _assessments() -> dict[int, tuple]:
    """Everything a rescore decides, clinic by clinic (not the row ids or dates)."""
    return {
        clinic.pk: (
            clinic.listing_grade,
            clinic.listing_red_flags,
            clinic.sort_score,
            clinic.current_assessment.score,
            clinic.current_assessment.grade,
            clinic.current_assessment.claim_flags,
            clinic.current_assessment.facts,
            clinic.current_assessment.results,
        )
        for clinic in Clinic.objects.select_related("current_assessment")
    }


def _forget_assessments() -> None:
    Clinic.objects.update(current_assessment=None)
    ClinicAssessment.objects.all().delete()


# --- Pure: what is stored ----------------------------------------------------------------------


def test_a_stored_screening_gives_back_exactly_what_screening_gives() -> None:
    for text in _dev_texts():
        stored = stored_screening(text, screen(text))

        assert flags_from_stored(text, stored, SCREENER_VERSION) == screen(text), text


def test_a_screening_stored_by_another_version_is_not_used() -> None:
    stored = stored_screening(RED_FLAGS, screen(RED_FLAGS))

    assert flags_from_stored(RED_FLAGS, stored, "an-older-screener") is None
    assert flags_from_stored(RED_FLAGS, stored, "") is None


def test_a_screening_of_another_text_is_not_used_even_when_the_spans_would_fit() -> None:
    stored = stored_screening(HONEST, screen(HONEST))
    edited = HONEST.replace("not permanent", "permanent!!!!")

    assert len(edited) == len(HONEST)
    assert flags_from_stored(edited, stored, SCREENER_VERSION) is None


@pytest.mark.parametrize(
    "stored",
    [None, [], {}, {"text": "x"}, {"flags": [["permanent", 0, 9]]}, "garbage"],
    ids=["null", "list", "empty", "no flags", "no digest", "string"],
)
def test_nothing_usable_stored_means_screen_again(stored: object) -> None:
    assert flags_from_stored(RED_FLAGS, stored, SCREENER_VERSION) is None


def test_a_malformed_flag_list_with_the_right_digest_means_screen_again() -> None:
    stored = stored_screening(RED_FLAGS, screen(RED_FLAGS))
    stored["flags"] = [["not_a_category", 0, 4]]

    assert flags_from_stored(RED_FLAGS, stored, SCREENER_VERSION) is None


# --- Pure: the screener's version -------------------------------------------------------------


def test_the_screener_version_is_the_same_in_every_process() -> None:
    # Sets hash differently in each interpreter; the version must not.
    program = "import checklist.engine.claims as c; print(c.SCREENER_VERSION)"
    versions = set()
    for seed in ("1", "2", "3"):
        done = run_python(program, PYTHONHASHSEED=seed)
        assert done.returncode == 0, done.stderr
        versions.add(done.stdout.strip())

    assert versions == {SCREENER_VERSION}
    assert re.fullmatch(r"\d{4}\.\d+-[0-9a-f]{16}", SCREENER_VERSION)


def _version_now(edition: str = claims.SCREENER_EDITION) -> str:
    return claims_version.version_of(edition, claims_version.english_data())


def test_changing_a_pattern_a_word_list_a_rule_or_a_reason_changes_the_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from checklist.engine.claims import (
        categories,
        finders,
        recognizers,
        rules,
        semantic,
        text,
        vocabulary,
    )

    assert _version_now() == SCREENER_VERSION
    changes = (
        (finders, "_FDA", re.compile(finders._FDA.pattern + "|FDA-ish", text._FLAGS)),
        (text, "_NEGATORS", text._NEGATORS | {"nah"}),
        (text, "_MAX_SENTENCE", text._MAX_SENTENCE + 1),
        (rules, "_RULES", rules._RULES[:-1]),
        (recognizers, "RECOGNIZERS", recognizers.RECOGNIZERS[:-1]),
        # the semantic layer's bank and thresholds, and the medical vocabulary
        (semantic, "BANK_DIGEST", "0" * 16),
        (semantic, "THRESHOLDS", {**semantic.THRESHOLDS, "cure": 0.99}),
        (semantic, "MARGIN", semantic.MARGIN + 0.01),
        (vocabulary, "CONDITIONS_DIGEST", "0" * 16),
        (categories, "REASONS", {**categories.REASONS, "cure": "Reworded."}),
    )
    for module, name, value in changes:
        with monkeypatch.context() as patch:
            patch.setattr(module, name, value)

            assert _version_now() != SCREENER_VERSION, name
    assert _version_now() == SCREENER_VERSION


def test_a_new_edition_is_a_new_version() -> None:
    # Code changes are not read: the edition is bumped for them (test_claims_version.py).
    assert _version_now("1999.1") != SCREENER_VERSION


# --- Rescore: stored, reused, invalidated ------------------------------------------------------


@pytest.mark.django_db
def test_a_rescore_stores_each_claims_screening_with_the_version() -> None:
    claim = ClaimFactory(text=RED_FLAGS)
    blank = ClaimFactory(clinic=claim.clinic, text="  ")

    assessments_refresh()

    claim.refresh_from_db()
    blank.refresh_from_db()
    assert claim.screened_with == SCREENER_VERSION
    assert flags_from_stored(claim.text, claim.screening, claim.screened_with) == screen(RED_FLAGS)
    assert {f[0] for f in claim.screening["flags"]} == {"permanent", "guaranteed", "no_risk"}
    assert (blank.screened_with, blank.screening["flags"]) == (SCREENER_VERSION, [])


@pytest.mark.django_db
def test_a_second_rescore_reuses_the_stored_screenings(monkeypatch: pytest.MonkeyPatch) -> None:
    for text in (RED_FLAGS, HONEST, "FDA approved stem cell facelift."):
        ClaimFactory(text=text)
    assessments_refresh()
    first = _assessments()
    _forget_assessments()
    monkeypatch.setattr(claims, "screen", _refuse_to_screen)

    summary = assessments_refresh()

    assert summary.changed == 3
    assert _assessments() == first


@pytest.mark.django_db
def test_a_new_screener_version_screens_every_claim_again(monkeypatch: pytest.MonkeyPatch) -> None:
    claim = ClaimFactory(text=RED_FLAGS)
    assessments_refresh()
    first = _assessments()
    calls: list[str] = []

    def counting_screen(text: str) -> tuple[claims.Flag, ...]:
        calls.append(text)
        return screen(text)

    monkeypatch.setattr(claims, "SCREENER_VERSION", "a-newer-screener")
    monkeypatch.setattr(claims, "screen", counting_screen)
    assessments_refresh()

    assert calls == [RED_FLAGS]
    claim.refresh_from_db()
    assert claim.screened_with == "a-newer-screener"
    assert _assessments() == first
    # ... and once stored under the new version, it is reused again
    monkeypatch.setattr(claims, "screen", _refuse_to_screen)
    assessments_refresh()


@pytest.mark.django_db
def test_a_claim_edited_through_save_is_screened_again() -> None:
    claim = ClaimFactory(text=HONEST)
    before = assessment_refresh(clinic=claim.clinic)
    assert before.claim_flags == []

    claim.text = RED_FLAGS  # as the admin or an import-export row would
    claim.save()
    after = assessment_refresh(clinic=claim.clinic)

    assert set(after.claim_flags) == {"permanent", "guaranteed", "no_risk"}
    claim.refresh_from_db()
    assert flags_from_stored(claim.text, claim.screening, claim.screened_with) == screen(RED_FLAGS)


@pytest.mark.django_db
def test_a_claim_edited_without_save_is_screened_again_too() -> None:
    claim = ClaimFactory(text=RED_FLAGS)
    assert assessment_refresh(clinic=claim.clinic).claim_flags != []

    # A queryset update skips save() and every signal; the digest still tells.
    Claim.objects.filter(pk=claim.pk).update(text=HONEST)

    assert assessment_refresh(clinic=claim.clinic).claim_flags == []


@pytest.mark.django_db
def test_clinics_sharing_a_text_are_screened_once_per_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for _ in range(3):
        ClaimFactory(clinic=ClinicFactory(), text=RED_FLAGS)
    calls: list[str] = []

    def counting_screen(text: str) -> tuple[claims.Flag, ...]:
        calls.append(text)
        return screen(text)

    monkeypatch.setattr(claims, "screen", counting_screen)
    assessments_refresh()

    assert calls == [RED_FLAGS]
    assert Claim.objects.filter(screened_with=SCREENER_VERSION).count() == 3


# --- The clinic page ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_claim_screen_reads_the_stored_screening(monkeypatch: pytest.MonkeyPatch) -> None:
    claim = ClaimFactory(text=RED_FLAGS)
    assessments_refresh()
    claim.refresh_from_db()
    monkeypatch.setattr(claims, "screen", _refuse_to_screen)

    assert claim_screen(claim=claim) == screen(RED_FLAGS)


@pytest.mark.django_db
def test_claim_screen_screens_a_claim_not_yet_stored_or_edited_since() -> None:
    claim = ClaimFactory(text=RED_FLAGS)
    assert claim.screening is None

    assert claim_screen(claim=claim) == screen(RED_FLAGS)

    assessments_refresh()
    claim.refresh_from_db()
    claim.text = HONEST

    assert claim_screen(claim=claim) == screen(HONEST) == ()


@pytest.mark.django_db
def test_a_rescore_says_whose_claim_flags_moved(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from django.core.management import call_command

    claim = ClaimFactory(text="Permanent results.")
    quiet = ClaimFactory(text="Results vary from person to person.")
    assessments_refresh()
    # A new screener that also reads "results" as a guarantee: the version moves, so every
    # stored screening is redone, and the rescore names the clinic whose flags moved.
    real_screen = claims.screen

    def stricter(text: str) -> tuple[claims.Flag, ...]:
        extra = ()
        if text.startswith("Permanent"):
            extra = (claims.Flag("guaranteed", 10, 17, "results", claims.REASONS["guaranteed"]),)
        return real_screen(text) + extra

    monkeypatch.setattr(claims, "screen", stricter)
    monkeypatch.setattr(claims, "SCREENER_VERSION", SCREENER_VERSION + "-next")
    summary = assessments_refresh()
    assert [str(m) for m in summary.flags_moved] == [f"{claim.clinic.slug} (+guaranteed)"]
    assert quiet.clinic.slug not in {m.clinic for m in summary.flags_moved}

    monkeypatch.setattr(claims, "screen", real_screen)
    monkeypatch.setattr(claims, "SCREENER_VERSION", SCREENER_VERSION)
    out = io.StringIO()
    call_command("rescore", "--no-progress", stdout=out)
    assert "Claim flags moved at 1 clinics" in out.getvalue()
    assert f"{claim.clinic.slug} (-guaranteed)" in out.getvalue()
