<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RefundWindowsEditor</name>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="141" />
            <source>{name} is listed twice: keep one row per acquirer.</source>
            <translation>{name} 出现了两次：每个收单机构只保留一行。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="147" />
            <source>Acquirer</source>
            <translation>收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="147" />
            <source>Days to refund</source>
            <translation>可退货天数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="148" />
            <source>Add acquirer</source>
            <translation>添加收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="149" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/refund_windows.py" line="150" />
            <source>Acquirers whose refund window differs from the default above (check with each acquirer).</source>
            <translation>退货期限与上面默认值不同的收单机构（请向各收单机构确认）。</translation>
        </message>
    </context>
</TS>
