<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ShiftDialog</name>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="91" />
            <source>Who is working?</source>
            <translation>当前由谁操作？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="92" />
            <source>Staff mode is on. Choose your name: what you do is recorded under it until someone switches user.</source>
            <translation>员工模式已开启。请选择您的名字：在有人切换用户之前，所做的操作都记在此名下。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="94" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="95" />
            <source>Owner PIN</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="99" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="100" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/shift.py" line="117" />
            <source>Choose or type your name.</source>
            <translation>请选择或输入您的名字。</translation>
        </message>
    </context>
</TS>
