<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BackupsPanel</name>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="111" />
            <source>Last backup: {time} — {path}</source>
            <translation>上次备份：{time} — {path}</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="114" />
            <source>No backup has been made yet.</source>
            <translation>尚未做过备份。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="116" />
            <source>While ShopGuard is open it makes one backup a day and keeps the newest {keep} ({count} now in {folder}). Keep a copy on another disk too: a backup on the same disk does not survive the disk.</source>
            <translation>ShopGuard 打开时每天自动备份一次，保留最新的 {keep} 份（{folder} 中现有 {count} 份）。请另在其他磁盘上保存一份：同一磁盘上的备份会随磁盘一起损坏。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="132" />
            <source>Backing up</source>
            <translation>正在备份</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="134" />
            <source>Backed up to {path}.</source>
            <translation>已备份到 {path}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="138" />
            <source>Backup folder</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="145" />
            <source>Changing the backup settings</source>
            <translation>更改备份设置</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="156" />
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="160" />
            <location filename="../../shopguard/gui/backups_panel.py" line="180" />
            <location filename="../../shopguard/gui/backups_panel.py" line="204" />
            <location filename="../../shopguard/gui/backups_panel.py" line="222" />
            <source>Restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="161" />
            <source>ShopGuard backups (*.db);;All files (*)</source>
            <translation>ShopGuard 备份 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="174" />
            <source>an unknown time</source>
            <translation>未知时间</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="177" />
            <source>Restore the backup made {made} ({entries} audit entries)?

Everything changed since then is replaced by the backup. The database as it is now is kept aside as a file beside it, so nothing is lost.</source>
            <translation>恢复 {made} 做的备份（{entries} 条审计记录）吗？

此后的所有改动都会被备份内容替换。当前的数据库会另存为旁边的一个文件，不会丢失。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="187" />
            <source>Restoring a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="205" />
            <source>This backup was made with another owner PIN. Enter the PIN that was in use then:</source>
            <translation>此备份是在另一个店主密码下做的。请输入当时使用的密码：</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="212" />
            <location filename="../../shopguard/gui/backups_panel.py" line="224" />
            <source>Restoring</source>
            <translation>正在恢复</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="216" />
            <source>Restored. The database as it was is kept at {path}.</source>
            <translation>已恢复。原来的数据库保存在 {path}。</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="228" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="229" />
            <source>Daily backups to keep</source>
            <translation>保留的每日备份份数</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="230" />
            <source>Backup folder (empty: beside the database)</source>
            <translation>备份文件夹（留空：数据库旁边）</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="231" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="232" />
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="233" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../shopguard/gui/backups_panel.py" line="234" />
            <source>Restore…</source>
            <translation>恢复…</translation>
        </message>
    </context>
</TS>
