<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TransactionsScreen</name>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="50"/>
        <source>Sorting transactions</source>
        <translation>正在排序交易</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="172"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="163"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopguard/gui/screens/transactions.py" line="189"/>
        <location filename="../../shopguard/gui/screens/transactions.py" line="199"/>
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="201"/>
        <source>sales {sales} · voids {voids} · refunds {refunds} · net {net}</source>
        <translation>消费 {sales} · 撤销 {voids} · 退货 {refunds} · 净额 {net}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopguard/gui/screens/transactions.py" line="208"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="230"/>
        <location filename="../../shopguard/gui/screens/transactions.py" line="270"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="231"/>
        <source>{n} rows are too many to copy; export them instead.</source>
        <translation>{n} 行太多，无法复制；请改用导出。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="238"/>
        <source>Export transactions</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="239"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="240"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="251"/>
        <source>Exported {n} rows to {path}</source>
        <translation>已导出 {n} 行到 {path}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="255"/>
        <source>Exporting to {name}</source>
        <translation>正在导出到 {name}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="261"/>
        <source>Transactions</source>
        <translation>交易明细</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="271"/>
        <source>Copy the selected rows (Ctrl+C)</source>
        <translation>复制选中的行 (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="272"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions.py" line="273"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
</context>
</TS>
