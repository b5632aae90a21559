#pragma once

#include <functional>

#include <QDir>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace supolka {

class MainWindow;

// `supolka --screenshots DIR`: shows every page of the window (and each tab of the pages made of tabs) and the main
// dialogs, writes each as a PNG into DIR ("01-members.png", ...), then quits with 0, or 3 when a picture could not
// be written. What the pictures show is the database opened, in the language, look and screen size of this run.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow &window, const QString &folder, QObject *parent = nullptr);

    void start();

private:
    void next();
    void save(QWidget *widget, const QString &name);
    void openDialog(const QString &name, const std::function<void()> &open);
    void planPages();
    void planDialogs();

    MainWindow &m_window;
    QDir m_folder;
    QList<std::function<void()>> m_steps;
    int m_written = 0;
    bool m_failed = false;
};

} // namespace supolka
