#include "views/common/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "models/csv/csvreader.h"
#include "views/common/dialogs.h"
#include "views/common/importcommand.h"
#include "views/common/messagebar.h"
#include "views/settings/settings.h"

namespace supolka {

namespace {

const QStringList encodings = {QStringLiteral("UTF-8"), QStringLiteral("Windows-1251"), QStringLiteral("UTF-16LE"),
                               QStringLiteral("UTF-16BE")};

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ImportDialog::ImportDialog(Database &database, ImportTarget target, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_target(std::move(target))
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("importDialog"));
    build();
    retranslate();
    Dialogs::fitToScreen(this, QSize(1000, 680));
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::build()
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("importMessageBar"));

    auto *previewPage = new QWidget(this);
    m_fileLabel = new QLabel(previewPage);
    m_fileEdit = new QLineEdit(previewPage);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_fileEdit);
    m_chooseButton = new QPushButton(previewPage);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);

    m_encodingLabel = new QLabel(previewPage);
    m_encoding = new QComboBox(previewPage);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (const QString &encoding : encodings)
        m_encoding->addItem(encoding, encoding);
    m_encodingLabel->setBuddy(m_encoding);
    m_delimiterLabel = new QLabel(previewPage);
    m_delimiter = new QComboBox(previewPage);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')})
        m_delimiter->addItem(QString(), QString(c));
    m_delimiterLabel->setBuddy(m_delimiter);
    m_sourceLabel = new QLabel(previewPage);
    m_sourceLabel->setObjectName(QStringLiteral("importSourceLabel"));

    auto reread = [this] {
        if (!m_path.isEmpty() && readPreview(chosenFormat()))
            fillMapping();
    };
    connect(m_encoding, &QComboBox::activated, this, reread);
    connect(m_delimiter, &QComboBox::activated, this, reread);

    m_previewLabel = new QLabel(previewPage);
    m_preview = new QTableWidget(previewPage);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);

    m_mappingLabel = new QLabel(previewPage);
    m_mapping = new QTableWidget(0, 3, previewPage);
    m_mapping->setObjectName(QStringLiteral("importMappingTable"));
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *formatRow = new QGridLayout;
    formatRow->addWidget(m_fileLabel, 0, 0);
    formatRow->addWidget(m_fileEdit, 0, 1, 1, 4);
    formatRow->addWidget(m_chooseButton, 0, 5);
    formatRow->addWidget(m_encodingLabel, 1, 0);
    formatRow->addWidget(m_encoding, 1, 1);
    formatRow->addWidget(m_delimiterLabel, 1, 2);
    formatRow->addWidget(m_delimiter, 1, 3);
    formatRow->addWidget(m_sourceLabel, 1, 4, 1, 2);
    formatRow->setColumnStretch(4, 1);

    auto *previewBox = new QWidget(previewPage);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview);
    auto *mappingBox = new QWidget(previewPage);
    m_mappingBox = mappingBox;
    mappingBox->setVisible(bool(m_target.mapHeader));
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(m_mappingLabel);
    mappingLayout->addWidget(m_mapping);
    auto *splitter = new QSplitter(Qt::Vertical, previewPage);
    splitter->addWidget(previewBox);
    splitter->addWidget(mappingBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *previewPageLayout = new QVBoxLayout(previewPage);
    previewPageLayout->setContentsMargins(0, 0, 0, 0);
    previewPageLayout->addLayout(formatRow);
    previewPageLayout->addWidget(splitter, 1);

    auto *resultPage = new QWidget(this);
    m_resultLabel = new QLabel(resultPage);
    m_resultLabel->setObjectName(QStringLiteral("importResultLabel"));
    m_resultLabel->setWordWrap(true);
    QFont resultFont = m_resultLabel->font();
    resultFont.setBold(true);
    m_resultLabel->setFont(resultFont);
    m_rejectedLabel = new QLabel(resultPage);
    m_rejected = new QTableWidget(0, 4, resultPage);
    m_rejected->setObjectName(QStringLiteral("rejectedTable"));
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->verticalHeader()->hide();
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    m_rejected->setWordWrap(true);
    m_saveRejectedButton = new QPushButton(resultPage);
    m_saveRejectedButton->setObjectName(QStringLiteral("saveRejectedButton"));
    connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportDialog::saveRejected);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_rejectedLabel);
    resultLayout->addWidget(m_rejected, 1);
    resultLayout->addWidget(m_saveRejectedButton, 0, Qt::AlignLeft);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(previewPage);
    m_stack->addWidget(resultPage);

    auto *buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    m_importButton->setDefault(true);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);
}

