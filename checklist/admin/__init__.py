"""The admin: every page that shows the curated data with its judgement.

- ``clinics``: the clinic, practitioner and credential admins (curation, with each clinic's
  grade, history and reports beside its data; parts from clinics.curation);
- ``review``: assessments (read-only) and the reviewers' queue of shared patient reports;
- ``labels``: curators' labels on the claims screener's flags;
- ``enforcement``: public enforcement records and the matches imports propose.
"""

from . import clinics, enforcement, labels, review  # noqa: F401  (registration happens on import)
