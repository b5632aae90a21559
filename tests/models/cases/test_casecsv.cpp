#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>

#include "models/cases/casecsv.h"
#include "models/cases/caserepository.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

const QString Lead = QStringLiteral("Hanna");

QString readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

// Everything about the cases of a database that must survive an exchange, as text to compare.
QStringList stateOf(Database &database)
{
    CaseRepository repository(database);
    CaseFilter all;
    all.includeSensitive = true;
    QStringList state;
    for (const AidCase &c : repository.cases(all)) {
        state.append(QStringList{c.id, c.number, c.personName, c.personContact, c.personCity, c.personCountry,
                                 c.personLanguages.join(QLatin1Char(';')), c.needs.join(QLatin1Char(';')),
                                 casePriorityKey(c.priority), c.summary, c.openedOn.toString(Qt::ISODate),
                                 c.dueOn.toString(Qt::ISODate), caseStatusKey(c.status), c.outcome, c.assigneeName,
                                 c.sensitive ? QStringLiteral("1") : QStringLiteral("0"), c.updatedAt}
                         .join(QLatin1Char('|')));
        for (const CaseNote &n : repository.timeline(c.pk))
            state.append(QStringList{n.id, caseNoteKindKey(n.kind), n.body, n.author, n.at}.join(QLatin1Char('|')));
        for (const CasePayment &p : repository.payments(c.pk))
            state.append(
                QStringList{p.id, p.paidOn.toString(Qt::ISODate), QString::number(p.amountMinor), p.currency, p.purpose}
                    .join(QLatin1Char('|')));
    }
    return state;
}

class CaseCsvTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Member lawyer;
        lawyer.firstName = QStringLiteral("Aleh");
        lawyer.lastName = QStringLiteral("Ahiejeu");
        lawyer.skills = {QStringLiteral("lawyer")};
        Result<Member> added = MemberRepository(source.get()).add(lawyer);
        ASSERT_TRUE(added.ok());
        // The same volunteer is known on the other side (members travel first).
        Member copy = added.value();
        copy.pk = 0;
        ASSERT_TRUE(MemberRepository(target.get()).add(copy).ok());

        CaseRepository cases(source.get());
        AidCase open;
        open.personName = QStringLiteral("Ihar Losik");
        open.personContact = QStringLiteral("+48 600 100 200");
        open.personCity = QStringLiteral("Warszawa");
        open.personCountry = QStringLiteral("PL");
        open.needs = {QStringLiteral("legal")};
        open.summary = QStringLiteral("Needs a lawyer; said \"urgent\",\nbefore Friday");
        open.openedOn = QDate(2026, 10, 1);
        open.dueOn = QDate(2026, 11, 15);
        Result<AidCase> first = cases.add(open, Lead);
        ASSERT_TRUE(first.ok());
        ASSERT_TRUE(cases.assign(first->pk, added->pk, Lead).ok());
        ASSERT_TRUE(cases.changeStatus(first->pk, CaseStatus::InProgress, Lead).ok());
        CaseNote call;
        call.casePk = first->pk;
        call.kind = CaseNote::Kind::Call;
        call.body = QStringLiteral("Spoke for 20 minutes");
        call.author = QStringLiteral("Aleh");
        ASSERT_TRUE(cases.addNote(call).ok());
        CasePayment rent;
        rent.casePk = first->pk;
        rent.amountMinor = 120050;
        rent.currency = QStringLiteral("PLN");
        rent.paidOn = QDate(2026, 10, 3);
        rent.purpose = QStringLiteral("rent, October");
        ASSERT_TRUE(cases.addPayment(rent).ok());

        AidCase hidden;
        hidden.personName = QStringLiteral("Maryia Kalesnikava");
        hidden.personContact = QStringLiteral("maryia.k@example.org, +370 612 34567");
        hidden.personCity = QStringLiteral("Vilnius");
        hidden.personCountry = QStringLiteral("LT");
        hidden.needs = {QStringLiteral("psychological")};
        hidden.summary = QStringLiteral("Maryia's family is still in Minsk; call Kalesnikava only at +370 612-34567");
        hidden.sensitive = true;
        hidden.openedOn = QDate(2026, 9, 20);
        Result<AidCase> second = cases.add(hidden, Lead);
        ASSERT_TRUE(second.ok());
        sensitivePk = second->pk;
        CaseNote note;
        note.casePk = second->pk;
        note.body = QStringLiteral("Met Maryia Kalesnikava, wrote to maryia.k@example.org");
        note.author = Lead;
        ASSERT_TRUE(cases.addNote(note).ok());
        CasePayment therapy;
        therapy.casePk = second->pk;
        therapy.amountMinor = 9000;
        therapy.currency = QStringLiteral("EUR");
        therapy.paidOn = QDate(2026, 9, 25);
        therapy.purpose = QStringLiteral("Therapist for Maryia");
        ASSERT_TRUE(cases.addPayment(therapy).ok());
    }

    QString path(const QString &name) const { return source.folder() + QLatin1Char('/') + name; }

    void exportAll()
    {
        for (const auto &[kind, name] : {std::pair{CaseCsvKind::Cases, QStringLiteral("cases.csv")},
                                         std::pair{CaseCsvKind::Notes, QStringLiteral("notes.csv")},
                                         std::pair{CaseCsvKind::Payments, QStringLiteral("payments.csv")}}) {
            const Result<int> written = CaseCsv::exportFile(source.get(), kind, path(name));
            ASSERT_TRUE(written.ok()) << written.error().toStdString();
        }
    }

    ImportReport importInto(Database &database, CaseCsvKind kind, const QString &name)
    {
        const Result<ImportReport> report = CaseCsv::importFile(database, kind, path(name));
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report ? report.value() : ImportReport();
    }

    test::ScratchDatabase source;
    test::ScratchDatabase target;
    qint64 sensitivePk = 0;
};

} // namespace

