<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>TransactionsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="57" />
            <source>Sorting transactions</source>
            <translation>正在排序交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="217" />
            <source>Sorting…</source>
            <translation>正在排序…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="208" />
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions.py" line="236" />
            <location filename="../../shopguard/gui/screens/transactions.py" line="248" />
            <source>%n transaction(s)</source>
            <translation>
                <numerusform>%n 笔交易</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="250" />
            <source>sales {sales} · voids {voids} · refunds {refunds} · net {net}</source>
            <translation>消费 {sales} · 撤销 {voids} · 退货 {refunds} · 净额 {net}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions.py" line="257" />
            <source>%n failed</source>
            <translation>
                <numerusform>失败 %n 笔</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="282" />
            <location filename="../../shopguard/gui/screens/transactions.py" line="322" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="283" />
            <source>{n} rows are too many to copy; export them instead.</source>
            <translation>{n} 行太多，无法复制；请改用导出。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="290" />
            <source>Export transactions</source>
            <translation>导出交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="291" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="292" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="303" />
            <source>Exported {n} rows to {path}</source>
            <translation>已导出 {n} 行到 {path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="307" />
            <source>Exporting to {name}</source>
            <translation>正在导出到 {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="313" />
            <source>Transactions</source>
            <translation>交易明细</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="323" />
            <source>Copy the selected rows (Ctrl+C)</source>
            <translation>复制选中的行 (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="324" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="325" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
    </context>
</TS>
