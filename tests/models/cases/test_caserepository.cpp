#include <gtest/gtest.h>

#include <QSqlQuery>

#include "models/cases/caserepository.h"
#include "models/cases/caseworkflow.h"
#include "models/cases/volunteersuggester.h"
#include "models/core/money.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Lead = QStringLiteral("Hanna");

AidCase request(const QString &name = QStringLiteral("Ihar Losik"),
                const QStringList &needs = {QStringLiteral("legal")})
{
    AidCase c;
    c.personName = name;
    c.personContact = QStringLiteral("+48 600 100 200");
    c.personCity = QStringLiteral("Warszawa");
    c.personCountry = QStringLiteral("PL");
    c.personLanguages = {QStringLiteral("be"), QStringLiteral("ru")};
    c.needs = needs;
    c.summary = QStringLiteral("Asylum interview next month, needs a lawyer");
    c.openedOn = QDate(2026, 10, 1);
    return c;
}

class CaseRepositoryTest : public ::testing::Test
{
protected:
    AidCase opened(AidCase c = request())
    {
        Result<AidCase> added = cases.add(std::move(c), Lead);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : AidCase();
    }

    Member volunteer(const QString &first, const QString &last, const QStringList &skills, const QStringList &languages,
                     const QString &country, const QString &city = QString())
    {
        Member m;
        m.firstName = first;
        m.lastName = last;
        m.skills = skills;
        m.languages = languages;
        m.country = country;
        m.city = city;
        Result<Member> added = members.add(m);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added.value() : Member();
    }

    test::ScratchDatabase db;
    CaseRepository cases{db.get()};
    MemberRepository members{db.get()};
};

} // namespace

TEST(Money, ParsesWhatPeopleTypeIntoMinorUnits)
{
    const QString eur = QStringLiteral("EUR");
    EXPECT_EQ(money::parse(QStringLiteral("12,50"), eur), 1250);
    EXPECT_EQ(money::parse(QStringLiteral("12.5"), eur), 1250);
    EXPECT_EQ(money::parse(QStringLiteral("1 234,50"), eur), 123450);
    EXPECT_EQ(money::parse(QStringLiteral("1,234.50"), eur), 123450);
    EXPECT_EQ(money::parse(QStringLiteral("1.234,50"), eur), 123450);
    EXPECT_EQ(money::parse(QStringLiteral("1.234"), eur), 123400) << "three digits after one mark group thousands";
    EXPECT_EQ(money::parse(QStringLiteral("300"), eur), 30000);
    EXPECT_EQ(money::parse(QStringLiteral("-3"), eur), -300);
    EXPECT_EQ(money::parse(QStringLiteral("0.10"), eur), 10) << "no floating-point rounding";
    EXPECT_EQ(money::parse(QStringLiteral("5000"), QStringLiteral("JPY")), 5000);
    EXPECT_EQ(money::parse(QStringLiteral("1.250"), QStringLiteral("KWD")), 1250);
    EXPECT_EQ(money::parse(QStringLiteral("12,505"), QStringLiteral("KWD")), 12505) << "three decimals for KWD";
    EXPECT_FALSE(money::parse(QStringLiteral("12,505"), QStringLiteral("EUR")).has_value() &&
                 money::parse(QStringLiteral("12,505"), QStringLiteral("EUR")) != 1250500);
    EXPECT_FALSE(money::parse(QStringLiteral("1,5"), QStringLiteral("JPY")).has_value());
    EXPECT_FALSE(money::parse(QStringLiteral("12.345.6"), eur).has_value());
    EXPECT_FALSE(money::parse(QStringLiteral("twelve"), eur).has_value());
    EXPECT_FALSE(money::parse(QString(), eur).has_value());
    EXPECT_FALSE(money::parse(QStringLiteral("99999999999999999999"), eur).has_value());
}

TEST(Money, FormatsInTheLocaleWithTheCode)
{
    EXPECT_EQ(money::format(123450, QStringLiteral("EUR"), QLocale(QLocale::English)), QStringLiteral("1,234.50 EUR"));
    EXPECT_EQ(money::format(5, QStringLiteral("PLN"), QLocale(QLocale::English)), QStringLiteral("0.05 PLN"));
    EXPECT_EQ(money::format(5000, QStringLiteral("JPY"), QLocale(QLocale::English)), QStringLiteral("5,000 JPY"));
    EXPECT_EQ(money::format(-1250, QStringLiteral("EUR"), QLocale(QLocale::English)), QStringLiteral("-12.50 EUR"));
    const QString belarusian = money::format(123450, QStringLiteral("EUR"), QLocale(QLocale::Belarusian));
    EXPECT_TRUE(belarusian.endsWith(QStringLiteral(",50 EUR"))) << belarusian.toStdString();
}

