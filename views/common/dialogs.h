#pragma once

#include <functional>

#include <QSize>
#include <QString>
#include <QStringList>

class QWidget;

class QPrinter;

namespace supolka {

// The few modal questions the GUI asks (decisions and file choices), behind one door that tests can answer.
class Dialogs final
{
public:
    // A question with named answers. The answer is the index in `choices`; `cancelChoice` is what closing the
    // dialog (Esc) means.
    struct Decision
    {
        QString title;
        QString text;
        QString details; // shown under the text, smaller
        QStringList choices;
        int defaultChoice = 0;
        int cancelChoice = -1;
        bool destructive = false; // the default choice destroys something (shown as a warning)
    };

    // A file to open or to save.
    struct FileRequest
    {
        enum class Mode { Open, Save };
        Mode mode = Mode::Open;
        QString caption;
        QString path;        // folder or suggested file
        QStringList filters; // "CSV files (*.csv)"
        QString selectedFilter;
    };

    struct FileAnswer
    {
        QString path; // empty = cancelled
        QString selectedFilter;
    };

    // A short text to write: a reason, an outcome. With `required`, it cannot be accepted empty.
    struct TextRequest
    {
        QString title;
        QString text;  // what to write, above the field
        QString value; // what the field holds at first
        QString acceptText;
        bool required = false;
        bool singleLine = false; // a line field (Enter accepts) instead of a box of several lines
    };

    struct TextAnswer
    {
        bool accepted = false; // false = cancelled
        QString value;
    };

    using DecisionHandler = std::function<int(const Decision &)>;
    using FileHandler = std::function<FileAnswer(const FileRequest &)>;
    using TextHandler = std::function<TextAnswer(const TextRequest &)>;
    // Answers the print dialog: sets the printer (or a file to print to) up and says whether to print.
    using PrintHandler = std::function<bool(QPrinter &)>;

    static int decide(QWidget *parent, const Decision &decision);
    static FileAnswer chooseFile(QWidget *parent, const FileRequest &request);
    static TextAnswer askText(QWidget *parent, const TextRequest &request);
    // The system's print dialog for `printer` (prepared beforehand), titled `title`: whether to print.
    static bool choosePrinter(QWidget *parent, QPrinter &printer, const QString &title);

    // Sizes a dialog (or a window of its own) `preferred` where the screen it opens on has room, otherwise as much
    // as the screen leaves beside the window's frame, and never below what its layout needs.
    static void fitToScreen(QWidget *window, QSize preferred);

    // Tests: answer the questions instead of a person. An empty handler restores the real dialogs.
    static void setDecisionHandler(DecisionHandler handler);
    static void setFileHandler(FileHandler handler);
    static void setTextHandler(TextHandler handler);
    static void setPrintHandler(PrintHandler handler);
};

} // namespace supolka
