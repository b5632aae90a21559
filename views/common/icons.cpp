#include "views/common/icons.h"

#include <functional>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace supolka {

namespace {

const QColor red(0xc8, 0x31, 0x3e);
const QColor blue(0x1a, 0x73, 0xe8);
const QColor grey(0x5f, 0x63, 0x68);

// Draws on a 48×48 canvas and scales to the usual sizes.
QIcon drawn(const std::function<void(QPainter &)> &draw)
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

void person(QPainter &painter, const QPointF &head, qreal scale, const QColor &colour)
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

} // namespace

QIcon Icons::members()
{
    return drawn([](QPainter &painter) {
        person(painter, QPointF(31, 14), 0.85, red.lighter(140));
        person(painter, QPointF(19, 16), 1.0, red);
    });
}

QIcon Icons::dashboard()
{
    return drawn([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(blue);
        painter.drawRoundedRect(QRectF(8, 26, 8, 16), 2, 2);
        painter.drawRoundedRect(QRectF(20, 12, 8, 30), 2, 2);
        painter.drawRoundedRect(QRectF(32, 20, 8, 22), 2, 2);
        painter.setBrush(grey);
        painter.drawRect(QRectF(4, 42, 40, 2));
    });
}

QIcon Icons::search()
{
    return drawn([](QPainter &painter) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(grey, 5, Qt::SolidLine, Qt::RoundCap));
        painter.drawEllipse(QPointF(20, 20), 12, 12);
        painter.drawLine(QPointF(29, 29), QPointF(41, 41));
    });
}

} // namespace supolka
