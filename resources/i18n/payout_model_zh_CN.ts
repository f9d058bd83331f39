<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>PayoutModel</name>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="72" />
            <source>Sales of</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="72" />
            <source>Due on</source>
            <translation>应到账日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="73" />
            <source>Credited on</source>
            <translation>到账日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="73" />
            <source>Acquirer</source>
            <translation>收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="74" />
            <source>Expected</source>
            <translation>应到账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="74" />
            <source>Received</source>
            <translation>实到账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="75" />
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="75" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="76" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="128" />
            <source>explained</source>
            <translation>已说明</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/payout_model.py" line="130" />
            <source>by hand</source>
            <translation>手工核对</translation>
        </message>
    </context>
</TS>
