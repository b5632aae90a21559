#include "views/mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>

#include "models/db/database.h"
#include "models/i18n/languages.h"

namespace supolka {

MainWindow::MainWindow(Database &database, Languages &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(180);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_sidebar->addItem(QString());
    m_pages->addWidget(new QLabel(m_pages));
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);

    createMenus();
    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    menuBar()->clear();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *languageMenu = menuBar()->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(languageMenu);
    for (const Languages::Language &language : Languages::available()) {
        QAction *action = languageMenu->addAction(language.nativeName);
        action->setObjectName(QStringLiteral("language_") + language.code);
        action->setCheckable(true);
        action->setChecked(language.code == m_languages.current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = language.code] { m_languages.apply(code); });
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Supolka"));
    m_sidebar->item(0)->setText(tr("Members"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        createMenus();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

} // namespace supolka
