#include "logs/logspage.h"

#include "audit/governanceclient.h"
#include "consolesession.h"
#include "core/spreadsheet.h"
#include "exportfile.h"
#include "formatting.h"
#include "runthen.h"
#include "log/log.h"
#include "logmodel.h"
#include "preference.h"
#include "tablecopy.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace concord {

namespace {

Preference<QString> exportFolder("logs/exportFolder", QString());

// The model holds at most this many; a read keeps the newest that match.
constexpr int kCapacity = 20000;

// Time ranges offered, in seconds back from now (0: everything kept).
struct Range
{
    qint64 seconds;
    const char *label;
};
constexpr Range kRanges[] = {
    {3600, QT_TRANSLATE_NOOP("concord::LogsPage", "Last hour")},
    {6 * 3600, QT_TRANSLATE_NOOP("concord::LogsPage", "Last 6 hours")},
    {86400, QT_TRANSLATE_NOOP("concord::LogsPage", "Last 24 hours")},
    {7 * 86400, QT_TRANSLATE_NOOP("concord::LogsPage", "Last 7 days")},
    {0, QT_TRANSLATE_NOOP("concord::LogsPage", "Everything kept")},
};


struct Read
{
    std::atomic<int> filesDone{0};
    std::atomic<int> filesTotal{0};
};

QString row(const QString &name, const QString &value, const QString &link = {})
{
    if (value.isEmpty())
        return {};
    const QString shown = value.toHtmlEscaped();
    return QStringLiteral("<tr><td style=\"color:#666; padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(name.toHtmlEscaped(), link.isEmpty() ? shown : QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), shown));
}

QString filterLink(const char *key, const QString &value)
{
    QUrlQuery q;
    q.addQueryItem(QString::fromLatin1(key), value);
    return QStringLiteral("filter:?") + q.toString(QUrl::FullyEncoded);
}

} // namespace

LogsPage::LogsPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new GovernanceClient(host, control, this)),
      m_model(new LogTableModel(kCapacity, this)), m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("logsPage"));
    m_model->setShowDates(true);
    m_sorted->setSourceModel(m_model);

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh = toolbar->addAction(fmt::icon("refresh"), QString(), this, &LogsPage::reload);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_follow = toolbar->addAction(fmt::icon("state-running"), QString());
    m_follow->setObjectName(QStringLiteral("actionFollowLogs"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_export = toolbar->addAction(fmt::icon("export"), QString(), this, &LogsPage::chooseExportFile);
    m_export->setObjectName(QStringLiteral("actionExportLogs"));

    m_rangeLabel = new QLabel;
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("logsRange"));
    for (const Range &r : kRanges)
        m_range->addItem(QString(), r.seconds);
    m_range->setCurrentIndex(2);
    m_pipelineLabel = new QLabel;
    m_pipeline = new QComboBox;
    m_pipeline->setObjectName(QStringLiteral("logsPipeline"));
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipeline->addItem(QString(), QString());
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("logsLevel"));
    for (const int severity : {1, 2, 3})
        m_level->addItem(QString(), severity);
    m_codeLabel = new QLabel;
    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("logsErrorCode"));
    m_code->setClearButtonEnabled(true);
    m_traceLabel = new QLabel;
    m_trace = new QLineEdit;
    m_trace->setObjectName(QStringLiteral("logsTrace"));
    m_trace->setClearButtonEnabled(true);
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("logsText"));
    m_text->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_rangeLabel);
    filters->addWidget(m_range);
    filters->addWidget(m_pipelineLabel);
    filters->addWidget(m_pipeline);
    filters->addWidget(m_level);
    filters->addWidget(m_codeLabel);
    filters->addWidget(m_code);
    filters->addWidget(m_traceLabel);
    filters->addWidget(m_trace, 1);
    filters->addWidget(m_text, 2);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("logsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // file order (time) until a header is clicked
    addTsvCopy(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LogTableModel::MessageColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(LogTableModel::TimeColumn, digit * 23);
    header->resizeSection(LogTableModel::LevelColumn, digit * 10);
    header->resizeSection(LogTableModel::PipelineColumn, digit * 22);
    header->resizeSection(LogTableModel::RecordColumn, digit * 8);
    header->resizeSection(LogTableModel::ErrorCodeColumn, digit * 16);
    header->resizeSection(LogTableModel::TraceColumn, digit * 12);
    // New lines keep the view at the bottom only while the steward has not scrolled away.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_atBottom = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_atBottom)
            bar->setValue(max);
    });

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("logsDetail"));
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &LogsPage::openLink);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({4000, 1000});

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("logsSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setIcon(fmt::icon("cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &LogsPage::cancelLoad);
    auto *status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addLayout(status);
    layout->addWidget(splitter, 1);

    // Any filter change reads again, after a pause in typing.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &LogsPage::reload);
    for (QComboBox *combo : {m_range, m_pipeline, m_level})
        connect(combo, &QComboBox::currentIndexChanged, &m_debounce, qOverload<>(&QTimer::start));
    for (QLineEdit *edit : {m_code, m_trace, m_text})
        connect(edit, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsPage::showCurrent);

    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogsPage::poll);
    connect(m_follow, &QAction::toggled, this, [this](bool on) {
        if (on && isVisible())
            poll();
        updateSummary();
    });
    if (m_session)
        connect(m_session, &ConsoleSession::workspaceOpened, this, [this] {
            setPipelines();
            m_model->clear();
            m_position = {};
            if (isVisible())
                reload();
        });
    setPipelines();
    retranslate();
}