TEST(CaseWorkflow, AllowsTheStepsOfTheDesignAndNothingElse)
{
    using S = CaseStatus;
    EXPECT_TRUE(CaseWorkflow::allows(S::New, S::InProgress));
    EXPECT_TRUE(CaseWorkflow::allows(S::InProgress, S::Waiting));
    EXPECT_TRUE(CaseWorkflow::allows(S::Waiting, S::InProgress));
    EXPECT_TRUE(CaseWorkflow::allows(S::Waiting, S::Resolved));
    EXPECT_TRUE(CaseWorkflow::allows(S::Resolved, S::Closed));
    EXPECT_TRUE(CaseWorkflow::allows(S::Resolved, S::InProgress));
    EXPECT_TRUE(CaseWorkflow::allows(S::Closed, S::InProgress));
    EXPECT_FALSE(CaseWorkflow::allows(S::New, S::Resolved));
    EXPECT_FALSE(CaseWorkflow::allows(S::New, S::Waiting));
    EXPECT_FALSE(CaseWorkflow::allows(S::Closed, S::Waiting));
    EXPECT_FALSE(CaseWorkflow::allows(S::InProgress, S::New));
    EXPECT_FALSE(CaseWorkflow::allows(S::InProgress, S::InProgress));
    const QString refusal = CaseWorkflow::refusal(S::New, S::Resolved);
    EXPECT_TRUE(refusal.contains(QStringLiteral("“new”"))) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(QStringLiteral("“in progress”"))) << "says what is possible instead";
    EXPECT_TRUE(CaseWorkflow::refusal(S::Waiting, S::Resolved).isEmpty());
}

TEST_F(CaseRepositoryTest, OpensWithANumberPeopleCanSayAndATimeline)
{
    const AidCase first = opened();
    const AidCase second = opened(request(QStringLiteral("Maryia Kalesnikava")));
    EXPECT_EQ(first.number, QStringLiteral("26-0001"));
    EXPECT_EQ(second.number, QStringLiteral("26-0002"));
    EXPECT_EQ(first.status, CaseStatus::New);
    EXPECT_EQ(cases.findByNumber(QStringLiteral(" 26-0002 "))->pk, second.pk);
    const QList<CaseNote> timeline = cases.timeline(first.pk);
    ASSERT_EQ(timeline.size(), 1);
    EXPECT_EQ(timeline.first().kind, CaseNote::Kind::StatusChange);
    EXPECT_EQ(timeline.first().author, Lead);
}

TEST_F(CaseRepositoryTest, ValidationSaysWhatIsMissing)
{
    AidCase empty;
    empty.needs = {QStringLiteral("legal"), QStringLiteral("magic")};
    empty.personCountry = QStringLiteral("XX");
    empty.openedOn = QDate(2026, 5, 1);
    empty.dueOn = QDate(2026, 4, 1);
    QStringList fields;
    for (const FieldError &error : CaseRepository::normalizeAndValidate(empty))
        fields.append(error.field);
    EXPECT_EQ(fields, (QStringList{QStringLiteral("person_name"), QStringLiteral("needs"), QStringLiteral("summary"),
                                   QStringLiteral("due_on"), QStringLiteral("person_country")}));
    EXPECT_FALSE(cases.add(empty, Lead).ok());
    EXPECT_TRUE(cases.cases().isEmpty());
}

TEST_F(CaseRepositoryTest, StatusChangesFollowTheWorkflowAndAreWrittenDown)
{
    const AidCase c = opened();
    const Result<AidCase> skipped = cases.changeStatus(c.pk, CaseStatus::Resolved, Lead);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(cases.find(c.pk)->status, CaseStatus::New) << "a refused change changes nothing";

    ASSERT_TRUE(cases.changeStatus(c.pk, CaseStatus::InProgress, Lead).ok());
    ASSERT_TRUE(cases
                    .changeStatus(c.pk, CaseStatus::Waiting, QStringLiteral("Pavel"),
                                  QStringLiteral("Waiting for the court's date"))
                    .ok());
    ASSERT_TRUE(cases.changeStatus(c.pk, CaseStatus::Resolved, Lead).ok());
    const Result<AidCase> noOutcome = cases.changeStatus(c.pk, CaseStatus::Closed, Lead);
    ASSERT_FALSE(noOutcome.ok());
    EXPECT_TRUE(noOutcome.error().contains(QStringLiteral("came of"))) << noOutcome.error().toStdString();
    const Result<AidCase> closed =
        cases.changeStatus(c.pk, CaseStatus::Closed, Lead, QString(), QStringLiteral("Asylum granted"));
    ASSERT_TRUE(closed.ok()) << closed.error().toStdString();
    EXPECT_EQ(closed->outcome, QStringLiteral("Asylum granted"));

    const QList<CaseNote> timeline = cases.timeline(c.pk);
    ASSERT_EQ(timeline.size(), 5);
    EXPECT_EQ(timeline.at(2).author, QStringLiteral("Pavel"));
    EXPECT_EQ(timeline.at(2).fromStatus, CaseStatus::InProgress);
    EXPECT_EQ(timeline.at(2).toStatus, CaseStatus::Waiting);
    EXPECT_EQ(timeline.at(2).body, QStringLiteral("Waiting for the court's date"));
    EXPECT_EQ(timeline.last().body, QStringLiteral("Asylum granted"));

    const Result<AidCase> reopened =
        cases.changeStatus(c.pk, CaseStatus::InProgress, Lead, QStringLiteral("Appeal by the authorities"));
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened->outcome.isEmpty());
    EXPECT_TRUE(reopened->isOpen());
}