TEST_F(CaseCsvTest, SensitiveCasesLeaveWithoutNameOrContact)
{
    exportAll();
    const QString everything = readAll(path(QStringLiteral("cases.csv"))) + readAll(path(QStringLiteral("notes.csv"))) +
                               readAll(path(QStringLiteral("payments.csv")));
    for (const QString &secret : {QStringLiteral("Maryia"), QStringLiteral("Kalesnikava"),
                                  QStringLiteral("maryia.k@example.org"), QStringLiteral("612 34567"),
                                  QStringLiteral("612-34567"), QStringLiteral("34567"), QStringLiteral("Vilnius")}) {
        EXPECT_FALSE(everything.contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    }
    const std::optional<AidCase> hidden = CaseRepository(source.get()).find(sensitivePk);
    const QString alias = CaseCsv::pseudonym(*hidden);
    EXPECT_TRUE(alias.startsWith(QStringLiteral("Person ")));
    EXPECT_TRUE(everything.contains(alias));
    EXPECT_EQ(CaseCsv::pseudonym(*hidden), alias) << "the same pseudonym every time";
    EXPECT_TRUE(everything.contains(QStringLiteral("Minsk"))) << "what is not a name or contact stays";
    // The case that is not sensitive travels whole.
    EXPECT_TRUE(everything.contains(QStringLiteral("Ihar Losik")));
    EXPECT_TRUE(everything.contains(QStringLiteral("+48 600 100 200")));
}

TEST_F(CaseCsvTest, ExportThenImportGivesTheSameCasesAndReimportChangesNothing)
{
    exportAll();
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv")).imported, 2);
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Notes, QStringLiteral("notes.csv")).imported, 6);
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Payments, QStringLiteral("payments.csv")).imported, 2);

    // The open case is the same in every field; the sensitive one carries its pseudonym.
    QStringList expected = stateOf(source.get());
    QStringList got = stateOf(target.get());
    ASSERT_EQ(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (expected.at(i).contains(QStringLiteral("Maryia")))
            continue;
        EXPECT_EQ(got.at(i).toStdString(), expected.at(i).toStdString());
    }
    EXPECT_EQ(CaseRepository(target.get()).paymentTotals(), CaseRepository(source.get()).paymentTotals());

    for (const auto &[kind, name] : {std::pair{CaseCsvKind::Cases, QStringLiteral("cases.csv")},
                                     std::pair{CaseCsvKind::Notes, QStringLiteral("notes.csv")},
                                     std::pair{CaseCsvKind::Payments, QStringLiteral("payments.csv")}}) {
        const ImportReport again = importInto(target.get(), kind, name);
        EXPECT_EQ(again.imported + again.updated, 0) << name.toStdString();
        EXPECT_EQ(again.rejected, 0);
    }
    EXPECT_EQ(stateOf(target.get()), got);

    // Back into the source: a pseudonymized export never overwrites the real name.
    importInto(source.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv"));
    EXPECT_EQ(CaseRepository(source.get()).find(sensitivePk)->personName, QStringLiteral("Maryia Kalesnikava"));
}

