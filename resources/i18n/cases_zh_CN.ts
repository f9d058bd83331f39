<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CasesScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="129" />
            <location filename="../../shopguard/gui/screens/cases.py" line="143" />
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="138" />
            <source>Open and paused</source>
            <translation>处理中和已暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="138" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="139" />
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="139" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="144" />
            <source>Training</source>
            <translation>培训</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="145" />
            <source>Work on the case…</source>
            <translation>处理案件…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="146" />
            <source>New case for a transaction…</source>
            <translation>为交易新建案件…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="147" />
            <source>Record a dispute notice…</source>
            <translation>登记争议通知…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="148" />
            <source>Letter: preview / print…</source>
            <translation>信函：预览/打印…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="149" />
            <source>Letter: export PDF…</source>
            <translation>信函：导出 PDF…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="151" />
            <source>Rehearse a procedure on a demo transaction. Nothing in the shop's data changes; the rehearsal is recorded with your name and the date.</source>
            <translation>用演示交易演练处理流程。店铺数据不会有任何改动；演练会以您的名字和日期记录下来。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="153" />
            <source>Start rehearsal…</source>
            <translation>开始演练…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="159" />
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="159" />
            <location filename="../../shopguard/gui/screens/cases.py" line="162" />
            <source>Procedure</source>
            <translation>处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="159" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="159" />
            <source>Deadline</source>
            <translation>期限</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="160" />
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="160" />
            <source>Assigned to</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="160" />
            <source>Steps</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="160" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="162" />
            <source>Staff</source>
            <translation>员工</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="162" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="162" />
            <source>Completed</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="203" />
            <source>{open} open · {late} overdue · {closed} closed</source>
            <translation>处理中 {open} · 逾期 {late} · 已结案 {closed}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="207" />
            <source>open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="207" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="208" />
            <source>closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="275" />
            <source>Opening a case</source>
            <translation>正在开启案件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="280" />
            <location filename="../../shopguard/gui/screens/cases.py" line="287" />
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="281" />
            <source>Transaction id(s), separated by commas (see the Transactions screen):</source>
            <translation>交易编号（多个用逗号分隔，见“交易”页面）：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/cases.py" line="288" />
            <source>{text!r} is not a list of ids</source>
            <translation>{text!r} 不是交易编号列表</translation>
        </message>
    </context>
</TS>
