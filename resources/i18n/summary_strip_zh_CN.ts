<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SummaryStrip</name>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="79" />
            <source>%n payout(s)</source>
            <translation>
                <numerusform>%n 笔结算</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="81" />
            <source>{payouts}: {statuses}</source>
            <translation>{payouts}：{statuses}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="82" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="85" />
            <source>%n explained</source>
            <translation>
                <numerusform>%n 笔已说明</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="87" />
            <source>%n unexplained credit(s)</source>
            <translation>
                <numerusform>%n 笔无法解释的入账</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="91" />
            <source>Expected</source>
            <translation>应到账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="91" />
            <source>Received</source>
            <translation>实到账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="92" />
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="92" />
            <source>Fees</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="93" />
            <source>Effective rate</source>
            <translation>实际费率</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/summary_strip.py" line="93" />
            <source>Overcharged</source>
            <translation>多收手续费</translation>
        </message>
    </context>
</TS>
