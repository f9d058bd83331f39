"""`ChartDrawer`: draws `ChartData` into one long-lived matplotlib `Figure`.

The drawer creates its axes and artists once and afterwards only updates them (bar
polygons, lines, image data, visibility), so the GUI redraws with ``draw_idle()`` instead of
rebuilding the figure. Bars are one `PolyCollection` per stack layer: a thousand daily bars
cost one artist, not a thousand `Rectangle`s. It also answers hit-tests (which bucket, which
heatmap cell, which alert marker is under the mouse) for the GUI's hover and click.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np
from matplotlib import dates as mdates
from matplotlib.artist import Artist
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from shopguard.charts import palette
from shopguard.charts.fonts import register_cjk_font
from shopguard.charts.labels import ChartLabels
from shopguard.core.insights import OTHER_KEY, AlertMark, BucketStats, ChartData, open_hours
from shopguard.core.money import format_money

MAIN_RECT = (0.08, 0.13, 0.89, 0.76)  # left, bottom, width, height of the plot area
LEGEND_RECT = (0.08, 0.13, 0.70, 0.76)  # the same with room for a legend on the right
HEAT_RECT = (0.08, 0.13, 0.82, 0.76)
CBAR_RECT = (0.92, 0.13, 0.015, 0.76)
MINOR_PER_MAJOR = 100  # every currency ShopGuard supports has two decimals


@dataclass(frozen=True)
class Hit:
    """What is under the mouse: a bucket, a heatmap cell or an alert marker."""

    text: str
    filters: dict[str, Any] | None  # Transactions screen filters for a click; None: no target


def _rect(x0: float, x1: float, y0: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S")


def _date_formatter(locator: mdates.AutoDateLocator,
                    labels: ChartLabels) -> mdates.ConciseDateFormatter:
    if labels.chinese:
        return mdates.ConciseDateFormatter(
            locator,
            formats=["%Y年", "%m月", "%d日", "%H:%M", "%H:%M", "%S.%f"],
            zero_formats=["", "%Y年", "%m月", "%m月%d日", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y年", "%Y年%m月", "%Y年%m月%d日", "%Y年%m月%d日",
                            "%Y年%m月%d日 %H:%M"])
    return mdates.ConciseDateFormatter(locator)


class ChartDrawer:
    """Owns the figure's artists; `draw(data, labels)` updates them for a new chart."""

    def __init__(self, figure: Figure):
        register_cjk_font()  # idempotent; the GUI registered the bundled font already
        self.figure = figure
        figure.set_facecolor("white")
        self.ax = figure.add_axes(MAIN_RECT, label="series")
        self.ax_heat = figure.add_axes(HEAT_RECT, label="heatmap")
        self.ax_cbar = figure.add_axes(CBAR_RECT, label="colourbar")
        self.data: ChartData | None = None
        self.labels = ChartLabels()
        self._starts: list[float] = []  # bucket start/end as matplotlib date numbers
        self._ends: list[float] = []
        self._layers: list[PolyCollection] = []
        self._alert_lines: dict[str, Line2D] = {}
        self._alert_groups: dict[str, list[list[AlertMark]]] = {}
        self._setup_series_axes()
        self._setup_heatmap_axes()
        self.empty_text = figure.text(0.5, 0.5, "", ha="center", va="center", fontsize=14,
                                      color="#555555", visible=False)

    # ------------------------------------------------------------------------ set-up

    def _setup_series_axes(self) -> None:
        ax = self.ax
        ax.grid(axis="y", color="#dddddd", linewidth=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self._locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(self._locator)
        ax.xaxis.set_major_formatter(_date_formatter(self._locator, self.labels))
        self._formatter_language = self.labels.language
        self.shade = PolyCollection([], facecolors=palette.BUSINESS_HOURS, alpha=0.25,
                                    edgecolors="none", transform=ax.get_xaxis_transform(),
                                    zorder=0)
        ax.add_collection(self.shade)
        self.daily_line = ax.axhline(0, color=palette.LIMIT, linestyle="--", linewidth=1.4,
                                     visible=False, zorder=4)
        self.txn_line = ax.axhline(0, color=palette.LIMIT, linestyle=":", linewidth=1.4,
                                   visible=False, zorder=4)
        self.largest, = ax.plot([], [], linestyle="none", marker="_", markersize=9,
                                markeredgewidth=2, color=palette.LARGEST, visible=False,
                                zorder=5)

    def _setup_heatmap_axes(self) -> None:
        ax = self.ax_heat
        self.image = ax.imshow(np.zeros((7, 24)), aspect="auto", cmap=palette.HEATMAP_CMAP,
                               interpolation="nearest", vmin=0, vmax=1)
        ax.set_xticks(range(0, 24, 2))
        ax.set_yticks(range(7))
        self.heat_hours = PolyCollection([], facecolors="none", edgecolors=palette.LIMIT,
                                         linestyles="--", linewidths=1.5, zorder=3)
        ax.add_collection(self.heat_hours)
        self.colorbar = self.figure.colorbar(self.image, cax=self.ax_cbar)

    def _show(self, mode: str) -> None:
        series, heat = mode == "series", mode == "heatmap"
        self.ax.set_visible(series)
        self.ax_heat.set_visible(heat)
        self.ax_cbar.set_visible(heat)
        self.empty_text.set_visible(mode == "empty")

    # ------------------------------------------------------------------------ drawing

    def draw(self, data: ChartData, labels: ChartLabels | None = None) -> None:
        """Update every artist for `data`; the caller then calls ``canvas.draw_idle()``."""
        self.data = data
        self.labels = labels or self.labels
        if data.empty:
            self._draw_empty(data)
        elif data.heatmap is not None:
            self._draw_heatmap(data)
        else:
            self._draw_series(data)

    def _draw_empty(self, data: ChartData) -> None:
        self._show("empty")
        self._starts, self._ends = [], []
        self.empty_text.set_text(self.labels("empty_db" if data.period is None else "empty"))
        self.figure.suptitle("")

    def _period_text(self, data: ChartData) -> str:
        assert data.period is not None
        last = data.period.end - timedelta(seconds=1)
        return f"{data.period.start:%Y-%m-%d} – {last:%Y-%m-%d}"

    def _draw_series(self, data: ChartData) -> None:
        assert data.series is not None and data.period is not None
        self._show("series")
        lab, ax, series = self.labels, self.ax, data.series
        amount = data.request.kind == "amount"
        if self._formatter_language != lab.language:
            ax.xaxis.set_major_formatter(_date_formatter(self._locator, lab))
            self._formatter_language = lab.language
        buckets = series.buckets
        self._starts = [float(v) for v in mdates.date2num([b.start for b in buckets])]
        self._ends = [float(v) for v in mdates.date2num([b.end for b in buckets])]
        scale = MINOR_PER_MAJOR if amount else 1
        if series.stack_by and series.stack_counts:
            source = series.stack_amounts if amount else series.stack_counts
            layers = [(lab.layer(series.stack_by, key), vals, palette.layer_colour(i, key,
                                                                                    OTHER_KEY))
                      for i, (key, vals) in enumerate(source.items())]
        else:
            vals = [b.amount_minor if amount else b.count for b in buckets]
            layers = [(lab("amount_axis" if amount else "count_axis",
                           currency=data.currency), vals, palette.SINGLE)]
        handles: list[Artist] = []
        tops = self._draw_layers(layers, scale, handles)
        top = max(tops, default=0.0)
        top = max(top, self._draw_limits(data, amount, top, handles))
        self._draw_shading(data, handles)
        top = max(top, self._draw_alerts(data, tops, top, amount, handles))
        ax.set_xlim(float(mdates.date2num(data.period.start)),
                    float(mdates.date2num(data.period.end)))
        ax.set_ylim(0, top * 1.12 if top > 0 else 1)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=not amount))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
        ax.set_ylabel(lab("amount_axis" if amount else "count_axis", currency=data.currency))
        title_key = "amount_title" if amount else "count_title"
        untimed = f"  ·  {lab('untimed', n=series.time_unknown)}" if series.time_unknown else ""
        ax.set_title(f"{lab(title_key, bucket=lab(series.by))}  ·  {self._period_text(data)}"
                     f"{untimed}", loc="left", fontsize=11)
        self.figure.suptitle("")
        legend = ax.get_legend()
        if len(handles) > 1:  # beside the plot, so it never hides a bar or a marker
            ax.set_position(LEGEND_RECT)
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                      fontsize=8, frameon=False, borderaxespad=0.0)
        else:  # one plain series needs no legend: the axis label names it
            ax.set_position(MAIN_RECT)
            if legend is not None:
                legend.remove()

    def _draw_layers(self, layers: Sequence[tuple[str, Sequence[int], str]], scale: int,
                     handles: list[Artist]) -> list[float]:
        """Stacked bars, one PolyCollection per layer; returns each bucket's top."""
        n = len(self._starts)
        bottoms = [0.0] * n
        gaps = [(e - s) * 0.08 for s, e in zip(self._starts, self._ends, strict=True)]
        while len(self._layers) < len(layers):
            coll = PolyCollection([], edgecolors="none", zorder=2)
            self.ax.add_collection(coll)
            self._layers.append(coll)
        for coll, (name, values, colour) in zip(self._layers, layers, strict=False):
            verts = []
            for i, v in enumerate(values):
                y0 = bottoms[i]
                y1 = y0 + v / scale
                bottoms[i] = y1
                if v:
                    verts.append(_rect(self._starts[i] + gaps[i], self._ends[i] - gaps[i],
                                       y0, y1))
            coll.set_verts(verts)
            coll.set_facecolor(colour)
            coll.set_label(name)
            coll.set_visible(True)
            handles.append(Patch(facecolor=colour, label=name))
        for coll in self._layers[len(layers):]:
            coll.set_verts([])
            coll.set_visible(False)
        return bottoms

    def _draw_limits(self, data: ChartData, amount: bool, top: float,
                     handles: list[Artist]) -> float:
        """Limit lines (amount view) and the largest single swipe per bucket."""
        lab, lim = self.labels, data.limits
        assert data.series is not None
        show_daily = bool(amount and lim and data.series.by == "day"
                          and top > 0 and lim.daily_minor / MINOR_PER_MAJOR <= top * 3)
        largest = [b.max_minor / MINOR_PER_MAJOR for b in data.series.buckets]
        show_txn = bool(amount and lim and any(largest))
        reach = 0.0
        self.daily_line.set_visible(show_daily)
        if show_daily and lim:
            y = lim.daily_minor / MINOR_PER_MAJOR
            self.daily_line.set_ydata([y, y])
            self.daily_line.set_label(lab("daily_limit"))
            handles.append(self.daily_line)
            reach = y
        self.largest.set_visible(show_txn)
        self.txn_line.set_visible(False)
        if show_txn and lim:
            mids = [(s + e) / 2 for s, e in zip(self._starts, self._ends, strict=True)]
            xs = [m for m, v in zip(mids, largest, strict=True) if v]
            self.largest.set_data(xs, [v for v in largest if v])
            self.largest.set_label(lab("largest"))
            handles.append(self.largest)
            y = lim.per_txn_minor / MINOR_PER_MAJOR
            if y <= max(top, 1) * 3:
                self.txn_line.set_ydata([y, y])
                self.txn_line.set_label(lab("per_txn_limit"))
                self.txn_line.set_visible(True)
                handles.append(self.txn_line)
                reach = max(reach, y)
        return reach

    def _draw_shading(self, data: ChartData, handles: list[Artist]) -> None:
        """Business hours, on hourly charts only (days and longer have no hours to shade)."""
        assert data.series is not None and data.period is not None
        from shopguard.core.insights import business_spans

        spans = (business_spans(data.period, data.hours)
                 if data.series.by == "hour" and data.hours else [])
        verts = [_rect(float(mdates.date2num(a)), float(mdates.date2num(b)), 0.0, 1.0)
                 for a, b in spans]
        self.shade.set_verts(verts)
        self.shade.set_visible(bool(verts))
        if verts:
            handles.append(Patch(facecolor=palette.BUSINESS_HOURS, alpha=0.5,
                                 label=self.labels("business_hours")))

    def _draw_alerts(self, data: ChartData, tops: list[float], top: float, amount: bool,
                     handles: list[Artist]) -> float:
        """One marker per (bucket, rule) above the bar, rules stacked upwards."""
        groups: dict[str, dict[int, list[AlertMark]]] = {}
        for mark in data.alerts:
            i = self.bucket_index(float(mdates.date2num(mark.at)))
            if i is not None:
                groups.setdefault(mark.rule, {}).setdefault(i, []).append(mark)
        step = max(top, 1.0) * 0.06
        level: dict[int, int] = {}
        reach = 0.0
        self._alert_groups = {}
        for line in self._alert_lines.values():
            line.set_visible(False)
            line.set_data([], [])
        for rule in sorted(groups):
            xs, ys, marks = [], [], []
            for i, group in sorted(groups[rule].items()):
                level[i] = level.get(i, 0) + 1
                xs.append((self._starts[i] + self._ends[i]) / 2)
                ys.append(tops[i] + step * level[i])
                marks.append(group)
            found = self._alert_lines.get(rule)
            if found is not None:
                line = found
            else:
                marker = palette.rule_marker(rule)
                line, = self.ax.plot([], [], linestyle="none", marker=marker,
                                     markersize=11 if marker == "*" else 8,
                                     color=palette.rule_colour(rule),
                                     markeredgecolor="white", markeredgewidth=0.8,
                                     picker=True, pickradius=6, zorder=6)
                self._alert_lines[rule] = line
            line.set_data(xs, ys)
            line.set_label(self.labels.rule(rule))
            line.set_visible(True)
            self._alert_groups[rule] = marks
            handles.append(line)
            reach = max(reach, *ys)
        return reach

    def _draw_heatmap(self, data: ChartData) -> None:
        assert data.heatmap is not None
        self._show("heatmap")
        lab, ax = self.labels, self.ax_heat
        grid = np.array(data.heatmap.counts, dtype=float)  # hover adds the amount
        self.image.set_data(grid)
        self.image.set_clim(0, max(1.0, float(grid.max())))
        ax.set_yticks(range(7), lab.weekdays())
        ax.set_xticks(range(0, 24, 2), [f"{h:02d}" for h in range(0, 24, 2)])
        ax.set_xlabel(lab("hour_axis"))
        self.ax_cbar.set_ylabel(lab("count_axis"))
        hours = open_hours(data.hours) if data.hours else []
        verts = [_rect(a - 0.5, b + 0.5, -0.5, 6.5) for a, b in _runs(hours)]
        self.heat_hours.set_verts(verts)
        self.heat_hours.set_visible(bool(verts))
        handles = ([Patch(facecolor="none", edgecolor=palette.LIMIT, linestyle="--",
                          label=lab("business_hours"))] if verts else [])
        heat = data.heatmap
        untimed = f"  ·  {lab('untimed', n=heat.time_unknown)}" if heat and heat.time_unknown else ""
        ax.set_title(f"{lab('heatmap_title')}  ·  {self._period_text(data)}{untimed}",
                     loc="left", fontsize=11)
        legend = ax.get_legend()
        if handles:
            ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.0),
                      fontsize=8, frameon=False)
        elif legend is not None:
            legend.remove()

    # ------------------------------------------------------------------------ hit tests

    def bucket_index(self, x: float) -> int | None:
        """The bucket whose [start, end) holds date number `x`."""
        i = bisect.bisect_right(self._starts, x) - 1
        if 0 <= i < len(self._ends) and x < self._ends[i]:
            return i
        return None

    def bucket(self, i: int) -> BucketStats:
        assert self.data is not None and self.data.series is not None
        return self.data.series.buckets[i]

    def _money(self, minor: int) -> str:
        return format_money(minor, self.data.currency if self.data else "CNY")

    def hit(self, x: float | None, y: float | None, in_heatmap: bool = False) -> Hit | None:
        """Hover/click target at data coordinates of the visible axes."""
        data = self.data
        if data is None or data.empty or x is None:
            return None
        if data.heatmap is not None:
            if not in_heatmap or y is None:
                return None
            hour, weekday = round(x), round(y)
            if not (0 <= hour < 24 and 0 <= weekday < 7):
                return None
            text = self.labels("heat_tip", weekday=self.labels.weekdays()[weekday], hour=hour,
                               count=data.heatmap.counts[weekday][hour],
                               amount=self._money(data.heatmap.amounts[weekday][hour]))
            return Hit(text, None)
        i = self.bucket_index(x)
        if i is None:
            return None
        b = self.bucket(i)
        text = self.labels("tip", bucket=b.bucket, count=b.count,
                           amount=self._money(b.amount_minor))
        return Hit(text, self.bucket_filters(i))

    def bucket_filters(self, i: int) -> dict[str, Any]:
        """Transactions-screen filters for bucket `i` (and the chart's own filters)."""
        assert self.data is not None
        b = self.bucket(i)
        return {"from": _iso(b.start), "to": _iso(b.end),
                **self.data.request.filters.to_navigate()}

    def alert_hit(self, artist: Artist, index: int) -> Hit | None:
        """The alerts behind a picked marker (`index` into that rule's markers)."""
        rule = next((r for r, line in self._alert_lines.items() if line is artist), None)
        if rule is None or index >= len(self._alert_groups.get(rule, [])):
            return None
        marks = self._alert_groups[rule][index]
        ids = sorted({t for m in marks for t in m.transaction_ids})
        text = "\n".join(self.labels("alert_tip", rule=self.labels.rule(m.rule), id=m.alert_id,
                                     count=len(m.transaction_ids)) for m in marks)
        start = min(m.at for m in marks)
        end = max(m.last_at for m in marks) + timedelta(seconds=1)
        filters: dict[str, Any] = {"from": _iso(start), "to": _iso(end)}
        if ids:
            filters["ids"] = ids
        return Hit(text, filters)


def _runs(hours: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs of hours, ``[9, 10, 11, 20]`` → ``[(9, 11), (20, 20)]``."""
    runs: list[tuple[int, int]] = []
    for h in sorted(hours):
        if runs and runs[-1][1] == h - 1:
            runs[-1] = (runs[-1][0], h)
        else:
            runs.append((h, h))
    return runs
