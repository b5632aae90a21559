#include "models/members/memberfilterproxy.h"

#include "models/members/memberrepository.h"
#include "models/members/membertablemodel.h"

namespace supolka {

namespace {

constexpr int SearchLimit = 100000;

bool containsFolded(const QStringList &list, const QString &value)
{
    return list.contains(value, Qt::CaseInsensitive);
}

} // namespace

MemberFilterProxy::MemberFilterProxy(MemberRepository &repository, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_repository(repository)
{
    setSortRole(MemberTableModel::RawValueRole);
}

void MemberFilterProxy::setStatusFilter(std::optional<MemberStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateFilter();
}

void MemberFilterProxy::setCountryFilter(const QString &country)
{
    const QString code = country.trimmed().toUpper();
    if (m_country == code)
        return;
    m_country = code;
    invalidateFilter();
}

void MemberFilterProxy::setSkillFilter(const QString &skill)
{
    const QString trimmed = skill.trimmed();
    if (m_skill == trimmed)
        return;
    m_skill = trimmed;
    invalidateFilter();
}

void MemberFilterProxy::setGroupFilter(const QString &group)
{
    const QString trimmed = group.trimmed();
    if (m_group == trimmed)
        return;
    m_group = trimmed;
    invalidateFilter();
}

void MemberFilterProxy::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    refreshSearch();
    invalidateFilter();
}

void MemberFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = sourceModel())
        disconnect(previous, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // A member added or changed while a search is shown is matched again, so that it appears (or goes) at once.
    const auto searchAgain = [this] {
        if (!m_searchHits)
            return;
        refreshSearch();
        invalidateFilter();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, searchAgain);
    connect(model, &QAbstractItemModel::dataChanged, this, searchAgain);
    connect(model, &QAbstractItemModel::modelReset, this, searchAgain);
}

void MemberFilterProxy::refreshSearch()
{
    if (m_searchText.trimmed().isEmpty()) {
        m_searchHits.reset();
        return;
    }
    const QList<qint64> pks = m_repository.search(m_searchText, SearchLimit);
    m_searchHits = QSet<qint64>(pks.cbegin(), pks.cend());
}

void MemberFilterProxy::setAttentionOnly(bool only)
{
    if (m_attentionOnly == only)
        return;
    m_attentionOnly = only;
    invalidateFilter();
}

void MemberFilterProxy::setOnlyMembers(const std::optional<QSet<qint64>> &pks)
{
    m_only = pks;
    invalidateFilter();
}

bool MemberFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto *model = qobject_cast<const MemberTableModel *>(sourceModel());
    if (!model || sourceRow < 0 || sourceRow >= model->rowCount())
        return true;
    const Member &member = model->memberAt(sourceRow);
    if (m_status && member.status != *m_status)
        return false;
    if (!m_country.isEmpty() && member.country != m_country)
        return false;
    if (!m_skill.isEmpty() && !containsFolded(member.skills, m_skill))
        return false;
    if (!m_group.isEmpty() && !containsFolded(member.groups, m_group))
        return false;
    if (m_searchHits && !m_searchHits->contains(member.pk))
        return false;
    if (m_attentionOnly && member.attention.isEmpty())
        return false;
    if (m_only && !m_only->contains(member.pk))
        return false;
    return true;
}

bool MemberFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *members = qobject_cast<const MemberTableModel *>(sourceModel())) {
        const int order = members->compareRows(left.row(), right.row(), left.column());
        if (order != 0)
            return order < 0;
        return members->memberAt(left.row()).pk < members->memberAt(right.row()).pk;
    }
    const QVariant a = left.data(MemberTableModel::RawValueRole);
    const QVariant b = right.data(MemberTableModel::RawValueRole);
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
    return left.data(MemberTableModel::PkRole).toLongLong() < right.data(MemberTableModel::PkRole).toLongLong();
}

} // namespace supolka