TEST_F(CaseCsvTest, NewerRowsReplaceOlderOnes)
{
    exportAll();
    importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv"));
    CaseRepository cases(source.get());
    const AidCase open = cases.cases().first();
    ASSERT_TRUE(cases.changeStatus(open.pk, CaseStatus::Waiting, Lead, QStringLiteral("court date")).ok());
    exportAll();
    const ImportReport report = importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv"));
    EXPECT_EQ(report.updated, 1);
    EXPECT_EQ(report.unchanged, 1);
    EXPECT_EQ(CaseRepository(target.get()).findById(open.id)->status, CaseStatus::Waiting);
}

TEST_F(CaseCsvTest, ANewerPseudonymizedExportKeepsWhatIsKnownOfTheSensitivePerson)
{
    // B holds an older full copy of the sensitive case (with its name, contact, member link, notes and payments).
    exportAll();
    importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv"));
    importInto(target.get(), CaseCsvKind::Notes, QStringLiteral("notes.csv"));
    importInto(target.get(), CaseCsvKind::Payments, QStringLiteral("payments.csv"));
    const AidCase full = *CaseRepository(source.get()).find(sensitivePk);
    const qint64 memberPk = MemberRepository(target.get()).all().first().pk;
    const QString old = QStringLiteral("2020-01-01T00:00:00Z");
    QSqlQuery query(target->connection());
    query.prepare(
        QStringLiteral("UPDATE cases SET person_name = ?, person_contact = ?, person_city = ?, member_pk = ?, "
                       "summary = ?, outcome = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(full.personName), QVariant(full.personContact), QVariant(full.personCity), QVariant(memberPk),
          QVariant(full.summary), QVariant(QStringLiteral("Found a flat")), QVariant(old), QVariant(full.id)})
        query.addBindValue(value);
    ASSERT_TRUE(query.exec());
    const QString realNote = QStringLiteral("Met Maryia Kalesnikava, wrote to maryia.k@example.org");
    const QString realPurpose = QStringLiteral("Therapist for Maryia");
    const qint64 targetPk = CaseRepository(target.get()).findById(full.id)->pk;
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE case_notes SET body = '%1', updated_at = '%2' WHERE case_pk = %3 "
                                          "AND kind = 'note'")
                               .arg(realNote, old)
                               .arg(targetPk)));
    ASSERT_TRUE(
        query.exec(QStringLiteral("UPDATE case_payments SET purpose = '%1', updated_at = '%2' WHERE case_pk = %3")
                       .arg(realPurpose, old)
                       .arg(targetPk)));

    // A moves the case on and sends its (pseudonymized) export to B.
    ASSERT_TRUE(CaseRepository(source.get()).changeStatus(sensitivePk, CaseStatus::InProgress, Lead).ok());
    exportAll();
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv")).updated, 1);
    EXPECT_GE(importInto(target.get(), CaseCsvKind::Notes, QStringLiteral("notes.csv")).updated, 1);
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Payments, QStringLiteral("payments.csv")).updated, 1);

    CaseRepository cases(target.get());
    const AidCase kept = *cases.findById(full.id);
    EXPECT_EQ(kept.status, CaseStatus::InProgress) << "the newer status is taken";
    EXPECT_EQ(kept.personName, full.personName);
    EXPECT_EQ(kept.personContact, full.personContact);
    EXPECT_EQ(kept.personCity, full.personCity);
    EXPECT_EQ(kept.memberPk, memberPk);
    EXPECT_EQ(kept.summary, full.summary);
    EXPECT_EQ(kept.outcome, QStringLiteral("Found a flat"));
    EXPECT_TRUE(kept.sensitive);
    bool noteKept = false;
    for (const CaseNote &note : cases.timeline(kept.pk))
        noteKept = noteKept || note.body == realNote;
    EXPECT_TRUE(noteKept);
    ASSERT_EQ(cases.payments(kept.pk).size(), 1);
    EXPECT_EQ(cases.payments(kept.pk).first().purpose, realPurpose);
}

