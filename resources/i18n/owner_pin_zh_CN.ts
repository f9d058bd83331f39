<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>OwnerPin</name>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="26" />
            <location filename="../../shopguard/gui/owner_pin.py" line="64" />
            <location filename="../../shopguard/gui/owner_pin.py" line="73" />
            <source>Owner PIN</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="28" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="29" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="35" />
            <source>{action} needs the owner. PIN:</source>
            <translation>{action}需要店主确认。店主密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="40" />
            <source>The same PIN again:</source>
            <translation>再次输入同一密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="41" />
            <source>New owner PIN (at least {n} characters):</source>
            <translation>新的店主密码（至少 {n} 位）：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="65" />
            <source>The PIN must have at least {n} characters; nothing changed.</source>
            <translation>密码至少需要 {n} 位，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="74" />
            <source>The two PINs differ; nothing changed.</source>
            <translation>两次输入的密码不一致，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="98" />
            <source>The owner PIN is wrong; nothing was changed.</source>
            <translation>店主密码不正确，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="101" />
            <source>This needs the owner's PIN (staff mode is on).</source>
            <translation>此操作需要店主密码（员工模式已开启）。</translation>
        </message>
    </context>
</TS>
