#include "roleselector.h"

#include "consolesession.h"
#include "settings/consolesettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace concord {

RoleSelector::RoleSelector(ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_label(new QLabel), m_combo(new QComboBox)
{
    m_combo->setObjectName(QStringLiteral("viewAsRole"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    m_label->setBuddy(m_combo);
    connect(m_session, &ConsoleSession::viewerChanged, this, &RoleSelector::rebuild);
    connect(m_combo, qOverload<int>(&QComboBox::activated), this, &RoleSelector::choose);
    retranslate();
}

void RoleSelector::retranslate()
{
    m_label->setText(tr("&Role:"));
    m_combo->setToolTip(tr("View the console as this role: values above its clearance are masked or hidden. "
                           "Only roles that see no more than yours are offered."));
    rebuild();
}

void RoleSelector::rebuild()
{
    m_rebuilding = true;
    m_combo->clear();
    const auto workspace = m_session->workspace();
    const Holder &self = m_session->signedIn();
    if (workspace && !self.hasRole())
        m_combo->addItem(tr("(no role — L1 only)"), QString());
    for (const QString &role : m_session->viewableRoles()) {
        const RoleDef r = workspace->roles.value(role);
        const QString text = role == self.name ? tr("%1 (you) · %2 · %3").arg(role, r.department, sensitivityName(r.clearance))
                                               : tr("%1 · %2 · %3").arg(role, r.department, sensitivityName(r.clearance));
        m_combo->addItem(text, role);
    }
    const int current = m_combo->findData(m_session->viewer().name);
    m_combo->setCurrentIndex(std::max(0, current));
    m_combo->setEnabled(m_combo->count() > 1);
    m_rebuilding = false;
}

void RoleSelector::choose(int index)
{
    if (m_rebuilding || index < 0)
        return;
    const QString role = m_combo->itemData(index).toString();
    if (auto r = m_session->setViewRole(role); !r.ok()) {
        m_combo->setToolTip(r.error().message);
        rebuild();
    } else if (const auto workspace = m_session->workspace()) {
        // Remembered for this workspace: it opens as this role next time (Settings shows it too).
        settings::setViewRole(workspace->dir, role == m_session->signedIn().name ? QString() : role);
    }
}

} // namespace concord
