#include <gtest/gtest.h>

#include <limits>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>

#include "models/csv/csvreader.h"
#include "tests/common/testsupport.h"

using namespace supolka;

namespace {

CsvTable readFixture(const QString &name, const CsvFormat &forced = {})
{
    auto table = readCsvFile(test::dataPath(QStringLiteral("csv/") + name), forced);
    EXPECT_TRUE(table.ok()) << table.error().toStdString();
    return table.ok() ? table.value() : CsvTable{};
}

CsvTable readBytes(const QByteArray &bytes, const CsvFormat &forced = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    EXPECT_TRUE(buffer.open(QIODevice::ReadOnly));
    auto table = readCsvDevice(&buffer, forced);
    EXPECT_TRUE(table.ok()) << table.error().toStdString();
    return table.ok() ? table.value() : CsvTable{};
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList result;
    for (const char16_t *item : items)
        result.append(QString::fromUtf16(item));
    return result;
}

void expectEdgeCases(const CsvTable &table)
{
    EXPECT_FALSE(table.failed);
    EXPECT_TRUE(table.issues.isEmpty());
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_FALSE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(','));
    EXPECT_EQ(table.header, list({u"name", u"comment", u"city"}));
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(table.records[0].fields, list({u"Kavalenka, Alena", u"She said \"hi\"", u"Minsk"}));
    EXPECT_EQ(table.records[0].line, 2);
    EXPECT_EQ(table.records[1].fields, list({u"Ціханоўская", u"line one\nline two", u"Vilnius"}));
    EXPECT_EQ(table.records[1].line, 3);
    EXPECT_EQ(table.records[2].fields, list({u"Plain", u"", u"Warsaw"}));
    EXPECT_EQ(table.records[2].line, 5); // the quoted line break advanced the line
}

} // namespace

TEST(CsvReader, QuotesDelimitersAndLineBreaksWithCrlf)
{
    expectEdgeCases(readFixture(QStringLiteral("edge_crlf.csv")));
}

TEST(CsvReader, QuotesDelimitersAndLineBreaksWithLf)
{
    expectEdgeCases(readFixture(QStringLiteral("edge_lf.csv")));
}

TEST(CsvReader, QuotesDelimitersAndLineBreaksWithCrOnly)
{
    expectEdgeCases(readFixture(QStringLiteral("edge_cr.csv")));
}

TEST(CsvReader, Utf8BomAndSemicolon)
{
    const CsvTable table = readFixture(QStringLiteral("utf8_bom_semicolon.csv"));
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(table.header, list({u"first_name", u"last_name"})); // no BOM left in the first name
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"Алена", u"Каваленка"}));
}

TEST(CsvReader, Utf16LittleEndianWithBomAndTabs)
{
    const CsvTable table = readFixture(QStringLiteral("utf16le_bom_tab.txt"));
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_TRUE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(table.header, list({u"Прозвішча", u"Імя", u"Горад"}));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields, list({u"Ціханоўская", u"Святлана", u"Вільнюс"}));
    EXPECT_EQ(table.records[1].fields, list({u"Бяляцкі", u"Алесь", u"Мінск"}));
    EXPECT_EQ(table.records[1].line, 3);
}

TEST(CsvReader, Utf16BigEndianWithBom)
{
    const CsvTable table = readFixture(QStringLiteral("utf16be_bom_comma.csv"));
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-16BE"));
    EXPECT_TRUE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(','));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields, list({u"Ціханоўская", u"Святлана", u"Вільнюс"}));
}

TEST(CsvReader, Utf16WithoutBomIsDetected)
{
    const CsvTable table = readFixture(QStringLiteral("utf16le_nobom_semicolon.csv"));
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-16LE"));
    EXPECT_FALSE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(table.header, list({u"Прозвішча", u"Імя", u"Горад"}));
    ASSERT_EQ(table.records.size(), 2);
}

