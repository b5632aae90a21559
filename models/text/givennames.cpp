#include "models/text/givennames.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>

#include "models/text/namekey.h"

namespace supolka::givennames {

namespace {

struct Table
{
    QList<QStringList> names;            // the keys of each line's forms
    QSet<QString> fullForms;             // keys that stand unmarked on some line
    QHash<QString, QList<qsizetype>> of; // a form's key -> the lines it stands on
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/data/givennames.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return t; // the resource is part of the program; a build without it finds names as written only
        const QString text = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(text).split(u'\n')) {
            const QStringView trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            QStringList keys;
            for (QStringView form : trimmed.split(u' ', Qt::SkipEmptyParts)) {
                const bool diminutive = form.startsWith(u'~');
                if (diminutive)
                    form = form.mid(1);
                const QString key = namekey::wordKey(form);
                if (!diminutive && !key.isEmpty())
                    t.fullForms.insert(key);
                if (!key.isEmpty() && !keys.contains(key))
                    keys.append(key);
            }
            if (keys.size() < 2)
                continue;
            const qsizetype index = t.names.size();
            for (const QString &key : std::as_const(keys))
                t.of[key].append(index);
            t.names.append(keys);
        }
        return t;
    }();
    return loaded;
}

} // namespace

QStringList otherFormKeys(const QString &wordKey)
{
    const Table &t = table();
    const auto it = t.of.constFind(wordKey);
    if (it == t.of.cend())
        return {};
    QStringList keys;
    for (const qsizetype index : it.value()) {
        for (const QString &key : t.names.at(index)) {
            if (key != wordKey && !keys.contains(key))
                keys.append(key);
        }
    }
    return keys;
}

QStringList diminutiveKeys(const QString &wordKey)
{
    QStringList keys = otherFormKeys(wordKey);
    const QSet<QString> &full = table().fullForms;
    keys.removeIf([&full](const QString &key) { return full.contains(key); });
    return keys;
}

int nameCount()
{
    return int(table().names.size());
}

} // namespace supolka::givennames
