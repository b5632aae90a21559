#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "models/events/registration.h"

namespace supolka {

// What the door's search found: one row per registration, in the order the search gave them. Display text for
// people, RawValueRole for sorting, RegistrationRole for the whole registration and StateRole for how the row
// stands (views colour rows by it). Returns data only.
class CheckInResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Ticket, Status, CheckedInAt, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, RegistrationRole, StateRole };
    // How a registrant stands at the door (the value of StateRole).
    enum class State { Expected, CheckedIn, Cancelled };
    Q_ENUM(State)

    explicit CheckInResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setResults(QList<Registration> results);
    void clear();
    // Brings the row of `registration` (found by pk) in step; nothing when it is not shown.
    void registrationChanged(const Registration &registration);

    const Registration &registrationAt(int row) const;
    int rowOfPk(qint64 pk) const; // -1 when absent
    const QList<Registration> &results() const { return m_results; }

    static State stateOf(const Registration &registration);
    // "Cancelled", "Checked in", "Walk-in, checked in", "Not checked in yet".
    static QString statusText(const Registration &registration);
    // When they were checked in, in local time: the time alone today, else the date and time. Empty if not.
    static QString checkedInText(const Registration &registration);

private:
    QList<Registration> m_results;
};

} // namespace supolka
