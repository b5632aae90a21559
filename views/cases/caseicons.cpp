#include "views/cases/caseicons.h"

#include <functional>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "views/common/icons.h"

namespace supolka {

namespace {

const QColor red(0xc8, 0x31, 0x3e);
const QColor blue(0x1a, 0x73, 0xe8);
const QColor green(0x1e, 0x8e, 0x3e);
const QColor amber(0xe3, 0x74, 0x00);
const QColor grey(0x5f, 0x63, 0x68);

QIcon drawn(const std::function<void(QPainter &)> &draw)
{
    return Icons::drawn(draw);
}

QIcon noteIcon()
{
    return drawn([](QPainter &painter) {
        painter.setPen(QPen(grey, 3));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(QRectF(10, 5, 28, 38), 3, 3);
        painter.setPen(QPen(blue, 3, Qt::SolidLine, Qt::RoundCap));
        for (const int y : {15, 23, 31})
            painter.drawLine(QPointF(16, y), QPointF(32, y));
    });
}

QIcon callIcon()
{
    return drawn([](QPainter &painter) {
        // A handset: two ear and mouth pieces joined by a curved grip.
        painter.setPen(QPen(green, 7, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(8, 8, 32, 32), 200 * 16, 140 * 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(green);
        painter.drawRoundedRect(QRectF(4, 22, 12, 9), 3, 3);
        painter.drawRoundedRect(QRectF(32, 22, 12, 9), 3, 3);
    });
}

QIcon meetingIcon()
{
    return drawn([](QPainter &painter) {
        Icons::drawPerson(painter, QPointF(32, 14), 0.85, blue.lighter(140));
        Icons::drawPerson(painter, QPointF(17, 16), 1.0, blue);
    });
}

QIcon statusIcon()
{
    return drawn([](QPainter &painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(amber);
        QPainterPath arrow;
        arrow.moveTo(6, 18);
        arrow.lineTo(26, 18);
        arrow.lineTo(26, 8);
        arrow.lineTo(44, 24);
        arrow.lineTo(26, 40);
        arrow.lineTo(26, 30);
        arrow.lineTo(6, 30);
        arrow.closeSubpath();
        painter.drawPath(arrow);
    });
}

QIcon assignmentIcon()
{
    return drawn([](QPainter &painter) {
        Icons::drawPerson(painter, QPointF(20, 14), 1.0, red);
        painter.setPen(QPen(green, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(QPolygonF{QPointF(30, 34), QPointF(35, 40), QPointF(45, 27)});
    });
}

} // namespace

QIcon CaseIcons::forKind(CaseNote::Kind kind)
{
    switch (kind) {
    case CaseNote::Kind::Note:
        return noteIcon();
    case CaseNote::Kind::Call:
        return callIcon();
    case CaseNote::Kind::Meeting:
        return meetingIcon();
    case CaseNote::Kind::StatusChange:
        return statusIcon();
    case CaseNote::Kind::Assignment:
        return assignmentIcon();
    }
    return noteIcon();
}

QIcon CaseIcons::cases()
{
    return drawn([](QPainter &painter) {
        // A folder with a heart: a case file of help.
        painter.setPen(Qt::NoPen);
        painter.setBrush(red.lighter(150));
        painter.drawRoundedRect(QRectF(4, 10, 18, 8), 2, 2);
        painter.setBrush(red);
        painter.drawRoundedRect(QRectF(4, 14, 40, 28), 3, 3);
        painter.setBrush(Qt::white);
        QPainterPath heart;
        heart.moveTo(24, 37);
        heart.cubicTo(12, 29, 15, 19, 24, 24);
        heart.cubicTo(33, 19, 36, 29, 24, 37);
        painter.drawPath(heart);
    });
}

} // namespace supolka
