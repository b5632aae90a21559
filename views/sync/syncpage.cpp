#include "views/sync/syncpage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "models/core/shownformats.h"
#include "models/core/timestamps.h"
#include "models/db/database.h"
#include "models/exchange/contacts.h"
#include "models/exchange/sealedbundle.h"
#include "models/sync/bundle.h"
#include "models/sync/chapterreport.h"
#include "models/sync/syncexporter.h"
#include "models/sync/synckinds.h"
#include "models/sync/syncstate.h"
#include "views/common/dialogs.h"
#include "views/common/messagebar.h"
#include "views/common/tables.h"
#include "views/sync/chapterreportpdf.h"
#include "views/sync/keyspanel.h"

namespace supolka {

namespace {

QString valueOf(SyncKind kind, const QStringList &values, const char *column)
{
    return values.value(SyncKinds::column(kind, QLatin1String(column)));
}

// A few words that tell people which row it is.
QString rowLabel(SyncKind kind, const QStringList &values)
{
    QStringList parts;
    switch (kind) {
    case SyncKind::Members:
        for (const char *column : {"first_name", "last_name"}) {
            if (!valueOf(kind, values, column).isEmpty())
                parts.append(valueOf(kind, values, column));
        }
        if (parts.isEmpty())
            parts.append(SyncPage::tr("(no name: %1)").arg(values.value(0).left(8)));
        return parts.join(QLatin1Char(' '));
    case SyncKind::Events:
        parts.append(valueOf(kind, values, "title"));
        parts.append(valueOf(kind, values, "starts_at").left(10));
        break;
    case SyncKind::Registrations:
        parts.append(valueOf(kind, values, "guest_name").isEmpty() ? valueOf(kind, values, "ticket_code")
                                                                   : valueOf(kind, values, "guest_name"));
        break;
    case SyncKind::Cases:
        parts.append(valueOf(kind, values, "number"));
        parts.append(valueOf(kind, values, "person_name"));
        break;
    case SyncKind::Notes:
        parts.append(valueOf(kind, values, "at").left(10));
        parts.append(valueOf(kind, values, "kind"));
        break;
    case SyncKind::Payments:
        parts.append(valueOf(kind, values, "paid_on"));
        parts.append(valueOf(kind, values, "amount_minor") + QLatin1Char(' ') + valueOf(kind, values, "currency"));
        break;
    case SyncKind::Elections:
        parts.append(valueOf(kind, values, "name"));
        break;
    case SyncKind::Stations:
        parts.append(valueOf(kind, values, "code"));
        parts.append(valueOf(kind, values, "city"));
        break;
    case SyncKind::ExitPoll:
    case SyncKind::Official:
    case SyncKind::Verified:
        parts.append(SyncKinds::key(kind, values));
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString changeName(SyncChange::What what)
{
    switch (what) {
    case SyncChange::What::Added:
        return SyncPage::tr("new", "a row a bundle adds");
    case SyncChange::What::Updated:
        return SyncPage::tr("changed", "a row a bundle updates");
    case SyncChange::What::Deleted:
        return SyncPage::tr("deleted", "a row a bundle deletes");
    }
    return {};
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}

// A bundle's profile in the UI language ("full" is the key in bundles and on the command line).
QString profileTitle(const QString &key)
{
    if (key == QLatin1String("full"))
        return SyncPage::tr("full", "bundle profile");
    if (key == QLatin1String("pseudonymized"))
        return SyncPage::tr("pseudonymized", "bundle profile");
    if (key == QLatin1String("aggregate"))
        return SyncPage::tr("counts only", "bundle profile");
    return key;
}

QString shownTime(const QString &timestamp)
{
    const QDateTime when = parseTimestamp(timestamp);
    return when.isValid() ? shown::dateTime(when) : timestamp;
}

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

SyncPage::SyncPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("syncPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(QStringLiteral("syncMessageBar"));

    m_chapterLabel = new QLabel(this);
    m_chapterCode = new QLineEdit(this);
    m_chapterCode->setObjectName(QStringLiteral("chapterCodeEdit"));
    m_chapterCode->setMaxLength(32);
    m_chapterCode->setMinimumWidth(160); // room for the example in every language
    m_chapterName = new QLineEdit(this);
    m_chapterName->setObjectName(QStringLiteral("chapterNameEdit"));
    m_saveChapter = new QPushButton(this);
    m_saveChapter->setObjectName(QStringLiteral("saveChapterButton"));
    connect(m_saveChapter, &QPushButton::clicked, this, &SyncPage::saveChapter);
    auto *chapterRow = new QHBoxLayout;
    chapterRow->addWidget(m_chapterLabel);
    chapterRow->addWidget(m_chapterCode);
    chapterRow->addWidget(m_chapterName, 1);
    chapterRow->addWidget(m_saveChapter);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));

    // Send
    auto *sendTab = new QWidget(m_tabs);
    m_sendGroup = new QGroupBox(sendTab);
    m_profileLabel = new QLabel(m_sendGroup);
    m_profile = new QComboBox(m_sendGroup);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    for (SyncProfile profile : {SyncProfile::Full, SyncProfile::Pseudonymized, SyncProfile::Aggregate})
        m_profile->addItem(QString(), syncProfileKey(profile));
    m_profileHelp = new QLabel(m_sendGroup);
    m_profileHelp->setWordWrap(true);
    m_recipientLabel = new QLabel(m_sendGroup);
    m_sealFor = new QComboBox(m_sendGroup);
    m_sealFor->setObjectName(QStringLiteral("sealForCombo"));
    m_sealInfo = new QLabel(m_sendGroup);
    m_sealInfo->setObjectName(QStringLiteral("sealInfo"));
    m_sealInfo->setWordWrap(true);
    m_sinceLabel = new QLabel(m_sendGroup);
    m_since = new QComboBox(m_sendGroup);
    m_since->setObjectName(QStringLiteral("sinceCombo"));
    m_since->addItem(QString(), QStringLiteral("everything"));
    m_since->addItem(QString(), QStringLiteral("last"));
    m_since->addItem(QString(), QStringLiteral("date"));
    m_sinceDate = new QDateEdit(QDate::currentDate().addMonths(-1), m_sendGroup);
    m_sinceDate->setObjectName(QStringLiteral("sinceDateEdit"));
    m_sinceDate->setCalendarPopup(true);
    m_sinceDate->setDisplayFormat(shown::dateFormat());
    m_send = new QPushButton(m_sendGroup);
    m_send->setObjectName(QStringLiteral("sendButton"));
    connect(m_send, &QPushButton::clicked, this, &SyncPage::send);
    connect(m_since, &QComboBox::currentIndexChanged, this, &SyncPage::updateSendState);
    connect(m_sealFor, &QComboBox::currentIndexChanged, this, &SyncPage::updateSendState);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SyncPage::updateProfileHelp);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &SyncPage::updateSendState);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_since, 1);
    sinceRow->addWidget(m_sinceDate);
    auto *sendForm = new QFormLayout(m_sendGroup);
    sendForm->addRow(m_profileLabel, m_profile);
    sendForm->addRow(QString(), m_profileHelp);
    sendForm->addRow(m_recipientLabel, m_sealFor);
    sendForm->addRow(QString(), m_sealInfo);
    sendForm->addRow(m_sinceLabel, sinceRow);
    sendForm->addRow(QString(), m_send);

    m_reportGroup = new QGroupBox(sendTab);
    m_reportFromLabel = new QLabel(m_reportGroup);
    const QDate today = QDate::currentDate();
    m_reportFrom = new QDateEdit(QDate(today.year(), 1, 1), m_reportGroup);
    m_reportFrom->setObjectName(QStringLiteral("reportFromEdit"));
    m_reportFrom->setCalendarPopup(true);
    m_reportFrom->setDisplayFormat(shown::dateFormat());
    m_reportToLabel = new QLabel(m_reportGroup);
    m_reportTo = new QDateEdit(today, m_reportGroup);
    m_reportTo->setObjectName(QStringLiteral("reportToEdit"));
    m_reportTo->setCalendarPopup(true);
    m_reportTo->setDisplayFormat(shown::dateFormat());
    m_saveReport = new QPushButton(m_reportGroup);
    m_saveReport->setObjectName(QStringLiteral("saveReportButton"));
    connect(m_saveReport, &QPushButton::clicked, this, &SyncPage::saveReport);
    auto *reportRow = new QHBoxLayout(m_reportGroup);
    reportRow->addWidget(m_reportFromLabel);
    reportRow->addWidget(m_reportFrom);
    reportRow->addWidget(m_reportToLabel);
    reportRow->addWidget(m_reportTo);
    reportRow->addStretch(1);
    reportRow->addWidget(m_saveReport);

    auto *sendLayout = new QVBoxLayout(sendTab);
    sendLayout->addWidget(m_sendGroup);
    sendLayout->addWidget(m_reportGroup);
    sendLayout->addStretch(1);

    // Receive
    auto *receiveTab = new QWidget(m_tabs);
    m_open = new QPushButton(receiveTab);
    m_open->setObjectName(QStringLiteral("openBundleButton"));
    connect(m_open, &QPushButton::clicked, this, &SyncPage::openBundle);
    m_previewSummary = new QLabel(receiveTab);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewSummary->setTextFormat(Qt::PlainText);
    m_preview = makeReadOnlyTable(receiveTab, QStringLiteral("previewTable"));
    m_preview->setColumnCount(3);
    m_import = new QPushButton(receiveTab);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &SyncPage::importBundle);
    m_conflictsLabel = new QLabel(receiveTab);
    m_conflicts = makeReadOnlyTable(receiveTab, QStringLiteral("conflictsTable"));
    m_conflicts->setColumnCount(4);
    m_conflictDetails = new QLabel(receiveTab);
    m_conflictDetails->setObjectName(QStringLiteral("conflictDetails"));
    m_conflictDetails->setWordWrap(true);
    m_conflictDetails->setTextFormat(Qt::PlainText);
    m_keepMine = new QPushButton(receiveTab);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = new QPushButton(receiveTab);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(SyncImporter::Choice::Mine); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(SyncImporter::Choice::Theirs); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &SyncPage::showConflictDetails);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(m_open);
    openRow->addWidget(m_previewSummary, 1);
    openRow->addWidget(m_import);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addStretch(1);
    resolveRow->addWidget(m_keepMine);
    resolveRow->addWidget(m_takeTheirs);
    auto *receiveLayout = new QVBoxLayout(receiveTab);
    receiveLayout->addLayout(openRow);
    receiveLayout->addWidget(m_preview, 2);
    receiveLayout->addWidget(m_conflictsLabel);
    receiveLayout->addWidget(m_conflicts, 1);
    receiveLayout->addWidget(m_conflictDetails);
    receiveLayout->addLayout(resolveRow);

    // History
    m_history = makeReadOnlyTable(m_tabs, QStringLiteral("historyTable"));
    m_history->setColumnCount(9);

    m_tabs->addTab(sendTab, QString());
    m_tabs->addTab(receiveTab, QString());
    m_tabs->addTab(m_history, QString());
    m_keys = new KeysPanel(m_database, m_messageBar, m_tabs);
    m_keys->setObjectName(QStringLiteral("keysPanel"));
    connect(m_keys, &KeysPanel::contactsChanged, this, &SyncPage::fillSealFor);
    m_tabs->addTab(m_keys, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_messageBar);
    layout->addLayout(chapterRow);
    layout->addWidget(m_tabs, 1);

    reload();
    retranslate();
}