void ImportDialog::retranslate()
{
    setWindowTitle(m_target.title);
    m_fileLabel->setText(tr("&File:"));
    m_chooseButton->setText(tr("&Choose…"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiter->setItemText(0, tr("Comma ( , )"));
    m_delimiter->setItemText(1, tr("Semicolon ( ; )"));
    m_delimiter->setItemText(2, tr("Tab"));
    m_previewLabel->setText(tr("The first rows as read (change the encoding or delimiter if they look wrong):"));
    m_mappingLabel->setText(tr("What each column holds:"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imports as")});
    m_rejected->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Outcome"), tr("Problem")});
    m_rejectedLabel->setText(tr("Rows that were not imported, and rows imported with a problem to look at:"));
    m_saveRejectedButton->setText(tr("&Save the problem rows…"));
    m_saveRejectedButton->setToolTip(
        tr("A CSV of the rows left out and of those imported with a problem, with line, column and reason, to fix "
           "and import again"));
    m_importButton->setText(tr("&Import"));
    m_closeButton->setText(m_stack->currentIndex() == 0 ? tr("Cancel") : tr("Close"));
    if (!m_header.isEmpty()) {
        const ColumnMapping mapping = chosenMapping();
        fillMapping();
        for (int row = 0; row < m_mapping->rowCount() && row < mapping.fields.size(); ++row) {
            auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
            combo->setCurrentIndex(std::max(0, combo->findData(mapping.fields.at(row))));
        }
    }
    if (m_stack->currentIndex() == 1)
        showReport();
}

void ImportDialog::chooseFile()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Open;
    request.caption = m_target.fileCaption;
    const QString folder = settings::lastImportFolder.value();
    request.path = folder.isEmpty() || !QDir(folder).exists() ? QDir::homePath() : folder;
    request.filters = {tr("CSV files (*.csv *.tsv *.txt)"), tr("All files (*)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty()) {
        if (m_path.isEmpty())
            reject();
        return;
    }
    settings::lastImportFolder.setValue(QFileInfo(answer.path).absolutePath());
    openFile(answer.path);
}

bool ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_stack->setCurrentIndex(0);
    m_importButton->show();
    const bool ok = readPreview(CsvFormat());
    if (ok)
        fillMapping();
    return ok;
}

bool ImportDialog::readPreview(const CsvFormat &forced)
{
    m_messageBar->hideMessage();
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_header.clear();
    m_importButton->setEnabled(false);

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messageBar->showMessage(
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()),
            MessageBar::Kind::Error);
        return false;
    }
    CsvReader reader(&file, forced);
    CsvRecord record;
    if (!reader.readRecord(record)) {
        const QString why = reader.failed() ? tr("line %1, column %2: %3")
                                                  .arg(reader.error().line)
                                                  .arg(reader.error().column)
                                                  .arg(reader.error().message)
                                            : tr("the file is empty");
        m_messageBar->showMessage(
            tr("This file cannot be read as CSV (%1). Try another encoding or delimiter.").arg(why),
            MessageBar::Kind::Error);
        return false;
    }
    m_header = record.fields;
    QList<CsvRecord> rows;
    while (rows.size() < PreviewRows && reader.readRecord(record))
        rows.append(record);

    const CsvFormat format = reader.format();
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(format.encoding)));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(format.delimiter))));

    m_preview->setColumnCount(static_cast<int>(m_header.size()));
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(static_cast<int>(rows.size()));
    QStringList lineLabels;
    for (int row = 0; row < rows.size(); ++row) {
        const CsvRecord &r = rows.at(row);
        lineLabels.append(QLocale().toString(r.line));
        for (int column = 0; column < r.fields.size() && column < m_header.size(); ++column)
            m_preview->setItem(row, column, readOnlyItem(r.fields.at(column)));
    }
    m_preview->setVerticalHeaderLabels(lineLabels);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 260));

    if (reader.failed()) {
        const CsvIssue &issue = reader.error();
        m_messageBar->showMessage(tr("Reading stopped at line %1, column %2: %3. Nothing can be imported until this is "
                                     "fixed; another encoding or delimiter may help.")
                                      .arg(issue.line)
                                      .arg(issue.column)
                                      .arg(issue.message),
                                  MessageBar::Kind::Error);
        return false;
    }
    m_detectedMapping = m_target.mapHeader ? m_target.mapHeader(m_header) : ColumnMapping();
    m_importButton->setEnabled(true);
    return true;
}

