#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "views/settings/setting.h"

namespace supolka::settings {

// Every setting of the GUI, with its default, in one place.

// QMainWindow::saveGeometry()/saveState() of the main window.
inline const Setting<QByteArray> windowGeometry{QStringLiteral("window/geometry")};
inline const Setting<QByteArray> windowState{QStringLiteral("window/state")};
// The area shown last (sidebar row).
inline const Setting<int> lastPage{QStringLiteral("window/page"), 0};
// File ▸ Open recent: the databases' paths, the latest first (RecentDatabases keeps it).
inline const Setting<QStringList> recentDatabases{QStringLiteral("file/recentDatabases")};
// Minutes without a key press or a click after which an encrypted database locks itself; 0 never.
inline const Setting<int> lockAfterMinutes{QStringLiteral("security/lockAfterMinutes"), 10};
// "be", "ru", "en"; empty = the system's language.
inline const Setting<QString> language{QStringLiteral("ui/language")};
// The window's look: "system", "light" or "dark" (View ▸ Look).
inline const Setting<QString> theme{QStringLiteral("ui/theme"), QStringLiteral("system")};
// The folder of the last imported file; empty = the home folder.
inline const Setting<QString> lastImportFolder{QStringLiteral("import/folder")};
// The folder of the last export (members, person's data).
inline const Setting<QString> lastExportFolder{QStringLiteral("export/folder")};
// "excel" or "plain".
inline const Setting<QString> exportProfile{QStringLiteral("export/profile"), QStringLiteral("excel")};
// "json" or "csv", for "Export person's data".
inline const Setting<QString> personExportFormat{QStringLiteral("export/personFormat"), QStringLiteral("json")};
// Who is at this computer (OperatorName): written as who checked people in and who wrote case notes.
inline const Setting<QString> operatorName{QStringLiteral("people/atThisComputer")};
// What older versions kept as the "written by" of aid cases' notes; read when operatorName is empty.
inline const Setting<QString> caseAuthor{QStringLiteral("cases/author")};
// The currency a new payment of an aid case starts with: the one used last.
inline const Setting<QString> casePaymentCurrency{QStringLiteral("cases/paymentCurrency"), QStringLiteral("EUR")};

// The election and the option shown last on the Exit polls page.
inline const Setting<QString> exitPollElection{QStringLiteral("exitpoll/election")};
inline const Setting<QString> exitPollOption{QStringLiteral("exitpoll/option")};

} // namespace supolka::settings
