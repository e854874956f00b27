<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/formatting.cpp" line="35"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="38"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="41"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="44"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="47"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="58"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="61"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="62"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="78"/>
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="81"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="84"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="93"/>
        <location filename="../ui/formatting.cpp" line="95"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="101"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="105"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="107"/>
        <source>Circuit open</source>
        <translation>熔断已打开</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="109"/>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="111"/>
        <source>Failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="113"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="137"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="157"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="159"/>
        <source>Replayed</source>
        <translation>已重放</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="161"/>
        <source>Discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="168"/>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="170"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="172"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="174"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="176"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="103"/>
        <location filename="../ui/formatting.cpp" line="178"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="76"/>
        <source>due now</source>
        <translation>已到时间</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="185"/>
        <source>Real-time</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="187"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="189"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="197"/>
        <source>On demand</source>
        <translation>手动触发</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="199"/>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="206"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="141"/>
        <location filename="../ui/formatting.cpp" line="208"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="139"/>
        <location filename="../ui/formatting.cpp" line="210"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="212"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="214"/>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/concord_main.cpp" line="49"/>
        <source>Concord: keeps department systems consistent with each other.</source>
        <translation>Concord：让各部门系统之间的数据保持一致。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="52"/>
        <source>Interface language for this session: zh_CN or en.</source>
        <translation>本次会话的界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="53"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="56"/>
        <source>Open the mapping editor for this pipeline of the workspace.</source>
        <translation>打开该工作区中此管道的映射编辑器。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="57"/>
        <source>pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="60"/>
        <source>Start, show the window (and open the workspace, if one is given), print the window&apos;s title and exit: 0 when it came up. For checking an installation.</source>
        <translation>启动并显示窗口（如给出工作区则打开它），输出窗口标题后退出：窗口正常显示时返回 0。用于检查安装是否正常。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="63"/>
        <source>Workspace folder to open (contains workspace.yaml).</source>
        <translation>要打开的工作区文件夹（包含 workspace.yaml）。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="64"/>
        <source>[WORKSPACE_DIR]</source>
        <translation>[工作区目录]</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="68"/>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="73"/>
        <source>Give at most one workspace folder.</source>
        <translation>最多只能指定一个工作区文件夹。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="80"/>
        <source>Concord is already open for this workspace: its window was brought forward.</source>
        <translation>Concord 已打开此工作区：已将其窗口切换到前台。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="95"/>
        <source>--edit-mapping needs a workspace folder.</source>
        <translation>--edit-mapping 需要同时给出工作区文件夹。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="102"/>
        <source>The workspace has no pipeline &quot;%1&quot;.</source>
        <translation>工作区中没有名为“%1”的管道。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="87"/>
        <source>unknown source dataset &apos;%1&apos;</source>
        <translation>未知的源数据集“%1”</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="90"/>
        <source>unknown target dataset &apos;%1&apos;</source>
        <translation>未知的目标数据集“%1”</translation>
    </message>
</context>
<context>
    <name>concord::AlertModel</name>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="102"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="104"/>
        <source>Active</source>
        <translation>未解除</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="104"/>
        <source>Resolved %1</source>
        <translation>%1解除</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="143"/>
        <source>Nobody has acknowledged this alert yet</source>
        <translation>尚无人确认此告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="145"/>
        <source>The condition still holds</source>
        <translation>告警条件仍然成立</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="145"/>
        <source>The condition cleared by itself</source>
        <translation>告警条件已自行解除</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="160"/>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="161"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="162"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="163"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="164"/>
        <source>Raised</source>
        <translation>触发时间</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="165"/>
        <source>Last seen</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="166"/>
        <source>Acknowledged</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="167"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::AlertNotifier</name>
    <message>
        <location filename="../ui/alerts/alertnotifier.cpp" line="14"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertnotifier.cpp" line="54"/>
        <source>%1 alert: %2</source>
        <translation>%1告警：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertnotifier.cpp" line="57"/>
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n 条新告警</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertnotifier.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertnotifier.cpp" line="62"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::AlertsPane</name>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="133"/>
        <source>Alerts (%1)</source>
        <translation>告警 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="133"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="145"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="146"/>
        <source>Say you have seen the selected alerts: they stop counting in the navigator (Ctrl+K)</source>
        <translation>确认已看到所选告警：它们不再计入导航栏中的待办数 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="147"/>
        <source>Show resolved</source>
        <translation>显示已解除</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="148"/>
        <source>No active alerts.
The rules under &quot;alerts:&quot; in workspace.yaml raise them, for example when a pipeline&apos;s success rate drops or dead letters pile up.</source>
        <translation>没有未解除的告警。
workspace.yaml 中 “alerts:” 下的规则会在条件满足时触发告警，例如管道成功率下降或死信堆积。</translation>
    </message>
</context>
<context>
    <name>concord::AuditModel</name>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="34"/>
        <source>Mapping saved</source>
        <translation>映射已保存</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="35"/>
        <source>Sensitivity tags changed</source>
        <translation>敏感级别已修改</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="36"/>
        <source>Run started</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="37"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="38"/>
        <source>Pipeline paused</source>
        <translation>管道已暂停</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="39"/>
        <source>Pipeline resumed</source>
        <translation>管道已恢复</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="40"/>
        <source>Backfill</source>
        <translation>回填</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="41"/>
        <source>Dead letter edited</source>
        <translation>死信已编辑</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="42"/>
        <source>Dead letters replayed</source>
        <translation>死信已重放</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="43"/>
        <source>Dead letters discarded</source>
        <translation>死信已丢弃</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="44"/>
        <source>Consistency check</source>
        <translation>一致性核对</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="45"/>
        <source>Repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="46"/>
        <source>Discrepancies exported</source>
        <translation>差异已导出</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="47"/>
        <source>Conflict resolved</source>
        <translation>冲突已解决</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="48"/>
        <source>Values unmasked</source>
        <translation>已解除脱敏</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="49"/>
        <source>Alert acknowledged</source>
        <translation>告警已确认</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="50"/>
        <source>Circuit opened</source>
        <translation>熔断已打开</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="51"/>
        <source>Audit archived</source>
        <translation>审计已归档</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="52"/>
        <source>Audit exported</source>
        <translation>审计已导出</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="84"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="85"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="86"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="87"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="88"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>concord::AuditPage</name>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="43"/>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="44"/>
        <source>Mapping changes</source>
        <translation>映射规则变更</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="45"/>
        <source>Sensitivity and policy changes</source>
        <translation>敏感级别与策略变更</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="46"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="47"/>
        <source>Pause, resume, backfill</source>
        <translation>暂停、恢复、回填</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="48"/>
        <source>Dead-letter actions</source>
        <translation>死信操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="49"/>
        <source>Checks, repairs, exports</source>
        <translation>核对、修复、导出</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="50"/>
        <source>Conflict decisions</source>
        <translation>冲突裁决</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="51"/>
        <source>Unmasking</source>
        <translation>解除脱敏</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="52"/>
        <source>Audit archive and export</source>
        <translation>审计归档与导出</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="176"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="180"/>
        <source>Cannot check the audit trail: %1</source>
        <translation>无法校验审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="183"/>
        <source>%n audit entries exported to %1</source>
        <translation>
            <numerusform>已导出 %n 条审计记录到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="187"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="241"/>
        <source>Checking the audit trail&apos;s hash chain…</source>
        <translation>正在校验审计日志的哈希链…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="252"/>
        <source>The newest 5,000 entries; narrow the filter to see older ones.</source>
        <translation>仅显示最新 5,000 条；缩小筛选范围可查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="253"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="269"/>
        <source>%n older entries are in archive files; the chain goes on from the newest.</source>
        <translation>
            <numerusform>更早的 %n 条记录已归档；哈希链从最新归档的链头继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="273"/>
        <source>Hash chain intact: %n entries, none edited, removed or reordered.</source>
        <translation>
            <numerusform>哈希链完整：%n 条记录，无篡改、删除或重排。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="274"/>
        <source>Head %1 (entry %2).</source>
        <translation>链头 %1（第 %2 条）。</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="277"/>
        <source>Hash chain BROKEN at entry %1: %2</source>
        <translation>哈希链在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="290"/>
        <source>Entry</source>
        <translation>记录号</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="291"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="292"/>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="293"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="294"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="296"/>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="297"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="298"/>
        <source>Follows</source>
        <translation>前一哈希</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="304"/>
        <source>Mapping version</source>
        <translation>映射版本</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="305"/>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="308"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="311"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="328"/>
        <source>Export Audit Entries</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="355"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="356"/>
        <source>Verify Chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="357"/>
        <source>Walk the audit trail&apos;s hash chain and report the first entry edited, removed or moved</source>
        <translation>逐条校验审计日志的哈希链，报告第一条被修改、删除或移动的记录</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="358"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="359"/>
        <source>Write the entries the filter shows to an Excel workbook or a CSV file (audited)</source>
        <translation>将当前筛选出的记录写入 Excel 工作簿或 CSV 文件（导出操作本身会记入审计）</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="360"/>
        <source>Actor:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="361"/>
        <source>exact name, e.g. li.na</source>
        <translation>完整名称，例如 li.na</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="362"/>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="365"/>
        <source>Object:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="366"/>
        <source>pipeline, mapping, dead letter…</source>
        <translation>管道、映射、死信…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="367"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="368"/>
        <source>Until</source>
        <translation>截止</translation>
    </message>
</context>
<context>
    <name>concord::AutoMapDialog</name>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="15"/>
        <source>same name</source>
        <translation>同名</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="16"/>
        <source>same name, ignoring case and separators</source>
        <translation>同名（忽略大小写和分隔符）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="17"/>
        <source>synonym</source>
        <translation>同义词</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="18"/>
        <source>similar spelling</source>
        <translation>拼写相近</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="29"/>
        <source>Auto-map</source>
        <translation>自动映射</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="32"/>
        <source>No unmapped target field has a source field with a matching name.</source>
        <translation>没有未映射的目标字段能找到名称匹配的源字段。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="33"/>
        <source>Links proposed for unmapped target fields. Uncheck the ones you do not want; you can undo the rest in one step.</source>
        <translation>以下是为未映射目标字段建议的连线。取消勾选不需要的；其余的可一步撤销。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="52"/>
        <source>types differ: the value is converted</source>
        <translation>类型不同：取值会做类型转换</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="56"/>
        <source>Link checked</source>
        <translation>连接已勾选项</translation>
    </message>
