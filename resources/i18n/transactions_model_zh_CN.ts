<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TransactionsModel</name>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="39"/>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="40"/>
        <source>Void</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="41"/>
        <source>Refund</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="42"/>
        <source>Pre-auth</source>
        <translation>预授权</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="43"/>
        <source>Pre-auth completion</source>
        <translation>预授权完成</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="44"/>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="45"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="51"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="52"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="82"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="83"/>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="84"/>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="85"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="86"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="87"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="88"/>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="89"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="90"/>
        <source>Reference</source>
        <translation>参考号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="91"/>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="92"/>
        <source>Auth code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="93"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="94"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/transactions_model.py" line="105"/>
        <source>time unknown</source>
        <translation>时间未知</translation>
    </message>
</context>
</TS>
