#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QCollator>
#include <QHash>
#include <QList>

#include "models/members/member.h"

namespace supolka {

class MemberRepository;

// The members table: display text for people, RawValueRole for sorting and filtering. Returns data only —
// icons and colours come from views/.
class MemberTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LastName, FirstName, Email, Phone, City, Country, Skills, Groups, Status, JoinedOn, ColumnCount };
    // AttentionRole: whether an import marked something of the member for a look (Member::attention).
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, MemberRole, AttentionRole };

    explicit MemberTableModel(MemberRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // What the marks of Member::attention mean, for people: "the phone number (kept as typed, not verified); ...".
    static QString attentionText(const QStringList &fields);
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every member (not deleted) again from the repository.
    void reload();
    const Member &memberAt(int row) const;
    const Member &memberFromIndex(const QModelIndex &index) const;
    int rowOfPk(qint64 pk) const; // -1 when absent

    // Keep the model in step after the repository was changed through someone else.
    void memberAdded(const Member &member);
    void memberChanged(const Member &member);
    void memberRemoved(qint64 pk);

    // Orders two rows by a column as people expect (locale-aware, case-insensitive for text): negative, zero or
    // positive. Text is compared through collation keys worked out once per member and column, which keeps sorting
    // 100,000 members quick.
    int compareRows(int leftRow, int rightRow, int column) const;

private:
    QString phoneText(const Member &member) const;
    const QCollatorSortKey &sortKey(int row, int column) const;

    QCollator m_collator;
    // Per column, one key per row (in step with m_members), worked out when first needed.
    mutable std::array<std::vector<std::optional<QCollatorSortKey>>, ColumnCount> m_sortKeys;

    MemberRepository &m_repository;
    QList<Member> m_members;
    mutable QHash<qint64, QString> m_phoneText; // formatting a number costs a parse: done once per member
};

} // namespace supolka
