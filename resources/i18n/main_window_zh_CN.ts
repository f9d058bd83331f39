<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Screen not available</source>
            <translation>页面无法打开</translation>
        </message>
        <message>
            <source>The {name} screen could not be opened and was left out of the sidebar. The rest of ShopGuard works. Details are in the log folder: {path}</source>
            <translation>“{name}”页面无法打开，已从侧栏移除；ShopGuard 的其他功能不受影响。详细信息见日志文件夹：{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="347" />
            <source>{name} was imported. This is the {screen}: the sidebar leads to every other screen.</source>
            <translation>{name} 已导入。这里是“{screen}”页面，左侧栏可以进入其他所有页面。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="351" />
            <source>Your data is in. This is the {screen}: the sidebar leads to every other screen.</source>
            <translation>数据已载入。这里是“{screen}”页面，左侧栏可以进入其他所有页面。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="372" />
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="377" />
            <source>Period: {first} – {last}</source>
            <translation>期间：{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="380" />
            <source>No transactions yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="381" />
            <source>{txns} transactions · {imports} imports</source>
            <translation>{txns} 笔交易 · {imports} 次导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="401" />
            <source>Working: {name}</source>
            <translation>当前操作人：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="448" />
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="455" />
            <source>Import statements</source>
            <translation>导入对账单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="456" />
            <source>Statements ({patterns});;All files (*)</source>
            <translation>对账单 ({patterns});;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="483" />
            <source>ShopGuard — {name}</source>
            <translation>ShopGuard — {name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="484" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="485" />
            <source>&amp;View</source>
            <translation>查看(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="486" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="487" />
            <source>&amp;Import statements…</source>
            <translation>导入对账单(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="488" />
            <source>Import statement files (Ctrl+I)</source>
            <translation>导入对账单文件 (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="489" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="490" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="491" />
            <source>Where are the log files?</source>
            <translation>日志文件在哪里？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="492" />
            <source>&amp;About ShopGuard</source>
            <translation>关于 ShopGuard(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="493" />
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="494" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="495" />
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="510" />
            <source>Log files</source>
            <translation>日志文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="511" />
            <source>ShopGuard writes its log files to:
{path}</source>
            <translation>ShopGuard 的日志文件保存在：
{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="563" />
            <source>Quit ShopGuard</source>
            <translation>退出 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/main_window.py" line="564" />
            <source>An import or another change is still running. Cancel it and quit?</source>
            <translation>导入或其他更改仍在进行中。要取消并退出吗？</translation>
        </message>
    </context>
</TS>
