<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>RiskSummaryPanel</name>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="73" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="73" />
            <source>Transactions</source>
            <translation>交易笔数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="73" />
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="74" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="74" />
            <source>Trend</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="74" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="79" />
            <source>low</source>
            <translation>低</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="79" />
            <source>medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="80" />
            <source>high</source>
            <translation>高</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="81" />
            <source>not checked yet</source>
            <translation>尚未检查</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="85" />
            <source>Risk in {month} (compared with {prev}): {level}</source>
            <translation>{month} 风险（与 {prev} 相比）：{level}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="87" />
            <source>worse</source>
            <translation>变差</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="87" />
            <source>better</source>
            <translation>好转</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/risk_summary.py" line="87" />
            <source>same</source>
            <translation>持平</translation>
        </message>
    </context>
</TS>
