<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ops</name>
    <message>
        <location filename="../../shopguard/gui/ops.py" line="221"/>
        <source>ShopGuard</source>
        <translation>ShopGuard</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/ops.py" line="223"/>
        <source>The operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/ops.py" line="224"/>
        <source>{what} did not complete.</source>
        <translation>{what}未能完成。</translation>
    </message>
</context>
</TS>
