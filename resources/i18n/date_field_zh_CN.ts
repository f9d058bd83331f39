<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>DateField</name>
        <message>
            <location filename="../../shopguard/gui/date_field.py" line="184" />
            <location filename="../../shopguard/gui/date_field.py" line="233" />
            <source>Not a date. Type it like 2026-10-04, or pick it from the calendar.</source>
            <translation>不是有效日期。请按 2026-10-04 的格式输入，或从日历中选择。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/date_field.py" line="205" />
            <source>Empty: any day. Type a date (2026-10-04, 2026年10月4日, Oct 4 2026) or pick one.</source>
            <translation>留空表示不限。可输入日期（2026-10-04、2026年10月4日）或从日历中选择。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/date_field.py" line="230" />
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/date_field.py" line="231" />
            <source>Pick a day from the calendar</source>
            <translation>从日历中选择日期</translation>
        </message>
    </context>
</TS>
