"""Claims screening: finds red-flag marketing language in clinic text (pure, no Django).

`screen(text)` returns one `Flag` per red-flag phrase: its category, its exact span and a
plain-English reason. Every flag comes from a readable rule (a pattern per category), and every
rule passes the same context checks, so a curator can tell why something was or was not flagged:

- the text is cut into sentences and clauses, so a denial in one sentence never cancels a
  claim in another;
- a negation just before the phrase ("results are not permanent", "no treatment can
  guarantee"), or a denial just after it ("registration is not approval"), drops it;
- honest hedges ("some of the fat may stay"), warnings that quote red-flag words ("beware of
  clinics that promise no risk"), reported questions and FAQ-style questions drop it;
- each category has its own honest counterparts: a cited study figure, an admitted remaining
  risk, results that build over months, a device clearance limited to the device;
- in English, a classifier trained on the real corpus reads each flag's passage once more and
  sets the flag aside when it finds no claim there, and flags a kind of claim it finds with a
  probability of 0.99 or more that no rule flagged (``encoder``).

The package, module by module:
- ``categories``: the categories in rank order, their reasons, ``Flag``;
- ``rules``: the rules as data, one or more patterns per category;
- ``finders``: rules that need more than one pattern, and each category's honest counterparts;
- ``text``: sentences, clauses, negation, hedges, warnings (the context every rule passes);
- ``reported``: the reported voice, a sentence that reports or weighs a claim rather than
  makes it (a regulator, a court, a journalist, a study);
- ``encoder``: the trained classifier (ONNX, run by onnxruntime): a veto, and flags of its own;
- ``screening``: ``screen``, and ``explain``: every phrase proposed, kept or dropped and why;
  ``why_flagged``: each flag once, with every kept proposal that raised it; ``why_not_flagged``:
  overlapping phrases of one category dropped for one reason, once;
- ``version``: ``SCREENER_VERSION``, from the rules' data and ``SCREENER_EDITION``;
  ``SCREENER_VERSIONS`` per language;
- ``foreign``, ``rules_es``, ``rules_tr``: Spanish and Turkish, ``screen(text, language="es")``
  and ``"tr"``: each language's own rules and context words as data, and its own exemplar bank
  for the semantic layer.

Categories are listed in rank order (CLAIMS.md): when a text carries several, the first ranks
highest, which `primary_category` applies.
"""

from .categories import CATEGORIES, REASONS, Flag, primary_category, rank
from .screening import Decision, explain, screen
from .text import sentences
from .version import SCREENER_EDITION, SCREENER_VERSION, SCREENER_VERSIONS

__all__ = [
    "CATEGORIES",
    "REASONS",
    "SCREENER_EDITION",
    "SCREENER_VERSION",
    "SCREENER_VERSIONS",
    "Decision",
    "Flag",
    "explain",
    "primary_category",
    "rank",
    "screen",
    "sentences",
]
