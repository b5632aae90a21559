#pragma once

#include <QDialog>

#include "models/import/importreport.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace supolka {

class MessageBar;

// The rows of an import that were not taken, each with its line in the file and why, and a way to save them as a
// CSV to fix and import again.
class RejectedRowsDialog final : public QDialog
{
    Q_OBJECT

public:
    RejectedRowsDialog(const ImportReport &report, const QString &sourcePath, QWidget *parent = nullptr);

public slots:
    void saveRejected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ImportReport m_report;
    QString m_sourcePath;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace supolka
