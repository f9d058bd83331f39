<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>TransactionFilters</name>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="126" />
            <source>All terminals</source>
            <translation>全部终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="128" />
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="130" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="194" />
            <source>card {card}</source>
            <translation>卡号 {card}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="196" />
            <source>operator {name}</source>
            <translation>操作员 {name}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="198" />
            <source>%n selected transaction(s)</source>
            <translation>
                <numerusform>选定的 %n 笔交易</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="200" />
            <source>from {start} to {end}</source>
            <translation>从 {start} 到 {end}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="204" />
            <source>Also filtered by: {what}</source>
            <translation>另加筛选：{what}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="208" />
            <source>Search reference, voucher, order, card last 4 or amount</source>
            <translation>搜索参考号、凭证号、订单号、卡号后四位或金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="210" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="211" />
            <source>To</source>
            <translation>到</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="214" />
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="214" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="215" />
            <source>Yesterday</source>
            <translation>昨天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="215" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="216" />
            <source>Last week</source>
            <translation>上周</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="216" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="217" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="217" />
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="218" />
            <source>Chosen days</source>
            <translation>自选日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_filters.py" line="221" />
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
</TS>
