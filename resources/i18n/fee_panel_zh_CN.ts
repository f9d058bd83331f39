<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>FeePanel</name>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="146" />
            <source>No fee contract is set: enter your acquirer's rates in Settings, Reconciliation, and the fees of every sale are checked against it.</source>
            <translation>尚未填写手续费合同：请在“设置 → 对账”中填写收单机构的费率，之后每笔交易的手续费都会按合同核查。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="149" />
            <source>Contract: debit {debit}{cap}, credit {credit}{fixed}.</source>
            <translation>合同费率：借记卡 {debit}{cap}，贷记卡 {credit}{fixed}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="151" />
            <source> capped at {cap}</source>
            <translation>，封顶 {cap}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="154" />
            <source>, plus {fixed} a sale</source>
            <translation>，另加每笔 {fixed}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="157" />
            <source>%n sale(s) checked: fees charged {charged}, per contract {contract}, overcharged {over}.</source>
            <translation>
                <numerusform>已核查 %n 笔交易：实收手续费 {charged}，按合同应为 {contract}，多收 {over}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="163" />
            <source>%n sale(s) without a fee in the statement were not checked.</source>
            <translation>
                <numerusform>对账单中有 %n 笔交易没有手续费，未核查。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="169" />
            <source>Show in Transactions</source>
            <translation>在交易明细中查看</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="170" />
            <source>Sales charged above the contract</source>
            <translation>手续费高于合同的交易</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="171" />
            <source>Effective fee rate per day</source>
            <translation>每日实际费率</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="173" />
            <source>Reference no.</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="173" />
            <source>Time</source>
            <translation>交易时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="173" />
            <source>Terminal</source>
            <translation>终端号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="173" />
            <source>Card</source>
            <translation>卡类别</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="174" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="174" />
            <source>Fee charged</source>
            <translation>实收手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="174" />
            <source>Per contract</source>
            <translation>合同手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="174" />
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="177" />
            <source>Over</source>
            <translation>多收</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="176" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="176" />
            <source>Sales</source>
            <translation>交易金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="176" />
            <source>Fees</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/fee_panel.py" line="176" />
            <source>Rate</source>
            <translation>费率</translation>
        </message>
    </context>
</TS>
