"""The engine's texts reach the translation catalogues through checklist/engine_messages.py,
written from the engine's sources: it must be current, and the pages translate those texts."""

from __future__ import annotations

from django.utils import translation

from checklist.management.commands.write_engine_messages import (
    TARGET,
    catalogue_texts,
    engine_texts,
    render,
)
from checklist.templatetags.checklist_tags import translated


def test_the_engine_messages_file_is_current():
    assert TARGET.read_text(encoding="utf-8") == render(), (
        "checklist/engine_messages.py is out of date: run `manage.py write_engine_messages`"
    )


def test_every_criterion_text_is_in_it():
    texts = set(engine_texts())
    assert set(catalogue_texts()) <= texts
    assert len(catalogue_texts()) > 200  # titles, checks, reasons to care, questions, options


def test_the_translated_filter_reads_the_catalogue():
    with translation.override("es"):
        assert translated("") == ""
        assert translated("A text no catalogue holds.") == "A text no catalogue holds."
