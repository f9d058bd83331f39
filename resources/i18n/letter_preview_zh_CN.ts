<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/letter_preview.py" line="43" />
            <source>Letter for case {id}</source>
            <translation>案件 {id} 的信函</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/letter_preview.py" line="58" />
            <source>Export the letter as PDF</source>
            <translation>将信函导出为 PDF</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/letter_preview.py" line="60" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/letter_preview.py" line="67" />
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
    </context>
</TS>
