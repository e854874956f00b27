#include "audit/auditpage.h"

#include "audit/auditmodel.h"
#include "audit/governanceclient.h"
#include "consolesession.h"
#include "exportfile.h"
#include "formatting.h"
#include "preference.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace concord {

namespace {

Preference<QString> exportFolder("audit/exportFolder", QString());

// Action families offered in the filter: the stored prefix and how it is shown.
struct Family
{
    const char *prefix;
    const char *label;
};
constexpr Family kFamilies[] = {
    {"", QT_TRANSLATE_NOOP("concord::AuditPage", "All actions")},
    {"mapping.", QT_TRANSLATE_NOOP("concord::AuditPage", "Mapping changes")},
    {"workspace.", QT_TRANSLATE_NOOP("concord::AuditPage", "Sensitivity and policy changes")},
    {"run.", QT_TRANSLATE_NOOP("concord::AuditPage", "Runs")},
    {"pipeline.", QT_TRANSLATE_NOOP("concord::AuditPage", "Pause, resume, backfill")},
    {"deadletter.", QT_TRANSLATE_NOOP("concord::AuditPage", "Dead-letter actions")},
    {"consistency.", QT_TRANSLATE_NOOP("concord::AuditPage", "Checks, repairs, exports")},
    {"conflict.", QT_TRANSLATE_NOOP("concord::AuditPage", "Conflict decisions")},
    {"unmask", QT_TRANSLATE_NOOP("concord::AuditPage", "Unmasking")},
    {"audit.", QT_TRANSLATE_NOOP("concord::AuditPage", "Audit archive and export")},
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString diffHtml(const QString &diff)
{
    QString out = QStringLiteral("<pre style=\"font-family: monospace; margin: 0\">");
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        QString style;
        if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---")))
            style = QStringLiteral("color:#555; font-weight:bold");
        else if (line.startsWith(QLatin1Char('+')))
            style = QStringLiteral("background:#e6f4ea; color:#1e6b34");
        else if (line.startsWith(QLatin1Char('-')))
            style = QStringLiteral("background:#fce8e6; color:#a3261b");
        else if (line.startsWith(QLatin1String("@@")))
            style = QStringLiteral("color:#2f5fa8");
        out += QStringLiteral("<span style=\"%1\">%2</span>\n").arg(style, escaped(line));
    }
    return out + QStringLiteral("</pre>");
}

} // namespace

