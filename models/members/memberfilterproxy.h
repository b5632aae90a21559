#pragma once

#include <optional>

#include <QSet>
#include <QSortFilterProxyModel>

#include "models/members/member.h"

namespace supolka {

class MemberRepository;

// Filters the members table by status, country, skill, group and a type-ahead search (through the repository's
// cross-script index); sorts by MemberTableModel::RawValueRole.
class MemberFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MemberFilterProxy(MemberRepository &repository, QObject *parent = nullptr);

    void setStatusFilter(std::optional<MemberStatus> status);
    void setCountryFilter(const QString &country); // ISO code, empty = any
    void setSkillFilter(const QString &skill);     // empty = any
    void setGroupFilter(const QString &group);     // empty = any
    void setSearchText(const QString &text);       // empty = everyone
    // Only members an import marked for a look (Member::attention), until they are saved in the editor.
    void setAttentionOnly(bool only);
    // Only these members (the possible duplicates); nullopt = any.
    void setOnlyMembers(const std::optional<QSet<qint64>> &pks);
    const QString &searchText() const { return m_searchText; }

    // Also keeps the search results in step when the members table changes.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refreshSearch();

    MemberRepository &m_repository;
    std::optional<MemberStatus> m_status;
    QString m_country;
    QString m_skill;
    QString m_group;
    QString m_searchText;
    std::optional<QSet<qint64>> m_searchHits;
    bool m_attentionOnly = false;
    std::optional<QSet<qint64>> m_only;
};

} // namespace supolka
