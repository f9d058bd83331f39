<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="96" />
            <source>Imports</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="116" />
            <source>undone {at}</source>
            <translation>已撤销 {at}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="118" />
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="141" />
            <source>Select an import to see its bad rows.</source>
            <translation>选择一条导入记录以查看其错误行。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="148" />
            <source>{n} bad rows skipped in {file}</source>
            <translation>{file} 中跳过了 {n} 个错误行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="161" />
            <location filename="../../shopguard/gui/screens/imports.py" line="187" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="162" />
            <source>Remove the {n} transactions that {file} added? The import stays listed as undone and the audit log records it.</source>
            <translation>删除 {file} 导入的 {n} 笔交易？该导入记录会保留并标记为已撤销，审计日志会记录此操作。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="169" />
            <source>Undoing an import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="178" />
            <source>Undoing import {id}</source>
            <translation>正在撤销导入 {id}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="186" />
            <source>Import statements…</source>
            <translation>导入对账单…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="189" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="189" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="189" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="189" />
            <source>Imported at</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="190" />
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="190" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="190" />
            <source>Already present</source>
            <translation>已存在</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="191" />
            <source>Cards masked</source>
            <translation>遮蔽卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="191" />
            <source>Bad rows</source>
            <translation>错误行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="191" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="191" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="193" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="193" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="193" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="193" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
    </context>
</TS>