AuditPage::AuditPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new GovernanceClient(host, control, this)), m_model(new AuditModel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh = toolbar->addAction(fmt::icon("refresh"), QString(), this, &AuditPage::reload);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_verify = toolbar->addAction(fmt::icon("audit"), QString(), this, &AuditPage::verify);
    m_verify->setObjectName(QStringLiteral("actionVerifyAudit"));
    m_export = toolbar->addAction(fmt::icon("export"), QString(), this, &AuditPage::chooseExportFile);
    m_export->setObjectName(QStringLiteral("actionExportAudit"));

    m_chain = new QLabel;
    m_chain->setObjectName(QStringLiteral("auditChainStatus"));
    m_chain->setWordWrap(true);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_actorLabel = new QLabel;
    m_actor = new QLineEdit;
    m_actor->setClearButtonEnabled(true);
    m_actionLabel = new QLabel;
    m_action = new QComboBox;
    for (const Family &f : kFamilies)
        m_action->addItem(QString(), QString::fromLatin1(f.prefix));
    m_objectLabel = new QLabel;
    m_object = new QLineEdit;
    m_object->setClearButtonEnabled(true);
    m_useSince = new QCheckBox;
    m_since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_since->setEnabled(false);
    m_useUntil = new QCheckBox;
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setEnabled(false);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_actorLabel);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_actionLabel);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_objectLabel);
    filters->addWidget(m_object, 1);
    filters->addWidget(m_useSince);
    filters->addWidget(m_since);
    filters->addWidget(m_useUntil);
    filters->addWidget(m_until);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_count = new QLabel;

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &AuditPage::reload);
    const auto later = [this] { m_debounce.start(); };
    connect(m_actor, &QLineEdit::textChanged, this, later);
    connect(m_object, &QLineEdit::textChanged, this, later);
    connect(m_action, &QComboBox::currentIndexChanged, this, later);
    connect(m_since, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_useSince, &QCheckBox::toggled, this, [this, later](bool on) {
        m_since->setEnabled(on);
        later();
    });
    connect(m_useUntil, &QCheckBox::toggled, this, [this, later](bool on) {
        m_until->setEnabled(on);
        later();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showCurrent);
    connect(m_client, &GovernanceClient::auditReady, this, &AuditPage::onEntries);
    connect(m_client, &GovernanceClient::auditFailed, this, [this](quint64 id, const Error &e) {
        if (id == m_request)
            m_count->setText(tr("Cannot read the audit trail: %1").arg(e.message));
    });
    connect(m_client, &GovernanceClient::verified, this, &AuditPage::onVerified);
    connect(m_client, &GovernanceClient::verifyFailed, this, [this](const Error &e) {
        m_chain->setText(tr("Cannot check the audit trail: %1").arg(e.message));
    });
    connect(m_client, &GovernanceClient::exportFinished, this, [this](const QString &file, qint64 n) {
        Q_EMIT message(tr("%n audit entries exported to %1", nullptr, int(n)).arg(QDir::toNativeSeparators(file)), 15000);
        reload(); // the export is an entry itself
    });
    connect(m_client, &GovernanceClient::exportFailed, this, [this](const QString &, const Error &e) {
        Q_EMIT message(tr("Export failed: %1").arg(e.message), 0);
    });
    if (m_session)
        connect(m_session, &ConsoleSession::workspaceOpened, this, [this] {
            m_chain->clear();
            if (isVisible()) {
                reload();
                verify();
            }
        });
    retranslate();
}

AuditPage::~AuditPage() = default;

AuditQuery AuditPage::query() const
{
    AuditQuery q;
    q.actor = m_actor->text().trimmed();
    q.action = m_action->currentData().toString();
    q.object = m_object->text().trimmed();
    if (m_useSince->isChecked())
        q.since = m_since->dateTime();
    if (m_useUntil->isChecked())
        q.until = m_until->dateTime();
    q.limit = 5000;
    return q;
}

void AuditPage::setActorFilter(const QString &actor)
{
    m_actor->setText(actor);
}

void AuditPage::setActionFilter(const QString &action)
{
    const int i = m_action->findData(action);
    if (i >= 0)
        m_action->setCurrentIndex(i);
}

void AuditPage::setObjectFilter(const QString &text)
{
    m_object->setText(text);
}

void AuditPage::reload()
{
    m_debounce.stop();
    m_request = m_client->requestAudit(query());
}

void AuditPage::verify()
{
    m_chain->setText(tr("Checking the audit trail's hash chain…"));
    m_client->requestVerify();
}

void AuditPage::onEntries(quint64 requestId, const QList<AuditRecord> &entries)
{
    if (requestId != m_request)
        return; // an older filter's answer
    const qint64 current = m_model->entry(m_table->currentIndex().row()) ? m_model->entry(m_table->currentIndex().row())->id : 0;
    m_model->setEntries(entries);
    ++m_loads;
    m_count->setText(entries.size() >= 5000 ? tr("The newest 5,000 entries; narrow the filter to see older ones.")
                                            : tr("%n entries", nullptr, int(entries.size())));
    int row = entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].id == current)
            row = i;
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_detail->clear();
    m_table->resizeColumnsToContents();
}

void AuditPage::onVerified(const AuditChainReport &r)
{
    QString archived;
    if (r.archives > 0)
        archived = QLatin1Char(' ') + tr("%n older entries are in archive files; the chain goes on from the newest.",
                                         nullptr, int(r.archivedEntries));
    if (r.intact) {
        m_chain->setStyleSheet(QStringLiteral("QLabel { background: #e6f4ea; color: #1e6b34; padding: 6px; border-radius: 4px; }"));
        m_chain->setText(tr("Hash chain intact: %n entries, none edited, removed or reordered.", nullptr, int(r.entries))
                         + archived + QLatin1Char(' ') + tr("Head %1 (entry %2).").arg(r.head.left(16)).arg(r.headId));
    } else {
        m_chain->setStyleSheet(QStringLiteral("QLabel { background: #fce8e6; color: #a3261b; padding: 6px; border-radius: 4px; }"));
        m_chain->setText(tr("Hash chain BROKEN at entry %1: %2").arg(r.brokenAt).arg(r.message));
    }
}

