"""ISO weeks (``2026-W47``): the unit of the weekly report and the BI export.

Weeks run Monday to Sunday, as the centre's weekly QC meeting does; the week of a
call is the week of its ``call_date`` (the day folder of the nightly run).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)


@dataclass(frozen=True)
class IsoWeek:
    """One ISO week.

    Attributes:
        year: ISO year (may differ from the calendar year around New Year).
        week: 1..53.
    """

    year: int
    week: int

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]

    def previous(self) -> "IsoWeek":
        return week_of(self.monday - timedelta(days=7))

    def __str__(self) -> str:
        return self.label


def week_of(day: date) -> IsoWeek:
    y, w, _ = day.isocalendar()
    return IsoWeek(y, w)


def parse_week(text: str) -> IsoWeek:
    """``2026-W47`` (or ``2026W47``) → IsoWeek; ValueError naming the text otherwise."""
    m = _WEEK.match(text.strip())
    if not m:
        raise ValueError(f"'{text}' is not an ISO week like 2026-W47")
    year, week = int(m.group(1)), int(m.group(2))
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"'{text}': {year} has no week {week}") from None
    return IsoWeek(year, week)


def last_complete_week(today: date) -> IsoWeek:
    """The week before the one ``today`` is in (what Monday's report covers)."""
    return week_of(today).previous()
