#pragma once

#include <QCoreApplication>
#include <QString>

namespace supolka {

class MessageBar;
struct ImportReport;

// Tells the user what an import did, in the page's message bar: how many rows were new, updated, unchanged and
// rejected, the first rejected rows with their lines, and "Save rejected rows…" to fix them in a spreadsheet.
class ImportOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(supolka::ImportOutcome)

public:
    static void show(QWidget *parent, MessageBar *bar, const ImportReport &report);
    // The sentence show() puts first: "Read 12 rows: 10 new, 1 updated, 0 unchanged, 1 rejected."
    static QString summary(const ImportReport &report);
};

} // namespace supolka
