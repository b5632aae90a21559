#include "views/common/aboutdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include "views/common/dialogs.h"
#include "views/common/icons.h"

namespace supolka {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *logo = new QLabel(this);
    logo->setObjectName(QStringLiteral("aboutLogo"));
    logo->setPixmap(Icons::application().pixmap(96, 96));
    logo->setAlignment(Qt::AlignTop);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    auto makeText = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
        return label;
    };
    m_description = makeText(QStringLiteral("aboutDescription"));
    m_licence = makeText(QStringLiteral("aboutLicence"));
    m_website = makeText(QStringLiteral("aboutWebsite"));
    m_website->setOpenExternalLinks(true);
    m_website->setTextFormat(Qt::RichText);
    m_database = makeText(QStringLiteral("aboutDatabase"));
    m_built = makeText(QStringLiteral("aboutBuilt"));

    auto *buttons = new QDialogButtonBox(this);
    m_licenceButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_licenceButton->setObjectName(QStringLiteral("licenceButton"));
    connect(m_licenceButton, &QPushButton::clicked, this, &AboutDialog::showLicence);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_description);
    texts->addSpacing(8);
    texts->addWidget(m_licence);
    texts->addWidget(m_website);
    texts->addSpacing(8);
    texts->addWidget(m_database);
    texts->addWidget(m_built);
    texts->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    retranslate();
    Dialogs::fitToScreen(this, QSize(560, 380));
}

QString AboutDialog::licenceName()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/licence/GPL-3.0.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QString AboutDialog::website()
{
    return QStringLiteral(SUPOLKA_HOMEPAGE);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Supolka"));
    m_title->setText(tr("Supolka %1").arg(QStringLiteral(SUPOLKA_VERSION)));
    m_description->setText(tr("Members, events with check-in at the door, aid cases and exit polls for chapters of "
                              "the Belarusian diaspora: offline, private, in one file."));
    m_licence->setText(tr("Free software under the GNU General Public License, version 3 or later (%1): you may "
                          "use, study, share and change it. It comes with no warranty.")
                           .arg(licenceName()));
    m_website->setText(tr("Website: %1")
                           .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                    .arg(website().toHtmlEscaped(), QUrl(website()).host().toHtmlEscaped())));
    m_database->setText(tr("This computer keeps the database in %1").arg(QDir::toNativeSeparators(m_databasePath)));
    m_built->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    m_licenceButton->setText(tr("&Licence…"));
}

void AboutDialog::showLicence()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("licenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Licence: %1").arg(licenceName()));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setPlainText(licenceText());
    QFont fixed(QStringLiteral("monospace"));
    fixed.setStyleHint(QFont::TypeWriter);
    text->setFont(fixed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    Dialogs::fitToScreen(dialog, QSize(720, 640));
    dialog->open();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
