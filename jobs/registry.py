"""The kinds of job, registered by the apps that own the work (checklist.jobs): this app runs
them and knows nothing of clinics or scores."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Job
    from .progress import Progress


class JobError(Exception):
    """A failure the staff can act on, said in their words; ``row`` names the row at fault."""

    def __init__(self, message: str, *, row: int | None = None) -> None:
        super().__init__(message)
        self.row = row

    def __str__(self) -> str:
        message = super().__str__()
        return f"Row {self.row}: {message}" if self.row is not None else message


# A handler does the work and returns the summary; it reports progress as it goes. It must be
# safe to run again after a failure (a retry), and leave the data whole if killed.
Handler = Callable[["Job", "Progress"], str]


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    handler: Handler
    # The kind a curator's confirmation starts from a finished job of this one, with the same
    # parameters (a checked import, then its writing).
    then: str | None = None


KINDS: dict[str, Kind] = {}


def job_kind(name: str, label: str, *, then: str | None = None) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        KINDS[name] = Kind(name, label, handler, then)
        return handler

    return register


@dataclass(frozen=True)
class Launcher:
    """A job the staff can start from the admin's job list: a kind with its parameters."""

    name: str
    kind: str
    label: str
    params: dict


LAUNCHERS: dict[str, Launcher] = {}


def job_launcher(name: str, kind: str, label: str, **params: object) -> None:
    LAUNCHERS[name] = Launcher(name, kind, label, dict(params))
