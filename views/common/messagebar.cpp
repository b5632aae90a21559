#include "views/common/messagebar.h"

#include "views/common/theme.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace supolka {

namespace {

Theme::Signal signalOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive:
        return Theme::Signal::Positive;
    case MessageBar::Kind::Warning:
        return Theme::Signal::Warning;
    case MessageBar::Kind::Error:
        return Theme::Signal::Error;
    case MessageBar::Kind::Information:
        break;
    }
    return Theme::Signal::Information;
}

QStyle::StandardPixmap iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive:
        return QStyle::SP_DialogApplyButton;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageBar::Kind::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText); // messages quote file names, codes and names from other people's files
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("messageActionButton"));
    m_action->hide();
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> callback = m_callback;
        hideMessage();
        if (callback)
            callback();
    });
    m_expiry = new QTimer(this);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, [this] {
        if (underMouse())
            m_expiry->start(lifetime()); // being read
        else
            hideMessage();
    });
    retranslate();
    hide();
}

namespace {

std::chrono::milliseconds &lifetimeSetting()
{
    static std::chrono::milliseconds lifetime{10000};
    return lifetime;
}

} // namespace

std::chrono::milliseconds MessageBar::lifetime()
{
    return lifetimeSetting();
}

void MessageBar::setLifetime(std::chrono::milliseconds lifetime)
{
    lifetimeSetting() = lifetime;
}

void MessageBar::showMessage(const QString &text, Kind kind, const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind)).pixmap(size, size));
    applyColours();
    show();
    m_expiry->stop();
    if ((kind == Kind::Positive || kind == Kind::Information) && m_action->isHidden())
        m_expiry->start(lifetime());
}

void MessageBar::showSaved(const QString &text, const QString &path, Kind kind)
{
    const QString folder = QFileInfo(path).absolutePath();
    showMessage(text, kind, tr("Show in folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
}

void MessageBar::hideMessage()
{
    const bool wasVisible = !isHidden();
    m_expiry->stop();
    m_callback = {};
    hide();
    if (wasVisible)
        emit closed();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::applyColours()
{
    const Theme::Colours colours = Theme::colours(signalOf(m_kind));
    if (palette().color(QPalette::Window) == colours.background &&
        palette().color(QPalette::WindowText) == colours.text)
        return; // as they are (a change of palette comes back here)
    QPalette pal = palette();
    pal.setColor(QPalette::Window, colours.background);
    pal.setColor(QPalette::WindowText, colours.text);
    setPalette(pal);
    setStyleSheet(QStringLiteral("supolka--MessageBar { border: 1px solid %1; border-radius: 4px; background: %2; }")
                      .arg(colours.border.name(), colours.background.name()));
}

void MessageBar::retranslate()
{
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The light or dark look changed: its own colours.
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

} // namespace supolka
