"""The month-end report's words in English and Simplified Chinese (statuses, reasons and card
kinds come from `texts`, shared with the screen and the CLI)."""

from __future__ import annotations

LANGS = ("en", "zh_CN")

_T: dict[str, tuple[str, str]] = {
    "title": ("Month-end reconciliation {month}", "月末对账报告 {month}"),
    "shop": ("Merchant", "商户"),
    "no_shop": ("(shop name not set)", "（未填写商户名称）"),
    "generated": ("Prepared", "生成时间"),
    "currency": ("Currency", "币种"),
    "summary": ("Summary", "汇总"),
    "expected": ("Expected payouts", "应到账金额"),
    "received": ("Received", "实际到账"),
    "difference": ("Difference", "差额"),
    "fees": ("Fees (net of fees returned)", "手续费（扣除退回）"),
    "effective_rate": ("Effective fee rate", "实际费率"),
    "contract_fees": ("Fees per contract", "按合同应收手续费"),
    "overcharge": ("Overcharged", "多收手续费"),
    "payouts_count": ("Payouts", "结算笔数"),
    "problems": ("Payouts to look at", "需要核查的结算"),
    "unexplained_count": ("Unexplained credits", "无法解释的入账"),
    "payouts": ("Payouts", "结算到账明细"),
    "col_sales_dates": ("Sales of", "交易日期"),
    "col_due": ("Due on", "应到账日期"),
    "col_credit_date": ("Credited on", "到账日期"),
    "col_expected": ("Expected", "应到账"),
    "col_received": ("Received", "实到账"),
    "col_difference": ("Difference", "差额"),
    "col_status": ("Status", "状态"),
    "col_note": ("Note", "备注"),
    "no_payouts": ("No card sales this month.", "本月没有刷卡交易。"),
    "credits": ("Unexplained credits", "无法解释的入账"),
    "col_date": ("Date", "日期"),
    "col_amount": ("Amount", "金额"),
    "col_description": ("Description", "摘要"),
    "col_reason": ("Reason", "原因"),
    "no_credits": ("Every acquirer credit is explained.", "收单机构的每笔入账都已核对。"),
    "fee_check": ("Fee check", "手续费核查"),
    "fee_intro": ("Fees charged {charged}; per contract {contract}; overcharged {over}.",
                  "实收手续费 {charged}；按合同应为 {contract}；多收 {over}。"),
    "contract": ("Contract: debit cards {debit}{cap}, credit cards {credit}{fixed}.",
                 "合同费率：借记卡 {debit}{cap}，贷记卡 {credit}{fixed}。"),
    "contract_cap": (" capped at {cap}", "，封顶 {cap}"),
    "contract_fixed": (", plus {fixed} a sale", "，另加每笔 {fixed}"),
    "no_contract": ("No fee contract is set in Settings, so fees were not checked.",
                    "设置中尚未填写手续费合同费率，未核查手续费。"),
    "notes": ("Notes", "说明"),
    "col_reference": ("Reference no.", "参考号"),
    "col_time": ("Time", "交易时间"),
    "col_card": ("Card", "卡类别"),
    "col_charged": ("Fee charged", "实收手续费"),
    "col_contract": ("Fee per contract", "合同手续费"),
    "col_over": ("Over", "多收"),
    "no_overcharge": ("No sale was charged more than the contract.",
                      "没有交易的手续费高于合同费率。"),
    "per_day": ("Effective fee rate per day", "每日实际费率"),
    "col_sales": ("Sales", "交易金额"),
    "col_fees": ("Fees", "手续费"),
    "col_rate": ("Rate", "费率"),
    "alerts": ("Open alerts", "待处理的风险提示"),
    "col_rule": ("Alert", "提示"),
    "col_explanation": ("What ShopGuard saw", "说明"),
    "no_alerts": ("No open alert for this month.", "本月没有待处理的风险提示。"),
    "cases": ("Open cases", "未结案件"),
    "col_case": ("Case", "案件"),
    "col_procedure": ("Procedure", "处理流程"),
    "col_deadline": ("Deadline", "截止时间"),
    "no_cases": ("No open case for this month.", "本月没有未结案件。"),
    "explained": ("explained", "已说明"),
    "by_hand": ("by hand", "手工核对"),
    "case_open": ("open", "处理中"),
    "case_paused": ("paused", "已暂停"),
    "path_void": ("Void", "撤销"),
    "path_refund": ("Refund", "退货"),
    "path_adjustment": ("Adjustment request", "调账申请"),
    "path_chargeback": ("Chargeback response", "退单应答"),
    "sheet_summary": ("Summary", "汇总"),
}

def t(key: str, lang: str) -> str:
    """The text for `key` in `lang` ('zh_CN' or 'en')."""
    en, zh = _T[key]
    return zh if lang.startswith("zh") else en


# -- gathering -----------------------------------------------------------------------------


def t_or(key: str, lang: str, default: str) -> str:
    """The text for `key`, or `default` for a key the report does not know."""
    return t(key, lang) if key in _T else default
