#include "tests/common/testsupport.h"

#include <gtest/gtest.h>

#include <optional>

#include <QDir>

#include "models/security/databasekey.h"

namespace supolka::test {

extern int g_expectedWarningDepth;
extern int g_warningCount;

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(SUPOLKA_TEST_DATA)).filePath(relative);
}

ScratchDatabase::ScratchDatabase()
{
    reopen();
}

QString ScratchDatabase::path() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("test.db"));
}

bool ScratchDatabase::encrypted()
{
    return qEnvironmentVariableIntValue("SUPOLKA_TEST_ENCRYPTED") == 1;
}

void ScratchDatabase::reopen()
{
    m_database.reset();
    // The suites run a second time on encrypted databases (ctest's "encrypted." tests), so that nothing depends
    // on the file being plaintext.
    std::optional<SecretBytes> passphrase;
    if (encrypted()) {
        databasekey::useMinimumCostForTests();
        QString text = QStringLiteral("Жыве Беларусь");
        passphrase = SecretBytes::fromText(text);
    }
    auto opened = Database::open(path(), passphrase ? &*passphrase : nullptr);
    if (opened && encrypted() != opened.value()->isEncrypted())
        ADD_FAILURE() << "the scratch database is not encrypted as asked";
    if (!opened)
        ADD_FAILURE() << opened.error().toStdString();
    else
        m_database = std::move(opened).value();
}

ExpectWarnings::ExpectWarnings()
{
    ++g_expectedWarningDepth;
    g_warningCount = 0;
}

ExpectWarnings::~ExpectWarnings()
{
    --g_expectedWarningDepth;
}

int ExpectWarnings::count() const
{
    return g_warningCount;
}

} // namespace supolka::test
