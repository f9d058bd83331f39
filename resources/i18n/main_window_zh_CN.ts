<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="287" />
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="292" />
            <source>Period: {first} – {last}</source>
            <translation>期间：{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="295" />
            <source>No transactions yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="296" />
            <source>{txns} transactions · {imports} imports</source>
            <translation>{txns} 笔交易 · {imports} 次导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="343" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="350" />
            <source>Import statements</source>
            <translation>导入对账单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="351" />
            <source>Statements ({patterns});;All files (*)</source>
            <translation>对账单 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="378" />
            <source>ShopGuard — {name}</source>
            <translation>ShopGuard — {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="379" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="380" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="381" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="382" />
            <source>&amp;Import statements…</source>
            <translation>导入对账单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="383" />
            <source>Import statement files (Ctrl+I)</source>
            <translation>导入对账单文件 (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="384" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="385" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="386" />
            <source>Where are the log files?</source>
            <translation>日志文件在哪里？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="387" />
            <source>&amp;About ShopGuard</source>
            <translation>关于 ShopGuard(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="388" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="389" />
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="402" />
            <source>Log files</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="403" />
            <source>ShopGuard writes its log files to:
{path}</source>
            <translation>ShopGuard 的日志文件保存在：
{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="409" />
            <source>About ShopGuard</source>
            <translation>关于 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="410" />
            <source>ShopGuard {version}
Card statements, duplicate swipes and what to do about them.</source>
            <translation>ShopGuard {version}
刷卡对账单、重复刷卡及其处理方法。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="457" />
            <source>Quit ShopGuard</source>
            <translation>退出 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="458" />
            <source>An import or another change is still running. Cancel it and quit?</source>
            <translation>导入或其他更改仍在进行中。要取消并退出吗？</translation>
        </message>
    </context>
</TS>
