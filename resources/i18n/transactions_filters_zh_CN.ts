<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TransactionFilters</name>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="99"/>
        <source>All terminals</source>
        <translation>全部终端</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="101"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="103"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="165"/>
        <source>card {card}</source>
        <translation>卡号 {card}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="167"/>
        <source>operator {name}</source>
        <translation>操作员 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="169"/>
        <source>%n selected transaction(s)</source>
        <translation>
            <numerusform>选定的 %n 笔交易</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="171"/>
        <source>from {start} to {end}</source>
        <translation>从 {start} 到 {end}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="175"/>
        <source>Also filtered by: {what}</source>
        <translation>另加筛选：{what}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="179"/>
        <source>Search reference, voucher, order, card last 4 or amount</source>
        <translation>搜索参考号、凭证号、订单号、卡号后四位或金额</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="181"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="182"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="184"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_filters.py" line="185"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
</TS>