LogsPage::~LogsPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

QString LogsPage::logDir() const
{
    return m_session && m_session->workspace() ? m_session->workspace()->logDir() : QString();
}

log::LogFilter LogsPage::filter() const
{
    log::LogFilter f;
    f.pipeline = m_pipeline->currentData().toString();
    f.minimumSeverity = m_level->currentData().toInt();
    f.errorCode = m_code->text().trimmed();
    f.traceId = m_trace->text().trimmed();
    f.text = m_text->text().trimmed();
    if (const qint64 seconds = m_range->currentData().toLongLong(); seconds > 0)
        f.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    return f;
}

void LogsPage::setPipelineFilter(const QString &pipeline)
{
    int i = m_pipeline->findData(pipeline);
    if (i < 0) {
        m_pipeline->addItem(fmt::icon("pipeline"), pipeline, pipeline);
        i = m_pipeline->count() - 1;
    }
    m_pipeline->setCurrentIndex(i);
}

void LogsPage::setErrorCodeFilter(const QString &code)
{
    m_code->setText(code);
}

void LogsPage::setTraceFilter(const QString &traceId)
{
    m_trace->setText(traceId);
}

void LogsPage::setTextFilter(const QString &text)
{
    m_text->setText(text);
}

void LogsPage::showTrace(const QString &traceId)
{
    m_pipeline->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_code->clear();
    m_text->clear();
    m_trace->setText(traceId);
    m_range->setCurrentIndex(int(std::size(kRanges)) - 1); // a run's lines, however old
    m_debounce.stop();
    reload();
}

void LogsPage::setPipelines()
{
    const QString current = m_pipeline->currentData().toString();
    const QSignalBlocker block(m_pipeline);
    while (m_pipeline->count() > 1)
        m_pipeline->removeItem(1);
    if (m_session && m_session->workspace())
        for (const QString &p : m_session->workspace()->pipelines.keys())
            m_pipeline->addItem(fmt::icon("pipeline"), p, p);
    const int keep = m_pipeline->findData(current);
    m_pipeline->setCurrentIndex(keep >= 0 ? keep : 0);
}

void LogsPage::reload()
{
    m_debounce.stop();
    const QString dir = logDir();
    if (dir.isEmpty())
        return;
    if (m_cancelFlag)
        m_cancelFlag->store(true); // an older read that is still going gives up
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const auto progress = std::make_shared<Read>();
    const quint64 request = ++m_request;
    m_loading = true;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    updateSummary();
    const log::LogFilter f = filter();
    const auto cancel = m_cancelFlag;
    runThen(
        this,
        [dir, f, cancel, progress] {
            return log::readLogs(dir, f, kCapacity, cancel.get(), [progress](int done, int total) {
                progress->filesDone.store(done);
                progress->filesTotal.store(total);
            });
        },
        [this, request](const log::LogBatch &batch) { onLoaded(request, batch); });
    // The files read so far, while it reads.
    auto *ticker = new QTimer(this);
    ticker->setInterval(100);
    connect(ticker, &QTimer::timeout, this, [this, ticker, request, progress] {
        if (request != m_request || !m_loading) {
            ticker->deleteLater();
            return;
        }
        if (const int total = progress->filesTotal.load(); total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(progress->filesDone.load());
        }
    });
    ticker->start();
}

