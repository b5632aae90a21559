#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QModelIndex>

class QAbstractItemModel;
class QObject;

namespace supolka {

// Calls `forget` whenever `source` is about to change (rows, columns, layout, reset) or has changed data, for as
// long as `context` lives: what a proxy keeps about the source's rows goes before the proxy sorts or filters again,
// when connected before the proxy's own handlers.
void forgetOnChange(QAbstractItemModel *source, QObject *context, const std::function<void()> &forget);

// What a sorting proxy keeps so that a sort asks each source row for its value once: a byte key a row (text as
// sortkey::of() orders it, in the script order of the language shown; dates, times and numbers so that their bytes
// sort as they do; no value last) and the row's tie-breaker. Sorting 100,000 rows then compares bytes instead of
// asking the model for two values and comparing them by locale for every comparison. The keys go when the source
// says it is about to change.
class SortKeyCache final
{
public:
    SortKeyCache(int sortRole, int tieRole);

    // Forgets the keys whenever `source` is about to change (forgetOnChange()).
    void watch(QAbstractItemModel *source, QObject *context);
    void clear();

    // Whether the source row of `left` comes before that of `right`; nullopt when the column holds values that have
    // no key (the caller compares them itself).
    std::optional<bool> lessThan(const QModelIndex &left, const QModelIndex &right);

private:
    const std::optional<std::vector<QByteArray>> &keys(const QAbstractItemModel &source, int column);

    int m_sortRole;
    int m_tieRole;
    QHash<int, std::optional<std::vector<QByteArray>>> m_keys;
    std::vector<qint64> m_ties;
    QLocale::Language m_language = QLocale::AnyLanguage;
};

} // namespace supolka
