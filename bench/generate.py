"""Deterministic generated clinic profiles for benchmarks (fictional, `.example` sites)."""

from __future__ import annotations

import random
from typing import Any

COUNTRIES = ["US", "GB", "MX", "TR", "DE", "AE", "TH", "CO", "KR", "ES"]
CITIES = [
    "Austin",
    "Leeds",
    "Monterrey",
    "Izmir",
    "Cologne",
    "Dubai",
    "Bangkok",
    "Cali",
    "Busan",
    "Malaga",
]
SOURCES = ["autologous_adipose"] * 6 + [
    "autologous_bone_marrow",
    "allogeneic_donor",
    "umbilical_cord",
    "animal",
    "plant",
    "unknown",
]
FORMS = ["live_cells"] * 4 + [
    "cultured_fibroblasts",
    "extract",
    "exosomes",
    "growth_factors",
    "unknown",
]
CLAIMS = [
    "Results build gradually over three to six months and are not permanent.",
    "Swelling and bruising for one to two weeks are common; infection is rare.",
    "Permanent results, guaranteed, with zero risk.",
    "FDA approved stem cell facelift.",
    "Suitable for every skin type and every age.",
    "Most patients see softer lines after a few months; results vary.",
]


def _maybe(rng: random.Random, value: Any, known: float = 0.8) -> Any:
    return value if rng.random() < known else None


def profile(i: int, rng: random.Random) -> dict[str, Any]:
    country = COUNTRIES[i % len(COUNTRIES)]
    low = rng.randrange(1_000, 12_000, 250)
    return {
        "slug": f"bench-clinic-{i:05d}",
        "name": f"Bench Clinic {i:05d}",
        "country": country,
        "city": CITIES[i % len(CITIES)],
        "website": f"https://bench-{i:05d}.example",
        "description": "Fictional generated clinic for benchmarks.",
        "published": rng.random() < 0.95,
        "practitioners": [
            {
                "name": f"Dr. Bench {i}-{p}",
                "role": "Treating physician",
                "specialty": rng.choice(
                    ["regenerative_medicine", "dermatology", "plastic_surgery", "other"]
                ),
                "years_experience": rng.randrange(1, 30),
                "credentials": [
                    {
                        "kind": "medical_license",
                        "issuer": "Medical board",
                        "number": f"L{i:05d}{p}",
                        "expires_on": rng.choice(["2024-01-31", "2028-06-30", "2029-12-31"]),
                        "verified": _maybe(rng, rng.random() < 0.8),
                        "verified_by": "Bench curator",
                        "verified_on": "2026-10-01",
                    }
                ],
            }
            for p in range(rng.randrange(0, 3))
        ],
        "credentials": [
            {
                "kind": "facility_license",
                "issuer": "Health authority",
                "number": f"F{i:05d}",
                "verified": True,
                "verified_by": "Bench curator",
                "verified_on": "2026-10-01",
            }
        ]
        if rng.random() < 0.6
        else [],
        "protocols": [
            {
                "name": "Stem cell facial",
                "cell_source": rng.choice(SOURCES),
                "cell_form": rng.choice(FORMS),
                "processing": rng.choice(["closed_system", "open", "unknown"]),
                "manipulation": rng.choice(["same_day", "culture_expanded", "unknown"]),
                "lab": rng.choice(["on_site", "external_accredited", "external", "unknown"]),
                "harvest_cc": rng.choice([None, 60, 80, 100]),
                "delivery": ["injection"],
                "sessions": 1,
                "procedure_hours": 3,
                "documented": _maybe(rng, rng.random() < 0.6),
            }
        ],
        # Each clinic words its claims its own way, as real sites do: nothing to cache.
        "claims": [
            {"text": f"At Bench Clinic {i:05d}: {rng.choice(CLAIMS)}"}
            for _ in range(rng.randrange(0, 3))
        ],
        "prices": [
            {
                "treatment": "full_face",
                "min_usd": low,
                "max_usd": low + rng.randrange(0, 6_000, 250),
            }
        ],
        "evidence": [{"kind": "publication", "identifier": "10.1186/s13018-017-0645-5"}]
        if rng.random() < 0.3
        else [],
        "practices": {
            "consultation": _maybe(rng, True),
            "written_consent": _maybe(rng, True),
            "consent_states_limited_data": _maybe(rng, rng.random() < 0.5),
            "risks_disclosed": _maybe(rng, rng.random() < 0.7),
            "follow_up": _maybe(rng, True),
            "complication_reporting": _maybe(rng, rng.random() < 0.5),
            "outcomes_published": _maybe(rng, rng.random() < 0.3),
            "procedures_performed": _maybe(rng, rng.randrange(0, 2000)),
            "charges_for_trial": _maybe(rng, rng.random() < 0.1),
        },
    }


def profiles(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [profile(i, rng) for i in range(count)]
