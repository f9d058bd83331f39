<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ReconciliationScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="167" />
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="179" />
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="180" />
            <source>Export PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="181" />
            <source>Export XLSX…</source>
            <translation>导出 XLSX…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="182" />
            <source>Payouts</source>
            <translation>结算到账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="183" />
            <source>Unexplained credits</source>
            <translation>无法解释的入账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="184" />
            <source>Fee check</source>
            <translation>手续费核查</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="185" />
            <source>Show transactions</source>
            <translation>查看交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="186" />
            <source>Match by hand…</source>
            <translation>手工核对…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="187" />
            <source>Unmatch</source>
            <translation>取消核对</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="188" />
            <source>Explain difference…</source>
            <translation>说明差额…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="189" />
            <source>Explain credit…</source>
            <translation>说明入账…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="191" />
            <source>Credits from an acquirer that pay for none of this month's payouts: an adjustment, a chargeback reversal, or sales before the month.</source>
            <translation>收单机构的入账，但不属于本月任何一笔结算：差错调整、退单冲回，或本月之前交易的结算款。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="194" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="194" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="194" />
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="194" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="195" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="195" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="234" />
            <source>Nothing to reconcile yet: import the acquirer's statement and the bank statement of the same month.</source>
            <translation>还没有可对账的数据：请导入同一个月的收单对账单和银行流水。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="254" />
            <source>{year}-{month}</source>
            <translation>{year}年{month}月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="298" />
            <source>Select a payout to see the bank line that paid it.</source>
            <translation>选择一笔结算，查看对应的银行入账。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="300" />
            <source>No bank line pays this payout.</source>
            <translation>没有银行入账对应这笔结算。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="309" />
            <source>balance {amount}</source>
            <translation>余额 {amount}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="311" />
            <source>Bank line: {line}</source>
            <translation>银行入账：{line}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="336" />
            <source>Matching a payout by hand</source>
            <translation>手工核对结算</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="337" />
            <source>Unmatching a payout</source>
            <translation>取消结算核对</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="338" />
            <source>Explaining a difference</source>
            <translation>说明差额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="355" />
            <source>{action} needs the owner PIN, and it was missing or wrong: nothing changed.</source>
            <translation>{action}需要店主密码，密码未填或不正确：没有做任何更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="394" />
            <source>Payout due on {dates}: expected {expected}, received {received}, difference {diff}</source>
            <translation>应于 {dates} 到账的结算：应到账 {expected}，实到账 {received}，差额 {diff}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="406" />
            <source>Credit of {amount} on {date}</source>
            <translation>{date} 入账 {amount}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="425" />
            <source>Export the month-end report</source>
            <translation>导出月末对账报告</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="426" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="427" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="430" />
            <source>reconciliation_{month}</source>
            <translation>对账报告_{month}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="445" />
            <source>Exporting the month-end report</source>
            <translation>正在导出月末对账报告</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/reconciliation.py" line="466" />
            <source>Report written to {path}</source>
            <translation>报告已保存到 {path}</translation>
        </message>
    </context>
</TS>
