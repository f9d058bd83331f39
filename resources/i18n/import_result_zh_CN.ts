<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="29"/>
        <source>Import: {name}</source>
        <translation>导入：{name}</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="35"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was imported.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 已导入。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="37"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; was not imported; nothing of it was stored.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 未导入，文件中的任何数据都没有保存。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="51"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="51"/>
        <source>not recognised</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="52"/>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="53"/>
        <source>Rows read</source>
        <translation>读取行数</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="54"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="55"/>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="56"/>
        <source>Card numbers masked</source>
        <translation>已遮蔽卡号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="58"/>
        <source>Bad rows skipped</source>
        <translation>跳过的错误行</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="60"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="77"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="77"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="77"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/dialogs/import_result.py" line="77"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
</TS>
