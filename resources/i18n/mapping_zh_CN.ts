<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>MappingDialog</name>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="107" />
            <source>Map the columns of {name}</source>
            <translation>设置 {name} 的列对应关系</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="126" />
            <source>The saved mapping “{name}” fits this file.</source>
            <translation>已保存的列映射“{name}”适用于此文件。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="136" />
            <source>(ignore)</source>
            <translation>（忽略）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="137" />
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="137" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="138" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="138" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="138" />
            <source>Fee</source>
            <translation>手续费</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="139" />
            <source>Net (settled)</source>
            <translation>结算净额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="139" />
            <source>Card number / payer</source>
            <translation>卡号/付款人</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="140" />
            <source>Reference no.</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="140" />
            <source>Voucher / trace no.</source>
            <translation>凭证号/流水号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="141" />
            <source>Batch no.</source>
            <translation>批次号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="141" />
            <source>Terminal ID</source>
            <translation>终端号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="142" />
            <source>Merchant ID</source>
            <translation>商户号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="142" />
            <source>Transaction type</source>
            <translation>交易类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="143" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="143" />
            <source>Authorisation code</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="144" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="144" />
            <source>Order no.</source>
            <translation>订单号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="145" />
            <source>Original reference no.</source>
            <translation>原参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="146" />
            <source>Settlement date</source>
            <translation>清算日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="146" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="147" />
            <source>Description</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="147" />
            <source>Card type</source>
            <translation>卡类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="153" />
            <source>ShopGuard does not know this statement layout yet. Say what each column holds; it needs a date/time, an amount, and a card number or a reference number. Save the mapping to reuse it for the next file of this kind.</source>
            <translation>ShopGuard 还不认识这种对账单格式。请指定每一列的含义：至少需要日期/时间、金额，以及卡号或参考号。保存此列映射后，下次导入同类文件即可直接使用。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="166" />
            <source>Encoding: {enc}</source>
            <translation>编码：{enc}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="170" />
            <source>Header row:</source>
            <translation>表头行：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="178" />
            <source>Saved mapping:</source>
            <translation>已保存的映射：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="185" />
            <source>Use</source>
            <translation>使用</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="214" />
            <source>Date-time format (e.g. %Y-%m-%d %H:%M:%S):</source>
            <translation>日期时间格式（如 %Y-%m-%d %H:%M:%S）：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="217" />
            <source>time:</source>
            <translation>时间：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="219" />
            <source>Or separate date / time formats:</source>
            <translation>或分别指定日期/时间格式：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="221" />
            <source>Decimal comma (1.234,56)</source>
            <translation>小数点为逗号 (1.234,56)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="223" />
            <source>Amounts in cents/fen (minor units)</source>
            <translation>金额单位为分</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="229" />
            <source>Amounts:</source>
            <translation>金额：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="233" />
            <source>Empty: the shop's currency (Settings).</source>
            <translation>留空：使用店铺币种（见设置）。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="234" />
            <source>Currency:</source>
            <translation>币种：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="236" />
            <source>Save as</source>
            <translation>保存为</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="243" />
            <source>Mapping name:</source>
            <translation>映射名称：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="252" />
            <source>Import with this mapping</source>
            <translation>按此映射导入</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="350" />
            <source>The file cannot be read: {error}</source>
            <translation>无法读取文件：{error}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="355" />
            <source>a date/time column</source>
            <translation>日期时间列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="356" />
            <source>an amount column</source>
            <translation>金额列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="357" />
            <source>a card (or payer) or reference column</source>
            <translation>卡号（或付款人）或参考号列</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="358" />
            <source>Still needed: {fields}.</source>
            <translation>尚缺：{fields}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="359" />
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="362" />
            <source>Chosen for more than one column: {fields}.</source>
            <translation>被多列重复选择：{fields}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="380" />
            <source>Row {line}, column “{column}”: {problem} ({value})</source>
            <translation>第 {line} 行，“{column}”列：{problem}（{value}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/dialogs/mapping.py" line="382" />
            <source>{n} preview rows read correctly.</source>
            <translation>{n} 行预览数据读取正确。</translation>
        </message>
    </context>
</TS>