void SyncPage::reload()
{
    const QString code = m_database.metaValue(QStringLiteral("chapter_code"));
    m_chapterCode->setText(code);
    m_chapterName->setText(SyncState(m_database).chapterName());
    fillConflicts();
    fillHistory();
    fillSealFor();
    if (m_keys)
        m_keys->reload();
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_title->setText(tr("Exchange with the secretariat and other chapters"));
    m_chapterLabel->setText(tr("This chapter:"));
    m_chapterCode->setPlaceholderText(tr("Code, such as PL-WAW"));
    m_chapterName->setPlaceholderText(tr("Name, such as Warszawa"));
    m_saveChapter->setText(tr("Save"));
    m_tabs->setTabText(0, tr("Send"));
    m_tabs->setTabText(1, tr("Receive"));
    m_tabs->setTabText(2, tr("History"));
    m_tabs->setTabText(3, tr("Keys"));

    m_sendGroup->setTitle(tr("Bundle to send"));
    m_profileLabel->setText(tr("What goes in it:"));
    m_profile->setItemText(0, tr("Full: members who agreed to sharing, the others pseudonymized"));
    m_profile->setItemText(1, tr("Pseudonymized: no names, contacts or free text"));
    m_profile->setItemText(2, tr("Counts only, and the exit poll"));
    updateProfileHelp();
    m_recipientLabel->setText(tr("Sealed for:"));
    fillSealFor();
    m_sinceLabel->setText(tr("Rows:"));
    m_since->setItemText(0, tr("Everything"));
    m_since->setItemText(1, tr("What changed since their last bundle"));
    m_since->setItemText(2, tr("What changed since a day"));
    m_send->setText(tr("Write bundle…"));
    m_reportGroup->setTitle(tr("Chapter report"));
    for (QDateEdit *date : {m_sinceDate, m_reportFrom, m_reportTo})
        date->setDisplayFormat(shown::dateFormat()); // the UI language's, as it is now
    m_reportFromLabel->setText(tr("From:"));
    m_reportToLabel->setText(tr("To:"));
    m_saveReport->setText(tr("Save report…"));

    m_open->setText(tr("Open bundle…"));
    m_import->setText(tr("Import"));
    m_preview->setHorizontalHeaderLabels({tr("What"), tr("Change"), tr("Row")});
    m_conflictsLabel->setText(tr("Changed here and there: choose which version stays"));
    m_conflicts->setHorizontalHeaderLabels({tr("What"), tr("Row"), tr("From"), tr("Differs in")});
    m_keepMine->setText(tr("Keep mine"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Sent or received"), tr("Chapter"), tr("File"), tr("Profile"),
                                          tr("Rows"), tr("Added"), tr("Updated"), tr("Conflicts")});
    if (m_previewed)
        showPreview(*m_previewed);
    fillConflicts();
    fillHistory();
}

