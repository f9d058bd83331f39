<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>TransactionDetail</name>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="44" />
            <source>Select a transaction to see all its details.</source>
            <translation>选择一笔交易以查看全部详情。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="48" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="48" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="49" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="49" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="50" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="50" />
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="51" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="51" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="52" />
            <source>Merchant</source>
            <translation>商户号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="52" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="53" />
            <source>Voucher</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="53" />
            <source>Batch</source>
            <translation>批次号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="54" />
            <source>Auth code</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="55" />
            <source>Original reference</source>
            <translation>原参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="56" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="56" />
            <source>Order</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="57" />
            <source>Settled on</source>
            <translation>清算日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="57" />
            <source>Description</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/transactions_detail.py" line="71" />
            <source>Related transactions</source>
            <translation>关联交易</translation>
        </message>
    </context>
</TS>
