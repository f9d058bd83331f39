<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ChartsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="278" />
            <source>Drawing the chart</source>
            <translation>绘制图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="286" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="288" />
            <source>No transactions yet: import a statement first.</source>
            <translation>还没有交易：请先导入对账单。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="290" />
            <source>No transactions in this period.</source>
            <translation>此期间没有交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="292" />
            <source>Point at a cell to see its swipes and amount.</source>
            <translation>鼠标指向方格可查看刷卡笔数和金额。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="294" />
            <source>Point at a bar to see its swipes and amount; click it to open those transactions.</source>
            <translation>鼠标指向柱形可查看刷卡笔数和金额；点击可打开这些交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="334" />
            <location filename="../../shopguard/gui/screens/charts.py" line="344" />
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="335" />
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="346" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="352" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="394" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="395" />
            <source>Per</source>
            <translation>每</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="396" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="397" />
            <source>Split by</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="398" />
            <source>Only</source>
            <translation>仅看</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="399" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="400" />
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>将图表保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="402" />
            <source>All time</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="402" />
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="403" />
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="403" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="404" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="404" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="405" />
            <source>Chosen dates</source>
            <translation>指定日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="406" />
            <source>hour</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="406" />
            <source>day</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="406" />
            <source>week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="407" />
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="408" />
            <source>Number of swipes</source>
            <translation>刷卡笔数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="408" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="409" />
            <source>Weekday × hour</source>
            <translation>星期 × 时段</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="410" />
            <source>(nothing)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="410" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="411" />
            <source>Card (last 4)</source>
            <translation>卡号（后四位）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="411" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="412" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="412" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="417" />
            <source>value</source>
            <translation>值</translation>
        </message>
    </context>
</TS>