void SyncPage::updateProfileHelp()
{
    const QString profile = m_profile->currentData().toString();
    m_profileHelp->setText(
        profile == QLatin1String("aggregate")
            ? tr("Members by country, skill and status, attendance per event, cases by need and status, payments "
                 "per currency, and the exit-poll data, which is not personal.")
        : profile == QLatin1String("pseudonymized")
            ? tr("People, registrations and cases go under keyed pseudonyms that stay the same from one bundle to "
                 "the next; nobody's name, contact or notes leave the laptop.")
            : tr("Members who did not agree to sharing with the secretariat, guests and sensitive aid cases leave "
                 "without names or contacts."));
}

void SyncPage::fillSealFor()
{
    const QString chosen = m_sealFor->currentData().toString();
    const QSignalBlocker blocker(m_sealFor);
    m_sealFor->clear();
    const Result<QList<Contact>> contacts = ContactBook(m_database).all();
    for (const Contact &c : contacts ? contacts.value() : QList<Contact>()) {
        if (c.isTrusted())
            m_sealFor->addItem(c.name.isEmpty() ? c.code : tr("%1 (%2)", "chapter name and code").arg(c.name, c.code),
                               c.code);
    }
    m_sealFor->addItem(tr("Nobody: a plain bundle anyone can read"), QString());
    const int kept = m_sealFor->findData(chosen);
    m_sealFor->setCurrentIndex(kept >= 0 && !chosen.isEmpty() ? kept : 0);
    updateSendState();
}

