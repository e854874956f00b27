<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Format</name>
    <message>
        <location filename="../ui/formatting.cpp" line="30"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="33"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="36"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="39"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/formatting.cpp" line="42"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="51"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="53"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="56"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="57"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="68"/>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="70"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="72"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="74"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="76"/>
        <source>Partly failed</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="78"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="85"/>
        <source>Real-time</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="87"/>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="89"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="97"/>
        <source>On demand</source>
        <translation>手动触发</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="99"/>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="106"/>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="108"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="110"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="112"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../ui/formatting.cpp" line="114"/>
        <source>Fatal</source>
        <translation>致命</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/concord_main.cpp" line="43"/>
        <source>Concord: keeps department systems consistent with each other.</source>
        <translation>Concord：让各部门系统之间的数据保持一致。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="46"/>
        <source>Interface language for this session: zh_CN or en.</source>
        <translation>本次会话的界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="47"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="49"/>
        <source>Workspace folder to open (contains workspace.yaml).</source>
        <translation>要打开的工作区文件夹（包含 workspace.yaml）。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="50"/>
        <source>[WORKSPACE_DIR]</source>
        <translation>[工作区目录]</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="54"/>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/concord_main.cpp" line="59"/>
        <source>Give at most one workspace folder.</source>
        <translation>最多只能指定一个工作区文件夹。</translation>
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
    <name>concord::ConsoleActions</name>
    <message>
        <location filename="../ui/consoleactions.cpp" line="62"/>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="64"/>
        <source>Open a folder that contains a workspace.yaml</source>
        <translation>打开包含 workspace.yaml 的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="65"/>
        <source>Open &amp;Demo Workspace</source>
        <translation>打开演示工作区(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="66"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="67"/>
        <source>Open the demo workspace with five department databases (created on first use)</source>
        <translation>打开包含五个部门数据库的演示工作区（首次使用时自动创建）</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="68"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="69"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="70"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="71"/>
        <source>Run the selected pipeline now (Ctrl+R)</source>
        <translation>立即运行所选管道 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="72"/>
        <source>&amp;Dry Run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="73"/>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="74"/>
        <source>Show what the selected pipeline would write, without writing anything (Ctrl+Shift+R)</source>
        <translation>预览所选管道将写入的内容，不实际写入 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="75"/>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="77"/>
        <source>Stop the running pipeline at the next batch boundary (Esc)</source>
        <translation>在下一个批次边界停止正在运行的管道 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="78"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="79"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="80"/>
        <source>Re-read pipeline statuses from the state store (F5)</source>
        <translation>从状态库重新读取管道状态 (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="81"/>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/consoleactions.cpp" line="82"/>
        <source>&amp;About Concord</source>
        <translation>关于 Concord(&amp;A)</translation>
    </message>
</context>
<context>
    <name>concord::DryRunPanel</name>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="57"/>
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
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
        <location filename="../ui/dryrunpanel.cpp" line="96"/>
        <source>insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="87"/>
        <source>Dry run result</source>
        <translation>试运行结果</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="89"/>
        <source>Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything.</source>
        <translation>“管道 → 试运行”(Ctrl+Shift+R) 会在这里列出一次运行将写入的内容，但不会实际写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="92"/>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="93"/>
        <source>Key</source>
        <translation>主键</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="101"/>
        <source>Dry run of %1 failed: %2</source>
        <translation>%1 试运行失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/dryrunpanel.cpp" line="103"/>
        <source>Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. Nothing was written. (%6)</source>
        <translation>%1 试运行：读取 %2 行；正式运行将插入 %3 行、更新 %4 行；%5 条记录将失败。未写入任何数据。（耗时 %6）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dryrunpanel.cpp" line="108"/>
        <source>The first %n planned write(s):</source>
        <translation>
            <numerusform>以下是前 %n 条计划写入：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::LogPane</name>
    <message>
        <location filename="../ui/logpane.cpp" line="159"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="160"/>
        <source>Selected pipeline</source>
        <translation>所选管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="160"/>
        <source>Selected: %1</source>
        <translation>所选：%1</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="161"/>
        <source>All pipelines</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="162"/>
        <source>Show the lines of one pipeline; &quot;Selected&quot; follows the pipeline chosen in the navigator or table</source>
        <translation>只显示某个管道的日志；“所选”跟随导航栏或表格中选中的管道</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="163"/>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="164"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="165"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="166"/>
        <source>Filter by message, record, error code or trace id</source>
        <translation>按消息、记录、错误码或追踪 ID 筛选</translation>
    </message>
    <message>
        <location filename="../ui/logpane.cpp" line="167"/>
        <source>Clear the log</source>
        <translation>清空日志</translation>
    </message>
</context>
<context>
    <name>concord::LogTableModel</name>
    <message>
        <location filename="../ui/logmodel.cpp" line="135"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="136"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="137"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="138"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="139"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="140"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../ui/logmodel.cpp" line="141"/>
        <source>Trace id</source>
        <translation>追踪 ID</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>About Concord</source>
        <translation>关于 Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Keeps department systems consistent with each other: mapping rules, sync pipelines, dead letters and their history, in one console.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;让各部门系统之间的数据保持一致：映射规则、同步管道、死信及其历史，尽在一个控制台。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>The demo workspace could not be created: %1</source>
        <translation>无法创建演示工作区：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>%1 failed: %2</source>
        <translation>%1 运行失败：%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>%1 was cancelled after %2 rows; the next run continues from the last checkpoint.</source>
        <translation>%1 已在处理 %2 行后取消；下次运行将从上一个断点继续。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Dry run of %1 finished in %2: %3 inserts and %4 updates planned, nothing written.</source>
        <translation>%1 试运行完成，耗时 %2：计划插入 %3 行、更新 %4 行，未写入任何数据。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>%1 finished in %2: %3 rows written, %4 records sent to dead letters.</source>
        <translation>%1 运行完成，耗时 %2：写入 %3 行，%4 条记录进入死信。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>%1 finished in %2: %3 rows written.</source>
        <translation>%1 运行完成，耗时 %2：写入 %3 行。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Open dead letters per pipeline are in the Dead letters column; replay them with &quot;concordctl deadletters replay&quot;.</source>
        <translation>各管道待处理的死信数见“死信”列；可用 “concordctl deadletters replay” 重放。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>No recent workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>This pipeline is disabled in workspace.yaml (enabled: false); only a dry run is allowed</source>
        <translation>此管道已在 workspace.yaml 中停用（enabled: false），只能试运行</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="436"/>
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n 个管道</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>%1 open dead letters</source>
        <translation>%1 条待处理死信</translation>
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
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="456"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>&amp;Pipeline</source>
        <translation>管道(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="461"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="463"/>
        <source>Navigator</source>
        <translation>导航</translation>
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
    <name>concord::NavigatorModel</name>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="150"/>
        <source>Systems (%1)</source>
        <translation>系统 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="154"/>
        <source>The department systems this workspace connects</source>
        <translation>本工作区连接的各部门系统</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="158"/>
        <source>Datasets (%1)</source>
        <translation>数据集 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="162"/>
        <source>Tables and the fields declared for them, with their sensitivity</source>
        <translation>数据表及其字段声明（含敏感级别）</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="166"/>
        <source>Pipelines (%1)</source>
        <translation>管道 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="170"/>
        <source>Sync pipelines: select one to run it or to filter the log</source>
        <translation>同步管道：选中后可运行，或用来筛选日志</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="174"/>
        <source>Dead letters (%1)</source>
        <translation>死信 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="183"/>
        <source>Records that failed permanently and wait for a fix and a replay</source>
        <translation>永久失败、等待修复并重放的记录</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="202"/>
        <source>%1 system · department: %2</source>
        <translation>%1 系统 · 部门：%2</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="202"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="213"/>
        <source>Table %1 in system %2</source>
        <translation>系统 %2 中的表 %1</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="228"/>
        <source>%1 → %2
Last run: %3</source>
        <translation>%1 → %2
上次运行：%3</translation>
    </message>
    <message>
        <location filename="../ui/navigatormodel.cpp" line="242"/>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
</context>
<context>
    <name>concord::NavigatorView</name>
    <message>
        <location filename="../ui/navigatorview.cpp" line="48"/>
        <source>Systems, datasets and pipelines of the open workspace appear here.</source>
        <translation>打开工作区后，这里会列出它的系统、数据集和管道。</translation>
    </message>
</context>
<context>
    <name>concord::PipelineTableModel</name>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="116"/>
        <source>%1 rows written by the last run, %2 by all runs</source>
        <translation>上次运行写入 %1 行，累计写入 %2 行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="118"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="197"/>
        <source>Records the last run could not write (sent to dead letters)</source>
        <translation>上次运行未能写入的记录（已进入死信）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="120"/>
        <location filename="../ui/pipelinetablemodel.cpp" line="198"/>
        <source>Dead letters waiting for a fix and a replay</source>
        <translation>等待修复并重放的死信</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="124"/>
        <source>Disabled in workspace.yaml (enabled: false): only dry runs are allowed</source>
        <translation>已在 workspace.yaml 中停用（enabled: false）：只能试运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="126"/>
        <source>Checkpoint: %1</source>
        <translation>断点：%1</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="144"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="150"/>
        <source>Disabled (last: %1)</source>
        <translation>已停用（上次：%1）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="150"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="153"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="182"/>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="183"/>
        <source>Source → target</source>
        <translation>数据源 → 目标</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="184"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="185"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="186"/>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="187"/>
        <source>Last status</source>
        <translation>上次状态</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="188"/>
        <source>Rows written</source>
        <translation>写入行数</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="196"/>
        <source>Rows written by the last real run / by all real runs (dry runs write nothing)</source>
        <translation>上次正式运行写入行数 / 所有正式运行累计写入行数（试运行不写入）</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="189"/>
        <source>Failures</source>
        <translation>失败数</translation>
    </message>
    <message>
        <location filename="../ui/pipelinetablemodel.cpp" line="190"/>
        <source>Dead letters</source>
        <translation>死信</translation>
    </message>
</context>
<context>
    <name>concord::PipelinesPage</name>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="191"/>
        <source>Filter pipelines (Ctrl+F)</source>
        <translation>筛选管道 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="192"/>
        <source>This workspace has no pipelines yet.
Declare one under &quot;pipelines:&quot; in workspace.yaml (a source dataset, a target dataset and a mapping), then open the workspace again.</source>
        <translation>此工作区还没有管道。
请在 workspace.yaml 的 “pipelines:” 下声明一个（数据源数据集、目标数据集和映射），然后重新打开工作区。</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="201"/>
        <source>Select a pipeline to see its recent runs.</source>
        <translation>选择一个管道以查看其最近的运行记录。</translation>
    </message>
    <message>
        <location filename="../ui/pipelinespage.cpp" line="202"/>
        <source>Recent runs of %1</source>
        <translation>%1 的最近运行</translation>
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
    <name>concord::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="106"/>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="107"/>
        <source>Open a workspace or the demo workspace. A workspace is a folder with a workspace.yaml that declares your systems, datasets and sync pipelines. The demo workspace has five department databases and three pipelines ready to run.</source>
        <translation>请打开一个工作区或演示工作区。工作区是一个包含 workspace.yaml 的文件夹，其中声明了系统、数据集和同步管道。演示工作区包含五个部门数据库和三个可直接运行的管道。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="112"/>
        <source>Opening workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="113"/>
        <source>Reading %1 and checking its mappings.</source>
        <translation>正在读取 %1 并检查其映射。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="116"/>
        <source>Creating the demo workspace…</source>
        <translation>正在创建演示工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="117"/>
        <source>Writing the demo department databases to %1.</source>
        <translation>正在将演示用的部门数据库写入 %1。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="120"/>
        <source>The workspace could not be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="121"/>
        <source>%1 has errors; they are listed under Problems with file, line and column. Fix them and open the workspace again, or open another one.</source>
        <translation>%1 存在错误，已在“问题”面板中列出文件、行号和列号。请修正后重新打开工作区，或打开其他工作区。</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="126"/>
        <source>Open workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="127"/>
        <source>Open demo workspace</source>
        <translation>打开演示工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="128"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
</context>
</TS>
