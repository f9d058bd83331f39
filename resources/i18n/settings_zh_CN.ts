<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>SettingsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="183" />
            <source>Staff mode is on: changing settings, deleting data, dismissing alerts and closing a case as not a duplicate need the owner PIN.</source>
            <translation>员工模式已开启：修改设置、删除数据、忽略提醒以及以“非重复扣款”结案都需要店主密码。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="185" />
            <source>Staff mode is off: anyone at this computer can change everything. Set an owner PIN to turn it on.</source>
            <translation>员工模式未开启：这台电脑上的任何人都可以修改所有内容。设置店主密码即可开启。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="199" />
            <source>Changing the owner PIN</source>
            <translation>更改店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="213" />
            <source>Owner PIN set.</source>
            <translation>店主密码已设置。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="217" />
            <source>Turning staff mode off</source>
            <translation>关闭员工模式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="233" />
            <source>Staff mode is off.</source>
            <translation>员工模式已关闭。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="368" />
            <source>Not saved: fix the fields marked in red.</source>
            <translation>未保存：请修正红色标出的字段。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="374" />
            <source>Nothing changed.</source>
            <translation>没有更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="382" />
            <source>Changing settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="393" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="399" />
            <source>Saving settings</source>
            <translation>正在保存设置</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="405" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="408" />
            <source>Traditional POS</source>
            <translation>传统 POS</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="409" />
            <source>Electronic-signature POS</source>
            <translation>电子签名 POS</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="410" />
            <source>Smart POS</source>
            <translation>智能 POS</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="411" />
            <source>QR code / third-party</source>
            <translation>扫码/第三方支付</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="412" />
            <source>International acquirer</source>
            <translation>境外收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="416" />
            <source>Shop name</source>
            <translation>店铺名称</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="416" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="417" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="417" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="418" />
            <source>Time zone (empty: this computer's)</source>
            <translation>时区（留空：本机时区）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="419" />
            <source>Business hours</source>
            <translation>营业时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="420" />
            <source>Industry preset</source>
            <translation>行业预设</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="420" />
            <source>Staff names</source>
            <translation>员工姓名</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="421" />
            <source>Per-transaction limit</source>
            <translation>单笔限额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="422" />
            <source>Daily limit</source>
            <translation>单日限额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="422" />
            <source>Agreed fee rate</source>
            <translation>约定费率</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="423" />
            <source>Refund window (days)</source>
            <translation>退货期限（天）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="424" />
            <source>Refund window per acquirer</source>
            <translation>各收单机构退货期限</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="425" />
            <source>Daily settlement cut-off</source>
            <translation>每日结算截止时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="426" />
            <source>Default terminal kind</source>
            <translation>默认终端类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="427" />
            <source>Default acquirer</source>
            <translation>默认收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="428" />
            <source>Duplicate-swipe window (minutes)</source>
            <translation>重复刷卡时间窗（分钟）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="429" />
            <source>Off-hours grace (minutes)</source>
            <translation>非营业时间宽限（分钟）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="430" />
            <source>Burst: swipes</source>
            <translation>密集刷卡：笔数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="431" />
            <source>Burst: within minutes</source>
            <translation>密集刷卡：分钟内</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="432" />
            <source>Split sale: within minutes</source>
            <translation>拆单：分钟内</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="433" />
            <source>Split sale: margin under limit (%)</source>
            <translation>拆单：低于限额幅度（%）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="434" />
            <source>Decline storm: declines</source>
            <translation>连续拒绝：次数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="435" />
            <source>Decline storm: within minutes</source>
            <translation>连续拒绝：分钟内</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="436" />
            <source>Round amounts from</source>
            <translation>整数金额起点</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="437" />
            <source>Round amounts: on days</source>
            <translation>整数金额：天数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="441" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="442" />
            <source>General retail</source>
            <translation>一般零售</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="443" />
            <source>Restaurant</source>
            <translation>餐饮</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="444" />
            <source>Jewellery / luxury (lower thresholds)</source>
            <translation>珠宝/奢侈品（阈值更低）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="460" />
            <source>Shop</source>
            <translation>店铺</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="461" />
            <source>Limits, fees and refunds</source>
            <translation>限额、费率与退货</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="462" />
            <source>Risk detection thresholds</source>
            <translation>风险检测阈值</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="464" />
            <source>Terminals</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="466" />
            <source>Terminals appear here after their first import. The kind decides how voids and refunds are done on it.</source>
            <translation>终端在首次导入后显示在这里。终端类型决定了撤销和退货的操作方式。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="469" />
            <source>Terminal ID</source>
            <translation>终端号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="469" />
            <source>Merchant ID</source>
            <translation>商户号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="469" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="469" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="470" />
            <source>Acquirer</source>
            <translation>收单机构</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="476" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="477" />
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="478" />
            <source>Owner PIN (staff mode)</source>
            <translation>店主密码（员工模式）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="479" />
            <source>Set or change PIN…</source>
            <translation>设置或更改密码…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/settings.py" line="480" />
            <source>Turn staff mode off…</source>
            <translation>关闭员工模式…</translation>
        </message>
    </context>
</TS>
