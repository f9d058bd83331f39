<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Safekeeping</name>
        <message>
            <location filename="../../shopguard/gui/safekeeping.py" line="40" />
            <source>Daily backup</source>
            <translation>每日备份</translation>
        </message>
    </context>
</TS>
