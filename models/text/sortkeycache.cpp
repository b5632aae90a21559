#include "models/text/sortkeycache.h"

#include <bit>

#include <QAbstractItemModel>
#include <QDate>
#include <QDateTime>

#include "models/text/sortkey.h"

namespace supolka {

namespace {

QByteArray bigEndian(quint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    for (int i = 7; i >= 0; --i) {
        bytes[i] = char(value & 0xff);
        value >>= 8;
    }
    return bytes;
}

std::optional<QByteArray> valueKey(const QVariant &value, const QList<sortkey::Range> &scripts)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QByteArray key = sortkey::of(value.toString());
        // Which of the language's script ranges the key falls in comes first (Cyrillic first in Belarusian).
        char range = 0;
        for (const sortkey::Range &part : scripts) {
            if (key >= part.from && (part.to.isEmpty() || key < part.to))
                break;
            ++range;
        }
        return char('A' + range) + key;
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return bigEndian(quint64(value.toLongLong()) ^ (quint64(1) << 63));
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bigEndian(value.toULongLong());
    case QMetaType::Double: {
        const auto bits = std::bit_cast<quint64>(value.toDouble());
        return bigEndian((bits >> 63) != 0 ? ~bits : bits | (quint64(1) << 63));
    }
    default:
        return std::nullopt;
    }
}

// A key whose bytes sort as the value does, no value last (as QSortFilterProxyModel has it); nullopt for a kind of
// value this does not know.
std::optional<QByteArray> keyOf(const QVariant &value, const QList<sortkey::Range> &scripts)
{
    if (!value.isValid())
        return QByteArray(1, '\x02');
    std::optional<QByteArray> key = valueKey(value, scripts);
    if (key)
        key->prepend('\x01');
    return key;
}

} // namespace

SortKeyCache::SortKeyCache(int sortRole, int tieRole)
    : m_sortRole(sortRole)
    , m_tieRole(tieRole)
{}

void forgetOnChange(QAbstractItemModel *source, QObject *context, const std::function<void()> &forget)
{
    QObject::connect(source, &QAbstractItemModel::rowsAboutToBeInserted, context, forget);
    QObject::connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, context, forget);
    QObject::connect(source, &QAbstractItemModel::rowsAboutToBeMoved, context, forget);
    QObject::connect(source, &QAbstractItemModel::columnsAboutToBeInserted, context, forget);
    QObject::connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, context, forget);
    QObject::connect(source, &QAbstractItemModel::modelAboutToBeReset, context, forget);
    QObject::connect(source, &QAbstractItemModel::layoutAboutToBeChanged, context, forget);
    QObject::connect(source, &QAbstractItemModel::dataChanged, context, forget);
}

void SortKeyCache::watch(QAbstractItemModel *source, QObject *context)
{
    forgetOnChange(source, context, [this] { clear(); });
}

void SortKeyCache::clear()
{
    m_keys.clear();
    m_ties.clear();
}

const std::optional<std::vector<QByteArray>> &SortKeyCache::keys(const QAbstractItemModel &source, int column)
{
    if (m_language != QLocale().language()) {
        clear();
        m_language = QLocale().language();
    }
    const int rows = source.rowCount();
    auto found = m_keys.find(column);
    if (found != m_keys.end() && (!found->has_value() || (*found)->size() == size_t(rows)))
        return *found;
    const QList<sortkey::Range> scripts = sortkey::orderFor(m_language);
    std::vector<QByteArray> keys;
    keys.reserve(size_t(rows));
    std::optional<std::vector<QByteArray>> result;
    bool known = true;
    for (int row = 0; row < rows && known; ++row) {
        std::optional<QByteArray> key = keyOf(source.index(row, column).data(m_sortRole), scripts);
        known = key.has_value();
        if (known)
            keys.push_back(std::move(*key));
    }
    if (known)
        result = std::move(keys);
    if (m_ties.size() != size_t(rows)) {
        m_ties.assign(size_t(rows), 0);
        for (int row = 0; row < rows; ++row)
            m_ties[size_t(row)] = source.index(row, 0).data(m_tieRole).toLongLong();
    }
    return *m_keys.insert(column, std::move(result));
}

std::optional<bool> SortKeyCache::lessThan(const QModelIndex &left, const QModelIndex &right)
{
    if (left.parent().isValid() || right.parent().isValid() || left.column() != right.column() || !left.model())
        return std::nullopt;
    const auto &columnKeys = keys(*left.model(), left.column());
    if (!columnKeys)
        return std::nullopt;
    const QByteArray &a = (*columnKeys)[size_t(left.row())];
    const QByteArray &b = (*columnKeys)[size_t(right.row())];
    if (a != b)
        return a < b;
    return m_ties[size_t(left.row())] < m_ties[size_t(right.row())];
}

} // namespace supolka
