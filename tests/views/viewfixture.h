#pragma once

#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"
#include "views/common/dialogs.h"
#include "views/settings/settingsstore.h"

namespace supolka::test {

namespace detail {

inline QtMessageHandler &previousHandler()
{
    static QtMessageHandler handler = nullptr;
    return handler;
}

// The offscreen platform cannot pass size hints on to a window system and says so for every window with a
// layout, nor raise windows or grab the keyboard for popups; that is no fault of the code under test.
inline void skipPlatformNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    // Completion popups ask for the same, and are told the same.
    if (message.contains(QLatin1String("This plugin does not support raise()")) ||
        message.contains(QLatin1String("This plugin does not support grabbing the keyboard")))
        return;
    if (previousHandler())
        previousHandler()(type, context, message);
}

} // namespace detail

// A scratch database, settings in a temporary file, and the modal questions answered by the test.
class ViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        detail::previousHandler() = qInstallMessageHandler(detail::skipPlatformNoise);
        ASSERT_TRUE(m_settingsDir.isValid());
        SettingsStore::useFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        m_locale = QLocale();
        Dialogs::setDecisionHandler([this](const Dialogs::Decision &decision) {
            m_decisions.append(decision);
            return m_answers.isEmpty() ? decision.cancelChoice : m_answers.takeFirst();
        });
        Dialogs::setFileHandler([this](const Dialogs::FileRequest &request) {
            m_fileRequests.append(request);
            Dialogs::FileAnswer answer;
            answer.path = m_files.isEmpty() ? QString() : m_files.takeFirst();
            answer.selectedFilter = request.selectedFilter;
            return answer;
        });
        Dialogs::setPrintHandler([this](QPrinter &printer) {
            ++m_printRequests;
            if (m_printFile.isEmpty())
                return false;
            // "Print to file" chosen in the dialog: the pages land in a PDF the test reads.
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(m_printFile);
            return true;
        });
        Dialogs::setTextHandler([this](const Dialogs::TextRequest &request) {
            m_textRequests.append(request);
            return m_texts.isEmpty() ? Dialogs::TextAnswer() : m_texts.takeFirst();
        });
    }

    void TearDown() override
    {
        Dialogs::setDecisionHandler({});
        Dialogs::setFileHandler({});
        Dialogs::setTextHandler({});
        Dialogs::setPrintHandler({});
        SettingsStore::useFile(QString());
        QLocale::setDefault(m_locale);
        flushDeletes();
        qInstallMessageHandler(detail::previousHandler());
    }

    // Makes `window` the one that takes the keys. (A dialog shares its parent's activation, so
    // qWaitForWindowActive would not wait for it.)
    static void activate(QWidget *window)
    {
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }));
    }

    static void flushDeletes()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    template <typename T> static T *find(const QObject *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << "no widget named " << name.toStdString();
        return found;
    }

    ScratchDatabase m_db;
    QTemporaryDir m_settingsDir;
    QLocale m_locale;
    QList<int> m_answers; // answers to the next decisions, in order
    QList<Dialogs::Decision> m_decisions;
    QStringList m_files; // answers to the next file choices
    QList<Dialogs::FileRequest> m_fileRequests;
    QList<Dialogs::TextAnswer> m_texts; // answers to the next text questions (none = cancelled)
    QList<Dialogs::TextRequest> m_textRequests;
    QString m_printFile; // where the next print goes (as a PDF); empty = the print dialog is cancelled
    int m_printRequests = 0;
};

} // namespace supolka::test