QString AuditPage::detailHtml(const AuditRecord &e)
{
    QString html;
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style=\"padding-right:12px; color:#666\">%1</td><td>%2</td></tr>").arg(escaped(label), value);
    };
    html += QStringLiteral("<h3 style=\"margin:0\">%1 <span style=\"color:#666; font-weight:normal\">%2</span></h3>")
                .arg(escaped(AuditModel::actionText(e.action)), escaped(e.object));
    html += QStringLiteral("<table>");
    row(tr("Entry"), QString::number(e.id));
    row(tr("Time"), escaped(QDateTime::fromString(e.ts, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))));
    row(tr("Actor"), escaped(e.actor) + (e.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(escaped(e.role))));
    row(tr("Action"), QStringLiteral("<code>%1</code>").arg(escaped(e.action)));
    row(tr("Host"), escaped(e.host));
    if (!e.traceId.isEmpty())
        row(tr("Trace id"), QStringLiteral("<code>%1</code>").arg(escaped(e.traceId)));
    row(tr("Hash"), QStringLiteral("<code>%1</code>").arg(escaped(e.hash)));
    row(tr("Follows"), QStringLiteral("<code>%1</code>").arg(escaped(e.prevHash)));
    QJsonObject detail = QJsonDocument::fromJson(e.detail.toUtf8()).object();
    const QString diff = detail.take(QStringLiteral("diff")).toString();
    const QString oldVersion = detail.value(QStringLiteral("old_version")).toString();
    const QString newVersion = detail.value(QStringLiteral("new_version")).toString();
    if (!oldVersion.isEmpty() || !newVersion.isEmpty())
        row(tr("Mapping version"), QStringLiteral("<code>%1</code> → <code>%2</code>")
                                       .arg(escaped(oldVersion.isEmpty() ? tr("(new)") : oldVersion), escaped(newVersion)));
    html += QStringLiteral("</table>");
    if (!diff.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(escaped(tr("What changed"))) + diffHtml(diff);
    if (!detail.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre style=\"font-family: monospace\">%2</pre>")
                    .arg(escaped(tr("Detail")), escaped(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Indented))));
    return html;
}

void AuditPage::showCurrent()
{
    const AuditRecord *e = m_model->entry(m_table->currentIndex().row());
    if (!e) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(detailHtml(*e));
}

void AuditPage::chooseExportFile()
{
    const QString file = askExportFile(
        this, tr("Export Audit Entries"),
        QStringLiteral("audit-%1.xlsx").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))), exportFolder);
    if (!file.isEmpty())
        exportTo(file);
}

void AuditPage::exportTo(const QString &file)
{
    m_client->exportAudit(file, query(), consoleUser(), m_session ? m_session->signedIn().name : QString());
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    verify();
}

void AuditPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPage::retranslate()
{
    m_refresh->setText(tr("Refresh"));
    m_verify->setText(tr("Verify Chain"));
    m_verify->setToolTip(tr("Walk the audit trail's hash chain and report the first entry edited, removed or moved"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the entries the filter shows to an Excel workbook or a CSV file (audited)"));
    m_actorLabel->setText(tr("Actor:"));
    m_actor->setPlaceholderText(tr("exact name, e.g. li.na"));
    m_actionLabel->setText(tr("Action:"));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(i, tr(kFamilies[i].label));
    m_objectLabel->setText(tr("Object:"));
    m_object->setPlaceholderText(tr("pipeline, mapping, dead letter…"));
    m_useSince->setText(tr("From"));
    m_useUntil->setText(tr("Until"));
    m_model->headerDataChanged(Qt::Horizontal, 0, AuditModel::ColumnCount - 1);
    showCurrent();
}

} // namespace concord
