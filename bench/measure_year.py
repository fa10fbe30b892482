"""Child process: a year in feelings on a big store, worked out and painted.

``python -m bench.measure_year DATA_DIR`` opens the store and, for this year and a
year in the middle of the journal, times reading that year's columns
(``Journal.trend_text`` over ``core.year.read_span``) and working out its days
(``core.year.year_in_feelings``); then the same from the whole journal's columns,
as Trends keeps them after "All"; then painting the year calendar
(``ui.widgets.year_calendar.YearCalendar``, offscreen, 1600 pixels wide at 150 %
text) into an image. Prints the slower year of each, in milliseconds. If
``core.year`` is not there, prints ``{"missing": reason}``.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from datetime import date

PAINTS = 15  # paints of the calendar: the median is printed


def main() -> int:
    try:
        from attune_journal.core.year import read_span, year_in_feelings
    except ImportError as error:
        print(json.dumps({"missing": f"core.year not importable ({error})"}))
        return 0
    from attune_journal.core import trend_columns
    from attune_journal.core.stats import Window
    from attune_journal.core.timeutil import today_local
    from attune_journal.workspace import open_workspace

    workspace = open_workspace(sys.argv[1])
    journal, settings = workspace.journal, workspace.settings
    window = Window(settings.window_low, settings.window_high)
    today = today_local()
    first = min(journal.days_with_entries(date(1900, 1, 1), today))
    years = [today.year, (first.year + today.year) // 2]

    read_ms: dict[int, float] = {}
    for year in years:
        began = time.perf_counter()
        columns = trend_columns.columns_from_text(journal.trend_text(*read_span(year, today)))
        data = year_in_feelings(columns, window, year, today)
        read_ms[year] = (time.perf_counter() - began) * 1000
        assert data.days_with_checkin > 0, f"{year} came back empty"

    whole = trend_columns.columns_from_text(journal.trend_text(None, None))
    cached_ms: dict[int, float] = {}
    results = {}
    for year in years:
        began = time.perf_counter()
        results[year] = year_in_feelings(whole, window, year, today)
        cached_ms[year] = (time.perf_counter() - began) * 1000
    workspace.close()

    paint_ms = _paint(results[today.year])
    print(
        json.dumps(
            {
                "year_read_ms": max(read_ms.values()),
                "year_from_columns_ms": max(cached_ms.values()),
                "year_paint_ms": paint_ms,
                "years": {str(y): round(read_ms[y], 2) for y in years},
            }
        )
    )
    return 0


def _paint(data: object) -> float:
    """The median time to paint the calendar of ``data``'s year into an image."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from attune_journal.core.year import YearInFeelings
    from attune_journal.ui.widgets.year_calendar import YearCalendar

    assert isinstance(data, YearInFeelings)
    _app = QApplication.instance() or QApplication([])
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(font)
    widget = YearCalendar()
    widget.set_data(data.year, data)
    width = 1600
    widget.resize(width, widget.heightForWidth(width))
    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    for _ in range(PAINTS):
        image.fill(0)
        began = time.perf_counter()
        widget.render(image)
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