void LogsPage::cancelLoad()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void LogsPage::onLoaded(quint64 request, const log::LogBatch &batch)
{
    if (request != m_request)
        return;
    m_loading = false;
    m_progress->hide();
    m_cancel->hide();
    m_last = batch;
    m_last.entries.clear();
    m_followedSinceLoad = 0;
    m_position = batch.end;
    m_model->clear();
    for (const LogEntry &e : batch.entries)
        m_model->append(e);
    m_model->flush();
    m_atBottom = true;
    m_table->scrollToBottom();
    m_detail->clear();
    updateSummary();
    Q_EMIT loaded(int(batch.entries.size()));
}

void LogsPage::poll()
{
    if (!m_follow->isChecked() || m_loading || m_polling || !isVisible())
        return;
    const QString dir = logDir();
    if (dir.isEmpty())
        return;
    m_polling = true;
    log::LogFilter f = filter();
    f.since = QDateTime(); // what is new is in range
    const log::LogPosition from = m_position;
    const quint64 request = m_request;
    runThen(
        this, [dir, from, f] { return log::readNewer(dir, from, f, kCapacity); },
        [this, request](const log::LogBatch &batch) {
            m_polling = false;
            if (request != m_request || m_loading)
                return; // the filters changed meanwhile: the new read covers it
            m_position = batch.end;
            for (const LogEntry &e : batch.entries)
                m_model->append(e);
            m_model->flush();
            m_followedSinceLoad += int(batch.entries.size());
            if (!batch.entries.isEmpty())
                updateSummary();
            Q_EMIT followed(int(batch.entries.size()));
        });
}

void LogsPage::updateSummary()
{
    if (m_loading) {
        m_summary->setText(tr("Reading the log files…"));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(m_last.files == 0
                               ? tr("No log yet. The console and concordctl write one JSON line per event to %1; run a "
                                    "pipeline and it appears here.")
                                     .arg(QDir::toNativeSeparators(logDir()))
                               : tr("No entries match in %n line(s) read. Widen the time range or clear a filter.", nullptr,
                                    int(m_last.lines)));
        return;
    }
    QString text = tr("%n entries", nullptr, m_model->rowCount());
    if (m_last.truncated)
        text += QStringLiteral(" · ") + tr("only the newest %1 are shown: narrow the filters to see older ones").arg(kCapacity);
    if (m_last.cancelled)
        text += QStringLiteral(" · ") + tr("reading was cancelled: not every entry was read");
    if (m_last.malformed > 0)
        text += QStringLiteral(" · ") + tr("%n line(s) were not log entries", nullptr, m_last.malformed);
    if (m_follow->isChecked())
        text += QStringLiteral(" · ") + tr("following (%n new)", nullptr, m_followedSinceLoad);
    m_summary->setText(text);
}

QString LogsPage::detailHtml(const LogEntry &e)
{
    QString html = QStringLiteral("<p><b>%1</b></p><table>").arg(e.message.toHtmlEscaped());
    html += row(tr("Time"), QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")));
    html += row(tr("Level"), fmt::logLevel(e.level));
    html += row(tr("Pipeline"), e.pipeline, e.pipeline.isEmpty() ? QString() : filterLink("pipeline", e.pipeline));
    html += row(tr("Run"), e.taskId);
    html += row(tr("Trace id"), e.traceId, e.traceId.isEmpty() ? QString() : filterLink("trace", e.traceId));
    html += row(tr("Error code"), e.errorCode, e.errorCode.isEmpty() ? QString() : filterLink("code", e.errorCode));
    html += row(tr("Record"), e.recordId);
    html += row(tr("Source system"), e.sourceSystem);
    html += row(tr("Target system"), e.targetSystem);
    html += row(tr("Category"), e.category);
    html += row(tr("Process"), e.pid > 0 ? QStringLiteral("%1 (%2)").arg(e.process).arg(e.pid) : e.process);
    html += QStringLiteral("</table><p style=\"color:#666\">%1</p><pre style=\"font-family: monospace; white-space: pre-wrap\">%2</pre>")
                .arg(tr("As written:"), QString::fromUtf8(log::toJsonLine(e)).trimmed().toHtmlEscaped());
    return html;
}

void LogsPage::showCurrent()
{
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(detailHtml(m_model->entryAt(index.row())));
}

void LogsPage::openLink(const QUrl &url)
{
    const QUrlQuery q(url.query());
    if (q.hasQueryItem(QStringLiteral("trace")))
        showTrace(q.queryItemValue(QStringLiteral("trace"), QUrl::FullyDecoded));
    else if (q.hasQueryItem(QStringLiteral("pipeline")))
        setPipelineFilter(q.queryItemValue(QStringLiteral("pipeline"), QUrl::FullyDecoded));
    else if (q.hasQueryItem(QStringLiteral("code")))
        setErrorCodeFilter(q.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void LogsPage::chooseExportFile()
{
    const QString file = askExportFile(
        this, tr("Export Log Entries"),
        QStringLiteral("logs-%1.xlsx").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))), exportFolder);
    if (!file.isEmpty())
        exportTo(file);
}

