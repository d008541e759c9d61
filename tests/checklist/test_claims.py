"""Claims screening: dev-set bars, hand-written claims and honest counterparts (no database)."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from checklist.engine.claims import CATEGORIES, REASONS, Flag, primary_category, rank, screen
from tests.checklist.dev_set import DEV_SET
from tests.checklist.vetoed import assert_caught, assert_left_alone

RECALL_BAR = 0.95
FALSE_FLAG_BAR = 0.03


def categories(text: str) -> set[str]:
    return {flag.category for flag in screen(text)}


# --- The labelled dev set -------------------------------------------------------------------


def test_dev_set_recall_and_false_flag_rate_meet_the_bar() -> None:
    with DEV_SET.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    totals: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    ok_rows = ok_flagged = 0
    for row in rows:
        found = categories(row["text"])
        if row["label"] == "ok":
            ok_rows += 1
            ok_flagged += bool(found)
        else:
            totals[row["label"]] += 1
            caught[row["label"]] += row["label"] in found

    recall = {category: caught[category] / totals[category] for category in CATEGORIES}
    false_flag_rate = ok_flagged / ok_rows
    print(f"\n{'category':<24}{'caught':>8}{'rows':>6}{'recall':>8}")
    for category in CATEGORIES:
        print(f"{category:<24}{caught[category]:>8}{totals[category]:>6}{recall[category]:>8.3f}")
    print(f"{'ok rows flagged':<24}{ok_flagged:>8}{ok_rows:>6}{false_flag_rate:>8.3f}")

    assert set(totals) == set(CATEGORIES), "every category needs labelled rows"
    assert all(value >= RECALL_BAR for value in recall.values()), recall
    assert false_flag_rate <= FALSE_FLAG_BAR


# --- Hand-written claims, one category at a time ---------------------------------------------

CLAIMS = [
    # permanent
    ("permanent", "Our fat transfer gives you results that last a lifetime."),
    ("permanent", "Lifelong rejuvenation from a single visit."),
    ("permanent", "You will never need another treatment."),
    ("permanent", "Stem cell hand rejuvenation is irreversible - your hands stay young."),
    ("permanent", "Unlike fillers, the results are permanent."),
    ("permanent", "These results are permanant and the volume stays."),
    ("permanent", "Once the cells engraft, the volume never wears off."),
    ("permanent", "No touch-ups ever needed."),
    ("permanent", "Los resultados son para siempre."),
    ("permanent", "Kiss goodbye to top-ups forever."),
    ("permanent", "Injection is made only one time and the result is staying forever."),
    # guaranteed
    ("guaranteed", "Guaranteed results or your money back."),
    ("guaranteed", "We garantee you will look ten years younger."),
    ("guaranteed", "98% of our patients love their results, so you can expect the same."),
    ("guaranteed", "100 % success rate in our clinic."),
    ("guaranteed", "You will see a dramatic difference after one session."),
    ("guaranteed", "If you don't see results, we refund you in full."),
    ("guaranteed", "Your dark circles will be gone, we promise."),
    ("guaranteed", "Nine out of ten patients see results, so the odds are in your favour."),
    ("guaranteed", "We are giving 100% guarantee for the results of hair."),
    ("guaranteed", "ur wrinkles WILL disappear after the first session"),
    ("guaranteed", "With 99 out of 100 patients satisfied, your success is assured."),
    # no_risk
    ("no_risk", "Zero risk, zero downtime."),
    ("no_risk", "The procedure is completely safe."),
    ("no_risk", "Because the cells are your own, there is no risk at all."),
    ("no_risk", "Nothing can go wrong with this gentle procedure."),
    ("no_risk", "A risk free way to look younger."),
    ("no_risk", "100 % safe and natural."),
    ("no_risk", "Your body cannot reject your own cells, so rejection is impossible."),
    ("no_risk", "Not one reported complication in 15 years; our facial is harmless."),
    # cure
    ("cure", "Our stem cells cure eczema and psoriasis."),
    ("cure", "Say goodbye to rosacea: our injections heal it from the inside."),
    ("cure", "Reverse ageing with your own cells."),
    ("cure", "Stop the clock with our regenerative facial."),
    ("cure", "Stem cell therapy treats lupus and arthritis naturally."),
    ("cure", "Our facial erases wrinkles and age spots."),
    ("cure", "The fountain of youth is in your own fat."),
    ("cure", "Vitiligo? Psoriasis? Our cell facial clears both."),
    ("cure", "Rejuvenation that turns your biological clock back ten years."),
    ("cure", "Goodbye eczema!"),
    # fda_misrepresentation
    ("fda_misrepresentation", "Our FDA-approved stem cell facelift."),
    ("fda_misrepresentation", "Stem cells processed in our FDA-registered facility."),
    ("fda_misrepresentation", "This treatment is FDA compliant."),
    ("fda_misrepresentation", "Our protocol is 361 exempt, so it is approved."),
    ("fda_misrepresentation", "Our lab meets all FDA standards for stem cell therapy."),
    ("fda_misrepresentation", "Using only products with FDA aproval."),
    ("fda_misrepresentation", "Our FDA-cleared cannula covers the whole stem cell procedure."),
    # instant
    ("instant", "Instant results you can see in the mirror."),
    ("instant", "Walk out looking 10 years younger."),
    ("instant", "See the final result immediately after your treatment."),
    ("instant", "Your new face is ready the same day."),
    ("instant", "Full results in 60 minutes."),
    ("instant", "Get an instant facelift with your own stem cells."),
    ("instant", "results in minutes, not months"),
    # universal
    ("universal", "Suitable for everyone."),
    ("universal", "Works on all skin types and all ages."),
    ("universal", "No one is turned away."),
    ("universal", "No consultation needed - just book online."),
    ("universal", "Everyone is a candidate for stem cell rejuvenation."),
    ("universal", "Whatever your age or health, this treatment is for you."),
    ("universal", "There is no one we cannot treat."),
    # unverified_source
    ("unverified_source", "We use umbilical cord stem cells from a certified lab."),
    ("unverified_source", "Enriched with Wharton's jelly MSCs."),
    ("unverified_source", "Our placental exosome facial."),
    ("unverified_source", "Sheep placenta cells injected into the face."),
    ("unverified_source", "Swiss apple stem cells regenerate your skin."),
    ("unverified_source", "Our proprietary stem cell blend."),
    ("unverified_source", "Donor exosomes for hair regrowth."),
    ("unverified_source", "Our stem cells are grown in a lab from a master cell bank."),
]


@pytest.mark.parametrize(("category", "text"), CLAIMS, ids=[text[:40] for _, text in CLAIMS])
def test_claim_is_flagged_in_its_category(category: str, text: str) -> None:
    assert_caught(text, category)


# Two Spanish claims the English rules once read word for word; Spanish text is screened as
# Spanish since issue 21 (the English encoder reads English only and sets them aside).
@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("no_risk", "Completamente seguro, sin efectos secundarios."),
        pytest.param(
            "universal",
            "Este tratamiento es para todos.",
            marks=pytest.mark.xfail(reason="still missed by the Spanish rules", strict=True),
        ),
    ],
)
def test_a_spanish_claim_is_flagged_in_spanish(category: str, text: str) -> None:
    assert category in {flag.category for flag in screen(text, language="es")}


# --- Honest counterparts: negated, hedged, warnings and harmless uses ------------------------

HONEST = [
    # permanent
    "Results are not permanent; most patients need a top-up after two years.",
    "No result lasts forever - your face keeps ageing.",
    "Some of the grafted fat may stay permanently, but a part is always reabsorbed.",
    "Is the result permanent? No, it fades gradually over several years.",
    "Permanent results? Unfortunately that is not how fat grafting works.",
    "We are permanently based in Istanbul's Nisantasi district.",
    "Nerve damage can be irreversible, so we inject with blunt cannulas.",
    "Our semi-permanent makeup studio is on the first floor.",
    "Dr. Lopez has a lifelong interest in facial anatomy.",
    "We can't promise you'll never need another session.",
    # guaranteed
    "No clinic can guarantee results, and neither can we.",
    "We guarantee your privacy and never share photos.",
    "Our guarantee: you will speak with your surgeon before the day of surgery.",
    "A 2019 review of 12 studies reported 80-90% satisfaction; individual results vary.",
    "Satisfaction in our last audit was 92%, but this does not predict your own result.",
    "You will see swelling for a week, then the shape settles over months.",
    "100% of our nurses are registered with the national council.",
    # no_risk
    "There is a small risk of infection, bruising and lumps.",
    "Beware of clinics that promise no risk.",
    "No procedure is risk-free, and ours is no exception.",
    "Using your own cells removes the risk of rejection, but infection and lumps can still happen.",
    "It is not true that fat grafting has no side effects.",
    "Little to no downtime; most people return to work in a few days.",
    "Most patients recover without complications, but some develop lumps.",
    "There is no risk-free cosmetic procedure.",
    "Fat-derived injections are not harmless, whatever a brochure says.",
    # cure
    "Stem cells are not a cure for acne; we treat scars only.",
    "This treatment will not stop ageing.",
    "Our acne scar treatment softens pitted scars; it does not treat active acne.",
    "Patients with diabetes heal more slowly.",
    "There is no evidence that stem cell facials reverse ageing.",
    "Acne and rosacea should be treated by a dermatologist first.",
    "A modest softening of lines, not a reversal of ageing.",
    # fda_misrepresentation
    "FDA registration is not approval.",
    "No stem cell facial is FDA approved.",
    "The FDA has not approved stem cells for cosmetic use.",
    "Our fat-harvesting cannula is FDA cleared for fat processing only.",
    "The FDA has warned consumers about unapproved stem cell products.",
    "Botox is FDA approved, but stem cell facials are not.",
    # instant
    "Results develop gradually over three to six months.",
    "Instant online booking and free parking.",
    "Early fullness is swelling, not the final result.",
    "Don't expect instant results; fat takes months to settle.",
    "Please call us immediately if you notice redness or fever.",
    "You can go home the same day and return to work within a week.",
    # universal
    "Not everyone is a candidate; we decline about a third of enquiries.",
    "This treatment is not suitable for pregnant women or smokers.",
    "Suitable for most healthy adults after a medical assessment.",
    "Free consultation with no obligation.",
    "Watch out for phrases like anyone can have it or no screening needed.",
    "Universal health coverage does not pay for cosmetic procedures.",
    # unverified_source
    "We do not use donor cells.",
    "We never use donor, cord, placental or animal cells - only your own fat.",
    "Beware of clinics selling umbilical cord cells for wrinkles.",
    "The donor site on your thigh may bruise for a week.",
    "Cells are cultured in xeno-free, animal-free media.",
    "Plant stem cell creams do not contain living human cells.",
    "No embryonic, fetal or animal material is ever used.",
    "Fat is taken from the umbilical area through a tiny incision.",
    # harmless mentions of several flag words
    "Forever grateful to our patients for their kind reviews.",
    "Ask any clinic that offers exosomes where they were made and who tested them.",
    "Price: USD 4,500, including anaesthesia and aftercare.",
]


@pytest.mark.parametrize("text", HONEST, ids=[text[:40] for text in HONEST])
def test_honest_wording_is_not_flagged(text: str) -> None:
    assert_left_alone(text)


# --- Named behaviours --------------------------------------------------------------------------


def test_negated_permanence_is_not_flagged() -> None:
    assert screen("Results are not permanent.") == ()
    assert categories("Results are permanent.") == {"permanent"}


def test_denied_guarantee_is_not_flagged() -> None:
    assert screen("No treatment can guarantee results.") == ()
    assert categories("This treatment can guarantee results.") == {"guaranteed"}


def test_admitted_small_risk_is_not_flagged() -> None:
    assert screen("There is a small risk of infection.") == ()


def test_warning_that_quotes_a_claim_is_not_flagged() -> None:
    assert screen("Beware of clinics that promise no risk.") == ()


def test_warning_ends_where_the_clinic_speaks_for_itself() -> None:
    text = "Unlike clinics that promise miracles, we guarantee visible results."
    assert categories(text) == {"guaranteed"}


def test_guarantee_of_a_process_is_not_an_outcome_promise() -> None:
    assert screen("We guarantee your privacy.") == ()
    assert categories("We guarantee your results.") == {"guaranteed"}


def test_negation_in_one_sentence_does_not_cancel_a_claim_in_another() -> None:
    text = "We do not use donor cells. Our results last forever."
    flags = screen(text)
    assert [flag.category for flag in flags] == ["permanent"]
    assert flags[0].match == "forever"


def test_claim_after_a_honest_sentence_is_still_flagged() -> None:
    text = "Results are not instant. But once they settle, they last forever."
    assert categories(text) == {"permanent"}


def test_each_sentence_keeps_its_own_claim() -> None:
    text = "Zero risk. Guaranteed results! Suitable for everyone."
    assert [flag.category for flag in screen(text)] == ["no_risk", "guaranteed", "universal"]


def test_faq_question_answered_yes_is_flagged() -> None:
    assert categories("Is it permanent? Yes.") == {"permanent"}
    assert screen("Is it permanent? No.") == ()


def test_clinic_success_figure_is_guaranteed_but_a_cited_study_is_not() -> None:
    assert categories("96% of our patients are delighted, so you can be confident too.") == {
        "guaranteed"
    }
    assert screen("A 2016 study (Smith et al.) found 96% satisfaction; yours may differ.") == ()


def test_device_clearance_is_fine_until_stretched_to_the_cells() -> None:
    assert_left_alone("Our centrifuge is FDA cleared as a fat-processing device.")
    text = "Our centrifuge is FDA cleared, and that clearance covers your stem cell facial."
    assert categories(text) == {"fda_misrepresentation"}


def test_no_downtime_alone_is_not_a_safety_claim() -> None:
    assert screen("Minimal discomfort, no downtime, back at the office on Monday.") == ()
    assert "no_risk" in categories("No downtime and zero risk.")


def test_text_with_several_claims_ranks_them_as_claims_md_does() -> None:
    flags = screen("FDA-approved stem cells that cure rosacea with no side effects.")
    assert {flag.category for flag in flags} == {"fda_misrepresentation", "cure", "no_risk"}
    assert primary_category(flags) == "fda_misrepresentation"
    assert primary_category(()) is None
    assert [rank(category) for category in CATEGORIES] == list(range(len(CATEGORIES)))


# --- Flag shape ------------------------------------------------------------------------------

EVERY_TEXT = [text for _, text in CLAIMS] + HONEST


@pytest.mark.parametrize("text", EVERY_TEXT, ids=[text[:40] for text in EVERY_TEXT])
def test_flags_point_at_their_exact_span(text: str) -> None:
    for flag in screen(text):
        assert text[flag.start : flag.end] == flag.match
        assert flag.match.strip() == flag.match and flag.match


def test_flags_are_ordered_and_same_category_spans_do_not_overlap() -> None:
    text = " ".join(text for _, text in CLAIMS)
    flags = screen(text)
    assert [flag.start for flag in flags] == sorted(flag.start for flag in flags)
    last_end: dict[str, int] = {}
    for flag in flags:
        assert flag.start >= last_end.get(flag.category, 0)
        last_end[flag.category] = flag.end


def test_every_flag_has_a_plain_reason_for_its_category() -> None:
    flags = screen(" ".join(text for _, text in CLAIMS))
    assert {flag.category for flag in flags} == set(CATEGORIES)
    for flag in flags:
        assert isinstance(flag, Flag)
        assert flag.category in CATEGORIES
        assert flag.reason == REASONS[flag.category]
    assert set(REASONS) == set(CATEGORIES)
    for reason in REASONS.values():
        assert reason.strip() and reason.endswith(".") and reason.count(". ") == 0


def test_curly_apostrophes_keep_offsets_and_negations() -> None:
    text = "We don’t use donor cells. You’ll see results, guaranteed."
    flags = screen(text)
    assert [flag.category for flag in flags] == ["guaranteed", "guaranteed"]
    for flag in flags:
        assert text[flag.start : flag.end] == flag.match


# --- Edges -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n", ".", "?!"])
def test_empty_or_blank_text_has_no_flags(text: str) -> None:
    assert screen(text) == ()


def test_very_long_input_returns_quickly() -> None:
    paragraph = (
        "Our clinic in Izmir uses your own fat. Results are not permanent, and there is a small "
        "risk of infection. Guaranteed results for everyone, lasting forever! "
    )
    text = (paragraph * (20_000 // len(paragraph) + 1))[:20_000]
    started = time.perf_counter()
    flags = screen(text)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0
    assert {"guaranteed", "universal", "permanent"} <= {flag.category for flag in flags}


def test_long_run_on_text_without_full_stops_returns_quickly() -> None:
    text = ("FDA approved stem cells for everyone, no risk " * 500)[:20_000]
    started = time.perf_counter()
    screen(text)
    assert time.perf_counter() - started < 2.0


def test_module_imports_without_django() -> None:
    code = "import sys, checklist.engine.claims; assert 'django' not in sys.modules"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
