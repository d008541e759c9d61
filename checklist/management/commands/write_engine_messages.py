"""Write checklist/engine_messages.py: every text of the judgement engine a patient may read (the
criteria catalogue's titles, checks, reasons, questions and answers; the presentation's words;
the regions' price labels), as gettext_noop calls, so that `makemessages` puts them in the
translation catalogues. The engine itself stays plain Python (no Django); pages translate its
texts when they show them (the `translated` filter). tests/checklist/test_engine_messages.py
fails when the file is out of date."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

ENGINE = Path(settings.BASE_DIR) / "checklist" / "engine"
SOURCES = (
    *sorted((ENGINE / "criteria").glob("*.py")),
    *sorted((ENGINE / "presentation").glob("*.py")),
    ENGINE / "answers.py",
    ENGINE / "pricing.py",
    ENGINE / "claims" / "categories.py",  # why each red flag is one
)
TARGET = Path(settings.BASE_DIR) / "checklist" / "engine_messages.py"
# Words a reader reads: two words at least, letters, not an address, a format or markup.
# A label of one word ("Yes", "Met") counts too, alone or after a letter ("F · Avoid").
READABLE = re.compile(r"[A-Za-zÀ-ÿ]{2,}[\s,;:'’-]+[A-Za-zÀ-ÿ]|^(?:[A-Z] · )?[A-Z][a-zà-ÿ]+\.?$")
NOT_TEXT = ("http", "<", "%", "{", "_", "/")


def _docstrings(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _fragments(tree: ast.AST) -> set[int]:
    # The pieces of an f-string are not sentences: they are left out (a reason built with
    # values is translated once it is written as a template with named values).
    return {
        id(value)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }


# Sentences built with values (f-strings) become templates with numbered slots ("Quoted {0},
# within the range {1}."): a page matches a stored sentence against them and translates the
# template and its values. Not the catalogue's own checks (errors for developers), and not a
# slot glued to a word (an English plural ending: "session{1}") or to another slot.
NO_TEMPLATES = ("catalogue.py", "answers.py")
GLUED = re.compile(r"[A-Za-z]\{\d+\}|\{\d+\}[A-Za-z]|\}\{")


def _template(node: ast.JoinedStr) -> str:
    parts, slot = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
        else:
            parts.append("{" + str(slot) + "}")
            slot += 1
    return "".join(parts)


# Lists the engine joins ("a, b and c"), and the price sentence that follows its advice ("Above
# the typical range. Quoted $9,500; typical ..."): templates of their own, too short for the
# rule above.
JOINS = ("{0} and {1}", "{0}, {1}", "Quoted {0}; {1}.")


def engine_templates() -> list[str]:
    found: dict[str, None] = dict.fromkeys(JOINS)
    for path in SOURCES:
        if path.name in NO_TEMPLATES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            template = _template(node)
            words = re.sub(r"\{\d+\}", " ", template)
            if GLUED.search(template) or len(re.findall(r"[A-Za-z]{2,}", words)) < 2:
                continue
            if "{{" in template or template != template.strip() or "\n" in template:
                continue
            if template.startswith(tuple(start for start in NOT_TEXT if start != "{")):
                continue
            found.setdefault(template)
    return sorted(found)


def catalogue_texts() -> list[str]:
    """The catalogue's own texts, whatever their form (built from parts, or one word)."""
    from checklist.engine.criteria import CATALOGUE

    found = [group.title for group in CATALOGUE.groups]
    for criterion in CATALOGUE.criteria:
        found += [
            criterion.title,
            criterion.checks,
            criterion.why_it_matters,
            criterion.question,
            criterion.ask_clinic,
            *(option.label for option in criterion.options),
        ]
    return [text for text in found if text]


def engine_texts() -> list[str]:
    texts: dict[str, None] = {}
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _fragments(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            text = node.value
            if id(node) in skip or text.startswith(NOT_TEXT) or not READABLE.search(text):
                continue
            if text != text.strip() or "\n" in text:
                continue
            texts.setdefault(text)
    texts.update(dict.fromkeys(catalogue_texts()))
    texts.update(dict.fromkeys(filled_words()))
    return sorted(texts)


def filled_words() -> list[str]:
    """The words the engine fills into its sentences, one word or several ("donor",
    "exosomes", "your own fat"): every value of its *_WORDS tables."""
    from checklist.engine.criteria import wording
    from checklist.engine.presentation import details

    return [
        str(value)
        for module in (wording, details)
        for name, table in vars(module).items()
        if name.endswith("_WORDS") and isinstance(table, Mapping)
        for value in table.values()
        if str(value).strip()
    ]


def render() -> str:
    lines = [
        '"""Generated by `manage.py write_engine_messages`: the engine\'s texts for the translation',
        'catalogues (see that command). Do not edit by hand."""',
        "",
        "from django.utils.translation import gettext_noop",
        "",
        "MESSAGES = (",
    ]
    lines += [f"    gettext_noop({text!r})," for text in engine_texts()]
    lines += [
        ")",
        "",
        "# Sentences built with values, their slots numbered (checklist_tags.translated).",
        "TEMPLATES = (",
    ]
    lines += [f"    gettext_noop({text!r})," for text in engine_templates()]
    lines += [")", ""]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Write checklist/engine_messages.py (the engine's texts for makemessages)."

    def handle(self, *args, **options) -> None:
        TARGET.write_text(render(), encoding="utf-8")
        self.stdout.write(f"{TARGET.relative_to(settings.BASE_DIR)}: {len(engine_texts())} texts.")
