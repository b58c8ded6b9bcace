"""Calendar arithmetic for resolved dates: periods, their bounds, their EDTF and ISO forms.

Why: every rule of docs/dates.md ends in "the interval of this period at this precision"; doing
that arithmetic in one place keeps the tagger's rules short and the intervals consistent.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

PRECISIONS = ("day", "week", "month", "year", "decade")

# Arithmetic can leave the calendar (years 1..9999): ``period`` and ``add_days`` hold their
# results at its ends; ``shift`` raises (OverflowError or ValueError) and the date tagger, which
# resolves words with it, drops the expression.


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def period(day: date, precision: str) -> tuple[date, date]:
    """The whole period of the given precision that contains ``day``."""
    if precision == "day":
        return day, day
    if precision == "week":
        monday = day - timedelta(days=day.weekday())  # 1 January of year 1 is a Monday: never below date.min
        return monday, add_days(monday, 6)
    if precision == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "decade":
        first = day.year - day.year % 10
        return date(max(first, 1), 1, 1), date(first + 9, 12, 31)  # the decade of years 1-9 starts in year 1
    raise ValueError(f"unknown precision {precision!r}")


def add_days(day: date, n: int) -> date:
    """``day`` moved by ``n`` days, held at date.min / date.max (for windows and gaps, not for
    resolving words: "the previous day" of 1 January of year 1 is no day at all)."""
    try:
        return day + timedelta(days=n)
    except OverflowError:
        return date.max if n > 0 else date.min


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` units (negative: back); month ends are clamped by relativedelta.
    Raises OverflowError or ValueError when the result would leave years 1..9999."""
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    if unit == "month":
        return day + relativedelta(months=n)
    if unit == "year":
        return day + relativedelta(years=n)
    if unit == "decade":
        return day + relativedelta(years=10 * n)
    raise ValueError(f"unknown unit {unit!r}")


def is_whole_period(start: date, end: date, precision: str) -> bool:
    """True when [start, end] is exactly one period of the precision."""
    return period(start, precision) == (start, end)


def edtf_point(day: date, precision: str, approximate: bool = False) -> str:
    """EDTF of the period of ``day`` at a precision (a week is written as its interval of days)."""
    if precision == "day":
        text = day.isoformat()
    elif precision == "month":
        text = f"{day.year:04d}-{day.month:02d}"
    elif precision == "year":
        text = f"{day.year:04d}"
    elif precision == "decade":
        text = f"{day.year // 10:03d}X"
    elif precision == "week":
        start, end = period(day, "week")
        return f"{start.isoformat()}/{end.isoformat()}"
    else:
        raise ValueError(f"unknown precision {precision!r}")
    return text + ("~" if approximate else "")


def edtf_interval(start: date, start_precision: str, end: date, end_precision: str) -> str:
    """EDTF of an interval whose bounds may be at different precisions ("2012/2024-07-28")."""
    return f"{edtf_point(start, start_precision)}/{edtf_point(end, end_precision)}"


def iso_duration(n: int, designator: str, time: bool = False) -> str:
    """ISO 8601 duration: P2D, P10Y, PT48H."""
    return f"PT{n}{designator}" if time else f"P{n}{designator}"
