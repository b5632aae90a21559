// What the fuzzers found, kept: every file under tests/data/fuzz/ is read again by the CSV reader or the bundle
// reader, which must refuse or read it without crashing (the asan preset checks memory on the way).
#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>

#include "models/csv/csvreader.h"
#include "models/sync/bundle.h"
#include "tests/common/testsupport.h"

using namespace supolka;

TEST(FuzzFindings, EveryKeptInputIsReadOrRefusedCleanly)
{
    int inputs = 0;
    const QDir csv(test::dataPath(QStringLiteral("fuzz/csv")));
    for (const QFileInfo &entry : csv.entryInfoList(QDir::Files)) {
        QFile file(entry.filePath());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QBuffer buffer(&bytes);
        ASSERT_TRUE(buffer.open(QIODevice::ReadOnly));
        const Result<CsvTable> table = readCsvDevice(&buffer);
        EXPECT_TRUE(table) << entry.fileName().toStdString();
        ++inputs;
    }
    const QDir bundles(test::dataPath(QStringLiteral("fuzz/bundle")));
    for (const QFileInfo &entry : bundles.entryInfoList(QDir::Files)) {
        const Result<Bundle> bundle = Bundle::read(entry.filePath());
        EXPECT_TRUE(bundle || !bundle.error().isEmpty()) << entry.fileName().toStdString();
        ++inputs;
    }
    EXPECT_GE(inputs, 4);
    // The seed is a sound bundle; cut short, it is refused.
    EXPECT_TRUE(Bundle::read(test::dataPath(QStringLiteral("fuzz/bundle/seed.supolka"))));
    EXPECT_FALSE(Bundle::read(test::dataPath(QStringLiteral("fuzz/bundle/seed_cut_short.supolka"))));
}
