<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>crash</name>
    <message>
        <location filename="../../shopguard/gui/crash.py" line="101"/>
        <source>ShopGuard: unexpected error</source>
        <translation>ShopGuard：意外错误</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/crash.py" line="102"/>
        <source>Something went wrong that ShopGuard did not expect. Your data is safe: every change is saved whole or not at all.</source>
        <translation>ShopGuard 遇到了意外错误。您的数据是安全的：每次更改要么完整保存，要么完全不保存。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/crash.py" line="106"/>
        <source>A report (without card numbers) was written to:
{path}

Error: {error}</source>
        <translation>错误报告（不含卡号）已写入：
{path}

错误：{error}</translation>
    </message>
</context>
</TS>
