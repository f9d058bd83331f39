<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="18" />
            <source>Owner PIN</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="19" />
            <source>{action} needs the owner. PIN:</source>
            <translation>{action}需要店主确认。店主密码：</translation>
        </message>
    </context>
</TS>