TEST_F(CaseCsvTest, AnImportNeverMakesACaseLessSensitive)
{
    const QString id = CaseRepository(source.get()).find(sensitivePk)->id;
    int year = 2030;
    for (const auto &[header, cell] :
         {std::pair{QStringLiteral("id,person_name,needs,summary,updated_at"), QString()},
          std::pair{QStringLiteral("id,person_name,needs,summary,updated_at,sensitive"), QStringLiteral(",")},
          std::pair{QStringLiteral("id,person_name,needs,summary,updated_at,sensitive"), QStringLiteral(",0")}}) {
        QFile out(path(QStringLiteral("flag.csv")));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("%1\n%2,M. K.,psychological,Still in Minsk,%3-01-01T00:00:00Z%4\n")
                      .arg(header, id)
                      .arg(year++)
                      .arg(cell)
                      .toUtf8());
        out.close();
        EXPECT_EQ(importInto(source.get(), CaseCsvKind::Cases, QStringLiteral("flag.csv")).updated, 1);
        const AidCase stored = *CaseRepository(source.get()).find(sensitivePk);
        EXPECT_EQ(stored.summary, QStringLiteral("Still in Minsk")) << "the newer row is taken";
        EXPECT_TRUE(stored.sensitive) << header.toStdString() << " / " << cell.toStdString();
    }
}

TEST_F(CaseCsvTest, AFileWithoutIdsIsImportedOnce)
{
    QFile out(path(QStringLiteral("no-ids.csv")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("number,person_name,needs,summary,status\n"
              "26-0501,Raman Pratasevich,food,Needs food,new\n"
              "26-0502,Siarhei Tsikhanouski,housing,Needs a room,new\n");
    out.close();
    EXPECT_EQ(importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("no-ids.csv")).imported, 2);
    CaseRepository cases(target.get());
    const AidCase first = *cases.findByNumber(QStringLiteral("26-0501"));
    ASSERT_TRUE(cases.changeStatus(first.pk, CaseStatus::InProgress, Lead).ok());

    const ImportReport again = importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("no-ids.csv"));
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 2);
    EXPECT_EQ(cases.cases().size(), 2);
    EXPECT_EQ(cases.find(first.pk)->status, CaseStatus::InProgress) << "a row without updated_at is no newer";
}

TEST_F(CaseCsvTest, BadRowsAreListedAndTheRestIsImported)
{
    const QString file = path(QStringLiteral("bad-payments.csv"));
    exportAll();
    importInto(target.get(), CaseCsvKind::Cases, QStringLiteral("cases.csv"));
    const QString caseId = CaseRepository(target.get()).cases().first().id;
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral("case_id,paid_on,amount_minor,currency,purpose\n"
                             "%1,2026-10-01,1500,EUR,food\n"
                             "%1,2026-10-02,12.50,EUR,fraction\n"
                             "%1,2026-10-03,100,EURO,bad currency\n"
                             "nope,2026-10-03,100,EUR,no case\n"
                             "%1,2026-10-04,0,EUR,nothing paid\n"
                             "%1,2026-10-05,-500,EUR,paid back\n")
                  .arg(caseId)
                  .toUtf8());
    out.close();
    const ImportReport report = importInto(target.get(), CaseCsvKind::Payments, QStringLiteral("bad-payments.csv"));
    EXPECT_EQ(report.imported, 1);
    ASSERT_EQ(report.rejected, 5);
    EXPECT_EQ(report.errors.at(0).line, 3);
    EXPECT_TRUE(report.errors.at(0).message.contains(QStringLiteral("whole number")));
    EXPECT_TRUE(report.errors.at(1).message.contains(QStringLiteral("EURO")));
    EXPECT_TRUE(report.errors.at(2).message.contains(QStringLiteral("import the cases first")));
    EXPECT_TRUE(report.errors.at(3).message.contains(QStringLiteral("above zero")));
    EXPECT_TRUE(report.errors.at(4).message.contains(QStringLiteral("above zero, not -500")));
}

