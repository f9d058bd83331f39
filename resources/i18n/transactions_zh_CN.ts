<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>TransactionsModel</name>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="63" />
            <source>Sale</source>
            <translation>消费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="64" />
            <source>Void</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="65" />
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="66" />
            <source>Pre-auth</source>
            <translation>预授权</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="67" />
            <source>Pre-auth completion</source>
            <translation>预授权完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="68" />
            <source>Reversal</source>
            <translation>冲正</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="69" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="75" />
            <source>Success</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="76" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="106" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="107" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="108" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="109" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="110" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="111" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="112" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="113" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="114" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="115" />
            <source>Voucher</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="116" />
            <source>Auth code</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="117" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="118" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
    </context>
    <context>
        <name>TransactionsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="321" />
            <source>Sorting transactions</source>
            <translation>正在排序交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="421" />
            <source>All terminals</source>
            <translation>全部终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="423" />
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="426" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="491" />
            <source>Sorting…</source>
            <translation>正在排序…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="522" />
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="548" />
            <source>card {card}</source>
            <translation>卡号 {card}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="550" />
            <source>operator {name}</source>
            <translation>操作员 {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions.py" line="552" />
            <source>%n selected transaction(s)</source>
            <translation>
                <numerusform>选定的 %n 笔交易</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="554" />
            <source>from {start} to {end}</source>
            <translation>从 {start} 到 {end}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="558" />
            <source>Also filtered by: {what}</source>
            <translation>另加筛选：{what}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions.py" line="568" />
            <location filename="../../shopguard/gui/screens/transactions.py" line="578" />
            <source>%n transaction(s)</source>
            <translation>
                <numerusform>%n 笔交易</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="580" />
            <source>sales {sales} · voids {voids} · refunds {refunds} · net {net}</source>
            <translation>消费 {sales} · 撤销 {voids} · 退货 {refunds} · 净额 {net}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions.py" line="587" />
            <source>%n failed</source>
            <translation>
                <numerusform>失败 %n 笔</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="596" />
            <source>Select a transaction to see all its details.</source>
            <translation>选择一笔交易以查看全部详情。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="600" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="600" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="601" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="601" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="602" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="602" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="603" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="603" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="604" />
            <source>Merchant</source>
            <translation>商户号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="604" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="605" />
            <source>Voucher</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="605" />
            <source>Batch</source>
            <translation>批次号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="606" />
            <source>Auth code</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="607" />
            <source>Original reference</source>
            <translation>原参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="608" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="608" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="609" />
            <source>Settled on</source>
            <translation>清算日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="609" />
            <source>Description</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="621" />
            <source>Related transactions</source>
            <translation>关联交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="658" />
            <location filename="../../shopguard/gui/screens/transactions.py" line="716" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="659" />
            <source>{n} rows are too many to copy; export them instead.</source>
            <translation>{n} 行太多，无法复制；请改用导出。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="671" />
            <source>Export transactions</source>
            <translation>导出交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="672" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="673" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="692" />
            <source>Exported {n} rows to {path}</source>
            <translation>已导出 {n} 行到 {path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="695" />
            <source>Exporting to {name}</source>
            <translation>正在导出到 {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="701" />
            <source>Transactions</source>
            <translation>交易明细</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="709" />
            <source>Search reference, voucher, order, card last 4 or amount</source>
            <translation>搜索参考号、凭证号、订单号、卡号后四位或金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="711" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="712" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="714" />
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="715" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="717" />
            <source>Copy the selected rows (Ctrl+C)</source>
            <translation>复制选中的行 (Ctrl+C)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="718" />
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions.py" line="719" />
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
    </context>
</TS>
