"""The kinds of claim real clinics make that a trigger-word list misses (issue 14), each with
an honest look-alike that must stay unflagged. The sentences are written for the test; the
measured ones are in checklist/engine/claims/data/real.tsv."""

from __future__ import annotations

import pytest

from checklist.engine.claims import explain, screen
from tests.checklist.vetoed import assert_caught, assert_left_alone, encoder_off


def categories(text: str) -> set[str]:
    return {flag.category for flag in screen(text)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # disease and pain in orthopaedic, neurological and systemic vocabulary
        ("Say goodbye to back pain.", "cure"),
        ("Our protocol rebuilds worn cartilage.", "cure"),
        ("An option for lung conditions.", "cure"),
        (
            "We offer cell transplantation for numerous conditions, including lupus and COPD.",
            "cure",
        ),
        ("Our infusions repair damaged nerves and restore lost function.", "cure"),
        ("Stem Cells For Multiple Sclerosis", "cure"),
        ("Many patients can stop taking insulin after two sessions.", "cure"),
        # implied claims with no trigger word
        ("Of our last 300 patients only a handful needed a repeat.", "guaranteed"),
        ("Our lab follows every FDA rule.", "fda_misrepresentation"),
        (
            "Our standards follow the rules set by the Food and Drug Administration.",
            "fda_misrepresentation",
        ),
        ("You will wake up with firmer skin.", "guaranteed"),
        ("Pain-free at last!", "cure"),
        ("Our success rate is 85%.", "guaranteed"),
        # ageing reversal and universality in other words
        ("The answer to ageing skin.", "cure"),
        ("Turn your skin's clock back decades.", "cure"),
        ("With our cells, ageing is no longer inevitable.", "cure"),
        ("Anyone who wants better skin is a candidate.", "universal"),
        ("Benefits without limit.", "universal"),
        # safety said in other words
        ("Your own cells are never rejected by your body.", "no_risk"),
        ("There is zero chance of contamination.", "no_risk"),
        ("You don't have to worry about infections or rejection.", "no_risk"),
        # a claim across two sentences
        ("Some clinics use donor cells. We use them too.", "unverified_source"),
        ("Plant-derived exosomes give the glow.", "unverified_source"),
        ("Facelift-in-a-day!", "instant"),
    ],
)
def test_real_world_claims_are_flagged(text: str, category: str) -> None:
    assert_caught(text, category)


@pytest.mark.parametrize(
    "text",
    [
        # a warning's cue late in a long sentence
        "Permanent results and zero risk are claims that should make you walk away from any clinic.",
        # a condition trails
        "The treatment suits every skin type, provided you are medically suitable.",
        "Age is not a barrier: eligibility is based on your overall health, not your age.",
        # a keyword mentioned with no claim attached
        "The lawsuit alleges the clinic claimed its cells could cure blindness.",
        "Stem cells are being studied for COPD, but no treatment is approved.",
        "Stem cell therapy is a supportive treatment for autism, not a cure.",
        "Currently, there are no FDA approved umbilical cord, amniotic, or placental products.",
        "Donor cells carry risks. We never use them.",
        "Of the 300 patients in the 2019 study, only 12 needed a repeat (Smith et al.).",
        "You will have some swelling for a week.",
        "Results are visible at once, but it may take up to 6 months to see the full result.",
        "Our treatment softens wrinkles and acne scars.",
        "We guarantee your privacy.",
    ],
)
def test_honest_look_alikes_stay_unflagged(text: str) -> None:
    assert_left_alone(text)


def test_a_cross_sentence_flag_says_where_the_source_was_named() -> None:
    text = "Some clinics use donor cells. We use them too."
    with encoder_off():  # the finder's span and origin (the encoder sets this one aside)
        (decision,) = [d for d in explain(text) if d.kept]
        assert decision.match == "We use them"
        assert "sentence before" in decision.origin