void SyncPage::updateSendState()
{
    const QString since = m_since->currentData().toString();
    m_sinceDate->setVisible(since == QLatin1String("date"));
    const QString sealFor = m_sealFor->currentData().toString();
    const bool plain = sealFor.isEmpty();
    m_send->setEnabled(since != QLatin1String("last") || !plain);
    const std::optional<SyncProfile> profile = syncProfileFromKey(m_profile->currentData().toString());
    if (!plain)
        m_sealInfo->setText(tr("Only %1 and this chapter can open the file, and %1 can tell that this chapter made "
                               "it.")
                                .arg(sealFor));
    else if (profile && SyncExporter::mayBePlain(*profile))
        m_sealInfo->setText(tr("Not sealed: it holds counts and the exit poll, and nobody's name."));
    else if (m_sealFor->count() == 1)
        m_sealInfo->setText(tr("Not sealed: anyone who gets the file can read it. Add the secretariat on the Keys tab "
                               "to seal bundles for them."));
    else
        m_sealInfo->setText(tr("Not sealed: anyone who gets the file can read it."));
}

void SyncPage::saveChapter()
{
    SyncState state(m_database);
    if (Status status = state.setChapter(m_chapterCode->text(), m_chapterName->text()); !status) {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(tr("This chapter is %1 now.").arg(m_database.chapterCode()), MessageBar::Kind::Positive);
    reload();
}

void SyncPage::send()
{
    // Before anything is asked: a bundle names the chapter that made it.
    if (m_database.metaValue(QStringLiteral("chapter_code")).isEmpty()) {
        m_messageBar->showMessage(tr("Name this chapter first: its code and name in the fields above, then Save."),
                                  MessageBar::Kind::Error);
        m_chapterCode->setFocus();
        return;
    }
    SyncExportOptions options;
    options.profile = syncProfileFromKey(m_profile->currentData().toString()).value_or(SyncProfile::Full);
    options.sealFor = m_sealFor->currentData().toString();
    options.recipient = options.sealFor;
    const QString since = m_since->currentData().toString();
    options.sinceLast = since == QLatin1String("last");
    if (since == QLatin1String("date"))
        options.since = isoTimestamp(m_sinceDate->date().startOfDay());

    // What leaves, said before the file is chosen.
    options.dryRun = true;
    const Result<SyncExportSummary> leaving = SyncExporter::exportFile(m_database, QString(), options);
    options.dryRun = false;
    if (!leaving) {
        m_messageBar->showMessage(leaving.error(), MessageBar::Kind::Error);
        return;
    }
    const bool plain = options.sealFor.isEmpty();
    const bool personal = !SyncExporter::mayBePlain(options.profile);
    Dialogs::Decision confirm;
    confirm.title = plain && personal ? tr("Write a plain bundle?") : tr("Write the bundle");
    const QString people = tr("The bundle holds %n row(s): ", nullptr, int(leaving->rows)) +
                           tr("%n record(s) with people's names or contacts", nullptr, int(leaving->namedPeople)) +
                           tr(", and %n under pseudonyms only.", nullptr, int(leaving->pseudonymizedPeople));
    if (!plain)
        confirm.text = people + QLatin1Char(' ') +
                       tr("It is sealed for %1: only they and this chapter can open it.").arg(options.sealFor);
    else if (!personal)
        confirm.text = people + QLatin1Char(' ') + tr("It is not sealed: it holds counts and no person's name.");
    else
        confirm.text = people + QLatin1Char(' ') +
                       tr("It will not be sealed. Anyone who gets the file (a mailbox, a messenger, a lost USB "
                          "stick) can read the names and contacts in it, and nobody can tell that this chapter "
                          "made it.");
    if (plain && personal)
        confirm.details = tr("Add the recipient on the Keys tab to seal it for them.");
    confirm.choices = {plain && personal ? tr("Write it plain") : tr("Write bundle…"), tr("Cancel")};
    confirm.defaultChoice = plain && personal ? 1 : 0;
    confirm.cancelChoice = 1;
    confirm.destructive = plain && personal;
    if (Dialogs::decide(this, confirm) != 0)
        return;
    const QString suggested =
        (m_database.chapterCode() +
         (options.recipient.isEmpty() ? QString() : QStringLiteral("-to-") + options.recipient) + QLatin1Char('-') +
         QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".supolka"));
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Write the bundle");
    request.path = QDir(documentsFolder()).filePath(suggested);
    request.filters = {tr("Supolka bundles (*.supolka)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const Result<SyncExportSummary> written = SyncExporter::exportFile(m_database, answer.path, options);
    if (!written) {
        m_messageBar->showMessage(written.error(), MessageBar::Kind::Error);
        return;
    }
    const QString wrote =
        tr("Wrote %1: %n rows. Send the file as it is; it is checked when it is read.", nullptr, int(written->rows))
            .arg(QDir::toNativeSeparators(answer.path));
    if (written->sealedFor.isEmpty())
        m_messageBar->showSaved(wrote + QLatin1Char(' ') + tr("It is not sealed."), answer.path,
                                SyncExporter::mayBePlain(options.profile) ? MessageBar::Kind::Positive
                                                                          : MessageBar::Kind::Warning);
    else
        m_messageBar->showSaved(wrote + QLatin1Char(' ') +
                                    tr("Sealed for %1: only they can open it.").arg(written->sealedFor),
                                answer.path);
    fillHistory();
}

void SyncPage::saveReport()
{
    const Result<ChapterReport> report = ChapterReport::compute(m_database, m_reportFrom->date(), m_reportTo->date());
    if (!report) {
        m_messageBar->showMessage(report.error(), MessageBar::Kind::Error);
        return;
    }
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Save;
    request.caption = tr("Save the chapter report");
    request.path = QDir(documentsFolder()).filePath(m_database.chapterCode() + QStringLiteral("-report.pdf"));
    request.filters = {tr("PDF with charts (*.pdf)"), tr("CSV for spreadsheets (*.csv)")};
    request.selectedFilter = request.filters.first();
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    const bool csv = answer.path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                     (!answer.path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) &&
                      answer.selectedFilter == request.filters.last());
    const Status status = csv ? report->writeCsv(answer.path) : ChapterReportPdf::write(report.value(), answer.path);
    if (!status) {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showSaved(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(answer.path)), answer.path);
}

void SyncPage::openBundle()
{
    Dialogs::FileRequest request;
    request.mode = Dialogs::FileRequest::Mode::Open;
    request.caption = tr("Open a bundle");
    request.path = documentsFolder();
    request.filters = {tr("Supolka bundles (*.supolka)"), tr("All files (*)")};
    const Dialogs::FileAnswer answer = Dialogs::chooseFile(this, request);
    if (answer.path.isEmpty())
        return;
    m_acceptUnsealed = false;
    SyncImportOptions options;
    options.dryRun = true;
    Result<SyncImportResult> preview = SyncImporter::importFile(m_database, answer.path, options);
    if (!preview && offerRemedy(answer.path)) {
        options.acceptUnsealed = m_acceptUnsealed;
        preview = SyncImporter::importFile(m_database, answer.path, options);
    }
    m_previewed.reset();
    m_bundlePath.clear();
    m_import->setEnabled(false);
    if (!preview) {
        m_preview->setRowCount(0);
        m_previewSummary->clear();
        m_messageBar->showMessage(preview.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->hideMessage();
    m_bundlePath = answer.path;
    m_previewed = preview.value();
    m_previewSha256 = preview->sha256;
    showPreview(preview.value());
    m_import->setEnabled(true);
    m_tabs->setCurrentIndex(1);
}

bool SyncPage::offerRemedy(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > Bundle::MaxFileBytes)
        return false;
    const QByteArray bytes = file.readAll();
    if (SealedBundle::isSealed(bytes)) {
        // Who sealed it: someone not yet among the contacts can be added here, once the fingerprint is compared.
        // Nothing is offered for a bundle that would be refused anyway (this database's own, or sealed for another).
        const Result<SealedSender> sender = SealedBundle::sender(m_database, bytes, path);
        if (!sender || (sender->contact && sender->contact->isTrusted()))
            return false;
        if (!sender->contact) {
            const std::optional<Contact> sameCode = ContactBook(m_database).find(sender->chapterCode).value_or({});
            if (sameCode)
                return false; // other keys under a known code: the refusal says what to do
            m_messageBar->hideMessage();
            m_tabs->setCurrentWidget(m_keys);
            PublicKeys keys;
            keys.code = sender->chapterCode;
            keys.name = sender->chapterName;
            keys.recipient = sender->recipient;
            keys.signingKey = sender->signingKey;
            return m_keys->addContact(keys, tr("This bundle was sealed and signed by %1, who is not among your "
                                               "contacts. Add them to open it.")
                                                .arg(sender->chapterCode));
        }
        // A contact not yet compared, with exactly the keys this bundle names: what is compared is what is kept.
        const Contact &contact = *sender->contact;
        if (contact.recipient != sender->recipient || contact.keysChanged())
            return false;
        m_messageBar->hideMessage();
        m_tabs->setCurrentWidget(m_keys);
        return m_keys->checkContact(contact, tr("This bundle comes from %1, whose fingerprint has not been compared "
                                                "since their keys were added or changed.")
                                                 .arg(contact.code));
    }
    // A plain bundle, in a database that exchanges sealed ones: taken only when the user knows where it came from.
    const Result<Bundle> plain = Bundle::fromBytes(bytes, path);
    const Result<QList<Contact>> contacts = ContactBook(m_database).all();
    if (!plain || !contacts || contacts->isEmpty())
        return false;
    Dialogs::Decision unsealed;
    unsealed.title = tr("A bundle that is not sealed");
    unsealed.text = tr("This bundle says it comes from %1, but it is not sealed: anyone could have made it. Take it "
                       "only if you know that %1 gave it to you.")
                        .arg(plain->manifest().chapterCode);
    unsealed.choices = {tr("Preview it anyway"), tr("Cancel")};
    unsealed.defaultChoice = 1;
    unsealed.cancelChoice = 1;
    unsealed.destructive = true;
    if (Dialogs::decide(this, unsealed) != 0)
        return false;
    m_acceptUnsealed = true;
    return true;
}

void SyncPage::showPreview(const SyncImportResult &preview)
{
    const QString from = preview.chapterName.isEmpty()
                             ? preview.chapterCode
                             : tr("%1 (%2)", "chapter name and code").arg(preview.chapterName, preview.chapterCode);
    m_previewSummary->setText(
        tr("From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflict(s).",
           nullptr, int(preview.conflicts.size()))
            .arg(from, shownTime(preview.createdAt))
            .arg(preview.added)
            .arg(preview.updated)
            .arg(preview.deleted)
            .arg(preview.unchanged) +
        QLatin1Char(' ') +
        (preview.sealed
             ? tr("Sealed for this chapter and signed by %1, whose fingerprint you compared.").arg(preview.chapterCode)
             : tr("Not sealed: nothing shows who made it.")));
    m_preview->setRowCount(int(preview.changes.size() + preview.conflicts.size()));
    int row = 0;
    for (const SyncChange &change : preview.changes)
        setRow(m_preview, row++,
               {SyncKinds::title(change.kind), changeName(change.what), rowLabel(change.kind, change.after)});
    for (const SyncConflict &conflict : preview.conflicts)
        setRow(m_preview, row++,
               {SyncKinds::title(conflict.kind), tr("conflict: changed here too"),
                rowLabel(conflict.kind, conflict.mine)});
    m_preview->resizeColumnsToContents();
}

void SyncPage::importBundle()
{
    if (m_bundlePath.isEmpty())
        return;
    SyncImportOptions options;
    options.acceptUnsealed = m_acceptUnsealed;
    options.expectedSha256 = m_previewSha256; // what was previewed, not what the file may hold by now
    const Result<SyncImportResult> imported = SyncImporter::importFile(m_database, m_bundlePath, options);
    m_import->setEnabled(false);
    m_previewed.reset();
    m_preview->setRowCount(0);
    m_previewSummary->clear();
    if (!imported) {
        m_messageBar->showMessage(imported.error(), MessageBar::Kind::Error);
        return;
    }
    const SyncImportResult &r = imported.value();
    const QString summary = tr("Imported: %1 added, %2 changed, %3 deleted, %4 already here.")
                                .arg(r.added)
                                .arg(r.updated)
                                .arg(r.deleted)
                                .arg(r.unchanged);
    if (r.conflicts.isEmpty())
        m_messageBar->showMessage(summary, MessageBar::Kind::Positive);
    else
        m_messageBar->showMessage(summary + QLatin1Char(' ') +
                                      tr("%n row(s) changed here and there: yours stay until you choose below.",
                                         nullptr, int(r.conflicts.size())),
                                  MessageBar::Kind::Warning);
    m_bundlePath.clear();
    fillConflicts();
    fillHistory();
    emit dataChanged();
}

void SyncPage::fillConflicts()
{
    m_openConflicts = SyncState(m_database).conflicts();
    m_conflicts->setRowCount(int(m_openConflicts.size()));
    for (int row = 0; row < m_openConflicts.size(); ++row) {
        const SyncConflict &c = m_openConflicts.at(row);
        QStringList columns;
        const QStringList names = SyncKinds::columns(c.kind);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (c.mine.value(i) != c.theirs.value(i) && names.at(i) != QLatin1String("updated_at"))
                columns.append(names.at(i));
        }
        setRow(m_conflicts, row,
               {SyncKinds::title(c.kind), rowLabel(c.kind, c.mine), c.peer, columns.join(QStringLiteral(", "))});
    }
    m_conflicts->resizeColumnsToContents();
    if (!m_openConflicts.isEmpty() && m_conflicts->selectedItems().isEmpty())
        m_conflicts->selectRow(0);
    showConflictDetails();
}

void SyncPage::showConflictDetails()
{
    const int row = m_conflicts->currentRow();
    const bool chosen = row >= 0 && row < m_openConflicts.size() && !m_conflicts->selectedItems().isEmpty();
    m_keepMine->setEnabled(chosen);
    m_takeTheirs->setEnabled(chosen);
    m_conflictsLabel->setVisible(!m_openConflicts.isEmpty());
    if (!chosen) {
        m_conflictDetails->setText(m_openConflicts.isEmpty() ? tr("No conflicts are waiting.") : QString());
        return;
    }
    const SyncConflict &c = m_openConflicts.at(row);
    QStringList lines;
    const QStringList names = SyncKinds::columns(c.kind);
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (c.mine.value(i) != c.theirs.value(i) && names.at(i) != QLatin1String("updated_at"))
            lines.append(tr("%1: here “%2”, at %3 “%4”").arg(names.at(i), c.mine.value(i), c.peer, c.theirs.value(i)));
    }
    lines.append(tr("Changed here %1, at %2 %3.")
                     .arg(shownTime(SyncKinds::updatedAt(c.kind, c.mine)), c.peer,
                          shownTime(SyncKinds::updatedAt(c.kind, c.theirs))));
    m_conflictDetails->setText(lines.join(QLatin1Char('\n')));
}

