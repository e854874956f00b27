<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/formatting.cpp" line="30"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="33"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="36"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="39"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="42"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="57"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="68"/>
        <source>Never run</source>
        <translation>Never run</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="70"/>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="72"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="74"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="76"/>
        <source>Partly failed</source>
        <translation>Partly failed</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="78"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="85"/>
        <source>Real-time</source>
        <translation>Real-time</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="87"/>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="89"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="97"/>
        <source>On demand</source>
        <translation>On demand</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="99"/>
        <source>every %1</source>
        <translation>every %1</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="106"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="108"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="110"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="112"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="114"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/concord_main.cpp" line="43"/>
        <source>Concord: keeps department systems consistent with each other.</source>
        <translation>Concord: keeps department systems consistent with each other.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="46"/>
        <source>Interface language for this session: zh_CN or en.</source>
        <translation>Interface language for this session: zh_CN or en.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="47"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="49"/>
        <source>Workspace folder to open (contains workspace.yaml).</source>
        <translation>Workspace folder to open (contains workspace.yaml).</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="50"/>
        <source>[WORKSPACE_DIR]</source>
        <translation>[WORKSPACE_DIR]</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="54"/>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;; use zh_CN or en.</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="59"/>
        <source>Give at most one workspace folder.</source>
        <translation>Give at most one workspace folder.</translation>
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
    <name>concord::ConsoleActions</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="62"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="63"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="64"/>
        <source>Open a folder that contains a workspace.yaml</source>
        <translation>Open a folder that contains a workspace.yaml</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="65"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>Open &amp;Demo Workspace</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="66"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="67"/>
        <source>Open the demo workspace with five department databases (created on first use)</source>
        <translation>Open the demo workspace with five department databases (created on first use)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="69"/>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="70"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="71"/>
        <source>Run the selected pipeline now (Ctrl+R)</source>
        <translation>Run the selected pipeline now (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="72"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Dry Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="73"/>
        <source>Dry Run</source>
        <translation>Dry Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="74"/>
        <source>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</source>
        <translation>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="75"/>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancel Run</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="77"/>
        <source>Stop the running pipeline at the next batch boundary (Esc)</source>
        <translation>Stop the running pipeline at the next batch boundary (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="79"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="80"/>
        <source>Re-read pipeline statuses from the state store (F5)</source>
        <translation>Re-read pipeline statuses from the state store (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="81"/>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="82"/>
        <source>&amp;About Concord</source>
        <translation>&amp;About Concord</translation>
    </message>
</context>
<context>
    <name>concord::DryRunPanel</name>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="57"/>
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
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
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
        <source>insert</source>
        <translation>insert</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="87"/>
        <source>Dry run result</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="89"/>
        <source>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</source>
        <translation>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="92"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="93"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="101"/>
        <source>Dry run of %1 failed: %2</source>
        <translation>Dry run of %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="103"/>
        <source>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</source>
        <translation>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dryrunpanel.cpp" line="108"/>
        <source>The first %n planned write(s):</source>
        <translation>
            <numerusform>The first planned write:</numerusform>
            <numerusform>The first %n planned writes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="159"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="160"/>
        <source>Selected pipeline</source>
        <translation>Selected pipeline</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="160"/>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="161"/>
        <source>All pipelines</source>
        <translation>All pipelines</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</source>
        <translation>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="163"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="164"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="165"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="166"/>
        <source>Filter by message, record, error code or trace id</source>
        <translation>Filter by message, record, error code or trace id</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="167"/>
        <source>Clear the log</source>
        <translation>Clear the log</translation>
    </message>
</context>
<context>
    <name>concord::LogTableModel</name>
    <message>
        <location filename="../ui/logmodel.cpp" line="135"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="136"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="137"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="138"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="139"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="140"/>
        <source>Error code</source>
        <translation>Error code</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="141"/>
        <source>Trace id</source>
        <translation>Trace id</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>About Concord</source>
        <translation>About Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>The demo workspace could not be created: %1</source>
        <translation>The demo workspace could not be created: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>Run failed: %1</source>
        <translation>Run failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</source>
        <translation>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</source>
        <translation>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</source>
        <translation>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>%1 finished in %2: %3 rows written.</source>
        <translation>%1 finished in %2: %3 rows written.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Open dead letters per pipeline are in the Dead letters column; replay them with &quot;concordctl deadletters replay&quot;.</source>
        <translation>Open dead letters per pipeline are in the Dead letters column; replay them with &quot;concordctl deadletters replay&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</source>
        <translation>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n pipeline</numerusform>
            <numerusform>%n pipelines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>%1 open dead letters</source>
        <translation>%1 open dead letters</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>Concord — %1</source>
        <translation>Concord — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="455"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
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
    <name>concord::NavigatorModel</name>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="150"/>
        <source>Systems (%1)</source>
        <translation>Systems (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="154"/>
        <source>The department systems this workspace connects</source>
        <translation>The department systems this workspace connects</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="158"/>
        <source>Datasets (%1)</source>
        <translation>Datasets (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="162"/>
        <source>Tables and the fields declared for them, with their sensitivity</source>
        <translation>Tables and the fields declared for them, with their sensitivity</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="166"/>
        <source>Pipelines (%1)</source>
        <translation>Pipelines (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="170"/>
        <source>Sync pipelines: select one to run it or to filter the log</source>
        <translation>Sync pipelines: select one to run it or to filter the log</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="174"/>
        <source>Dead letters (%1)</source>
        <translation>Dead letters (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="183"/>
        <source>Records that failed permanently and wait for a fix and a replay</source>
        <translation>Records that failed permanently and wait for a fix and a replay</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="202"/>
        <source>%1 system · department: %2</source>
        <translation>%1 system · department: %2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="202"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="213"/>
        <source>Table %1 in system %2</source>
        <translation>Table %1 in system %2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="228"/>
        <source>%1 → %2
Last run: %3</source>
        <translation>%1 → %2
Last run: %3</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="242"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorView</name>
    <message>
        <location filename="../ui/navigatorview.cpp" line="48"/>
        <source>Systems, datasets and pipelines of the open workspace appear here.</source>
        <translation>Systems, datasets and pipelines of the open workspace appear here.</translation>
    </message>
</context>
<context>
    <name>concord::PipelineTableModel</name>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="116"/>
        <source>%1 rows written by the last run, %2 by all runs</source>
        <translation>%1 rows written by the last run, %2 by all runs</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="118"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="197"/>
        <source>Records the last run could not write (sent to dead letters)</source>
        <translation>Records the last run could not write (sent to dead letters)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="120"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="198"/>
        <source>Dead letters waiting for a fix and a replay</source>
        <translation>Dead letters waiting for a fix and a replay</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="124"/>
        <source>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</source>
        <translation>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="126"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="144"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="150"/>
        <source>Disabled (last: %1)</source>
        <translation>Disabled (last: %1)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="150"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="153"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="182"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="183"/>
        <source>Source → target</source>
        <translation>Source → target</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="184"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="185"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="186"/>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="187"/>
        <source>Last status</source>
        <translation>Last status</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Rows written</source>
        <translation>Rows written</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="196"/>
        <source>Rows written by the last real run / by all real runs (dry runs write nothing)</source>
        <translation>Rows written by the last real run / by all real runs (dry runs write nothing)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="189"/>
        <source>Failures</source>
        <translation>Failures</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="190"/>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
</context>
<context>
    <name>concord::PipelinesPage</name>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="191"/>
        <source>Filter pipelines (Ctrl+F)</source>
        <translation>Filter pipelines (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="192"/>
        <source>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</source>
        <translation>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="201"/>
        <source>Select a pipeline to see its recent runs.</source>
        <translation>Select a pipeline to see its recent runs.</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="202"/>
        <source>Recent runs of %1</source>
        <translation>Recent runs of %1</translation>
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
    <name>concord::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="106"/>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="107"/>
        <source>Open a workspace or the demo workspace. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines. The demo workspace has five department databases and three pipelines ready to run.</source>
        <translation>Open a workspace or the demo workspace. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines. The demo workspace has five department databases and three pipelines ready to run.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="112"/>
        <source>Opening workspace…</source>
        <translation>Opening workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="113"/>
        <source>Reading %1 and checking its mappings.</source>
        <translation>Reading %1 and checking its mappings.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>Creating the demo workspace…</source>
        <translation>Creating the demo workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="117"/>
        <source>Writing the demo department databases to %1.</source>
        <translation>Writing the demo department databases to %1.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="120"/>
        <source>The workspace could not be opened</source>
        <translation>The workspace could not be opened</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="121"/>
        <source>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</source>
        <translation>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="126"/>
        <source>Open workspace…</source>
        <translation>Open workspace…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>Open demo workspace</source>
        <translation>Open demo workspace</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="128"/>
        <source>Recent workspaces</source>
        <translation>Recent workspaces</translation>
    </message>
</context>
</TS>
