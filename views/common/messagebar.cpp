#include "views/common/messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace supolka {

namespace {

struct Colours
{
    QColor background;
    QColor border;
    QColor text;
};

Colours coloursFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Positive:
        return {QColor(0xe6, 0xf4, 0xea), QColor(0x34, 0xa8, 0x53), QColor(0x13, 0x4a, 0x23)};
    case MessageBar::Kind::Warning:
        return {QColor(0xfe, 0xf7, 0xe0), QColor(0xf2, 0xa6, 0x00), QColor(0x5c, 0x40, 0x00)};
    case MessageBar::Kind::Error:
        return {QColor(0xfc, 0xe8, 0xe6), QColor(0xd9, 0x30, 0x25), QColor(0x7a, 0x12, 0x0c)};
    case MessageBar::Kind::Information:
        break;
    }
    return {QColor(0xe8, 0xf0, 0xfe), QColor(0x1a, 0x73, 0xe8), QColor(0x0b, 0x35, 0x7a)};
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
    const Colours colours = coloursFor(m_kind);
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
    QFrame::changeEvent(event);
}

} // namespace supolka
