"""A progress bar for long scans, on a terminal only (rich); a no-op otherwise."""
from __future__ import annotations


class Progress:
    """Count messages as batches finish; the bar starts on the first batch, after workers fork."""

    def __init__(self, enabled: bool):
        self.enabled, self.bar, self.task = enabled, None, None

    def __enter__(self):
        return self

    def advance(self, count: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import MofNCompleteColumn, Progress as Bar, SpinnerColumn, TimeElapsedColumn

            # stderr: stdout carries the summary line, and may be piped while the terminal watches.
            self.bar = Bar(SpinnerColumn(), "{task.description}", MofNCompleteColumn(), TimeElapsedColumn(),
                           transient=True, console=Console(stderr=True))
            self.bar.start()
            self.task = self.bar.add_task("scanning messages", total=None)
        self.bar.advance(self.task, count)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False