TEST_F(CaseRepositoryTest, EditsDoNotSlipPastTheWorkflow)
{
    AidCase c = opened();
    c.status = CaseStatus::Closed;
    c.summary = QStringLiteral("Changed summary");
    const Result<AidCase> saved = cases.update(c);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(saved->status, CaseStatus::New);
    EXPECT_EQ(saved->summary, QStringLiteral("Changed summary"));
}

TEST_F(CaseRepositoryTest, PaymentsAreSummedPerCurrencyInMinorUnits)
{
    const AidCase c = opened();
    const AidCase other = opened(request(QStringLiteral("Other")));
    auto pay = [&](qint64 casePk, qint64 minor, const QString &currency) {
        CasePayment p;
        p.casePk = casePk;
        p.amountMinor = minor;
        p.currency = currency;
        p.paidOn = QDate(2026, 10, 5);
        p.purpose = QStringLiteral("rent");
        Result<CasePayment> added = cases.addPayment(p);
        EXPECT_TRUE(added.ok()) << added.error().toStdString();
        return added ? added->pk : 0;
    };
    // Ten payments of 0.10 add up to exactly 1.00, as they would not in binary floating point.
    for (int i = 0; i < 10; ++i)
        pay(c.pk, 10, QStringLiteral("EUR"));
    pay(c.pk, 150000, QStringLiteral("pln"));
    const qint64 removed = pay(other.pk, 5000, QStringLiteral("EUR"));

    QMap<QString, qint64> expected{{QStringLiteral("EUR"), 100}, {QStringLiteral("PLN"), 150000}};
    EXPECT_EQ(cases.paymentTotals(c.pk), expected);
    EXPECT_EQ(cases.paymentTotals().value(QStringLiteral("EUR")), 5100);
    ASSERT_TRUE(cases.removePayment(removed).ok());
    EXPECT_EQ(cases.paymentTotals().value(QStringLiteral("EUR")), 100);

    CasePayment bad;
    bad.casePk = c.pk;
    bad.amountMinor = 100;
    bad.currency = QStringLiteral("EURO");
    EXPECT_FALSE(cases.addPayment(bad).ok());
    bad.currency = QStringLiteral("EUR");
    bad.amountMinor = 0;
    EXPECT_FALSE(cases.addPayment(bad).ok());
    QSqlQuery real(db->connection());
    EXPECT_FALSE(real.exec(QStringLiteral("INSERT INTO case_payments (id, case_pk, paid_on, amount_minor, currency, "
                                          "created_at, updated_at, origin) VALUES ('x', 1, '2026-01-01', 1.5, "
                                          "'EUR', 'a', 'a', 'local')")))
        << "the table itself takes no fractions";
}

TEST_F(CaseRepositoryTest, OverdueAndSensitiveCasesAreListedAsDesigned)
{
    AidCase late = request(QStringLiteral("Late"));
    late.dueOn = QDate(2026, 10, 10);
    const AidCase lateCase = opened(late);
    AidCase hidden = request(QStringLiteral("Hidden person"));
    hidden.sensitive = true;
    hidden.dueOn = QDate(2026, 10, 5);
    const AidCase hiddenCase = opened(hidden);
    AidCase done = request(QStringLiteral("Done"));
    done.dueOn = QDate(2026, 10, 2);
    const AidCase doneCase = opened(done);
    ASSERT_TRUE(cases.changeStatus(doneCase.pk, CaseStatus::Closed, Lead, {}, QStringLiteral("Duplicate")).ok());

    const QDate today(2026, 11, 1);
    QStringList shown;
    for (const AidCase &c : cases.cases(CaseFilter(), today))
        shown.append(c.personName);
    EXPECT_FALSE(shown.contains(QStringLiteral("Hidden person"))) << "sensitive cases only on purpose";
    CaseFilter withSensitive;
    withSensitive.includeSensitive = true;
    EXPECT_EQ(cases.cases(withSensitive, today).size(), 3);

    const QList<AidCase> overdue = cases.overdue(today);
    ASSERT_EQ(overdue.size(), 2) << "a closed case is never overdue";
    EXPECT_EQ(overdue.at(0).pk, hiddenCase.pk) << "most overdue first";
    EXPECT_EQ(overdue.at(1).pk, lateCase.pk);
    EXPECT_TRUE(lateCase.isOverdue(today));
    EXPECT_FALSE(lateCase.isOverdue(QDate(2026, 10, 10)));
}

