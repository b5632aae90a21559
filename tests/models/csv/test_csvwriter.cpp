#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "models/csv/csvreader.h"
#include "models/csv/csvwriter.h"

using namespace supolka;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray written(const QList<QStringList> &records, CsvProfile profile)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    EXPECT_TRUE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, profile);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    EXPECT_TRUE(writer.ok());
    return bytes;
}

} // namespace

TEST(CsvWriter, QuotesOnlyWhereNeededWithCrlf)
{
    const QByteArray bytes = written({{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                       QStringLiteral("two\nlines"), QString(), QStringLiteral(" spaced ")}},
                                     CsvProfile::Plain);
    EXPECT_EQ(bytes, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",, spaced \r\n"));
}

TEST(CsvWriter, ExcelProfileHasABomAndPlainHasNone)
{
    const QList<QStringList> records{{QStringLiteral("Імя")}};
    EXPECT_EQ(written(records, CsvProfile::Excel), QByteArray("\xEF\xBB\xBF") + QStringLiteral("Імя\r\n").toUtf8());
    EXPECT_EQ(written(records, CsvProfile::Plain), QStringLiteral("Імя\r\n").toUtf8());
}

TEST(CsvWriter, FormulasAreNeutralized)
{
    EXPECT_EQ(neutralizeFormula(QStringLiteral("=SUM(A1:A9)")), QStringLiteral("'=SUM(A1:A9)"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("+375291234567")), QStringLiteral("'+375291234567"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("\rx")), QStringLiteral("'\rx"));
    EXPECT_EQ(neutralizeFormula(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(neutralizeFormula(QString()), QString());

    EXPECT_EQ(restoreFormula(QStringLiteral("'+375291234567")), QStringLiteral("+375291234567"));
    EXPECT_EQ(restoreFormula(QStringLiteral("'=1")), QStringLiteral("=1"));
    EXPECT_EQ(restoreFormula(QStringLiteral("'quoted'")), QStringLiteral("'quoted'"));
    EXPECT_EQ(restoreFormula(QStringLiteral("'")), QStringLiteral("'"));
    EXPECT_EQ(restoreFormula(QString()), QString());

    const QByteArray bytes = written({{QStringLiteral("=1+1"), QStringLiteral("ok")}}, CsvProfile::Plain);
    EXPECT_EQ(bytes, QByteArray("'=1+1,ok\r\n"));
}

TEST(CsvWriter, WritingThenReadingGivesTheSameCells)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.csv"));
    const QStringList header{QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("notes"),
                             QStringLiteral("city")};
    const QList<QStringList> rows{
        {QStringLiteral("Святлана"), QStringLiteral("Ціханоўская"), QStringLiteral("line one\nline two"),
         QStringLiteral("Vilnius")},
        {QStringLiteral("Alena"), QStringLiteral("O'Brien \"Kavalenka\""), QStringLiteral("a, b; c\td"), QString()},
        {QStringLiteral("Ales"), QStringLiteral("Bialiatski"), QStringLiteral("=HYPERLINK(\"x\")"),
         QStringLiteral("-")},
        {QString(), QString(), QString(), QString()},
    };
    for (const CsvProfile profile : {CsvProfile::Plain, CsvProfile::Excel}) {
        const Status status = writeCsvFile(path, header, rows, profile);
        ASSERT_TRUE(status.ok()) << status.error().toStdString();
        EXPECT_EQ(fileBytes(path).startsWith("\xEF\xBB\xBF"), profile == CsvProfile::Excel);

        auto table = readCsvFile(path);
        ASSERT_TRUE(table.ok());
        EXPECT_FALSE(table->failed);
        EXPECT_TRUE(table->issues.isEmpty());
        EXPECT_EQ(table->format.encoding, QStringLiteral("UTF-8"));
        EXPECT_EQ(table->format.delimiter, QLatin1Char(','));
        EXPECT_EQ(table->header, header);
        ASSERT_EQ(table->records.size(), rows.size());
        EXPECT_EQ(table->records[0].fields, rows[0]);
        EXPECT_EQ(table->records[1].fields, rows[1]);
        EXPECT_EQ(table->records[2].fields[2], QStringLiteral("'=HYPERLINK(\"x\")"));
        EXPECT_EQ(table->records[2].fields[3], QStringLiteral("'-"));
        EXPECT_EQ(table->records[3].fields, rows[3]);
        EXPECT_EQ(table->records[1].line, 4); // the header, then a record over two lines
    }
}

TEST(CsvWriter, ASingleEmptyCellSurvivesTheRoundTrip)
{
    QByteArray bytes = written({{QStringLiteral("notes")}, {QString()}, {QStringLiteral("x")}}, CsvProfile::Plain);
    EXPECT_EQ(bytes, QByteArray("notes\r\n\"\"\r\nx\r\n"));
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    auto table = readCsvDevice(&buffer);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->records.size(), 2);
    EXPECT_EQ(table->records[0].fields, QStringList{QString()});
}

TEST(CsvWriter, FailureLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("missing/members.csv"));
    const Status status = writeCsvFile(missingFolder, {QStringLiteral("a")}, {}, CsvProfile::Plain);
    EXPECT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("members.csv")));
    EXPECT_FALSE(QFile::exists(missingFolder));

    const QString path = dir.filePath(QStringLiteral("members.csv"));
    ASSERT_TRUE(writeCsvFile(path, {QStringLiteral("a")}, {{QStringLiteral("1")}}, CsvProfile::Plain).ok());
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const Status refused = writeCsvFile(path, {QStringLiteral("b")}, {}, CsvProfile::Plain);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!refused.ok()) { // root may write anyway; then there is nothing to check
        EXPECT_EQ(fileBytes(path), QByteArray("a\r\n1\r\n"));
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).size() == 1);
}

TEST(CsvWriter, AClosedDeviceIsNotOk)
{
    QBuffer buffer;
    CsvWriter writer(&buffer, CsvProfile::Plain);
    writer.writeRecord({QStringLiteral("a")});
    EXPECT_FALSE(writer.ok());
}
