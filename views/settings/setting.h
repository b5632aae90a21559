#pragma once

#include <utility>

#include <QString>
#include <QVariant>

#include "views/settings/settingsstore.h"

namespace supolka {

// One remembered value: its key and its default, typed. The keys themselves are listed in settings.h.
template <typename T> class Setting final
{
public:
    Setting(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {}

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T value() const
    {
        const QVariant stored = SettingsStore::open()->value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    void setValue(const T &value) const { SettingsStore::open()->setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { SettingsStore::open()->remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace supolka
