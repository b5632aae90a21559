// main() for every test binary: the application object is made here, never as a static (gtest discovery runs
// the binary at build time), and qWarning or worse fails the running test.
#include <gtest/gtest.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QStandardPaths>
#include <memory>

#ifdef SUPOLKA_TEST_GUI
#include <QApplication>
#endif

namespace supolka::test {
int g_expectedWarningDepth = 0;
int g_warningCount = 0;
} // namespace supolka::test

namespace {

void failOnWarning(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (supolka::test::g_expectedWarningDepth > 0) {
        ++supolka::test::g_warningCount;
        return;
    }
    ADD_FAILURE() << "Qt warning: " << message.toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // ctest's "encrypted." run of a suite: every scratch database encrypted (testsupport.cpp).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--encrypted-databases") == 0)
            qputenv("SUPOLKA_TEST_ENCRYPTED", "1");
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
#ifdef SUPOLKA_TEST_GUI
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("SupolkaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("SupolkaTests"));
    qInstallMessageHandler(failOnWarning);
    return RUN_ALL_TESTS();
}
