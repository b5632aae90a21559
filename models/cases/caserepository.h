#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

#include "models/cases/aidcase.h"
#include "models/cases/casenote.h"
#include "models/cases/casepayment.h"
#include "models/core/result.h"
#include "models/members/memberrepository.h"

namespace supolka {

class Database;

// Which cases a list shows.
struct CaseFilter
{
    bool includeSensitive = false; // sensitive cases only when shown on purpose
    bool includeClosed = true;
    std::optional<CaseStatus> status;
    QString need;           // a caseneeds key; empty = any
    qint64 assigneePk = -1; // -1 = anyone, 0 = nobody assigned
    bool overdueOnly = false;
};

// All SQL about aid cases: the cases, their timeline and their payments. Status changes go through the workflow
// and are written to the timeline with who, when and why.
class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::CaseRepository)

public:
    explicit CaseRepository(Database &database);

    Database &database() const { return m_database; }

    // Two members found to be one person: the cases of `fromPk`, and those `fromPk` is the volunteer of, become
    // `toPk`'s.
    Status moveMember(qint64 fromPk, qint64 toPk, const QString &now);

    // Trims and checks a case: somebody to help (a member or a name), at least one known need, a summary, dates
    // in order, a known country and languages. Empty = valid.
    static QList<FieldError> normalizeAndValidate(AidCase &aidCase);

    std::optional<AidCase> find(qint64 pk) const;
    std::optional<AidCase> findById(const QString &id) const;
    std::optional<AidCase> findByNumber(const QString &number) const;
    QList<AidCase> cases(const CaseFilter &filter = CaseFilter(), const QDate &today = QDate::currentDate()) const;
    // Open cases past their due date (sensitive ones too: a lead must see them), most overdue first.
    QList<AidCase> overdue(const QDate &today = QDate::currentDate()) const;

    // Opens a case: number, id, opened date (today) unless set; status new; a first timeline entry.
    Result<AidCase> add(AidCase aidCase, const QString &author);
    // Saves what the editor changes (person, needs, priority, summary, dates, sensitive). The status and the
    // assignee have their own calls, so that each change is in the timeline.
    Result<AidCase> update(AidCase aidCase);
    Status remove(qint64 pk);
    Status restore(qint64 pk);

    // Moves a case to `to` if the workflow allows it; closing needs the outcome. Written with who, when, why.
    Result<AidCase> changeStatus(qint64 pk, CaseStatus to, const QString &author, const QString &reason = QString(),
                                 const QString &outcome = QString());
    // Makes a member responsible for the case (0 = nobody); in the timeline.
    Result<AidCase> assign(qint64 pk, qint64 assigneePk, const QString &author);

    Result<CaseNote> addNote(CaseNote note);
    Status removeNote(qint64 notePk);
    QList<CaseNote> timeline(qint64 casePk) const; // oldest first

    Result<CasePayment> addPayment(CasePayment payment);
    Status removePayment(qint64 paymentPk);
    Status restorePayment(qint64 paymentPk);
    QList<CasePayment> payments(qint64 casePk) const; // by date
    // Sums per currency, in minor units: of one case, or (casePk 0) of every case not deleted.
    QMap<QString, qint64> paymentTotals(qint64 casePk = 0) const;
    // The sums per currency of every case that has payments (case pk -> currency -> minor units), in one query.
    QHash<qint64, QMap<QString, qint64>> paymentTotalsByCase() const;

    // How many open cases each member holds (assignee pk -> count).
    QHash<qint64, int> openCasesByAssignee() const;

    // The next number for a case opened on `date`: "26-0042".
    QString nextNumber(const QDate &date) const;

    // What an import or a bundle writes, as the file has it (ids, times and origin kept): the row is added, or
    // replaced when its id is here. The caller has checked it; no timeline entry is made.
    enum class Table { Cases, Notes, Payments };
    // The stored updated_at of a row; nullopt when its id is not here (or the read failed: the write then fails).
    std::optional<QString> storedUpdatedAt(Table table, const QString &id) const;
    // The stored body of a note (the purpose of a payment) whose case is sensitive here: an export carries it
    // blotted out, which must not replace it.
    std::optional<QString> storedSensitiveText(Table table, const QString &id) const;
    qint64 casePkOf(const QString &id) const; // 0 = no such case
    // How many cases are not deleted; -1 when it cannot be read.
    int countLive() const;
    Status putCase(const AidCase &c);
    Status putPayment(const CasePayment &payment);
    // `replace`: a note with the id is replaced (a file of notes); else it is kept as it is (an intake's note).
    Status putNote(const CaseNote &note, bool replace);

    // The cases list sorts and searches by keys stored with each case (schema 13): the names of the person and the
    // volunteer (sort_person, sort_assignee), the payments' sums (paid_key) and the texts a search looks in
    // (case_search). The repository keeps them in step with its own writes; these keep them in step with the rest.
    // The keys of the cases whose person or volunteer is this member, after the member's name changed or went.
    static Status refreshMemberNames(const QSqlDatabase &db, qint64 memberPk);
    // The keys of one case, or of the case a payment belongs to, after a write from elsewhere (a bundle).
    static Status refreshListKeys(const QSqlDatabase &db, qint64 casePk);
    static Status refreshPaidKeyOfPayment(const QSqlDatabase &db, qint64 paymentPk);
    // Writes every case's keys again (deleted ones too: they may be restored), and the indexes of the cases list.
    static Status rewriteListKeys(const QSqlDatabase &db);
    static Status createListIndexes(const QSqlDatabase &db);

private:
    // The name and search keys of the cases that `condition` (on `c.`, with `value` bound) selects.
    static Status writeNameKeys(const QSqlDatabase &db, const QString &condition, const QVariant &value);
    static Status writePaidKey(const QSqlDatabase &db, qint64 casePk);
    Result<AidCase> writeCase(const AidCase &aidCase, bool insert);
    Result<CaseNote> writeNote(CaseNote note);

    Database &m_database;
};

} // namespace supolka
