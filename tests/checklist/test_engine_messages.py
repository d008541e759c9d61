"""The engine's texts reach the translation catalogues through checklist/engine_messages.py,
written from the engine's sources: it must be current, and the pages translate those texts."""

from __future__ import annotations

from django.utils import translation

from checklist.engine.presentation import claim_flag_label
from checklist.management.commands.write_engine_messages import (
    TARGET,
    catalogue_texts,
    engine_texts,
    render,
)
from checklist.templatetags.checklist_tags import translated, translated_each


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


def test_a_piece_flagged_twice_names_both_flags_in_the_page_language():
    # "Look ten years younger overnight": one highlighted piece, two kinds of flag; the joined
    # English is no catalogue entry, so each label is translated before they are joined
    labels = (claim_flag_label("cure"), claim_flag_label("instant"))
    with translation.override("es"):
        spanish = translated_each(labels)
        assert spanish == "; ".join(translated(label) for label in labels)
        assert all(translated(label) != label for label in labels)
    with translation.override("en"):
        assert translated_each(labels) == "; ".join(labels)
