<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Names</name>
        <message>
            <location filename="../../shopguard/gui/names.py" line="19" />
            <location filename="../../shopguard/gui/names.py" line="28" />
            <source>owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/names.py" line="21" />
            <source>staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/names.py" line="36" />
            <source>demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/names.py" line="43" />
            <source>demo</source>
            <translation>演示</translation>
        </message>
    </context>
</TS>
