#pragma once
// Desktop notifications for new alerts through the system tray, where there is one (not under
// Xvfb or offscreen: PLATFORM.md trap 5). New means raised since the workspace was opened here and
// not notified yet, whether it came from the scheduler's minute check (EngineHost::alertsRaised)
// or from the rules checked after a run (seen in the next alerts refresh). Clicking the
// notification or the tray icon brings the console forward on its alerts.

#include "store/opstypes.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace concord {

class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;

    bool isAvailable() const { return m_tray != nullptr; }
    // The last notification's title and text (also kept without a tray, for tests).
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    int notifications() const { return m_count; }

    // A workspace was (re)opened: alerts raised before now are old news.
    void startSession();

public Q_SLOTS:
    // Notifies the active, unacknowledged alerts among `alerts` raised since startSession() that
    // were not notified yet.
    void notifyNew(const QList<concord::AlertRecord> &alerts);

Q_SIGNALS:
    void activated();

private:
    void show(const QList<AlertRecord> &alerts);

    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_since;
    QSet<qint64> m_notified;
    QString m_lastTitle;
    QString m_lastText;
    int m_count = 0;
};

} // namespace concord
