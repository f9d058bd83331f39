<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ChartsScreen</name>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="334" />
            <source>Drawing the chart</source>
            <translation>绘制图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="342" />
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="344" />
            <source>No transactions yet: import a statement first.</source>
            <translation>还没有交易：请先导入对账单。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="346" />
            <source>No transactions in this period.</source>
            <translation>此期间没有交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="348" />
            <source>Point at a cell to see its swipes and amount.</source>
            <translation>鼠标指向方格可查看刷卡笔数和金额。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="350" />
            <source>Point at a bar to see its swipes and amount; click it to open those transactions.</source>
            <translation>鼠标指向柱形可查看刷卡笔数和金额；点击可打开这些交易。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="395" />
            <location filename="../../shopguard/gui/screens/charts.py" line="407" />
            <source>Export chart</source>
            <translation>导出图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="396" />
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="409" />
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="415" />
            <source>Charts</source>
            <translation>图表</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="457" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="458" />
            <source>Per</source>
            <translation>每</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="459" />
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="460" />
            <source>Split by</source>
            <translation>分组</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="461" />
            <source>Only</source>
            <translation>仅看</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="462" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="463" />
            <source>Amounts in different currencies are never added up: the chart shows one currency at a time.</source>
            <translation>不同币种的金额从不相加：图表一次只显示一种币种。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="465" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="466" />
            <source>Save the chart as PNG, SVG or PDF</source>
            <translation>将图表保存为 PNG、SVG 或 PDF</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="468" />
            <source>All time</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="468" />
            <source>Last 7 days</source>
            <translation>最近 7 天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="469" />
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="469" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="470" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="470" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="471" />
            <source>Chosen dates</source>
            <translation>指定日期</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="472" />
            <source>hour</source>
            <translation>小时</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="472" />
            <source>day</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="472" />
            <source>week</source>
            <translation>周</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="473" />
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="474" />
            <source>Number of swipes</source>
            <translation>刷卡笔数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="474" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="475" />
            <source>Weekday × hour</source>
            <translation>星期 × 时段</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="476" />
            <source>(nothing)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="476" />
            <source>Terminal</source>
            <translation>终端</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="477" />
            <source>Card (last 4)</source>
            <translation>卡号（后四位）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="477" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="478" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="478" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/screens/charts.py" line="486" />
            <source>value</source>
            <translation>值</translation>
        </message>
    </context>
</TS>
