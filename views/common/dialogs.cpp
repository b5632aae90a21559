#include "views/common/dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

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

} // namespace

int Dialogs::decide(QWidget *parent, const Decision &decision)
{
    if (decisionHandler())
        return decisionHandler()(decision);

    QMessageBox box(parent);
    box.setIcon(decision.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(decision.title);
    box.setText(decision.text);
    box.setInformativeText(decision.details);
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

void Dialogs::setDecisionHandler(DecisionHandler handler)
{
    decisionHandler() = std::move(handler);
}

void Dialogs::setFileHandler(FileHandler handler)
{
    fileHandler() = std::move(handler);
}

} // namespace supolka
