"""Written sentences on which the rules and the trained encoder disagree.

VETOED: claims that the rules catch and the trained encoder sets aside (encoder.py: it finds no
claim of any kind in them with a probability of 0.2). They were written here, short and without
the page around them, and the encoder learnt from real pages; on the real validation split the
veto cost 0.005 of macro recall and took a third of the false flags away (docs/claims.md,
session 31). Each stays a test both ways: the rules still catch it, and the screener as shipped
does not, so the day the encoder lets one stand (or the rules lose it) the list is brought up to
date rather than left to flatter.

FLAGGED_BY_THE_ENCODER: honest sentences the rules leave alone and the encoder flags by its own
reading (a category at 0.99 or more that no rule denies in the sentence). Its own flags raised
macro recall on the validation split by about 0.07 for under a point of false flags
(docs/claims.md, session 32); these are part of that cost, kept in sight the same way."""

from __future__ import annotations

from checklist.engine.claims import encoder, screen

VETOED = frozenset(
    {
        # tests/checklist/test_claims.py
        "The fountain of youth is in your own fat.",
        "results in minutes, not months",
        "No consultation needed - just book online.",
        # tests/checklist/test_claims_real_world.py (the issue's own illustrations)
        "Of our last 300 patients only a handful needed a repeat.",
        "Benefits without limit.",
        "Some clinics use donor cells. We use them too.",
        # tests/checklist/test_claims_paraphrases.py
        "Leave the clinic with visibly tighter skin.",
        "Donor mesenchymal cells are more potent than your own aged cells.",
        "Young donor stem cells can be infused in a single visit.",
        "No medical screening needed: just book your flight and our partner clinic will treat "
        "you on arrival.",
        "Stem cell therapy is fully legal in the United States.",
    }
)

FLAGGED_BY_THE_ENCODER = frozenset(
    {
        # tests/checklist/test_claims.py
        "Our centrifuge is FDA cleared as a fat-processing device.",
        # tests/checklist/test_claims_real_world.py (the first, one of the illustrations)
        "The treatment suits every skin type, provided you are medically suitable.",
        "Our treatment softens wrinkles and acne scars.",
        # tests/checklist/test_claims_paraphrases.py
        "Wharton's jelly is the gel-like tissue inside the umbilical cord.",
        "Mesenchymal stem cells can be isolated from bone marrow, fat, umbilical cord tissue and "
        "dental pulp.",
        "Unlike donor tissue, your own fat carries no risk of transmitting disease from someone "
        "else, although infection and lumps can still occur.",
        "Umbilical cord blood is the blood left in the cord and placenta after a baby is born, and "
        "it is rich in blood-forming stem cells.",
        "Amniotic membrane is the innermost layer of the sac around a fetus, and surgeons have "
        "long used processed sheets of it as a wound dressing.",
        "If you have active acne or eczema, get it treated with proven therapies first, because "
        "microneedling over inflamed skin can make it worse.",
        "Fat is nearly permanent in the face once it has taken.",
        "There are options with and without side effects.",
        "Your 100% satisfaction is our primary goal.",
        "The FDA has approved Ryoncil, the first mesenchymal stromal cell therapy, for children "
        "with graft-versus-host disease.",
        "Since the recipient of the stem cells is also the donor, rejection is not a concern.",
        "Men and women who want smoother skin and are in good health are good candidates.",
    }
)


# the rules and the semantic layer alone, as before the encoder's second reading
encoder_off = encoder.turned_off


def assert_caught(text: str, category: str, language: str = "en", vetoed: bool = False) -> None:
    """``category`` is flagged in ``text``; for a text the encoder sets aside (in VETOED, or
    marked so in a round's file), the rules flag it and the screener as shipped does not."""
    found = {flag.category for flag in screen(text, language=language)}
    if not (vetoed or text in VETOED):
        assert category in found, text
        return
    assert category not in found, f"the encoder lets it stand now: unmark it ({text!r})"
    with encoder_off():
        assert category in {flag.category for flag in screen(text, language=language)}, text


def assert_left_alone(text: str, language: str = "en", encoder: bool = False) -> None:
    """Nothing is flagged in ``text``; for a text the encoder flags (in FLAGGED_BY_THE_ENCODER, or
    marked so in a round's file), the screener as shipped flags it and the rules do not."""
    found = screen(text, language=language)
    if not (encoder or text in FLAGGED_BY_THE_ENCODER):
        assert found == (), (text, found)
        return
    assert found, f"the encoder leaves it alone now: unmark it ({text!r})"
    with encoder_off():
        assert screen(text, language=language) == (), text