TEST(CsvReader, RussianExcelInWindows1251)
{
    const CsvTable table = readFixture(QStringLiteral("excel_ru_cp1251.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_TRUE(table.issues.isEmpty());
    EXPECT_EQ(table.format.encoding, QStringLiteral("Windows-1251"));
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    ASSERT_EQ(table.header.size(), 13);
    EXPECT_EQ(table.header[0], QStringLiteral("№"));
    EXPECT_EQ(table.header[10], QStringLiteral("Взнос, EUR"));
    ASSERT_EQ(table.records.size(), 3);
    EXPECT_EQ(table.records[0].fields[1], QStringLiteral("Ковалёв"));
    EXPECT_EQ(table.records[0].fields[7], QStringLiteral("3,75291E+11"));
    EXPECT_EQ(table.records[0].fields[10], QStringLiteral("12,50"));
    EXPECT_EQ(table.records[0].fields[11], QStringLiteral("Юрист; волонтёр"));
    EXPECT_EQ(table.records[1].fields[1], QStringLiteral("Cichano?skaja"));
    EXPECT_EQ(table.records[1].fields[11], QStringLiteral("первая строка\nвторая строка"));
    EXPECT_EQ(table.records[2].line, 5);
    EXPECT_EQ(table.records[2].fields[1], QStringLiteral("Бяляцкі"));
    EXPECT_EQ(table.records[2].fields[11], QString());
    EXPECT_EQ(table.records[2].fields[12], QStringLiteral("так"));
}

TEST(CsvReader, ForcedEncodingOverridesDetection)
{
    CsvFormat forced;
    forced.encoding = QStringLiteral("windows-1251");
    forced.delimiter = QLatin1Char(';');
    const CsvTable table = readBytes(QByteArrayLiteral("a;b\n\xc0\xc1;x\n"), forced);
    EXPECT_EQ(table.format.encoding, QStringLiteral("Windows-1251"));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"АБ", u"x"}));
}

TEST(CsvReader, UnknownForcedEncodingFails)
{
    CsvFormat forced;
    forced.encoding = QStringLiteral("KOI8-Z");
    const CsvTable table = readBytes(QByteArrayLiteral("a,b\n"), forced);
    EXPECT_TRUE(table.failed);
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_TRUE(table.issues[0].message.contains(QStringLiteral("KOI8-Z")));
}

TEST(CsvReader, AsciiStartThenWindows1251LaterIsDetected)
{
    QByteArray bytes("first_name;last_name;city\r\n");
    while (bytes.size() < 200 * 1024)
        bytes += "Alena;Kavalenka;Warsaw\r\n";
    bytes += "\xc0\xeb\xe5\xf1\xfc;\xc1\xff\xeb\xff\xf6\xea\xb3;\xcc\xb3\xed\xf1\xea\r\n"; // Алесь;Бяляцкі;Мінск
    const CsvTable table = readBytes(bytes);
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("Windows-1251"));
    ASSERT_FALSE(table.records.isEmpty());
    EXPECT_EQ(table.records.last().fields, list({u"Алесь", u"Бяляцкі", u"Мінск"}));
    EXPECT_EQ(table.records.last().line, table.records.size() + 1);
}

TEST(CsvReader, AsciiStartThenUtf8LaterIsDetected)
{
    QByteArray bytes("first_name,last_name\n");
    while (bytes.size() < 100 * 1024)
        bytes += "Alena,Kavalenka\n";
    bytes += QStringLiteral("Алесь,Бяляцкі\n").toUtf8();
    const CsvTable table = readBytes(bytes);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(table.records.last().fields, list({u"Алесь", u"Бяляцкі"}));
}

