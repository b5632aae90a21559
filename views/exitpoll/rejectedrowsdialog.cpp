#include "views/exitpoll/rejectedrowsdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "views/common/dialogs.h"
#include "views/common/messagebar.h"

namespace supolka {

RejectedRowsDialog::RejectedRowsDialog(const ImportReport &report, const QString &sourcePath, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_sourcePath(sourcePath)
{
    setObjectName(QStringLiteral("rejectedRowsDialog"));
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("rejectedRowsMessageBar"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(int(m_report.errors.size()), 2, this);
    m_table->setObjectName(QStringLiteral("rejectedRowsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    const QLocale locale;
    for (int row = 0; row < m_report.errors.size(); ++row) {
        const RejectedRow &rejected = m_report.errors.at(row);
        auto *line = new QTableWidgetItem(locale.toString(rejected.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 0, line);
        m_table->setItem(row, 1, new QTableWidgetItem(rejected.message));
    }
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveRejectedButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &RejectedRowsDialog::saveRejected);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setDefault(true);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(640, 360);
    retranslate();
}

void RejectedRowsDialog::retranslate()
{
    const QString file = QFileInfo(m_sourcePath).fileName();
    setWindowTitle(tr("Rows not imported"));
    m_intro->setText(tr("These rows of %1 were not imported. Fix them in the file (or in the saved copy) and import "
                        "it again: rows already imported are not counted twice.")
                         .arg(file));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Why it was not imported")});
    m_saveButton->setText(tr("&Save rejected rows…"));
    m_saveButton->setToolTip(tr("A CSV of the rejected rows with the reason, to fix and import again"));
    m_closeButton->setText(tr("Close"));
}

void RejectedRowsDialog::saveRejected()
{
    const QFileInfo source(m_sourcePath);
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Save rejected rows");
    request.path = source.dir().filePath(source.completeBaseName() + tr("-rejected") + QStringLiteral(".csv"));
    request.filters = {tr("CSV (*.csv)")};
    request.selectedFilter = request.filters.constFirst();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const Status status = ImportProblems::writeCsv(m_report, answer.path);
    if (!status) {
        m_messageBar->showMessage(tr("The rejected rows were not saved: %1").arg(status.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(
        tr("Saved the rejected rows (%1) to %2.")
            .arg(QLocale().toString(m_report.errors.size()), QDir::toNativeSeparators(answer.path)),
        MessageBar::Kind::Positive);
}

void RejectedRowsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
