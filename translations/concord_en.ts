<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/formatting.cpp" line="35"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="38"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="41"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="44"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="47"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="56"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="58"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="61"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="62"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="78"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="81"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="84"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
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
        <translation>Idle</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="105"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="107"/>
        <source>Circuit open</source>
        <translation>Circuit open</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="109"/>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="111"/>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="113"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="137"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="157"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="159"/>
        <source>Replayed</source>
        <translation>Replayed</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="161"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="168"/>
        <source>Never run</source>
        <translation>Never run</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="170"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="172"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="174"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="176"/>
        <source>Partly failed</source>
        <translation>Partly failed</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="103"/>
        <location filename="../ui/formatting.cpp" line="178"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="76"/>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="185"/>
        <source>Real-time</source>
        <translation>Real-time</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="187"/>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="189"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="197"/>
        <source>On demand</source>
        <translation>On demand</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="199"/>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="206"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="141"/>
        <location filename="../ui/formatting.cpp" line="208"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="139"/>
        <location filename="../ui/formatting.cpp" line="210"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="212"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="214"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/concord_main.cpp" line="49"/>
        <source>Concord: keeps department systems consistent with each other.</source>
        <translation>Concord: keeps department systems consistent with each other.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="52"/>
        <source>Interface language for this session: zh_CN or en.</source>
        <translation>Interface language for this session: zh_CN or en.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="53"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="56"/>
        <source>Open the mapping editor for this pipeline of the workspace.</source>
        <translation>Open the mapping editor for this pipeline of the workspace.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="57"/>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="60"/>
        <source>Start, show the window (and open the workspace, if one is given), print the window&apos;s title and exit: 0 when it came up. For checking an installation.</source>
        <translation>Start, show the window (and open the workspace, if one is given), print the window&apos;s title and exit: 0 when it came up. For checking an installation.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="63"/>
        <source>Workspace folder to open (contains workspace.yaml).</source>
        <translation>Workspace folder to open (contains workspace.yaml).</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="64"/>
        <source>[WORKSPACE_DIR]</source>
        <translation>[WORKSPACE_DIR]</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="68"/>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;; use zh_CN or en.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="73"/>
        <source>Give at most one workspace folder.</source>
        <translation>Give at most one workspace folder.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="80"/>
        <source>Concord is already open for this workspace: its window was brought forward.</source>
        <translation>Concord is already open for this workspace: its window was brought forward.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="95"/>
        <source>--edit-mapping needs a workspace folder.</source>
        <translation>--edit-mapping needs a workspace folder.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="102"/>
        <source>The workspace has no pipeline &quot;%1&quot;.</source>
        <translation>The workspace has no pipeline &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="87"/>
        <source>unknown source dataset &apos;%1&apos;</source>
        <translation>unknown source dataset &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="90"/>
        <source>unknown target dataset &apos;%1&apos;</source>
        <translation>unknown target dataset &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>concord::AlertModel</name>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="102"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="104"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="104"/>
        <source>Resolved %1</source>
        <translation>Resolved %1</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="143"/>
        <source>Nobody has acknowledged this alert yet</source>
        <translation>Nobody has acknowledged this alert yet</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="145"/>
        <source>The condition still holds</source>
        <translation>The condition still holds</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="145"/>
        <source>The condition cleared by itself</source>
        <translation>The condition cleared by itself</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="160"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="161"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="162"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="163"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="164"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="165"/>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="166"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertmodel.cpp" line="167"/>
        <source>State</source>
        <translation>State</translation>
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
        <translation>%1 alert: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertnotifier.cpp" line="57"/>
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertnotifier.cpp" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/alerts/alertnotifier.cpp" line="62"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::AlertsPane</name>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="133"/>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="133"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="145"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="146"/>
        <source>Say you have seen the selected alerts: they stop counting in the navigator (Ctrl+K)</source>
        <translation>Say you have seen the selected alerts: they stop counting in the navigator (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="147"/>
        <source>Show resolved</source>
        <translation>Show resolved</translation>
    </message>
    <message>
        <location filename="../ui/alerts/alertspane.cpp" line="148"/>
        <source>No active alerts.
The rules under &quot;alerts:&quot; in workspace.yaml raise them, for example when a pipeline&apos;s success rate drops or dead letters pile up.</source>
        <translation>No active alerts.
The rules under &quot;alerts:&quot; in workspace.yaml raise them, for example when a pipeline&apos;s success rate drops or dead letters pile up.</translation>
    </message>
</context>
<context>
    <name>concord::AuditModel</name>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="34"/>
        <source>Mapping saved</source>
        <translation>Mapping saved</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="35"/>
        <source>Sensitivity tags changed</source>
        <translation>Sensitivity tags changed</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="36"/>
        <source>Run started</source>
        <translation>Run started</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="37"/>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="38"/>
        <source>Pipeline paused</source>
        <translation>Pipeline paused</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="39"/>
        <source>Pipeline resumed</source>
        <translation>Pipeline resumed</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="40"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="41"/>
        <source>Dead letter edited</source>
        <translation>Dead letter edited</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="42"/>
        <source>Dead letters replayed</source>
        <translation>Dead letters replayed</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="43"/>
        <source>Dead letters discarded</source>
        <translation>Dead letters discarded</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="44"/>
        <source>Consistency check</source>
        <translation>Consistency check</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="45"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="46"/>
        <source>Discrepancies exported</source>
        <translation>Discrepancies exported</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="47"/>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="48"/>
        <source>Values unmasked</source>
        <translation>Values unmasked</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="49"/>
        <source>Alert acknowledged</source>
        <translation>Alert acknowledged</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="50"/>
        <source>Circuit opened</source>
        <translation>Circuit opened</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="51"/>
        <source>Audit archived</source>
        <translation>Audit archived</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="52"/>
        <source>Audit exported</source>
        <translation>Audit exported</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="84"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="85"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="87"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditmodel.cpp" line="88"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>concord::AuditPage</name>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="43"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="44"/>
        <source>Mapping changes</source>
        <translation>Mapping changes</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="45"/>
        <source>Sensitivity and policy changes</source>
        <translation>Sensitivity and policy changes</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="46"/>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="47"/>
        <source>Pause, resume, backfill</source>
        <translation>Pause, resume, backfill</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="48"/>
        <source>Dead-letter actions</source>
        <translation>Dead-letter actions</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="49"/>
        <source>Checks, repairs, exports</source>
        <translation>Checks, repairs, exports</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="50"/>
        <source>Conflict decisions</source>
        <translation>Conflict decisions</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="51"/>
        <source>Unmasking</source>
        <translation>Unmasking</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="52"/>
        <source>Audit archive and export</source>
        <translation>Audit archive and export</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="176"/>
        <source>Cannot read the audit trail: %1</source>
        <translation>Cannot read the audit trail: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="180"/>
        <source>Cannot check the audit trail: %1</source>
        <translation>Cannot check the audit trail: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="183"/>
        <source>%n audit entries exported to %1</source>
        <translation>
            <numerusform>%n audit entry exported to %1</numerusform>
            <numerusform>%n audit entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="187"/>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="241"/>
        <source>Checking the audit trail&apos;s hash chain…</source>
        <translation>Checking the audit trail&apos;s hash chain…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="252"/>
        <source>The newest 5,000 entries; narrow the filter to see older ones.</source>
        <translation>The newest 5,000 entries; narrow the filter to see older ones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="253"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="269"/>
        <source>%n older entries are in archive files; the chain goes on from the newest.</source>
        <translation>
            <numerusform>%n older entry is in an archive file; the chain goes on from the newest.</numerusform>
            <numerusform>%n older entries are in archive files; the chain goes on from the newest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/auditpage.cpp" line="273"/>
        <source>Hash chain intact: %n entries, none edited, removed or reordered.</source>
        <translation>
            <numerusform>Hash chain intact: %n entry, not edited, removed or reordered.</numerusform>
            <numerusform>Hash chain intact: %n entries, none edited, removed or reordered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="274"/>
        <source>Head %1 (entry %2).</source>
        <translation>Head %1 (entry %2).</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="277"/>
        <source>Hash chain BROKEN at entry %1: %2</source>
        <translation>Hash chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="290"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="291"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="292"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="293"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="294"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="296"/>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="297"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="298"/>
        <source>Follows</source>
        <translation>Follows</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="304"/>
        <source>Mapping version</source>
        <translation>Mapping version</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="305"/>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="308"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="311"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="328"/>
        <source>Export Audit Entries</source>
        <translation>Export Audit Entries</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="355"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="356"/>
        <source>Verify Chain</source>
        <translation>Verify Chain</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="357"/>
        <source>Walk the audit trail&apos;s hash chain and report the first entry edited, removed or moved</source>
        <translation>Walk the audit trail&apos;s hash chain and report the first entry edited, removed or moved</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="358"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="359"/>
        <source>Write the entries the filter shows to an Excel workbook or a CSV file (audited)</source>
        <translation>Write the entries the filter shows to an Excel workbook or a CSV file (audited)</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="360"/>
        <source>Actor:</source>
        <translation>Actor:</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="361"/>
        <source>exact name, e.g. li.na</source>
        <translation>exact name, e.g. li.na</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="362"/>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="365"/>
        <source>Object:</source>
        <translation>Object:</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="366"/>
        <source>pipeline, mapping, dead letter…</source>
        <translation>pipeline, mapping, dead letter…</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="367"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/audit/auditpage.cpp" line="368"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>concord::AutoMapDialog</name>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="15"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="16"/>
        <source>same name, ignoring case and separators</source>
        <translation>same name, ignoring case and separators</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="17"/>
        <source>synonym</source>
        <translation>synonym</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="18"/>
        <source>similar spelling</source>
        <translation>similar spelling</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="29"/>
        <source>Auto-map</source>
        <translation>Auto-map</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="32"/>
        <source>No unmapped target field has a source field with a matching name.</source>
        <translation>No unmapped target field has a source field with a matching name.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="33"/>
        <source>Links proposed for unmapped target fields. Uncheck the ones you do not want; you can undo the rest in one step.</source>
        <translation>Links proposed for unmapped target fields. Uncheck the ones you do not want; you can undo the rest in one step.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Target field</source>
        <translation>Target field</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="38"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="52"/>
        <source>types differ: the value is converted</source>
        <translation>types differ: the value is converted</translation>
    </message>
    <message>
        <location filename="../ui/mapping/automapdialog.cpp" line="56"/>
        <source>Link checked</source>
        <translation>Link checked</translation>
    </message>
</context>
<context>
    <name>concord::BackfillDialog</name>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="18"/>
        <source>Backfill %1</source>
        <translation>Backfill %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="20"/>
        <source>A backfill reads %1 again and writes what it finds to the target, by key: rows already there are overwritten with the source&apos;s values, so doing it twice does no harm. Afterwards the pipeline carries on from where the backfill ended.</source>
        <translation>A backfill reads %1 again and writes what it finds to the target, by key: rows already there are overwritten with the source&apos;s values, so doing it twice does no harm. Afterwards the pipeline carries on from where the backfill ended.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="27"/>
        <source>Re-read changes &amp;from:</source>
        <translation>Re-read changes &amp;from:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="36"/>
        <source>%1 has no version column, so it cannot be read from a point in time.</source>
        <translation>%1 has no version column, so it cannot be read from a point in time.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="37"/>
        <source>Every row whose %1 is at or after this time, in your time zone.</source>
        <translation>Every row whose %1 is at or after this time, in your time zone.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="40"/>
        <source>F&amp;ull re-snapshot: read the whole source again</source>
        <translation>F&amp;ull re-snapshot: read the whole source again</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="41"/>
        <source>Takes about as long as the first run did. Use it after the target was restored from a backup or rows were deleted there by hand.</source>
        <translation>Takes about as long as the first run did. Use it after the target was restored from a backup or rows were deleted there by hand.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/backfilldialog.cpp" line="55"/>
        <source>Start Backfill</source>
        <translation>Start Backfill</translation>
    </message>
</context>
<context>
    <name>concord::ChartsPanel</name>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="170"/>
        <source>Reading metrics…</source>
        <translation>Reading metrics…</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="209"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="210"/>
        <source>Failed</source>
        <translation>Failed</translation>
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
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="221"/>
        <source>the last hour</source>
        <translation>the last hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="222"/>
        <source>the last 24 hours</source>
        <translation>the last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="223"/>
        <source>the last 7 days</source>
        <translation>the last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="243"/>
        <source>&amp;Charts for:</source>
        <translation>&amp;Charts for:</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="244"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="245"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="246"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="247"/>
        <source>7 d</source>
        <translation>7 d</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="248"/>
        <source>The last hour, minute by minute</source>
        <translation>The last hour, minute by minute</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="249"/>
        <source>The last 24 hours in 15-minute steps</source>
        <translation>The last 24 hours in 15-minute steps</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="250"/>
        <source>The last 7 days, hour by hour</source>
        <translation>The last 7 days, hour by hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="253"/>
        <source>Rows written per minute</source>
        <translation>Rows written per minute</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="254"/>
        <source>Failed records per minute</source>
        <translation>Failed records per minute</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="257"/>
        <source>Rows written per 15 minutes</source>
        <translation>Rows written per 15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="258"/>
        <source>Failed records per 15 minutes</source>
        <translation>Failed records per 15 minutes</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="261"/>
        <source>Rows written per hour</source>
        <translation>Rows written per hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="262"/>
        <source>Failed records per hour</source>
        <translation>Failed records per hour</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="265"/>
        <source>Latency, capture to write (ms)</source>
        <translation>Latency, capture to write (ms)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="266"/>
        <source>Backlog (changes waiting)</source>
        <translation>Backlog (changes waiting)</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="273"/>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="274"/>
        <source>any pipeline</source>
        <translation>any pipeline</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/chartspanel.cpp" line="275"/>
        <source>No metrics for %1 in %2.
Metrics are recorded minute by minute as pipelines run: run one, or choose a longer range.</source>
        <translation>No metrics for %1 in %2.
Metrics are recorded minute by minute as pipelines run: run one, or choose a longer range.</translation>
    </message>
</context>
<context>
    <name>concord::CheckProgress</name>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="70"/>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="72"/>
        <source>Counting records…</source>
        <translation>Counting records…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="74"/>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="76"/>
        <source>Reading differing records…</source>
        <translation>Reading differing records…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="78"/>
        <source>Storing discrepancies…</source>
        <translation>Storing discrepancies…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="80"/>
        <source>Repairing…</source>
        <translation>Repairing…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="82"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/checkprogress.cpp" line="83"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Source wins</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="53"/>
        <source>Target wins</source>
        <translation>Target wins</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="55"/>
        <source>Last write wins</source>
        <translation>Last write wins</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="67"/>
        <source>Record %1: choose Keep record or Delete record first.</source>
        <translation>Record %1: choose Keep record or Delete record first.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="79"/>
        <source>Record %1: choose a value for %2 first.</source>
        <translation>Record %1: choose a value for %2 first.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="107"/>
        <source>the source</source>
        <translation>the source</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="108"/>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="111"/>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="115"/>
        <source>Every field in conflict takes %1&apos;s value; a record deleted in %1 is deleted in %2 too, one deleted in %2 comes back.</source>
        <translation>Every field in conflict takes %1&apos;s value; a record deleted in %1 is deleted in %2 too, one deleted in %2 comes back.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="119"/>
        <source>For each conflict, the side whose record was modified last wins (a tie goes to %1); a conflict without both modification times stays in the queue.</source>
        <translation>For each conflict, the side whose record was modified last wins (a tie goes to %1); a conflict without both modification times stays in the queue.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="122"/>
        <source>Resolve Conflicts</source>
        <translation>Resolve Conflicts</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="123"/>
        <source>Resolve %n selected conflict(s) by “%1”?</source>
        <translation>
            <numerusform>Resolve %n selected conflict by “%1”?</numerusform>
            <numerusform>Resolve %n selected conflicts by “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="127"/>
        <source>Both systems are written and each resolution is recorded in the audit trail; it cannot be undone from the console.</source>
        <translation>Both systems are written and each resolution is recorded in the audit trail; it cannot be undone from the console.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="129"/>
        <source>Resolve %n Conflict(s)</source>
        <translation>
            <numerusform>Resolve %n Conflict</numerusform>
            <numerusform>Resolve %n Conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictcommands.cpp" line="138"/>
        <source>Resolved in bulk: %1</source>
        <translation>Resolved in bulk: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="153"/>
        <source>Resolving %n conflict(s)…</source>
        <translation>
            <numerusform>Resolving %n conflict…</numerusform>
            <numerusform>Resolving %n conflicts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="164"/>
        <source>Resolved %n conflict(s) (rows written: %1 to the source, %2 to the target).</source>
        <translation>
            <numerusform>Resolved %n conflict (rows written: %1 to the source, %2 to the target).</numerusform>
            <numerusform>Resolved %n conflicts (rows written: %1 to the source, %2 to the target).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="182"/>
        <source>%n conflict(s) changed since they were shown and were not resolved: their current values are shown again, check them and resolve again.</source>
        <translation>
            <numerusform>%n conflict changed since it was shown and was not resolved: its current values are shown again, check them and resolve again.</numerusform>
            <numerusform>%n conflicts changed since they were shown and were not resolved: their current values are shown again, check them and resolve again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictcommands.cpp" line="186"/>
        <source>%n conflict(s) could not be resolved: %1</source>
        <translation>
            <numerusform>%n conflict could not be resolved: %1</numerusform>
            <numerusform>%n conflicts could not be resolved: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::ConflictDetail</name>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="284"/>
        <source>Take Base	1</source>
        <translation>Take Base	1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="285"/>
        <source>Take %1	2</source>
        <translation>Take %1	2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="286"/>
        <source>Take %1	3</source>
        <translation>Take %1	3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="287"/>
        <source>Type a Value…	F2</source>
        <translation>Type a Value…	F2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="288"/>
        <source>Set to NULL	0</source>
        <translation>Set to NULL	0</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="290"/>
        <source>Copy	Ctrl+C</source>
        <translation>Copy	Ctrl+C</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="305"/>
        <source>No conflict selected</source>
        <translation>No conflict selected</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="306"/>
        <source>Select a conflict in the queue to compare its base and both sides field by field and choose what both systems should hold.</source>
        <translation>Select a conflict in the queue to compare its base and both sides field by field and choose what both systems should hold.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="313"/>
        <source>%1 · record %2 — %3</source>
        <translation>%1 · record %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="315"/>
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="316"/>
        <source>detected %1 (%2)</source>
        <translation>detected %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="317"/>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="319"/>
        <source>%1 changed %2</source>
        <translation>%1 changed %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="318"/>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="320"/>
        <source>%1: no modification time</source>
        <translation>%1: no modification time</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="322"/>
        <source>shown as %1 may see it</source>
        <translation>shown as %1 may see it</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="324"/>
        <source>Waiting for a steward because: %1</source>
        <translation>Waiting for a steward because: %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="324"/>
        <source>no strategy decides it</source>
        <translation>no strategy decides it</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="326"/>
        <source>This record changed in %1 or %2 since it was shown, so it was not resolved. The values below are the current ones: check your choices and resolve again.</source>
        <translation>This record changed in %1 or %2 since it was shown, so it was not resolved. The values below are the current ones: check your choices and resolve again.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="333"/>
        <source>Deleted in %1, changed in %2:</source>
        <translation>Deleted in %1, changed in %2:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="334"/>
        <source>Restore the record in %1 with %2&apos;s values</source>
        <translation>Restore the record in %1 with %2&apos;s values</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="335"/>
        <source>Delete the record in %1 too</source>
        <translation>Delete the record in %1 too</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="338"/>
        <source>Choose Keep record or Delete record, add a comment if it helps, then Resolve (Ctrl+Enter).</source>
        <translation>Choose Keep record or Delete record, add a comment if it helps, then Resolve (Ctrl+Enter).</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="339"/>
        <source>Click a value or press 1 (base), 2 (%1) or 3 (%2) on a field in conflict; F2 or a double-click on Result types a value, 0 sets NULL. Ctrl+Z undoes a choice; Resolve (Ctrl+Enter) applies them and moves to the next conflict.</source>
        <translation>Click a value or press 1 (base), 2 (%1) or 3 (%2) on a field in conflict; F2 or a double-click on Result types a value, 0 sets NULL. Ctrl+Z undoes a choice; Resolve (Ctrl+Enter) applies them and moves to the next conflict.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="357"/>
        <source>&amp;Keep record</source>
        <translation>&amp;Keep record</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="358"/>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="359"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mment:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="360"/>
        <source>Why this choice (kept in the audit trail)</source>
        <translation>Why this choice (kept in the audit trail)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictdetail.cpp" line="362"/>
        <source>Apply the same choices to %n similar conflict(s)</source>
        <translation>
            <numerusform>Apply the same choices to %n similar conflict</numerusform>
            <numerusform>Apply the same choices to %n similar conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="363"/>
        <source>No similar conflicts</source>
        <translation>No similar conflicts</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictdetail.cpp" line="364"/>
        <source>Similar: the same pipeline, the same kind and the same fields in conflict. Each gets the choices made here (its own values from the side you take).</source>
        <translation>Similar: the same pipeline, the same kind and the same fields in conflict. Each gets the choices made here (its own values from the side you take).</translation>
    </message>
</context>
<context>
    <name>concord::ConflictFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="171"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="172"/>
        <source>Showing %1 of %n conflict(s)</source>
        <translation>
            <numerusform>Showing %1 of %n conflict</numerusform>
            <numerusform>Showing %1 of %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="185"/>
        <source>Pipe&amp;line:</source>
        <translation>Pipe&amp;line:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="186"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Dataset:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="187"/>
        <source>F&amp;ield:</source>
        <translation>F&amp;ield:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="188"/>
        <source>A&amp;ge:</source>
        <translation>A&amp;ge:</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="189"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="190"/>
        <source>All datasets</source>
        <translation>All datasets</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="191"/>
        <source>Conflicts whose source or target is this dataset</source>
        <translation>Conflicts whose source or target is this dataset</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="192"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="193"/>
        <source>Only conflicts on this field</source>
        <translation>Only conflicts on this field</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="194"/>
        <source>Any age</source>
        <translation>Any age</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="195"/>
        <source>Older than 1 hour</source>
        <translation>Older than 1 hour</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="196"/>
        <source>Older than 1 day</source>
        <translation>Older than 1 day</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="197"/>
        <source>Older than 7 days</source>
        <translation>Older than 7 days</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="198"/>
        <source>Only conflicts detected at least this long ago</source>
        <translation>Only conflicts detected at least this long ago</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictfilterbar.cpp" line="199"/>
        <source>Search key or value (Ctrl+F)</source>
        <translation>Search key or value (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>concord::ConflictMergeModel</name>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="93"/>
        <source>Take base for %1</source>
        <translation>Take base for %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="94"/>
        <source>Take %1 for %2</source>
        <translation>Take %1 for %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="114"/>
        <source>Type a value for %1</source>
        <translation>Type a value for %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="123"/>
        <source>Set %1 to NULL</source>
        <translation>Set %1 to NULL</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="132"/>
        <source>Keep record %1</source>
        <translation>Keep record %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="132"/>
        <source>Delete record %1</source>
        <translation>Delete record %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="246"/>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="271"/>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="251"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="276"/>
        <source>(keep or delete?)</source>
        <translation>(keep or delete?)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="287"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="287"/>
        <source>(by strategy)</source>
        <translation>(by strategy)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="302"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="303"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="304"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="305"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="306"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="314"/>
        <source>Choose Keep record or Delete record above the fields</source>
        <translation>Choose Keep record or Delete record above the fields</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="315"/>
        <source>The record is kept with these values on both sides</source>
        <translation>The record is kept with these values on both sides</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="316"/>
        <source>The record is deleted on both sides</source>
        <translation>The record is deleted on both sides</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="320"/>
        <source>Both sides changed it; the pipeline&apos;s conflict strategy decides unless you choose: click a value or press 1, 2 or 3</source>
        <translation>Both sides changed it; the pipeline&apos;s conflict strategy decides unless you choose: click a value or press 1, 2 or 3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="326"/>
        <source>Merged automatically: changed in %1 only</source>
        <translation>Merged automatically: changed in %1 only</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="327"/>
        <source>The same on both sides</source>
        <translation>The same on both sides</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="330"/>
        <source>Click a value or press 1 (base), 2 (%1) or 3 (%2); F2 or double-click types a value, 0 sets NULL</source>
        <translation>Click a value or press 1 (base), 2 (%1) or 3 (%2); F2 or double-click types a value, 0 sets NULL</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="333"/>
        <source>NULL, set by you</source>
        <translation>NULL, set by you</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="333"/>
        <source>Typed by you (F2 to change)</source>
        <translation>Typed by you (F2 to change)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="334"/>
        <source>Taken from %1</source>
        <translation>Taken from %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="425"/>
        <source>%1: changed differently in %2 and %3</source>
        <translation>%1: changed differently in %2 and %3</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="432"/>
        <source>%1: changed in %2 and %3; the pipeline&apos;s strategy decides it</source>
        <translation>%1: changed in %2 and %3; the pipeline&apos;s strategy decides it</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="433"/>
        <source>%1: changed in %2</source>
        <translation>%1: changed in %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="438"/>
        <source>Deleted in %1</source>
        <translation>Deleted in %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="439"/>
        <source>No common base: the record was created on both sides</source>
        <translation>No common base: the record was created on both sides</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="441"/>
        <source>Masked for your role</source>
        <translation>Masked for your role</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="443"/>
        <source>Changed in %1 since the last sync: %2</source>
        <translation>Changed in %1 since the last sync: %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="467"/>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="472"/>
        <source>The values both sides last agreed on (1)</source>
        <translation>The values both sides last agreed on (1)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="473"/>
        <source>Source %1, as the target&apos;s fields (2)</source>
        <translation>Source %1, as the target&apos;s fields (2)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="474"/>
        <source>Target %1 (3)</source>
        <translation>Target %1 (3)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictmergemodel.cpp" line="475"/>
        <source>What both sides get when you resolve</source>
        <translation>What both sides get when you resolve</translation>
    </message>
</context>
<context>
    <name>concord::ConflictPage</name>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="339"/>
        <source>The conflicts cannot be read: %1</source>
        <translation>The conflicts cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="470"/>
        <source>Open a workspace to see the conflicts its two-way pipelines wait on.</source>
        <translation>Open a workspace to see the conflicts its two-way pipelines wait on.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="472"/>
        <source>This workspace has no two-way pipelines. Only a pipeline with direction: two-way can find the same field changed on both sides; its conflicts wait here for a steward.</source>
        <translation>This workspace has no two-way pipelines. Only a pipeline with direction: two-way can find the same field changed on both sides; its conflicts wait here for a steward.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="475"/>
        <source>Reading conflicts…</source>
        <translation>Reading conflicts…</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="477"/>
        <source>No conflicts match the filter.</source>
        <translation>No conflicts match the filter.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="479"/>
        <source>No open conflicts — two-way pipelines without a conflict strategy queue conflicts here when both sides change the same field between two runs, and you pick the values.
To settle them automatically, set conflict: strategy (last_write_wins, source_priority, field_priority) in the pipeline&apos;s settings.</source>
        <translation>No open conflicts — two-way pipelines without a conflict strategy queue conflicts here when both sides change the same field between two runs, and you pick the values.
To settle them automatically, set conflict: strategy (last_write_wins, source_priority, field_priority) in the pipeline&apos;s settings.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="493"/>
        <source>Select a conflict first</source>
        <translation>Select a conflict first</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="495"/>
        <source>Choose Keep record or Delete record, then resolve (Ctrl+Enter)</source>
        <translation>Choose Keep record or Delete record, then resolve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="497"/>
        <source>Choose a value for %1, then resolve (Ctrl+Enter)</source>
        <translation>Choose a value for %1, then resolve (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="499"/>
        <source>Write the result to %1 and %2 and show the next conflict (Ctrl+Enter)</source>
        <translation>Write the result to %1 and %2 and show the next conflict (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="556"/>
        <source>Where Did This Come From?</source>
        <translation>Where Did This Come From?</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="557"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="559"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="560"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="570"/>
        <source>Select a conflict first.</source>
        <translation>Select a conflict first.</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="509"/>
        <source>Undo the last choice not yet applied (Ctrl+Z)</source>
        <translation>Undo the last choice not yet applied (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="508"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="510"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="511"/>
        <source>Redo the choice undone last (Ctrl+Shift+Z)</source>
        <translation>Redo the choice undone last (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="549"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="550"/>
        <source>Resolve Selected &amp;By</source>
        <translation>Resolve Selected &amp;By</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictpage.cpp" line="551"/>
        <source>Resolve every selected conflict by one rule; you confirm first</source>
        <translation>Resolve every selected conflict by one rule; you confirm first</translation>
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
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>concord::ConflictQueueModel</name>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="92"/>
        <source>Both changed</source>
        <translation>Both changed</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="94"/>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="96"/>
        <source>Deleted in %1</source>
        <translation>Deleted in %1</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="98"/>
        <source>Created on both sides</source>
        <translation>Created on both sides</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="137"/>
        <source>(whole record)</source>
        <translation>(whole record)</translation>
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
Waiting because: %2</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="183"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="184"/>
        <source>Record key</source>
        <translation>Record key</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="185"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="186"/>
        <source>Fields in conflict</source>
        <translation>Fields in conflict</translation>
    </message>
    <message>
        <location filename="../ui/conflicts/conflictqueuemodel.cpp" line="187"/>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencyCommands</name>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="54"/>
        <source>Planning the repair of %1 (a dry run: nothing is written)…</source>
        <translation>Planning the repair of %1 (a dry run: nothing is written)…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="65"/>
        <source>The repair of %1 failed: %2</source>
        <translation>The repair of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="72"/>
        <source>Repair plan for %1: %2. Confirm to write it.</source>
        <translation>Repair plan for %1: %2. Confirm to write it.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="78"/>
        <source>Repairing %1…</source>
        <translation>Repairing %1…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="89"/>
        <source>Repair of %1: %2.</source>
        <translation>Repair of %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="114"/>
        <source>Export Discrepancies</source>
        <translation>Export Discrepancies</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="126"/>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencycommands.cpp" line="139"/>
        <source>Exported %n line(s) to %1.</source>
        <translation>
            <numerusform>Exported %n line to %1.</numerusform>
            <numerusform>Exported %n lines to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="150"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="153"/>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencycommands.cpp" line="154"/>
        <source>The discrepancies could not be written to %1.</source>
        <translation>The discrepancies could not be written to %1.</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencyPage</name>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="383"/>
        <source>The discrepancies cannot be read: %1</source>
        <translation>The discrepancies cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="396"/>
        <source>Open a workspace to check whether its pipelines&apos; targets match their sources.</source>
        <translation>Open a workspace to check whether its pipelines&apos; targets match their sources.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="398"/>
        <source>The workspace has no pipelines to check.</source>
        <translation>The workspace has no pipelines to check.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="400"/>
        <source>Reading discrepancies…</source>
        <translation>Reading discrepancies…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="402"/>
        <source>No discrepancies match the filter.</source>
        <translation>No discrepancies match the filter.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="404"/>
        <source>No check yet. Run Check reads both sides and compares every record the source would write with the target: missing records, extra records and fields that differ.</source>
        <translation>No check yet. Run Check reads both sides and compares every record the source would write with the target: missing records, extra records and fields that differ.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="407"/>
        <source>Source and target agree — nothing to review.
Checks can also run on a schedule (consistency: schedule in workspace.yaml).</source>
        <translation>Source and target agree — nothing to review.
Checks can also run on a schedule (consistency: schedule in workspace.yaml).</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="410"/>
        <source>No open discrepancies — all that the latest check found have been fixed or repaired.</source>
        <translation>No open discrepancies — all that the latest check found have been fixed or repaired.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="469"/>
        <source>Waiting for the run in progress to end</source>
        <translation>Waiting for the run in progress to end</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="470"/>
        <source>Compare %1&apos;s source and target record by record (F9)</source>
        <translation>Compare %1&apos;s source and target record by record (F9)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="477"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="485"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="495"/>
        <source>%1: source and target agree (%2 records compared in %3).</source>
        <translation>%1: source and target agree (%2 records compared in %3).</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="499"/>
        <source>%1: %2 missing in target, %3 extra, %4 with differing fields — %5 new, %6 fixed since the check before.</source>
        <translation>%1: %2 missing in target, %3 extra, %4 with differing fields — %5 new, %6 fixed since the check before.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="504"/>
        <source>The check of %1 was cancelled; the figures are those of the last complete check.</source>
        <translation>The check of %1 was cancelled; the figures are those of the last complete check.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="506"/>
        <source>The check of %1 failed: %2</source>
        <translation>The check of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="569"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="570"/>
        <source>Run &amp;Check</source>
        <translation>Run &amp;Check</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="571"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="572"/>
        <source>Stop the check or repair in progress</source>
        <translation>Stop the check or repair in progress</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="573"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="574"/>
        <source>Save the discrepancies shown (filters applied, masked for your role) as XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>Save the discrepancies shown (filters applied, masked for your role) as XLSX or CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="575"/>
        <source>Repair &amp;Selected…</source>
        <translation>Repair &amp;Selected…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="576"/>
        <source>Plan the writes that make the target match the source for the selected discrepancies; you confirm before anything is written</source>
        <translation>Plan the writes that make the target match the source for the selected discrepancies; you confirm before anything is written</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="578"/>
        <source>Repair &amp;All…</source>
        <translation>Repair &amp;All…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="579"/>
        <source>Plan the repair of every open discrepancy of this pipeline (filters do not apply); you confirm before anything is written</source>
        <translation>Plan the repair of every open discrepancy of this pipeline (filters do not apply); you confirm before anything is written</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="581"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="582"/>
        <source>Where Did This Come From?</source>
        <translation>Where Did This Come From?</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="583"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencypage.cpp" line="595"/>
        <source>Select a discrepancy first.</source>
        <translation>Select a discrepancy first.</translation>
    </message>
</context>
<context>
    <name>concord::ConsistencySummary</name>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="137"/>
        <source>No check yet. Run Check compares every record the source would write with the target.</source>
        <translation>No check yet. Run Check compares every record the source would write with the target.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="139"/>
        <source>A check is in progress…</source>
        <translation>A check is in progress…</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="141"/>
        <source>The latest check failed: %1</source>
        <translation>The latest check failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="145"/>
        <source>The latest check was cancelled.</source>
        <translation>The latest check was cancelled.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="147"/>
        <source>✓ Source and target agree: all %1 records match.</source>
        <translation>✓ Source and target agree: all %1 records match.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencysummary.cpp" line="150"/>
        <source>%n discrepancy(ies) between source and target.</source>
        <translation>
            <numerusform>%n discrepancy between source and target.</numerusform>
            <numerusform>%n discrepancies between source and target.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="154"/>
        <source>The figures below are from the check before.</source>
        <translation>The figures below are from the check before.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="169"/>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="170"/>
        <source>after a repair</source>
        <translation>after a repair</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="171"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="172"/>
        <source>Checked %1 (%2) by %3 · %4 · %5 → %6</source>
        <translation>Checked %1 (%2) by %3 · %4 · %5 → %6</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="237"/>
        <source>Source records</source>
        <translation>Source records</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="238"/>
        <source>Target records</source>
        <translation>Target records</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="243"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="245"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/consistencysummary.cpp" line="253"/>
        <source>Discrepancies per check, by kind, for the last %n stored check(s)</source>
        <translation>
            <numerusform>Discrepancies per check, by kind, for the last %n stored check</numerusform>
            <numerusform>Discrepancies per check, by kind, for the last %n stored checks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="244"/>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="246"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="247"/>
        <source>Records the source would write, after the mapping&apos;s skips</source>
        <translation>Records the source would write, after the mapping&apos;s skips</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="248"/>
        <source>Found by this check, not open after the check before</source>
        <translation>Found by this check, not open after the check before</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="249"/>
        <source>Open after the check before, found again</source>
        <translation>Open after the check before, found again</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="250"/>
        <source>Open after the check before, not found again</source>
        <translation>Open after the check before, not found again</translation>
    </message>
    <message>
        <location filename="../ui/consistency/consistencysummary.cpp" line="254"/>
        <source>The trend of discrepancies appears here after the first check.</source>
        <translation>The trend of discrepancies appears here after the first check.</translation>
    </message>
</context>
<context>
    <name>concord::ConsoleActions</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="74"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="75"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="76"/>
        <source>Create a workspace folder with its first system and dataset, read from a table (%1)</source>
        <translation>Create a workspace folder with its first system and dataset, read from a table (%1)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="78"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="79"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="80"/>
        <source>Open a folder that contains a workspace.yaml</source>
        <translation>Open a folder that contains a workspace.yaml</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="81"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Open &amp;Demo Workspace</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="82"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="83"/>
        <source>Open the demo workspace with five department databases (created on first use)</source>
        <translation>Open the demo workspace with five department databases (created on first use)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="85"/>
        <source>&amp;Run Now</source>
        <translation>&amp;Run Now</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="86"/>
        <source>Run Now</source>
        <translation>Run Now</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="87"/>
        <source>Run the selected pipeline now (Ctrl+R)</source>
        <translation>Run the selected pipeline now (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="88"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Dry Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="89"/>
        <source>Dry Run</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="90"/>
        <source>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</source>
        <translation>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="91"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="93"/>
        <source>Stop the running pipeline at the next batch boundary (Esc)</source>
        <translation>Stop the running pipeline at the next batch boundary (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="94"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="95"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="96"/>
        <source>Stop scheduled runs and retries of the selected pipeline; a run in progress stops at its next batch (Ctrl+P)</source>
        <translation>Stop scheduled runs and retries of the selected pipeline; a run in progress stops at its next batch (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="98"/>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="99"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="100"/>
        <source>Let the selected pipeline run on its schedule again; an open circuit is probed at once (Ctrl+Shift+P)</source>
        <translation>Let the selected pipeline run on its schedule again; an open circuit is probed at once (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="102"/>
        <source>&amp;Backfill…</source>
        <translation>&amp;Backfill…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="103"/>
        <source>Backfill</source>
        <translation>Backfill</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="104"/>
        <source>Re-read the selected pipeline&apos;s source from a point in time, or all of it (Ctrl+B)</source>
        <translation>Re-read the selected pipeline&apos;s source from a point in time, or all of it (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="105"/>
        <source>Show &amp;Dead Letters</source>
        <translation>Show &amp;Dead Letters</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="106"/>
        <source>The dead letters of the selected pipeline</source>
        <translation>The dead letters of the selected pipeline</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="107"/>
        <source>Run &amp;Schedules in This Console</source>
        <translation>Run &amp;Schedules in This Console</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="109"/>
        <source>While this console is open it runs pipelines on their schedules, retries failed runs and checks the alert rules</source>
        <translation>While this console is open it runs pipelines on their schedules, retries failed runs and checks the alert rules</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="112"/>
        <source>Edit &amp;Mapping…</source>
        <translation>Edit &amp;Mapping…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="113"/>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="114"/>
        <source>Open the selected pipeline&apos;s mapping in the mapping editor (Ctrl+E)</source>
        <translation>Open the selected pipeline&apos;s mapping in the mapping editor (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="115"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="116"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="117"/>
        <source>Re-read pipeline statuses from the state store (F5)</source>
        <translation>Re-read pipeline statuses from the state store (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="118"/>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="119"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="120"/>
        <source>Language, theme, the role to view as, log level and export folder (%1)</source>
        <translation>Language, theme, the role to view as, log level and export folder (%1)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="122"/>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="123"/>
        <source>The steward&apos;s daily tasks, step by step (%1)</source>
        <translation>The steward&apos;s daily tasks, step by step (%1)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="124"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="125"/>
        <source>Every command&apos;s shortcut (%1)</source>
        <translation>Every command&apos;s shortcut (%1)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="126"/>
        <source>&amp;About Concord</source>
        <translation>&amp;About Concord</translation>
    </message>
</context>
<context>
    <name>concord::ConsoleSession</name>
    <message>
        <location filename="../ui/consolesession.cpp" line="129"/>
        <source>no workspace is open</source>
        <translation>no workspace is open</translation>
    </message>
</context>
<context>
    <name>concord::DeadLetterModel</name>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="125"/>
        <source>Replays that failed again</source>
        <translation>Replays that failed again</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="128"/>
        <source>Edited by a steward; waiting for a replay</source>
        <translation>Edited by a steward; waiting for a replay</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="128"/>
        <source>Waiting for a fix and a replay</source>
        <translation>Waiting for a fix and a replay</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="129"/>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 by %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="146"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="147"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="148"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="149"/>
        <source>Record key</source>
        <translation>Record key</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="150"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="151"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="152"/>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadlettermodel.cpp" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>concord::DeadLetterPage</name>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="414"/>
        <source>No dead letter selected</source>
        <translation>No dead letter selected</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="415"/>
        <source>Select a dead letter to see why it failed and the record as it was read.</source>
        <translation>Select a dead letter to see why it failed and the record as it was read.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="422"/>
        <source>Dead letter %1</source>
        <translation>Dead letter %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="425"/>
        <source>%1 by %2, %3 — %4</source>
        <translation>%1 by %2, %3 — %4</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="427"/>
        <source>%1, edited: replay it to write the corrected record</source>
        <translation>%1, edited: replay it to write the corrected record</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterpage.cpp" line="428"/>
        <source>%n replay(s) failed again</source>
        <translation>
            <numerusform>%n replay failed again</numerusform>
            <numerusform>%n replays failed again</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="428"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="433"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="434"/>
        <source>Record key</source>
        <translation>Record key</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="435"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="435"/>
        <source>%1 (%2), run %3</source>
        <translation>%1 (%2), run %3</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="439"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="440"/>
        <source>Replays</source>
        <translation>Replays</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="441"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="443"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="447"/>
        <source>The record cannot be shown: %1</source>
        <translation>The record cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="452"/>
        <source>&lt;b&gt;Record as read from the source&lt;/b&gt; (shown as %1 may see it)</source>
        <translation>&lt;b&gt;Record as read from the source&lt;/b&gt; (shown as %1 may see it)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="464"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="467"/>
        <source>Masked for %1</source>
        <translation>Masked for %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="498"/>
        <source>Replay every open dead letter of every pipeline</source>
        <translation>Replay every open dead letter of every pipeline</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="499"/>
        <source>Replay every open dead letter of %1</source>
        <translation>Replay every open dead letter of %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="510"/>
        <source>Open a workspace to see its dead letters.</source>
        <translation>Open a workspace to see its dead letters.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="512"/>
        <source>Reading dead letters…</source>
        <translation>Reading dead letters…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="514"/>
        <source>No open dead letters — every record was written.
A record that fails permanently (bad data, a constraint in the target) lands here with its error; fix the mapping or the record, then replay it.</source>
        <translation>No open dead letters — every record was written.
A record that fails permanently (bad data, a constraint in the target) lands here with its error; fix the mapping or the record, then replay it.</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="518"/>
        <source>No dead letters match the filter.</source>
        <translation>No dead letters match the filter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterpage.cpp" line="530"/>
        <source>Replaying %n dead letter(s)…</source>
        <translation>
            <numerusform>Replaying %n dead letter…</numerusform>
            <numerusform>Replaying %n dead letters…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="539"/>
        <source>Replaying every open dead letter…</source>
        <translation>Replaying every open dead letter…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="540"/>
        <source>Replaying every open dead letter of %1…</source>
        <translation>Replaying every open dead letter of %1…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="595"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="596"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="597"/>
        <source>E&amp;rror:</source>
        <translation>E&amp;rror:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="598"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="599"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="600"/>
        <source>Replayed</source>
        <translation>Replayed</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="601"/>
        <source>Discarded</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="602"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="603"/>
        <source>All error codes</source>
        <translation>All error codes</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="604"/>
        <source>Search key or message (Ctrl+F)</source>
        <translation>Search key or message (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="605"/>
        <source>&amp;Replay Selected</source>
        <translation>&amp;Replay Selected</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="606"/>
        <source>Map and write the selected records again with the current mapping (Ctrl+Enter)</source>
        <translation>Map and write the selected records again with the current mapping (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="607"/>
        <source>Replay &amp;All</source>
        <translation>Replay &amp;All</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="608"/>
        <source>&amp;Edit Field…</source>
        <translation>&amp;Edit Field…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="609"/>
        <source>Correct one field of the failed record before replaying it</source>
        <translation>Correct one field of the failed record before replaying it</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="610"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Discard…</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="611"/>
        <source>Close the selected letters without writing them; a reason is required (Del)</source>
        <translation>Close the selected letters without writing them; a reason is required (Del)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="612"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="613"/>
        <source>Where Did This Come From?</source>
        <translation>Where Did This Come From?</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="614"/>
        <source>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</source>
        <translation>Open the record&apos;s lineage: the source record, pipeline, run and mapping version that wrote it, and where it went (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="616"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="616"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterpage.cpp" line="632"/>
        <source>Select a dead letter first.</source>
        <translation>Select a dead letter first.</translation>
    </message>
</context>
<context>
    <name>concord::DiscardDialog</name>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="118"/>
        <source>Discard Dead Letters</source>
        <translation>Discard Dead Letters</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="119"/>
        <source>Discard %n dead letter(s)? They will not be replayed; they stay in the list as discarded, with your name and the reason.</source>
        <translation>
            <numerusform>Discard %n dead letter? They will not be replayed; they stay in the list as discarded, with your name and the reason.</numerusform>
            <numerusform>Discard %n dead letters? They will not be replayed; they stay in the list as discarded, with your name and the reason.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="123"/>
        <source>&amp;Reason (required, goes into the audit trail):</source>
        <translation>&amp;Reason (required, goes into the audit trail):</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="127"/>
        <source>e.g. test record, the customer was deleted in CRM</source>
        <translation>e.g. test record, the customer was deleted in CRM</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="129"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyDetail</name>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="201"/>
        <source>No discrepancy selected</source>
        <translation>No discrepancy selected</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="202"/>
        <source>Select a discrepancy to compare the record field by field: source on the left, target on the right, differing fields highlighted.</source>
        <translation>Select a discrepancy to compare the record field by field: source on the left, target on the right, differing fields highlighted.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="209"/>
        <source>Record %1 — %2</source>
        <translation>Record %1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancydetail.cpp" line="212"/>
        <source>differing: %1 of %n field(s)</source>
        <translation>
            <numerusform>differing: %1 of %n field</numerusform>
            <numerusform>differing: %1 of %n fields</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="213"/>
        <source>first seen %1</source>
        <translation>first seen %1</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="216"/>
        <source>shown as %1 may see it</source>
        <translation>shown as %1 may see it</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="220"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyDetailModel</name>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="88"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="110"/>
        <source>%1 differs between source and target</source>
        <translation>%1 differs between source and target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="112"/>
        <source>The source would not write this record</source>
        <translation>The source would not write this record</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="112"/>
        <source>The target does not have this record</source>
        <translation>The target does not have this record</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="114"/>
        <source>Masked for your role</source>
        <translation>Masked for your role</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="129"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="130"/>
        <source>Source (no record)</source>
        <translation>Source (no record)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="130"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="131"/>
        <source>Target (no record)</source>
        <translation>Target (no record)</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancydetail.cpp" line="131"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyFilterBar</name>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="138"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n discrepancy</numerusform>
            <numerusform>%n discrepancies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="139"/>
        <source>Showing %1 of %n discrepancy(ies)</source>
        <translation>
            <numerusform>Showing %1 of %n discrepancy</numerusform>
            <numerusform>Showing %1 of %n discrepancies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="152"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="153"/>
        <source>F&amp;ield:</source>
        <translation>F&amp;ield:</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="154"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="158"/>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="159"/>
        <source>Only records whose value of this field differs</source>
        <translation>Only records whose value of this field differs</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="160"/>
        <source>Include fi&amp;xed</source>
        <translation>Include fi&amp;xed</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="161"/>
        <source>Also list discrepancies that a later check no longer found, or that a repair wrote</source>
        <translation>Also list discrepancies that a later check no longer found, or that a repair wrote</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancyfilterbar.cpp" line="162"/>
        <source>Search key or value (Ctrl+F)</source>
        <translation>Search key or value (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>concord::DiscrepancyModel</name>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="70"/>
        <source>Missing in target</source>
        <translation>Missing in target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="71"/>
        <source>Extra in target</source>
        <translation>Extra in target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="72"/>
        <source>Fields differ</source>
        <translation>Fields differ</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="80"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="82"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="84"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="113"/>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="171"/>
        <source>New</source>
        <translation>New</translation>
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
        <translation>First found by the latest check</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="151"/>
        <source>Found by an earlier check too</source>
        <translation>Found by an earlier check too</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="167"/>
        <source>Record key</source>
        <translation>Record key</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="168"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="169"/>
        <source>Differing fields</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/consistency/discrepancymodel.cpp" line="172"/>
        <source>First seen</source>
        <translation>First seen</translation>
    </message>
</context>
<context>
    <name>concord::DriftPane</name>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="49"/>
        <source>Not everything could be looked at: %1</source>
        <translation>Not everything could be looked at: %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="76"/>
        <source>Looking at every pipeline&apos;s tables…</source>
        <translation>Looking at every pipeline&apos;s tables…</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="93"/>
        <source>added (%1)</source>
        <translation>added (%1)</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="95"/>
        <source>removed (was %1)</source>
        <translation>removed (was %1)</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="96"/>
        <source>retyped: %1 → %2</source>
        <translation>retyped: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="106"/>
        <source>nothing Concord uses</source>
        <translation>nothing Concord uses</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="108"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="109"/>
        <source>resolved: the table is as before</source>
        <translation>resolved: the table is as before</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="110"/>
        <source>acknowledged by %1</source>
        <translation>acknowledged by %1</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="121"/>
        <source>No open schema drift: the tables look as they did.</source>
        <translation>No open schema drift: the tables look as they did.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/driftpane.cpp" line="122"/>
        <source>%n change(s) to the tables wait for a steward. A removed or retyped column that a pipeline reads or writes pauses it until acknowledged and resumed.</source>
        <translation>
            <numerusform>%n change to the tables waits for a steward. A removed or retyped column that a pipeline reads or writes pauses it until acknowledged and resumed.</numerusform>
            <numerusform>%n changes to the tables wait for a steward. A removed or retyped column that a pipeline reads or writes pauses it until acknowledged and resumed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="125"/>
        <location filename="../ui/audit/driftpane.cpp" line="145"/>
        <source>Schema Drift</source>
        <translation>Schema Drift</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="125"/>
        <location filename="../ui/audit/driftpane.cpp" line="145"/>
        <source>Schema Drift (%1)</source>
        <translation>Schema Drift (%1)</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="138"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="139"/>
        <source>Mark the selected changes as seen (audited); a paused pipeline is resumed separately</source>
        <translation>Mark the selected changes as seen (audited); a paused pipeline is resumed separately</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="140"/>
        <source>Check Now</source>
        <translation>Check Now</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="141"/>
        <source>Read every pipeline&apos;s tables now and compare them with what was seen before</source>
        <translation>Read every pipeline&apos;s tables now and compare them with what was seen before</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="142"/>
        <source>Show acknowledged</source>
        <translation>Show acknowledged</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../ui/audit/driftpane.cpp" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>concord::DryRunPanel</name>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="57"/>
        <location filename="../ui/dryrunpanel.cpp" line="99"/>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="58"/>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="59"/>
        <location filename="../ui/dryrunpanel.cpp" line="99"/>
        <source>insert</source>
        <translation>insert</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="64"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="66"/>
        <source>Withheld for the role you view as; the target receives what its own clearance allows</source>
        <translation>Withheld for the role you view as; the target receives what its own clearance allows</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="90"/>
        <source>Dry run result</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="92"/>
        <source>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</source>
        <translation>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="95"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="104"/>
        <source>Dry run of %1 failed: %2</source>
        <translation>Dry run of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="106"/>
        <source>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</source>
        <translation>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dryrunpanel.cpp" line="111"/>
        <source>The first %n planned write(s):</source>
        <translation>
            <numerusform>The first planned write:</numerusform>
            <numerusform>The first %n planned writes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::EditFieldDialog</name>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="20"/>
        <source>Edit Dead Letter %1</source>
        <translation>Edit Dead Letter %1</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="21"/>
        <source>Change one field of the record that failed, then replay it. The change is in the audit trail (the field&apos;s name, never its value).</source>
        <translation>Change one field of the record that failed, then replay it. The change is in the audit trail (the field&apos;s name, never its value).</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="27"/>
        <source>%1 (masked for you)</source>
        <translation>%1 (masked for you)</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="30"/>
        <source>Set to &amp;NULL</source>
        <translation>Set to &amp;NULL</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="35"/>
        <source>&amp;Field:</source>
        <translation>&amp;Field:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="36"/>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="38"/>
        <source>Save Edit</source>
        <translation>Save Edit</translation>
    </message>
    <message>
        <location filename="../ui/deadletters/deadletterdialogs.cpp" line="108"/>
        <source>This field is masked for your role, so you cannot edit it: a new value would replace one you cannot see. Ask a steward who may see it in clear.</source>
        <translation>This field is masked for your role, so you cannot edit it: a new value would replace one you cannot see. Ask a steward who may see it in clear.</translation>
    </message>
</context>
<context>
    <name>concord::ExportFile</name>
    <message>
        <location filename="../ui/exportfile.cpp" line="21"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/exportfile.cpp" line="22"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
</context>
<context>
    <name>concord::FieldRulePanel</name>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="270"/>
        <source>Change where %1 comes from</source>
        <translation>Change where %1 comes from</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="272"/>
        <source>Map %1 from %2</source>
        <translation>Map %1 from %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="273"/>
        <source>Edit the expression of %1</source>
        <translation>Edit the expression of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="275"/>
        <source>Edit the constant of %1</source>
        <translation>Edit the constant of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="279"/>
        <source>Add transform %1 to %2</source>
        <translation>Add transform %1 to %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="286"/>
        <source>Remove a transform of %1</source>
        <translation>Remove a transform of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="302"/>
        <source>Add a case to %1</source>
        <translation>Add a case to %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="312"/>
        <source>Remove a case of %1</source>
        <translation>Remove a case of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="321"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="336"/>
        <source>Edit a case of %1</source>
        <translation>Edit a case of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="339"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="340"/>
        <source>Edit the else of %1</source>
        <translation>Edit the else of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="341"/>
        <source>Edit the default of %1</source>
        <translation>Edit the default of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="342"/>
        <source>Change the null policy of %1</source>
        <translation>Change the null policy of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="343"/>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="344"/>
        <source>Change the type of %1</source>
        <translation>Change the type of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="345"/>
        <source>Describe %1</source>
        <translation>Describe %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="350"/>
        <source>Value from</source>
        <translation>Value from</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="351"/>
        <source>Transforms</source>
        <translation>Transforms</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="352"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="353"/>
        <source>Else</source>
        <translation>Else</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="354"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="355"/>
        <source>On null</source>
        <translation>On null</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="356"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="357"/>
        <source>Lookup</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="358"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="359"/>
        <source>expression</source>
        <translation>expression</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="360"/>
        <source>Checked: the else value is an expression; otherwise a constant</source>
        <translation>Checked: the else value is an expression; otherwise a constant</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="361"/>
        <source>ƒ</source>
        <translation>ƒ</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="362"/>
        <source>Checked: Then is an expression; otherwise a constant</source>
        <translation>Checked: Then is an expression; otherwise a constant</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="363"/>
        <source>Add the chosen transform at the end</source>
        <translation>Add the chosen transform at the end</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="364"/>
        <source>Remove the selected transform</source>
        <translation>Remove the selected transform</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="365"/>
        <source>Apply the selected transform earlier</source>
        <translation>Apply the selected transform earlier</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="366"/>
        <source>Apply the selected transform later</source>
        <translation>Apply the selected transform later</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="367"/>
        <source>Add a case</source>
        <translation>Add a case</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="368"/>
        <source>Remove the selected case</source>
        <translation>Remove the selected case</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="369"/>
        <source>Move the selected case up (the first case that matches wins)</source>
        <translation>Move the selected case up (the first case that matches wins)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="370"/>
        <source>Move the selected case down</source>
        <translation>Move the selected case down</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="371"/>
        <source>a constant, e.g. &apos;CN&apos; or 0</source>
        <translation>a constant, e.g. &apos;CN&apos; or 0</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="372"/>
        <source>(none: the value passes through)</source>
        <translation>(none: the value passes through)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="373"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="374"/>
        <source>Condition of the selected case, e.g. value in [&apos;Lost&apos;, &apos;Cancelled&apos;]</source>
        <translation>Condition of the selected case, e.g. value in [&apos;Lost&apos;, &apos;Cancelled&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="375"/>
        <source>e.g. concat(first_name, &apos; &apos;, last_name)</source>
        <translation>e.g. concat(first_name, &apos; &apos;, last_name)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>(not mapped)</source>
        <translation>(not mapped)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Source field</source>
        <translation>Source field</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="379"/>
        <source>Constant</source>
        <translation>Constant</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="383"/>
        <source>keep null</source>
        <translation>keep null</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="384"/>
        <source>use the default</source>
        <translation>use the default</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="385"/>
        <source>skip the record</source>
        <translation>skip the record</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="386"/>
        <source>fail the record</source>
        <translation>fail the record</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="405"/>
        <source>Select a target field to edit its rule.</source>
        <translation>Select a target field to edit its rule.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="412"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="464"/>
        <source>target&apos;s type (%1)</source>
        <translation>target&apos;s type (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="478"/>
        <source>inline table of %n value(s) — edit it in the YAML tab</source>
        <translation>
            <numerusform>inline table of %n value — edit it in the YAML tab</numerusform>
            <numerusform>inline table of %n values — edit it in the YAML tab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="479"/>
        <source>%1: %2 → %3 — edit it in the YAML tab</source>
        <translation>%1: %2 → %3 — edit it in the YAML tab</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="481"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="530"/>
        <source>⚠ Required, but not mapped: every record would fail.</source>
        <translation>⚠ Required, but not mapped: every record would fail.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="608"/>
        <source>Reorder the transforms of %1</source>
        <translation>Reorder the transforms of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/fieldrulepanel.cpp" line="632"/>
        <source>Reorder the cases of %1</source>
        <translation>Reorder the cases of %1</translation>
    </message>
</context>
<context>
    <name>concord::FieldsStep</name>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="34"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="35"/>
        <source>Concord reads every declared field. Check the suggested types (exact decimals, never floating point), the key, and what tracks changes; tag sensitive fields L3. The Sensitivity page can suggest tags from sample values later.</source>
        <translation>Concord reads every declared field. Check the suggested types (exact decimals, never floating point), the key, and what tracks changes; tag sensitive fields L3. The Sensitivity page can suggest tags from sample values later.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>SQL type</source>
        <translation>SQL type</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="41"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="47"/>
        <source>A timestamp or a number that grows on every change: runs read only what changed since the last one. Without it every run reads the whole table.</source>
        <translation>A timestamp or a number that grows on every change: runs read only what changed since the last one. Without it every run reads the whole table.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="50"/>
        <source>A column that marks a row as deleted: such rows delete the target&apos;s row.</source>
        <translation>A column that marks a row as deleted: such rows delete the target&apos;s row.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="53"/>
        <source>&amp;Dataset name:</source>
        <translation>&amp;Dataset name:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="54"/>
        <source>&amp;Changes tracked by:</source>
        <translation>&amp;Changes tracked by:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="55"/>
        <source>&amp;Deleted rows marked by:</source>
        <translation>&amp;Deleted rows marked by:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="87"/>
        <source>The dataset name holds letters, digits, _ and -, and starts with a letter.</source>
        <translation>The dataset name holds letters, digits, _ and -, and starts with a letter.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="89"/>
        <source>Declare at least one column.</source>
        <translation>Declare at least one column.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="91"/>
        <source>Mark the column(s) that identify a row as Key: writes are upserts on the key.</source>
        <translation>Mark the column(s) that identify a row as Key: writes are upserts on the key.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="95"/>
        <source>&quot;%1&quot; is not a type of field %2: int, decimal(p,s), string, bool, date, timestamp or json.</source>
        <translation>&quot;%1&quot; is not a type of field %2: int, decimal(p,s), string, bool, date, timestamp or json.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="112"/>
        <source>The table&apos;s primary key is (%1); %2 is not a key field here. Writes upsert on the key you declare, so rows that differ only in %2 would overwrite each other.</source>
        <translation>The table&apos;s primary key is (%1); %2 is not a key field here. Writes upsert on the key you declare, so rows that differ only in %2 would overwrite each other.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="150"/>
        <source>Reading the columns of %1…</source>
        <translation>Reading the columns of %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/newworkspace/fieldssteps.h" line="154"/>
        <source>%n column(s) in %1.</source>
        <translation>
            <numerusform>%n column in %1.</numerusform>
            <numerusform>%n columns in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="187"/>
        <source>Not a valid field name (letters, digits, _ and -): left out. Rename the column or map it through a view.</source>
        <translation>Not a valid field name (letters, digits, _ and -): left out. Rename the column or map it through a view.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="190"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="198"/>
        <source>Values are converted to this type as they are read; decimal(p,s) is exact.</source>
        <translation>Values are converted to this type as they are read; decimal(p,s) is exact.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="209"/>
        <source>L2 (default)</source>
        <translation>L2 (default)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="210"/>
        <source>L1 public</source>
        <translation>L1 public</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="211"/>
        <source>L3 restricted</source>
        <translation>L3 restricted</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="241"/>
        <source>(nothing: read the whole table each run)</source>
        <translation>(nothing: read the whole table each run)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="244"/>
        <source>(rows are deleted for real)</source>
        <translation>(rows are deleted for real)</translation>
    </message>
</context>
<context>
    <name>concord::FolderStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="46"/>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="47"/>
        <source>A workspace is a folder with a workspace.yaml. Choose a new or empty folder; keep it in git with the mappings you will add.</source>
        <translation>A workspace is a folder with a workspace.yaml. Choose a new or empty folder; keep it in git with the mappings you will add.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="53"/>
        <source>e.g. 销售与财务同步</source>
        <translation>e.g. 销售与财务同步</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="55"/>
        <source>e.g. sales (optional)</source>
        <translation>e.g. sales (optional)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="56"/>
        <source>The department that owns the first system. It becomes the workspace&apos;s first department; roles and visibility rules refer to departments.</source>
        <translation>The department that owns the first system. It becomes the workspace&apos;s first department; roles and visibility rules refer to departments.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="58"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="61"/>
        <source>Workspace Folder</source>
        <translation>Workspace Folder</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="69"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="73"/>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="94"/>
        <source>Give the folder&apos;s full path.</source>
        <translation>Give the folder&apos;s full path.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="96"/>
        <source>%1 already holds a workspace: open it with File → Open Workspace, or choose another folder.</source>
        <translation>%1 already holds a workspace: open it with File → Open Workspace, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="99"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="102"/>
        <source>A department name holds letters, digits, _ and -, and starts with a letter.</source>
        <translation>A department name holds letters, digits, _ and -, and starts with a letter.</translation>
    </message>
</context>
<context>
    <name>concord::LineagePage</name>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="154"/>
        <source>Cannot read the lineage: %1</source>
        <translation>Cannot read the lineage: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="250"/>
        <source>%n masked</source>
        <translation>
            <numerusform>%n masked</numerusform>
            <numerusform>%n masked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="255"/>
        <source>Some fields are masked or dropped on the way</source>
        <translation>Some fields are masked or dropped on the way</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="282"/>
        <source>Fields of %1: %2 → %3 (mapping %4)</source>
        <translation>Fields of %1: %2 → %3 (mapping %4)</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="289"/>
        <source>masked: %1</source>
        <translation>masked: %1</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="291"/>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="292"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="318"/>
        <source>Choose a dataset and type a record&apos;s key.</source>
        <translation>Choose a dataset and type a record&apos;s key.</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="325"/>
        <source>Tracing %1 %2…</source>
        <translation>Tracing %1 %2…</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="339"/>
        <source>Came from</source>
        <translation>Came from</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="341"/>
        <source>nothing Concord wrote: entered in this system, or older than the kept lineage</source>
        <translation>nothing Concord wrote: entered in this system, or older than the kept lineage</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="343"/>
        <source>Went to</source>
        <translation>Went to</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="345"/>
        <source>no pipeline has written it onwards</source>
        <translation>no pipeline has written it onwards</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="350"/>
        <source>%1 %2: %n hop(s) upstream, </source>
        <translation>
            <numerusform>%1 %2: %n hop upstream, </numerusform>
            <numerusform>%1 %2: %n hops upstream, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lineage/lineagepage.cpp" line="351"/>
        <source>%n downstream. Double-click a record to follow it.</source>
        <translation>
            <numerusform>%n downstream. Double-click a record to follow it.</numerusform>
            <numerusform>%n downstream. Double-click a record to follow it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="368"/>
        <source>inserted</source>
        <translation>inserted</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="369"/>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="370"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="371"/>
        <source>rewritten unchanged</source>
        <translation>rewritten unchanged</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="373"/>
        <source>run %1</source>
        <translation>run %1</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="379"/>
        <source>by %1, trace %2</source>
        <translation>by %1, trace %2</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="393"/>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="394"/>
        <source>Key:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="395"/>
        <source>the record&apos;s key; a composite key as a JSON array</source>
        <translation>the record&apos;s key; a composite key as a JSON array</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="396"/>
        <source>Where Did This Come From?</source>
        <translation>Where Did This Come From?</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Write</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="397"/>
        <source>Mapping version</source>
        <translation>Mapping version</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="398"/>
        <source>Dataset lineage: every pipeline of the workspace. Select an arrow to see its fields.</source>
        <translation>Dataset lineage: every pipeline of the workspace. Select an arrow to see its fields.</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>Target field</source>
        <translation>Target field</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="399"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../ui/lineage/lineagepage.cpp" line="401"/>
        <source>Fields: select a pipeline</source>
        <translation>Fields: select a pipeline</translation>
    </message>
</context>
<context>
    <name>concord::LoadingPage</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="331"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Try Again</translation>
    </message>
</context>
<context>
    <name>concord::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="161"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Selected pipeline</source>
        <translation>Selected pipeline</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="163"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="164"/>
        <source>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</source>
        <translation>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="165"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="166"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="167"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="168"/>
        <source>Filter by message, record, error code or trace id</source>
        <translation>Filter by message, record, error code or trace id</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="169"/>
        <source>Clear the log</source>
        <translation>Clear the log</translation>
    </message>
</context>
<context>
    <name>concord::LogTableModel</name>
    <message>
        <location filename="../ui/logmodel.cpp" line="136"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="137"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="138"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="139"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="140"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="141"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="142"/>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
</context>
<context>
    <name>concord::LogsPage</name>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="57"/>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="58"/>
        <source>Last 6 hours</source>
        <translation>Last 6 hours</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="59"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="60"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="61"/>
        <source>Everything kept</source>
        <translation>Everything kept</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="416"/>
        <source>Reading the log files…</source>
        <translation>Reading the log files…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="421"/>
        <source>No log yet. The console and concordctl write one JSON line per event to %1; run a pipeline and it appears here.</source>
        <translation>No log yet. The console and concordctl write one JSON line per event to %1; run a pipeline and it appears here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="424"/>
        <source>No entries match in %n line(s) read. Widen the time range or clear a filter.</source>
        <translation>
            <numerusform>No entries match in %n line read. Widen the time range or clear a filter.</numerusform>
            <numerusform>No entries match in %n lines read. Widen the time range or clear a filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="428"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="430"/>
        <source>only the newest %1 are shown: narrow the filters to see older ones</source>
        <translation>only the newest %1 are shown: narrow the filters to see older ones</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="432"/>
        <source>reading was cancelled: not every entry was read</source>
        <translation>reading was cancelled: not every entry was read</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="434"/>
        <source>%n line(s) were not log entries</source>
        <translation>
            <numerusform>%n line was not a log entry</numerusform>
            <numerusform>%n lines were not log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="436"/>
        <source>following (%n new)</source>
        <translation>
            <numerusform>following (%n new)</numerusform>
            <numerusform>following (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="443"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="444"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="445"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="446"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="447"/>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="448"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="449"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="450"/>
        <source>Source system</source>
        <translation>Source system</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="451"/>
        <source>Target system</source>
        <translation>Target system</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="452"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="453"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="455"/>
        <source>As written:</source>
        <translation>As written:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="483"/>
        <source>Export Log Entries</source>
        <translation>Export Log Entries</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="519"/>
        <source>The log entries could not be exported: %1</source>
        <translation>The log entries could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/logs/logspage.cpp" line="532"/>
        <source>%n log entries exported to %1</source>
        <translation>
            <numerusform>%n log entry exported to %1</numerusform>
            <numerusform>%n log entries exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="559"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="560"/>
        <source>Read the log files again (F5)</source>
        <translation>Read the log files again (F5)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="561"/>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="562"/>
        <source>Add what the console and concordctl write while this page is open</source>
        <translation>Add what the console and concordctl write while this page is open</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="563"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="564"/>
        <source>Write the entries shown to an Excel workbook or a CSV file (audited)</source>
        <translation>Write the entries shown to an Excel workbook or a CSV file (audited)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="565"/>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="568"/>
        <source>Pipeline:</source>
        <translation>Pipeline:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="569"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="570"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="571"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="572"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="573"/>
        <source>Error code:</source>
        <translation>Error code:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="575"/>
        <source>Trace id:</source>
        <translation>Trace id:</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="576"/>
        <source>one run&apos;s lines</source>
        <translation>one run&apos;s lines</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="577"/>
        <source>Message, record, system or process contains…</source>
        <translation>Message, record, system or process contains…</translation>
    </message>
    <message>
        <location filename="../ui/logs/logspage.cpp" line="578"/>
        <source>Stop reading (what was read so far is kept)</source>
        <translation>Stop reading (what was read so far is kept)</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>About Concord</source>
        <translation>About Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="352"/>
        <source>Replaying %n dead letter(s)…</source>
        <translation>
            <numerusform>Replaying %n dead letter…</numerusform>
            <numerusform>Replaying %n dead letters…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Replaying every open dead letter…</source>
        <translation>Replaying every open dead letter…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>Replaying the open dead letters of %1…</source>
        <translation>Replaying the open dead letters of %1…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="52"/>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="70"/>
        <source>Created %1; a run is in progress, so open it from File → Open Recent when it has finished.</source>
        <translation>Created %1; a run is in progress, so open it from File → Open Recent when it has finished.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="75"/>
        <source>Created %1: add the target system, a pipeline and its mapping next.</source>
        <translation>Created %1: add the target system, a pipeline and its mapping next.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="108"/>
        <source>Drop to open it</source>
        <translation>Drop to open it</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="124"/>
        <source>A run is in progress: drop it again when it has finished.</source>
        <translation>A run is in progress: drop it again when it has finished.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="154"/>
        <source>%1 is not the mapping of any pipeline in %2: name it as a pipeline&apos;s mapping in workspace.yaml first.</source>
        <translation>%1 is not the mapping of any pipeline in %2: name it as a pipeline&apos;s mapping in workspace.yaml first.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="175"/>
        <source>The demo workspace could not be created: %1</source>
        <translation>The demo workspace could not be created: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Run failed: %1</source>
        <translation>Run failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</source>
        <translation>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="528"/>
        <source>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</source>
        <translation>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</source>
        <translation>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="535"/>
        <source>%1 finished in %2: %3 rows written.</source>
        <translation>%1 finished in %2: %3 rows written.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>Switched off for this session by CONCORD_SCHEDULER=off</source>
        <translation>Switched off for this session by CONCORD_SCHEDULER=off</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="199"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowopen.cpp" line="203"/>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n pipeline</numerusform>
            <numerusform>%n pipelines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="670"/>
        <source>%1 open dead letters</source>
        <translation>%1 open dead letters</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="672"/>
        <source>%n alert(s) to acknowledge</source>
        <translation>
            <numerusform>%n alert to acknowledge</numerusform>
            <numerusform>%n alerts to acknowledge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>schedules run in this console</source>
        <translation>schedules run in this console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="673"/>
        <source>schedules off in this console</source>
        <translation>schedules off in this console</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="693"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="694"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="696"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="697"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="698"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="699"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="700"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="705"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="707"/>
        <source>Dead &amp;Letters</source>
        <translation>Dead &amp;Letters</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="708"/>
        <source>&amp;Consistency</source>
        <translation>&amp;Consistency</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="709"/>
        <source>C&amp;onflicts</source>
        <translation>C&amp;onflicts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="710"/>
        <source>A&amp;udit Trail</source>
        <translation>A&amp;udit Trail</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="711"/>
        <source>&amp;Lineage</source>
        <translation>&amp;Lineage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="712"/>
        <source>Lo&amp;gs</source>
        <translation>Lo&amp;gs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="713"/>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="715"/>
        <source>Every pipeline with its state, last run, backlog and dead letters, and the charts</source>
        <translation>Every pipeline with its state, last run, backlog and dead letters, and the charts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="716"/>
        <source>Tag fields L1/L2/L3, choose masks and see who may see what</source>
        <translation>Tag fields L1/L2/L3, choose masks and see who may see what</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="717"/>
        <source>Records that failed, with their error codes: fix, replay or discard them</source>
        <translation>Records that failed, with their error codes: fix, replay or discard them</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="718"/>
        <source>Alerts raised by the rules; acknowledge them here</source>
        <translation>Alerts raised by the rules; acknowledge them here</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Compare source and target, review the discrepancies, export or repair them</source>
        <translation>Compare source and target, review the discrepancies, export or repair them</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Two-way changes that need a decision, in a three-way view</source>
        <translation>Two-way changes that need a decision, in a three-way view</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="721"/>
        <source>Who did what and when, and whether the hash chain holds</source>
        <translation>Who did what and when, and whether the hash chain holds</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="722"/>
        <source>Where a record came from and where it went</source>
        <translation>Where a record came from and where it went</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="723"/>
        <source>The log files of every process working on this workspace</source>
        <translation>The log files of every process working on this workspace</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="706"/>
        <source>&amp;Sensitivity and Policy</source>
        <translation>&amp;Sensitivity and Policy</translation>
    </message>
</context>
<context>
    <name>concord::MappingCanvas</name>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="263"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="281"/>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="283"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="303"/>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="305"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="308"/>
        <source>ƒ cases</source>
        <translation>ƒ cases</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="310"/>
        <source>ƒ expr</source>
        <translation>ƒ expr</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="314"/>
        <source>lookup</source>
        <translation>lookup</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="318"/>
        <source>required but not mapped</source>
        <translation>required but not mapped</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingcanvas.cpp" line="319"/>
        <source>(unmapped)</source>
        <translation>(unmapped)</translation>
    </message>
</context>
<context>
    <name>concord::MappingDocument</name>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="132"/>
        <source>Link %1 → %2</source>
        <translation>Link %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="143"/>
        <source>Remove the rule of %1</source>
        <translation>Remove the rule of %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingdocument.cpp" line="194"/>
        <source>Edit the YAML text</source>
        <translation>Edit the YAML text</translation>
    </message>
</context>
<context>
    <name>concord::MappingEditor</name>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="65"/>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="130"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="131"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="132"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="133"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="134"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="135"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="136"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="136"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="137"/>
        <source>&amp;Auto-map…</source>
        <translation>&amp;Auto-map…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="138"/>
        <source>Propose links for unmapped target fields with matching names</source>
        <translation>Propose links for unmapped target fields with matching names</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="139"/>
        <source>&amp;Remove the Selected Field&apos;s Rule</source>
        <translation>&amp;Remove the Selected Field&apos;s Rule</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="141"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="143"/>
        <source>Visual</source>
        <translation>Visual</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="144"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="145"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="146"/>
        <source>Preview (first %1 source records, live)</source>
        <translation>Preview (first %1 source records, live)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="147"/>
        <source>Samples from JSON…</source>
        <translation>Samples from JSON…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="148"/>
        <source>Samples from the source</source>
        <translation>Samples from the source</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="149"/>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="150"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="163"/>
        <source>%1 cannot be opened:

%2</source>
        <translation>%1 cannot be opened:

%2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="258"/>
        <source>The YAML text has errors and was not applied; see the YAML tab.</source>
        <translation>The YAML text has errors and was not applied; see the YAML tab.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="331"/>
        <source>No preview: the mapping has %n problem(s).</source>
        <translation>
            <numerusform>No preview: the mapping has %n problem.</numerusform>
            <numerusform>No preview: the mapping has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="348"/>
        <source>%1 record(s) from %2 · %3 mapped · %4 skipped · %5 failed · as %6</source>
        <translation>%1 record(s) from %2 · %3 mapped · %4 skipped · %5 failed · as %6</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="354"/>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="369"/>
        <source>%1 is not mapped.</source>
        <translation>%1 is not mapped.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="375"/>
        <source>case %1: %2</source>
        <translation>case %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="377"/>
        <source>else: %1</source>
        <translation>else: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="379"/>
        <source>default: %1</source>
        <translation>default: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="381"/>
        <source>lookup found: %1, missed: %2</source>
        <translation>lookup found: %1, missed: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="382"/>
        <source>null: %1</source>
        <translation>null: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="383"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="384"/>
        <source>Rule hits for %1 over the sample — %2</source>
        <translation>Rule hits for %1 over the sample — %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="400"/>
        <source>Cannot read samples from %1: %2 — load a JSON file instead.</source>
        <translation>Cannot read samples from %1: %2 — load a JSON file instead.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="411"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="424"/>
        <source>Reading samples…</source>
        <translation>Reading samples…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="420"/>
        <source>Sample Records</source>
        <translation>Sample Records</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="421"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="446"/>
        <source>Auto-map %n field(s)</source>
        <translation>
            <numerusform>Auto-map %n field</numerusform>
            <numerusform>Auto-map %n fields</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="458"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="466"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="474"/>
        <location filename="../ui/mapping/mappingeditor.cpp" line="506"/>
        <source>Save Mapping</source>
        <translation>Save Mapping</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="459"/>
        <source>The YAML text has errors, so there is nothing valid to save:
%1</source>
        <translation>The YAML text has errors, so there is nothing valid to save:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="467"/>
        <source>The mapping has %n problem(s); pipelines using it will not run until they are fixed. Save anyway?</source>
        <translation>
            <numerusform>The mapping has %n problem; pipelines using it will not run until it is fixed. Save anyway?</numerusform>
            <numerusform>The mapping has %n problems; pipelines using it will not run until they are fixed. Save anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="475"/>
        <source>%n comment(s) belong to rules that were removed or rewritten and will be lost:
%1

Save anyway?</source>
        <translation>
            <numerusform>%n comment belongs to a rule that was removed or rewritten and will be lost:
%1

Save anyway?</numerusform>
            <numerusform>%n comments belong to rules that were removed or rewritten and will be lost:
%1

Save anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="484"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="493"/>
        <source>Saved %1 (version %2).</source>
        <translation>Saved %1 (version %2).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="506"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 was not saved: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="511"/>
        <source>%1[*] — Mapping Editor</source>
        <translation>%1[*] — Mapping Editor</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="526"/>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mapping/mappingeditor.cpp" line="526"/>
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="529"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="530"/>
        <source>Version %1 (saved: %2)</source>
        <translation>Version %1 (saved: %2)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="542"/>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingeditor.cpp" line="542"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 has unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>concord::MappingWorker</name>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="34"/>
        <location filename="../ui/mapping/mappingworker.cpp" line="70"/>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="52"/>
        <location filename="../ui/mapping/mappingworker.cpp" line="71"/>
        <source>unknown source dataset &apos;%1&apos;</source>
        <translation>unknown source dataset &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../ui/mapping/mappingworker.cpp" line="128"/>
        <source>the mapping&apos;s source or target dataset is not in the workspace</source>
        <translation>the mapping&apos;s source or target dataset is not in the workspace</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorModel</name>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="211"/>
        <source>Systems (%1)</source>
        <translation>Systems (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="215"/>
        <source>The department systems this workspace connects</source>
        <translation>The department systems this workspace connects</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="219"/>
        <source>Datasets (%1)</source>
        <translation>Datasets (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="223"/>
        <source>Tables and the fields declared for them, with their sensitivity</source>
        <translation>Tables and the fields declared for them, with their sensitivity</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="227"/>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="231"/>
        <source>Sync pipelines: select one to run it or to filter the log</source>
        <translation>Sync pipelines: select one to run it or to filter the log</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="235"/>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="244"/>
        <source>Records of two-way pipelines changed on both sides, waiting for a steward to choose the values</source>
        <translation>Records of two-way pipelines changed on both sides, waiting for a steward to choose the values</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="248"/>
        <source>Dead letters (%1)</source>
        <translation>Dead letters (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="257"/>
        <source>Records that failed permanently and wait for a fix and a replay</source>
        <translation>Records that failed permanently and wait for a fix and a replay</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="261"/>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="270"/>
        <source>Active alerts nobody has acknowledged yet</source>
        <translation>Active alerts nobody has acknowledged yet</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="289"/>
        <source>%1 system · department: %2</source>
        <translation>%1 system · department: %2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="289"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="300"/>
        <source>Table %1 in system %2</source>
        <translation>Table %1 in system %2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="319"/>
        <source>%1 → %2
Last run: %3</source>
        <translation>%1 → %2
Last run: %3</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="335"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="342"/>
        <source>Open conflicts of the two-way pipeline %1</source>
        <translation>Open conflicts of the two-way pipeline %1</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="354"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorView</name>
    <message>
        <location filename="../ui/navigatorview.cpp" line="60"/>
        <source>Systems, datasets and pipelines of the open workspace appear here.</source>
        <translation>Systems, datasets and pipelines of the open workspace appear here.</translation>
    </message>
</context>
<context>
    <name>concord::NewWorkspaceWizard</name>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="16"/>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="112"/>
        <source>Replace the Stored Password?</source>
        <translation>Replace the Stored Password?</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="113"/>
        <source>The OS keychain already holds a different password under %1, and other workspaces may use it. Replace it with the one typed here?</source>
        <translation>The OS keychain already holds a different password under %1, and other workspaces may use it. Replace it with the one typed here?</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/newworkspacewizard.cpp" line="119"/>
        <source>Nothing was written. Go back and choose another keychain name for the password reference, or leave the password empty to use the stored one.</source>
        <translation>Nothing was written. Go back and choose another keychain name for the password reference, or leave the password empty to use the stored one.</translation>
    </message>
</context>
<context>
    <name>concord::PipelineCommands</name>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="59"/>
        <source>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</source>
        <translation>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="111"/>
        <source>Nothing to replay: no open dead letters matched.</source>
        <translation>Nothing to replay: no open dead letters matched.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="113"/>
        <source>%n replayed</source>
        <translation>
            <numerusform>%n replayed</numerusform>
            <numerusform>%n replayed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="115"/>
        <source>%n failed again</source>
        <translation>
            <numerusform>%n failed again</numerusform>
            <numerusform>%n failed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="117"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="118"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="125"/>
        <source>%1 paused: schedules and retries wait until you resume it.</source>
        <translation>%1 paused: schedules and retries wait until you resume it.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="127"/>
        <source>%1 resumed.</source>
        <translation>%1 resumed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="129"/>
        <source>%n dead letter(s) discarded.</source>
        <translation>
            <numerusform>%n dead letter discarded.</numerusform>
            <numerusform>%n dead letters discarded.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="131"/>
        <source>Dead letter %1 edited; replay it to write the corrected record.</source>
        <translation>Dead letter %1 edited; replay it to write the corrected record.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="133"/>
        <source>Alert acknowledged.</source>
        <translation>Alert acknowledged.</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="142"/>
        <source>Could not pause: %1</source>
        <translation>Could not pause: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="144"/>
        <source>Could not resume: %1</source>
        <translation>Could not resume: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="146"/>
        <source>Could not discard: %1</source>
        <translation>Could not discard: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="148"/>
        <source>Could not edit the dead letter: %1</source>
        <translation>Could not edit the dead letter: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="150"/>
        <source>Could not acknowledge the alert: %1</source>
        <translation>Could not acknowledge the alert: %1</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/pipelinecommands.cpp" line="152"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>concord::PipelineTableModel</name>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="307"/>
        <source>%1 rows written by the last run, %2 by all runs</source>
        <translation>%1 rows written by the last run, %2 by all runs</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="309"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="367"/>
        <source>Records the last run could not write (sent to dead letters)</source>
        <translation>Records the last run could not write (sent to dead letters)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="316"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="370"/>
        <source>Dead letters waiting for a fix and a replay</source>
        <translation>Dead letters waiting for a fix and a replay</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="292"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="333"/>
        <source>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</source>
        <translation>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="297"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="335"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="183"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Disabled (last: %1)</source>
        <translation>Disabled (last: %1)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="191"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="210"/>
        <source>As changes come</source>
        <translation>As changes come</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="216"/>
        <source>%1 (retry)</source>
        <translation>%1 (retry)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="218"/>
        <source>%1 (probe)</source>
        <translation>%1 (probe)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="220"/>
        <source>%1 (after another pipeline)</source>
        <translation>%1 (after another pipeline)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="283"/>
        <source>Paused by %1 %2: schedules and retries wait for Resume; Run Now still runs it once</source>
        <translation>Paused by %1 %2: schedules and retries wait for Resume; Run Now still runs it once</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="286"/>
        <source>%1 kept failing, so pipelines writing to it wait; a probe run tries it again</source>
        <translation>%1 kept failing, so pipelines writing to it wait; a probe run tries it again</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="288"/>
        <source>The last run failed with a passing fault; retry %1 of %2</source>
        <translation>The last run failed with a passing fault; retry %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="290"/>
        <source>The last run failed; the pipeline runs again on its schedule or when asked</source>
        <translation>The last run failed; the pipeline runs again on its schedule or when asked</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="295"/>
        <source>Last run: %1</source>
        <translation>Last run: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="311"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="368"/>
        <source>Changes in the source not yet written to the target</source>
        <translation>Changes in the source not yet written to the target</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="312"/>
        <source>Not measured yet: the scheduler measures backlogs once a minute</source>
        <translation>Not measured yet: the scheduler measures backlogs once a minute</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="314"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="369"/>
        <source>Records written out of records attempted in the last 24 hours</source>
        <translation>Records written out of records attempted in the last 24 hours</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="319"/>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="322"/>
        <source>concordctl serve receives its events and applies each as it arrives</source>
        <translation>concordctl serve receives its events and applies each as it arrives</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="323"/>
        <source>In real-time mode, concordctl serve follows the change log continuously</source>
        <translation>In real-time mode, concordctl serve follows the change log continuously</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="327"/>
        <source>Paused: nothing runs until Resume</source>
        <translation>Paused: nothing runs until Resume</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="349"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="350"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="351"/>
        <source>Source → target</source>
        <translation>Source → target</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="352"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="353"/>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="354"/>
        <source>Last status</source>
        <translation>Last status</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="355"/>
        <source>Rows written</source>
        <translation>Rows written</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="357"/>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="358"/>
        <source>Success (24 h)</source>
        <translation>Success (24 h)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="360"/>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="366"/>
        <source>Rows written by the last real run / by all real runs (dry runs write nothing)</source>
        <translation>Rows written by the last real run / by all real runs (dry runs write nothing)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="356"/>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="359"/>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
</context>
<context>
    <name>concord::PipelinesPage</name>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="222"/>
        <source>Filter pipelines (Ctrl+F)</source>
        <translation>Filter pipelines (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="224"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="225"/>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="226"/>
        <source>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</source>
        <translation>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="235"/>
        <source>Select a pipeline to see its recent runs.</source>
        <translation>Select a pipeline to see its recent runs.</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="236"/>
        <source>Recent runs of %1</source>
        <translation>Recent runs of %1</translation>
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
        <translation>System %1: department %2, receives up to %3</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="59"/>
        <source>Role %1: department %2, clearance %3</source>
        <translation>Role %1: department %2, clearance %3</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="60"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="74"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="75"/>
        <source>mask: %1</source>
        <translation>mask: %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/policymatrixmodel.cpp" line="76"/>
        <source>drop</source>
        <translation>drop</translation>
    </message>
</context>
<context>
    <name>concord::PreviewModel</name>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="19"/>
        <source>mapped</source>
        <translation>mapped</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="19"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="20"/>
        <location filename="../ui/mapping/previewmodel.cpp" line="132"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="23"/>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="70"/>
        <source>As %1: %2 — %3</source>
        <translation>As %1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="77"/>
        <source>Source key</source>
        <translation>Source key</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="79"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="82"/>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="84"/>
        <source>%1 (masked)</source>
        <translation>%1 (masked)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="134"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="142"/>
        <source>case %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="144"/>
        <source>else</source>
        <translation>else</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="146"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="148"/>
        <source>lookup miss</source>
        <translation>lookup miss</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="164"/>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="166"/>
        <source>The value was null; the default was used (on_null: default).</source>
        <translation>The value was null; the default was used (on_null: default).</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="168"/>
        <source>Found in the lookup table.</source>
        <translation>Found in the lookup table.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/previewmodel.cpp" line="170"/>
        <source>Not in the lookup table.</source>
        <translation>Not in the lookup table.</translation>
    </message>
</context>
<context>
    <name>concord::ProblemsPane</name>
    <message>
        <location filename="../ui/problemspane.cpp" line="127"/>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="127"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="128"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="130"/>
        <source>No problems. Errors in workspace.yaml or a mapping file show up here with their line and column.</source>
        <translation>No problems. Errors in workspace.yaml or a mapping file show up here with their line and column.</translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="132"/>
        <source>The workspace in %1 could not be opened. Fix these in the files named below, then open it again.</source>
        <translation>The workspace in %1 could not be opened. Fix these in the files named below, then open it again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/problemspane.cpp" line="135"/>
        <source>The workspace opened, but has %n warning(s).</source>
        <translation>
            <numerusform>The workspace opened, but has a warning.</numerusform>
            <numerusform>The workspace opened, but has %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/problemspane.cpp" line="138"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>concord::RecentRunsModel</name>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="47"/>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="47"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="67"/>
        <source>Started by %1 · trace %2</source>
        <translation>Started by %1 · trace %2</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="78"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="79"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="80"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="81"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="82"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="84"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../ui/recentrunsmodel.cpp" line="85"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>concord::RepairDialog</name>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="48"/>
        <source>Repair Discrepancies of %1</source>
        <translation>Repair Discrepancies of %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consistency/repairdialog.cpp" line="51"/>
        <source>A dry run planned these writes for %n discrepancy(ies). Nothing has been written yet; Confirm writes them to the target and checks again.</source>
        <translation>
            <numerusform>A dry run planned these writes for %n discrepancy. Nothing has been written yet; Confirm writes them to the target and checks again.</numerusform>
            <numerusform>A dry run planned these writes for %n discrepancies. Nothing has been written yet; Confirm writes them to the target and checks again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Record key</source>
        <translation>Record key</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Fields written</source>
        <translation>Fields written</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="64"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="95"/>
        <source>&amp;Confirm Repair</source>
        <translation>&amp;Confirm Repair</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="98"/>
        <source>Nothing to write: every discrepancy would be skipped or only flagged.</source>
        <translation>Nothing to write: every discrepancy would be skipped or only flagged.</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="132"/>
        <source>Insert into target</source>
        <translation>Insert into target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="134"/>
        <source>Update target</source>
        <translation>Update target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="136"/>
        <source>Delete from target</source>
        <translation>Delete from target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="138"/>
        <source>Flag only</source>
        <translation>Flag only</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="140"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="155"/>
        <source>%1 to insert</source>
        <translation>%1 to insert</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="155"/>
        <source>%1 inserted</source>
        <translation>%1 inserted</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="156"/>
        <source>%1 to update</source>
        <translation>%1 to update</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="156"/>
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="157"/>
        <source>%1 to delete</source>
        <translation>%1 to delete</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="157"/>
        <source>%1 deleted</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="158"/>
        <source>%1 flagged, left in the target</source>
        <translation>%1 flagged, left in the target</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="159"/>
        <source>%1 skipped</source>
        <translation>%1 skipped</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="160"/>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="162"/>
        <source>Nothing to repair</source>
        <extracomment>Separates the counts of a repair summary (&quot;1 to insert, 2 to update&quot;).</extracomment>
        <translation>Nothing to repair</translation>
    </message>
    <message>
        <location filename="../ui/consistency/repairdialog.cpp" line="162"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>concord::RoleSelector</name>
    <message>
        <location filename="../ui/roleselector.cpp" line="29"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="30"/>
        <source>View the console as this role: values above its clearance are masked or hidden. Only roles that see no more than yours are offered.</source>
        <translation>View the console as this role: values above its clearance are masked or hidden. Only roles that see no more than yours are offered.</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="42"/>
        <source>(no role — L1 only)</source>
        <translation>(no role — L1 only)</translation>
    </message>
    <message>
        <location filename="../ui/roleselector.cpp" line="45"/>
        <source>%1 (you) · %2 · %3</source>
        <translation>%1 (you) · %2 · %3</translation>
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
        <translation>Cancelling %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="90"/>
        <source>Dry-running %1…</source>
        <translation>Dry-running %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="92"/>
        <source>Running %1…</source>
        <translation>Running %1…</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/runstatuswidget.cpp" line="94"/>
        <source>Stop the run at the next batch boundary (Esc)</source>
        <translation>Stop the run at the next batch boundary (Esc)</translation>
    </message>
</context>
<context>
    <name>concord::SensitivityModel</name>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="101"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="103"/>
        <source>Sample (as you see it)</source>
        <translation>Sample (as you see it)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="104"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="105"/>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="106"/>
        <source>Visible to</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="128"/>
        <source>L2 (untagged)</source>
        <translation>L2 (untagged)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="148"/>
        <source>What holders below this level get: hash, hash(16), partial(3,4), partial(mobile), partial(id_card), partial(bank_card), partial(email), generalize(month), generalize(year), generalize(0, 1000, 10000), null, token. Empty: the field is dropped for them.</source>
        <translation>What holders below this level get: hash, hash(16), partial(3,4), partial(mobile), partial(id_card), partial(bank_card), partial(email), generalize(month), generalize(year), generalize(0, 1000, 10000), null, token. Empty: the field is dropped for them.</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitymodel.cpp" line="152"/>
        <source>Departments that may see the field at all, comma-separated; empty: every department.</source>
        <translation>Departments that may see the field at all, comma-separated; empty: every department.</translation>
    </message>
</context>
<context>
    <name>concord::SensitivityPage</name>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="58"/>
        <source>untagged (L2)</source>
        <translation>untagged (L2)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="143"/>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="150"/>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="155"/>
        <source>Mask</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="150"/>
        <source>Mask for the selected fields (empty: drop):</source>
        <translation>Mask for the selected fields (empty: drop):</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="159"/>
        <source>Set mask %1</source>
        <translation>Set mask %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="163"/>
        <source>Visible to</source>
        <translation>Visible to</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="164"/>
        <source>Departments that may see the selected fields, comma-separated (empty: every department):</source>
        <translation>Departments that may see the selected fields, comma-separated (empty: every department):</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="172"/>
        <source>Set visible to</source>
        <translation>Set visible to</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="175"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="177"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="208"/>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="222"/>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="271"/>
        <source>Unsaved tags</source>
        <translation>Unsaved tags</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="272"/>
        <source>The tags of %1 are not saved. Discard them?</source>
        <translation>The tags of %1 are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="298"/>
        <source>Reading sample values of %1…</source>
        <translation>Reading sample values of %1…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="333"/>
        <source>No sample values: %1</source>
        <translation>No sample values: %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="370"/>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="372"/>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="376"/>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="412"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="413"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="432"/>
        <source>a Chinese mobile number</source>
        <translation>a Chinese mobile number</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="433"/>
        <source>an ID card number</source>
        <translation>an ID card number</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="434"/>
        <source>a bank card number</source>
        <translation>a bank card number</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="435"/>
        <source>an e-mail address</source>
        <translation>an e-mail address</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="436"/>
        <source>a street address</source>
        <translation>a street address</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="438"/>
        <source>%1 looks like %2 in %3% of %n sample(s) → %4, %5</source>
        <translation>
            <numerusform>%1 looks like %2 in %3% of %n sample → %4, %5</numerusform>
            <numerusform>%1 looks like %2 in %3% of %n samples → %4, %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="475"/>
        <source>%1 (%n fields)</source>
        <translation>
            <numerusform>%1 (%n field)</numerusform>
            <numerusform>%1 (%n fields)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="486"/>
        <source>Accept suggestion for %1</source>
        <translation>Accept suggestion for %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="507"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="520"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="524"/>
        <source>Saved to workspace.yaml; the change is in the audit trail.</source>
        <translation>Saved to workspace.yaml; the change is in the audit trail.</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="549"/>
        <source>L1 public</source>
        <translation>L1 public</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="550"/>
        <source>L2 internal</source>
        <translation>L2 internal</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="551"/>
        <source>L3 restricted</source>
        <translation>L3 restricted</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="553"/>
        <source>Set the level of the selected fields (%1)</source>
        <translation>Set the level of the selected fields (%1)</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="554"/>
        <source>Mask…</source>
        <translation>Mask…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="555"/>
        <source>Visible to…</source>
        <translation>Visible to…</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="556"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="557"/>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="558"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="559"/>
        <source>Policy matrix</source>
        <translation>Policy matrix</translation>
    </message>
    <message>
        <location filename="../ui/sensitivity/sensitivitypage.cpp" line="560"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt; from the sample values — accept or reject each:</source>
        <translation>&lt;b&gt;Suggestions&lt;/b&gt; from the sample values — accept or reject each:</translation>
    </message>
</context>
<context>
    <name>concord::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="28"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="35"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="37"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="40"/>
        <source>The role this workspace is shown as when it opens. Only your own role and roles that see no more than it are offered; values above the role&apos;s clearance are masked.</source>
        <translation>The role this workspace is shown as when it opens. Only your own role and roles that see no more than it are offered; values above the role&apos;s clearance are masked.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="44"/>
        <source>Info (recommended)</source>
        <translation>Info (recommended)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="45"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="46"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="47"/>
        <source>What this console records in the workspace&apos;s log files and shows in the log pane. Other processes (concordctl serve) keep their own level.</source>
        <translation>What this console records in the workspace&apos;s log files and shows in the log pane. Other processes (concordctl serve) keep their own level.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="52"/>
        <source>Where discrepancy, audit and log exports are proposed. Each page then remembers the folder you last exported to.</source>
        <translation>Where discrepancy, audit and log exports are proposed. Each page then remembers the folder you last exported to.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="54"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="57"/>
        <source>Default Export Folder</source>
        <translation>Default Export Folder</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="66"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="67"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="68"/>
        <source>&amp;View as role:</source>
        <translation>&amp;View as role:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="69"/>
        <source>Log &amp;level:</source>
        <translation>Log &amp;level:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="70"/>
        <source>&amp;Export folder:</source>
        <translation>&amp;Export folder:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="100"/>
        <source>(open a workspace to choose)</source>
        <translation>(open a workspace to choose)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="105"/>
        <source>Your own role (%1)</source>
        <translation>Your own role (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="105"/>
        <source>Your own access (no role: L1 only)</source>
        <translation>Your own access (no role: L1 only)</translation>
    </message>
</context>
<context>
    <name>concord::ShortcutsDialog</name>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="137"/>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="139"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="165"/>
        <source>Find in the page&apos;s table</source>
        <translation>Find in the page&apos;s table</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="165"/>
        <source>Pages with a filter</source>
        <translation>Pages with a filter</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="166"/>
        <source>Copy the selected rows</source>
        <translation>Copy the selected rows</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="166"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="167"/>
        <source>Mapping editor</source>
        <translation>Mapping editor</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="168"/>
        <source>Save the mapping</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="169"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="170"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="171"/>
        <source>Auto-map</source>
        <translation>Auto-map</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="172"/>
        <source>Show the undo history</source>
        <translation>Show the undo history</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="173"/>
        <source>Close the editor</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="177"/>
        <source>Filter commands or keys</source>
        <translation>Filter commands or keys</translation>
    </message>
</context>
<context>
    <name>concord::SummaryStep</name>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="269"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="270"/>
        <source>Finish writes this workspace.yaml and opens the workspace. Add the target system, a pipeline and its mapping next (docs/workspace.md, docs/mapping.md).</source>
        <translation>Finish writes this workspace.yaml and opens the workspace. Add the target system, a pipeline and its mapping next (docs/workspace.md, docs/mapping.md).</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/fieldssteps.h" line="288"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
</context>
<context>
    <name>concord::SystemStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="126"/>
        <source>The first system</source>
        <translation>The first system</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="127"/>
        <source>The department database Concord reads (or writes). Passwords are never written into the workspace: it names a keychain entry or an environment variable instead.</source>
        <translation>The department database Concord reads (or writes). Passwords are never written into the workspace: it names a keychain entry or an environment variable instead.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="130"/>
        <source>e.g. crm</source>
        <translation>e.g. crm</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="131"/>
        <source>A short name the workspace uses for this system; datasets are named SYSTEM.TABLE.</source>
        <translation>A short name the workspace uses for this system; datasets are named SYSTEM.TABLE.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="133"/>
        <source>SQLite file</source>
        <translation>SQLite file</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="139"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="141"/>
        <source>SQLite Database</source>
        <translation>SQLite Database</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="142"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="152"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="155"/>
        <source>Concord never creates a department&apos;s database: the file must exist. Inside the workspace folder it is written as a relative path.</source>
        <translation>Concord never creates a department&apos;s database: the file must exist. Inside the workspace folder it is written as a relative path.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="164"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="168"/>
        <source>keychain:NAME or env:VARIABLE</source>
        <translation>keychain:NAME or env:VARIABLE</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="169"/>
        <source>Where the password comes from when Concord connects: the OS keychain (keychain:NAME) or an environment variable (env:VARIABLE, for servers).</source>
        <translation>Where the password comes from when Concord connects: the OS keychain (keychain:NAME) or an environment variable (env:VARIABLE, for servers).</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="173"/>
        <source>Saved in the OS keychain under the keychain: reference when the wizard connects; leave it empty when the entry exists already.</source>
        <translation>Saved in the OS keychain under the keychain: reference when the wizard connects; leave it empty when the entry exists already.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="180"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="181"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="182"/>
        <source>Data&amp;base:</source>
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="183"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="184"/>
        <source>Password &amp;reference:</source>
        <translation>Password &amp;reference:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="185"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="186"/>
        <source>&amp;Schema:</source>
        <translation>&amp;Schema:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="193"/>
        <source>&amp;System name:</source>
        <translation>&amp;System name:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="194"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="280"/>
        <source>A system name holds letters, digits, _ and -, and starts with a letter: crm, erp_finance, 仓储.</source>
        <translation>A system name holds letters, digits, _ and -, and starts with a letter: crm, erp_finance, 仓储.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="282"/>
        <source>The password reference is keychain:NAME or env:VARIABLE; the password itself goes in the field below it.</source>
        <translation>The password reference is keychain:NAME or env:VARIABLE; the password itself goes in the field below it.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="284"/>
        <source>The OS keychain is not in use here (CONCORD_KEYCHAIN=off): put the password in an environment variable and give env:VARIABLE as the reference.</source>
        <translation>The OS keychain is not in use here (CONCORD_KEYCHAIN=off): put the password in an environment variable and give env:VARIABLE as the reference.</translation>
    </message>
</context>
<context>
    <name>concord::TableStep</name>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="395"/>
        <source>The first dataset</source>
        <translation>The first dataset</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="396"/>
        <source>Pick the table to declare. Its columns are read on the next page.</source>
        <translation>Pick the table to declare. Its columns are read on the next page.</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="398"/>
        <source>Filter tables</source>
        <translation>Filter tables</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="441"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location filename="../ui/newworkspace/sourcesteps.h" line="446"/>
        <source>%1 has no tables.</source>
        <translation>%1 has no tables.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/newworkspace/sourcesteps.h" line="447"/>
        <source>%n table(s) in %1.</source>
        <translation>
            <numerusform>%n table in %1.</numerusform>
            <numerusform>%n tables in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::UserGuideDialog</name>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="29"/>
        <source>en</source>
        <comment>the guide&apos;s language code: zh_CN or en</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../ui/help/helpdialogs.cpp" line="122"/>
        <source>Concord User Guide</source>
        <translation>Concord User Guide</translation>
    </message>
</context>
<context>
    <name>concord::ValidationPanel</name>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="82"/>
        <source>Change which fields are required</source>
        <translation>Change which fields are required</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="82"/>
        <source>Change which fields are unique</source>
        <translation>Change which fields are unique</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="89"/>
        <location filename="../ui/mapping/validationpanel.cpp" line="103"/>
        <source>Edit a validation rule</source>
        <translation>Edit a validation rule</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="115"/>
        <source>Add a validation rule</source>
        <translation>Add a validation rule</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="125"/>
        <source>Remove a validation rule</source>
        <translation>Remove a validation rule</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="132"/>
        <source>Required and unique target fields</source>
        <translation>Required and unique target fields</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="133"/>
        <source>Rules (a record failing one becomes a dead letter with its code)</source>
        <translation>Rules (a record failing one becomes a dead letter with its code)</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="134"/>
        <source>Unique in batch</source>
        <translation>Unique in batch</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="135"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="136"/>
        <source>The target field the rule checks (its value is `value`); empty: the whole record</source>
        <translation>The target field the rule checks (its value is `value`); empty: the whole record</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="137"/>
        <source>Condition of the selected rule, e.g. value &gt;= 0</source>
        <translation>Condition of the selected rule, e.g. value &gt;= 0</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="138"/>
        <source>Add a rule</source>
        <translation>Add a rule</translation>
    </message>
    <message>
        <location filename="../ui/mapping/validationpanel.cpp" line="139"/>
        <source>Remove the selected rule</source>
        <translation>Remove the selected rule</translation>
    </message>
</context>
<context>
    <name>concord::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="111"/>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="112"/>
        <source>Open the demo workspace, open a workspace or create a new one. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines; drop one (or a mapping file) on this window to open it. The demo workspace has five department databases and four pipelines ready to run.</source>
        <translation>Open the demo workspace, open a workspace or create a new one. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines; drop one (or a mapping file) on this window to open it. The demo workspace has five department databases and four pipelines ready to run.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="118"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="119"/>
        <source>Reading %1 and checking its mappings.</source>
        <translation>Reading %1 and checking its mappings.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="122"/>
        <source>Creating the demo workspace…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="123"/>
        <source>Writing the demo department databases to %1.</source>
        <translation>Writing the demo department databases to %1.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="126"/>
        <source>The workspace could not be opened</source>
        <translation>The workspace could not be opened</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</source>
        <translation>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="132"/>
        <source>New workspace…</source>
        <translation>New workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="133"/>
        <source>Create a workspace with its first system and dataset, read from a table</source>
        <translation>Create a workspace with its first system and dataset, read from a table</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="134"/>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="135"/>
        <source>Open the demo workspace</source>
        <translation>Open the demo workspace</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="136"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
</context>
<context>
    <name>concord::YamlPanel</name>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="122"/>
        <source>The text is what Save writes. Edits here update the visual editor when they parse.</source>
        <translation>The text is what Save writes. Edits here update the visual editor when they parse.</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="153"/>
        <source>These comments belong to rules that were removed or rewritten and will not be kept when you save:
%1</source>
        <translation>These comments belong to rules that were removed or rewritten and will not be kept when you save:
%1</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="179"/>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/mapping/yamlpanel.cpp" line="180"/>
        <source>Not applied — the visual editor keeps the last valid mapping:
%1</source>
        <translation>Not applied — the visual editor keeps the last valid mapping:
%1</translation>
    </message>
</context>
</TS>
