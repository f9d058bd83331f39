<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ImportResultDialog</name>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="53" />
            <source>Import: {name}</source>
            <translation>导入：{name}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="79" />
            <source>not recognised</source>
            <translation>无法识别</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="63" />
            <source>Show the alerts</source>
            <translation>查看提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="79" />
            <source>Statement layout</source>
            <translation>对账单格式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="81" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="81" />
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="84" />
            <source>Transactions in the file</source>
            <translation>文件中的交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="85" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="86" />
            <source>Already here before</source>
            <translation>之前已有</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="91" />
            <source>Left out on purpose</source>
            <translation>有意略过</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="88" />
            <source>Full card numbers hidden</source>
            <translation>已隐藏的完整卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="89" />
            <source>{n} (only the first 6 and last 4 digits are kept)</source>
            <translation>{n}（只保留前 6 位和后 4 位）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="92" />
            <source>Bad rows kept for review</source>
            <translation>留待查看的错误行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="112" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="112" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="112" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="112" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="127" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="130" />
            <source>Import the good rows, keep the bad ones for review</source>
            <translation>导入正确的行，错误行留待查看</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="133" />
            <source>Show the kept rows</source>
            <translation>查看留下的错误行</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="155" />
            <source>&lt;b&gt;{name} was not imported:&lt;/b&gt; {n} of its rows could not be read (listed below), so nothing was stored. You can import the good rows now and keep the bad ones for review, or fix the file and import it again.</source>
            <translation>&lt;b&gt;{name} 未导入：&lt;/b&gt;其中 {n} 行无法读取（见下表），因此没有保存任何数据。您可以现在导入正确的行并把错误行留待查看，或者修正文件后重新导入。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="160" />
            <source>&lt;b&gt;{name} was not imported;&lt;/b&gt; nothing of it was stored.</source>
            <translation>&lt;b&gt;{name} 未导入，&lt;/b&gt;文件中的任何数据都没有保存。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="163" />
            <source>&lt;b&gt;{name}&lt;/b&gt; has a header but no transactions.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; 只有表头，没有交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="165" />
            <source>&lt;b&gt;{name}:&lt;/b&gt; nothing new. All {n} transactions in it were already here.</source>
            <translation>&lt;b&gt;{name}：&lt;/b&gt;没有新内容，其中的 {n} 笔交易之前都已导入。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="167" />
            <source>&lt;b&gt;{name} was imported:&lt;/b&gt; {n} new transactions.</source>
            <translation>&lt;b&gt;{name} 已导入：&lt;/b&gt;新增 {n} 笔交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="170" />
            <source>{n} bad rows were left out and kept for review.</source>
            <translation>{n} 个错误行没有导入，已留待查看。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="186" />
            <source>The check for duplicate swipes was stopped before it finished. It runs again with the next import, or with “Scan now” on the Alerts screen.</source>
            <translation>重复刷卡检查在完成前被中止。下次导入时会再次检查，也可以在“提醒”页面点击“立即检查”。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="192" />
            <source>Checked for duplicate swipes and other risks: nothing found.</source>
            <translation>已检查重复刷卡和其他风险：没有发现问题。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="198" />
            <source>&lt;b&gt;1 possible duplicate swipe&lt;/b&gt; found in this file.</source>
            <translation>在此文件中发现 &lt;b&gt;1 处疑似重复刷卡&lt;/b&gt;。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="200" />
            <source>&lt;b&gt;{n} possible duplicate swipes&lt;/b&gt; found in this file.</source>
            <translation>在此文件中发现 &lt;b&gt;{n} 处疑似重复刷卡&lt;/b&gt;。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="203" />
            <source>1 other alert to review (limits, refunds, hours…).</source>
            <translation>另有 1 条其他提醒待查看（限额、退款、营业时间等）。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/import_result.py" line="205" />
            <source>{n} other alerts to review (limits, refunds, hours…).</source>
            <translation>另有 {n} 条其他提醒待查看（限额、退款、营业时间等）。</translation>
        </message>
    </context>
</TS>
