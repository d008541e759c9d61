"""Written claims that the rules catch and the trained encoder sets aside (encoder.py: it finds no
claim of any kind in them with a probability of 0.2). They were written here, short and without
the page around them, and the encoder learnt from real pages; on the real validation split the
veto cost 0.005 of macro recall and took a third of the false flags away (docs/claims.md,
session 31). Each stays a test both ways: the rules still catch it, and the screener as shipped
does not, so the day the encoder lets one stand (or the rules lose it) the list is brought up to
date rather than left to flatter."""

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
