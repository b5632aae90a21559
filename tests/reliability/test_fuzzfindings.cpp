// What the fuzzers found, kept: every file under tests/data/fuzz/ is read again by the CSV reader or the bundle
// reader, which must refuse or read it without crashing (the asan preset checks memory on the way).
#include <gtest/gtest.h>

#include <QBuffer>
#include <QDir>
#include <QFile>

#include "models/csv/csvreader.h"
#include "models/exchange/age.h"
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
    // Sealed inputs are opened with the fuzzer's throwaway identity, and what opens is read as a bundle.
    QFile identityFile(test::dataPath(QStringLiteral("fuzz/sealed/identity.txt")));
    ASSERT_TRUE(identityFile.open(QIODevice::ReadOnly));
    const auto identity = age::Identity::parse(QString::fromLatin1(identityFile.readAll().split('\n').value(1)));
    ASSERT_TRUE(identity);
    const QDir sealed(test::dataPath(QStringLiteral("fuzz/sealed")));
    for (const QFileInfo &entry : sealed.entryInfoList({QStringLiteral("*.age")}, QDir::Files)) {
        QFile file(entry.filePath());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const Result<QByteArray> opened = age::Codec::decrypt(file.readAll(), *identity);
        EXPECT_TRUE(opened || !opened.error().isEmpty()) << entry.fileName().toStdString();
        if (opened) {
            const Result<Bundle> read = Bundle::fromBytes(opened.value(), entry.fileName());
            EXPECT_TRUE(read || !read.error().isEmpty()) << entry.fileName().toStdString();
        }
        ++inputs;
    }
    EXPECT_GE(inputs, 5);
    // The sealed seed opens to the seed bundle.
    QFile seed(test::dataPath(QStringLiteral("fuzz/sealed/seed.age")));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const Result<QByteArray> opened = age::Codec::decrypt(seed.readAll(), *identity);
    ASSERT_TRUE(opened) << opened.error().toStdString();
    EXPECT_TRUE(Bundle::fromBytes(opened.value(), QStringLiteral("seed")));
    // The seed is a sound bundle; cut short, it is refused.
    EXPECT_TRUE(Bundle::read(test::dataPath(QStringLiteral("fuzz/bundle/seed.supolka"))));
    EXPECT_FALSE(Bundle::read(test::dataPath(QStringLiteral("fuzz/bundle/seed_cut_short.supolka"))));
}
