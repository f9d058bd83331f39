<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="36" />
            <source>Record a dispute notice</source>
            <translation>登记争议（调单/退单）通知</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="48" />
            <source>The notice gives a deadline</source>
            <translation>通知上有应答截止日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="62" />
            <source>Transaction id</source>
            <translation>交易编号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="63" />
            <source>Notice received on</source>
            <translation>收到通知日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="65" />
            <source>Answer by</source>
            <translation>应答截止日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="66" />
            <source>Reason code</source>
            <translation>原因代码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dispute_dialog.py" line="67" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
</TS>
