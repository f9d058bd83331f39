<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>OwnerPin</name>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="28" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="30" />
            <source>{n} min</source>
            <translation>{n} 分</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="32" />
            <source>{n} s</source>
            <translation>{n} 秒</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="38" />
            <source>{n} wrong owner PINs in a row, so PIN entry is locked for {time} (until {clock}). Wait, then try again; every further wrong PIN doubles the wait, up to an hour.</source>
            <translation>店主密码已连续输错 {n} 次，密码输入锁定 {time}（到 {clock} 为止）。请等待后再试；之后每输错一次，等待时间加倍，最长一小时。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="46" />
            <source>The owner PIN has fewer than {n} digits, which is too easy to guess. Please change it (Settings → Owner PIN).</source>
            <translation>店主密码少于 {n} 位，太容易被猜中。请更改（设置 → 店主密码）。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="51" />
            <source>Owner PIN locked</source>
            <translation>店主密码已锁定</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="66" />
            <location filename="../../shopguard/gui/owner_pin.py" line="112" />
            <location filename="../../shopguard/gui/owner_pin.py" line="133" />
            <location filename="../../shopguard/gui/owner_pin.py" line="154" />
            <location filename="../../shopguard/gui/owner_pin.py" line="162" />
            <source>Owner PIN</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="68" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="69" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="75" />
            <source>{action} needs the owner. PIN:</source>
            <translation>{action}需要店主确认。店主密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="112" />
            <source>ShopGuard is saving something else right now (an import?). Try again when it has finished.</source>
            <translation>ShopGuard 正在保存其他内容（导入？）。请在完成后再试。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="120" />
            <source>That is not the owner's PIN.</source>
            <translation>这不是店主密码。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="122" />
            <source>{n} more wrong PIN(s) lock PIN entry for a while.</source>
            <translation>再输错 {n} 次，密码输入将被锁定一段时间。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="124" />
            <source>Wrong PIN</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="140" />
            <source>Audit log changed</source>
            <translation>审计记录被改动</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="141" />
            <source>Checking the audit log with your PIN found changes made outside ShopGuard:</source>
            <translation>用您的密码核对审计记录，发现有在 ShopGuard 之外做的改动：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="81" />
            <source>New owner PIN (at least {n} digits):</source>
            <translation>新的店主密码（至少 {n} 位）：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="154" />
            <source>The PIN needs at least {n} digits; nothing changed.</source>
            <translation>密码至少需要 {n} 位，未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="80" />
            <source>The same PIN again:</source>
            <translation>再次输入同一密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/owner_pin.py" line="163" />
            <source>The two PINs differ; nothing changed.</source>
            <translation>两次输入的密码不一致，未做任何更改。</translation>
        </message>
    </context>
</TS>
