"""The judgement in plain Python: criteria, facts, scoring, claims, pricing, answers, presentation.

Nothing in this package imports Django, either app or any I/O library: the same facts always
give the same assessment, and a thousand cases run in a second without a database
(tests/checklist/test_purity.py walks its imports).
"""
