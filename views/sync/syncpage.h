#pragma once

#include <optional>

#include <QWidget>

#include "models/sync/syncimporter.h"

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace supolka {

class Database;
class KeysPanel;
class MessageBar;

// The exchange with the secretariat and other chapters: this chapter's code and name; sending a bundle (profile,
// the contact it is sealed for, since when) and the chapter report; receiving one (a preview of what it will change,
// then the import, and the conflicts to resolve, keep mine or take theirs); the history of what went to and came from
// whom; and the keys and contacts of sealed exchange (KeysPanel).
class SyncPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(Database &database, QWidget *parent = nullptr);

    // Reads the chapter, the conflicts and the history again.
    void reload();

signals:
    // A bundle was imported or a conflict resolved: other pages should read their data again.
    void dataChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveChapter();
    void send();
    void saveReport();
    void openBundle();
    void importBundle();
    void resolveSelected(SyncImporter::Choice choice);
    void showPreview(const SyncImportResult &preview);
    void fillConflicts();
    void fillHistory();
    void updateSendState();
    void fillSealFor();
    // After a preview was refused: offers what can be done about it (add or check the sender, take a plain
    // bundle from a contact). True when the preview should be tried again.
    bool offerRemedy(const QString &path);
    void updateProfileHelp();
    void showConflictDetails();

    Database &m_database;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_chapterLabel = nullptr;
    QLineEdit *m_chapterCode = nullptr;
    QLineEdit *m_chapterName = nullptr;
    QPushButton *m_saveChapter = nullptr;
    QTabWidget *m_tabs = nullptr;

    // Send
    QGroupBox *m_sendGroup = nullptr;
    QLabel *m_profileLabel = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileHelp = nullptr;
    QLabel *m_recipientLabel = nullptr;
    QComboBox *m_sealFor = nullptr; // a checked contact, or nobody: a plain bundle
    QLabel *m_sealInfo = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QComboBox *m_since = nullptr;
    QDateEdit *m_sinceDate = nullptr;
    QPushButton *m_send = nullptr;
    QGroupBox *m_reportGroup = nullptr;
    QLabel *m_reportFromLabel = nullptr;
    QDateEdit *m_reportFrom = nullptr;
    QLabel *m_reportToLabel = nullptr;
    QDateEdit *m_reportTo = nullptr;
    QPushButton *m_saveReport = nullptr;

    // Receive
    QPushButton *m_open = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTableWidget *m_preview = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QLabel *m_conflictDetails = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;

    // History
    QTableWidget *m_history = nullptr;

    KeysPanel *m_keys = nullptr;

    QString m_bundlePath; // the bundle previewed, waiting to be imported
    std::optional<SyncImportResult> m_previewed;
    bool m_acceptUnsealed = false; // the user took a plain bundle knowing where it came from
    QString m_previewSha256;       // the file as it was previewed
    QList<SyncConflict> m_openConflicts;
};

} // namespace supolka