void SyncPage::resolveSelected(SyncImporter::Choice choice)
{
    const int row = m_conflicts->currentRow();
    if (row < 0 || row >= m_openConflicts.size())
        return;
    const SyncConflict conflict = m_openConflicts.at(row);
    if (Status status = SyncImporter::resolve(m_database, conflict.pk, choice); !status) {
        m_messageBar->showMessage(status.error(), MessageBar::Kind::Error);
        return;
    }
    m_messageBar->showMessage(
        choice == SyncImporter::Choice::Mine
            ? tr("Kept this chapter's version of %1; it goes to %2 with the next bundle.")
                  .arg(rowLabel(conflict.kind, conflict.mine), conflict.peer)
            : tr("Took the version of %1 from %2.").arg(rowLabel(conflict.kind, conflict.theirs), conflict.peer),
        MessageBar::Kind::Positive);
    fillConflicts();
    emit dataChanged();
}

void SyncPage::fillHistory()
{
    const QList<SyncHistoryEntry> history = SyncState(m_database).history();
    m_history->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const SyncHistoryEntry &e = history.at(row);
        const bool sent = e.direction == QLatin1String("sent");
        const QString peer =
            e.peerName.isEmpty() ? e.peer : tr("%1 (%2)", "chapter name and code").arg(e.peerName, e.peer);
        setRow(m_history, row,
               {shownTime(e.at), sent ? tr("sent") : tr("received"), peer.isEmpty() ? tr("anyone") : peer, e.fileName,
                profileTitle(e.profile), QString::number(e.rows), sent ? QString() : QString::number(e.added),
                sent ? QString() : QString::number(e.updated), sent ? QString() : QString::number(e.conflicts)});
    }
    m_history->resizeColumnsToContents();
}

} // namespace supolka
