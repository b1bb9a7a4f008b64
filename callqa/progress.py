"""A progress bar for ``callqa run`` (English; the summary after it is printed plainly)."""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def progress_bar(label: str) -> Iterator[None]:
    """Show calls done / total while the nightly flow runs in this process."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    from flows import nightly

    if not sys.stderr.isatty():
        yield                      # logs already say "progress: N/M" for unattended runs
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int, result) -> None:
            bar.update(task, completed=done, total=total)

        nightly.add_progress_listener(update)
        try:
            yield
        finally:
            nightly.remove_progress_listener(update)