void ImportDialog::fillMapping()
{
    if (!m_target.mapHeader)
        return;
    QStringList fields = m_target.fields;
    for (const QString &field : std::as_const(m_detectedMapping.fields)) {
        if (!field.isEmpty() && !fields.contains(field))
            fields.append(field);
    }
    m_mapping->setRowCount(static_cast<int>(m_header.size()));
    for (int row = 0; row < m_header.size(); ++row) {
        m_mapping->setItem(row, 0, readOnlyItem(m_header.at(row)));
        const QTableWidgetItem *first = m_preview->item(0, row);
        m_mapping->setItem(row, 1, readOnlyItem(first ? first->text() : QString()));
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(row));
        combo->addItem(tr("— ignore —"), QString());
        for (const QString &field : fields)
            combo->addItem(m_target.fieldName ? m_target.fieldName(field) : field, field);
        const QString detected = row < m_detectedMapping.fields.size() ? m_detectedMapping.fields.at(row) : QString();
        combo->setCurrentIndex(std::max(0, combo->findData(detected)));
        m_mapping->setCellWidget(row, 2, combo);
    }
    m_mapping->resizeColumnToContents(2);
    const QString source =
        m_detectedMapping.source == CsvSource::Unknown ? QString() : csvSourceName(m_detectedMapping.source);
    m_sourceLabel->setText(source.isEmpty() ? QString() : tr("Looks like: %1").arg(source));
    if (!m_detectedMapping.fields.isEmpty() && m_detectedMapping.fields.join(QString()).isEmpty())
        m_messageBar->showMessage(tr("No column was recognised. Choose below what each column holds."),
                                  MessageBar::Kind::Warning);
}

CsvFormat ImportDialog::chosenFormat() const
{
    CsvFormat format;
    format.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    format.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    return format;
}

ColumnMapping ImportDialog::chosenMapping() const
{
    ColumnMapping mapping;
    mapping.source = m_detectedMapping.source;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 2));
        mapping.fields.append(combo ? combo->currentData().toString() : QString());
    }
    return mapping;
}

