#include "views/common/icons.h"

#include <functional>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace supolka {

QIcon Icons::application()
{
    return QIcon(QStringLiteral(":/app/org.supolka.Supolka.svg"));
}

QIcon Icons::drawn(const std::function<void(QPainter &)> &draw)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 48.0, size / 48.0);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void Icons::drawPerson(QPainter &painter, const QPointF &head, qreal scale, const QColor &colour)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(head, 7 * scale, 7 * scale);
    QPainterPath body;
    const QRectF shoulders(head.x() - 13 * scale, head.y() + 10 * scale, 26 * scale, 22 * scale);
    body.moveTo(shoulders.left(), shoulders.bottom());
    body.arcTo(shoulders, 180, -180);
    body.closeSubpath();
    painter.drawPath(body);
}

QIcon Icons::members()
{
    return QIcon(QStringLiteral(":/icons/members.svg"));
}

QIcon Icons::dashboard()
{
    return QIcon(QStringLiteral(":/icons/dashboard.svg"));
}

QIcon Icons::events()
{
    return QIcon(QStringLiteral(":/icons/events.svg"));
}

QIcon Icons::checkIn()
{
    return QIcon(QStringLiteral(":/icons/check-in.svg"));
}

QIcon Icons::cases()
{
    return QIcon(QStringLiteral(":/icons/cases.svg"));
}

QIcon Icons::exitPoll()
{
    return QIcon(QStringLiteral(":/icons/exit-poll.svg"));
}

QIcon Icons::sync()
{
    return QIcon(QStringLiteral(":/icons/sync.svg"));
}

QIcon Icons::search()
{
    return QIcon(QStringLiteral(":/icons/search.svg"));
}

} // namespace supolka