// Damaged bytes are a problem of the record that holds them: it says line and column, and the rest is read.
TEST(CsvReader, InvalidUtf8IsAProblemOfItsRecordAlone)
{
    const CsvTable table = readFixture(QStringLiteral("invalid_utf8.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 3);
    EXPECT_EQ(table.issues[0].column, 2);
    EXPECT_TRUE(table.issues[0].message.contains(QStringLiteral("0xC3"))) << table.issues[0].message.toStdString();
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_FALSE(table.records[0].hasProblem());
    EXPECT_EQ(table.records[0].fields, list({u"1", u"2", u"3"}));
    ASSERT_TRUE(table.records[1].hasProblem());
    EXPECT_EQ(table.records[1].fields, list({u"4", u"x\uFFFD(y", u"6"}));
}

TEST(CsvReader, Utf8DetectedFromTheStartThenInvalidLaterIsAProblemOfThatLine)
{
    QByteArray bytes = QStringLiteral("Імя,Горад\n").toUtf8();
    qint64 lines = 1;
    while (bytes.size() < 150 * 1024) {
        bytes += QStringLiteral("Алесь,Мінск\n").toUtf8();
        ++lines;
    }
    bytes += "ok,\xe9t\xe9\n";
    bytes += QStringLiteral("Ян,Гданьск\n").toUtf8();
    const CsvTable table = readBytes(bytes);
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues.last().line, lines + 1);
    EXPECT_EQ(table.issues.last().column, 2);
    EXPECT_EQ(table.records.last().fields, list({u"Ян", u"Гданьск"}));
    EXPECT_FALSE(table.records.last().hasProblem());
}

// One damaged byte among a thousand Cyrillic rows: the file is UTF-8 with one bad line, never Windows-1251.
TEST(CsvReader, OneBadByteAmongAThousandCyrillicRowsLeavesTheFileUtf8)
{
    QByteArray bytes = QStringLiteral("Імя;Прозвішча;Горад\n").toUtf8();
    for (int i = 0; i < 1000; ++i) {
        bytes += QStringLiteral("Алесь%1;Бяляцкі;").arg(i).toUtf8();
        bytes += i == 3 ? QByteArray("\xd0\xdf") : QStringLiteral("Вільня").toUtf8(); // near the start, in the sample
        bytes += "\n";
    }
    const CsvTable table = readBytes(bytes);
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(table.records.size(), 1000);
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 5);
    EXPECT_EQ(table.issues[0].column, 3);
    EXPECT_EQ(table.records[999].fields, list({u"Алесь999", u"Бяляцкі", u"Вільня"}));
    int damaged = 0;
    for (const CsvRecord &record : table.records)
        damaged += record.hasProblem() ? 1 : 0;
    EXPECT_EQ(damaged, 1);
}

// A Windows-1251 file that happens to hold valid UTF-8 pairs (В followed by і) is still Windows-1251.
TEST(CsvReader, Windows1251WithAFewValidUtf8PairsStaysWindows1251)
{
    const CsvTable table = readFixture(QStringLiteral("cp1251_with_utf8_pairs.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_TRUE(table.issues.isEmpty());
    EXPECT_EQ(table.format.encoding, QStringLiteral("Windows-1251"));
    EXPECT_EQ(table.header, list({u"Прозвішча", u"Імя", u"Горад", u"Нататкі"}));
    ASSERT_EQ(table.records.size(), 5);
    EXPECT_EQ(table.records[0].fields, list({u"Вінаградава", u"Вікторыя", u"Віцебск", u"Вітальны ліст"}));
    EXPECT_EQ(table.records[4].fields[3], QStringLiteral("Ўсё добра"));
}

// After a long ASCII start the bytes from the first other one on decide, by the same evidence.
TEST(CsvReader, AsciiStartThenMostlyValidUtf8IsUtf8WithAProblemLine)
{
    QByteArray bytes("first_name,last_name\n");
    while (bytes.size() < 100 * 1024)
        bytes += "Alena,Kavalenka\n";
    const qint64 damagedLine = bytes.count('\n') + 1;
    bytes += "Ales,Bia\xffliatski\n";
    for (int i = 0; i < 20; ++i)
        bytes += QStringLiteral("Алесь,Бяляцкі\n").toUtf8();
    const CsvTable table = readBytes(bytes);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, damagedLine);
    EXPECT_EQ(table.records.last().fields, list({u"Алесь", u"Бяляцкі"}));
}

TEST(CsvReader, ForcedUtf8OnWindows1251BytesIsAProblemOfTheLine)
{
    CsvFormat forced;
    forced.encoding = QStringLiteral("UTF-8");
    const CsvTable table = readBytes(QByteArrayLiteral("a,b\n\xc0\xc1,x\n"), forced);
    EXPECT_FALSE(table.failed);
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 2);
    EXPECT_EQ(table.issues[0].column, 1);
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_TRUE(table.records[0].hasProblem());
}

