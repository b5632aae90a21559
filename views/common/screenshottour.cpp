#include "views/common/screenshottour.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "views/cases/casespage.h"
#include "views/checkin/checkinpage.h"
#include "views/common/operatorname.h"
#include "views/mainwindow.h"
#include "views/members/memberspage.h"

namespace supolka {

namespace {

// Long enough for charts to lay themselves out and for a page's first fill.
constexpr int SettleMilliseconds = 150;

const char *const PageNames[] = {"members", "events", "door", "cases", "exitpoll", "dashboard", "sync"};

void selectFirstRow(QWidget *page, const QString &table)
{
    if (auto *view = page->findChild<QTableView *>(table); view && view->model()->rowCount() > 0)
        view->selectRow(0);
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{}

void ScreenshotTour::start()
{
    if (!m_folder.mkpath(QStringLiteral("."))) {
        qWarning("The screenshots' folder cannot be made.");
        // Once the event loop runs: an exit asked for before it starts would be lost.
        QTimer::singleShot(0, this, [] { QCoreApplication::exit(3); });
        return;
    }
    // The door asks who is at this computer when it first opens; the pictures show the door, not the question.
    if (OperatorName::current().isEmpty())
        OperatorName::set(QStringLiteral("Supolka"));
    planPages();
    planDialogs();
    QTimer::singleShot(SettleMilliseconds, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_steps.isEmpty()) {
        QCoreApplication::exit(m_failed || m_written == 0 ? 3 : 0);
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
    QTimer::singleShot(SettleMilliseconds, this, &ScreenshotTour::next);
}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path =
        m_folder.filePath(QStringLiteral("%1-%2.png").arg(m_written + 1, 2, 10, QLatin1Char('0')).arg(name));
    if (!widget->grab().save(path, "PNG")) {
        qWarning("A screenshot could not be written.");
        m_failed = true;
        return;
    }
    ++m_written;
}

void ScreenshotTour::planPages()
{
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        const QString name = QString::fromLatin1(PageNames[page]);
        m_steps.append([this, page] { m_window.showPage(static_cast<MainWindow::Page>(page)); });
        m_steps.append([this, name] { save(&m_window, name); });
        // A page made of tabs: each tab after the first.
        m_steps.append([this, name] {
            auto *pages = m_window.findChild<QStackedWidget *>(QStringLiteral("pages"));
            auto *tabs = pages->currentWidget()->findChild<QTabWidget *>(QString(), Qt::FindDirectChildrenOnly);
            if (!tabs)
                return;
            QList<std::function<void()>> tabSteps;
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabSteps.append([tabs, tab] { tabs->setCurrentIndex(tab); });
                tabSteps.append([this, name, tab] { save(&m_window, name + QStringLiteral("-tab%1").arg(tab + 1)); });
            }
            tabSteps.append([tabs] { tabs->setCurrentIndex(0); });
            m_steps = tabSteps + m_steps;
        });
    }
}

void ScreenshotTour::openDialog(const QString &name, const std::function<void()> &open)
{
    m_steps.append(open);
    m_steps.append([this, name] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget != &m_window && widget->isVisible() && qobject_cast<QDialog *>(widget))
                    dialog = widget;
            }
        }
        if (!dialog)
            return;
        save(dialog, name);
        if (auto *modal = qobject_cast<QDialog *>(dialog))
            modal->reject();
        dialog->close();
    });
}

void ScreenshotTour::planDialogs()
{
    openDialog(QStringLiteral("member-editor"), [this] {
        m_window.showPage(MainWindow::MembersArea);
        selectFirstRow(m_window.membersPage(), QStringLiteral("membersTable"));
        m_window.membersPage()->editSelected();
    });
    openDialog(QStringLiteral("case-editor"), [this] {
        m_window.showPage(MainWindow::CasesArea);
        selectFirstRow(m_window.casesPage(), QStringLiteral("casesTable"));
        m_window.casesPage()->openSelected();
    });
    openDialog(QStringLiteral("about"), [this] {
        if (auto *about = m_window.findChild<QAction *>(QStringLiteral("aboutAction")))
            about->trigger();
    });
    openDialog(QStringLiteral("walk-in"), [this] {
        m_window.showPage(MainWindow::CheckInArea);
        if (auto *button = m_window.checkInPage()->findChild<QPushButton *>(QStringLiteral("walkInButton")))
            button->click();
    });
}

} // namespace supolka
