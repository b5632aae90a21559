#pragma once

#include <functional>

#include <QDialog>

#include "models/core/result.h"
#include "models/csv/csvformat.h"
#include "models/csv/headermapping.h"
#include "models/import/importreport.h"

class QComboBox;
class QUndoStack;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace supolka {

class Database;
class MessageBar;

// What the import dialog imports into: one area's kind of file.
struct ImportTarget
{
    QString title;        // the window's title: "Import members"
    QString fileCaption;  // the file dialog's: "Import members from a CSV file"
    QString progressText; // "Importing members…"
    // For areas whose columns are chosen (members, registrations): how a header maps, the fields a column may be
    // set to, and their names for people. Empty for files whose columns are fixed (cases, exit polls).
    std::function<ColumnMapping(const QStringList &header)> mapHeader;
    QStringList fields;
    std::function<QString(const QString &field)> fieldName;
    // Runs the import.
    std::function<Result<ImportReport>(const QString &path, const ImportOptions &options)> run;
    // Called when the data changed: the import, and its undo or redo from the stack long after the dialog closed.
    // The page that opened the dialog reloads there (and says why when an undo or redo could not be done).
    std::function<void()> changed;
    std::function<void(const QString &message)> failed;
};

// The one import dialog of every area: a preview with the encoding and delimiter (detected, changeable) and, where
// the area maps columns, the column mapping; the import under a cancellable progress dialog, as one step of the
// undo stack; and every row left out or imported with a problem, by line and column, to save and fix.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    // Without an undo stack the import cannot be undone.
    ImportDialog(Database &database, ImportTarget target, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file; closes the dialog when none was chosen and none is open yet.
    void chooseFile();
    // Reads the preview of `path` with detection; false (and a message) when it cannot be read.
    bool openFile(const QString &path);

    const ImportReport &report() const { return m_report; }
    // How long an import runs before its progress dialog shows (milliseconds).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

signals:
    // The import ran; `changed` = records added or updated.
    void imported(int changed);
    // The import changed the data (ImportTarget::changed is called too, and for its undo and redo).
    void dataChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    bool readPreview(const CsvFormat &forced);
    void fillMapping();
    CsvFormat chosenFormat() const;
    ColumnMapping chosenMapping() const;
    void runImport();
    void showReport();
    void saveRejected();

    Database &m_database;
    ImportTarget m_target;
    QUndoStack *m_undoStack;
    QString m_path;
    QStringList m_header;
    ColumnMapping m_detectedMapping;
    ImportReport m_report;
    int m_progressDelay = 400;

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_chooseButton = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_previewLabel = nullptr;
    QWidget *m_mappingBox = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QTableWidget *m_mapping = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    QTableWidget *m_rejected = nullptr;
    QPushButton *m_saveRejectedButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace supolka
