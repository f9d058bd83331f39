<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>OverviewScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="158" />
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="172" />
            <source>Sales</source>
            <translation>消费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="172" />
            <source>Voids</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="173" />
            <source>Refunds</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="173" />
            <source>Pre-authorisations</source>
            <translation>预授权</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="174" />
            <source>Pre-auth completions</source>
            <translation>预授权完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="175" />
            <source>Reversals</source>
            <translation>冲正</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="175" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="181" />
            <source>Your shop at a glance</source>
            <translation>店铺概况</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="184" />
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="186" />
            <source>no transactions yet</source>
            <translation>尚无交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="231" />
            <source>Statements</source>
            <translation>对账单</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="232" />
            <source>Period covered</source>
            <translation>覆盖期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="232" />
            <source>Transactions</source>
            <translation>交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="233" />
            <source>Failed attempts</source>
            <translation>失败交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="233" />
            <source>Imported files</source>
            <translation>已导入文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="236" />
            <source>Totals of successful transactions</source>
            <translation>成功交易合计</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="238" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="238" />
            <source>Count</source>
            <translation>笔数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="238" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="238" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="239" />
            <source>Fees</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="240" />
            <source>Risk summary</source>
            <translation>风险摘要</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="242" />
            <source>Duplicate swipes and other risk patterns will be summarised here once detection is installed.</source>
            <translation>安装风险检测后，此处将汇总重复刷卡及其他风险情况。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="244" />
            <source>Latest imports</source>
            <translation>最近导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="246" />
            <source>Imported at</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="246" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="246" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/overview.py" line="246" />
            <source>Rows added</source>
            <translation>新增行数</translation>
        </message>
    </context>
</TS>