TEST(CsvReader, UndefinedWindows1251ByteIsAProblemOfTheLine)
{
    const CsvTable table = readFixture(QStringLiteral("cp1251_undefined.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("Windows-1251"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 3);
    EXPECT_EQ(table.issues[0].column, 3);
    EXPECT_TRUE(table.issues[0].message.contains(QStringLiteral("0x98")));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields, list({u"Ковалёв", u"Андрей", u"Минск"}));
    EXPECT_EQ(table.records[1].fields, list({u"Бяляцкі", u"Алесь", u"\uFFFDМінск"}));
}

TEST(CsvReader, UnpairedUtf16SurrogateIsAProblemOfTheLine)
{
    QByteArray bytes("\xff\xfe", 2);
    bytes += QByteArray("a\0,\0b\0\n\0x\0,\0", 12);
    bytes += QByteArray("\x00\xdc", 2); // a low surrogate alone
    bytes += QByteArray("\n\0y\0,\0z\0\n\0", 10);
    const CsvTable table = readBytes(bytes);
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-16LE"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 2);
    EXPECT_EQ(table.issues[0].column, 2);
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[1].fields, list({u"y", u"z"}));
}

// Lines of delimiters alone, as Excel writes them below a table, are blank lines.
TEST(CsvReader, LinesOfDelimitersAloneAreBlank)
{
    const CsvTable table = readBytes(QByteArrayLiteral("a;b;c\r\n1;2;3\r\n;;\r\n;;\r\n4;5;6\r\n;;\r\n"));
    EXPECT_TRUE(table.issues.isEmpty());
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[1].fields, list({u"4", u"5", u"6"}));
    EXPECT_EQ(table.records[1].line, 5);
}

TEST(CsvReader, UnterminatedQuoteStopsAtWhereItOpened)
{
    const CsvTable table = readFixture(QStringLiteral("unterminated_quote.csv"));
    EXPECT_TRUE(table.failed);
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 3);
    EXPECT_EQ(table.issues[0].column, 2);
    EXPECT_FALSE(table.issues[0].message.isEmpty());
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"1", u"2"}));
}

TEST(CsvReader, WrongFieldCountIsAnIssuePerRecord)
{
    const CsvTable table = readFixture(QStringLiteral("wrong_columns.csv"));
    EXPECT_FALSE(table.failed);
    ASSERT_EQ(table.records.size(), 4);
    EXPECT_EQ(table.records[1].fields, list({u"4", u"5"}));
    EXPECT_EQ(table.records[2].fields, list({u"6", u"7", u"8", u"9"}));
    ASSERT_EQ(table.issues.size(), 2);
    EXPECT_EQ(table.issues[0].line, 3);
    EXPECT_EQ(table.issues[0].column, 0);
    EXPECT_TRUE(table.issues[0].message.contains(QLatin1Char('2'))) << table.issues[0].message.toStdString();
    EXPECT_EQ(table.issues[1].line, 4);
}

TEST(CsvReader, HeaderOnly)
{
    const CsvTable table = readFixture(QStringLiteral("header_only.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.header, list({u"first_name", u"last_name", u"email"}));
    EXPECT_TRUE(table.records.isEmpty());
    EXPECT_TRUE(table.issues.isEmpty());
}

TEST(CsvReader, EmptyFileHasNoHeaderAndIsNotAnError)
{
    const CsvTable table = readFixture(QStringLiteral("empty.csv"));
    EXPECT_FALSE(table.failed);
    EXPECT_TRUE(table.header.isEmpty());
    EXPECT_TRUE(table.records.isEmpty());
    EXPECT_TRUE(table.issues.isEmpty());
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(table.format.delimiter, QLatin1Char(','));
}

TEST(CsvReader, MissingFileIsAFailure)
{
    auto table = readCsvFile(test::dataPath(QStringLiteral("csv/no-such-file.csv")));
    ASSERT_FALSE(table.ok());
    EXPECT_TRUE(table.error().contains(QStringLiteral("no-such-file.csv")));
}

TEST(CsvReader, BlankLinesAreSkippedButCounted)
{
    const CsvTable table = readBytes(QByteArrayLiteral("a,b\r\n\r\n1,2\n\n\n3,4"));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].line, 3);
    EXPECT_EQ(table.records[1].line, 6);
    EXPECT_EQ(table.records[1].fields, list({u"3", u"4"}));
}

TEST(CsvReader, TrailingDelimiterGivesAnEmptyLastField)
{
    const CsvTable table = readBytes(QByteArrayLiteral("a,b\n1,"));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"1", u""}));
}

