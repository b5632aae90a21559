#include <cstdio>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <memory>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTimer>

#include "app/commandline.h"
#include "models/db/database.h"
#include "models/i18n/languages.h"
#include "models/security/databasekey.h"
#include "views/common/icons.h"
#include "views/common/screenshottour.h"
#include "views/common/theme.h"
#include "views/mainwindow.h"
#include "views/session.h"
#include "views/settings/settings.h"

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Supolka"));
    QCoreApplication::setApplicationName(QStringLiteral("Supolka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPOLKA_VERSION));
}

// The process's peak resident memory in kilobytes (VmHWM), 0 where /proc has none. Not getrusage(): ru_maxrss
// survives exec, so a child of a large process would report the parent's.
long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// With SUPOLKA_MEASURE_PEAK set, a command says its peak memory on standard error when it ends: the import
// benchmark at a million rows reads it.
int reportPeak(int exitCode)
{
    if (!qEnvironmentVariableIsEmpty("SUPOLKA_MEASURE_PEAK"))
        std::fprintf(stderr, "peak_rss_kb: %ld\n", peakResidentKb());
    return exitCode;
}

// With SUPOLKA_MEASURE_STARTUP set, the app prints how long it took to a usable window and its peak memory as
// JSON, then quits: the start-up benchmark reads it.
void reportStartupWhenReady(const QElapsedTimer &sinceStart, QObject *context)
{
    if (qEnvironmentVariableIsEmpty("SUPOLKA_MEASURE_STARTUP"))
        return;
    QTimer::singleShot(0, context, [&sinceStart] {
        std::printf("{\"ready_ms\": %.1f, \"peak_rss_kb\": %ld}\n", double(sinceStart.nsecsElapsed()) / 1e6,
                    peakResidentKb());
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace supolka;
#if defined(__linux__) && defined(NDEBUG)
    // No core dumps and no ptrace from other processes of the user: the key and the data stay in this one.
    prctl(PR_SET_DUMPABLE, 0);
#endif
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Which kind of application to make can only be told from argv. Everything else is read again from
    // QCoreApplication::arguments(), which decodes file names right on every system, once the chosen language's
    // translators are in place, so that usage errors come in that language too.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine early = CommandLine::parse(rawArguments);
    const bool knownLanguage = early.language.isEmpty() || Languages::isAvailable(early.language);
    auto readCommandLine = [](Languages &languages) {
        const QString wanted = CommandLine::parse(QCoreApplication::arguments()).language;
        languages.apply(Languages::isAvailable(wanted) ? wanted : Languages::systemDefault());
        CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
        if (!commandLine.language.isEmpty() && !Languages::isAvailable(commandLine.language) &&
            commandLine.usageError.isEmpty())
            commandLine.usageError =
                CommandRunner::tr("The language “%1” is not available; choose be, ru or en.").arg(commandLine.language);
        return commandLine;
    };

    if (early.wantsPainting() && knownLanguage) {
        // Fonts and painting without a window: the offscreen platform unless another one is asked for.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        Languages languages;
        const CommandLine commandLine = readCommandLine(languages);
        return reportPeak(CommandRunner(commandLine).run());
    }

    if (!early.wantsGui() || !knownLanguage) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Languages languages;
        const CommandLine commandLine = readCommandLine(languages);
        return reportPeak(CommandRunner(commandLine).run());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(Icons::application());
    // Wayland finds the window's icon and name through the installed desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.supolka.Supolka"));
    Languages languages;
    const CommandLine commandLine = readCommandLine(languages);

    if (commandLine.language.isEmpty())
        MainWindow::applyRememberedLanguage(languages);
    Theme::apply(Theme::fromName(commandLine.theme.isEmpty() ? settings::theme.value() : commandLine.theme)
                     .value_or(Theme::Mode::System));
    // Unlocks the database (or asks whether to protect a new one), then shows the window.
    Session session(commandLine.databasePath, languages);
    if (!commandLine.passphraseFile.isEmpty()) {
        Result<SecretBytes> given = SecretBytes::fromFile(commandLine.passphraseFile);
        if (given)
            session.tryFirst(std::move(given.value()));
    }
    if (!session.start())
        return CommandRunner::Failure;
    reportStartupWhenReady(sinceStart, &session);
    std::unique_ptr<ScreenshotTour> tour;
    if (!commandLine.screenshotsPath.isEmpty()) {
        tour = std::make_unique<ScreenshotTour>(*session.window(), commandLine.screenshotsPath);
        tour->start();
    }
    return QApplication::exec();
}
