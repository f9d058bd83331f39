<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="73" />
            <source>no fixed deadline: act as soon as possible</source>
            <translation>没有固定期限：请尽快处理</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="82" />
            <source>{d} d {h} h</source>
            <translation>{d} 天 {h} 小时</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="84" />
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="86" />
            <source>{m} min</source>
            <translation>{m} 分钟</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="89" />
            <source>OVERDUE by {span} (deadline {at})</source>
            <translation>已逾期 {span}（期限 {at}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="90" />
            <source>{span} left (deadline {at})</source>
            <translation>剩余 {span}（期限 {at}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="128" />
            <source>Reassign…</source>
            <translation>转交他人…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="131" />
            <source>Choose another procedure…</source>
            <translation>改用其他处理流程…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="146" />
            <source>TRAINING: a demo transaction; nothing in the shop's data is changed.</source>
            <translation>培训模式：使用演示交易，不会改动店铺的任何数据。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="148" />
            <source>Rehearsal</source>
            <translation>演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="149" />
            <source>Case {id}</source>
            <translation>案件 {id}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="154" />
            <source>open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="154" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="154" />
            <source>closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="155" />
            <source>Case {id} · {status} · assigned to {who}</source>
            <translation>案件 {id} · {status} · 负责人 {who}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="157" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="157" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="162" />
            <source>Rehearsal by {who}</source>
            <translation>{who} 的演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="166" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="166" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="166" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="166" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="166" />
            <source>Reference no.</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="167" />
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="192" />
            <source>Step {i} of {n}: {title}</source>
            <translation>第 {i} 步（共 {n} 步）：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="195" />
            <source>What to do</source>
            <translation>怎么做</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="210" />
            <source>What to enter</source>
            <translation>需要填写</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="213" />
            <source>What to keep</source>
            <translation>需要保留</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="219" />
            <source>Attach a file (slip photo, scan)…</source>
            <translation>附加文件（签购单照片、扫描件）…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="230" />
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="237" />
            <source>Mark this step done</source>
            <translation>标记本步完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="262" />
            <source>Attach evidence</source>
            <translation>附加证据</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="263" />
            <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
            <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.heic);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="273" />
            <source>✓ Done by {who} at {at}</source>
            <translation>✓ {who} 于 {at} 完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="280" />
            <source>Not done yet.</source>
            <translation>尚未完成。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="309" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="310" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="314" />
            <source>Preview / print the letter…</source>
            <translation>预览/打印信函…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="324" />
            <source>Finish the rehearsal</source>
            <translation>完成演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="324" />
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="329" />
            <source>{done} of {total} steps practised. Finish records the rehearsal for {who}.</source>
            <translation>已演练 {done}/{total} 步。点击完成将为 {who} 记录本次演练。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="334" />
            <source>{done} of {total} steps done. Finish closes the case with the outcome below; Cancel keeps it open.</source>
            <translation>已完成 {done}/{total} 步。点击“结案”按下面的结果结案；点击取消则保持案件开启。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="338" />
            <source>This case is closed: {outcome}.</source>
            <translation>本案件已结案：{outcome}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="372" />
            <source>Close for now</source>
            <translation>稍后继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="386" />
            <source>Training: {title}</source>
            <translation>培训：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="387" />
            <source>Case {id}: {title}</source>
            <translation>案件 {id}：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="418" />
            <source>Record rehearsal</source>
            <translation>记录演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="418" />
            <source>Close case</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="468" />
            <location filename="../../shopguard/gui/case_wizard.py" line="533" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="476" />
            <source>Who did it?</source>
            <translation>谁做的？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="476" />
            <source>Enter who did this step.</source>
            <translation>请填写本步骤的操作人。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="487" />
            <source>Saving the step</source>
            <translation>正在保存步骤</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="492" />
            <source>Attaching the file</source>
            <translation>正在附加文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="498" />
            <source>Resuming</source>
            <translation>正在继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="500" />
            <source>Pausing</source>
            <translation>正在暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="503" />
            <source>Reassign</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="503" />
            <source>Give this case to:</source>
            <translation>将本案件交给：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="510" />
            <source>Reassigning</source>
            <translation>正在转交</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="514" />
            <source>Let ShopGuard decide again from today's facts</source>
            <translation>让 ShopGuard 按今天的情况重新判断</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="516" />
            <source>Choose another procedure</source>
            <translation>改用其他处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="517" />
            <source>Procedure:</source>
            <translation>处理流程：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="536" />
            <source>Changing the procedure</source>
            <translation>正在更改处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="544" />
            <source>Not finished</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="545" />
            <source>Tick every step to complete the rehearsal.</source>
            <translation>请勾选每一步以完成演练。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="549" />
            <source>Recording the rehearsal</source>
            <translation>正在记录演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="558" />
            <source>Closing as not a duplicate</source>
            <translation>以“不是重复扣款”结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="564" />
            <source>Closing the case</source>
            <translation>正在结案</translation>
        </message>
    </context>
</TS>
