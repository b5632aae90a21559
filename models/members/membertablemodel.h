#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>

#include "models/core/windowedtablemodel.h"
#include "models/members/member.h"
#include "models/members/memberlist.h"

namespace supolka {

class MemberRepository;

// The members table, filtered and sorted in SQL: it keeps the order of the rows shown (one pk a row) and reads only
// the rows on screen, a page at a time, so that a million members open in well under a second and take a few
// megabytes. Display text for people, RawValueRole for the delegates. Returns data only — icons and colours come
// from views/.
class MemberTableModel final : public WindowedTableModel
{
    Q_OBJECT

public:
    enum Column { LastName, FirstName, Email, Phone, City, Country, Skills, Groups, Status, JoinedOn, ColumnCount };
    // AttentionRole: whether an import marked something of the member for a look (Member::attention).
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, MemberRole, AttentionRole };

    explicit MemberTableModel(MemberRepository &repository, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Reads the order again in SQL; rows stay selected (persistent indexes follow their member).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // What the marks of Member::attention mean, for people: "the phone number (kept as typed, not verified); ...".
    static QString attentionText(const QStringList &fields);

    // Filters, each applied at once.
    void setStatusFilter(std::optional<MemberStatus> status);
    void setCountryFilter(const QString &country); // ISO code, empty = any
    void setSkillFilter(const QString &skill);     // any spelling of it; empty = any
    void setGroupFilter(const QString &group);     // any spelling of it; empty = any
    void setSearchText(const QString &text);       // type-ahead over names in any script, e-mail, phone
    // Only members an import marked for a look (Member::attention), until they are saved in the editor.
    void setAttentionOnly(bool only);
    // Only these members (the possible duplicates); nullopt = any.
    void setOnlyMembers(const std::optional<QSet<qint64>> &pks);
    const QString &searchText() const { return m_searchText; }
    // A search shows at most this many members (100,000 unless set).
    int searchLimit() const { return m_searchLimit; }
    void setSearchLimit(int limit);
    // Whether the search found as many members as it shows at most, so that more may match: type more to narrow.
    bool searchCapped() const { return m_searchHits && m_searchHits->size() >= m_searchLimit; }

    // Reads the list again (members were changed, added or removed through the repository), keeping the filters,
    // the order and the selection. Also what a change of language needs: names sort by its alphabet.
    void reload();
    // The member of a row as stored when the row was read; nullopt when the read failed.
    std::optional<Member> memberAt(int row) const;
    // The language whose alphabet the names were last sorted in.
    QLocale::Language language() const { return m_language; }

    // The countries, skills and groups of members that are not deleted, each once; for the filters and the editor.
    QStringList valuesInUse(MemberList::Values values) const;

private:
    struct Shown
    {
        Member member;
        QString phone; // formatted for display: a parse each, done once a page
    };

    // Reads the order again (a sort, a language), the filters' mask again, or both, and shows the result.
    enum Refresh { Order = 1, Filters = 2, Everything = Order | Filters };
    void refresh(Refresh what);
    MemberListQuery query() const;
    const Shown *shown(int row) const;
    void forgetRows() override { m_rows.clear(); }

    MemberRepository &m_repository;
    QLocale::Language m_language = QLocale::AnyLanguage;
    RowPages<Shown> m_rows;

    int m_sortColumn = LastName;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<MemberStatus> m_status;
    QString m_country;
    QString m_skill;
    QString m_group;
    QString m_searchText;
    int m_searchLimit = 100000;
    std::optional<QSet<qint64>> m_searchHits;
    bool m_attentionOnly = false;
    std::optional<QSet<qint64>> m_only;
};

} // namespace supolka
