"""The screener's version: a stored screening is only as good as the version that made it.

``SCREENER_VERSION`` joins ``SCREENER_EDITION``, which a developer bumps whenever the
machinery changes (how sentences are cut, how negation or a finder works), with a digest of
the rules' data: every pattern, word list and reason of the package. Editing a rule changes
the version by itself; a change of code needs the edition bumped, which
tests/checklist/test_claims_version.py enforces by pinning the screener's output on a fixed
corpus to each version. A claim screened under another version is screened again
(Claim.screened_with).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from types import FunctionType, ModuleType
from typing import Final

from . import (
    categories,
    encoder,
    finders,
    foreign,
    honesty,
    recognizers,
    reported,
    rule_words,
    rules,
    rules_broad,
    rules_es,
    rules_es_context,
    rules_es_cure,
    rules_es_fda,
    rules_es_implied,
    rules_implied,
    rules_tr,
    rules_tr_context,
    rules_tr_cure,
    semantic,
    text,
    vocabulary,
)

# Bump when the screening machinery changes behaviour (tests/checklist/test_claims_version.py).
SCREENER_EDITION: Final = "2026.10"

# The modules whose module-level data are the rules.
RULE_MODULES: Final[tuple[ModuleType, ...]] = (
    categories,
    text,
    reported,
    rules,
    rules_implied,
    rules_broad,
    rule_words,
    finders,
    honesty,
    vocabulary,
    semantic,
    recognizers,
)


def canonical(value: object) -> str:
    """A text that changes whenever ``value`` would screen differently, and only then: the same
    in every process (sets are sorted, never in hash order)."""
    if value is None or isinstance(value, (bool, str, bytes, float)):
        return repr(value)
    if isinstance(value, int):  # re flags are ints with a symbolic repr
        return str(int(value))
    if isinstance(value, re.Pattern):
        return f"re({value.pattern!r},{int(value.flags)})"
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(canonical(v) for v in value) + ")"
    if isinstance(value, (frozenset, set)):
        return "{" + ",".join(sorted(canonical(v) for v in value)) + "}"
    if isinstance(value, Mapping):
        items = sorted((canonical(k), canonical(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, FunctionType):
        # A finder in the list of finders: which ones run is data; how each works is code.
        return f"finder({value.__qualname__})"
    if is_dataclass(value) and not isinstance(value, type):  # a rule
        named = {f.name: getattr(value, f.name) for f in fields(value)}
        return f"{type(value).__qualname__}{canonical(named)}"
    raise TypeError(f"SCREENER_VERSION cannot read {type(value).__qualname__}: add it here")


def _is_data(value: object) -> bool:
    if isinstance(
        value, (re.Pattern, str, bytes, int, float, frozenset, set, tuple, list, Mapping)
    ):
        return True
    return is_dataclass(value) and not isinstance(value, type)


def rules_data() -> dict[str, object]:
    """Every module-level datum of the rule modules, by module and name: the patterns, word
    lists, reasons and rules (functions, classes and imports are code, not data)."""
    data: dict[str, object] = {}
    seen: set[int] = set()
    for module in RULE_MODULES:
        for name, value in vars(module).items():
            # A datum one module imports from another is read once, where it is defined.
            if name.startswith("__") or not _is_data(value) or id(value) in seen:
                continue
            seen.add(id(value))
            data[f"{module.__name__.rsplit('.', 1)[-1]}.{name}"] = value
    return data


def version_of(edition: str, data: Mapping[str, object]) -> str:
    digest = hashlib.sha256(canonical(data).encode()).hexdigest()[:16]
    return f"{edition}-{digest}"


def _module_data(module: ModuleType) -> dict[str, object]:
    return {
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}": value
        for name, value in vars(module).items()
        if not name.startswith("__") and _is_data(value)
    }


def english_data() -> dict[str, object]:
    """The rules' data and the trained encoder's (its files' digest, its threshold and whether
    it reads at all), which reads English only: a retrained model changes the English version
    and leaves the Spanish and Turkish ones as they were."""
    return {**rules_data(), **_module_data(encoder)}


SCREENER_VERSION: Final[str] = version_of(SCREENER_EDITION, english_data())


# Spanish and Turkish (issue 21) screen with their own modules beside the shared ones; their
# versions add those modules' data, so a Spanish rule changes the Spanish version only, and the
# English version stays what it was.
LANGUAGE_MODULES: Final[Mapping[str, tuple[ModuleType, ...]]] = {
    "es": (foreign, rules_es, rules_es_context, rules_es_cure, rules_es_fda, rules_es_implied),
    "tr": (foreign, rules_tr, rules_tr_context, rules_tr_cure),
}


def language_data(language: str) -> dict[str, object]:
    """The English rules' data plus the language's own modules' data."""
    data = rules_data()
    for module in LANGUAGE_MODULES[language]:
        data.update(_module_data(module))
    return data


SCREENER_VERSIONS: Final[Mapping[str, str]] = {
    "en": SCREENER_VERSION,
    **{
        language: version_of(SCREENER_EDITION, language_data(language))
        for language in LANGUAGE_MODULES
    },
}
