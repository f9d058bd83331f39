<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="83" />
            <source>The import of {name} was cancelled; nothing of it was stored. Import a statement again when you are ready.</source>
            <translation>{name} 的导入已取消，没有保存任何数据。准备好后可以再次导入对账单。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="89" />
            <location filename="../../shopguard/gui/welcome.py" line="92" />
            <location filename="../../shopguard/gui/welcome.py" line="100" />
            <source>Creating demo data</source>
            <translation>正在生成演示数据</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="103" />
            <source>Welcome to ShopGuard</source>
            <translation>欢迎使用 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="105" />
            <source>This database is empty. Import a statement file from your card acquirer (CSV or Excel, from the acquirer's merchant portal), or open demo data: a small shop with three months of card payments, including duplicate swipes, to explore every screen.</source>
            <translation>数据库还是空的。请导入收单机构的对账单文件（从收单机构商户平台下载的 CSV 或 Excel），或打开演示数据：一家小店三个月的刷卡交易（包含重复刷卡），可用来浏览每个界面。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="109" />
            <source>Import a statement…</source>
            <translation>导入对账单…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="110" />
            <source>Open demo data</source>
            <translation>打开演示数据</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/welcome.py" line="112" />
            <source>Demo data is not part of this build yet.</source>
            <translation>此版本尚未包含演示数据。</translation>
        </message>
    </context>
</TS>
