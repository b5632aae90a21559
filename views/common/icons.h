#pragma once

#include <functional>

#include <QIcon>

class QPainter;
class QPointF;

namespace supolka {

// The few icons Supolka draws itself, so that they look the same on every platform and theme.
class Icons final
{
public:
    static QIcon members();
    static QIcon dashboard();
    static QIcon events();
    static QIcon checkIn();
    static QIcon cases();
    static QIcon exitPoll();
    static QIcon sync();
    static QIcon search();

    // For the icons of an area: draws on a 48×48 canvas, scaled to the usual sizes.
    static QIcon drawn(const std::function<void(QPainter &)> &draw);
    // A person's head and shoulders, the head at `head`.
    static void drawPerson(QPainter &painter, const QPointF &head, qreal scale, const QColor &colour);
};

} // namespace supolka