TEST(CsvReader, DelimiterDetectionIgnoresQuotedDelimitersAndDecimalCommas)
{
    const CsvTable table = readBytes(QByteArrayLiteral("\"Name, full\";Amount\nAlena;12,50\nAles;3,75\n"));
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(table.header, list({u"Name, full", u"Amount"}));
    EXPECT_EQ(table.records[1].fields, list({u"Ales", u"3,75"}));
}

TEST(CsvReader, DelimiterDetectionOnAHeaderWithTabs)
{
    const CsvTable table = readBytes(QByteArrayLiteral("a\tb, c\tc\n"));
    EXPECT_EQ(table.format.delimiter, QLatin1Char('\t'));
    EXPECT_EQ(table.header, list({u"a", u"b, c", u"c"}));
}

TEST(CsvReader, QuotedLineBreakAcrossBlocks)
{
    // A cell longer than the reader's blocks, with a CR LF inside: it is read whole and the lines still add up.
    QString longCell(600 * 1024, QLatin1Char('x'));
    longCell.insert(300 * 1024, QStringLiteral("\r\n"));
    QByteArray bytes = QByteArrayLiteral("a,b\n1,\"") + longCell.toUtf8() + QByteArrayLiteral("\"\n2,3\n");
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    CsvRecord record;
    ASSERT_TRUE(reader.readRecord(record));
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.line, 2);
    ASSERT_EQ(record.fields.size(), 2);
    EXPECT_EQ(record.fields[1].size(), 600 * 1024 + 1);
    EXPECT_EQ(record.fields[1].at(300 * 1024), QLatin1Char('\n'));
    ASSERT_TRUE(reader.readRecord(record));
    EXPECT_EQ(record.line, 4);
    EXPECT_EQ(record.fields, list({u"2", u"3"}));
    EXPECT_FALSE(reader.readRecord(record));
    EXPECT_FALSE(reader.failed());
    EXPECT_EQ(reader.bytesRead(), bytes.size());
}

TEST(CsvReader, Windows1251TableMatchesQtDecoder)
{
    for (int b = 0x80; b <= 0xFF; ++b) {
        const char byte = char(b);
        const auto own = decodeWindows1251(QByteArrayView(&byte, 1));
        if (b == 0x98) {
            EXPECT_FALSE(own.has_value());
            continue;
        }
        ASSERT_TRUE(own.has_value()) << b;
        ASSERT_EQ(own->size(), 1);
        EXPECT_NE(own->at(0), QChar::ReplacementCharacter);
        QStringDecoder qt("windows-1251");
        if (!qt.isValid())
            continue; // a Qt build without ICU: the own table is all there is
        const QString expected = qt.decode(QByteArrayView(&byte, 1));
        EXPECT_EQ(*own, expected) << "byte 0x" << std::hex << b;
    }
    EXPECT_EQ(decodeWindows1251("\xd0\xe0\xe4\xe0 \xb9 1"), QStringLiteral("Рада № 1"));
    EXPECT_EQ(decodeWindows1251("\xa1\xa2 \xb2\xb3"), QStringLiteral("Ўў Іі"));
}

TEST(CsvReader, ManyRowsAreReadQuickly)
{
    QByteArray bytes;
    bytes.reserve(12 * 1024 * 1024);
    bytes += "id,first_name,last_name,birth_date,email,phone,city,country,languages,skills,groups,notes\r\n";
    const QByteArray row = QStringLiteral("%1,Алена,Каваленка,1990-01-01,alena%1@example.org,+48 600 000 000,Warszawa,"
                                          "PL,be;ru;pl,lawyer;doctor,\"Volunteers, Culture\",\"a note\"\"s text\"\r\n")
                               .toUtf8();
    for (int i = 0; i < 100000; ++i)
        bytes += QByteArray(row).replace("%1", QByteArray::number(i));
#ifdef NDEBUG
    // The best of a few runs, so that a busy machine does not decide.
    constexpr int Runs = 3;
#else
    constexpr int Runs = 1;
#endif
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < Runs; ++run) {
        QBuffer buffer(&bytes);
        ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        CsvReader reader(&buffer);
        CsvRecord record;
        qint64 count = 0;
        while (reader.readRecord(record))
            ++count;
        best = qMin(best, timer.elapsed());
        EXPECT_FALSE(reader.failed());
        EXPECT_EQ(count, 100001);
        ASSERT_EQ(record.fields.size(), 12);
        EXPECT_EQ(record.fields[10], QStringLiteral("Volunteers, Culture"));
        EXPECT_EQ(record.fields[11], QStringLiteral("a note\"s text"));
    }
