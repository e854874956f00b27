#include "welcomepage.h"

#include "formatting.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_message(new QLabel), m_newButton(new QPushButton), m_openButton(new QPushButton), m_demoButton(new QPushButton),
      m_recentLabel(new QLabel), m_recent(new QListWidget)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    m_newButton->setIcon(fmt::icon("new-workspace"));
    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newWorkspaceRequested);
    m_openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    m_openButton->setIcon(fmt::icon("open"));
    m_demoButton->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_demoButton->setIcon(fmt::icon("demo"));
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);

    m_recent->setObjectName(QStringLiteral("welcomeRecentList"));
    m_recent->setMaximumHeight(160);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openRecentRequested(item->data(Qt::UserRole).toString()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_demoButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);

    // A centred column of readable width, like an editor's start page.
    auto *column = new QVBoxLayout;
    column->addWidget(m_title);
    column->addSpacing(8);
    column->addWidget(m_message);
    column->addSpacing(12);
    column->addLayout(buttons);
    column->addSpacing(20);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);

    auto *columnWidget = new QWidget;
    columnWidget->setLayout(column);
    columnWidget->setMaximumWidth(640);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(columnWidget, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    retranslate();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setState(State state, const QString &dir)
{
    m_state = state;
    m_dir = dir;
    const bool idle = state == State::NoWorkspace || state == State::Failed;
    m_openButton->setEnabled(idle);
    m_newButton->setEnabled(idle);
    m_demoButton->setEnabled(idle);
    m_recent->setEnabled(idle);
    retranslate();
}

void WelcomePage::setRecentWorkspaces(const QStringList &dirs)
{
    m_recent->clear();
    for (const QString &dir : dirs) {
        auto *item = new QListWidgetItem(fmt::icon("open"), QDir::toNativeSeparators(dir), m_recent);
        item->setData(Qt::UserRole, dir);
    }
    m_recentLabel->setVisible(!dirs.isEmpty());
    m_recent->setVisible(!dirs.isEmpty());
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    const QString dir = QDir::toNativeSeparators(m_dir);
    switch (m_state) {
    case State::NoWorkspace:
        m_title->setText(tr("No workspace open"));
        m_message->setText(tr("Open the demo workspace, open a workspace or create a new one. A workspace is a folder "
                              "with a workspace.yaml that declares your systems, datasets and sync pipelines; drop one "
                              "(or a mapping file) on this window to open it. The demo workspace has five department "
                              "databases and four pipelines ready to run."));
        break;
    case State::Loading:
        m_title->setText(tr("Opening workspace…"));
        m_message->setText(tr("Reading %1 and checking its mappings.").arg(dir));
        break;
    case State::CreatingDemo:
        m_title->setText(tr("Creating the demo workspace…"));
        m_message->setText(tr("Writing the demo department databases to %1.").arg(dir));
        break;
    case State::Failed:
        m_title->setText(tr("The workspace could not be opened"));
        m_message->setText(tr("%1 has errors; they are listed under Problems with file, line and column. "
                              "Fix them and open the workspace again, or open another one.")
                               .arg(dir));
        break;
    }
    m_newButton->setText(tr("New workspace…"));
    m_newButton->setToolTip(tr("Create a workspace with its first system and dataset, read from a table"));
    m_openButton->setText(tr("Open workspace…"));
    m_demoButton->setText(tr("Open the demo workspace"));
    m_recentLabel->setText(tr("Recent workspaces"));
}

} // namespace concord
