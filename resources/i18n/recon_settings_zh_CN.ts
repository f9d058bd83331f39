<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AcquirerTable</name>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="169" />
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="172" />
            <source>Acquirer</source>
            <translation>收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="170" />
            <source>Names in the bank statement (comma-separated)</source>
            <translation>银行流水中的名称（用逗号分隔）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="172" />
            <source>Payouts happen</source>
            <translation>结算到账日</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="172" />
            <source>Delay (days)</source>
            <translation>延迟（天）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="174" />
            <source>Add acquirer</source>
            <translation>添加收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="175" />
            <source>Remove selected</source>
            <translation>删除所选</translation>
        </message>
    </context>
    <context>
        <name>ReconSettingsBox</name>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="211" />
            <source>Debit card fee rate</source>
            <translation>借记卡费率</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="212" />
            <source>Credit card fee rate</source>
            <translation>贷记卡费率</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="213" />
            <source>Debit card fee cap per sale (0 = none)</source>
            <translation>借记卡每笔手续费封顶（0 = 不封顶）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="214" />
            <source>Fixed fee per sale (0 = none)</source>
            <translation>每笔固定手续费（0 = 无）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="215" />
            <source>Payouts happen</source>
            <translation>结算到账日</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="216" />
            <source>Payout delay (days after the sale; 0 = same day)</source>
            <translation>结算周期（交易后第几天到账；0 = 当天）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="217" />
            <source>A payout counts as late up to (days)</source>
            <translation>最多晚到几天仍算“迟到账”</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="218" />
            <source>Bank holidays without payouts (dates)</source>
            <translation>不结算的节假日（日期）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="219" />
            <source>Payout rules per acquirer</source>
            <translation>各收单机构的结算规则</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="220" />
            <source>Acquirer names in the bank statement</source>
            <translation>银行流水中的收单机构名称</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="224" />
            <source>Reconciliation</source>
            <translation>对账</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="226" />
            <source>The fee contract with your acquirer and when it pays into the bank. The month's reconciliation checks every sale's fee and every payout against these. Rates left at 0% mean no contract is entered: fees are then not checked.</source>
            <translation>与收单机构签订的手续费费率，以及结算款何时到账。月度对账会据此核查每笔交易的手续费和每笔结算。费率为 0% 表示尚未填写合同，不核查手续费。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="243" />
            <source>every day</source>
            <translation>每天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/recon/recon_settings.py" line="244" />
            <source>on weekdays (weekends roll over)</source>
            <translation>工作日（周末顺延）</translation>
        </message>
    </context>
</TS>