TEST(CaseCsvKobo, TakesIntakeFormsAsTheyCome)
{
    test::ScratchDatabase db;
    const Result<ImportReport> report =
        CaseCsv::importFile(db.get(), CaseCsvKind::Cases, test::dataPath(QStringLiteral("cases/kobo-intake.csv")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(report->read, 4);
    // An unknown country and no need are warnings: the person is helped all the same.
    EXPECT_EQ(report->imported, 4);
    EXPECT_EQ(report->rejected, 0);
    ASSERT_EQ(report->warnings.size(), 2);
    EXPECT_EQ(report->warnings.at(0).line, 6) << "the first record spans two lines";
    EXPECT_EQ(report->warnings.at(0).columnName, QStringLiteral("needs"));
    EXPECT_TRUE(report->warnings.at(0).message.contains(QStringLiteral("other")));
    EXPECT_EQ(report->warnings.at(1).columnName, QStringLiteral("intake/country"));
    EXPECT_TRUE(report->warnings.at(1).message.contains(QStringLiteral("Narnia")));

    CaseRepository cases(db.get());
    const std::optional<AidCase> first = cases.findById(QStringLiteral("0d2f7a54-33b5-4bb8-9d7e-2f2c1a0b5f01"));
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->personName, QStringLiteral("Алесь Бяляцкі"));
    EXPECT_EQ(first->needs, (QStringList{QStringLiteral("legal"), QStringLiteral("documents")}));
    EXPECT_EQ(first->personLanguages, (QStringList{QStringLiteral("be"), QStringLiteral("ru")}));
    EXPECT_EQ(first->priority, CasePriority::High);
    EXPECT_EQ(first->openedOn, QDate(2021, 5, 5));
    const QList<CaseNote> notes = cases.timeline(first->pk);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(
        notes.first().body,
        QStringLiteral("Called on 5 May; said: \"I can come on Tuesday; or Wednesday\"\nSecond line of the note"));

    const std::optional<AidCase> second = cases.findById(QStringLiteral("7b1f0c7e-1f7c-4d6a-8b0e-5e4f3d2c1b02"));
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->openedOn, QDate(2021, 5, 7)) << "the day where the form was filled in, not in UTC";
    EXPECT_TRUE(second->sensitive);
    EXPECT_EQ(second->personContact, QStringLiteral("volha@example.org"));
    EXPECT_EQ(second->needs, (QStringList{QStringLiteral("housing"), QStringLiteral("food")}));

    const std::optional<AidCase> third = cases.findById(QStringLiteral("a3c4e5f6-0718-4293-a4b5-c6d7e8f90a03"));
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(third->needs, (QStringList{QStringLiteral("medical"), QStringLiteral("psychological")}))
        << "needs from the 0/1 columns alone";

    const Result<ImportReport> again =
        CaseCsv::importFile(db.get(), CaseCsvKind::Cases, test::dataPath(QStringLiteral("cases/kobo-intake.csv")));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->updated, 0);
    EXPECT_EQ(again->unchanged, 4);
    EXPECT_EQ(cases.timeline(first->pk).size(), 1) << "the note is not doubled";
}

TEST(CaseCsvKobo, ADryRunWritesNothing)
{
    test::ScratchDatabase db;
    ImportOptions dryRun;
    dryRun.dryRun = true;
    const Result<ImportReport> report = CaseCsv::importFile(
        db.get(), CaseCsvKind::Cases, test::dataPath(QStringLiteral("cases/kobo-intake.csv")), dryRun);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->imported, 4);
    CaseFilter all;
    all.includeSensitive = true;
    EXPECT_TRUE(CaseRepository(db.get()).cases(all).isEmpty());
}

TEST_F(CaseCsvTest, AFailedReadNeverReplacesAGoodExport)
{
    exportAll();
    const QString before = readAll(path(QStringLiteral("cases.csv")));
    QSqlQuery sabotage(source->connection());
    // The case list reads the members' names along: without that table the read fails.
    ASSERT_TRUE(sabotage.exec(QStringLiteral("ALTER TABLE members RENAME TO members_away")));
    const Result<int> written =
        CaseCsv::exportFile(source.get(), CaseCsvKind::Cases, path(QStringLiteral("cases.csv")));
    EXPECT_FALSE(written.ok());
    EXPECT_EQ(readAll(path(QStringLiteral("cases.csv"))), before);
    ASSERT_TRUE(sabotage.exec(QStringLiteral("ALTER TABLE members_away RENAME TO members")));
}

