#include "tests/common/testsupport.h"

#include <gtest/gtest.h>

#include <QDir>

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

void ScratchDatabase::reopen()
{
    m_database.reset();
    auto opened = Database::open(path());
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
