<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="297" />
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="302" />
            <source>Period: {first} – {last}</source>
            <translation>期间：{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="305" />
            <source>No transactions yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="306" />
            <source>{txns} transactions · {imports} imports</source>
            <translation>{txns} 笔交易 · {imports} 次导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="326" />
            <source>Working: {name}</source>
            <translation>当前操作人：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="373" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="380" />
            <source>Import statements</source>
            <translation>导入对账单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="381" />
            <source>Statements ({patterns});;All files (*)</source>
            <translation>对账单 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="408" />
            <source>ShopGuard — {name}</source>
            <translation>ShopGuard — {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="409" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="410" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="411" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="412" />
            <source>&amp;Import statements…</source>
            <translation>导入对账单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="413" />
            <source>Import statement files (Ctrl+I)</source>
            <translation>导入对账单文件 (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="414" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="415" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="416" />
            <source>Where are the log files?</source>
            <translation>日志文件在哪里？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="417" />
            <source>&amp;About ShopGuard</source>
            <translation>关于 ShopGuard(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="418" />
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="419" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="420" />
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="433" />
            <source>Log files</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="434" />
            <source>ShopGuard writes its log files to:
{path}</source>
            <translation>ShopGuard 的日志文件保存在：
{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="440" />
            <source>About ShopGuard</source>
            <translation>关于 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="441" />
            <source>ShopGuard {version}
Card statements, duplicate swipes and what to do about them.</source>
            <translation>ShopGuard {version}
刷卡对账单、重复刷卡及其处理方法。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="488" />
            <source>Quit ShopGuard</source>
            <translation>退出 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="489" />
            <source>An import or another change is still running. Cancel it and quit?</source>
            <translation>导入或其他更改仍在进行中。要取消并退出吗？</translation>
        </message>
    </context>
</TS>
