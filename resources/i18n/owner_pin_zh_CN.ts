<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="18" />
            <location filename="../../shopguard/gui/owner_pin.py" line="26" />
            <location filename="../../shopguard/gui/owner_pin.py" line="30" />
            <location filename="../../shopguard/gui/owner_pin.py" line="35" />
            <source>Owner PIN</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="19" />
            <source>{action} needs the owner. PIN:</source>
            <translation>{action}需要店主确认。店主密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="26" />
            <source>New owner PIN:</source>
            <translation>新的店主密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="30" />
            <source>The same PIN again:</source>
            <translation>再次输入同一密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="35" />
            <source>The two PINs differ; nothing changed.</source>
            <translation>两次输入的密码不一致，未做任何更改。</translation>
        </message>
    </context>
</TS>
