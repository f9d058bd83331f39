<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="75" />
            <source>no fixed deadline: act as soon as possible</source>
            <translation>没有固定期限：请尽快处理</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="84" />
            <source>{d} d {h} h</source>
            <translation>{d} 天 {h} 小时</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="86" />
            <source>{h} h {m} min</source>
            <translation>{h} 小时 {m} 分钟</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="88" />
            <source>{m} min</source>
            <translation>{m} 分钟</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="91" />
            <source>OVERDUE by {span} (deadline {at})</source>
            <translation>已逾期 {span}（期限 {at}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="92" />
            <source>{span} left (deadline {at})</source>
            <translation>剩余 {span}（期限 {at}）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="130" />
            <source>Reassign…</source>
            <translation>转交他人…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="133" />
            <source>Choose another procedure…</source>
            <translation>改用其他处理流程…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="148" />
            <source>TRAINING: a demo transaction; nothing in the shop's data is changed.</source>
            <translation>培训模式：使用演示交易，不会改动店铺的任何数据。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="150" />
            <source>Rehearsal</source>
            <translation>演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="151" />
            <source>Case {id}</source>
            <translation>案件 {id}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="156" />
            <source>open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="156" />
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="156" />
            <source>closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="157" />
            <source>Case {id} · {status} · assigned to {who}</source>
            <translation>案件 {id} · {status} · 负责人 {who}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="159" />
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="159" />
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="164" />
            <source>Rehearsal by {who}</source>
            <translation>{who} 的演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="168" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="168" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="168" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="168" />
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="168" />
            <source>Reference no.</source>
            <translation>参考号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="169" />
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="194" />
            <source>Step {i} of {n}: {title}</source>
            <translation>第 {i} 步（共 {n} 步）：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="197" />
            <source>What to do</source>
            <translation>怎么做</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="214" />
            <source>Needed before this step can be marked done.</source>
            <translation>标记本步骤完成前必须填写。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="218" />
            <source>What to enter</source>
            <translation>需要填写</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="221" />
            <source>What to keep</source>
            <translation>需要保留</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="227" />
            <source>Attach a file (slip photo, scan)…</source>
            <translation>附加文件（签购单照片、扫描件）…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="245" />
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="252" />
            <source>Mark this step done</source>
            <translation>标记本步完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="292" />
            <source>Attach evidence</source>
            <translation>附加证据</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="293" />
            <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.heic);;All files (*)</source>
            <translation>图片和文档 (*.jpg *.jpeg *.png *.pdf *.heic);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="303" />
            <source>✓ Done by {who} at {at}</source>
            <translation>✓ {who} 于 {at} 完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="310" />
            <source>Not done yet.</source>
            <translation>尚未完成。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="341" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="342" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="364" />
            <source>{done} of {total} steps practised. “{finish}” records the rehearsal for {who}.</source>
            <translation>已练习 {done}/{total} 步。点“{finish}”为 {who} 记录本次演练。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="370" />
            <source>{done} of {total} steps done. “{finish}” closes the case with the outcome below; “{later}” keeps it open.</source>
            <translation>已完成 {done}/{total} 步。点“{finish}”按下面的结果结案；点“{later}”则保持案件未结。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="239" />
            <location filename="../../shopguard/gui/case_wizard.py" line="346" />
            <source>Preview / print the letter…</source>
            <translation>预览/打印信函…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="356" />
            <source>Finish the rehearsal</source>
            <translation>完成演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="356" />
            <source>Close the case</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="374" />
            <source>This case is closed: {outcome}.</source>
            <translation>本案件已结案：{outcome}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="408" />
            <source>Close for now</source>
            <translation>稍后继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="422" />
            <source>Training: {title}</source>
            <translation>培训：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="423" />
            <source>Case {id}: {title}</source>
            <translation>案件 {id}：{title}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="455" />
            <source>Record rehearsal</source>
            <translation>记录演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="455" />
            <source>Close case</source>
            <translation>结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="518" />
            <location filename="../../shopguard/gui/case_wizard.py" line="595" />
            <source>Not done</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="527" />
            <source>Who did it?</source>
            <translation>谁做的？</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="527" />
            <source>Enter who did this step.</source>
            <translation>请填写本步骤的操作人。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="532" />
            <source>Only the owner can sign as the owner. To act as the owner, switch user (File → Switch user…) with the owner PIN.</source>
            <translation>只有店主本人才能以店主名义签字。如需以店主身份操作，请用店主密码切换用户（文件 → 切换用户…）。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="535" />
            <source>This step needs: {fields}.</source>
            <translation>本步骤需要填写：{fields}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="549" />
            <source>Saving the step</source>
            <translation>正在保存步骤</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="554" />
            <source>Attaching the file</source>
            <translation>正在附加文件</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="560" />
            <source>Resuming</source>
            <translation>正在继续</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="562" />
            <source>Pausing</source>
            <translation>正在暂停</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="565" />
            <source>Reassign</source>
            <translation>转交</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="565" />
            <source>Give this case to:</source>
            <translation>将本案件交给：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="572" />
            <source>Reassigning</source>
            <translation>正在转交</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="576" />
            <source>Let ShopGuard decide again from today's facts</source>
            <translation>让 ShopGuard 按今天的情况重新判断</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="578" />
            <source>Choose another procedure</source>
            <translation>改用其他处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="579" />
            <source>Procedure:</source>
            <translation>处理流程：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="598" />
            <source>Changing the procedure</source>
            <translation>正在更改处理流程</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="606" />
            <source>Not finished</source>
            <translation>尚未完成</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="607" />
            <source>Tick every step to complete the rehearsal.</source>
            <translation>请勾选每一步以完成演练。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="611" />
            <source>Recording the rehearsal</source>
            <translation>正在记录演练</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="620" />
            <source>Closing as not a duplicate</source>
            <translation>以“不是重复扣款”结案</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/case_wizard.py" line="626" />
            <source>Closing the case</source>
            <translation>正在结案</translation>
        </message>
    </context>
</TS>
