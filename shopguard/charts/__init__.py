"""Drawing ShopGuard's charts with plain matplotlib `Figure`s (no pyplot, no Qt).

Shared by the CLI (`shopguard chart`, Agg canvas) and the GUI's chart screen (Qt canvas), so
both draw the same picture from the same `shopguard.core.insights.chartspec.ChartData`.
"""