// An intake form with no summary field and its own words for urgency: every case is imported, filed under its needs
// and the start of its notes, with the priority read from English, Russian, Belarusian and KoBo's choices.
TEST(CaseCsvKobo, AFormWithoutSummaryAndWithItsOwnUrgencyWordsImportsEveryCase)
{
    test::ScratchDatabase db;
    const Result<ImportReport> report =
        CaseCsv::importFile(db.get(), CaseCsvKind::Cases, test::dataPath(QStringLiteral("cases/kobo-no-summary.csv")));
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    EXPECT_EQ(report->read, 9);
    EXPECT_EQ(report->imported, 9);
    EXPECT_EQ(report->rejected, 0);
    ASSERT_EQ(report->warnings.size(), 2);
    EXPECT_EQ(report->warnings.at(0).line, 7);
    EXPECT_EQ(report->warnings.at(0).columnName, QStringLiteral("group_intake/needs"));
    EXPECT_EQ(report->warnings.at(1).line, 10);
    EXPECT_EQ(report->warnings.at(1).columnName, QStringLiteral("group_intake/urgency"));
    EXPECT_TRUE(report->warnings.at(1).message.contains(QStringLiteral("urgent_but_unknown")));

    CaseRepository repository(db.get());
    auto byIndex = [&repository](int i) {
        return repository.findById(
            QStringLiteral("5e0c1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a%1").arg(i, 2, 10, QLatin1Char('0')));
    };
    const CasePriority expected[] = {CasePriority::Normal, CasePriority::Normal, CasePriority::Urgent,
                                     CasePriority::Normal, CasePriority::Urgent, CasePriority::Low,
                                     CasePriority::Urgent, CasePriority::High,   CasePriority::Normal};
    for (int i = 0; i < 9; ++i) {
        const std::optional<AidCase> c = byIndex(i);
        ASSERT_TRUE(c.has_value()) << i;
        EXPECT_EQ(c->priority, expected[i]) << i;
        EXPECT_FALSE(c->summary.isEmpty()) << i;
    }
    const AidCase first = *byIndex(0);
    EXPECT_EQ(first.needs, (QStringList{QStringLiteral("housing"), QStringLiteral("legal")}));
    EXPECT_EQ(first.personCountry, QStringLiteral("PL"));
    EXPECT_TRUE(first.summary.startsWith(QStringLiteral("Housing, legal help: Прыехаў учора з сям'ёй")))
        << first.summary.toStdString();
    EXPECT_TRUE(first.summary.endsWith(QChar(0x2026))) << "a long note is cut";
    EXPECT_EQ(byIndex(1)->personCountry, QStringLiteral("LT"));
    EXPECT_EQ(byIndex(2)->personCountry, QStringLiteral("DE"));
    EXPECT_EQ(byIndex(4)->summary, QStringLiteral("Legal help")) << "no notes: the needs alone";
    EXPECT_EQ(byIndex(5)->needs, QStringList{QStringLiteral("other")});
    EXPECT_EQ(byIndex(5)->summary, QStringLiteral("Other: Хоча далучыцца да валанцёраў"));
}

TEST(CasePriorityText, ReadsTheWordsFormsAndPeopleUse)
{
    EXPECT_EQ(casePriorityFromText(QStringLiteral("medium")), CasePriority::Normal);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("Средний")), CasePriority::Normal);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("сярэдні")), CasePriority::Normal);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("critical")), CasePriority::Urgent);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("very_high")), CasePriority::Urgent);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("Тэрмінова")), CasePriority::Urgent);
    EXPECT_EQ(casePriorityFromText(QStringLiteral(" HIGH ")), CasePriority::High);
    EXPECT_EQ(casePriorityFromText(QStringLiteral("нізкі")), CasePriority::Low);
    EXPECT_FALSE(casePriorityFromText(QStringLiteral("whenever")).has_value());
}