void ImportDialog::runImport()
{
    if (m_path.isEmpty())
        return;
    const ColumnMapping mapping = chosenMapping();
    QStringList twice;
    for (const QString &field : mapping.fields) {
        if (!field.isEmpty() && mapping.fields.count(field) > 1 && !twice.contains(field))
            twice.append(field);
    }
    if (!twice.isEmpty()) {
        QStringList labels;
        for (const QString &field : std::as_const(twice))
            labels.append(m_target.fieldName ? m_target.fieldName(field) : field);
        m_messageBar->showMessage(tr("More than one column is set to: %1. Choose one column for each.")
                                      .arg(labels.join(QStringLiteral(", "))),
                                  MessageBar::Kind::Error);
        return;
    }
    if (m_target.mapHeader && mapping.fields.join(QString()).isEmpty()) {
        m_messageBar->showMessage(tr("No column is set to be imported. Choose what each column holds."),
                                  MessageBar::Kind::Error);
        return;
    }

    QProgressDialog progress(m_target.progressText, tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    ImportOptions options;
    options.format = chosenFormat();
    if (m_target.mapHeader)
        options.mapping = mapping;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? static_cast<int>(std::min<qint64>(1000, done * 1000 / total)) : 0);
        return !progress.wasCanceled();
    };
    const QString path = m_path;
    auto run = [path, run = m_target.run](const ImportOptions &chosen) {
        return run(path, chosen);
    };
    auto outcome = std::make_shared<std::optional<Result<ImportReport>>>();
    if (m_undoStack) {
        // The step outlives the dialog: it calls the page's callbacks, and the dialog only while it is open.
        QPointer<ImportDialog> self(this);
        auto changed = [self, pageChanged = m_target.changed] {
            if (pageChanged)
                pageChanged();
            if (self)
                emit self->dataChanged();
        };
        auto failed = [self, pageFailed = m_target.failed](const QString &message) {
            if (pageFailed)
                pageFailed(message);
            else if (self)
                self->m_messageBar->showMessage(message, MessageBar::Kind::Error);
        };
        m_undoStack->push(new ImportCommand(m_database, run, options, outcome, changed, failed));
    } else {
        *outcome = run(options);
    }
    Q_ASSERT(outcome->has_value());
    const Result<ImportReport> result = std::move(**outcome);
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (cancelled) {
        m_messageBar->showMessage(tr("Import cancelled. Nothing was changed."), MessageBar::Kind::Information);
        return;
    }
    if (!result) {
        m_messageBar->showMessage(tr("Nothing was imported: %1").arg(result.error()), MessageBar::Kind::Error);
        return;
    }
    m_report = result.value();
    m_messageBar->hideMessage();
    m_stack->setCurrentIndex(1);
    m_importButton->hide();
    m_closeButton->setText(tr("Close"));
    showReport();
    emit imported(m_report.imported + m_report.updated);
    if (!m_undoStack && m_report.imported + m_report.updated > 0) {
        if (m_target.changed)
            m_target.changed();
        emit dataChanged();
    }
}

void ImportDialog::showReport()
{
    const QLocale locale;
    m_resultLabel->setText(tr("Read %1 rows from %2: %3 new, %4 updated, %5 unchanged, %6 rejected.")
                               .arg(locale.toString(m_report.read), QFileInfo(m_path).fileName(),
                                    locale.toString(m_report.imported), locale.toString(m_report.updated),
                                    locale.toString(m_report.unchanged), locale.toString(m_report.rejected)));
    m_rejected->setRowCount(static_cast<int>(m_report.errors.size() + m_report.warnings.size()));
    int row = 0;
    auto list = [&](const ImportProblem &problem, const QString &outcome) {
        m_rejected->setItem(row, 0, readOnlyItem(locale.toString(problem.line)));
        m_rejected->setItem(row, 1, readOnlyItem(problem.columnName));
        m_rejected->setItem(row, 2, readOnlyItem(outcome));
        m_rejected->setItem(row, 3, readOnlyItem(problem.message));
        ++row;
    };
    for (const ImportProblem &problem : std::as_const(m_report.errors))
        list(problem, tr("not imported"));
    for (const ImportProblem &problem : std::as_const(m_report.warnings))
        list(problem, tr("imported"));
    const bool any = !m_report.errors.isEmpty() || !m_report.warnings.isEmpty();
    m_rejectedLabel->setVisible(any);
    m_rejected->setVisible(any);
    m_saveRejectedButton->setVisible(any);
}

void ImportDialog::saveRejected()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Save the problem rows");
    const QFileInfo source(m_path);
    request.path = source.dir().filePath(source.completeBaseName() + tr("-problems") + QStringLiteral(".csv"));
    request.filters = {tr("CSV files (*.csv)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const Status status = ImportProblems::writeCsv(m_report, answer.path);
    if (!status) {
        m_messageBar->showMessage(tr("The problem rows were not saved: %1").arg(status.error()),
                                  MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Saved the problem rows (%1) to %2. Fix them there and import that file again.")
                                .arg(QLocale().toString(m_report.errors.size() + m_report.warnings.size()),
                                     QDir::toNativeSeparators(answer.path)),
                            answer.path);
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