void LogsPage::exportTo(const QString &file)
{
    // The rows as the table shows them (its sort order); the fields as written.
    QList<QStringList> rows;
    rows.reserve(m_sorted->rowCount());
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        const LogEntry &e = m_model->entryAt(m_sorted->mapToSource(m_sorted->index(r, 0)).row());
        rows.append({e.time.toUTC().toString(Qt::ISODateWithMs), e.level, e.pipeline, e.taskId, e.message, e.recordId,
                     e.errorCode, e.traceId, e.sourceSystem, e.targetSystem, e.category, e.process});
    }
    const QStringList headers = {QStringLiteral("ts"), QStringLiteral("level"), QStringLiteral("pipeline"),
                                 QStringLiteral("task_id"), QStringLiteral("message"), QStringLiteral("record_id"),
                                 QStringLiteral("error_code"), QStringLiteral("trace_id"), QStringLiteral("source_system"),
                                 QStringLiteral("target_system"), QStringLiteral("category"), QStringLiteral("process")};
    const log::LogFilter f = filter();
    const QString actor = consoleUser();
    const QString role = m_session ? m_session->signedIn().name : QString();
    struct Written
    {
        qint64 rows = 0;
        QString error;
    };
    runThen(
        this,
        [file, headers, rows] {
            const auto r = sheet::writeTable(file, "Logs", headers, rows);
            return r.ok() ? Written{*r, QString()} : Written{0, r.error().message};
        },
        [this, file, f, actor, role](const Written &written) {
            if (!written.error.isEmpty()) {
                Q_EMIT message(tr("The log entries could not be exported: %1").arg(written.error), 10000);
                Q_EMIT exported(file, 0, written.error);
                return;
            }
            const QJsonObject detail{{QStringLiteral("file"), file},
                                     {QStringLiteral("rows"), written.rows},
                                     {QStringLiteral("pipeline"), f.pipeline},
                                     {QStringLiteral("error_code"), f.errorCode},
                                     {QStringLiteral("trace_id"), f.traceId},
                                     {QStringLiteral("text"), f.text},
                                     {QStringLiteral("since"), f.since.isValid() ? f.since.toString(Qt::ISODate) : QString()}};
            m_client->recordAudit(AuditInput{actor, role, QStringLiteral("logs.export"), QStringLiteral("logs"),
                                             QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), QString()});
            Q_EMIT message(tr("%n log entries exported to %1", nullptr, int(written.rows)).arg(QDir::toNativeSeparators(file)), 8000);
            Q_EMIT exported(file, written.rows, QString());
        });
}

void LogsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    m_pollTimer.start();
}

void LogsPage::hideEvent(QHideEvent *event)
{
    m_pollTimer.stop();
    QWidget::hideEvent(event);
}

void LogsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LogsPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the log files again (F5)"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Add what the console and concordctl write while this page is open"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the entries shown to an Excel workbook or a CSV file (audited)"));
    m_rangeLabel->setText(tr("Time:"));
    for (int i = 0; i < int(std::size(kRanges)); ++i)
        m_range->setItemText(i, tr(kRanges[i].label));
    m_pipelineLabel->setText(tr("Pipeline:"));
    m_pipeline->setItemText(0, tr("All pipelines"));
    m_level->setItemText(0, tr("All levels"));
    m_level->setItemText(1, tr("Warnings and errors"));
    m_level->setItemText(2, tr("Errors only"));
    m_codeLabel->setText(tr("Error code:"));
    m_code->setPlaceholderText(QStringLiteral("SCHEMA_DRIFT"));
    m_traceLabel->setText(tr("Trace id:"));
    m_trace->setPlaceholderText(tr("one run's lines"));
    m_text->setPlaceholderText(tr("Message, record, system or process contains…"));
    m_cancel->setToolTip(tr("Stop reading (what was read so far is kept)"));
    m_model->retranslate();
    updateSummary();
}

} // namespace concord
