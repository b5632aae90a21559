#include "views/common/manualdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "views/common/dialogs.h"
#include "views/common/uilanguage.h"

namespace supolka {

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowFlag(Qt::Window);
    setWindowModality(Qt::NonModal);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("manualText"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    retranslate();
    Dialogs::fitToScreen(this, QSize(760, 720));
}

QString ManualDialog::text(const QString &language)
{
    for (const QString &code : {language, QStringLiteral("en")}) {
        QFile file(QStringLiteral(":/manual/%1.md").arg(code));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return QString();
}

void ManualDialog::retranslate()
{
    setWindowTitle(tr("Supolka manual"));
    m_browser->setMarkdown(text(uiLanguage()));
}

void ManualDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace supolka