TEST_F(CaseRepositoryTest, FiltersByNeedStatusAndAssignee)
{
    const Member lawyer = volunteer(QStringLiteral("Aleh"), QStringLiteral("Ahiejeu"), {QStringLiteral("lawyer")},
                                    {QStringLiteral("be")}, QStringLiteral("PL"));
    const AidCase legal = opened();
    opened(request(QStringLiteral("Hungry"), {QStringLiteral("food"), QStringLiteral("housing")}));
    ASSERT_TRUE(cases.assign(legal.pk, lawyer.pk, Lead).ok());
    CaseFilter byNeed;
    byNeed.need = QStringLiteral("housing");
    ASSERT_EQ(cases.cases(byNeed).size(), 1);
    EXPECT_EQ(cases.cases(byNeed).first().personName, QStringLiteral("Hungry"));
    CaseFilter byAssignee;
    byAssignee.assigneePk = lawyer.pk;
    ASSERT_EQ(cases.cases(byAssignee).size(), 1);
    EXPECT_EQ(cases.cases(byAssignee).first().assigneeName, QStringLiteral("Aleh Ahiejeu"));
    CaseFilter unassigned;
    unassigned.assigneePk = 0;
    EXPECT_EQ(cases.cases(unassigned).size(), 1);
    EXPECT_EQ(cases.timeline(legal.pk).last().kind, CaseNote::Kind::Assignment);
    EXPECT_EQ(cases.timeline(legal.pk).last().body, lawyer.id) << "the member's id, not the name";
}

TEST_F(CaseRepositoryTest, SuggestsVolunteersBySkillLanguageCountryAndLoad)
{
    const Member lawyerPl =
        volunteer(QStringLiteral("Aleh"), QStringLiteral("Ahiejeu"), {QStringLiteral("Lawyer")},
                  {QStringLiteral("be"), QStringLiteral("pl")}, QStringLiteral("PL"), QStringLiteral("Warszawa"));
    const Member lawyerLt = volunteer(QStringLiteral("Volha"), QStringLiteral("Harbunova"), {QStringLiteral("юрист")},
                                      {QStringLiteral("ru")}, QStringLiteral("LT"));
    const Member doctor = volunteer(QStringLiteral("Pavel"), QStringLiteral("Kuchta"), {QStringLiteral("doctor")},
                                    {QStringLiteral("be")}, QStringLiteral("PL"));
    volunteer(QStringLiteral("Nobody"), QStringLiteral("Fits"), {QStringLiteral("programmer")}, {QStringLiteral("en")},
              QStringLiteral("US"));

    const AidCase c = opened();
    QList<VolunteerSuggestion> ranked = VolunteerSuggester::suggest(db.get(), c);
    ASSERT_EQ(ranked.size(), 3) << "members with nothing in common are not suggested";
    EXPECT_EQ(ranked.at(0).member.pk, lawyerPl.pk);
    EXPECT_EQ(ranked.at(0).score, 3 + 2 + 1 + 1);
    EXPECT_EQ(ranked.at(1).member.pk, lawyerLt.pk);
    EXPECT_EQ(ranked.at(1).score, 3 + 2);
    EXPECT_EQ(ranked.at(2).member.pk, doctor.pk);
    EXPECT_TRUE(ranked.at(0).reasons.first().contains(QStringLiteral("Lawyer"))) << "says why";

    // Three open cases weigh the first lawyer down below the second.
    for (int i = 0; i < 3; ++i) {
        const AidCase busy = opened(request(QStringLiteral("Busy %1").arg(i)));
        ASSERT_TRUE(cases.assign(busy.pk, lawyerPl.pk, Lead).ok());
    }
    ranked = VolunteerSuggester::suggest(db.get(), c);
    EXPECT_EQ(ranked.at(0).member.pk, lawyerLt.pk);
    EXPECT_EQ(ranked.at(1).member.pk, lawyerPl.pk);
    EXPECT_EQ(ranked.at(1).openCases, 3);
}
