<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ChartToolbar</name>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="24" />
            <source>Whole chart</source>
            <translation>整张图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="24" />
            <source>Back to the whole chart</source>
            <translation>回到整张图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="25" />
            <source>Back</source>
            <translation>后退</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="25" />
            <source>The previous view</source>
            <translation>上一个视图</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="26" />
            <source>Forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="26" />
            <source>The next view</source>
            <translation>下一个视图</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="27" />
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="28" />
            <source>Drag to move the chart; drag with the right button to stretch it</source>
            <translation>拖动以移动图表；按住右键拖动以拉伸</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="29" />
            <source>Zoom</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/chart_toolbar.py" line="29" />
            <source>Drag a rectangle to zoom into it</source>
            <translation>拖出一个矩形以放大该区域</translation>
        </message>
    </context>
</TS>
