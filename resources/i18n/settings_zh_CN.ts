<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="262"/>
        <source>Not saved: fix the fields marked in red.</source>
        <translation>未保存：请修正红色标出的字段。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="268"/>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="277"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="283"/>
        <source>Saving settings</source>
        <translation>正在保存设置</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="288"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="291"/>
        <source>Traditional POS</source>
        <translation>传统 POS</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="292"/>
        <source>Electronic-signature POS</source>
        <translation>电子签名 POS</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="293"/>
        <source>Smart POS</source>
        <translation>智能 POS</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="294"/>
        <source>QR code / third-party</source>
        <translation>扫码/第三方支付</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="295"/>
        <source>International acquirer</source>
        <translation>境外收单机构</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="299"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="299"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="300"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="300"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="301"/>
        <source>Time zone (empty: this computer&apos;s)</source>
        <translation>时区（留空：本机时区）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="302"/>
        <source>Business hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="303"/>
        <source>Industry preset</source>
        <translation>行业预设</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="303"/>
        <source>Staff names</source>
        <translation>员工姓名</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="304"/>
        <source>Per-transaction limit</source>
        <translation>单笔限额</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="305"/>
        <source>Daily limit</source>
        <translation>单日限额</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="305"/>
        <source>Agreed fee rate</source>
        <translation>约定费率</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="306"/>
        <source>Refund window (days)</source>
        <translation>退货期限（天）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="307"/>
        <source>Refund window per acquirer (JSON)</source>
        <translation>各收单机构退货期限（JSON）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="308"/>
        <source>Daily settlement cut-off</source>
        <translation>每日结算截止时间</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="309"/>
        <source>Default terminal kind</source>
        <translation>默认终端类型</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="310"/>
        <source>Default acquirer</source>
        <translation>默认收单机构</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="311"/>
        <source>Duplicate-swipe window (minutes)</source>
        <translation>重复刷卡时间窗（分钟）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="312"/>
        <source>Off-hours grace (minutes)</source>
        <translation>非营业时间宽限（分钟）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="313"/>
        <source>Burst: swipes</source>
        <translation>密集刷卡：笔数</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="314"/>
        <source>Burst: within minutes</source>
        <translation>密集刷卡：分钟内</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="315"/>
        <source>Split sale: within minutes</source>
        <translation>拆单：分钟内</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="316"/>
        <source>Split sale: margin under limit (%)</source>
        <translation>拆单：低于限额幅度（%）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="317"/>
        <source>Decline storm: declines</source>
        <translation>连续拒绝：次数</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="318"/>
        <source>Decline storm: within minutes</source>
        <translation>连续拒绝：分钟内</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="319"/>
        <source>Round amounts from</source>
        <translation>整数金额起点</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="320"/>
        <source>Round amounts: on days</source>
        <translation>整数金额：天数</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="324"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="325"/>
        <source>General retail</source>
        <translation>一般零售</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="326"/>
        <source>Restaurant</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="327"/>
        <source>Jewellery / luxury (lower thresholds)</source>
        <translation>珠宝/奢侈品（阈值更低）</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="341"/>
        <source>Shop</source>
        <translation>店铺</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="342"/>
        <source>Limits, fees and refunds</source>
        <translation>限额、费率与退货</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="343"/>
        <source>Risk detection thresholds</source>
        <translation>风险检测阈值</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="344"/>
        <source>Terminals</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="346"/>
        <source>Terminals appear here after their first import. The kind decides how voids and refunds are done on it.</source>
        <translation>终端在首次导入后显示在这里。终端类型决定了撤销和退货的操作方式。</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="349"/>
        <source>Terminal ID</source>
        <translation>终端号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="349"/>
        <source>Merchant ID</source>
        <translation>商户号</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="349"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="349"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="350"/>
        <source>Acquirer</source>
        <translation>收单机构</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="356"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../shopguard/gui/screens/settings.py" line="357"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
</context>
</TS>
