#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include "models/cases/caserepository.h"
#include "models/cases/casestatistics.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Lead = QStringLiteral("Hanna");

class CaseStatisticsTest : public ::testing::Test
{
protected:
    AidCase open(const QStringList &needs, const QDate &due = QDate(), bool sensitive = false)
    {
        AidCase c;
        c.personName = QStringLiteral("Person %1").arg(++m_people);
        c.needs = needs;
        c.summary = QStringLiteral("Request");
        c.openedOn = QDate(2024, 12, 1);
        c.dueOn = due;
        c.sensitive = sensitive;
        Result<AidCase> added = m_cases.add(c, Lead);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : AidCase();
    }

    void move(const AidCase &c, std::initializer_list<CaseStatus> steps)
    {
        for (const CaseStatus step : steps) {
            const Result<AidCase> moved = m_cases.changeStatus(c.pk, step, Lead, QString(), QStringLiteral("Done"));
            EXPECT_TRUE(moved.ok()) << moved.error().toStdString();
        }
    }

    qint64 pay(const AidCase &c, const QDate &date, qint64 minor, const QString &currency)
    {
        CasePayment payment;
        payment.casePk = c.pk;
        payment.paidOn = date;
        payment.amountMinor = minor;
        payment.currency = currency;
        Result<CasePayment> added = m_cases.addPayment(payment);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added->pk : 0;
    }

    test::ScratchDatabase m_db;
    CaseRepository m_cases{m_db.get()};
    int m_people = 0;
};

} // namespace

TEST(CaseStatisticsEmpty, AnEmptyDatabaseHasNothingToChart)
{
    test::ScratchDatabase db;
    const Result<CaseStatistics> computed = CaseStatistics::compute(db.get(), QDate(2025, 6, 15));
    ASSERT_TRUE(computed) << computed.error().toStdString();
    const CaseStatistics &statistics = computed.value();
    EXPECT_EQ(statistics.cases, 0);
    EXPECT_EQ(statistics.open, 0);
    EXPECT_TRUE(statistics.openByNeed.isEmpty());
    ASSERT_EQ(statistics.byStatus.size(), 5);
    for (const auto &[status, count] : statistics.byStatus)
        EXPECT_EQ(count, 0);
    EXPECT_TRUE(statistics.months.isEmpty());
    EXPECT_TRUE(statistics.paidPerMonth.isEmpty());
    EXPECT_TRUE(statistics.paid.isEmpty());
}

