<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../shopguard/gui/importing.py" line="63"/>
        <source>Importing {name}: {rows} rows</source>
        <translation>正在导入 {name}：{rows} 行</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/importing.py" line="64"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/importing.py" line="76"/>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
</context>
</TS>
