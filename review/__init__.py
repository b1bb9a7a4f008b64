"""The review workbench: a server-rendered web app over the warehouse for QC
inspectors, trainers, team leads and admins (``callqa serve``)."""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":       # lazy: the CLI's user commands need no web stack
        from review.app import create_app
        return create_app
    raise AttributeError(name)
