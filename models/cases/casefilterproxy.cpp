#include "models/cases/casefilterproxy.h"

#include <QRegularExpression>

#include "models/cases/casetablemodel.h"
#include "models/text/namekey.h"
#include "models/text/searchquery.h"

namespace supolka {

CaseFilterProxy::CaseFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sortKeys(CaseTableModel::RawValueRole, CaseTableModel::PkRole)
{
    setSortRole(CaseTableModel::RawValueRole);
}

void CaseFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    m_sortKeys.clear();
    if (model)
        m_sortKeys.watch(model, this);
    QSortFilterProxyModel::setSourceModel(model);
}

void CaseFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    invalidateFilter();
}

void CaseFilterProxy::setStatusFilter(std::optional<CaseStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void CaseFilterProxy::setOpenOnly(bool openOnly)
{
    if (m_openOnly == openOnly)
        return;
    m_openOnly = openOnly;
    invalidateFilter();
}

void CaseFilterProxy::setNeedFilter(const QString &need)
{
    const QString key = need.trimmed();
    if (m_need == key)
        return;
    m_need = key;
    invalidateFilter();
}

void CaseFilterProxy::setAssigneeFilter(qint64 assigneePk)
{
    if (m_assigneePk == assigneePk)
        return;
    m_assigneePk = assigneePk;
    invalidateFilter();
}

void CaseFilterProxy::setOverdueOnly(bool overdueOnly)
{
    if (m_overdueOnly == overdueOnly)
        return;
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

bool CaseFilterProxy::matchesText(const AidCase &c, const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    // Names are compared by their cross-script keys, so that Cyrillic and Latin spellings find each other; the
    // number, contact, city and summary as they are written.
    const QString names = c.displayName() + QLatin1Char(' ') + c.personName + QLatin1Char(' ') + c.assigneeName;
    const QString nameKeys = search::allKeysText(namekey::textKeys(names));
    const QString plain =
        QStringList{c.number, c.personContact, c.personCity, c.summary}.join(QLatin1Char('\n')).toCaseFolded();
    for (const QString &word : words) {
        if (plain.contains(word.toCaseFolded()))
            continue;
        // As the people search reads it: any script, and a given name typed whole in its other forms.
        const QList<search::QueryWord> parsed = search::parseQuery(word);
        if (parsed.isEmpty() || !search::matches(parsed, nameKeys))
            return false;
    }
    return true;
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const CaseTableModel *>(sourceModel());
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount())
        return true;
    const AidCase &c = model->caseAt(sourceRow);
    if (m_status && c.status != *m_status)
        return false;
    if (m_openOnly && !c.isOpen())
        return false;
    if (!m_need.isEmpty() && !c.needs.contains(m_need))
        return false;
    if (m_assigneePk != AnyAssignee && c.assigneePk != m_assigneePk)
        return false;
    if (m_overdueOnly && !c.isOverdue(model->today()))
        return false;
    return matchesText(c, m_searchText);
}

bool CaseFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const std::optional<bool> before = m_sortKeys.lessThan(left, right))
        return *before;
    const QVariant a = left.data(CaseTableModel::RawValueRole);
    const QVariant b = right.data(CaseTableModel::RawValueRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int order = QString::localeAwareCompare(a.toString(), b.toString());
        if (order != 0)
            return order < 0;
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return true;
        if (order == QPartialOrdering::Greater)
            return false;
    }
    return left.data(CaseTableModel::PkRole).toLongLong() < right.data(CaseTableModel::PkRole).toLongLong();
}

} // namespace supolka
