<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="99" />
            <source>Imports</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="124" />
            <source>undone {at}</source>
            <translation>已撤销 {at}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="126" />
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="155" />
            <source>Select an import to see its bad rows.</source>
            <translation>选择一条导入记录以查看其错误行。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="164" />
            <source>{file}: bad rows kept for review ({n}):</source>
            <translation>{file} 中留待查看的错误行（{n} 行）：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="199" />
            <location filename="../../shopguard/gui/screens/imports.py" line="225" />
            <source>Undo import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="166" />
            <source>{file} had no bad rows.</source>
            <translation>{file} 没有错误行。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="184" />
            <source>Undoing an import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="193" />
            <source>Undoing import {id}</source>
            <translation>正在撤销导入 {id}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="200" />
            <source>Undo the import of {file}?</source>
            <translation>撤销 {file} 的导入？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="203" />
            <source> (from {first} to {last})</source>
            <translation>（{first} 至 {last}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="206" />
            <source>This removes the {n} transactions that {file} added{period}, with their alerts. The import stays listed as undone and the audit log records it.</source>
            <translation>这会删除 {file} 导入的 {n} 笔交易{period}及相关提醒。该导入仍会列出并标为已撤销，审计日志也会记录。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="210" />
            <source>Remove {n} transactions</source>
            <translation>删除 {n} 笔交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="212" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="224" />
            <source>Import statements…</source>
            <translation>导入对账单…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="227" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="227" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="227" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="227" />
            <source>Imported at</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="228" />
            <source>Rows read</source>
            <translation>读取行数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="228" />
            <source>Imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="228" />
            <source>Already present</source>
            <translation>已存在</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="230" />
            <source>Left out on purpose</source>
            <translation>有意略过</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="229" />
            <source>Cards masked</source>
            <translation>遮蔽卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="229" />
            <source>Bad rows</source>
            <translation>错误行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="229" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="229" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="231" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="231" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="231" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="231" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/imports.py" line="232" />
            <source>The row as read</source>
            <translation>读取到的原始行</translation>
        </message>
    </context>
</TS>
