#pragma once
// A typed user setting, declared next to the code that uses it:
//   static const Preference<QStringList> recent{"workspace/recent", {}};
// Keeps the key and its default in one place instead of string-keyed QSettings calls scattered
// through the UI (STYLE.md practice 6).

#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace concord {

template<typename T>
class Preference
{
public:
    Preference(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key)), m_default(std::move(defaultValue))
    {
    }

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace concord
