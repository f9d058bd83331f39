<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../shopguard/gui/importing.py" line="90" />
            <source>Importing {name}: {rows} rows</source>
            <translation>正在导入 {name}：{rows} 行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/importing.py" line="91" />
            <source>Reading {name}…</source>
            <translation>正在读取 {name}…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/importing.py" line="92" />
            <source>Looking for duplicate swipes in {name}…</source>
            <translation>正在检查 {name} 中的重复刷卡…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/importing.py" line="108" />
            <source>Importing {name}</source>
            <translation>正在导入 {name}</translation>
        </message>
    </context>
</TS>
