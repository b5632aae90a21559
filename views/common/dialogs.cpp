#include "views/common/dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace supolka {

namespace {

Dialogs::DecisionHandler &decisionHandler()
{
    static Dialogs::DecisionHandler handler;
    return handler;
}

Dialogs::FileHandler &fileHandler()
{
    static Dialogs::FileHandler handler;
    return handler;
}

Dialogs::TextHandler &textHandler()
{
    static Dialogs::TextHandler handler;
    return handler;
}

Dialogs::PrintHandler &printHandler()
{
    static Dialogs::PrintHandler handler;
    return handler;
}

} // namespace

int Dialogs::decide(QWidget *parent, const Decision &decision)
{
    if (decisionHandler())
        return decisionHandler()(decision);

    QMessageBox box(parent);
    box.setIcon(decision.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(decision.title);
    // Plain text: names and codes in a question may come from a file someone else wrote.
    box.setTextFormat(Qt::PlainText);
    box.setText(decision.text);
    box.setInformativeText(decision.details);
    if (auto *details = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        details->setTextFormat(Qt::PlainText);
    QList<QPushButton *> buttons;
    for (int i = 0; i < decision.choices.size(); ++i) {
        const QMessageBox::ButtonRole role =
            i == decision.cancelChoice ? QMessageBox::RejectRole : QMessageBox::AcceptRole;
        buttons.append(box.addButton(decision.choices.at(i), role));
    }
    if (decision.defaultChoice >= 0 && decision.defaultChoice < buttons.size())
        box.setDefaultButton(buttons.at(decision.defaultChoice));
    if (decision.cancelChoice >= 0 && decision.cancelChoice < buttons.size())
        box.setEscapeButton(buttons.at(decision.cancelChoice));
    box.exec();
    const int chosen = static_cast<int>(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen >= 0 ? chosen : decision.cancelChoice;
}

Dialogs::FileAnswer Dialogs::chooseFile(QWidget *parent, const FileRequest &request)
{
    if (fileHandler())
        return fileHandler()(request);

    FileAnswer answer;
    answer.selectedFilter = request.selectedFilter;
    const QString filter = request.filters.join(QStringLiteral(";;"));
    if (request.mode == FileRequest::Mode::Open)
        answer.path =
            QFileDialog::getOpenFileName(parent, request.caption, request.path, filter, &answer.selectedFilter);
    else
        answer.path =
            QFileDialog::getSaveFileName(parent, request.caption, request.path, filter, &answer.selectedFilter);
    return answer;
}

Dialogs::TextAnswer Dialogs::askText(QWidget *parent, const TextRequest &request)
{
    if (textHandler())
        return textHandler()(request);

    QDialog dialog(parent);
    dialog.setWindowTitle(request.title);
    auto *label = new QLabel(request.text, &dialog);
    label->setWordWrap(true);
    // A name or a word on one line (Enter accepts), a reason or a note on several.
    QLineEdit *line = nullptr;
    QPlainTextEdit *block = nullptr;
    QWidget *field = nullptr;
    if (request.singleLine) {
        line = new QLineEdit(request.value, &dialog);
        field = line;
    } else {
        block = new QPlainTextEdit(&dialog);
        block->setTabChangesFocus(true);
        block->setPlainText(request.value);
        field = block;
    }
    const auto typed = [line, block] {
        return (line ? line->text() : block->toPlainText()).trimmed();
    };
    label->setBuddy(field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    if (!request.acceptText.isEmpty())
        ok->setText(request.acceptText);
    const auto updateOk = [typed, ok, required = request.required] {
        ok->setEnabled(!required || !typed().isEmpty());
    };
    updateOk();
    if (line)
        QObject::connect(line, &QLineEdit::textChanged, &dialog, updateOk);
    else
        QObject::connect(block, &QPlainTextEdit::textChanged, &dialog, updateOk);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(field, line ? 0 : 1);
    if (line)
        layout->addStretch(1);
    layout->addWidget(buttons);
    fitToScreen(&dialog, line ? QSize(420, dialog.sizeHint().height()) : QSize(420, 220));
    field->setFocus();

    TextAnswer answer;
    answer.accepted = dialog.exec() == QDialog::Accepted;
    if (answer.accepted)
        answer.value = typed();
    return answer;
}

void Dialogs::fitToScreen(QWidget *window, QSize preferred)
{
    // A dialog opens on its parent's screen; the title bar and the borders take about this much.
    const QWidget *opener = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = opener->screen();
    constexpr QSize Frame(16, 40);
    QSize room = screen ? screen->availableGeometry().size() - Frame : preferred;
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint()));
}

bool Dialogs::choosePrinter(QWidget *parent, QPrinter &printer, const QString &title)
{
    if (printHandler())
        return printHandler()(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

void Dialogs::setPrintHandler(PrintHandler handler)
{
    printHandler() = std::move(handler);
}

void Dialogs::setDecisionHandler(DecisionHandler handler)
{
    decisionHandler() = std::move(handler);
}

void Dialogs::setFileHandler(FileHandler handler)
{
    fileHandler() = std::move(handler);
}

void Dialogs::setTextHandler(TextHandler handler)
{
    textHandler() = std::move(handler);
}

} // namespace supolka
