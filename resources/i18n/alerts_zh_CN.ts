<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AlertsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="183" />
            <source>Alerts</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="202" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="203" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="203" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="203" />
            <source>Dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="203" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="204" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="211" />
            <source>Scan now</source>
            <translation>立即检查</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="212" />
            <source>Alert</source>
            <translation>提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="212" />
            <location filename="../../shopguard/gui/screens/alerts.py" line="228" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="212" />
            <source>Score</source>
            <translation>分数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="213" />
            <location filename="../../shopguard/gui/screens/alerts.py" line="228" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="214" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="217" />
            <source>two separate purchases</source>
            <translation>两笔不同的消费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="217" />
            <source>customer confirmed</source>
            <translation>顾客已确认</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="218" />
            <source>already voided at the terminal</source>
            <translation>已在终端撤销</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="219" />
            <source>test transaction</source>
            <translation>测试交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="219" />
            <source>charged twice by mistake</source>
            <translation>误扣两次</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="221" />
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="222" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="223" />
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="224" />
            <source>Start procedure</source>
            <translation>开始处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="225" />
            <source>Keys: N / J next, P / K previous</source>
            <translation>快捷键：N / J 下一条，P / K 上一条</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="227" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="227" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="227" />
            <source>Gap</source>
            <translation>间隔</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="227" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="228" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="228" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="229" />
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="229" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="265" />
            <source>Looking for duplicate swipes</source>
            <translation>正在查找重复刷卡</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="336" />
            <source>{n} alerts</source>
            <translation>{n} 条提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="383" />
            <source>No alert selected</source>
            <translation>未选择提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="384" />
            <source>Nothing to review here.</source>
            <translation>这里没有需要处理的提醒。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="406" />
            <source>Case #{id} closed: {outcome}.</source>
            <translation>案件 #{id} 已结案：{outcome}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="408" />
            <source>Case #{id} is open: the procedure is under way (Start procedure opens it).</source>
            <translation>案件 #{id} 处理中（点击“开始处理流程”打开）。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="448" />
            <source>first charge</source>
            <translation>第一笔</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="448" />
            <source>repeat charge</source>
            <translation>重复的一笔</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="449" />
            <source>void</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="449" />
            <source>refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="450" />
            <source>declined</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="450" />
            <source>success</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="451" />
            <source>sale</source>
            <translation>消费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="451" />
            <source>part</source>
            <translation>分单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="451" />
            <source>swipe</source>
            <translation>刷卡</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="452" />
            <source>failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="452" />
            <source>reversal</source>
            <translation>冲正</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="453" />
            <source>pre-authorisation</source>
            <translation>预授权</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="454" />
            <source>pre-authorisation completion</source>
            <translation>预授权完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="455" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="459" />
            <source>{at} {actor}: {action} — {reason}</source>
            <translation>{at} {actor}：{action} — {reason}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="473" />
            <source>Dismissing an alert</source>
            <translation>忽略提醒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/alerts.py" line="425" />
            <source>time unknown</source>
            <translation>时间未知</translation>
        </message>
    </context>
</TS>
