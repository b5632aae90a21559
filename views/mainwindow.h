#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace supolka {

class Database;
class Languages;

// The window: a sidebar of areas on the left, the chosen area's page on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, Languages &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();

    Database &m_database;
    Languages &m_languages;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace supolka
