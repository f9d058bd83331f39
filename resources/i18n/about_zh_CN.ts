<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../shopguard/gui/about.py" line="105" />
            <source>About ShopGuard</source>
            <translation>关于 ShopGuard</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="106" />
            <source>ShopGuard {version}</source>
            <translation>ShopGuard {version}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="108" />
            <source>Card-terminal statements, duplicate swipes and what to do about them.</source>
            <translation>刷卡对账单、重复刷卡，以及发现后该怎么处理。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="109" />
            <source>Your data stays on this computer: ShopGuard sends nothing anywhere and needs no internet connection.</source>
            <translation>您的数据只保存在这台电脑上：ShopGuard 不向任何地方发送数据，也不需要联网。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="113" />
            <source>Database: {path}</source>
            <translation>数据库：{path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="114" />
            <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
            <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="118" />
            <source>ShopGuard ships these components; select one to read its license:</source>
            <translation>ShopGuard 附带以下组件；选择一项即可阅读其许可证：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="120" />
            <source>Component</source>
            <translation>组件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="120" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/about.py" line="120" />
            <source>License</source>
            <translation>许可证</translation>
        </message>
    </context>
</TS>
