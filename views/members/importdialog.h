#pragma once

#include <QDialog>

#include "models/csv/csvformat.h"
#include "models/csv/headermapping.h"
#include "models/members/memberimporter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace supolka {

class Database;
class MessageBar;

// Imports members from a CSV file: a preview with the encoding and delimiter (detected, changeable), the column
// mapping, the import under a cancellable progress dialog, and the rows that were rejected.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    explicit ImportDialog(Database &database, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Asks for a file; closes the dialog when none was chosen and none is open yet.
    void chooseFile();
    // Reads the preview of `path` with detection; false (and a message) when it cannot be read.
    bool openFile(const QString &path);

    const ImportReport &report() const { return m_report; }
    // How long an import runs before its progress dialog shows (milliseconds).
    void setProgressDelay(int milliseconds) { m_progressDelay = milliseconds; }

signals:
    // The import ran; `changed` = members added or updated.
    void imported(int changed);

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
