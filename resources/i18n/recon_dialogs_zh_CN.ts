<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ExplainDialog</name>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="109" />
            <source>Explain the difference</source>
            <translation>说明差额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="112" />
            <source>{what}. Write what explains it: the note is kept in the audit log and printed in the month-end report. Leave it empty to remove an explanation.</source>
            <translation>{what}。请写明原因：说明会记入操作日志，并打印在月末对账报告中。留空则删除已有的说明。</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="35" />
            <source>Match by hand</source>
            <translation>手工核对</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="40" />
            <source>%n payout(s) due on {dates}, {expected} expected. Choose the bank credit that paid them.</source>
            <translation>
                <numerusform>%n 笔结算，应于 {dates} 到账，应到账 {expected}。请选择支付这笔结算的银行入账。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="51" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="51" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="52" />
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="52" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="53" />
            <source>Pays</source>
            <translation>对应</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="62" />
            <source>this payout</source>
            <translation>本笔结算</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="63" />
            <source>another payout</source>
            <translation>其他结算</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_dialogs.py" line="73" />
            <source>No acquirer credit in the bank lines of this month: import the bank statement first.</source>
            <translation>本月的银行流水中没有收单机构的入账：请先导入银行流水。</translation>
        </message>
    </context>
</TS>