#ifdef NDEBUG
    EXPECT_LT(best, 100) << "100,000 rows of 12 columns (" << bytes.size() / 1024 << " KiB) took " << best << " ms";
#else
    Q_UNUSED(best)
#endif
}

TEST(CsvReader, AReplacementCharacterInTheFileIsAProblemOfTheLine)
{
    const CsvTable table = readBytes(QStringLiteral("a,b\nok,Ci\uFFFDhanouskaja\nfine,too\n").toUtf8());
    EXPECT_FALSE(table.failed);
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 2);
    EXPECT_EQ(table.issues[0].column, 2);
    EXPECT_TRUE(table.issues[0].message.contains(QStringLiteral("“�”")));
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_TRUE(table.records[0].hasProblem());
    EXPECT_FALSE(table.records[1].hasProblem());
}

TEST(CsvReader, StrayQuotesAreKept)
{
    const CsvTable table = readBytes(QByteArrayLiteral("a,b,c\nsay \"hi\",\"quoted\"after,\"x\"\n"));
    EXPECT_FALSE(table.failed);
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"say \"hi\"", u"quotedafter", u"x"}));
}

TEST(CsvReader, ForcedDelimiter)
{
    CsvFormat forced;
    forced.delimiter = QLatin1Char(';');
    const CsvTable table = readBytes(QByteArrayLiteral("a,b;c\n1,2;3\n"), forced);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    EXPECT_EQ(table.header, list({u"a,b", u"c"}));
}

TEST(CsvReader, ReadingOneRecordAtATimeReportsProgress)
{
    QFile file(test::dataPath(QStringLiteral("csv/google_forms.csv")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    EXPECT_EQ(reader.format().delimiter, QLatin1Char(','));
    CsvRecord record;
    int count = 0;
    while (reader.readRecord(record))
        ++count;
    EXPECT_EQ(count, 3);
    EXPECT_EQ(record.line, 3);
    EXPECT_FALSE(reader.failed());
    EXPECT_EQ(reader.bytesRead(), file.size());
    EXPECT_FALSE(reader.readRecord(record)); // stays at the end
}

TEST(CsvReader, Utf16BigEndianWithoutBomIsDetected)
{
    const QString text = QStringLiteral("Імя;Горад\r\nАлесь;Мінск\r\n");
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    const CsvTable table = readBytes(bytes);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-16BE"));
    EXPECT_FALSE(table.format.bom);
    EXPECT_EQ(table.format.delimiter, QLatin1Char(';'));
    ASSERT_EQ(table.records.size(), 1);
    EXPECT_EQ(table.records[0].fields, list({u"Алесь", u"Мінск"}));
}

// A NUL byte is no text: its cell is a problem of its record, with line and column; a stray one in the header does
// not make the file UTF-16.
TEST(CsvReader, ANulByteIsAProblemOfItsCellNotAnEncoding)
{
    const CsvTable table = readBytes(QByteArray("first_name,last_name\nAnna,Kaval\0enka\nVolha,Zhuk\n", 46));
    EXPECT_FALSE(table.failed);
    EXPECT_EQ(table.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(table.issues.size(), 1);
    EXPECT_EQ(table.issues[0].line, 2);
    EXPECT_EQ(table.issues[0].column, 2);
    EXPECT_TRUE(table.issues[0].message.contains(QStringLiteral("NUL"))) << table.issues[0].message.toStdString();
    ASSERT_EQ(table.records.size(), 2);
    EXPECT_EQ(table.records[0].fields, list({u"Anna", u"Kaval\uFFFDenka"}));
    EXPECT_FALSE(table.records[1].hasProblem());

    const CsvTable header = readBytes(QByteArray("first_\0name,last_name\nAnna,Kavalenka\n", 36));
    EXPECT_EQ(header.format.encoding, QStringLiteral("UTF-8"));
    ASSERT_EQ(header.records.size(), 1);
    EXPECT_EQ(header.records[0].fields, list({u"Anna", u"Kavalenka"}));
}
