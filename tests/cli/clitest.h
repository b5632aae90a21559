#pragma once

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace supolka::test {

// What one run of the executable gave.
struct CliOutcome
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// Runs the real executable on a database file in a temporary folder, in English.
class CliTest : public ::testing::Test
{
protected:
    QString dbPath() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // With `environment`, the program runs in it (settings of its own, say) instead of the test's.
    CliOutcome run(QStringList arguments, bool withDb = true,
                   const QProcessEnvironment &environment = QProcessEnvironment()) const
    {
        if (withDb)
            arguments = QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("--lang"), QStringLiteral("en")} +
                        arguments;
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SUPOLKA_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        CliOutcome result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QTemporaryDir m_dir;
};

} // namespace supolka::test
