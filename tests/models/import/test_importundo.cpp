// An import is one step to undo: every row it inserted, changed or deleted, in every table, is put back as it was,
// and a redo brings the import back, whichever area it was.
#include <gtest/gtest.h>

#include <algorithm>

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "models/cases/casecsv.h"
#include "models/db/changelog.h"
#include "models/events/eventrepository.h"
#include "models/events/registrationimporter.h"
#include "models/members/memberimporter.h"
#include "models/members/memberrepository.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

// Every row of every table, as text, sorted: two databases with the same rows give the same dump.
QStringList dump(Database &db)
{
    QStringList rows;
    QSqlQuery tables(db.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"
                                           " AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery query(db.connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (query.next()) {
            QStringList cells{table};
            for (int i = 0; i < query.record().count(); ++i)
                cells.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
            rows.append(cells.join(QLatin1Char('|')));
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

void expectSame(const QStringList &expected, const QStringList &actual)
{
    EXPECT_EQ(expected.size(), actual.size());
    EXPECT_EQ(expected.join(QLatin1Char('\n')).toStdString(), actual.join(QLatin1Char('\n')).toStdString());
}

} // namespace

TEST(ImportUndo, AMemberImportIsUndoneRowForRowAndRedoneAgain)
{
    test::ScratchDatabase db;
    MemberRepository repository(*db);
    Member ales;
    ales.firstName = QStringLiteral("Ales");
    ales.lastName = QStringLiteral("Bialiatski");
    ales.email = QStringLiteral("ales@example.org");
    ales.phone = QStringLiteral("+48 600 100 200");
    ASSERT_TRUE(repository.add(ales));
    Member volha;
    volha.firstName = QStringLiteral("Вольга");
    volha.lastName = QStringLiteral("Казлова");
    volha.email = QStringLiteral("volha@example.org");
    ASSERT_TRUE(repository.add(volha));
    const QStringList before = dump(*db);

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("members.csv"),
                                   "first_name,last_name,email,phone,city,birth_date\n"
                                   "Сяргей,Калінін,s.kalinin@example.org,+48 600 100 200,Warszawa,\n"
                                   "Volha,Kazlova,volha@example.org,,Kraków,31.02.1990\n"
                                   "Ян,Шыла,jan@example.org,12345,Gdańsk,\n");
    ImportOptions options;
    options.recordUndo = true;
    const Result<ImportReport> report = MemberImporter::importFile(*db, path, options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(report->duplicates.size(), 1);
    ASSERT_FALSE(report->undo.isEmpty());
    const QStringList after = dump(*db);
    EXPECT_NE(before, after);

    const Result<QStringList> redo = ChangeLog::playBack(*db, report->undo);
    ASSERT_TRUE(redo) << redo.error().toStdString();
    expectSame(before, dump(*db));
    EXPECT_EQ(repository.search(QStringLiteral("Kalinin")).size(), 0);
    EXPECT_EQ(
        repository.findById(repository.searchMembers(QStringLiteral("volha@example.org")).value().value(0).id)->city,
        QString());

    const Result<QStringList> undoAgain = ChangeLog::playBack(*db, redo.value());
    ASSERT_TRUE(undoAgain) << undoAgain.error().toStdString();
    expectSame(after, dump(*db));
    EXPECT_EQ(repository.search(QStringLiteral("Kalinin")).size(), 1);

    ASSERT_TRUE(ChangeLog::playBack(*db, undoAgain.value()));
    expectSame(before, dump(*db));
}

// Into an empty table the import takes its fast path (indexes dropped and built again); the undo still knows
// every row.
TEST(ImportUndo, TheFirstImportIntoAnEmptyTableIsUndoneToo)
{
    test::ScratchDatabase db;
    const QStringList before = dump(*db);
    QByteArray bytes("first_name,last_name,email\n");
    for (int i = 0; i < 300; ++i)
        bytes += QStringLiteral("Імя%1,Прозвішча,m%1@example.org\n").arg(i).toUtf8();
    QTemporaryDir dir;
    ImportOptions options;
    options.recordUndo = true;
    const Result<ImportReport> report =
        MemberImporter::importFile(*db, writeFile(dir, QStringLiteral("many.csv"), bytes), options);
    ASSERT_TRUE(report) << report.error().toStdString();
    EXPECT_EQ(report->imported, 300);
    ASSERT_TRUE(ChangeLog::playBack(*db, report->undo));
    expectSame(before, dump(*db));
    EXPECT_EQ(MemberRepository(*db).count(), 0);
}

TEST(ImportUndo, CasesAndRegistrationsAreUndoneThroughTheSameRecord)
{
    test::ScratchDatabase db;
    const QStringList before = dump(*db);
    ImportOptions options;
    options.recordUndo = true;
    Event event;
    event.title = QStringLiteral("Freedom Day rally");
    event.startsAt = QDateTime(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);
    const Result<ImportReport> registrations = RegistrationImporter::importFile(
        *db, event, test::dataPath(QStringLiteral("registrations/google_forms.csv")), options);
    ASSERT_TRUE(registrations) << registrations.error().toStdString();
    EXPECT_GT(registrations->imported, 0);
    const QStringList withRegistrations = dump(*db);
    ASSERT_TRUE(ChangeLog::playBack(*db, registrations->undo));
    expectSame(before, dump(*db)); // the event made for the import goes too
    EXPECT_TRUE(EventRepository(*db).events().isEmpty());

    const Result<ImportReport> cases =
        CaseCsv::importFile(*db, CaseCsvKind::Cases, test::dataPath(QStringLiteral("cases/kobo-intake.csv")));
    ASSERT_TRUE(cases) << cases.error().toStdString();
    EXPECT_TRUE(cases->undo.isEmpty()) << "recorded only when asked";
}

// A playback that finds a row changed since (by a step that is not on the same undo stack) changes nothing.
TEST(ImportUndo, APlaybackThatNoLongerFitsChangesNothing)
{
    test::ScratchDatabase db;
    QTemporaryDir dir;
    ImportOptions options;
    options.recordUndo = true;
    const Result<ImportReport> report = MemberImporter::importFile(
        *db, writeFile(dir, QStringLiteral("a.csv"), "first_name,last_name,email\nAlena,Kavalenka,a@example.org\n"),
        options);
    ASSERT_TRUE(report);
    MemberRepository repository(*db);
    const Member alena = repository.all().value(0);
    ASSERT_TRUE(repository.erase(alena.pk));
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM members")));
    const QStringList before = dump(*db);
    const Result<QStringList> undone = ChangeLog::playBack(*db, report->undo);
    EXPECT_FALSE(undone);
    expectSame(before, dump(*db));
}
