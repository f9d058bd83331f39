"""The words drawn inside a chart, in English and Chinese.

The CLI has no Qt translator, so the figure's own text lives here, one catalogue shared by
the CLI and the GUI (the GUI's controls are translated with Qt Linguist as usual).
"""

from __future__ import annotations

from dataclasses import dataclass

_EN: dict[str, str] = {
    "count_title": "Swipes per {bucket}",
    "amount_title": "Successful amount per {bucket}",
    "heatmap_title": "Swipes by weekday and hour",
    "count_axis": "Swipes",
    "amount_axis": "Amount ({currency})",
    "hour_axis": "Hour of day",
    "hour": "hour", "day": "day", "week": "week", "month": "month",
    "empty": "No transactions in this period",
    "empty_db": "No transactions yet: import a statement first",
    "business_hours": "Business hours",
    "daily_limit": "Daily limit",
    "per_txn_limit": "Per-transaction limit",
    "largest": "Largest single swipe",
    "other": "Other",
    "none": "(none)",
    "swipes_unit": "swipes",
    "tip": "{bucket}: {count} swipes, {amount}",
    "heat_tip": "{weekday} {hour:02d}:00: {count} swipes, {amount}",
    "alert_tip": "{rule} alert #{id}: {count} transactions",
    "weekdays": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "sale": "sale", "void": "void", "refund": "refund", "preauth": "pre-auth",
    "preauth_complete": "pre-auth completion", "reversal": "reversal",
    "success": "success", "failed": "failed",
    "untimed": "{n} without a time of day not shown",
}

_ZH: dict[str, str] = {
    "count_title": "每{bucket}刷卡笔数",
    "amount_title": "每{bucket}成功交易金额",
    "heatmap_title": "按星期和时段的刷卡笔数",
    "count_axis": "刷卡笔数",
    "amount_axis": "金额（{currency}）",
    "hour_axis": "时段（点）",
    "hour": "小时", "day": "天", "week": "周", "month": "月",
    "empty": "此期间没有交易",
    "empty_db": "还没有交易：请先导入对账单",
    "business_hours": "营业时间",
    "daily_limit": "单日限额",
    "per_txn_limit": "单笔限额",
    "largest": "单笔最大金额",
    "other": "其他",
    "none": "（无）",
    "swipes_unit": "笔",
    "tip": "{bucket}：{count} 笔，{amount}",
    "heat_tip": "{weekday} {hour:02d}:00：{count} 笔，{amount}",
    "alert_tip": "{rule} 预警 #{id}：{count} 笔交易",
    "weekdays": "周一,周二,周三,周四,周五,周六,周日",
    "sale": "消费", "void": "撤销", "refund": "退货", "preauth": "预授权",
    "preauth_complete": "预授权完成", "reversal": "冲正",
    "success": "成功", "failed": "失败",
    "untimed": "另有 {n} 笔没有具体时间，未显示",
}

@dataclass(frozen=True)
class ChartLabels:
    """Look up the figure's words for one language (``en`` or ``zh_CN``)."""

    language: str = "en"

    @property
    def chinese(self) -> bool:
        return self.language.lower().startswith("zh")

    def __call__(self, key: str, **values: object) -> str:
        table = _ZH if self.chinese else _EN
        text = table.get(key, _EN.get(key, key))
        return text.format(**values) if values else text

    def weekdays(self) -> list[str]:
        return self("weekdays").split(",")

    def rule(self, rule: str) -> str:
        """A detection rule's name, from the detection subsystem's own bilingual table."""
        from shopguard.core.detection import RULE_NAMES

        names = RULE_NAMES.get(rule)
        if names is None:
            return rule
        return names[1] if self.chinese else names[0]

    def layer(self, stack_by: str | None, key: str) -> str:
        """A stack layer's legend text: translated types/statuses, ``****1234`` for cards."""
        from shopguard.core.insights import OTHER_KEY

        if key == OTHER_KEY:
            return self("other")
        if key == "":
            return self("none")
        if stack_by in ("type", "status"):
            return self(key)
        if stack_by == "card":
            return f"****{key}"
        return key
