#include "alerts/alertnotifier.h"

#include "formatting.h"

#include <QSystemTrayIcon>

namespace concord {

AlertNotifier::AlertNotifier(QObject *parent) : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(fmt::icon("concord"), this);
    m_tray->setToolTip(tr("Concord"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
    m_tray->show();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::startSession()
{
    // A little slack: the store's clock and ours are the same machine's, but seconds are rounded.
    m_since = QDateTime::currentDateTimeUtc().addSecs(-2);
    m_notified.clear();
}

void AlertNotifier::notifyNew(const QList<AlertRecord> &alerts)
{
    if (!m_since.isValid())
        return;
    QList<AlertRecord> fresh;
    for (const AlertRecord &a : alerts) {
        if (!a.isActive() || a.acknowledgedAt.isValid() || a.raisedAt < m_since || m_notified.contains(a.id))
            continue;
        m_notified.insert(a.id);
        fresh.append(a);
    }
    if (!fresh.isEmpty())
        show(fresh);
}

void AlertNotifier::show(const QList<AlertRecord> &alerts)
{
    bool critical = false;
    bool warning = false;
    for (const AlertRecord &a : alerts) {
        critical |= a.severity == QLatin1String("critical");
        warning |= a.severity == QLatin1String("warning");
    }
    const AlertRecord &first = alerts.constFirst();
    if (alerts.size() == 1) {
        m_lastTitle = tr("%1 alert: %2").arg(fmt::severity(first.severity), first.pipeline);
        m_lastText = first.message;
    } else {
        m_lastTitle = tr("%n new alert(s)", nullptr, int(alerts.size()));
        QStringList lines;
        for (const AlertRecord &a : alerts.mid(0, 3))
            lines << tr("%1: %2").arg(a.pipeline, a.message);
        if (alerts.size() > 3)
            lines << tr("…and %n more", nullptr, int(alerts.size() - 3));
        m_lastText = lines.join(QLatin1Char('\n'));
    }
    ++m_count;
    if (m_tray)
        m_tray->showMessage(m_lastTitle, m_lastText,
                            critical ? QSystemTrayIcon::Critical : warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            15000);
}

} // namespace concord
