"""The judgement's writes and multi-relation reads, one module a job:

- ``assessments``: scoring clinics and storing their assessments (every path that computes a
  clinic's grade goes through ``assessments_refresh``), and an import that scores what it wrote;
- ``reports``: patients' reports, scored and stored behind a token, and the reviewers' queue;
- ``review``: what reviewers watch (clinics needing review, the admin front page's counts).

The curated world's own services (import, export, publish, mark reviewed) are in
``clinics.services``; this package builds on them, never the other way round.
"""