// Worked out by hand, on 15 June 2025:
//   A legal+documents, new, due 1 March (overdue)    payments: 10 Jan 12.50 EUR, 20 Jan 100.00 PLN
//   B legal, in progress                              payments:  5 Mar 30.00 EUR, 14 Feb 50.00 EUR (deleted)
//   C housing+food, waiting, due 1 July               payments: 31 Jan  7.50 EUR
//   D medical, resolved, due 1 January (not open)
//   E housing, closed
//   F financial, new, deleted                         payments:  1 May 999.00 EUR (its case is deleted)
//   G psychological, in progress, sensitive (counted: nothing here names anybody)
TEST_F(CaseStatisticsTest, CountsOpenCasesByNeedAndStatusAndSumsPaymentsPerMonthAndCurrency)
{
    const QString legal = QStringLiteral("legal");
    const AidCase a = open({legal, QStringLiteral("documents")}, QDate(2025, 3, 1));
    const AidCase b = open({legal});
    const AidCase c = open({QStringLiteral("housing"), QStringLiteral("food")}, QDate(2025, 7, 1));
    const AidCase d = open({QStringLiteral("medical")}, QDate(2025, 1, 1));
    const AidCase e = open({QStringLiteral("housing")});
    const AidCase f = open({QStringLiteral("financial")});
    const AidCase g = open({QStringLiteral("psychological")}, QDate(), true);
    move(b, {CaseStatus::InProgress});
    move(c, {CaseStatus::InProgress, CaseStatus::Waiting});
    move(d, {CaseStatus::InProgress, CaseStatus::Resolved});
    move(e, {CaseStatus::Closed});
    move(g, {CaseStatus::InProgress});

    pay(a, QDate(2025, 1, 10), 1250, QStringLiteral("EUR"));
    pay(a, QDate(2025, 1, 20), 10000, QStringLiteral("PLN"));
    pay(b, QDate(2025, 3, 5), 3000, QStringLiteral("EUR"));
    const qint64 removed = pay(b, QDate(2025, 2, 14), 5000, QStringLiteral("EUR"));
    ASSERT_TRUE(m_cases.removePayment(removed).ok());
    pay(c, QDate(2025, 1, 31), 750, QStringLiteral("EUR"));
    pay(f, QDate(2025, 5, 1), 99900, QStringLiteral("EUR"));
    ASSERT_TRUE(m_cases.remove(f.pk).ok());

    const Result<CaseStatistics> computed = CaseStatistics::compute(m_db.get(), QDate(2025, 6, 15));
    ASSERT_TRUE(computed) << computed.error().toStdString();
    const CaseStatistics &statistics = computed.value();
    EXPECT_EQ(statistics.cases, 6);
    EXPECT_EQ(statistics.open, 4) << "A, B, C, G";
    EXPECT_EQ(statistics.overdue, 1) << "A; D is due earlier but resolved";

    const QList<QPair<QString, int>> byNeed{{legal, 2},
                                            {QStringLiteral("housing"), 1},
                                            {QStringLiteral("food"), 1},
                                            {QStringLiteral("documents"), 1},
                                            {QStringLiteral("psychological"), 1}};
    EXPECT_EQ(statistics.openByNeed, byNeed) << "most first, then in the order of the needs; E's housing is closed";

    const QList<QPair<CaseStatus, int>> byStatus{{CaseStatus::New, 1},
                                                 {CaseStatus::InProgress, 2},
                                                 {CaseStatus::Waiting, 1},
                                                 {CaseStatus::Resolved, 1},
                                                 {CaseStatus::Closed, 1}};
    EXPECT_EQ(statistics.byStatus, byStatus);

    const QList<QDate> months{QDate(2025, 1, 1), QDate(2025, 2, 1), QDate(2025, 3, 1)};
    EXPECT_EQ(statistics.months, months) << "February stays, with nothing paid; May of the deleted case does not";
    ASSERT_EQ(statistics.paidPerMonth.keys(), (QStringList{QStringLiteral("EUR"), QStringLiteral("PLN")}));
    EXPECT_EQ(statistics.paidPerMonth.value(QStringLiteral("EUR")), (QList<qint64>{1250 + 750, 0, 3000}));
    EXPECT_EQ(statistics.paidPerMonth.value(QStringLiteral("PLN")), (QList<qint64>{10000, 0, 0}));
    EXPECT_EQ(statistics.paid.value(QStringLiteral("EUR")), 5000);
    EXPECT_EQ(statistics.paid.value(QStringLiteral("PLN")), 10000);
    EXPECT_EQ(statistics.paid.size(), 2);

    // The command line's report: needs whatever the status, the overdue by number and date only.
    const QMap<QString, int> allNeeds{{legal, 2},
                                      {QStringLiteral("documents"), 1},
                                      {QStringLiteral("housing"), 2},
                                      {QStringLiteral("food"), 1},
                                      {QStringLiteral("medical"), 1},
                                      {QStringLiteral("psychological"), 1}};
    EXPECT_EQ(statistics.byNeed, allNeeds) << "F is deleted";
    ASSERT_EQ(statistics.overdueCases.size(), 1);
    EXPECT_EQ(statistics.overdueCases.constFirst().number, a.number);
    EXPECT_EQ(statistics.overdueCases.constFirst().dueOn, QDate(2025, 3, 1));
    const QJsonObject json = statistics.toJson();
    EXPECT_EQ(json.value(QStringLiteral("cases")).toInt(), 6);
    EXPECT_EQ(json.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("in_progress")).toInt(), 2);
    EXPECT_EQ(json.value(QStringLiteral("paid")).toObject().value(QStringLiteral("EUR")).toDouble(), 5000);
    const QJsonObject late = json.value(QStringLiteral("overdue")).toArray().at(0).toObject();
    EXPECT_EQ(late.keys(), (QStringList{QStringLiteral("due_on"), QStringLiteral("number"), QStringLiteral("status")}))
        << "numbers and dates only: nobody helped is named";
}

// A read that fails is an error, not a chapter without cases.
TEST_F(CaseStatisticsTest, AFailedReadIsAnErrorNotZero)
{
    open({QStringLiteral("legal")});
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("ALTER TABLE case_payments RENAME TO case_payments_gone")));
    const Result<CaseStatistics> computed = CaseStatistics::compute(m_db.get(), QDate(2025, 6, 15));
    EXPECT_FALSE(computed);
    EXPECT_TRUE(computed.error().contains(QStringLiteral("case_payments"))) << computed.error().toStdString();
}
