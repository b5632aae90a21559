#include "views/common/importoutcome.h"

#include <QDir>
#include <QFileInfo>

#include "models/import/importreport.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"

namespace supolka {

QString ImportOutcome::summary(const ImportReport &report)
{
    return tr("Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.")
        .arg(report.read)
        .arg(report.imported)
        .arg(report.updated)
        .arg(report.unchanged)
        .arg(report.rejected);
}

void ImportOutcome::show(QWidget *parent, MessageBar *bar, const ImportReport &report)
{
    QString text = summary(report);
    if (report.errors.isEmpty() && report.warnings.isEmpty()) {
        bar->showMessage(text, MessageBar::Kind::Positive);
        return;
    }
    // The rows left out first, then those imported with a problem to look at.
    const QList<ImportProblem> problems = report.errors + report.warnings;
    constexpr int Shown = 3;
    for (int i = 0; i < std::min<int>(Shown, int(problems.size())); ++i) {
        const ImportProblem &problem = problems.at(i);
        text += QLatin1Char('\n') + (i < report.errors.size()
                                         ? tr("Line %1: %2").arg(problem.line).arg(problem.text())
                                         : tr("Line %1 (imported): %2").arg(problem.line).arg(problem.text()));
    }
    if (problems.size() > Shown)
        text += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - Shown);
    bar->showMessage(text, MessageBar::Kind::Warning, tr("Save the problem rows…"), [parent, bar, report] {
        Dialogs::FileRequest request;
        request.mode = Dialogs::FileRequest::Mode::Save;
        request.caption = tr("Save the problem rows");
        request.path = QDir::home().filePath(tr("problem rows.csv"));
        request.filters = {tr("CSV files (*.csv)")};
        const Dialogs::FileAnswer answer = Dialogs::chooseFile(parent, request);
        if (answer.path.isEmpty())
            return;
        if (Status saved = ImportProblems::writeCsv(report, answer.path); !saved)
            bar->showMessage(saved.error(), MessageBar::Kind::Error);
        else
            bar->showMessage(tr("Saved the problem rows to %1: fix them there and import that file.")
                                 .arg(QDir::toNativeSeparators(answer.path)),
                             MessageBar::Kind::Positive);
    });
}

} // namespace supolka