</context>
<context>
    <name>concord::BackfillDialog</name>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="18"/>
        <source>Backfill %1</source>
        <translation>回填 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="20"/>
        <source>A backfill reads %1 again and writes what it finds to the target, by key: rows already there are overwritten with the source&apos;s values, so doing it twice does no harm. Afterwards the pipeline carries on from where the backfill ended.</source>
        <translation>回填会重新读取 %1，并按主键写入目标：目标中已有的行会被数据源的值覆盖，因此重复回填也不会出问题。回填完成后，管道从回填结束的位置继续同步。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="27"/>
        <source>Re-read changes &amp;from:</source>
        <translation>从此时间起重新读取变更(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="36"/>
        <source>%1 has no version column, so it cannot be read from a point in time.</source>
        <translation>%1 没有版本列，因此无法从某个时间点开始读取。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="37"/>
        <source>Every row whose %1 is at or after this time, in your time zone.</source>
        <translation>读取 %1 不早于此时间的每一行（按您所在的时区）。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="40"/>
        <source>F&amp;ull re-snapshot: read the whole source again</source>
        <translation>完整重新快照：重新读取整个数据源(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="41"/>
        <source>Takes about as long as the first run did. Use it after the target was restored from a backup or rows were deleted there by hand.</source>
        <translation>耗时与首次运行相当。适用于目标库从备份恢复之后，或目标中的行被手工删除之后。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="55"/>
        <source>Start Backfill</source>
        <translation>开始回填</translation>
    </message>
</context>
<context>
    <name>concord::ChartsPanel</name>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="170"/>
        <source>Reading metrics…</source>
        <translation>正在读取指标…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="209"/>
        <source>Written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="210"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="211"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="211"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="211"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="213"/>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="221"/>
        <source>the last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="222"/>
        <source>the last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="223"/>
        <source>the last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="243"/>
        <source>&amp;Charts for:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="244"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="245"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="246"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="247"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="248"/>
        <source>The last hour, minute by minute</source>
        <translation>最近 1 小时，每分钟一个点</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="249"/>
        <source>The last 24 hours in 15-minute steps</source>
        <translation>最近 24 小时，每 15 分钟一个点</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="250"/>
        <source>The last 7 days, hour by hour</source>
        <translation>最近 7 天，每小时一个点</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="253"/>
        <source>Rows written per minute</source>
        <translation>每分钟写入行数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="254"/>
        <source>Failed records per minute</source>
        <translation>每分钟失败记录数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="257"/>
        <source>Rows written per 15 minutes</source>
        <translation>每 15 分钟写入行数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="258"/>
        <source>Failed records per 15 minutes</source>
        <translation>每 15 分钟失败记录数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="261"/>
        <source>Rows written per hour</source>
        <translation>每小时写入行数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="262"/>
        <source>Failed records per hour</source>
        <translation>每小时失败记录数</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="265"/>
        <source>Latency, capture to write (ms)</source>
        <translation>延迟：捕获到写入（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="266"/>
        <source>Backlog (changes waiting)</source>
        <translation>积压（待写入的变更）</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="273"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="274"/>
        <source>any pipeline</source>
        <translation>任何管道</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="275"/>
        <source>No metrics for %1 in %2.
Metrics are recorded minute by minute as pipelines run: run one, or choose a longer range.</source>
        <translation>%2内没有%1的指标。
管道运行时会逐分钟记录指标：请先运行一个管道，或选择更长的时间范围。</translation>
    </message>
</context>
<context>
    <name>concord::CheckProgress</name>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="70"/>
        <source>Waiting for the engine…</source>
        <translation>正在等待引擎…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="72"/>
        <source>Counting records…</source>
        <translation>正在统计记录数…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="74"/>
        <source>Comparing…</source>
        <translation>正在比对…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="76"/>
        <source>Reading differing records…</source>
        <translation>正在读取有差异的记录…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="78"/>
        <source>Storing discrepancies…</source>
        <translation>正在保存差异…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="80"/>
        <source>Repairing…</source>
        <translation>正在修复…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="82"/>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="92"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>concord::ConflictCommands</name>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="51"/>
        <source>Source wins</source>
        <translation>数据源优先</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="53"/>
        <source>Target wins</source>
        <translation>目标优先</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="55"/>
        <source>Last write wins</source>
        <translation>最后写入优先</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="67"/>
        <source>Record %1: choose Keep record or Delete record first.</source>
        <translation>记录 %1：请先选择“保留记录”或“删除记录”。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="79"/>
        <source>Record %1: choose a value for %2 first.</source>
        <translation>记录 %1：请先为 %2 选择一个值。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="107"/>
        <source>the source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="108"/>
        <source>the target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="111"/>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="115"/>
        <source>Every field in conflict takes %1&apos;s value; a record deleted in %1 is deleted in %2 too, one deleted in %2 comes back.</source>
        <translation>每个冲突字段都采用 %1 的值；在 %1 中已删除的记录在 %2 中也会删除，在 %2 中已删除的记录会被恢复。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="119"/>
        <source>For each conflict, the side whose record was modified last wins (a tie goes to %1); a conflict without both modification times stays in the queue.</source>
        <translation>每个冲突由最后修改记录的一侧胜出（时间相同时以 %1 为准）；缺少任一侧修改时间的冲突留在队列中。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="122"/>
        <source>Resolve Conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="123"/>
        <source>Resolve %n selected conflict(s) by “%1”?</source>
        <translation>
            <numerusform>按“%1”解决所选的 %n 个冲突？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="127"/>
        <source>Both systems are written and each resolution is recorded in the audit trail; it cannot be undone from the console.</source>
        <translation>两个系统都会被写入，每次解决都会记入审计日志；无法在控制台中撤销。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="129"/>
        <source>Resolve %n Conflict(s)</source>
        <translation>
            <numerusform>解决 %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="138"/>
        <source>Resolved in bulk: %1</source>
        <translation>批量解决：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="153"/>
        <source>Resolving %n conflict(s)…</source>
        <translation>
            <numerusform>正在解决 %n 个冲突…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="164"/>
        <source>Resolved %n conflict(s) (rows written: %1 to the source, %2 to the target).</source>
        <translation>
            <numerusform>已解决 %n 个冲突（写入行数：数据源 %1，目标 %2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="182"/>
        <source>%n conflict(s) changed since they were shown and were not resolved: their current values are shown again, check them and resolve again.</source>
        <translation>
            <numerusform>%n 个冲突在显示之后又被修改，未予解决：已重新显示其当前值，请检查后再次解决。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="186"/>
        <source>%n conflict(s) could not be resolved: %1</source>
        <translation>
            <numerusform>%n 个冲突无法解决：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ConflictDetail</name>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="284"/>
        <source>Take Base	1</source>
        <translation>采用基线	1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="285"/>
        <source>Take %1	2</source>
        <translation>采用 %1	2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="286"/>
        <source>Take %1	3</source>
        <translation>采用 %1	3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="287"/>
        <source>Type a Value…	F2</source>
        <translation>输入值…	F2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="288"/>
        <source>Set to NULL	0</source>
        <translation>设为 NULL	0</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="290"/>
        <source>Copy	Ctrl+C</source>
        <translation>复制	Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="305"/>
        <source>No conflict selected</source>
        <translation>未选择冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="306"/>
        <source>Select a conflict in the queue to compare its base and both sides field by field and choose what both systems should hold.</source>
        <translation>在队列中选择一个冲突，逐字段对比基线和两侧的值，并决定两个系统最终保存的内容。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="313"/>
        <source>%1 · record %2 — %3</source>
        <translation>%1 · 记录 %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="315"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="316"/>
        <source>detected %1 (%2)</source>
        <translation>检测于 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="317"/>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="319"/>
        <source>%1 changed %2</source>
        <translation>%1 修改于 %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="318"/>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="320"/>
        <source>%1: no modification time</source>
        <translation>%1：无修改时间</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="322"/>
        <source>shown as %1 may see it</source>
        <translation>按 %1 可见的内容显示</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="324"/>
        <source>Waiting for a steward because: %1</source>
        <translation>等待数据管理员处理，原因：%1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="324"/>
        <source>no strategy decides it</source>
        <translation>没有策略可以自动决定</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="326"/>
        <source>This record changed in %1 or %2 since it was shown, so it was not resolved. The values below are the current ones: check your choices and resolve again.</source>
        <translation>此记录在显示之后于 %1 或 %2 中又被修改，因此未予解决。下面显示的是当前值：请检查您的选择后再次解决。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="333"/>
        <source>Deleted in %1, changed in %2:</source>
        <translation>已在 %1 中删除，在 %2 中被修改：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="334"/>
        <source>Restore the record in %1 with %2&apos;s values</source>
        <translation>在 %1 中用 %2 的值恢复该记录</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="335"/>
        <source>Delete the record in %1 too</source>
        <translation>在 %1 中也删除该记录</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="338"/>
        <source>Choose Keep record or Delete record, add a comment if it helps, then Resolve (Ctrl+Enter).</source>
        <translation>选择“保留记录”或“删除记录”，如有需要填写备注，然后点击“解决”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="339"/>
        <source>Click a value or press 1 (base), 2 (%1) or 3 (%2) on a field in conflict; F2 or a double-click on Result types a value, 0 sets NULL. Ctrl+Z undoes a choice; Resolve (Ctrl+Enter) applies them and moves to the next conflict.</source>
        <translation>在冲突字段上单击某个值，或按 1（基线）、2（%1）、3（%2）；按 F2 或双击“结果”可输入值，按 0 设为 NULL。Ctrl+Z 撤销选择；“解决”（Ctrl+Enter）应用选择并转到下一个冲突。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="357"/>
        <source>&amp;Keep record</source>
        <translation>保留记录(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="358"/>
        <source>&amp;Delete record</source>
        <translation>删除记录(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="359"/>
        <source>Co&amp;mment:</source>
        <translation>备注(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="360"/>
        <source>Why this choice (kept in the audit trail)</source>
        <translation>为何这样选择（记入审计日志）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictdetail.cpp" line="362"/>
        <source>Apply the same choices to %n similar conflict(s)</source>
        <translation>
            <numerusform>将相同的选择应用到 %n 个类似冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="363"/>
        <source>No similar conflicts</source>
        <translation>没有类似冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="364"/>
        <source>Similar: the same pipeline, the same kind and the same fields in conflict. Each gets the choices made here (its own values from the side you take).</source>
        <translation>类似冲突：同一管道、同一类型、相同的冲突字段。每个冲突都采用此处的选择（取您所选一侧中它自己的值）。</translation>
    </message>
</context>
<context>
    <name>concord::ConflictFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="171"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="172"/>
        <source>Showing %1 of %n conflict(s)</source>
        <translation>
            <numerusform>显示 %1 / %n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="185"/>
        <source>Pipe&amp;line:</source>
        <translation>管道(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="186"/>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="187"/>
        <source>F&amp;ield:</source>
        <translation>字段(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="188"/>
        <source>A&amp;ge:</source>
        <translation>时长(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="189"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="190"/>
        <source>All datasets</source>
        <translation>全部数据集</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="191"/>
        <source>Conflicts whose source or target is this dataset</source>
        <translation>数据源或目标为此数据集的冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="192"/>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="193"/>
        <source>Only conflicts on this field</source>
        <translation>仅显示此字段上的冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="194"/>
        <source>Any age</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="195"/>
        <source>Older than 1 hour</source>
        <translation>超过 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="196"/>
        <source>Older than 1 day</source>
        <translation>超过 1 天</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="197"/>
        <source>Older than 7 days</source>
        <translation>超过 7 天</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="198"/>
        <source>Only conflicts detected at least this long ago</source>
        <translation>仅显示检测时间早于此时长的冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="199"/>
        <source>Search key or value (Ctrl+F)</source>
        <translation>搜索主键或字段值 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>concord::ConflictMergeModel</name>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="93"/>
        <source>Take base for %1</source>
        <translation>为 %1 采用基线</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="94"/>
        <source>Take %1 for %2</source>
        <translation>为 %2 采用 %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="114"/>
        <source>Type a value for %1</source>
        <translation>为 %1 输入值</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="123"/>
        <source>Set %1 to NULL</source>
        <translation>将 %1 设为 NULL</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="132"/>
        <source>Keep record %1</source>
        <translation>保留记录 %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="132"/>
        <source>Delete record %1</source>
        <translation>删除记录 %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="246"/>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="271"/>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="251"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="276"/>
        <source>(keep or delete?)</source>
        <translation>（保留还是删除？）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="287"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="287"/>
        <source>(by strategy)</source>
        <translation>（由策略决定）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="302"/>
        <source>Base</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="303"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="304"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="305"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="306"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="314"/>
        <source>Choose Keep record or Delete record above the fields</source>
        <translation>请在字段上方选择“保留记录”或“删除记录”</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="315"/>
        <source>The record is kept with these values on both sides</source>
        <translation>两侧都以这些值保留该记录</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="316"/>
        <source>The record is deleted on both sides</source>
        <translation>两侧都删除该记录</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="320"/>
        <source>Both sides changed it; the pipeline&apos;s conflict strategy decides unless you choose: click a value or press 1, 2 or 3</source>
        <translation>两侧都修改了此字段；除非您另行选择，否则由管道的冲突策略决定：单击某个值，或按 1、2、3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="326"/>
        <source>Merged automatically: changed in %1 only</source>
        <translation>自动合并：仅在 %1 中修改</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="327"/>
        <source>The same on both sides</source>
        <translation>两侧相同</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="330"/>
        <source>Click a value or press 1 (base), 2 (%1) or 3 (%2); F2 or double-click types a value, 0 sets NULL</source>
        <translation>单击某个值，或按 1（基线）、2（%1）、3（%2）；按 F2 或双击可输入值，按 0 设为 NULL</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="333"/>
        <source>NULL, set by you</source>
        <translation>NULL，由您设置</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="333"/>
        <source>Typed by you (F2 to change)</source>
        <translation>由您输入（按 F2 修改）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="334"/>
        <source>Taken from %1</source>
        <translation>采用自 %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="425"/>
        <source>%1: changed differently in %2 and %3</source>
        <translation>%1：在 %2 和 %3 中被改为不同的值</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="432"/>
        <source>%1: changed in %2 and %3; the pipeline&apos;s strategy decides it</source>
        <translation>%1：在 %2 和 %3 中都被修改；由管道的策略决定</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="433"/>
        <source>%1: changed in %2</source>
        <translation>%1：在 %2 中被修改</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="438"/>
        <source>Deleted in %1</source>
        <translation>已在 %1 中删除</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="439"/>
        <source>No common base: the record was created on both sides</source>
        <translation>没有共同基线：两侧都新建了该记录</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="441"/>
        <source>Masked for your role</source>
        <translation>已按您的角色脱敏</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="443"/>
        <source>Changed in %1 since the last sync: %2</source>
        <translation>自上次同步以来在 %1 中被修改：%2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="467"/>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="472"/>
        <source>The values both sides last agreed on (1)</source>
        <translation>两侧上次一致时的值 (1)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="473"/>
        <source>Source %1, as the target&apos;s fields (2)</source>
        <translation>数据源 %1，按目标字段显示 (2)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="474"/>
        <source>Target %1 (3)</source>
        <translation>目标 %1 (3)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="475"/>
        <source>What both sides get when you resolve</source>
        <translation>解决后两侧将得到的值</translation>
    </message>
</context>
<context>
    <name>concord::ConflictPage</name>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="339"/>
        <source>The conflicts cannot be read: %1</source>
        <translation>无法读取冲突：%1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="470"/>
        <source>Open a workspace to see the conflicts its two-way pipelines wait on.</source>
        <translation>打开工作区，即可查看其双向管道中等待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="472"/>
        <source>This workspace has no two-way pipelines. Only a pipeline with direction: two-way can find the same field changed on both sides; its conflicts wait here for a steward.</source>
        <translation>此工作区没有双向管道。只有 direction: two-way 的管道才会发现同一字段在两侧都被修改；这些冲突会在这里等待数据管理员处理。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="475"/>
        <source>Reading conflicts…</source>
        <translation>正在读取冲突…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="477"/>
        <source>No conflicts match the filter.</source>
        <translation>没有符合筛选条件的冲突。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="479"/>
        <source>No open conflicts — two-way pipelines without a conflict strategy queue conflicts here when both sides change the same field between two runs, and you pick the values.
To settle them automatically, set conflict: strategy (last_write_wins, source_priority, field_priority) in the pipeline&apos;s settings.</source>
        <translation>没有待处理的冲突 — 未设置冲突策略的双向管道在两次运行之间两侧修改了同一字段时，会把冲突排在这里，由您选择取值。
若要自动解决，请在管道设置中设置 conflict: strategy（last_write_wins、source_priority、field_priority）。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="493"/>
        <source>Select a conflict first</source>
        <translation>请先选择一个冲突</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="495"/>
        <source>Choose Keep record or Delete record, then resolve (Ctrl+Enter)</source>
        <translation>选择“保留记录”或“删除记录”，然后解决 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="497"/>
        <source>Choose a value for %1, then resolve (Ctrl+Enter)</source>
        <translation>为 %1 选择一个值，然后解决 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="499"/>
        <source>Write the result to %1 and %2 and show the next conflict (Ctrl+Enter)</source>
        <translation>将结果写入 %1 和 %2，并显示下一个冲突 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="556"/>
        <source>Where Did This Come From?</source>
        <translation>数据从哪里来？</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="557"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>打开该记录的血缘：写入它的源记录、管道、运行和映射版本，以及它又被同步到了哪里 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="559"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="560"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="570"/>
        <source>Select a conflict first.</source>
        <translation>请先选择一条冲突。</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="509"/>
        <source>Undo the last choice not yet applied (Ctrl+Z)</source>
        <translation>撤销最近一次尚未应用的选择 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="508"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>撤销：%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="510"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>重做：%1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="511"/>
        <source>Redo the choice undone last (Ctrl+Shift+Z)</source>
        <translation>重做最近撤销的选择 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="549"/>
        <source>&amp;Resolve</source>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="550"/>
        <source>Resolve Selected &amp;By</source>
        <translation>按规则解决所选(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="551"/>
        <source>Resolve every selected conflict by one rule; you confirm first</source>
        <translation>按同一规则解决所有所选冲突；执行前需要您确认</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="552"/>
        <location filename="../ui/conflicts/conflictpage.cpp" line="553"/>
        <location filename="../ui/conflicts/conflictpage.cpp" line="554"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="555"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>concord::ConflictQueueModel</name>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="92"/>
        <source>Both changed</source>
        <translation>两侧都已修改</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="94"/>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="96"/>
        <source>Deleted in %1</source>
        <translation>已在 %1 中删除</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="98"/>
        <source>Created on both sides</source>
        <translation>两侧都已新建</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="137"/>
        <source>(whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="164"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="166"/>
        <source>%1
Waiting because: %2</source>
        <translation>%1
等待原因：%2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="183"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="184"/>
        <source>Record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="185"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="186"/>
        <source>Fields in conflict</source>
        <translation>冲突字段</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="187"/>
        <source>Detected</source>
        <translation>检测时间</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencyCommands</name>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="54"/>
        <source>Planning the repair of %1 (a dry run: nothing is written)…</source>
        <translation>正在规划 %1 的修复（试运行：不写入任何数据）…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="65"/>
        <source>The repair of %1 failed: %2</source>
        <translation>%1 修复失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="72"/>
        <source>Repair plan for %1: %2. Confirm to write it.</source>
        <translation>%1 的修复计划：%2。确认后才会写入。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="78"/>
        <source>Repairing %1…</source>
        <translation>正在修复 %1…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="89"/>
        <source>Repair of %1: %2.</source>
        <translation>%1 修复完成：%2。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="114"/>
        <source>Export Discrepancies</source>
        <translation>导出差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="126"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencycommands.cpp" line="139"/>
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="150"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="153"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="154"/>
        <source>The discrepancies could not be written to %1.</source>
        <translation>无法将差异写入 %1。</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencyPage</name>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="383"/>
        <source>The discrepancies cannot be read: %1</source>
        <translation>无法读取差异：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="396"/>
        <source>Open a workspace to check whether its pipelines&apos; targets match their sources.</source>
        <translation>打开工作区，即可核对各管道的目标数据与数据源是否一致。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="398"/>
        <source>The workspace has no pipelines to check.</source>
        <translation>该工作区没有可核对的管道。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="400"/>
        <source>Reading discrepancies…</source>
        <translation>正在读取差异…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="402"/>
        <source>No discrepancies match the filter.</source>
        <translation>没有符合筛选条件的差异。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="404"/>
        <source>No check yet. Run Check reads both sides and compares every record the source would write with the target: missing records, extra records and fields that differ.</source>
        <translation>尚未核对。“运行核对”会读取两侧数据，将数据源应写入的每条记录与目标逐条比对：目标缺失的记录、目标多余的记录以及字段不一致的记录。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="407"/>
        <source>Source and target agree — nothing to review.
Checks can also run on a schedule (consistency: schedule in workspace.yaml).</source>
        <translation>数据源与目标一致 — 无需复核。
也可以按计划自动核对（在 workspace.yaml 中设置 consistency: schedule）。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="410"/>
        <source>No open discrepancies — all that the latest check found have been fixed or repaired.</source>
        <translation>没有待处理的差异 — 最近一次核对发现的差异均已消除或修复。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="469"/>
        <source>Waiting for the run in progress to end</source>
        <translation>正在等待当前运行结束</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="470"/>
        <source>Compare %1&apos;s source and target record by record (F9)</source>
        <translation>逐条比对 %1 的数据源与目标 (F9)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="477"/>
        <source>Checking %1…</source>
        <translation>正在核对 %1…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="485"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="495"/>
        <source>%1: source and target agree (%2 records compared in %3).</source>
        <translation>%1：数据源与目标一致（已比对 %2 条记录，耗时 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="499"/>
        <source>%1: %2 missing in target, %3 extra, %4 with differing fields — %5 new, %6 fixed since the check before.</source>
        <translation>%1：目标缺失 %2 条，目标多余 %3 条，字段不一致 %4 条 — 与上次核对相比新增 %5 条、已消除 %6 条。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="504"/>
        <source>The check of %1 was cancelled; the figures are those of the last complete check.</source>
        <translation>%1 的核对已取消；显示的仍是上一次完整核对的结果。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="506"/>
        <source>The check of %1 failed: %2</source>
        <translation>%1 核对失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="569"/>
        <source>&amp;Pipeline:</source>
        <translation>管道(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="570"/>
        <source>Run &amp;Check</source>
        <translation>运行核对(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="571"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="572"/>
        <source>Stop the check or repair in progress</source>
        <translation>停止正在进行的核对或修复</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="573"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="574"/>
        <source>Save the discrepancies shown (filters applied, masked for your role) as XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>将当前显示的差异（按筛选条件，并按您的角色脱敏）保存为 XLSX 或 CSV（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="575"/>
        <source>Repair &amp;Selected…</source>
        <translation>修复所选(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="576"/>
        <source>Plan the writes that make the target match the source for the selected discrepancies; you confirm before anything is written</source>
        <translation>为所选差异规划使目标与数据源一致所需的写入；确认之前不会写入任何数据</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="578"/>
        <source>Repair &amp;All…</source>
        <translation>全部修复(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="579"/>
        <source>Plan the repair of every open discrepancy of this pipeline (filters do not apply); you confirm before anything is written</source>
        <translation>规划修复此管道所有待处理的差异（不受筛选条件限制）；确认之前不会写入任何数据</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="581"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="582"/>
        <source>Where Did This Come From?</source>
        <translation>数据从哪里来？</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="583"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>打开该记录的血缘：写入它的源记录、管道、运行和映射版本，以及它又被同步到了哪里 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="595"/>
        <source>Select a discrepancy first.</source>
        <translation>请先选择一条差异。</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencySummary</name>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="137"/>
        <source>No check yet. Run Check compares every record the source would write with the target.</source>
        <translation>尚未核对。“运行核对”会将数据源应写入的每条记录与目标逐条比对。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="139"/>
        <source>A check is in progress…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="141"/>
        <source>The latest check failed: %1</source>
        <translation>最近一次核对失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="145"/>
        <source>The latest check was cancelled.</source>
        <translation>最近一次核对已取消。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="147"/>
        <source>✓ Source and target agree: all %1 records match.</source>
        <translation>✓ 数据源与目标一致：全部 %1 条记录相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencysummary.cpp" line="150"/>
        <source>%n discrepancy(ies) between source and target.</source>
        <translation>
            <numerusform>数据源与目标之间有 %n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="154"/>
        <source>The figures below are from the check before.</source>
        <translation>下方数字来自上一次核对。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="169"/>
        <source>scheduled</source>
        <translation>计划任务</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="170"/>
        <source>after a repair</source>
        <translation>修复后复核</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="171"/>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="172"/>
        <source>Checked %1 (%2) by %3 · %4 · %5 → %6</source>
        <translation>核对时间 %1（%2），执行人 %3 · %4 · %5 → %6</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="237"/>
        <source>Source records</source>
        <translation>源记录数</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="238"/>
        <source>Target records</source>
        <translation>目标记录数</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="243"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="245"/>
        <source>Fixed</source>
        <translation>已消除</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencysummary.cpp" line="253"/>
        <source>Discrepancies per check, by kind, for the last %n stored check(s)</source>
        <translation>
            <numerusform>最近 %n 次核对中各类差异的数量</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="244"/>
        <source>Still open</source>
        <translation>仍未解决</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="246"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="247"/>
        <source>Records the source would write, after the mapping&apos;s skips</source>
        <translation>数据源应写入的记录数（已除去映射跳过的记录）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="248"/>
        <source>Found by this check, not open after the check before</source>
        <translation>本次核对发现、上次核对后并未处于待处理状态的差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="249"/>
        <source>Open after the check before, found again</source>
        <translation>上次核对后待处理、本次再次发现的差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="250"/>
        <source>Open after the check before, not found again</source>
        <translation>上次核对时待处理、本次未再发现的差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="254"/>
        <source>The trend of discrepancies appears here after the first check.</source>
        <translation>首次核对后，这里会显示差异趋势。</translation>
    </message>
</context>
<context>
    <name>concord::ConsoleActions</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="74"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="75"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="76"/>
        <source>Create a workspace folder with its first system and dataset, read from a table (%1)</source>
        <translation>新建工作区文件夹，并读取一张表的结构，生成第一个系统和数据集（%1）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="78"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="79"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="80"/>
        <source>Open a folder that contains a workspace.yaml</source>
        <translation>打开包含 workspace.yaml 的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="81"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="82"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="83"/>
        <source>Open the demo workspace with five department databases (created on first use)</source>
        <translation>打开包含五个部门数据库的演示工作区（首次使用时自动创建）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="85"/>
        <source>&amp;Run Now</source>
        <translation>立即运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="86"/>
        <source>Run Now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="87"/>
        <source>Run the selected pipeline now (Ctrl+R)</source>
        <translation>立即运行所选管道 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="88"/>
        <source>&amp;Dry Run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="89"/>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="90"/>
        <source>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</source>
        <translation>预览所选管道将写入的内容，不实际写入 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="91"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="93"/>
        <source>Stop the running pipeline at the next batch boundary (Esc)</source>
        <translation>在下一个批次边界停止正在运行的管道 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="94"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="95"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="96"/>
        <source>Stop scheduled runs and retries of the selected pipeline; a run in progress stops at its next batch (Ctrl+P)</source>
        <translation>停止所选管道的定时运行和重试；正在进行的运行会在下一个批次处停下 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="98"/>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="99"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="100"/>
        <source>Let the selected pipeline run on its schedule again; an open circuit is probed at once (Ctrl+Shift+P)</source>
        <translation>让所选管道重新按计划运行；已打开的熔断会立即试探 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="102"/>
        <source>&amp;Backfill…</source>
        <translation>回填(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="103"/>
        <source>Backfill</source>
        <translation>回填</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="104"/>
        <source>Re-read the selected pipeline&apos;s source from a point in time, or all of it (Ctrl+B)</source>
        <translation>从某个时间点起重新读取所选管道的数据源，或全部重新读取 (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="105"/>
        <source>Show &amp;Dead Letters</source>
        <translation>查看死信(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="106"/>
        <source>The dead letters of the selected pipeline</source>
        <translation>所选管道的死信</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="107"/>
        <source>Run &amp;Schedules in This Console</source>
        <translation>在此控制台运行定时任务(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="109"/>
        <source>While this console is open it runs pipelines on their schedules, retries failed runs and checks the alert rules</source>
        <translation>此控制台打开期间，按计划运行管道、重试失败的运行并检查告警规则</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="112"/>
        <source>Edit &amp;Mapping…</source>
        <translation>编辑映射(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="113"/>
        <source>Mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="114"/>
        <source>Open the selected pipeline&apos;s mapping in the mapping editor (Ctrl+E)</source>
        <translation>在映射编辑器中打开所选管道的映射（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="115"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="116"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="117"/>
        <source>Re-read pipeline statuses from the state store (F5)</source>
        <translation>从状态库重新读取管道状态 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="118"/>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="119"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="120"/>
        <source>Language, theme, the role to view as, log level and export folder (%1)</source>
        <translation>界面语言、主题、查看角色、日志级别和导出文件夹（%1）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="122"/>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="123"/>
        <source>The steward&apos;s daily tasks, step by step (%1)</source>
        <translation>数据管理员的日常工作，分步说明（%1）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="124"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="125"/>
        <source>Every command&apos;s shortcut (%1)</source>
        <translation>所有命令的快捷键（%1）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="126"/>
        <source>&amp;About Concord</source>
        <translation>关于 Concord(&amp;A)</translation>
    </message>
</context>
<context>
    <name>concord::ConsoleSession</name>
    <message>
        <location filename="../ui/consolesession.cpp" line="129"/>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
</context>
<context>
    <name>concord::DeadLetterModel</name>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="125"/>
        <source>Replays that failed again</source>
        <translation>重放后再次失败的次数</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="128"/>
        <source>Edited by a steward; waiting for a replay</source>
        <translation>已由数据管理员修改，等待重放</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="128"/>
        <source>Waiting for a fix and a replay</source>
        <translation>等待修复并重放</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="129"/>
        <source>%1 by %2, %3: %4</source>
        <translation>%1（%2，%3）：%4</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="146"/>
        <source>#</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="147"/>
        <source>Failed</source>
        <translation>失败时间</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="148"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="149"/>
        <source>Record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="150"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="151"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="152"/>
        <source>Replays</source>
        <translation>重放次数</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="153"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::DeadLetterPage</name>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="414"/>
        <source>No dead letter selected</source>
        <translation>未选择死信</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="415"/>
        <source>Select a dead letter to see why it failed and the record as it was read.</source>
        <translation>选择一条死信，查看失败原因和当时读取到的记录。</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="422"/>
        <source>Dead letter %1</source>
        <translation>死信 %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="425"/>
        <source>%1 by %2, %3 — %4</source>
        <translation>%1（%2，%3）— %4</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="427"/>
        <source>%1, edited: replay it to write the corrected record</source>
        <translation>%1，已修改：重放即可写入修正后的记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterpage.cpp" line="428"/>
        <source>%n replay(s) failed again</source>
        <translation>
            <numerusform>%n 次重放再次失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="428"/>
        <source>none yet</source>
        <translation>尚未重放</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="433"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="434"/>
        <source>Record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="435"/>
        <source>Failed</source>
        <translation>失败时间</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="435"/>
        <source>%1 (%2), run %3</source>
        <translation>%1（%2），运行 %3</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="439"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="440"/>
        <source>Replays</source>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="441"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="443"/>
        <source>Trace</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="447"/>
        <source>The record cannot be shown: %1</source>
        <translation>无法显示该记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="452"/>
        <source>&lt;b&gt;Record as read from the source&lt;/b&gt; (shown as %1 may see it)</source>
        <translation>&lt;b&gt;从数据源读取的记录&lt;/b&gt;（按 %1 可见的方式显示）</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="464"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="467"/>
        <source>Masked for %1</source>
        <translation>已对 %1 脱敏</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="498"/>
        <source>Replay every open dead letter of every pipeline</source>
        <translation>重放所有管道的全部待处理死信</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="499"/>
        <source>Replay every open dead letter of %1</source>
        <translation>重放 %1 的全部待处理死信</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="510"/>
        <source>Open a workspace to see its dead letters.</source>
        <translation>打开工作区即可查看其死信。</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="512"/>
        <source>Reading dead letters…</source>
        <translation>正在读取死信…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="514"/>
        <source>No open dead letters — every record was written.
A record that fails permanently (bad data, a constraint in the target) lands here with its error; fix the mapping or the record, then replay it.</source>
        <translation>没有待处理的死信——所有记录都已写入。
永久失败的记录（数据有误、违反目标库约束等）会连同错误信息进入这里；修正映射或记录后即可重放。</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="518"/>
        <source>No dead letters match the filter.</source>
        <translation>没有符合筛选条件的死信。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterpage.cpp" line="530"/>
        <source>Replaying %n dead letter(s)…</source>
        <translation>
            <numerusform>正在重放 %n 条死信…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="539"/>
        <source>Replaying every open dead letter…</source>
        <translation>正在重放全部待处理死信…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="540"/>
        <source>Replaying every open dead letter of %1…</source>
        <translation>正在重放 %1 的全部待处理死信…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="595"/>
        <source>&amp;Pipeline:</source>
        <translation>管道(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="596"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="597"/>
        <source>E&amp;rror:</source>
        <translation>错误(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="598"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="599"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="600"/>
        <source>Replayed</source>
        <translation>已重放</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="601"/>
        <source>Discarded</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="602"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="603"/>
        <source>All error codes</source>
        <translation>全部错误码</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="604"/>
        <source>Search key or message (Ctrl+F)</source>
        <translation>搜索主键或消息 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="605"/>
        <source>&amp;Replay Selected</source>
        <translation>重放所选(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="606"/>
        <source>Map and write the selected records again with the current mapping (Ctrl+Enter)</source>
        <translation>用当前映射重新映射并写入所选记录 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="607"/>
        <source>Replay &amp;All</source>
        <translation>全部重放(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="608"/>
        <source>&amp;Edit Field…</source>
        <translation>编辑字段(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="609"/>
        <source>Correct one field of the failed record before replaying it</source>
        <translation>重放前修正失败记录中的一个字段</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="610"/>
        <source>&amp;Discard…</source>
        <translation>丢弃(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="611"/>
        <source>Close the selected letters without writing them; a reason is required (Del)</source>
        <translation>不写入而直接关闭所选死信；必须填写原因 (Del)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="612"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="613"/>
        <source>Where Did This Come From?</source>
        <translation>数据从哪里来？</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="614"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>打开该记录的血缘：写入它的源记录、管道、运行和映射版本，以及它又被同步到了哪里 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="616"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="616"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="632"/>
        <source>Select a dead letter first.</source>
        <translation>请先选择一条死信。</translation>
    </message>
</context>
<context>
    <name>concord::DiscardDialog</name>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="118"/>
        <source>Discard Dead Letters</source>
        <translation>丢弃死信</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="119"/>
        <source>Discard %n dead letter(s)? They will not be replayed; they stay in the list as discarded, with your name and the reason.</source>
        <translation>
            <numerusform>丢弃这 %n 条死信？它们不会再被重放，将以“已丢弃”状态留在列表中，并记下您的姓名和原因。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="123"/>
        <source>&amp;Reason (required, goes into the audit trail):</source>
        <translation>原因（必填，将记入审计日志）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="127"/>
        <source>e.g. test record, the customer was deleted in CRM</source>
        <translation>例如：测试数据；该客户已在 CRM 中删除</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="129"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyDetail</name>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="201"/>
        <source>No discrepancy selected</source>
        <translation>未选择差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="202"/>
        <source>Select a discrepancy to compare the record field by field: source on the left, target on the right, differing fields highlighted.</source>
        <translation>选择一条差异即可逐字段对比该记录：左侧为数据源，右侧为目标，不一致的字段会高亮显示。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="209"/>
        <source>Record %1 — %2</source>
        <translation>记录 %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancydetail.cpp" line="212"/>
        <source>differing: %1 of %n field(s)</source>
        <translation>
            <numerusform>不一致：%1 / %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="213"/>
        <source>first seen %1</source>
        <translation>首次发现于 %1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="216"/>
        <source>shown as %1 may see it</source>
        <translation>按 %1 可见的内容显示</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="220"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyDetailModel</name>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="88"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="110"/>
        <source>%1 differs between source and target</source>
        <translation>%1 在数据源与目标之间不一致</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="112"/>
        <source>The source would not write this record</source>
        <translation>数据源不会写入这条记录</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="112"/>
        <source>The target does not have this record</source>
        <translation>目标中没有这条记录</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="114"/>
        <source>Masked for your role</source>
        <translation>已按您的角色脱敏</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="129"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="130"/>
        <source>Source (no record)</source>
        <translation>数据源（无此记录）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="130"/>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="131"/>
        <source>Target (no record)</source>
        <translation>目标（无此记录）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="131"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="138"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="139"/>
        <source>Showing %1 of %n discrepancy(ies)</source>
        <translation>
            <numerusform>显示 %1 / %n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="152"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="153"/>
        <source>F&amp;ield:</source>
        <translation>字段(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="154"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="158"/>
        <source>All fields</source>
        <translation>全部字段</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="159"/>
        <source>Only records whose value of this field differs</source>
        <translation>只显示该字段值不一致的记录</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="160"/>
        <source>Include fi&amp;xed</source>
        <translation>包含已消除(&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="161"/>
        <source>Also list discrepancies that a later check no longer found, or that a repair wrote</source>
        <translation>同时列出后续核对中已不再出现或已通过修复写入的差异</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="162"/>
        <source>Search key or value (Ctrl+F)</source>
        <translation>搜索主键或字段值 (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyModel</name>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="70"/>
        <source>Missing in target</source>
        <translation>目标缺失</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="71"/>
        <source>Extra in target</source>
        <translation>目标多余</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="72"/>
        <source>Fields differ</source>
        <translation>字段不一致</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="80"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="82"/>
        <source>Fixed</source>
        <translation>已消除</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="84"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="113"/>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="171"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="149"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="151"/>
        <source>First found by the latest check</source>
        <translation>最近一次核对首次发现</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="151"/>
        <source>Found by an earlier check too</source>
        <translation>之前的核对中也发现过</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="167"/>
        <source>Record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="168"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="169"/>
        <source>Differing fields</source>
        <translation>不一致的字段</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="172"/>
        <source>First seen</source>
        <translation>首次发现</translation>
    </message>
</context>
<context>
    <name>concord::DriftPane</name>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="49"/>
        <source>Not everything could be looked at: %1</source>
        <translation>部分内容未能检查：%1</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="76"/>
        <source>Looking at every pipeline&apos;s tables…</source>
        <translation>正在检查每条管道的表……</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="93"/>
        <source>added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="95"/>
        <source>removed (was %1)</source>
        <translation>已删除（原为 %1）</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="96"/>
        <source>retyped: %1 → %2</source>
        <translation>类型变更：%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="106"/>
        <source>nothing Concord uses</source>
        <translation>未被 Concord 使用</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="108"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="109"/>
        <source>resolved: the table is as before</source>
        <translation>已恢复：表结构与之前一致</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="110"/>
        <source>acknowledged by %1</source>
        <translation>已由 %1 确认</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="121"/>
        <source>No open schema drift: the tables look as they did.</source>
        <translation>没有待处理的结构漂移：表结构与之前一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/driftpane.cpp" line="122"/>
        <source>%n change(s) to the tables wait for a steward. A removed or retyped column that a pipeline reads or writes pauses it until acknowledged and resumed.</source>
        <translation>
            <numerusform>%n 处表结构变更等待数据管理员处理。管道读取或写入的列被删除或类型变更时，该管道会暂停，直至确认并恢复。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="125"/>
        <location filename="../ui/audit/driftpane.cpp" line="145"/>
        <source>Schema Drift</source>
        <translation>结构漂移</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="125"/>
        <location filename="../ui/audit/driftpane.cpp" line="145"/>
        <source>Schema Drift (%1)</source>
        <translation>结构漂移（%1）</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="138"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="139"/>
        <source>Mark the selected changes as seen (audited); a paused pipeline is resumed separately</source>
        <translation>将所选变更标记为已查看（记入审计）；已暂停的管道需另行恢复</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="140"/>
        <source>Check Now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="141"/>
        <source>Read every pipeline&apos;s tables now and compare them with what was seen before</source>
        <translation>立即读取每条管道的表，并与上次所见比较</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="142"/>
        <source>Show acknowledged</source>
        <translation>显示已确认</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Touches</source>
        <translation>涉及</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Seen</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>concord::DryRunPanel</name>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="57"/>
        <location filename="../ui/dryrunpanel.cpp" line="99"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="58"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="59"/>
        <location filename="../ui/dryrunpanel.cpp" line="99"/>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="64"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="66"/>
        <source>Withheld for the role you view as; the target receives what its own clearance allows</source>
        <translation>按您当前查看的角色已脱敏或隐藏；目标系统按其自身许可级别接收数据</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="90"/>
        <source>Dry run result</source>
        <translation>试运行结果</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="92"/>
        <source>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</source>
        <translation>“管道 → 试运行”(Ctrl+Shift+R) 会在这里列出一次运行将写入的内容，但不会实际写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="95"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
        <source>Key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="104"/>
        <source>Dry run of %1 failed: %2</source>
        <translation>%1 试运行失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="106"/>
        <source>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</source>
        <translation>%1 试运行：读取 %2 行；正式运行将插入 %3 行、更新 %4 行；%5 条记录将失败。未写入任何数据。（耗时 %6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dryrunpanel.cpp" line="111"/>
        <source>The first %n planned write(s):</source>
        <translation>
            <numerusform>以下是前 %n 条计划写入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::EditFieldDialog</name>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="20"/>
        <source>Edit Dead Letter %1</source>
        <translation>编辑死信 %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="21"/>
        <source>Change one field of the record that failed, then replay it. The change is in the audit trail (the field&apos;s name, never its value).</source>
        <translation>修改失败记录中的一个字段，然后重放。此次修改会记入审计日志（只记字段名，不记字段值）。</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="27"/>
        <source>%1 (masked for you)</source>
        <translation>%1（对您已脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="30"/>
        <source>Set to &amp;NULL</source>
        <translation>设为 NULL(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="35"/>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="36"/>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="38"/>
        <source>Save Edit</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="108"/>
        <source>This field is masked for your role, so you cannot edit it: a new value would replace one you cannot see. Ask a steward who may see it in clear.</source>
        <translation>此字段对您的角色已脱敏，因此不能编辑：新值会覆盖一个您看不到的值。请联系可以查看明文的数据管理员。</translation>
    </message>
</context>
<context>
    <name>concord::ExportFile</name>
    <message>
        <location filename="../ui/exportfile.cpp" line="21"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/exportfile.cpp" line="22"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>concord::FieldRulePanel</name>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="270"/>
        <source>Change where %1 comes from</source>
        <translation>修改 %1 的取值来源</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="272"/>
        <source>Map %1 from %2</source>
        <translation>%1 取自 %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="273"/>
        <source>Edit the expression of %1</source>
        <translation>编辑 %1 的表达式</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="275"/>
        <source>Edit the constant of %1</source>
        <translation>编辑 %1 的常量</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="279"/>
        <source>Add transform %1 to %2</source>
        <translation>为 %2 添加转换 %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="286"/>
        <source>Remove a transform of %1</source>
        <translation>删除 %1 的一个转换</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="302"/>
        <source>Add a case to %1</source>
        <translation>为 %1 添加条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="312"/>
        <source>Remove a case of %1</source>
        <translation>删除 %1 的一个条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="321"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="336"/>
        <source>Edit a case of %1</source>
        <translation>编辑 %1 的条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="339"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="340"/>
        <source>Edit the else of %1</source>
        <translation>编辑 %1 的 else</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="341"/>
        <source>Edit the default of %1</source>
        <translation>编辑 %1 的默认值</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="342"/>
        <source>Change the null policy of %1</source>
        <translation>修改 %1 的空值策略</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="343"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="344"/>
        <source>Change the type of %1</source>
        <translation>修改 %1 的类型</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="345"/>
        <source>Describe %1</source>
        <translation>编辑 %1 的说明</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="350"/>
        <source>Value from</source>
        <translation>取值来源</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="351"/>
        <source>Transforms</source>
        <translation>转换</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="352"/>
        <source>Cases</source>
        <translation>条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="353"/>
        <source>Else</source>
        <translation>否则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="354"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="355"/>
        <source>On null</source>
        <translation>空值时</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="356"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="357"/>
        <source>Lookup</source>
        <translation>查找表</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="358"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="359"/>
        <source>expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="360"/>
        <source>Checked: the else value is an expression; otherwise a constant</source>
        <translation>勾选：else 的值是表达式；否则是常量</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>Then</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>ƒ</source>
        <translation>ƒ</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="362"/>
        <source>Checked: Then is an expression; otherwise a constant</source>
        <translation>勾选：结果是表达式；否则是常量</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="363"/>
        <source>Add the chosen transform at the end</source>
        <translation>把所选转换加到末尾</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="364"/>
        <source>Remove the selected transform</source>
        <translation>删除所选转换</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="365"/>
        <source>Apply the selected transform earlier</source>
        <translation>让所选转换提前执行</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="366"/>
        <source>Apply the selected transform later</source>
        <translation>让所选转换推后执行</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="367"/>
        <source>Add a case</source>
        <translation>添加条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="368"/>
        <source>Remove the selected case</source>
        <translation>删除所选条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="369"/>
        <source>Move the selected case up (the first case that matches wins)</source>
        <translation>上移所选条件分支（第一个满足的分支生效）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="370"/>
        <source>Move the selected case down</source>
        <translation>下移所选条件分支</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="371"/>
        <source>a constant, e.g. &apos;CN&apos; or 0</source>
        <translation>常量，例如 &apos;CN&apos; 或 0</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="372"/>
        <source>(none: the value passes through)</source>
        <translation>（无：原值通过）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="373"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="374"/>
        <source>Condition of the selected case, e.g. value in [&apos;Lost&apos;, &apos;Cancelled&apos;]</source>
        <translation>所选分支的条件，例如 value in [&apos;Lost&apos;, &apos;Cancelled&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="375"/>
        <source>e.g. concat(first_name, &apos; &apos;, last_name)</source>
        <translation>例如 concat(first_name, &apos; &apos;, last_name)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>(not mapped)</source>
        <translation>（不映射）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Source field</source>
        <translation>源字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="383"/>
        <source>keep null</source>
        <translation>保留空值</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="384"/>
        <source>use the default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="385"/>
        <source>skip the record</source>
        <translation>跳过该记录</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="386"/>
        <source>fail the record</source>
        <translation>该记录失败</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="405"/>
        <source>Select a target field to edit its rule.</source>
        <translation>选择一个目标字段以编辑其规则。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="412"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="464"/>
        <source>target&apos;s type (%1)</source>
        <translation>目标字段类型（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="478"/>
        <source>inline table of %n value(s) — edit it in the YAML tab</source>
        <translation>
            <numerusform>内联表，%n 个值 — 请在 YAML 页编辑</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="479"/>
        <source>%1: %2 → %3 — edit it in the YAML tab</source>
        <translation>%1：%2 → %3 — 请在 YAML 页编辑</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="481"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="530"/>
        <source>⚠ Required, but not mapped: every record would fail.</source>
        <translation>⚠ 必填但未映射：每条记录都会失败。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="608"/>
        <source>Reorder the transforms of %1</source>
        <translation>调整 %1 的转换顺序</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="632"/>
        <source>Reorder the cases of %1</source>
        <translation>调整 %1 的条件分支顺序</translation>
    </message>
</context>
<context>
    <name>concord::FieldsStep</name>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="34"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="35"/>
        <source>Concord reads every declared field. Check the suggested types (exact decimals, never floating point), the key, and what tracks changes; tag sensitive fields L3. The Sensitivity page can suggest tags from sample values later.</source>
        <translation>Concord 会读取每个已声明的字段。请检查建议的类型（精确小数，不用浮点数）、主键和用于跟踪变化的列；把敏感字段标为 L3。以后在“敏感级别与策略”页面还可以根据样本值建议标签。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>SQL type</source>
        <translation>SQL 类型</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Sensitivity</source>
        <translation>敏感级别</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="47"/>
        <source>A timestamp or a number that grows on every change: runs read only what changed since the last one. Without it every run reads the whole table.</source>
        <translation>每次修改都会增大的时间戳或数字：每次运行只读取上次之后变化的行。没有它，每次运行都读取整张表。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="50"/>
        <source>A column that marks a row as deleted: such rows delete the target&apos;s row.</source>
        <translation>标记行已删除的列：被标记的行会删除目标中对应的行。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="53"/>
        <source>&amp;Dataset name:</source>
        <translation>数据集名称(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="54"/>
        <source>&amp;Changes tracked by:</source>
        <translation>变化跟踪列(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="55"/>
        <source>&amp;Deleted rows marked by:</source>
        <translation>删除标记列(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="87"/>
        <source>The dataset name holds letters, digits, _ and -, and starts with a letter.</source>
        <translation>数据集名称只能包含字母、数字、_ 和 -，并以字母开头。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="89"/>
        <source>Declare at least one column.</source>
        <translation>请至少声明一列。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="91"/>
        <source>Mark the column(s) that identify a row as Key: writes are upserts on the key.</source>
        <translation>请把能唯一标识一行的列标为主键：写入按主键 upsert。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="95"/>
        <source>&quot;%1&quot; is not a type of field %2: int, decimal(p,s), string, bool, date, timestamp or json.</source>
        <translation>“%1”不是字段 %2 可用的类型：int、decimal(p,s)、string、bool、date、timestamp 或 json。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="112"/>
        <source>The table&apos;s primary key is (%1); %2 is not a key field here. Writes upsert on the key you declare, so rows that differ only in %2 would overwrite each other.</source>
        <translation>表的主键是（%1）；%2 在这里不是主键字段。写入按您声明的主键 upsert，因此只在 %2 上不同的行会互相覆盖。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="150"/>
        <source>Reading the columns of %1…</source>
        <translation>正在读取 %1 的列…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/newworkspace/fieldssteps.h" line="154"/>
        <source>%n column(s) in %1.</source>
        <translation>
            <numerusform>%1 共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="187"/>
        <source>Not a valid field name (letters, digits, _ and -): left out. Rename the column or map it through a view.</source>
        <translation>不是有效的字段名（只能包含字母、数字、_ 和 -），已略过。请重命名该列，或通过视图映射。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="190"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="198"/>
        <source>Values are converted to this type as they are read; decimal(p,s) is exact.</source>
        <translation>读取时把值转换为此类型；decimal(p,s) 为精确小数。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="209"/>
        <source>L2 (default)</source>
        <translation>L2（默认）</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="210"/>
        <source>L1 public</source>
        <translation>L1 公开</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="211"/>
        <source>L3 restricted</source>
        <translation>L3 受限</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="241"/>
        <source>(nothing: read the whole table each run)</source>
        <translation>（无：每次运行读取整张表）</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="244"/>
        <source>(rows are deleted for real)</source>
        <translation>（行被真正删除）</translation>
    </message>
</context>
<context>
    <name>concord::FolderStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="46"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="47"/>
        <source>A workspace is a folder with a workspace.yaml. Choose a new or empty folder; keep it in git with the mappings you will add.</source>
        <translation>工作区是一个包含 workspace.yaml 的文件夹。请选择一个新的或空的文件夹；建议连同以后添加的映射一起放进 git。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="53"/>
        <source>e.g. 销售与财务同步</source>
        <translation>例如：销售与财务同步</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="55"/>
        <source>e.g. sales (optional)</source>
        <translation>例如：sales（可选）</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="56"/>
        <source>The department that owns the first system. It becomes the workspace&apos;s first department; roles and visibility rules refer to departments.</source>
        <translation>第一个系统所属的部门，也是工作区的第一个部门；角色和可见性规则都按部门引用。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="58"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="61"/>
        <source>Workspace Folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="69"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="72"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="73"/>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="94"/>
        <source>Give the folder&apos;s full path.</source>
        <translation>请填写文件夹的完整路径。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="96"/>
        <source>%1 already holds a workspace: open it with File → Open Workspace, or choose another folder.</source>
        <translation>%1 已经是一个工作区：请用“文件 → 打开工作区”打开它，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="99"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="102"/>
        <source>A department name holds letters, digits, _ and -, and starts with a letter.</source>
        <translation>部门名称只能包含字母、数字、_ 和 -，并以字母开头。</translation>
    </message>
</context>
<context>
    <name>concord::LineagePage</name>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="154"/>
        <source>Cannot read the lineage: %1</source>
        <translation>无法读取血缘：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="250"/>
        <source>%n masked</source>
        <translation>
            <numerusform>%n 个字段脱敏</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="255"/>
        <source>Some fields are masked or dropped on the way</source>
        <translation>部分字段在同步途中被脱敏或丢弃</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="282"/>
        <source>Fields of %1: %2 → %3 (mapping %4)</source>
        <translation>%1 的字段：%2 → %3（映射 %4）</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="289"/>
        <source>masked: %1</source>
        <translation>脱敏：%1</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="291"/>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="292"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="318"/>
        <source>Choose a dataset and type a record&apos;s key.</source>
        <translation>请选择数据集并输入记录主键。</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="325"/>
        <source>Tracing %1 %2…</source>
        <translation>正在追踪 %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="339"/>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="341"/>
        <source>nothing Concord wrote: entered in this system, or older than the kept lineage</source>
        <translation>不是 Concord 写入的：在本系统中录入，或早于保留的血缘记录</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="343"/>
        <source>Went to</source>
        <translation>去向</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="345"/>
        <source>no pipeline has written it onwards</source>
        <translation>没有管道把它继续同步到别处</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="350"/>
        <source>%1 %2: %n hop(s) upstream, </source>
        <translation>
            <numerusform>%1 %2：上游 %n 跳，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="351"/>
        <source>%n downstream. Double-click a record to follow it.</source>
        <translation>
            <numerusform>下游 %n 跳。双击某条记录可继续追踪。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="368"/>
        <source>inserted</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="369"/>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="370"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="371"/>
        <source>rewritten unchanged</source>
        <translation>重写（未变化）</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="373"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="379"/>
        <source>by %1, trace %2</source>
        <translation>由 %1 执行，追踪 ID %2</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="393"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="394"/>
        <source>Key:</source>
        <translation>主键：</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="395"/>
        <source>the record&apos;s key; a composite key as a JSON array</source>
        <translation>记录主键；复合主键写成 JSON 数组</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="396"/>
        <source>Where Did This Come From?</source>
        <translation>数据从哪里来？</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Mapping version</source>
        <translation>映射版本</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="398"/>
        <source>Dataset lineage: every pipeline of the workspace. Select an arrow to see its fields.</source>
        <translation>数据集血缘：工作区中的全部管道。选择一个箭头可查看其字段流向。</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>Target field</source>
        <translation>目标字段</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="401"/>
        <source>Fields: select a pipeline</source>
        <translation>字段：请选择一个管道</translation>
    </message>
</context>
<context>
    <name>concord::LoadingPage</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="331"/>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
</context>
<context>
    <name>concord::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="161"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Selected pipeline</source>
        <translation>所选管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Selected: %1</source>
        <translation>所选：%1</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="163"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="164"/>
        <source>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</source>
        <translation>只显示某个管道的日志；“所选”跟随导航栏或表格中选中的管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="165"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="166"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="167"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="168"/>
        <source>Filter by message, record, error code or trace id</source>
        <translation>按消息、记录、错误码或追踪 ID 筛选</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="169"/>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
</context>
<context>
    <name>concord::LogTableModel</name>
    <message>
        <location filename="../ui/logmodel.cpp" line="136"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="137"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="138"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="139"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="140"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="141"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="142"/>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
</context>
<context>
    <name>concord::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="57"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="58"/>
        <source>Last 6 hours</source>
        <translation>最近 6 小时</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="59"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="60"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="61"/>
        <source>Everything kept</source>
        <translation>全部保留的日志</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="416"/>
        <source>Reading the log files…</source>
        <translation>正在读取日志文件……</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="421"/>
        <source>No log yet. The console and concordctl write one JSON line per event to %1; run a pipeline and it appears here.</source>
        <translation>还没有日志。控制台和 concordctl 会把每个事件写成一行 JSON，保存在 %1；运行一条管道后即会显示在这里。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="424"/>
        <source>No entries match in %n line(s) read. Widen the time range or clear a filter.</source>
        <translation>
            <numerusform>已读取 %n 行，没有匹配的条目。请扩大时间范围或清除筛选条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="428"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="430"/>
        <source>only the newest %1 are shown: narrow the filters to see older ones</source>
        <translation>仅显示最新的 %1 条：缩小筛选范围可查看更早的条目</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="432"/>
        <source>reading was cancelled: not every entry was read</source>
        <translation>读取已取消：并非所有条目都已读取</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="434"/>
        <source>%n line(s) were not log entries</source>
        <translation>
            <numerusform>%n 行不是日志条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="436"/>
        <source>following (%n new)</source>
        <translation>
            <numerusform>实时跟踪中（新增 %n 条）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="443"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="444"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="445"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="446"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="447"/>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="448"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="449"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="450"/>
        <source>Source system</source>
        <translation>源系统</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="451"/>
        <source>Target system</source>
        <translation>目标系统</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="452"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="453"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="455"/>
        <source>As written:</source>
        <translation>原始记录：</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="483"/>
        <source>Export Log Entries</source>
        <translation>导出日志条目</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="519"/>
        <source>The log entries could not be exported: %1</source>
        <translation>无法导出日志条目：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="532"/>
        <source>%n log entries exported to %1</source>
        <translation>
            <numerusform>已将 %n 条日志导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="559"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="560"/>
        <source>Read the log files again (F5)</source>
        <translation>重新读取日志文件（F5）</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="561"/>
        <source>Follow</source>
        <translation>实时跟踪</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="562"/>
        <source>Add what the console and concordctl write while this page is open</source>
        <translation>本页打开期间，持续加入控制台和 concordctl 新写入的日志</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="563"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="564"/>
        <source>Write the entries shown to an Excel workbook or a CSV file (audited)</source>
        <translation>将显示的条目写入 Excel 工作簿或 CSV 文件（记入审计）</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="565"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="568"/>
        <source>Pipeline:</source>
        <translation>管道：</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="569"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="570"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="571"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="572"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="573"/>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="575"/>
        <source>Trace id:</source>
        <translation>追踪 ID：</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="576"/>
        <source>one run&apos;s lines</source>
        <translation>单次运行的日志</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="577"/>
        <source>Message, record, system or process contains…</source>
        <translation>消息、记录、系统或进程包含……</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="578"/>
        <source>Stop reading (what was read so far is kept)</source>
        <translation>停止读取（保留已读取的内容）</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>About Concord</source>
        <translation>关于 Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;让各部门系统之间的数据保持一致：映射规则、同步管道、死信及其历史，尽在一个控制台。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Replaying %n dead letter(s)…</source>
        <translation>
            <numerusform>正在重放 %n 条死信…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Replaying every open dead letter…</source>
        <translation>正在重放全部待处理死信…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Replaying the open dead letters of %1…</source>
        <translation>正在重放 %1 的待处理死信…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="52"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="70"/>
        <source>Created %1; a run is in progress, so open it from File → Open Recent when it has finished.</source>
        <translation>已创建 %1；当前有运行正在进行，请在运行结束后从“文件 → 最近打开”打开它。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="75"/>
        <source>Created %1: add the target system, a pipeline and its mapping next.</source>
        <translation>已创建 %1：接下来请添加目标系统、管道及其映射。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="108"/>
        <source>Drop to open it</source>
        <translation>松开鼠标即可打开</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="124"/>
        <source>A run is in progress: drop it again when it has finished.</source>
        <translation>当前有运行正在进行：请在运行结束后再拖放。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="154"/>
        <source>%1 is not the mapping of any pipeline in %2: name it as a pipeline&apos;s mapping in workspace.yaml first.</source>
        <translation>%1 不是 %2 中任何管道的映射：请先在 workspace.yaml 中把它设为某条管道的 mapping。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="175"/>
        <source>The demo workspace could not be created: %1</source>
        <translation>无法创建演示工作区：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>%1 failed: %2</source>
        <translation>%1 运行失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</source>
        <translation>%1 已在处理 %2 行后取消；下次运行将从上一个断点继续。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</source>
        <translation>%1 试运行完成，耗时 %2：计划插入 %3 行、更新 %4 行，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</source>
        <translation>%1 运行完成，耗时 %2：写入 %3 行，%4 条记录进入死信。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>%1 finished in %2: %3 rows written.</source>
        <translation>%1 运行完成，耗时 %2：写入 %3 行。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Switched off for this session by CONCORD_SCHEDULER=off</source>
        <translation>本次会话已由 CONCORD_SCHEDULER=off 关闭</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="199"/>
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="203"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n 个管道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>%1 open dead letters</source>
        <translation>%1 条待处理死信</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>%n alert(s) to acknowledge</source>
        <translation>
            <numerusform>%n 条告警待确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>schedules run in this console</source>
        <translation>定时任务在此控制台运行</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>schedules off in this console</source>
        <translation>此控制台不运行定时任务</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>Concord — %1</source>
        <translation>Concord — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="691"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="692"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>&amp;Pipeline</source>
        <translation>管道(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="699"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="705"/>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>Dead &amp;Letters</source>
        <translation>死信(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>&amp;Consistency</source>
        <translation>一致性核对(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>C&amp;onflicts</source>
        <translation>冲突(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="710"/>
        <source>A&amp;udit Trail</source>
        <translation>审计日志(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>&amp;Lineage</source>
        <translation>数据血缘(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Lo&amp;gs</source>
        <translation>运行日志(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>Every pipeline with its state, last run, backlog and dead letters, and the charts</source>
        <translation>所有管道的状态、上次运行、积压和死信，以及图表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>Tag fields L1/L2/L3, choose masks and see who may see what</source>
        <translation>把字段标为 L1/L2/L3，选择脱敏方式，查看谁能看到什么</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="717"/>
        <source>Records that failed, with their error codes: fix, replay or discard them</source>
        <translation>失败的记录及其错误码：修正、重放或丢弃</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Alerts raised by the rules; acknowledge them here</source>
        <translation>规则触发的告警；在这里确认</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Compare source and target, review the discrepancies, export or repair them</source>
        <translation>比对数据源与目标，复核差异，导出或修复</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Two-way changes that need a decision, in a three-way view</source>
        <translation>需要裁决的双向修改，以三方对比视图呈现</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>Who did what and when, and whether the hash chain holds</source>
        <translation>谁在何时做了什么，以及哈希链是否完整</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>Where a record came from and where it went</source>
        <translation>一条记录从哪里来、同步到了哪里</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="723"/>
        <source>The log files of every process working on this workspace</source>
        <translation>处理此工作区的所有进程的日志文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="706"/>
        <source>&amp;Sensitivity and Policy</source>
        <translation>敏感级别与策略(&amp;S)</translation>
    </message>
</context>
<context>
    <name>concord::MappingCanvas</name>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="263"/>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="281"/>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="283"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="303"/>
        <source>key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="305"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="308"/>
        <source>ƒ cases</source>
        <translation>ƒ 条件</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="310"/>
        <source>ƒ expr</source>
        <translation>ƒ 表达式</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="314"/>
        <source>lookup</source>
        <translation>查找表</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="318"/>
        <source>required but not mapped</source>
        <translation>必填但未映射</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="319"/>
        <source>(unmapped)</source>
        <translation>（未映射）</translation>
    </message>
</context>
<context>
    <name>concord::MappingDocument</name>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="132"/>
        <source>Link %1 → %2</source>
        <translation>连接 %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="143"/>
        <source>Remove the rule of %1</source>
        <translation>删除 %1 的规则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="194"/>
        <source>Edit the YAML text</source>
        <translation>编辑 YAML 文本</translation>
    </message>
</context>
<context>
    <name>concord::MappingEditor</name>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="65"/>
        <source>Updating…</source>
        <translation>正在更新…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="130"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="131"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="132"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="133"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="134"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="135"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="136"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="136"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="137"/>
        <source>&amp;Auto-map…</source>
        <translation>自动映射(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="138"/>
        <source>Propose links for unmapped target fields with matching names</source>
        <translation>为名称匹配的未映射目标字段建议连线</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="139"/>
        <source>&amp;Remove the Selected Field&apos;s Rule</source>
        <translation>删除所选字段的规则(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="141"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="143"/>
        <source>Visual</source>
        <translation>可视化</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="144"/>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="145"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="146"/>
        <source>Preview (first %1 source records, live)</source>
        <translation>预览（前 %1 条源记录，实时）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="147"/>
        <source>Samples from JSON…</source>
        <translation>从 JSON 读取样本…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="148"/>
        <source>Samples from the source</source>
        <translation>从源读取样本</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="149"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="150"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="163"/>
        <source>%1 cannot be opened:

%2</source>
        <translation>无法打开 %1：

%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="258"/>
        <source>The YAML text has errors and was not applied; see the YAML tab.</source>
        <translation>YAML 文本有错误，未生效；请查看 YAML 页。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="331"/>
        <source>No preview: the mapping has %n problem(s).</source>
        <translation>
            <numerusform>无法预览：映射有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="348"/>
        <source>%1 record(s) from %2 · %3 mapped · %4 skipped · %5 failed · as %6</source>
        <translation>来自 %2 的 %1 条记录 · %3 条已映射 · %4 条跳过 · %5 条失败 · 以 %6 身份查看</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="354"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="369"/>
        <source>%1 is not mapped.</source>
        <translation>%1 未映射。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="375"/>
        <source>case %1: %2</source>
        <translation>分支 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="377"/>
        <source>else: %1</source>
        <translation>else：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="379"/>
        <source>default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="381"/>
        <source>lookup found: %1, missed: %2</source>
        <translation>查找命中：%1，未命中：%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="382"/>
        <source>null: %1</source>
        <translation>空值：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="383"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="384"/>
        <source>Rule hits for %1 over the sample — %2</source>
        <translation>%1 在样本上的规则命中 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="400"/>
        <source>Cannot read samples from %1: %2 — load a JSON file instead.</source>
        <translation>无法从 %1 读取样本：%2 — 请改为载入 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="411"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="424"/>
        <source>Reading samples…</source>
        <translation>正在读取样本…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="420"/>
        <source>Sample Records</source>
        <translation>样本记录</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="421"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="446"/>
        <source>Auto-map %n field(s)</source>
        <translation>
            <numerusform>自动映射 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="458"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="466"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="474"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="506"/>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="459"/>
        <source>The YAML text has errors, so there is nothing valid to save:
%1</source>
        <translation>YAML 文本有错误，没有可保存的有效内容：
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="467"/>
        <source>The mapping has %n problem(s); pipelines using it will not run until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>映射有 %n 个问题；修复之前使用它的管道无法运行。仍要保存吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="475"/>
        <source>%n comment(s) belong to rules that were removed or rewritten and will be lost:
%1

Save anyway?</source>
        <translation>
            <numerusform>%n 条注释所属的规则已被删除或重写，保存后将丢失：
%1

仍要保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="484"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="493"/>
        <source>Saved %1 (version %2).</source>
        <translation>已保存 %1（版本 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="506"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="511"/>
        <source>%1[*] — Mapping Editor</source>
        <translation>%1[*] — 映射编辑器</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="526"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="526"/>
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="529"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="530"/>
        <source>Version %1 (saved: %2)</source>
        <translation>版本 %1（已保存：%2）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="542"/>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="542"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 有未保存的修改。关闭前保存吗？</translation>
    </message>
</context>
<context>
    <name>concord::MappingWorker</name>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="34"/>
        <location filename="../ui/mapping/mappingworker.cpp" line="70"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="52"/>
        <location filename="../ui/mapping/mappingworker.cpp" line="71"/>
        <source>unknown source dataset &apos;%1&apos;</source>
        <translation>未知的源数据集 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="128"/>
        <source>the mapping&apos;s source or target dataset is not in the workspace</source>
        <translation>映射的源或目标数据集不在工作区中</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorModel</name>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="211"/>
        <source>Systems (%1)</source>
        <translation>系统 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="215"/>
        <source>The department systems this workspace connects</source>
        <translation>本工作区连接的各部门系统</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="219"/>
        <source>Datasets (%1)</source>
        <translation>数据集 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="223"/>
        <source>Tables and the fields declared for them, with their sensitivity</source>
        <translation>数据表及其字段声明（含敏感级别）</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="227"/>
        <source>Pipelines (%1)</source>
        <translation>管道 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="231"/>
        <source>Sync pipelines: select one to run it or to filter the log</source>
        <translation>同步管道：选中后可运行，或用来筛选日志</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="235"/>
        <source>Conflicts (%1)</source>
        <translation>冲突 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="244"/>
        <source>Records of two-way pipelines changed on both sides, waiting for a steward to choose the values</source>
        <translation>双向管道中两侧都被修改的记录，等待数据管理员选择取值</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="248"/>
        <source>Dead letters (%1)</source>
        <translation>死信 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="257"/>
        <source>Records that failed permanently and wait for a fix and a replay</source>
        <translation>永久失败、等待修复并重放的记录</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="261"/>
        <source>Alerts (%1)</source>
        <translation>告警 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="270"/>
        <source>Active alerts nobody has acknowledged yet</source>
        <translation>尚无人确认的未解除告警</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="289"/>
        <source>%1 system · department: %2</source>
        <translation>%1 系统 · 部门：%2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="289"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="300"/>
        <source>Table %1 in system %2</source>
        <translation>系统 %2 中的表 %1</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="319"/>
        <source>%1 → %2
Last run: %3</source>
        <translation>%1 → %2
上次运行：%3</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="335"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="342"/>
        <source>Open conflicts of the two-way pipeline %1</source>
        <translation>双向管道 %1 中待处理的冲突</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="354"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorView</name>
    <message>
        <location filename="../ui/navigatorview.cpp" line="60"/>
        <source>Systems, datasets and pipelines of the open workspace appear here.</source>
        <translation>打开工作区后，这里会列出它的系统、数据集和管道。</translation>
    </message>
</context>
<context>
    <name>concord::NewWorkspaceWizard</name>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="16"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="112"/>
        <source>Replace the Stored Password?</source>
        <translation>替换已保存的密码？</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="113"/>
        <source>The OS keychain already holds a different password under %1, and other workspaces may use it. Replace it with the one typed here?</source>
        <translation>操作系统钥匙串中 %1 下已保存了另一个密码，其他工作区可能正在使用它。要用这里输入的密码替换吗？</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="119"/>
        <source>Nothing was written. Go back and choose another keychain name for the password reference, or leave the password empty to use the stored one.</source>
        <translation>未写入任何内容。请返回为密码引用另选一个钥匙串名称，或把密码留空以使用已保存的密码。</translation>
    </message>
</context>
<context>
    <name>concord::PipelineCommands</name>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="59"/>
        <source>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</source>
        <translation>此管道已在 workspace.yaml 中停用（enabled: false），只能试运行</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="111"/>
        <source>Nothing to replay: no open dead letters matched.</source>
        <translation>没有可重放的死信：没有匹配的待处理死信。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="113"/>
        <source>%n replayed</source>
        <translation>
            <numerusform>重放成功 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="115"/>
        <source>%n failed again</source>
        <translation>
            <numerusform>再次失败 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="117"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="118"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="125"/>
        <source>%1 paused: schedules and retries wait until you resume it.</source>
        <translation>%1 已暂停：定时运行和重试会等到您恢复后再进行。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="127"/>
        <source>%1 resumed.</source>
        <translation>%1 已恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="129"/>
        <source>%n dead letter(s) discarded.</source>
        <translation>
            <numerusform>已丢弃 %n 条死信。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="131"/>
        <source>Dead letter %1 edited; replay it to write the corrected record.</source>
        <translation>死信 %1 已修改；重放即可写入修正后的记录。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="133"/>
        <source>Alert acknowledged.</source>
        <translation>告警已确认。</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="142"/>
        <source>Could not pause: %1</source>
        <translation>无法暂停：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="144"/>
        <source>Could not resume: %1</source>
        <translation>无法恢复：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="146"/>
        <source>Could not discard: %1</source>
        <translation>无法丢弃：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="148"/>
        <source>Could not edit the dead letter: %1</source>
        <translation>无法编辑死信：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="150"/>
        <source>Could not acknowledge the alert: %1</source>
        <translation>无法确认告警：%1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="152"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>concord::PipelineTableModel</name>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="307"/>
        <source>%1 rows written by the last run, %2 by all runs</source>
        <translation>上次运行写入 %1 行，累计写入 %2 行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="309"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="367"/>
        <source>Records the last run could not write (sent to dead letters)</source>
        <translation>上次运行未能写入的记录（已进入死信）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="316"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="370"/>
        <source>Dead letters waiting for a fix and a replay</source>
        <translation>等待修复并重放的死信</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="292"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="333"/>
        <source>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</source>
        <translation>已在 workspace.yaml 中停用（enabled: false）：只能试运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="297"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="335"/>
        <source>Checkpoint: %1</source>
        <translation>断点：%1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="183"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Disabled (last: %1)</source>
        <translation>已停用（上次：%1）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="191"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="210"/>
        <source>As changes come</source>
        <translation>实时（随变化）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="216"/>
        <source>%1 (retry)</source>
        <translation>%1（重试）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="218"/>
        <source>%1 (probe)</source>
        <translation>%1（试探）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="220"/>
        <source>%1 (after another pipeline)</source>
        <translation>%1（等待上游管道）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="283"/>
        <source>Paused by %1 %2: schedules and retries wait for Resume; Run Now still runs it once</source>
        <translation>由 %1 于%2暂停：定时运行和重试等待恢复；“立即运行”仍可手动运行一次</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="286"/>
        <source>%1 kept failing, so pipelines writing to it wait; a probe run tries it again</source>
        <translation>%1 持续写入失败，写入它的管道都在等待；稍后会用一次试探运行重新尝试</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="288"/>
        <source>The last run failed with a passing fault; retry %1 of %2</source>
        <translation>上次运行因临时故障失败；第 %1 次重试（共 %2 次）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="290"/>
        <source>The last run failed; the pipeline runs again on its schedule or when asked</source>
        <translation>上次运行失败；管道会按计划或在手动触发时再次运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="295"/>
        <source>Last run: %1</source>
        <translation>上次运行：%1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="311"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="368"/>
        <source>Changes in the source not yet written to the target</source>
        <translation>数据源中尚未写入目标的变更</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="312"/>
        <source>Not measured yet: the scheduler measures backlogs once a minute</source>
        <translation>尚未测量：调度器每分钟测量一次积压</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="314"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="369"/>
        <source>Records written out of records attempted in the last 24 hours</source>
        <translation>最近 24 小时内成功写入的记录占尝试写入记录的比例</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="319"/>
        <source>Schedule: %1</source>
        <translation>计划：%1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="322"/>
        <source>concordctl serve receives its events and applies each as it arrives</source>
        <translation>由 concordctl serve 接收事件，每个事件到达后立即写入</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="323"/>
        <source>In real-time mode, concordctl serve follows the change log continuously</source>
        <translation>实时模式下，由 concordctl serve 持续跟随读取变更日志</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="327"/>
        <source>Paused: nothing runs until Resume</source>
        <translation>已暂停：恢复之前不会运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="349"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="350"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="351"/>
        <source>Source → target</source>
        <translation>数据源 → 目标</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="352"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="353"/>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="354"/>
        <source>Last status</source>
        <translation>上次状态</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="355"/>
        <source>Rows written</source>
        <translation>写入行数</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="357"/>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="358"/>
        <source>Success (24 h)</source>
        <translation>成功率（24 小时）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="360"/>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="366"/>
        <source>Rows written by the last real run / by all real runs (dry runs write nothing)</source>
        <translation>上次正式运行写入行数 / 所有正式运行累计写入行数（试运行不写入）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="356"/>
        <source>Failures</source>
        <translation>失败数</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="359"/>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
</context>
<context>
    <name>concord::PipelinesPage</name>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="222"/>
        <source>Filter pipelines (Ctrl+F)</source>
        <translation>筛选管道 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="224"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="225"/>
        <source>Recent runs</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="226"/>
        <source>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</source>
        <translation>此工作区还没有管道。
请在 workspace.yaml 的 “pipelines:” 下声明一个（数据源数据集、目标数据集和映射），然后重新打开工作区。</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="235"/>
        <source>Select a pipeline to see its recent runs.</source>
        <translation>选择一个管道以查看其最近的运行记录。</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="236"/>
        <source>Recent runs of %1</source>
        <translation>%1 的最近运行</translation>
    </message>
</context>
<context>
    <name>concord::PolicyMatrixModel</name>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="56"/>
        <source>⚙ %1</source>
        <translation>⚙ %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="58"/>
        <source>System %1: department %2, receives up to %3</source>
        <translation>系统 %1：部门 %2，最多接收 %3</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="59"/>
        <source>Role %1: department %2, clearance %3</source>
        <translation>角色 %1：部门 %2，许可级别 %3</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="60"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="74"/>
        <source>pass</source>
        <translation>放行</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="75"/>
        <source>mask: %1</source>
        <translation>脱敏：%1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="76"/>
        <source>drop</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>concord::PreviewModel</name>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="19"/>
        <source>mapped</source>
        <translation>已映射</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="19"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="20"/>
        <location filename="../ui/mapping/previewmodel.cpp" line="132"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="23"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="70"/>
        <source>As %1: %2 — %3</source>
        <translation>以 %1 身份：%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="77"/>
        <source>Source key</source>
        <translation>源主键</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="79"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="82"/>
        <source>%1 (hidden)</source>
        <translation>%1（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="84"/>
        <source>%1 (masked)</source>
        <translation>%1（已脱敏）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="134"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="142"/>
        <source>case %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="144"/>
        <source>else</source>
        <translation>else</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="146"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="148"/>
        <source>lookup miss</source>
        <translation>查找未命中</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="164"/>
        <source>Branch: %1</source>
        <translation>分支：%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="166"/>
        <source>The value was null; the default was used (on_null: default).</source>
        <translation>值为空，已使用默认值（on_null: default）。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="168"/>
        <source>Found in the lookup table.</source>
        <translation>在查找表中找到。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="170"/>
        <source>Not in the lookup table.</source>
        <translation>查找表中没有。</translation>
    </message>
</context>
<context>
    <name>concord::ProblemsPane</name>
    <message>
        <location filename="../ui/problemspane.cpp" line="127"/>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="127"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="130"/>
        <source>No problems. Errors in workspace.yaml or a mapping file show up here with their line and column.</source>
        <translation>没有问题。workspace.yaml 或映射文件中的错误会连同行号和列号显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="132"/>
        <source>The workspace in %1 could not be opened. Fix these in the files named below, then open it again.</source>
        <translation>无法打开 %1 中的工作区。请在下列文件中修正这些问题，然后重新打开。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/problemspane.cpp" line="135"/>
        <source>The workspace opened, but has %n warning(s).</source>
        <translation>
            <numerusform>工作区已打开，但有 %n 条警告。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="138"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>concord::RecentRunsModel</name>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="47"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="47"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="67"/>
        <source>Started by %1 · trace %2</source>
        <translation>由 %1 启动 · 追踪 %2</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="78"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="79"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="80"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="81"/>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="82"/>
        <source>Written</source>
        <translation>写入</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="84"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="85"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>concord::RepairDialog</name>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="48"/>
        <source>Repair Discrepancies of %1</source>
        <translation>修复 %1 的差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/repairdialog.cpp" line="51"/>
        <source>A dry run planned these writes for %n discrepancy(ies). Nothing has been written yet; Confirm writes them to the target and checks again.</source>
        <translation>
            <numerusform>试运行为 %n 处差异规划了以下写入。目前尚未写入任何数据；点击“确认修复”后才会写入目标并重新核对。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Record key</source>
        <translation>记录主键</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Fields written</source>
        <translation>写入的字段</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="95"/>
        <source>&amp;Confirm Repair</source>
        <translation>确认修复(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="98"/>
        <source>Nothing to write: every discrepancy would be skipped or only flagged.</source>
        <translation>没有需要写入的内容：所有差异都将被跳过或仅做标记。</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="132"/>
        <source>Insert into target</source>
        <translation>插入目标</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="134"/>
        <source>Update target</source>
        <translation>更新目标</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="136"/>
        <source>Delete from target</source>
        <translation>从目标删除</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="138"/>
        <source>Flag only</source>
        <translation>仅标记</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="140"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="155"/>
        <source>%1 to insert</source>
        <translation>待插入 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="155"/>
        <source>%1 inserted</source>
        <translation>已插入 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="156"/>
        <source>%1 to update</source>
        <translation>待更新 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="156"/>
        <source>%1 updated</source>
        <translation>已更新 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="157"/>
        <source>%1 to delete</source>
        <translation>待删除 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="157"/>
        <source>%1 deleted</source>
        <translation>已删除 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="158"/>
        <source>%1 flagged, left in the target</source>
        <translation>已标记 %1 条（保留在目标中）</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="159"/>
        <source>%1 skipped</source>
        <translation>跳过 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="160"/>
        <source>%1 failed</source>
        <translation>失败 %1 条</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="162"/>
        <source>Nothing to repair</source>
        <extracomment>Separates the counts of a repair summary (&quot;1 to insert, 2 to update&quot;).</extracomment>
        <translation>没有需要修复的内容</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="162"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>concord::RoleSelector</name>
    <message>
        <location filename="../ui/roleselector.cpp" line="29"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="30"/>
        <source>View the console as this role: values above its clearance are masked or hidden. Only roles that see no more than yours are offered.</source>
        <translation>以该角色身份查看控制台：超出其许可级别的值会被脱敏或隐藏。只提供可见范围不超过您自己角色的角色。</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="42"/>
        <source>(no role — L1 only)</source>
        <translation>（无角色 — 仅 L1）</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="45"/>
        <source>%1 (you) · %2 · %3</source>
        <translation>%1（您）· %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="46"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>concord::RunStatusWidget</name>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="69"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="88"/>
        <source>Cancelling %1…</source>
        <translation>正在取消 %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="90"/>
        <source>Dry-running %1…</source>
        <translation>正在试运行 %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="92"/>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="93"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="94"/>
        <source>Stop the run at the next batch boundary (Esc)</source>
        <translation>在下一个批次边界停止运行 (Esc)</translation>
    </message>
</context>
<context>
    <name>concord::SensitivityModel</name>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="101"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="102"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="103"/>
        <source>Sample (as you see it)</source>
        <translation>样例值（按您的角色显示）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="104"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="105"/>
        <source>Mask</source>
        <translation>脱敏方式</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="106"/>
        <source>Visible to</source>
        <translation>可见部门</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="128"/>
        <source>L2 (untagged)</source>
        <translation>L2（未标注）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="148"/>
        <source>What holders below this level get: hash, hash(16), partial(3,4), partial(mobile), partial(id_card), partial(bank_card), partial(email), generalize(month), generalize(year), generalize(0, 1000, 10000), null, token. Empty: the field is dropped for them.</source>
        <translation>许可级别低于该级别的持有者得到的形式：hash、hash(16)、partial(3,4)、partial(mobile)、partial(id_card)、partial(bank_card)、partial(email)、generalize(month)、generalize(year)、generalize(0, 1000, 10000)、null、token。留空：对他们丢弃该字段。</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="152"/>
        <source>Departments that may see the field at all, comma-separated; empty: every department.</source>
        <translation>可以看到该字段的部门，用逗号分隔；留空：所有部门。</translation>
    </message>
</context>
<context>
    <name>concord::SensitivityPage</name>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="58"/>
        <source>untagged (L2)</source>
        <translation>未标注（L2）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="143"/>
        <source>Set %1</source>
        <translation>设为 %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="150"/>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="155"/>
        <source>Mask</source>
        <translation>脱敏方式</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="150"/>
        <source>Mask for the selected fields (empty: drop):</source>
        <translation>所选字段的脱敏方式（留空：丢弃）：</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="159"/>
        <source>Set mask %1</source>
        <translation>设置脱敏 %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="163"/>
        <source>Visible to</source>
        <translation>可见部门</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="164"/>
        <source>Departments that may see the selected fields, comma-separated (empty: every department):</source>
        <translation>可以看到所选字段的部门，用逗号分隔（留空：所有部门）：</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="172"/>
        <source>Set visible to</source>
        <translation>设置可见部门</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="175"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="177"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="208"/>
        <source>Dataset:</source>
        <translation>数据集：</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="222"/>
        <source>Tag %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="271"/>
        <source>Unsaved tags</source>
        <translation>未保存的标注</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="272"/>
        <source>The tags of %1 are not saved. Discard them?</source>
        <translation>%1 的标注尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="298"/>
        <source>Reading sample values of %1…</source>
        <translation>正在读取 %1 的样例值…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="333"/>
        <source>No sample values: %1</source>
        <translation>没有样例值：%1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="370"/>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="372"/>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="376"/>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="412"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="413"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="432"/>
        <source>a Chinese mobile number</source>
        <translation>中国大陆手机号</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="433"/>
        <source>an ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="434"/>
        <source>a bank card number</source>
        <translation>银行卡号</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="435"/>
        <source>an e-mail address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="436"/>
        <source>a street address</source>
        <translation>街道地址</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="438"/>
        <source>%1 looks like %2 in %3% of %n sample(s) → %4, %5</source>
        <translation>
            <numerusform>%1 在 %n 个样例中有 %3% 像%2 → %4，%5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="475"/>
        <source>%1 (%n fields)</source>
        <translation>
            <numerusform>%1（%n 个字段）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="486"/>
        <source>Accept suggestion for %1</source>
        <translation>接受 %1 的建议</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="507"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="520"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="524"/>
        <source>Saved to workspace.yaml; the change is in the audit trail.</source>
        <translation>已保存到 workspace.yaml；此次修改已记入审计日志。</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="549"/>
        <source>L1 public</source>
        <translation>L1 公开</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="550"/>
        <source>L2 internal</source>
        <translation>L2 内部</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="551"/>
        <source>L3 restricted</source>
        <translation>L3 受限</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="553"/>
        <source>Set the level of the selected fields (%1)</source>
        <translation>设置所选字段的级别（%1）</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="554"/>
        <source>Mask…</source>
        <translation>脱敏方式…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="555"/>
        <source>Visible to…</source>
        <translation>可见部门…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="556"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="557"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="558"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="559"/>
        <source>Policy matrix</source>
        <translation>策略矩阵</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="560"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; from the sample values — accept or reject each:</source>
        <translation>根据样例值给出的&lt;b&gt;建议&lt;/b&gt;——逐条接受或拒绝：</translation>
    </message>
</context>
<context>
    <name>concord::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="28"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="35"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="40"/>
        <source>The role this workspace is shown as when it opens. Only your own role and roles that see no more than it are offered; values above the role&apos;s clearance are masked.</source>
        <translation>打开此工作区时使用的查看角色。只提供您自己的角色以及可见范围不超过它的角色；超出该角色许可级别的值会被脱敏。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="44"/>
        <source>Info (recommended)</source>
        <translation>信息（推荐）</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="47"/>
        <source>What this console records in the workspace&apos;s log files and shows in the log pane. Other processes (concordctl serve) keep their own level.</source>
        <translation>本控制台写入工作区日志文件并在日志面板中显示的内容。其他进程（concordctl serve）使用各自的级别。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="52"/>
        <source>Where discrepancy, audit and log exports are proposed. Each page then remembers the folder you last exported to.</source>
        <translation>导出差异、审计日志和运行日志时默认建议的位置。之后每个页面会记住您上次导出的文件夹。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="54"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="57"/>
        <source>Default Export Folder</source>
        <translation>默认导出文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="66"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="67"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="68"/>
        <source>&amp;View as role:</source>
        <translation>查看角色(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="69"/>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="70"/>
        <source>&amp;Export folder:</source>
        <translation>导出文件夹(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="100"/>
        <source>(open a workspace to choose)</source>
        <translation>（请先打开工作区）</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="105"/>
        <source>Your own role (%1)</source>
        <translation>您自己的角色（%1）</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="105"/>
        <source>Your own access (no role: L1 only)</source>
        <translation>您自己的权限（无角色：仅 L1）</translation>
    </message>
</context>
<context>
    <name>concord::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="137"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="165"/>
        <source>Find in the page&apos;s table</source>
        <translation>在页面表格中查找</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="165"/>
        <source>Pages with a filter</source>
        <translation>带筛选框的页面</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="166"/>
        <source>Copy the selected rows</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="166"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="167"/>
        <source>Mapping editor</source>
        <translation>映射编辑器</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="168"/>
        <source>Save the mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="169"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="170"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="171"/>
        <source>Auto-map</source>
        <translation>自动映射</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="172"/>
        <source>Show the undo history</source>
        <translation>显示撤销历史</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="173"/>
        <source>Close the editor</source>
        <translation>关闭编辑器</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="177"/>
        <source>Filter commands or keys</source>
        <translation>按命令或按键筛选</translation>
    </message>
</context>
<context>
    <name>concord::SummaryStep</name>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="269"/>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="270"/>
        <source>Finish writes this workspace.yaml and opens the workspace. Add the target system, a pipeline and its mapping next (docs/workspace.md, docs/mapping.md).</source>
        <translation>点击“完成”将写入这个 workspace.yaml 并打开工作区。接下来请添加目标系统、管道及其映射（见 docs/workspace.md、docs/mapping.md）。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="288"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
</context>
<context>
    <name>concord::SystemStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="126"/>
        <source>The first system</source>
        <translation>第一个系统</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="127"/>
        <source>The department database Concord reads (or writes). Passwords are never written into the workspace: it names a keychain entry or an environment variable instead.</source>
        <translation>Concord 读取（或写入）的部门数据库。密码绝不写进工作区：工作区中只写钥匙串条目或环境变量的名称。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="130"/>
        <source>e.g. crm</source>
        <translation>例如：crm</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="131"/>
        <source>A short name the workspace uses for this system; datasets are named SYSTEM.TABLE.</source>
        <translation>工作区中这个系统的简短名称；数据集命名为“系统.表”。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="133"/>
        <source>SQLite file</source>
        <translation>SQLite 文件</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="139"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="141"/>
        <source>SQLite Database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="142"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="152"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="155"/>
        <source>Concord never creates a department&apos;s database: the file must exist. Inside the workspace folder it is written as a relative path.</source>
        <translation>Concord 从不创建部门数据库：文件必须已经存在。位于工作区文件夹内的文件会写成相对路径。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="164"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="168"/>
        <source>keychain:NAME or env:VARIABLE</source>
        <translation>keychain:名称 或 env:环境变量</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="169"/>
        <source>Where the password comes from when Concord connects: the OS keychain (keychain:NAME) or an environment variable (env:VARIABLE, for servers).</source>
        <translation>Concord 连接时从哪里取密码：操作系统钥匙串（keychain:名称）或环境变量（env:变量名，用于服务器）。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="173"/>
        <source>Saved in the OS keychain under the keychain: reference when the wizard connects; leave it empty when the entry exists already.</source>
        <translation>向导连接时按 keychain: 引用保存到操作系统钥匙串；条目已存在时请留空。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="180"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="181"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="182"/>
        <source>Data&amp;base:</source>
        <translation>数据库(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="183"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="184"/>
        <source>Password &amp;reference:</source>
        <translation>密码引用(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="185"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="186"/>
        <source>&amp;Schema:</source>
        <translation>模式(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="193"/>
        <source>&amp;System name:</source>
        <translation>系统名称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="194"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="280"/>
        <source>A system name holds letters, digits, _ and -, and starts with a letter: crm, erp_finance, 仓储.</source>
        <translation>系统名称只能包含字母、数字、_ 和 -，并以字母开头：crm、erp_finance、仓储。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="282"/>
        <source>The password reference is keychain:NAME or env:VARIABLE; the password itself goes in the field below it.</source>
        <translation>密码引用的格式是 keychain:名称 或 env:环境变量；密码本身请填在下面一栏。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="284"/>
        <source>The OS keychain is not in use here (CONCORD_KEYCHAIN=off): put the password in an environment variable and give env:VARIABLE as the reference.</source>
        <translation>此处未启用操作系统钥匙串（CONCORD_KEYCHAIN=off）：请把密码放进环境变量，并以 env:变量名 作为引用。</translation>
    </message>
</context>
<context>
    <name>concord::TableStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="395"/>
        <source>The first dataset</source>
        <translation>第一个数据集</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="396"/>
        <source>Pick the table to declare. Its columns are read on the next page.</source>
        <translation>选择要声明的表。下一页将读取它的列。</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="398"/>
        <source>Filter tables</source>
        <translation>筛选表</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="441"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="446"/>
        <source>%1 has no tables.</source>
        <translation>%1 中没有表。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/newworkspace/sourcesteps.h" line="447"/>
        <source>%n table(s) in %1.</source>
        <translation>
            <numerusform>%1 中共 %n 张表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::UserGuideDialog</name>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="29"/>
        <source>en</source>
        <comment>the guide&apos;s language code: zh_CN or en</comment>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="122"/>
        <source>Concord User Guide</source>
        <translation>Concord 用户指南</translation>
    </message>
</context>
<context>
    <name>concord::ValidationPanel</name>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="82"/>
        <source>Change which fields are required</source>
        <translation>修改必填字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="82"/>
        <source>Change which fields are unique</source>
        <translation>修改唯一字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="89"/>
        <location filename="../ui/mapping/validationpanel.cpp" line="103"/>
        <source>Edit a validation rule</source>
        <translation>编辑校验规则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="115"/>
        <source>Add a validation rule</source>
        <translation>添加校验规则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="125"/>
        <source>Remove a validation rule</source>
        <translation>删除校验规则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="132"/>
        <source>Required and unique target fields</source>
        <translation>必填与唯一的目标字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="133"/>
        <source>Rules (a record failing one becomes a dead letter with its code)</source>
        <translation>规则（不满足的记录以该错误码进入死信）</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <source>Unique in batch</source>
        <translation>批内唯一</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Check</source>
        <translation>检查条件</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="136"/>
        <source>The target field the rule checks (its value is `value`); empty: the whole record</source>
        <translation>规则检查的目标字段（其值为 `value`）；留空：检查整条记录</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="137"/>
        <source>Condition of the selected rule, e.g. value &gt;= 0</source>
        <translation>所选规则的条件，例如 value &gt;= 0</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="138"/>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="139"/>
        <source>Remove the selected rule</source>
        <translation>删除所选规则</translation>
    </message>
</context>
<context>
    <name>concord::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="111"/>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="112"/>
        <source>Open the demo workspace, open a workspace or create a new one. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines; drop one (or a mapping file) on this window to open it. The demo workspace has five department databases and four pipelines ready to run.</source>
        <translation>打开演示工作区、打开已有工作区或新建一个。工作区是一个包含 workspace.yaml 的文件夹，其中声明系统、数据集和同步管道；把工作区文件夹（或映射文件）拖到本窗口即可打开。演示工作区包含五个部门数据库和四条可直接运行的管道。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="118"/>
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="119"/>
        <source>Reading %1 and checking its mappings.</source>
        <translation>正在读取 %1 并检查其映射。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="122"/>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="123"/>
        <source>Writing the demo department databases to %1.</source>
        <translation>正在将演示用的部门数据库写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="126"/>
        <source>The workspace could not be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</source>
        <translation>%1 存在错误，已在“问题”面板中列出文件、行号和列号。请修正后重新打开工作区，或打开其他工作区。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="132"/>
        <source>New workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="133"/>
        <source>Create a workspace with its first system and dataset, read from a table</source>
        <translation>新建工作区，并读取一张表的结构，生成第一个系统和数据集</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="134"/>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="135"/>
        <source>Open the demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="136"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
</context>
<context>
    <name>concord::YamlPanel</name>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="122"/>
        <source>The text is what Save writes. Edits here update the visual editor when they parse.</source>
        <translation>这里的文本就是保存时写入的内容。修改能解析时会同步到可视化编辑器。</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="153"/>
        <source>These comments belong to rules that were removed or rewritten and will not be kept when you save:
%1</source>
        <translation>这些注释所属的规则已被删除或重写，保存时不会保留：
%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="179"/>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="180"/>
        <source>Not applied — the visual editor keeps the last valid mapping:
%1</source>
        <translation>未生效 — 可视化编辑器保留上一个有效的映射：
%1</translation>
    </message>
</context>
</TS>
