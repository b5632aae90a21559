#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include "models/cases/aidcase.h"

namespace supolka {

class CaseRepository;

// The aid cases table: display text for people, RawValueRole for sorting and filtering, OverdueRole for the rows
// a view marks. Returns data only — colours come from views/. Sensitive cases are read from the repository only
// while they are asked for (setIncludeSensitive).
class CaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Person, Needs, Priority, Status, Assignee, OpenedOn, DueOn, Paid, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PkRole, CaseRole, OverdueRole, SensitiveRole };

    explicit CaseTableModel(CaseRepository &repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool includesSensitive() const { return m_includeSensitive; }
    // Reads the cases again, with or without the sensitive ones.
    void setIncludeSensitive(bool include);
    // The day against which cases are overdue; today unless a test says otherwise.
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }

    // Reads every case (not deleted) and the payment totals again from the repository.
    void reload();
    // Brings one row in step with the repository: added, changed, or gone when deleted (or sensitive and hidden).
    void refresh(qint64 pk);

    const AidCase &caseAt(int row) const;
    const AidCase &caseAt(const QModelIndex &index) const;
    int rowOfPk(qint64 pk) const; // -1 when absent
    // Sums paid for a case, per currency, in minor units.
    QMap<QString, qint64> paidFor(qint64 pk) const { return m_paid.value(pk); }

private:
    QVariant displayValue(const AidCase &aidCase, int column) const;
    QVariant rawValue(const AidCase &aidCase, int column) const;

    CaseRepository &m_repository;
    bool m_includeSensitive = false;
    QDate m_today;
    QList<AidCase> m_cases;
    QHash<qint64, QMap<QString, qint64>> m_paid;
};

} // namespace supolka
