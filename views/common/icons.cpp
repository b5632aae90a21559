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

} // namespace

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
    return drawn([](QPainter &painter) {
        drawPerson(painter, QPointF(31, 14), 0.85, red.lighter(140));
        drawPerson(painter, QPointF(19, 16), 1.0, red);
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

QIcon Icons::events()
{
    return drawn([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(red);
        painter.drawRoundedRect(QRectF(6, 10, 36, 10), 3, 3);
        painter.setBrush(Qt::white);
        painter.setPen(QPen(grey, 2));
        painter.drawRoundedRect(QRectF(7, 18, 34, 24), 2, 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(grey);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 4; ++column)
                painter.drawRect(QRectF(11 + column * 7.5, 23 + row * 9, 5, 5));
        }
        painter.setBrush(red.darker(130));
        painter.drawRoundedRect(QRectF(13, 5, 4, 10), 2, 2);
        painter.drawRoundedRect(QRectF(31, 5, 4, 10), 2, 2);
    });
}

QIcon Icons::checkIn()
{
    return drawn([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x1e, 0x8e, 0x3e));
        painter.drawEllipse(QPointF(24, 24), 19, 19);
        painter.setPen(QPen(Qt::white, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        QPainterPath tick;
        tick.moveTo(14, 25);
        tick.lineTo(21, 32);
        tick.lineTo(34, 17);
        painter.drawPath(tick);
    });
}

QIcon Icons::cases()
{
    return drawn([](QPainter &painter) {
        // A heart held by a hand's palm: help given.
        QPainterPath heart;
        heart.moveTo(24, 36);
        heart.cubicTo(6, 24, 10, 8, 24, 16);
        heart.cubicTo(38, 8, 42, 24, 24, 36);
        painter.setPen(Qt::NoPen);
        painter.setBrush(red);
        painter.drawPath(heart);
        painter.setBrush(grey);
        painter.drawRoundedRect(QRectF(6, 38, 36, 5), 2.5, 2.5);
    });
}

QIcon Icons::exitPoll()
{
    return drawn([](QPainter &painter) {
        // A ballot going into a box.
        painter.setPen(QPen(grey, 1.5));
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(16, 6, 16, 20));
        painter.setPen(QPen(red, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(19, 16), QPointF(23, 20));
        painter.drawLine(QPointF(23, 20), QPointF(29, 11));
        painter.setPen(Qt::NoPen);
        painter.setBrush(blue);
        painter.drawRoundedRect(QRectF(6, 22, 36, 20), 3, 3);
        painter.setBrush(blue.darker(140));
        painter.drawRect(QRectF(14, 22, 20, 3));
    });
}

QIcon Icons::sync()
{
    return drawn([](QPainter &painter) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(blue, 5, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(QRectF(9, 9, 30, 30), 30 * 16, 150 * 16);
        painter.drawArc(QRectF(9, 9, 30, 30), 210 * 16, 150 * 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(blue);
        painter.drawPolygon(QPolygonF({QPointF(36, 4), QPointF(44, 18), QPointF(30, 17)}));
        painter.drawPolygon(QPolygonF({QPointF(12, 44), QPointF(4, 30), QPointF(18, 31)}));
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
