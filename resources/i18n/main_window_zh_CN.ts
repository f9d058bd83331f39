<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="271" />
            <source>{name} was imported. This is the {screen}: the sidebar leads to every other screen.</source>
            <translation>{name} 已导入。这里是“{screen}”页面，左侧栏可以进入其他所有页面。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="275" />
            <source>Your data is in. This is the {screen}: the sidebar leads to every other screen.</source>
            <translation>数据已载入。这里是“{screen}”页面，左侧栏可以进入其他所有页面。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="296" />
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="301" />
            <source>Period: {first} – {last}</source>
            <translation>期间：{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="304" />
            <source>No transactions yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="305" />
            <source>{txns} transactions · {imports} imports</source>
            <translation>{txns} 笔交易 · {imports} 次导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="352" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="359" />
            <source>Import statements</source>
            <translation>导入对账单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="360" />
            <source>Statements ({patterns});;All files (*)</source>
            <translation>对账单 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="387" />
            <source>ShopGuard — {name}</source>
            <translation>ShopGuard — {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="388" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="389" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="390" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="391" />
            <source>&amp;Import statements…</source>
            <translation>导入对账单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="392" />
            <source>Import statement files (Ctrl+I)</source>
            <translation>导入对账单文件 (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="393" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="394" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="395" />
            <source>Where are the log files?</source>
            <translation>日志文件在哪里？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="396" />
            <source>&amp;About ShopGuard</source>
            <translation>关于 ShopGuard(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="397" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="398" />
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="411" />
            <source>Log files</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="412" />
            <source>ShopGuard writes its log files to:
{path}</source>
            <translation>ShopGuard 的日志文件保存在：
{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="418" />
            <source>About ShopGuard</source>
            <translation>关于 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="419" />
            <source>ShopGuard {version}
Card statements, duplicate swipes and what to do about them.</source>
            <translation>ShopGuard {version}
刷卡对账单、重复刷卡及其处理方法。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="445" />
            <source>Quit ShopGuard</source>
            <translation>退出 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="446" />
            <source>An import or another change is still running. Cancel it and quit?</source>
            <translation>导入或其他更改仍在进行中。要取消并退出吗？</translation>
        </message>
    </context>
</TS>
